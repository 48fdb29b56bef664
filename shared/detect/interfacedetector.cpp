#include "detect/detector.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkInterface>
#include <QTimer>

namespace Qddns {

AddressResult pickInterfaceAddress(const QList<QNetworkAddressEntry> &entries, Family family,
                                   const KernelAddressFlags &kernelFlags)
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
        const auto known = kernelFlags.constFind(ip);
        const uint flags = known == kernelFlags.constEnd() ? 0 : *known;
        // Without the kernel's word (other systems), an expired preferred lifetime means deprecated.
        const bool deprecated = known != kernelFlags.constEnd()
            ? (flags & KernelFlag::Deprecated) != 0
            : !entry.isPermanent() && entry.preferredLifetime().hasExpired();
        // A deprecated address is on its way out: the next one will replace it in DNS soon anyway.
        if (deprecated) {
            lastReason = ip.toString() + QStringLiteral(" is deprecated");
            continue;
        }
        // Not usable yet, or never: another host already has it.
        if (flags & KernelFlag::Tentative) {
            lastReason = ip.toString() + QStringLiteral(" is tentative (duplicate address detection has not finished)");
            continue;
        }
        if (flags & KernelFlag::DadFailed) {
            lastReason = ip.toString() + QStringLiteral(" failed duplicate address detection");
            continue;
        }
        // Privacy addresses (RFC 8981) change daily and are not meant to accept connections.
        if (flags & KernelFlag::Temporary) {
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

KernelAddressFlags ipv6AddressFlags(const QString &interfaceName)
{
    KernelAddressFlags flags;
#ifdef Q_OS_LINUX
    // Qt's QNetworkAddressEntry::isTemporary() only means "finite lifetime", and an address valid
    // forever counts as permanent even when deprecated; /proc/net/if_inet6 carries the kernel's
    // IFA_F_* flags (the low byte, which holds every flag read here).
    QFile file(QStringLiteral("/proc/net/if_inet6"));
    if (!file.open(QIODevice::ReadOnly))
        return flags;
    // readAll(), not atEnd(): /proc files report a size of 0, so atEnd() is true at once.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || QString::fromLatin1(fields.at(5)) != interfaceName)
            continue;
        bool ok = false;
        const uint value = fields.at(4).toUInt(&ok, 16);
        const QByteArray hex = fields.at(0);
        if (!ok || hex.size() != 32)
            continue;
        QByteArray text;
        for (int i = 0; i < 32; i += 4)
            text += hex.mid(i, 4) + (i < 28 ? ":" : "");
        flags.insert(QHostAddress(QString::fromLatin1(text)), value);
    }
#else
    Q_UNUSED(interfaceName)
#endif
    return flags;
}

void runInterfaceDetector(const DetectorSpec &spec, Family family, QObject *context, AddressCallback done)
{
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(spec.interfaceName);
    AddressResult result = !iface.isValid()
        ? AddressResult(Unexpected{QStringLiteral("there is no interface named %1").arg(spec.interfaceName)})
        : pickInterfaceAddress(iface.addressEntries(), family, ipv6AddressFlags(spec.interfaceName));
    if (!result && iface.isValid())
        result = Unexpected{QStringLiteral("interface %1 %2").arg(spec.interfaceName, result.error())};
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

} // namespace Qddns
