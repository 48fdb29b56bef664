#include "providers/signing/canonicalrequest.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>

namespace Qddns::Signing {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray hmacSha1(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
}

QByteArray uriEncode(const QByteArray &text, bool keepSlash)
{
    // QByteArray::toPercentEncoding keeps exactly RFC 3986's unreserved set by default.
    return text.toPercentEncoding(keepSlash ? QByteArray("/") : QByteArray());
}

QList<std::pair<QByteArray, QByteArray>> queryPairs(const QUrl &url)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    const QString query = url.query(QUrl::FullyEncoded);
    if (query.isEmpty())
        return pairs;
    for (const QString &item : query.split(QLatin1Char('&'))) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? item : item.left(eq);
        const QString value = eq < 0 ? QString() : item.mid(eq + 1);
        // A '+' in a query is a literal plus here: every scheme encodes a space as %20.
        pairs.append({QByteArray::fromPercentEncoding(name.toLatin1()), QByteArray::fromPercentEncoding(value.toLatin1())});
    }
    return pairs;
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    const int standard = url.scheme() == QLatin1String("http") ? 80 : 443;
    if (port != -1 && port != standard)
        host += ':' + QByteArray::number(port);
    return host;
}

namespace {

QByteArray canonicalPath(const QUrl &url, bool trailingSlash)
{
    const QByteArray path = url.path(QUrl::FullyDecoded).toUtf8();
    QByteArrayList segments;
    for (const QByteArray &segment : path.split('/'))
        segments.append(uriEncode(segment));
    QByteArray result = segments.join('/');
    if (!result.startsWith('/'))
        result.prepend('/');
    if (trailingSlash && !result.endsWith('/'))
        result.append('/');
    return result;
}

QByteArray canonicalQuery(const QUrl &url)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    for (const auto &pair : queryPairs(url))
        encoded.append({uriEncode(pair.first), uriEncode(pair.second)});
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList items;
    for (const auto &pair : std::as_const(encoded))
        items.append(pair.first + '=' + pair.second);
    return items.join('&');
}

QByteArray canonicalValue(const QByteArray &value)
{
    return value.simplified();
}

} // namespace

CanonicalRequest canonicalRequest(const HttpRequest &request, const QByteArrayList &headerNames,
                                  const QByteArray &payloadHash, bool trailingSlash)
{
    QByteArrayList names;
    for (const QByteArray &name : headerNames)
        names.append(name.toLower());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());

    QByteArray headers;
    for (const QByteArray &name : std::as_const(names)) {
        QByteArrayList values;
        if (name == "host" && request.header("Host").isEmpty()) {
            values.append(hostHeader(request.url));
        } else {
            for (const auto &header : request.headers) {
                if (header.first.toLower() == name)
                    values.append(canonicalValue(header.second));
            }
        }
        headers += name + ':' + values.join(',') + '\n';
    }
    CanonicalRequest result;
    result.signedHeaders = names.join(';');
    result.text = request.method.toUpper() + '\n' + canonicalPath(request.url, trailingSlash) + '\n'
        + canonicalQuery(request.url) + '\n' + headers + '\n' + result.signedHeaders + '\n' + payloadHash;
    return result;
}

QByteArrayList allHeaderNames(const HttpRequest &request)
{
    QByteArrayList names{QByteArray("host")};
    for (const auto &header : request.headers)
        names.append(header.first.toLower());
    return names;
}

void setHeader(HttpRequest &request, const QByteArray &name, const QByteArray &value)
{
    request.headers.removeIf([&name](const std::pair<QByteArray, QByteArray> &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    request.headers.append({name, value});
}

} // namespace Qddns::Signing
