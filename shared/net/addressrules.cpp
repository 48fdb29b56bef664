#include "net/addressrules.h"

#include <array>

namespace Qddns {

QString familyName(Family family)
{
    return family == Family::IPv4 ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
}

QAbstractSocket::NetworkLayerProtocol toProtocol(Family family)
{
    return family == Family::IPv4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol;
}

namespace {
struct Range
{
    const char *subnet;
    const char *reason;
};

// IANA special-purpose registries (RFC 6890 and successors): none of these may be published.
constexpr std::array kIpv4Special{
    Range{"0.0.0.0/8", "is in 0.0.0.0/8 (\"this network\")"},
    Range{"10.0.0.0/8", "is a private address (10.0.0.0/8)"},
    Range{"100.64.0.0/10", "is a carrier-grade NAT address (100.64.0.0/10): the public address is elsewhere"},
    Range{"127.0.0.0/8", "is a loopback address"},
    Range{"169.254.0.0/16", "is a link-local address"},
    Range{"172.16.0.0/12", "is a private address (172.16.0.0/12)"},
    Range{"192.0.0.0/24", "is reserved for IETF protocol assignments (192.0.0.0/24)"},
    Range{"192.0.2.0/24", "is a documentation address (192.0.2.0/24)"},
    Range{"192.88.99.0/24", "is the deprecated 6to4 relay anycast range"},
    Range{"192.168.0.0/16", "is a private address (192.168.0.0/16)"},
    Range{"198.18.0.0/15", "is reserved for benchmarking (198.18.0.0/15)"},
    Range{"198.51.100.0/24", "is a documentation address (198.51.100.0/24)"},
    Range{"203.0.113.0/24", "is a documentation address (203.0.113.0/24)"},
    Range{"224.0.0.0/4", "is a multicast address"},
    Range{"240.0.0.0/4", "is a reserved address (240.0.0.0/4)"},
};

constexpr std::array kIpv6Special{
    Range{"2001:db8::/32", "is a documentation address (2001:db8::/32)"},
    Range{"3fff::/20", "is a documentation address (3fff::/20)"},
    Range{"2001::/23", "is reserved for IETF protocol assignments (Teredo, ORCHID…)"},
    Range{"2002::/16", "is a 6to4 address, not a native global address"},
};

QString matchRange(const QHostAddress &address, const auto &ranges)
{
    for (const Range &r : ranges) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(r.subnet))))
            return QLatin1String(r.reason);
    }
    return {};
}
} // namespace

QString nonGlobalReason(const QHostAddress &address)
{
    if (address.isNull())
        return QStringLiteral("is not an address");
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return matchRange(address, kIpv4Special);

    if (address.isInSubnet(QHostAddress(QStringLiteral("::ffff:0.0.0.0")), 96))
        return QStringLiteral("is an IPv4-mapped IPv6 address");
    if (address.isLoopback())
        return QStringLiteral("is a loopback address");
    if (address.isMulticast())
        return QStringLiteral("is a multicast address");
    if (address.isLinkLocal())
        return QStringLiteral("is a link-local address");
    if (address.isUniqueLocalUnicast())
        return QStringLiteral("is a unique local address (fc00::/7)");
    // Global unicast space is 2000::/3; everything else (::, site-local, NAT64…) is not publishable.
    if (!address.isInSubnet(QHostAddress(QStringLiteral("2000::")), 3))
        return QStringLiteral("is outside the global unicast range 2000::/3");
    return matchRange(address, kIpv6Special);
}

Expected<QHostAddress, QString> parseSingleAddress(const QByteArray &text, Family family)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Unexpected{QStringLiteral("the answer is empty")};
    if (trimmed.startsWith('<'))
        return Unexpected{QStringLiteral("the answer is HTML, not an address")};
    if (trimmed.size() > 64)
        return Unexpected{QStringLiteral("the answer is %1 bytes long, not a single address").arg(trimmed.size())};
    for (char c : trimmed) {
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == ',')
            return Unexpected{QStringLiteral("the answer holds more than one value")};
    }
    const QString candidate = QString::fromLatin1(trimmed);
    QHostAddress address;
    // QHostAddress accepts zone ids and odd IPv4 forms ("1.2.3"); insist on the canonical textual forms.
    if (!address.setAddress(candidate) || candidate.contains(QLatin1Char('%'))
        || (address.protocol() == QAbstractSocket::IPv4Protocol && candidate.count(QLatin1Char('.')) != 3)) {
        QString shown = candidate;
        for (QChar &c : shown) {
            if (!c.isPrint())
                c = QLatin1Char('?');
        }
        return Unexpected{QStringLiteral("\"%1\" is not an IP address").arg(shown)};
    }
    if (address.protocol() != toProtocol(family))
        return Unexpected{QStringLiteral("%1 is not an %2 address")
                              .arg(address.toString(), family == Family::IPv4 ? QStringLiteral("IPv4")
                                                                               : QStringLiteral("IPv6"))};
    if (const QString reason = nonGlobalReason(address); !reason.isEmpty())
        return Unexpected{address.toString() + QLatin1Char(' ') + reason};
    return address;
}

} // namespace Qddns
