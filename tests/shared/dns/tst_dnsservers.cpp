#include "dns/dnsclient.h"
#include "dns/dnsupdate.h"
#include "dns/rcode.h"
#include "fakes/dnsservers.h"

#include <QDateTime>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// RFC 2136 updates signed with TSIG against real servers on loopback: BIND 9, Knot DNS and
// PowerDNS Authoritative, each started by the test with a zone in a temporary folder.
using namespace Qddns::Dns;
using Qddns::Test::DnsTestKey;
using Qddns::Test::DnsTestServer;

namespace {

Name name(const QString &text)
{
    return Name::fromText(text).value();
}

TsigKey tsigKey(const DnsTestKey &key)
{
    return TsigKey::fromBase64(key.name, key.algorithm, key.secret).value();
}

} // namespace

class TestDnsServers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createReplaceAndQuery_data() { serverRows(); }
    void createReplaceAndQuery();
    void everyTsigAlgorithm_data() { serverRows(); }
    void everyTsigAlgorithm();
    void wrongKeyLeavesZoneUnchanged_data();
    void wrongKeyLeavesZoneUnchanged();
    void clockSkewIsReported_data();
    void clockSkewIsReported();

private:
    static void serverRows()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("bind") << "bind";
        QTest::newRow("knot") << "knot";
        QTest::newRow("pdns") << "pdns";
    }
    // Starts the server of the current row, or skips/fails the test (returns nullptr).
    std::unique_ptr<DnsTestServer> startServer();
    DnsReply exchange(const DnsTestServer &server, const Message &request, const std::optional<TsigKey> &key = {});
    DnsReply update(const DnsTestServer &server, const QString &address, const TsigKey &key);
    // The addresses the server answers for home.example.test (as our client reads them).
    QStringList lookup(const DnsTestServer &server, RRType type);
    // The same, as `dig +short` reads them (an independent client); null if dig is missing.
    QStringList digLookup(const DnsTestServer &server, const QString &type);

    DnsClient m_client;
    qint64 m_clockSkew = 0;
};

std::unique_ptr<DnsTestServer> TestDnsServers::startServer()
{
    QFETCH(QString, kind);
    auto server = DnsTestServer::create(kind);
    if (!server) {
        QTest::qFail("unknown server kind", __FILE__, __LINE__);
        return nullptr;
    }
    if (!server->skipReason().isEmpty()) {
        QTest::qSkip(qPrintable(server->skipReason()), __FILE__, __LINE__);
        return nullptr;
    }
    if (!server->start()) {
        QTest::qFail(qPrintable(server->error()), __FILE__, __LINE__);
        return nullptr;
    }
    m_clockSkew = 0;
    m_client.setClock([this] { return QDateTime::currentSecsSinceEpoch() + m_clockSkew; });
    return server;
}

DnsReply TestDnsServers::exchange(const DnsTestServer &server, const Message &request, const std::optional<TsigKey> &key)
{
    DnsClient::Options options;
    options.tsigKey = key;
    std::optional<DnsReply> reply;
    m_client.send(request, {server.address().toString(), server.port()}, options, this, [&reply](const DnsReply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 15000)) {
        DnsReply timeout;
        timeout.error = QStringLiteral("the client's callback never ran");
        return timeout;
    }
    return *reply;
}

DnsReply TestDnsServers::update(const DnsTestServer &server, const QString &address, const TsigKey &key)
{
    const auto message = makeAddressUpdate(name(server.zone()), name(QStringLiteral("home.") + server.zone()), QHostAddress(address), 60);
    return exchange(server, message.value(), key);
}

QStringList TestDnsServers::lookup(const DnsTestServer &server, RRType type)
{
    const DnsReply reply = exchange(server, makeQuery(name(QStringLiteral("home.") + server.zone()), type));
    if (!reply.ok())
        return {QStringLiteral("error: ") + reply.error};
    QStringList addresses;
    for (const ResourceRecord &rr : reply.message.answers) {
        if (rr.type == type && rr.address())
            addresses.append(rr.address()->toString());
    }
    if (reply.message.rcode != NoError)
        addresses.append(rcodeName(reply.message.rcode));
    addresses.sort();
    return addresses;
}

