#include "providers/signing/nfsnauth.h"

#include "providers/signing/canonicalrequest.h"

#include <QCryptographicHash>

namespace Qddns::Signing {

namespace {

QByteArray sha1Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex();
}

} // namespace

QByteArray nfsnSalt(const QByteArray &random)
{
    static const QByteArray chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray salt;
    for (int i = 0; i < 16; ++i)
        salt.append(chars.at(quint8(random.at(i % random.size())) % chars.size()));
    return salt;
}

QByteArray nfsnAuthentication(const QString &login, const QString &apiKey, const QByteArray &path, const QByteArray &body,
                              const QDateTime &now, const QByteArray &salt)
{
    const QByteArray prefix = login.toUtf8() + ';' + QByteArray::number(now.toSecsSinceEpoch()) + ';' + salt;
    return prefix + ';' + sha1Hex(prefix + ';' + apiKey.toUtf8() + ';' + path + ';' + sha1Hex(body));
}

void signNfsn(HttpRequest &request, const QString &login, const QString &apiKey, const QDateTime &now, const QByteArray &salt)
{
    setHeader(request, "X-NFSN-Authentication",
              nfsnAuthentication(login, apiKey, request.url.path(QUrl::FullyEncoded).toLatin1(), request.body, now, salt));
}

} // namespace Qddns::Signing
