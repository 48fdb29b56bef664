#include "dns/dnsupdate.h"

#include <QFile>
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

} // namespace

class TestDnsUpdate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addressUpdateLikeDnspython_data();
    void addressUpdateLikeDnspython();
    void updateSections();
    void updateErrors();
    void queriesLikeDnspython();
};

void TestDnsUpdate::addressUpdateLikeDnspython_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("id");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("A") << "81.2.69.160" << 0x4321 << vector("update_a.bin");
    QTest::newRow("AAAA") << "2a02:8070:d18f:5a00::10" << 0x4322 << vector("update_aaaa.bin");
}

void TestDnsUpdate::addressUpdateLikeDnspython()
{
    QFETCH(QString, address);
    QFETCH(int, id);
    QFETCH(QByteArray, expected);
    auto update = makeAddressUpdate(name("example.test"), name("home.example.test"), QHostAddress(address), 300);
    QVERIFY2(update.hasValue(), qPrintable(update.hasValue() ? QString() : update.error()));
    update->id = quint16(id);
    QCOMPARE(update->encode().value().toHex(), expected.toHex());
}

void TestDnsUpdate::updateSections()
{
    const auto update = makeReplaceUpdate(name("example.test"), name("home.example.test"), RRType::A, 60,
                                          {AddressRdata{QHostAddress(QStringLiteral("81.2.69.160"))},
                                           AddressRdata{QHostAddress(QStringLiteral("81.2.69.161"))}});
    QVERIFY(update.hasValue());
    QCOMPARE(update->opcode, Opcode::Update);
    // Zone section.
    QCOMPARE(update->questions.size(), 1);
    QCOMPARE(update->questions[0], (Question{name("example.test"), RRType::SOA, RRClass::IN}));
    QVERIFY(update->answers.isEmpty());  // no prerequisites
    // Update section: delete the RRset (class ANY, TTL 0, no rdata), then add each record.
    QCOMPARE(update->authorities.size(), 3);
    QCOMPARE(update->authorities[0].rrClass, RRClass::ANY);
    QCOMPARE(update->authorities[0].ttl, 0u);
    QCOMPARE(std::get<RawRdata>(update->authorities[0].rdata).bytes, QByteArray());
    QCOMPARE(update->authorities[1].toText(), QStringLiteral("home.example.test. 60 IN A 81.2.69.160"));
    QCOMPARE(update->authorities[2].toText(), QStringLiteral("home.example.test. 60 IN A 81.2.69.161"));
    // Decoding what we encode gives the delete back as empty rdata of type A.
    const auto decoded = Message::decode(update->encode().value());
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->authorities[0].type, RRType::A);
    QCOMPARE(decoded->authorities[0].rrClass, RRClass::ANY);
}

void TestDnsUpdate::updateErrors()
{
    auto u = makeAddressUpdate(name("example.test"), name("home.other.test"), QHostAddress(QStringLiteral("81.2.69.160")), 60);
    QVERIFY(!u.hasValue());
    QCOMPARE(u.error(), QStringLiteral("home.other.test. is not inside the zone example.test."));

    u = makeReplaceUpdate(name("example.test"), name("home.example.test"), RRType::AAAA, 60,
                          {AddressRdata{QHostAddress(QStringLiteral("81.2.69.160"))}});
    QVERIFY(!u.hasValue());
    QCOMPARE(u.error(), QStringLiteral("AAAA record cannot hold the address \"81.2.69.160\""));

    u = makeReplaceUpdate(name("example.test"), name("home.example.test"), RRType::A, 60, {});
    QCOMPARE(u.error(), QStringLiteral("an update replacing home.example.test. A needs at least one record"));

    u = makeAddressUpdate(name("example.test"), name("home.example.test"), QHostAddress(QStringLiteral("81.2.69.160")), 0x80000000u);
    QCOMPARE(u.error(), QStringLiteral("TTL 2147483648 is larger than 2147483647 (RFC 2181 8)"));

    u = makeAddressUpdate(name("example.test"), name("home.example.test"), QHostAddress(), 60);
    QCOMPARE(u.error(), QStringLiteral("\"\" is not an IPv4 or IPv6 address"));
}

void TestDnsUpdate::queriesLikeDnspython()
{
    Message q = makeQuery(name("home.example.test"), RRType::A);
    q.id = 0x1234;
    QCOMPARE(q.encode().value().toHex(), vector("query_a_edns.bin").toHex());

    QueryOptions options;
    options.recursionDesired = true;
    options.edns = false;
    Message ch = makeQuery(name("whoami.cloudflare"), RRType::TXT, RRClass::CH, options);
    ch.id = 0xBEEF;
    QCOMPARE(ch.encode().value().toHex(), vector("query_ch_txt.bin").toHex());
}

QTEST_GUILESS_MAIN(TestDnsUpdate)
#include "tst_dnsupdate.moc"
