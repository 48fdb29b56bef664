#include "detect/detector.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkInterface>
#include <QTimer>

namespace Qddns {

AddressResult pickInterfaceAddress(const QList<QNetworkAddressEntry> &entries, Family family,
                                   const QList<QHostAddress> &temporary)
{
    std::optional<QHostAddress> privacy;
    QString lastReason;
    for (const QNetworkAddressEntry &entry : entries) {
        const QHostAddress ip = entry.ip();
        if (ip.protocol() != toProtocol(family))
            continue;
        if (const QString reason = nonGlobalReason(ip); !reason.isEmpty()) {
            lastReason = ip.toString() + QLatin1Char(' ') + reason;
            continue;
        }
        // A deprecated address is on its way out: the next one will replace it in DNS soon anyway.
        if (!entry.isPermanent() && entry.preferredLifetime().hasExpired()) {
            lastReason = ip.toString() + QStringLiteral(" is deprecated");
            continue;
        }
        // Privacy addresses (RFC 8981) change daily and are not meant to accept connections.
        if (temporary.contains(ip)) {
            if (!privacy)
                privacy = ip;
            continue;
        }
        return ip;
    }
    if (privacy)
        return *privacy;
    return Unexpected{lastReason.isEmpty()
                          ? QStringLiteral("has no %1 address").arg(family == Family::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"))
                          : QStringLiteral("has no global address (%1)").arg(lastReason)};
}

QList<QHostAddress> temporaryIpv6Addresses(const QString &interfaceName)
{
    QList<QHostAddress> list;
#ifdef Q_OS_LINUX
    // Qt's QNetworkAddressEntry::isTemporary() only means "finite lifetime"; the kernel's
    // IFA_F_TEMPORARY flag (0x01) in /proc/net/if_inet6 is what marks a privacy address.
    QFile file(QStringLiteral("/proc/net/if_inet6"));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < 6 || QString::fromLatin1(fields.at(5)) != interfaceName)
            continue;
        bool ok = false;
        const uint flags = fields.at(4).toUInt(&ok, 16);
        const QByteArray hex = fields.at(0);
        if (!ok || !(flags & 0x01) || hex.size() != 32)
            continue;
        QByteArray text;
        for (int i = 0; i < 32; i += 4)
            text += hex.mid(i, 4) + (i < 28 ? ":" : "");
        list.append(QHostAddress(QString::fromLatin1(text)));
    }
#else
    Q_UNUSED(interfaceName)
#endif
    return list;
}

void runInterfaceDetector(const DetectorSpec &spec, Family family, QObject *context, AddressCallback done)
{
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(spec.interfaceName);
    AddressResult result = !iface.isValid()
        ? AddressResult(Unexpected{QStringLiteral("there is no interface named %1").arg(spec.interfaceName)})
        : pickInterfaceAddress(iface.addressEntries(), family, temporaryIpv6Addresses(spec.interfaceName));
    if (!result && iface.isValid())
        result = Unexpected{QStringLiteral("interface %1 %2").arg(spec.interfaceName, result.error())};
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

} // namespace Qddns
