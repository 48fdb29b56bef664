#include "providers/signing/ovhsignature.h"

#include "providers/signing/canonicalrequest.h"

#include <QCryptographicHash>

namespace Qddns::Signing {

QByteArray ovhSignature(const QString &applicationSecret, const QString &consumerKey, const QByteArray &method,
                        const QByteArray &url, const QByteArray &body, qint64 timestamp)
{
    const QByteArray text = applicationSecret.toUtf8() + '+' + consumerKey.toUtf8() + '+' + method + '+' + url + '+' + body + '+'
        + QByteArray::number(timestamp);
    return "$1$" + QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex();
}

void signOvh(HttpRequest &request, const QString &applicationKey, const QString &applicationSecret, const QString &consumerKey,
             const QDateTime &now)
{
    const qint64 timestamp = now.toSecsSinceEpoch();
    setHeader(request, "X-Ovh-Application", applicationKey.toUtf8());
    setHeader(request, "X-Ovh-Consumer", consumerKey.toUtf8());
    setHeader(request, "X-Ovh-Timestamp", QByteArray::number(timestamp));
    setHeader(request, "X-Ovh-Signature",
              ovhSignature(applicationSecret, consumerKey, request.method, request.url.toEncoded(QUrl::FullyEncoded), request.body, timestamp));
}

} // namespace Qddns::Signing
