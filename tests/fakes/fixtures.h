#pragma once

#include "fakes/fakehttpserver.h"

#include <QFile>

// Small pieces most agent tests set up the same way.
namespace Qddns::Test {

/// \brief Writes \a secret as a user would keep it in a file: one line, owner-only.
inline bool writeSecretFile(const QString &path, const QByteArray &secret)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(secret + '\n');
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

/// \brief A DynDNS2 server accepting every update, as the protocol answers: one "good <ip>"
/// line per host of the request.
inline QByteArray dyndns2GoodPerHost(const RecordedRequest &r)
{
    const QStringList hosts = r.queryValue(QStringLiteral("hostname")).split(QLatin1Char(','));
    QByteArrayList lines;
    for (qsizetype i = 0; i < hosts.size(); ++i)
        lines.append("good " + r.queryValue(QStringLiteral("myip")).toLatin1());
    return lines.join('\n');
}

/// \brief The two loopback fakes an agent test usually needs: an echo service answering
/// 81.2.69.160 and a DynDNS2 server accepting every update.
inline bool listenEchoAndDyndns2(FakeHttpServer &echo, FakeHttpServer &provider)
{
    if (!echo.listen() || !provider.listen())
        return false;
    echo.setReply({200, "81.2.69.160\n"});
    provider.setHandler([](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r)}; });
    return true;
}

} // namespace Qddns::Test
