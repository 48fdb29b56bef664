#include "dns/dnsmessage.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qddns::Dns;

namespace {

QByteArray vector(const char *name)
{
    QFile file(QStringLiteral(QDDNS_TEST_DATA "/dns/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test vector %s", name);
    return file.readAll();
}

Name name(const char *text)
{
    return Name::fromText(QLatin1String(text)).value();
}

// A header with the given counts followed by \a body.
QByteArray message(const QByteArray &body, quint16 qd, quint16 an = 0, quint16 ns = 0, quint16 ar = 0)
{
    QByteArray m = QByteArray::fromHex("abcd8000");
    for (quint16 c : {qd, an, ns, ar}) {
        m.append(char(c >> 8));
        m.append(char(c));
    }
    return m + body;
}

QByteArray label(int length, char c = 'a')
{
    return char(length) + QByteArray(length, c);
}

} // namespace

class TestDnsMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesFromText_data();
    void namesFromText();
    void nameComparesCaseInsensitively();
    void decodesQueryFromDnspython();
    void decodesEveryModelledType();
    void encodesLikeDnspython_data();
    void encodesLikeDnspython();
    void uncompressedEncodingDecodesToTheSame();
    void decodesNxdomain();
    void ednsAndExtendedRcode();
    void encodeRejectsMismatchedRdata();
    void hostileInput_data();
    void hostileInput();
    void everyTruncationFails();
    void mutationsNeverCrashAndRoundTrip();
    void randomInputNeverCrashes();
};

void TestDnsMessage::namesFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");  // empty: an error containing "error"
    QTest::addColumn<QString>("error");

    QTest::newRow("relative") << "home.example.test" << "home.example.test." << "";
    QTest::newRow("absolute") << "home.example.test." << "home.example.test." << "";
    QTest::newRow("root") << "." << "." << "";
    QTest::newRow("escaped dot") << "a\\.b.test" << "a\\.b.test." << "";
    QTest::newRow("decimal escape") << "a\\032b.test" << "a\\032b.test." << "";
    QTest::newRow("63-byte label") << QString(63, QLatin1Char('x')) + ".test" << QString(63, QLatin1Char('x')) + ".test." << "";
    QTest::newRow("empty") << "" << "" << "empty name";
    QTest::newRow("empty label") << "a..test" << "" << "empty label";
    QTest::newRow("leading dot") << ".test" << "" << "empty label";
    QTest::newRow("64-byte label") << QString(64, QLatin1Char('x')) + ".test" << "" << "labels are at most 63";
    QTest::newRow("256 bytes") << (QString(63, QLatin1Char('x')) + '.').repeated(4) << "" << "names are at most 255";
    QTest::newRow("space") << "my host.test" << "" << "a space";
    QTest::newRow("non-ASCII") << QString::fromUtf8("bücher.test") << "" << "xn--";
    QTest::newRow("bad escape") << "a\\25" << "" << "three decimal digits";
    QTest::newRow("escape over 255") << "a\\256b" << "" << "three decimal digits";
}

void TestDnsMessage::namesFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(QString, error);
    const auto n = Name::fromText(text);
    if (error.isEmpty()) {
        QVERIFY2(n.hasValue(), qPrintable(n.hasValue() ? QString() : n.error()));
        QCOMPARE(n->toText(), canonical);
        QCOMPARE(Name::fromText(n->toText()).value(), n.value());
    } else {
        QVERIFY(!n.hasValue());
        QVERIFY2(n.error().contains(error), qPrintable(n.error()));
    }
}

void TestDnsMessage::nameComparesCaseInsensitively()
{
    QCOMPARE(name("Home.EXAMPLE.test"), name("home.example.TEST."));
    QVERIFY(name("home.example.test") != name("home2.example.test"));
    QVERIFY(name("home.example.test").isSubdomainOf(name("example.test")));
    QVERIFY(name("example.test").isSubdomainOf(name("example.test")));
    QVERIFY(!name("example.test").isSubdomainOf(name("home.example.test")));
    QVERIFY(!name("home.badexample.test").isSubdomainOf(name("example.test")));
    QCOMPARE(name("Home.Test").toWire(true), QByteArray("\x04home\x04test\x00", 11));
    QCOMPARE(name("Home.Test").toWire(false), QByteArray("\x04Home\x04Test\x00", 11));
}

