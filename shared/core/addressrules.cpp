#include "core/addressrules.h"

#include <array>

namespace Qddns {

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

namespace {
// The text as it may appear in a message: printable, short.
QString shownText(QStringView text)
{
    QString shown = text.left(64).toString();
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return shown + (text.size() > 64 ? QStringLiteral("…") : QString());
}

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }
bool isHexDigit(QChar c)
{
    return isDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// Empty when \a text is a canonical dotted-decimal IPv4 address, else what is wrong.
QString ipv4Problem(QStringView text)
{
    const auto parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return QStringLiteral("an IPv4 address has four parts separated by dots");
    for (QStringView part : parts) {
        if (part.isEmpty())
            return QStringLiteral("an IPv4 address part is empty");
        for (QChar c : part) {
            if (!isDigit(c))
                return QStringLiteral("an IPv4 address part holds '%1'; only decimal digits are allowed").arg(shownText(QStringView(&c, 1)));
        }
        if (part.size() > 1 && part.front() == QLatin1Char('0'))
            return QStringLiteral("the part \"%1\" has a leading zero (an octal form some parsers read differently)").arg(part);
        if (part.size() > 3 || part.toInt() > 255)
            return QStringLiteral("the part %1 is larger than 255").arg(part);
    }
    return {};
}

// Empty when \a text is an IPv6 address in RFC 4291 text form (no zone), else what is wrong.
QString ipv6Problem(QStringView text)
{
    for (QChar c : text) {
        if (!isHexDigit(c) && c != QLatin1Char(':') && c != QLatin1Char('.'))
            return QStringLiteral("'%1' cannot appear in an IPv6 address").arg(shownText(QStringView(&c, 1)));
    }
    const qsizetype gap = text.indexOf(QLatin1String("::"));
    if (gap >= 0 && text.indexOf(QLatin1String("::"), gap + 1) >= 0)
        return QStringLiteral("an IPv6 address has at most one \"::\"");
    // Split around the gap; each side is a list of groups, the last may be a dotted IPv4 tail.
    const QStringView head = gap >= 0 ? text.left(gap) : text;
    const QStringView tail = gap >= 0 ? text.mid(gap + 2) : QStringView();
    int groups = 0;
    bool sawIpv4 = false;
    for (QStringView side : {head, tail}) {
        if (side.isEmpty())
            continue;
        const auto parts = side.split(QLatin1Char(':'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QStringView part = parts.at(i);
            if (part.contains(QLatin1Char('.'))) {
                const bool last = side.data() + side.size() == text.data() + text.size() && i == parts.size() - 1;
                if (!last || sawIpv4)
                    return QStringLiteral("a dotted IPv4 part may only end an IPv6 address");
                if (const QString problem = ipv4Problem(part); !problem.isEmpty())
                    return problem;
                sawIpv4 = true;
                groups += 2;
                continue;
            }
            if (part.isEmpty())
                return QStringLiteral("an IPv6 address group is empty");
            if (part.size() > 4)
                return QStringLiteral("the IPv6 group \"%1\" has more than four hex digits").arg(part);
            ++groups;
        }
    }
    if (gap < 0 && groups != 8)
        return QStringLiteral("an IPv6 address without \"::\" has eight groups, not %1").arg(groups);
    if (gap >= 0 && groups > 7)
        return QStringLiteral("an IPv6 address with \"::\" has at most seven other groups");
    return {};
}
} // namespace

QHostAddress withIpv6Suffix(const QHostAddress &prefix, const QHostAddress &suffix, int prefixLength)
{
    Q_IPV6ADDR out = prefix.toIPv6Address();
    const Q_IPV6ADDR low = suffix.toIPv6Address();
    for (int bit = prefixLength; bit < 128; ++bit) {
        const int byte = bit / 8;
        const quint8 mask = quint8(0x80 >> (bit % 8));
        out[byte] = quint8((out[byte] & ~mask) | (low[byte] & mask));
    }
    return QHostAddress(out);
}

bool fitsAfterPrefix(const QHostAddress &suffix, int prefixLength)
{
    const Q_IPV6ADDR bits = suffix.toIPv6Address();
    for (int bit = 0; bit < prefixLength; ++bit) {
        if (bits[bit / 8] & (0x80 >> (bit % 8)))
            return false;
    }
    return true;
}

Expected<QHostAddress, QString> parseAddressText(QStringView text)
{
    if (text.isEmpty())
        return Unexpected{QStringLiteral("the text is empty, not an IP address")};
    const bool v6 = text.contains(QLatin1Char(':'));
    const QString problem = v6 ? ipv6Problem(text) : ipv4Problem(text);
    QHostAddress address;
    if (problem.isEmpty() && address.setAddress(text.toString()))
        return address;
    return Unexpected{QStringLiteral("\"%1\" is not an IP address in canonical form%2")
                          .arg(shownText(text), problem.isEmpty() ? QString() : QStringLiteral(": ") + problem)};
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
    // Latin-1 keeps every byte (a NUL or a form feed inside the answer) visible to the check.
    auto address = parseAddressText(QString::fromLatin1(trimmed));
    if (!address)
        return address;
    if (address->protocol() != toProtocol(family))
        return Unexpected{QStringLiteral("%1 is not an %2 address")
                              .arg(address->toString(), family == Family::IPv4 ? QStringLiteral("IPv4")
                                                                                : QStringLiteral("IPv6"))};
    if (const QString reason = nonGlobalReason(*address); !reason.isEmpty())
        return Unexpected{address->toString() + QLatin1Char(' ') + reason};
    return address;
}

} // namespace Qddns
