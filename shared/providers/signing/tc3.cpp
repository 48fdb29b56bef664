#include "providers/signing/tc3.h"

#include "providers/signing/canonicalrequest.h"

namespace Qddns::Signing {

void signTc3(HttpRequest &request, const Tc3Credentials &credentials, const QDateTime &now)
{
    const QDateTime utc = now.toUTC();
    const QByteArray timestamp = QByteArray::number(utc.toSecsSinceEpoch());
    const QByteArray date = utc.toString(QStringLiteral("yyyy-MM-dd")).toLatin1();
    setHeader(request, "X-TC-Timestamp", timestamp);

    // Tencent's own examples sign exactly these two headers.
    const CanonicalRequest canonical = canonicalRequest(request, {"content-type", "host"}, sha256Hex(request.body));
    const QByteArray service = credentials.service.toUtf8();
    const QByteArray scope = date + '/' + service + "/tc3_request";
    const QByteArray toSign = "TC3-HMAC-SHA256\n" + timestamp + '\n' + scope + '\n' + sha256Hex(canonical.text);
    QByteArray key = hmacSha256("TC3" + credentials.secretKey.toUtf8(), date);
    key = hmacSha256(key, service);
    key = hmacSha256(key, "tc3_request");
    const QByteArray signature = hmacSha256(key, toSign).toHex();
    setHeader(request, "Authorization",
              "TC3-HMAC-SHA256 Credential=" + credentials.secretId.toUtf8() + '/' + scope + ", SignedHeaders="
                  + canonical.signedHeaders + ", Signature=" + signature);
}

} // namespace Qddns::Signing