void TestDnsMessage::decodesQueryFromDnspython()
{
    const auto m = Message::decode(vector("query_a_edns.bin"));
    QVERIFY2(m.hasValue(), qPrintable(m.hasValue() ? QString() : m.error()));
    QCOMPARE(m->id, 0x1234);
    QVERIFY(!m->qr);
    QCOMPARE(m->opcode, Opcode::Query);
    QVERIFY(!m->rd);
    QCOMPARE(m->questions.size(), 1);
    QCOMPARE(m->questions[0].name, name("home.example.test"));
    QCOMPARE(m->questions[0].type, RRType::A);
    QCOMPARE(m->questions[0].rrClass, RRClass::IN);
    QVERIFY(m->edns().has_value());
    QCOMPARE(m->edns()->udpPayloadSize, 1232);
    QCOMPARE(m->edns()->version, 0);
    QCOMPARE(m->tsigOffset, -1);

    const auto ch = Message::decode(vector("query_ch_txt.bin"));
    QVERIFY(ch.hasValue());
    QCOMPARE(ch->id, 0xBEEF);
    QVERIFY(ch->rd);
    QCOMPARE(ch->questions[0].name, name("whoami.cloudflare"));
    QCOMPARE(ch->questions[0].type, RRType::TXT);
    QCOMPARE(ch->questions[0].rrClass, RRClass::CH);
    QVERIFY(!ch->edns().has_value());
}

void TestDnsMessage::decodesEveryModelledType()
{
    const auto m = Message::decode(vector("response_all_types.bin"));
    QVERIFY2(m.hasValue(), qPrintable(m.hasValue() ? QString() : m.error()));
    QVERIFY(m->qr);
    QVERIFY(m->aa);
    QCOMPARE(m->rcode, 0);
    QCOMPARE(m->answers.size(), 5);
    QCOMPARE(m->authorities.size(), 2);
    QCOMPARE(m->additionals.size(), 2);  // glue A and OPT

    const ResourceRecord &a = m->answers[0];
    QCOMPARE(a.name, name("home.example.test"));
    QCOMPARE(a.type, RRType::A);
    QCOMPARE(a.ttl, 60u);
    QCOMPARE(a.address(), QHostAddress(QStringLiteral("81.2.69.160")));
    QCOMPARE(m->answers[1].type, RRType::AAAA);
    QCOMPARE(m->answers[1].address(), QHostAddress(QStringLiteral("2a02:8070:d18f:5a00::10")));
    QCOMPARE(m->answers[2].name, name("www.example.test"));
    QCOMPARE(std::get<NameRdata>(m->answers[2].rdata).name, name("home.example.test"));
    QCOMPARE(std::get<TxtRdata>(m->answers[3].rdata).strings, (QList<QByteArray>{"v=1 qddns", "second"}));
    QCOMPARE(quint16(m->answers[4].type), 65280);
    QCOMPARE(std::get<RawRdata>(m->answers[4].rdata).bytes, QByteArray::fromHex("010203"));
    QCOMPARE(std::get<NameRdata>(m->authorities[0].rdata).name, name("ns1.example.test"));
    const auto &soa = std::get<SoaRdata>(m->authorities[1].rdata);
    QCOMPARE(soa.mname, name("ns1.example.test"));
    QCOMPARE(soa.rname, name("hostmaster.example.test"));
    QCOMPARE(soa.serial, 2024010101u);
    QCOMPARE(soa.refresh, 3600u);
    QCOMPARE(soa.retry, 600u);
    QCOMPARE(soa.expire, 86400u);
    QCOMPARE(soa.minimum, 60u);
    QCOMPARE(m->additionals[0].address(), QHostAddress(QStringLiteral("81.2.69.161")));
    QCOMPARE(m->edns()->udpPayloadSize, 1232);
    QCOMPARE(a.toText(), QStringLiteral("home.example.test. 60 IN A 81.2.69.160"));
    QCOMPARE(m->answers[3].toText(), QStringLiteral("home.example.test. 60 IN TXT \"v=1 qddns\" \"second\""));
    QCOMPARE(m->answers[4].toText(), QStringLiteral("home.example.test. 60 IN TYPE65280 \\# 3 010203"));
}

void TestDnsMessage::encodesLikeDnspython_data()
{
    QTest::addColumn<QByteArray>("wire");
    for (const char *file : {"query_a_edns.bin", "query_ch_txt.bin", "response_all_types.bin", "response_nxdomain.bin",
                             "update_a.bin", "update_aaaa.bin"})
        QTest::newRow(file) << vector(file);
}

