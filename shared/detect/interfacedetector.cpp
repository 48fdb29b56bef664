#include "detect/detector.h"

#include <QDeadlineTimer>
#include <QNetworkInterface>
#include <QTimer>

namespace Qddns {

AddressResult pickInterfaceAddress(const QList<QNetworkAddressEntry> &entries, Family family)
{
    const QHostAddress *temporary = nullptr;
    QString lastReason;
    for (const QNetworkAddressEntry &entry : entries) {
        const QHostAddress &ip = entry.ip();
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
        // Temporary (privacy) addresses change daily and accept no incoming connections.
        if (entry.isTemporary()) {
            if (!temporary)
                temporary = &ip;
            continue;
        }
        return ip;
    }
    if (temporary)
        return *temporary;
    return Unexpected{lastReason.isEmpty()
                          ? QStringLiteral("has no %1 address").arg(family == Family::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"))
                          : QStringLiteral("has no global address (%1)").arg(lastReason)};
}

void runInterfaceDetector(const DetectorSpec &spec, Family family, QObject *context, AddressCallback done)
{
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(spec.interfaceName);
    AddressResult result = !iface.isValid()
        ? AddressResult(Unexpected{QStringLiteral("there is no interface named %1").arg(spec.interfaceName)})
        : pickInterfaceAddress(iface.addressEntries(), family);
    if (!result && iface.isValid())
        result = Unexpected{QStringLiteral("interface %1 %2").arg(spec.interfaceName, result.error())};
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

} // namespace Qddns
