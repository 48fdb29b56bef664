#include "providers/signing/sigv4.h"

#include "providers/signing/canonicalrequest.h"

namespace Qddns::Signing {

const SigV4Scheme &SigV4Scheme::aws()
{
    static const SigV4Scheme scheme{"AWS4-HMAC-SHA256", "AWS4", "aws4_request", "X-Amz-Date", {}};
    return scheme;
}

const SigV4Scheme &SigV4Scheme::volcengine()
{
    static const SigV4Scheme scheme{"HMAC-SHA256", {}, "request", "X-Date", "X-Content-Sha256"};
    return scheme;
}

QByteArray sigV4SigningKey(const SigV4Credentials &credentials, const QByteArray &date, const SigV4Scheme &scheme)
{
    QByteArray key = hmacSha256(scheme.keyPrefix + credentials.secretKey.toUtf8(), date);
    key = hmacSha256(key, credentials.region.toUtf8());
    key = hmacSha256(key, credentials.service.toUtf8());
    return hmacSha256(key, scheme.terminator);
}

void signSigV4(HttpRequest &request, const SigV4Credentials &credentials, const QDateTime &now, const SigV4Scheme &scheme)
{
    const QDateTime utc = now.toUTC();
    const QByteArray stamp = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray date = stamp.left(8);
    const QByteArray payloadHash = sha256Hex(request.body);
    // A request signed again (a retry) must not sign its old signature.
    request.headers.removeIf([](const std::pair<QByteArray, QByteArray> &h) { return h.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
    setHeader(request, scheme.dateHeader, stamp);
    if (!scheme.payloadHeader.isEmpty())
        setHeader(request, scheme.payloadHeader, payloadHash);
    if (!credentials.sessionToken.isEmpty())
        setHeader(request, "X-Amz-Security-Token", credentials.sessionToken.toUtf8());

    const CanonicalRequest canonical = canonicalRequest(request, allHeaderNames(request), payloadHash);
    const QByteArray scope = date + '/' + credentials.region.toUtf8() + '/' + credentials.service.toUtf8() + '/' + scheme.terminator;
    const QByteArray toSign = scheme.algorithm + '\n' + stamp + '\n' + scope + '\n' + sha256Hex(canonical.text);
    const QByteArray signature = hmacSha256(sigV4SigningKey(credentials, date, scheme), toSign).toHex();
    setHeader(request, "Authorization",
              scheme.algorithm + " Credential=" + credentials.accessKeyId.toUtf8() + '/' + scope
                  + ", SignedHeaders=" + canonical.signedHeaders + ", Signature=" + signature);
}

} // namespace Qddns::Signing