void TestDnsMessage::encodesLikeDnspython()
{
    // Decode, then encode with compression: byte for byte what dnspython wrote.
    QFETCH(QByteArray, wire);
    const auto m = Message::decode(wire);
    QVERIFY2(m.hasValue(), qPrintable(m.hasValue() ? QString() : m.error()));
    const auto encoded = m->encode(true);
    QVERIFY(encoded.hasValue());
    QCOMPARE(encoded->toHex(), wire.toHex());
}

void TestDnsMessage::uncompressedEncodingDecodesToTheSame()
{
    const QByteArray wire = vector("response_all_types.bin");
    const Message m = Message::decode(wire).value();
    const QByteArray plain = m.encode(false).value();
    QVERIFY(plain.size() > wire.size());
    QVERIFY(!plain.contains("\xc0\x0c"));
    const auto again = Message::decode(plain);
    QVERIFY(again.hasValue());
    QCOMPARE(again->encode(true).value().toHex(), wire.toHex());
}

void TestDnsMessage::decodesNxdomain()
{
    const auto m = Message::decode(vector("response_nxdomain.bin"));
    QVERIFY(m.hasValue());
    QCOMPARE(m->rcode, 3);
    QCOMPARE(m->fullRcode(), 3);
    QVERIFY(m->answers.isEmpty());
    QCOMPARE(m->authorities.size(), 1);
    QCOMPARE(m->authorities[0].type, RRType::SOA);
}

void TestDnsMessage::ednsAndExtendedRcode()
{
    Message m;
    m.rcode = 0;
    Edns e;
    e.udpPayloadSize = 4096;
    e.extendedRcode = 1;  // BADVERS = 16
    e.dnssecOk = true;
    e.options.append({10, QByteArray::fromHex("0102030405060708")});
    m.setEdns(e);
    m.setEdns(e);  // replaces, never two OPT records
    QCOMPARE(m.additionals.size(), 1);
    const auto decoded = Message::decode(m.encode().value());
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->fullRcode(), 16);
    QCOMPARE(decoded->edns()->udpPayloadSize, 4096);
    QVERIFY(decoded->edns()->dnssecOk);
    QCOMPARE(decoded->edns()->options.size(), 1);
    QCOMPARE(decoded->edns()->options[0].code, 10);
    QCOMPARE(decoded->edns()->options[0].data, QByteArray::fromHex("0102030405060708"));
}

void TestDnsMessage::encodeRejectsMismatchedRdata()
{
    Message m;
    ResourceRecord rr;
    rr.name = name("home.example.test");
    rr.type = RRType::A;
    rr.rdata = AddressRdata{QHostAddress(QStringLiteral("2a02:8070:d18f:5a00::10"))};
    m.answers.append(rr);
    auto wire = m.encode();
    QVERIFY(!wire.hasValue());
    QVERIFY2(wire.error().contains(QLatin1String("A record cannot hold the address \"2a02:8070:d18f:5a00::10\"")), qPrintable(wire.error()));

    m.answers[0].type = RRType::TXT;
    m.answers[0].rdata = TxtRdata{{QByteArray(256, 'x')}};
    wire = m.encode();
    QVERIFY(!wire.hasValue());
    QVERIFY2(wire.error().contains(QLatin1String("longer than 255")), qPrintable(wire.error()));
}

