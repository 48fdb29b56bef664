#include "providers/signing/acsrpc.h"

#include "providers/signing/canonicalrequest.h"

#include <algorithm>

namespace Qddns::Signing {

QueryParameters acsRpcParameters(const QueryParameters &parameters, const QString &accessKeyId, const QString &version,
                                 const QDateTime &now, const QString &nonce)
{
    QueryParameters all = parameters;
    all.append({QStringLiteral("Format"), QStringLiteral("JSON")});
    all.append({QStringLiteral("Version"), version});
    all.append({QStringLiteral("AccessKeyId"), accessKeyId});
    all.append({QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")});
    all.append({QStringLiteral("SignatureVersion"), QStringLiteral("1.0")});
    all.append({QStringLiteral("SignatureNonce"), nonce});
    all.append({QStringLiteral("Timestamp"), now.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))});
    return all;
}

QByteArray acsRpcCanonicalQuery(const QueryParameters &parameters)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    for (const auto &p : parameters)
        encoded.append({uriEncode(p.first.toUtf8()), uriEncode(p.second.toUtf8())});
    // Sorted by name only (names are unique); stable so that nothing else reorders.
    std::stable_sort(encoded.begin(), encoded.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArrayList items;
    for (const auto &p : std::as_const(encoded))
        items.append(p.first + '=' + p.second);
    return items.join('&');
}

QByteArray acsRpcSignature(const QByteArray &method, const QueryParameters &parameters, const QString &accessKeySecret)
{
    const QByteArray toSign = method.toUpper() + "&%2F&" + uriEncode(acsRpcCanonicalQuery(parameters));
    return hmacSha1(accessKeySecret.toUtf8() + '&', toSign).toBase64();
}

QByteArray acsRpcSignedQuery(const QByteArray &method, const QueryParameters &parameters, const QString &accessKeySecret)
{
    return acsRpcCanonicalQuery(parameters) + "&Signature=" + uriEncode(acsRpcSignature(method, parameters, accessKeySecret));
}

} // namespace Qddns::Signing