QStringList TestDnsServers::digLookup(const DnsTestServer &server, const QString &type)
{
    const QString dig = QStandardPaths::findExecutable(QStringLiteral("dig"));
    if (dig.isEmpty())
        return {};
    QProcess process;
    process.start(dig, {QStringLiteral("+short"), QStringLiteral("+norecurse"), QStringLiteral("@%1").arg(server.address().toString()),
                        QStringLiteral("-p"), QString::number(server.port()), QStringLiteral("home.") + server.zone(), type});
    if (!process.waitForFinished(10000))
        return {QStringLiteral("dig did not finish")};
    QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

void TestDnsServers::createReplaceAndQuery()
{
    const auto server = startServer();
    if (!server)
        return;
    const TsigKey key = tsigKey(server->key());

    // Created.
    DnsReply reply = update(*server, QStringLiteral("81.2.69.160"), key);
    QVERIFY2(reply.ok(), qPrintable(reply.error));
    QCOMPARE(rcodeName(reply.message.fullRcode()), QStringLiteral("NOERROR"));
    QVERIFY2(reply.tsig && reply.tsig->verified(), qPrintable(reply.tsig ? reply.tsig->text : QStringLiteral("no check")));
    QCOMPARE(lookup(*server, RRType::A), QStringList{QStringLiteral("81.2.69.160")});

    // Replaced: the old address is gone.
    reply = update(*server, QStringLiteral("81.2.69.161"), key);
    QCOMPARE(rcodeName(reply.message.fullRcode()), QStringLiteral("NOERROR"));
    QVERIFY2(reply.tsig && reply.tsig->verified(), qPrintable(reply.tsig ? reply.tsig->text : QStringLiteral("no check")));
    QCOMPARE(lookup(*server, RRType::A), QStringList{QStringLiteral("81.2.69.161")});

    // AAAA on its own leaves the A record alone.
    reply = update(*server, QStringLiteral("2a02:8070:d18f:5a00::10"), key);
    QCOMPARE(rcodeName(reply.message.fullRcode()), QStringLiteral("NOERROR"));
    QVERIFY(reply.tsig && reply.tsig->verified());
    QCOMPARE(lookup(*server, RRType::AAAA), QStringList{QStringLiteral("2a02:8070:d18f:5a00::10")});
    QCOMPARE(lookup(*server, RRType::A), QStringList{QStringLiteral("81.2.69.161")});

    // An independent client sees the same.
    const QStringList digA = digLookup(*server, QStringLiteral("A"));
    if (!digA.isEmpty() || !QStandardPaths::findExecutable(QStringLiteral("dig")).isEmpty()) {
        QCOMPARE(digA, QStringList{QStringLiteral("81.2.69.161")});
        QCOMPARE(digLookup(*server, QStringLiteral("AAAA")), QStringList{QStringLiteral("2a02:8070:d18f:5a00::10")});
    }
}

void TestDnsServers::everyTsigAlgorithm()
{
    const auto server = startServer();
    if (!server)
        return;
    int n = 0;
    for (const DnsTestKey &k : server->keys()) {
        const QString address = QStringLiteral("81.2.69.%1").arg(170 + n++);
        const DnsReply reply = update(*server, address, tsigKey(k));
        QVERIFY2(reply.ok(), qPrintable(reply.error));
        QVERIFY2(reply.message.fullRcode() == NoError, qPrintable(k.algorithm + QStringLiteral(": ") + rcodeName(reply.message.fullRcode())));
        QVERIFY2(reply.tsig && reply.tsig->verified(), qPrintable(k.algorithm + QStringLiteral(": ") + (reply.tsig ? reply.tsig->text : QString())));
        QCOMPARE(lookup(*server, RRType::A), QStringList{address});
    }
    QCOMPARE(n, 5);
}

void TestDnsServers::wrongKeyLeavesZoneUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("rcode");
    QTest::addColumn<TsigCheck::Status>("tsigStatus");
    QTest::addColumn<QString>("tsigError");
    QTest::addColumn<QString>("unknownKeyError");
    // BIND and Knot answer NOTAUTH with a TSIG record carrying BADSIG or BADKEY (and no MAC,
    // RFC 8945 5.3.2); PowerDNS answers REFUSED without a TSIG record.
    QTest::newRow("bind") << "bind" << "NOTAUTH" << TsigCheck::Status::ServerError << "BADSIG" << "BADKEY";
    QTest::newRow("knot") << "knot" << "NOTAUTH" << TsigCheck::Status::ServerError << "BADSIG" << "BADKEY";
    QTest::newRow("pdns") << "pdns" << "REFUSED" << TsigCheck::Status::Unsigned << "NOERROR" << "NOERROR";
}