void TestDnsMessage::hostileInput_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("error");

    const QByteArray q = QByteArray("\x04home\x04test\x00", 11) + QByteArray::fromHex("00010001");
    QTest::newRow("empty") << QByteArray() << "shorter than the 12-byte header";
    QTest::newRow("half a header") << QByteArray::fromHex("abcd0100") << "shorter than the 12-byte header";
    QTest::newRow("question name cut") << message("\x04hom", 1) << "header claims";
    QTest::newRow("question name cut late") << message(QByteArray("\x04home\x04te") + QByteArray(10, '\0'), 1, 0) << "";
    QTest::newRow("question type cut") << message(QByteArray("\x04home\x04test\x00\x00", 12), 1) << "needs 4 bytes, only 1 left";
    QTest::newRow("rdata cut") << message(q + QByteArray("\xc0\x0c", 2) + QByteArray::fromHex("000100010000003c0004") + "\x51\x02", 1, 1)
                               << "A rdata at offset";
    QTest::newRow("rdlength past end") << message(q + QByteArray("\xc0\x0c", 2) + QByteArray::fromHex("001000010000003cffff") + "abc", 1, 1)
                                       << "needs 65535 bytes";
    QTest::newRow("pointer to itself") << message(QByteArray("\xc0\x0c", 2) + QByteArray::fromHex("00010001"), 1)
                                       << "points forward or into a loop";
    QTest::newRow("two-step loop") << message(QByteArray("\x01" "a\xc0\x0c", 4) + QByteArray::fromHex("00010001"), 1)
                                   << "points forward or into a loop";
    QTest::newRow("pointer into a label") << message(q + QByteArray("\x01" "b\xc0\x0e", 4) + QByteArray::fromHex("00010001"), 2)
                                                  << "";
    QTest::newRow("pointer forward") << message(QByteArray("\xc0\x12", 2) + QByteArray::fromHex("00010001") + QByteArray("\x01" "a\x00", 3), 1)
                                     << "points forward";
    QTest::newRow("pointer out of range") << message(QByteArray("\xc3\xff", 2) + QByteArray::fromHex("00010001"), 1)
                                          << "outside the message";
    QTest::newRow("pointer cut off") << message(QByteArray("\x01" "a\x01" "b\xc0", 5), 1) << "compression pointer at offset 16 is cut off";
    QTest::newRow("huge counts") << message(q, 1, 65535, 65535, 65535) << "header claims 1 questions and 196605 records";
    QTest::newRow("label over 63") << message(QByteArray("\x40") + QByteArray(64, 'a') + QByteArray::fromHex("0000010001"), 1)
                                   << "labels are at most 63 bytes";
    QTest::newRow("extended label type") << message(QByteArray("\x41\x00", 2) + QByteArray::fromHex("00010001"), 1)
                                         << "labels are at most 63 bytes";
    QTest::newRow("name over 255") << message(label(63).repeated(4) + QByteArray::fromHex("0000010001"), 1) << "longer than 255 bytes";
    // 193 bytes of labels, then a second name of 64 bytes pointing at them: 258 bytes in all.
    QTest::newRow("name over 255 through a pointer")
        << message(label(63).repeated(3) + QByteArray::fromHex("0000010001") + label(63, 'b') + QByteArray("\xc0\x0c", 2)
                       + QByteArray::fromHex("00010001"),
                   2)
        << "question 2: name at offset 209 is longer than 255 bytes";
    QTest::newRow("A with 5 bytes") << message(q + QByteArray("\xc0\x0c", 2) + QByteArray::fromHex("000100010000003c000551024501a0"), 1, 1)
                                    << "answer record 1: A rdata is 5 bytes, expected 4";
    QTest::newRow("AAAA with 4 bytes") << message(q + QByteArray("\xc0\x0c", 2) + QByteArray::fromHex("001c00010000003c000451024501"), 1, 1)
                                       << "AAAA rdata is 4 bytes, expected 16";
    QTest::newRow("CNAME longer than its name") << message(q + QByteArray("\xc0\x0c", 2) + QByteArray::fromHex("000500010000003c0004c00c0000"), 1, 1)
                                                << "CNAME rdata is 4 bytes, its fields take 2";
    QTest::newRow("CNAME name past rdata") << message(q + QByteArray("\xc0\x0c", 2) + QByteArray::fromHex("000500010000003c000203616263"), 1, 1)
                                           << "runs past the end of its data";
    QTest::newRow("SOA cut") << message(q + QByteArray("\xc0\x0c", 2) + QByteArray::fromHex("000600010000003c0006c00cc00c0000"), 1, 1)
                             << "SOA rdata at offset";
    QTest::newRow("TXT string past rdata") << message(q + QByteArray("\xc0\x0c", 2) + QByteArray::fromHex("001000010000003c000305616263"), 1, 1)
                                           << "TXT string at offset";
    QTest::newRow("trailing bytes") << message(q + "xyz", 1) << "3 bytes of trailing data";
    QTest::newRow("two OPT") << message(QByteArray::fromHex("0000291000000000000000") + QByteArray::fromHex("0000291000000000000000"), 0, 0, 0, 2)
                             << "additional record 2: an OPT record must be the only one";
    QTest::newRow("OPT in answers") << message(QByteArray::fromHex("0000291000000000000000"), 0, 1) << "answer record 1: an OPT record";
    QTest::newRow("TSIG not last")
        << message(QByteArray::fromHex("0000fa00ff000000000000") + QByteArray::fromHex("0000291000000000000000"), 0, 0, 0, 2)
        << "additional record 1: a TSIG record must be the last";
    QTest::newRow("TSIG MAC past rdata")
        << message(QByteArray("\x01k\x00", 3) + QByteArray::fromHex("00fa00ff00000000000f") + QByteArray("\x01" "a\x00", 3)
                       + QByteArray::fromHex("000000000000012c00ff0000"),
                   0, 0, 0, 1)
        << "TSIG MAC at offset";
    QTest::newRow("too large") << QByteArray(70000, '\0') << "larger than 65535";
}

