// DNS messages and TSIG (shared/dns), with the first byte choosing what the rest is:
//  0  a message from a server: decodes or is refused with a reason; what decodes encodes, and the
//     encoding (compressed or not) decodes to a message that encodes to the same bytes;
//  1  a signed response: its TSIG check never throws trust at bytes it cannot verify — Verified
//     only for our key's name and algorithm — and, re-signed with our key, the same message verifies;
//  2  a BIND key file: read or refused with a reason; a key read has a name and a secret;
//  3  a name in presentation form: what parses prints back to itself.
#include "fuzzcheck.h"

#include "dns/dnsmessage.h"
#include "dns/tsig.h"

using namespace Qddns;
using namespace Qddns::Dns;

namespace {

const quint64 kNow = 1700000001;

const TsigKey &key()
{
    static const TsigKey k = [] {
        const auto parsed = TsigKey::fromBase64(QStringLiteral("ddns-key"), QString(), QByteArrayLiteral("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA="));
        if (!parsed)
            Fuzz::fail("key", parsed.error(), __FILE__, __LINE__);
        return parsed.value();
    }();
    return k;
}

QString hex(const QByteArray &b) { return QString::fromLatin1(b.toHex()); }

void checkMessage(const QByteArray &wire)
{
    const auto decoded = Message::decode(wire);
    if (!decoded) {
        FUZZ_CHECK(!decoded.error().isEmpty(), QStringLiteral("refused without a reason"));
        return;
    }
    for (const bool compress : {false, true}) {
        const auto encoded = decoded.value().encode(compress);
        if (!encoded) {
            FUZZ_CHECK(!encoded.error().isEmpty(), QStringLiteral("not encoded, without a reason"));
            continue;
        }
        const auto again = Message::decode(encoded.value());
        FUZZ_CHECK(again, QStringLiteral("its encoding %1 does not decode: %2").arg(hex(encoded.value()), again ? QString() : again.error()));
        const auto twice = again.value().encode(compress);
        FUZZ_CHECK(twice && twice.value() == encoded.value(),
                   QStringLiteral("encoded twice differs:\n%1\n%2").arg(hex(encoded.value()), twice ? hex(twice.value()) : twice.error()));
        for (const auto *section : {&again.value().answers, &again.value().authorities, &again.value().additionals}) {
            for (const ResourceRecord &rr : *section)
                Q_UNUSED(rr.toText().size())
        }
    }
}

void checkTsig(const QByteArray &wire, const QByteArray &requestMac)
{
    const auto decoded = Message::decode(wire);
    if (!decoded)
        return;
    const TsigCheck check = tsigVerifyResponse(wire, decoded.value(), key(), requestMac, kNow);
    FUZZ_CHECK(!check.text.isEmpty(), QStringLiteral("a check without a text"));
    if (check.verified()) {
        const ResourceRecord *rr = decoded.value().tsig();
        FUZZ_CHECK(rr && rr->name == key().name, QStringLiteral("verified without our key's record"));
    }

    // The same message, re-signed with our key at our time, verifies.
    Message bare = decoded.value();
    if (bare.tsig())
        bare.additionals.removeLast();
    const auto encoded = bare.encode();
    if (!encoded)
        return;
    const auto signedWire = tsigSign(encoded.value(), key(), kNow, 300, requestMac);
    if (!signedWire)
        return; // too large once signed
    const auto signedMessage = Message::decode(signedWire.value().wire);
    FUZZ_CHECK(signedMessage, QStringLiteral("a signed message does not decode: ") + (signedMessage ? QString() : signedMessage.error()));
    const TsigCheck resigned = tsigVerifyResponse(signedWire.value().wire, signedMessage.value(), key(), requestMac, kNow);
    FUZZ_CHECK(resigned.verified(), QStringLiteral("our own signature does not verify: %1 (%2)").arg(resigned.text, hex(signedWire.value().wire)));
}

void checkKeyFile(const QByteArray &text)
{
    const auto k = TsigKey::fromBindKeyFile(text);
    if (!k) {
        FUZZ_CHECK(!k.error().isEmpty(), QStringLiteral("refused without a reason"));
        return;
    }
    FUZZ_CHECK(!k.value().name.isRoot() && !k.value().secret.isEmpty(), QStringLiteral("a key without a name or secret"));
}

void checkName(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const auto name = Name::fromText(text);
    if (!name) {
        FUZZ_CHECK(!name.error().isEmpty(), QStringLiteral("refused without a reason"));
        return;
    }
    FUZZ_CHECK(name.value().toWire().size() == name.value().wireLength(), QStringLiteral("wire length"));
    FUZZ_CHECK(name.value().wireLength() <= Name::kMaxWireLength, QStringLiteral("too long: ") + text);
    const QString printed = name.value().toText();
    const auto again = Name::fromText(printed);
    FUZZ_CHECK(again && again.value().labels() == name.value().labels(), QStringLiteral("%1 printed as %2 reads back otherwise").arg(text, printed));
    FUZZ_CHECK(again.value().toText() == printed, QStringLiteral("%1 prints as %2, then as %3").arg(text, printed, again.value().toText()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    switch (in.byte() % 4) {
    case 0: checkMessage(in.rest()); break;
    case 1: {
        const QByteArray mac = in.bytes(in.byte() % 2 ? 32 : 0);
        checkTsig(in.rest(), mac);
        break;
    }
    case 2: checkKeyFile(in.rest()); break;
    default: checkName(in.rest()); break;
    }
    return 0;
}