void TestDnsServers::wrongKeyLeavesZoneUnchanged()
{
    QFETCH(QString, rcode);
    QFETCH(TsigCheck::Status, tsigStatus);
    QFETCH(QString, tsigError);
    QFETCH(QString, unknownKeyError);
    const auto server = startServer();
    if (!server)
        return;
    const TsigKey key = tsigKey(server->key());
    QCOMPARE(update(*server, QStringLiteral("81.2.69.160"), key).message.fullRcode(), quint16(NoError));

    // The right key name with another secret.
    TsigKey wrong = key;
    wrong.secret = QByteArray(32, 'x');
    DnsReply reply = update(*server, QStringLiteral("81.2.69.99"), wrong);
    QVERIFY2(reply.ok(), qPrintable(reply.error));
    QCOMPARE(rcodeName(reply.message.fullRcode()), rcode);
    QVERIFY(reply.tsig.has_value());
    QCOMPARE(reply.tsig->status, tsigStatus);
    QCOMPARE(tsigErrorName(reply.tsig->error), tsigError);
    QVERIFY(!reply.tsig->verified());

    // A key the server does not know.
    TsigKey unknown = key;
    unknown.name = name(QStringLiteral("nobody-key"));
    reply = update(*server, QStringLiteral("81.2.69.98"), unknown);
    QVERIFY2(reply.ok(), qPrintable(reply.error));
    QCOMPARE(rcodeName(reply.message.fullRcode()), rcode);
    QCOMPARE(reply.tsig->status, tsigStatus);
    QCOMPARE(tsigErrorName(reply.tsig->error), unknownKeyError);

    QCOMPARE(lookup(*server, RRType::A), QStringList{QStringLiteral("81.2.69.160")});
    if (!QStandardPaths::findExecutable(QStringLiteral("dig")).isEmpty())
        QCOMPARE(digLookup(*server, QStringLiteral("A")), QStringList{QStringLiteral("81.2.69.160")});
}

void TestDnsServers::clockSkewIsReported_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("rcode");
    QTest::addColumn<TsigCheck::Status>("tsigStatus");
    QTest::addColumn<QString>("tsigError");
    // BIND and Knot sign a BADTIME answer carrying their clock; PowerDNS refuses without a TSIG.
    QTest::newRow("bind") << "bind" << "NOTAUTH" << TsigCheck::Status::ServerError << "BADTIME";
    QTest::newRow("knot") << "knot" << "NOTAUTH" << TsigCheck::Status::ServerError << "BADTIME";
    QTest::newRow("pdns") << "pdns" << "REFUSED" << TsigCheck::Status::Unsigned << "NOERROR";
}

void TestDnsServers::clockSkewIsReported()
{
    QFETCH(QString, rcode);
    QFETCH(TsigCheck::Status, tsigStatus);
    QFETCH(QString, tsigError);
    const auto server = startServer();
    if (!server)
        return;
    m_clockSkew = -1000;  // our clock 1000 s behind the server's
    const DnsReply reply = update(*server, QStringLiteral("81.2.69.160"), tsigKey(server->key()));
    QVERIFY2(reply.ok(), qPrintable(reply.error));
    QCOMPARE(rcodeName(reply.message.fullRcode()), rcode);
    QVERIFY(reply.tsig.has_value());
    QCOMPARE(reply.tsig->status, tsigStatus);
    QCOMPARE(tsigErrorName(reply.tsig->error), tsigError);
    if (tsigError == QLatin1String("BADTIME")) {
        // The server's clock is ours plus 1000 s, give or take the test's own run time.
        QVERIFY2(reply.tsig->clockOffset >= 995 && reply.tsig->clockOffset <= 1005, qPrintable(reply.tsig->text));
    }
    QCOMPARE(lookup(*server, RRType::A), QStringList{QStringLiteral("NXDOMAIN")});
}

QTEST_GUILESS_MAIN(TestDnsServers)
#include "tst_dnsservers.moc"