void TestDnsMessage::hostileInput()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, error);
    const auto m = Message::decode(wire);
    QVERIFY2(!m.hasValue(), "hostile input decoded");
    QVERIFY2(!m.error().isEmpty(), "no error text");
    if (!error.isEmpty())
        QVERIFY2(m.error().contains(error), qPrintable(m.error()));
}

void TestDnsMessage::everyTruncationFails()
{
    for (const char *file : {"response_all_types.bin", "update_a_hmac-sha256.bin", "response_hmac-sha512.bin", "query_a_edns.bin"}) {
        const QByteArray wire = vector(file);
        QVERIFY(Message::decode(wire).hasValue());
        for (qsizetype n = 0; n < wire.size(); ++n) {
            const auto m = Message::decode(wire.left(n));
            QVERIFY2(!m.hasValue(), qPrintable(QStringLiteral("%1 cut to %2 bytes decoded").arg(QLatin1String(file)).arg(n)));
        }
    }
}

void TestDnsMessage::mutationsNeverCrashAndRoundTrip()
{
    // Every byte replaced by a few interesting values: either a clear error, or a message that
    // encodes and decodes back to the same bytes.
    int decoded = 0;
    int rejected = 0;
    for (const char *file : {"response_all_types.bin", "update_a_hmac-sha256.bin"}) {
        const QByteArray wire = vector(file);
        for (qsizetype i = 0; i < wire.size(); ++i) {
            for (int value : {0x00, 0x01, 0x3f, 0x40, 0x7f, 0xc0, 0xc1, 0xff}) {
                QByteArray mutated = wire;
                mutated[i] = char(value);
                const auto m = Message::decode(mutated);
                if (!m.hasValue()) {
                    QVERIFY(!m.error().isEmpty());
                    ++rejected;
                    continue;
                }
                ++decoded;
                const auto plain = m->encode(false);
                QVERIFY2(plain.hasValue(), qPrintable(plain.hasValue() ? QString() : plain.error()));
                const auto again = Message::decode(plain.value());
                QVERIFY2(again.hasValue(), qPrintable(again.hasValue() ? QString() : again.error()));
                QCOMPARE(again->encode(false).value(), plain.value());
            }
        }
    }
    QVERIFY(decoded > 0);
    QVERIFY(rejected > 0);
}

void TestDnsMessage::randomInputNeverCrashes()
{
    // Seeded, so a failure repeats: headers with small counts and random bodies, often built
    // from pieces that look like names and pointers.
    QRandomGenerator random(14);
    const QByteArray pieces[] = {QByteArray("\xc0\x0c", 2), QByteArray("\x04home", 5), QByteArray("\x00", 1),
                                 QByteArray::fromHex("00010001"), QByteArray::fromHex("0000003c0004"), QByteArray("\xc0", 1),
                                 QByteArray::fromHex("00fa00ff"), QByteArray::fromHex("0029")};
    int decoded = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray body;
        const int parts = int(random.bounded(1, 40));
        for (int p = 0; p < parts; ++p) {
            if (random.bounded(2))
                body += pieces[random.bounded(int(std::size(pieces)))];
            else
                body += char(random.bounded(256));
        }
        const QByteArray wire = message(body, quint16(random.bounded(3)), quint16(random.bounded(3)), quint16(random.bounded(2)),
                                        quint16(random.bounded(2)));
        const auto m = Message::decode(wire);
        if (!m.hasValue()) {
            QVERIFY(!m.error().isEmpty());
            continue;
        }
        ++decoded;
        const auto plain = m->encode(false);
        QVERIFY2(plain.hasValue(), qPrintable(plain.hasValue() ? QString() : plain.error()));
        QVERIFY(Message::decode(plain.value()).hasValue());
    }
    QVERIFY(decoded > 0);
}

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "tst_dnsmessage.moc"
