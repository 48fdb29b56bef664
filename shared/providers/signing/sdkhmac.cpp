#include "providers/signing/sdkhmac.h"

#include "providers/signing/canonicalrequest.h"

namespace Qddns::Signing {

void signSdkHmac(HttpRequest &request, const QString &accessKey, const QString &secretKey, const QDateTime &now)
{
    const QByteArray stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    request.headers.removeIf([](const std::pair<QByteArray, QByteArray> &h) { return h.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
    setHeader(request, "X-Sdk-Date", stamp);
    const CanonicalRequest canonical = canonicalRequest(request, allHeaderNames(request), sha256Hex(request.body), true);
    const QByteArray toSign = "SDK-HMAC-SHA256\n" + stamp + '\n' + sha256Hex(canonical.text);
    const QByteArray signature = hmacSha256(secretKey.toUtf8(), toSign).toHex();
    setHeader(request, "Authorization",
              "SDK-HMAC-SHA256 Access=" + accessKey.toUtf8() + ", SignedHeaders=" + canonical.signedHeaders
                  + ", Signature=" + signature);
}

} // namespace Qddns::Signing
