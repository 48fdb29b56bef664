#include "providers/signing/bceauth.h"

#include "providers/signing/canonicalrequest.h"

#include <algorithm>

namespace Qddns::Signing {

namespace {

QByteArray bceTimestamp(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")).toLatin1();
}

bool isDefaultSigned(const QByteArray &name)
{
    return name == "host" || name == "content-length" || name == "content-type" || name == "content-md5"
        || name.startsWith("x-bce-");
}

} // namespace

BceAuthString bceAuthString(const HttpRequest &request, const QString &accessKey, const QString &secretKey,
                            const QDateTime &now, int expirationSeconds, const QByteArrayList &signedHeaders)
{
    BceAuthString result;
    result.prefix = "bce-auth-v1/" + accessKey.toUtf8() + '/' + bceTimestamp(now) + '/' + QByteArray::number(expirationSeconds);
    result.signingKey = hmacSha256(secretKey.toUtf8(), result.prefix).toHex();

    // Baidu sorts the whole "name=value" strings, and so the whole "name:value" lines.
    QByteArrayList query;
    for (const auto &pair : queryPairs(request.url)) {
        if (pair.first.toLower() != "authorization")
            query.append(uriEncode(pair.first) + '=' + uriEncode(pair.second));
    }
    std::sort(query.begin(), query.end());

    QList<std::pair<QByteArray, QByteArray>> headers{{QByteArray("host"), hostHeader(request.url)}};
    for (const auto &header : request.headers) {
        const QByteArray name = header.first.toLower();
        if (name != "host")
            headers.append({name, header.second});
    }
    QByteArrayList lines;
    QByteArrayList names;
    for (const auto &header : std::as_const(headers)) {
        const QByteArray value = header.second.trimmed();
        const bool wanted = signedHeaders.isEmpty() ? isDefaultSigned(header.first) : signedHeaders.contains(header.first);
        if (!wanted || value.isEmpty())
            continue;
        lines.append(uriEncode(header.first) + ':' + uriEncode(value));
        names.append(header.first);
    }
    std::sort(lines.begin(), lines.end());
    std::sort(names.begin(), names.end());

    result.canonicalRequest = request.method.toUpper() + '\n' + uriEncode(request.url.path(QUrl::FullyDecoded).toUtf8(), true)
        + '\n' + query.join('&') + '\n' + lines.join('\n');
    const QByteArray signature = hmacSha256(result.signingKey, result.canonicalRequest).toHex();
    result.authorization = result.prefix + '/' + (signedHeaders.isEmpty() ? QByteArray() : names.join(';')) + '/' + signature;
    return result;
}

void signBce(HttpRequest &request, const QString &accessKey, const QString &secretKey, const QDateTime &now)
{
    request.headers.removeIf([](const std::pair<QByteArray, QByteArray> &h) { return h.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
    setHeader(request, "x-bce-date", bceTimestamp(now));
    // A short validity: the request is sent at once.
    const BceAuthString auth = bceAuthString(request, accessKey, secretKey, now, 1800, {"host", "x-bce-date"});
    setHeader(request, "Authorization", auth.authorization);
}

} // namespace Qddns::Signing
