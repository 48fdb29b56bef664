// Address text from outside (echo services' bodies, commands' output, the configuration):
// parseAddressText accepts only canonical forms and what it accepts reads back the same;
// parseSingleAddress returns one global address of the family asked for, never anything else;
// an IPv6 suffix keeps the prefix's bits and the suffix's rest.
#include "fuzzcheck.h"

#include "core/addressrules.h"

#include <QtEndian>

using namespace Qddns;

namespace {

void checkText(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const auto parsed = parseAddressText(text);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().isEmpty(), QStringLiteral("an error without a reason"));
        return;
    }
    const QHostAddress address = parsed.value();
    FUZZ_CHECK(!address.isNull(), text);
    FUZZ_CHECK(address.scopeId().isEmpty(), QStringLiteral("%1: a zone id was accepted").arg(text));
    // What Qt reads from the same text is the same address (no octal, hex or short forms).
    FUZZ_CHECK(QHostAddress(text) == address, QStringLiteral("%1 read as %2, Qt reads %3").arg(text, address.toString(), QHostAddress(text).toString()));
    // Its canonical form reads back the same.
    const auto again = parseAddressText(address.toString());
    FUZZ_CHECK(again && again.value() == address, QStringLiteral("%1: its form %2 does not read back").arg(text, address.toString()));
}

void checkSingle(const QByteArray &bytes, Family family)
{
    const auto parsed = parseSingleAddress(bytes, family);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().isEmpty(), QStringLiteral("an error without a reason"));
        return;
    }
    const QHostAddress a = parsed.value();
    const auto protocol = family == Family::IPv4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol;
    FUZZ_CHECK(a.protocol() == protocol, QStringLiteral("%1: wrong family").arg(a.toString()));
    FUZZ_CHECK(isGlobalUnicast(a), QStringLiteral("%1 accepted but not global: %2").arg(a.toString(), nonGlobalReason(a)));
    FUZZ_CHECK(parseAddressText(a.toString()), a.toString());
}

QHostAddress ipv6(const QByteArray &sixteen)
{
    Q_IPV6ADDR raw{};
    for (int i = 0; i < 16 && i < sixteen.size(); ++i)
        raw[i] = quint8(sixteen.at(i));
    return QHostAddress(raw);
}

bool bit(const Q_IPV6ADDR &a, int i) { return a[i / 8] >> (7 - i % 8) & 1; }

void checkSuffix(const QByteArray &prefixBytes, const QByteArray &suffixBytes, int length)
{
    const QHostAddress prefix = ipv6(prefixBytes);
    const QHostAddress suffix = ipv6(suffixBytes);
    const QHostAddress joined = withIpv6Suffix(prefix, suffix, length);
    const Q_IPV6ADDR p = prefix.toIPv6Address();
    const Q_IPV6ADDR s = suffix.toIPv6Address();
    const Q_IPV6ADDR j = joined.toIPv6Address();
    bool fits = true;
    for (int i = 0; i < 128; ++i) {
        FUZZ_CHECK(bit(j, i) == (i < length ? bit(p, i) : bit(s, i)),
                   QStringLiteral("%1 + %2 /%3 gave %4").arg(prefix.toString(), suffix.toString()).arg(length).arg(joined.toString()));
        fits = fits && (i >= length || !bit(s, i));
    }
    FUZZ_CHECK(fitsAfterPrefix(suffix, length) == fits, QStringLiteral("%1 /%2").arg(suffix.toString()).arg(length));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    switch (in.byte() % 4) {
    case 0:
        checkText(in.rest());
        break;
    case 1:
        checkSingle(in.rest(), Family::IPv4);
        break;
    case 2:
        checkSingle(in.rest(), Family::IPv6);
        break;
    default: {
        const int length = in.byte() % 129;
        const QByteArray prefix = in.bytes(16);
        checkSuffix(prefix, in.bytes(16), length);
        // Any address's reason not to publish it names something, or it is global.
        const QByteArray raw = in.bytes(4);
        const QHostAddress v4(qFromBigEndian<quint32>(raw.leftJustified(4, '\0').constData()));
        const QHostAddress v6 = ipv6(prefix);
        Q_UNUSED(nonGlobalReason(v4).size())
        Q_UNUSED(nonGlobalReason(v6).size())
        break;
    }
    }
    return 0;
}
