// The powerdns provider end to end: the real qddns-agent (`once`) updating a real PowerDNS
// Authoritative server on loopback through its HTTP API (plain HTTP on 127.0.0.1, as the server's
// built-in web server speaks it; allowInsecureHttp says so). A and AAAA are created, the same
// address again writes nothing, a changed IPv4 address replaces the A record keeping its TTL, and
// a wrong API key leaves the zone unchanged and holds the record. What the server holds is read
// back with DNS queries to it.
#include "dns/dnsclient.h"
#include "dns/dnsupdate.h"
#include "fakes/dnsservers.h"
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakes/process.h"

#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qddns;
using namespace Qddns::Test;

namespace {

const QString kV4 = "81.2.69.160";
const QString kV4b = "81.2.69.161";
const QString kV4c = "81.2.69.162";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHost = "home.example.test";

} // namespace

class TstAgentPowerDns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void onceCreatesReplacesAndHolds();

private:
    void writeConfig(int ttl);
    ProcessRun agent(const QStringList &args);
    QStringList results(const ProcessRun &run) const;
    QStringList served(Dns::RRType type);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DnsTestServer> m_server;
    std::unique_ptr<FakeHttpServer> m_echo;
    QString m_v4 = kV4;
    QString m_secretFile;
};

void TstAgentPowerDns::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secretFile = m_dir->filePath("api.key");
    m_v4 = kV4;
    m_echo = std::make_unique<FakeHttpServer>();
    QVERIFY(m_echo->listen());
    m_echo->setHandler([this](const RecordedRequest &r) { return FakeReply{200, (r.path == "/v6" ? kV6 : m_v4).toLatin1() + '\n'}; });
}

void TstAgentPowerDns::cleanup()
{
    m_server.reset();
    m_echo.reset();
    m_dir.reset();
}

void TstAgentPowerDns::writeConfig(int ttl)
{
    QJsonObject profile{{"name", "pdns"},
                        {"provider", "powerdns"},
                        {"server", QString("http://127.0.0.1:%1").arg(m_server->apiPort())},
                        {"allowInsecureHttp", true},
                        {"zone", m_server->zone()},
                        {"hosts", QJsonArray{kHost}},
                        {"ipv6", true},
                        {"secret", QJsonObject{{"source", "file"}, {"path", m_secretFile}}}};
    if (ttl > 0)
        profile.insert("ttl", ttl);
    const QString echo = m_echo->baseUrl().toString();
    const QJsonObject config{
        {"version", 1},
        {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", echo + "/v4"}}}},
                                  {"ipv6", QJsonArray{QJsonObject{{"type", "web"}, {"url", echo + "/v6"}}}}}},
        {"profiles", QJsonArray{profile}}};
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(QJsonDocument(config).toJson()) > 0);
}

ProcessRun TstAgentPowerDns::agent(const QStringList &args)
{
    return runAgent(args + QStringList{"--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state")});
}

QStringList TstAgentPowerDns::results(const ProcessRun &run) const
{
    QStringList list;
    for (const QJsonValue &v : run.results()) {
        const QJsonObject o = v.toObject();
        list.append(o.value("type").toString() + '=' + o.value("result").toString() + '/' + o.value("code").toString());
    }
    list.sort();
    return list;
}

QStringList TstAgentPowerDns::served(Dns::RRType type)
{
    Dns::DnsClient client;
    std::optional<Dns::DnsReply> reply;
    client.send(Dns::makeQuery(Dns::Name::fromText(kHost).value(), type), {"127.0.0.1", m_server->port()}, {}, this,
                [&reply](const Dns::DnsReply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 10000) || !reply->ok())
        return {"no answer"};
    QStringList list;
    for (const Dns::ResourceRecord &rr : reply->message.answers) {
        if (rr.type == type && rr.address())
            list.append(rr.address()->toString() + QString(" ttl %1").arg(rr.ttl));
    }
    list.sort();
    return list;
}

void TstAgentPowerDns::onceCreatesReplacesAndHolds()
{
    m_server = DnsTestServer::create("pdns");
    if (!m_server->skipReason().isEmpty())
        QSKIP(qPrintable(m_server->skipReason()));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    QVERIFY(m_server->apiPort() != 0);
    // The web server may come up a moment after the DNS listener the start waited for.
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_server->apiPort());
            return probe.waitForConnected(200);
        }(),
        10000);
    QVERIFY(writeSecretFile(m_secretFile, m_server->apiKey()));

    // Created: both RRsets, with the profile's TTL.
    writeConfig(120);
    ProcessRun once = agent({"once", "--json"});
    QVERIFY2(once.exitCode == 0, once.out.constData());
    QCOMPARE(results(once), (QStringList{"A=updated/updated", "AAAA=updated/updated"}));
    QCOMPARE(served(Dns::RRType::A), QStringList{kV4 + " ttl 120"});
    QCOMPARE(served(Dns::RRType::AAAA), QStringList{kV6 + " ttl 120"});

    // The same address again, forced past the state: read and found current.
    once = agent({"once", "--json", "--force"});
    QVERIFY2(once.exitCode == 0, once.out.constData());
    QCOMPARE(results(once), (QStringList{"A=unchanged/unchanged", "AAAA=unchanged/unchanged"}));

    // Replaced: a profile without a TTL keeps the RRset's 120; AAAA (read again, as the profile
    // changed) is not written.
    writeConfig(0);
    m_v4 = kV4b;
    once = agent({"once", "--json"});
    QVERIFY2(once.exitCode == 0, once.out.constData());
    QCOMPARE(results(once), (QStringList{"A=updated/updated", "AAAA=unchanged/unchanged"}));
    QCOMPARE(served(Dns::RRType::A), QStringList{kV4b + " ttl 120"});
    QCOMPARE(served(Dns::RRType::AAAA), QStringList{kV6 + " ttl 120"});

    // A wrong API key: refused, the zone keeps its record, the record is held and nothing printed of the key.
    const QByteArray wrong = "wrong-" + m_server->apiKey();
    QVERIFY(writeSecretFile(m_secretFile, wrong));
    m_v4 = kV4c;
    once = agent({"once", "--json"});
    QCOMPARE(once.exitCode, 1);
    QCOMPARE(results(once), (QStringList{"A=held/auth-failed", "AAAA=unchanged/current"}));
    QCOMPARE(served(Dns::RRType::A), QStringList{kV4b + " ttl 120"});
    once = agent({"once", "--json"});
    QCOMPARE(results(once), (QStringList{"A=held/held", "AAAA=unchanged/current"}));
    QVERIFY2(!once.out.contains(wrong) && !once.err.contains(wrong), "the key was printed");
}

QTEST_GUILESS_MAIN(TstAgentPowerDns)
#include "tst_agentpowerdns.moc"
