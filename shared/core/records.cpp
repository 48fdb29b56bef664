#include "core/records.h"

namespace Qddns {

QString familyName(Family family)
{
    return family == Family::IPv4 ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
}

QString familyDisplayName(Family family)
{
    return family == Family::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

QAbstractSocket::NetworkLayerProtocol toProtocol(Family family)
{
    return family == Family::IPv4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol;
}

QString recordTypeName(RecordType type)
{
    return type == RecordType::A ? QStringLiteral("A") : QStringLiteral("AAAA");
}

QString RecordKey::toString() const
{
    return profile + QLatin1Char('/') + host + QLatin1Char('/') + recordTypeName(type);
}

} // namespace Qddns
