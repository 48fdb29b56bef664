// RFC 2136 end to end: the real qddns-agent updating a real BIND 9, Knot DNS and PowerDNS on
// loopback (each started by the test with a TSIG-protected zone example.test), through `once`
// and `run`. Between the agent and the server a recording relay passes every datagram through
// unchanged (the TSIG stays end to end), so the test sees exactly which messages the agent sent.
// Per server: A and AAAA created; a second run with the same address sends no UPDATE; a changed
// IPv4 address replaces the A record and leaves AAAA alone; a wrong key leaves the zone unchanged
// and holds the record, which then sends nothing at all.
#include "dns/dnsclient.h"
#include "dns/dnsupdate.h"
#include "fakes/dnsservers.h"
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakes/process.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QTemporaryDir>
#include <QUdpSocket>

#include <csignal>

using namespace Qddns;
using namespace Qddns::Test;

namespace {

const QString kV4 = "81.2.69.160";
const QString kV4b = "81.2.69.161";
const QString kV4c = "81.2.69.162";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHost = "home.example.test";

// Forwards each request to the server and its answer back, recording the opcode and question.
class RecordingRelay
{
public:
    bool listen(quint16 serverPort)
    {
        m_serverPort = serverPort;
        m_responder.setHandler([this](const ReceivedDnsRequest &r) { return forward(r); });
        return m_responder.listen();
    }
    quint16 port() const { return m_responder.port(); }
    /// "QUERY home.example.test. A", "UPDATE example.test. SOA", in order.
    QStringList sent() const
    {
        QStringList list;
        for (const ReceivedDnsRequest &r : m_responder.requests()) {
            const Dns::Question q = r.message.questions.value(0);
            list.append(QString(r.message.opcode == Dns::Opcode::Update ? "UPDATE " : "QUERY ") + q.name.toText() + ' '
                        + Dns::typeName(q.type));
        }
        return list;
    }
    qsizetype count() const { return m_responder.requests().size(); }

private:
    QList<QByteArray> forward(const ReceivedDnsRequest &r)
    {
        // The server is another process: waiting for it here blocks nothing it needs.
        QUdpSocket socket;
        socket.bind(QHostAddress::LocalHost, 0);
        socket.writeDatagram(r.wire, QHostAddress::LocalHost, m_serverPort);
        if (!socket.waitForReadyRead(5000))
            return {};
        return {socket.receiveDatagram().data()};
    }

    FakeDnsResponder m_responder;
    quint16 m_serverPort = 0;
};

} // namespace

class TstAgentRfc2136 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void onceCreatesReplacesAndHolds_data() { serverRows(); }
    void onceCreatesReplacesAndHolds();
    void runUpdates_data() { serverRows(); }
    void runUpdates();

private:
    static void serverRows()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("bind") << "bind";
        QTest::newRow("knot") << "knot";
        QTest::newRow("pdns") << "pdns";
    }
    bool startServer();
    void writeConfig();
    ProcessRun agent(const QStringList &args);
    QStringList results(const ProcessRun &run) const;
    // What the server itself answers for the host (asked directly, not through the relay).
    QStringList served(Dns::RRType type);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DnsTestServer> m_server;
    std::unique_ptr<RecordingRelay> m_relay;
    std::unique_ptr<FakeHttpServer> m_echo;
    QString m_v4 = kV4;
    QString m_secretFile;
    QStringList m_moreNameservers; // asked for propagation beside the server itself
};

void TstAgentRfc2136::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secretFile = m_dir->filePath("tsig.secret");
    m_v4 = kV4;
    m_moreNameservers.clear();
    m_echo = std::make_unique<FakeHttpServer>();
    QVERIFY(m_echo->listen());
    m_echo->setHandler([this](const RecordedRequest &r) { return FakeReply{200, (r.path == "/v6" ? kV6 : m_v4).toLatin1() + '\n'}; });
}

void TstAgentRfc2136::cleanup()
{
    m_relay.reset();
    m_server.reset();
    m_echo.reset();
    m_dir.reset();
}

bool TstAgentRfc2136::startServer()
{
    QFETCH(QString, kind);
    m_server = DnsTestServer::create(kind);
    if (!m_server->skipReason().isEmpty()) {
        QTest::qSkip(qPrintable(m_server->skipReason()), __FILE__, __LINE__);
        return false;
    }
    if (!m_server->start()) {
        QTest::qFail(qPrintable(m_server->error()), __FILE__, __LINE__);
        return false;
    }
    m_relay = std::make_unique<RecordingRelay>();
    if (!m_relay->listen(m_server->port())) {
        QTest::qFail("the relay cannot listen", __FILE__, __LINE__);
        return false;
    }
    return true;
}

void TstAgentRfc2136::writeConfig()
{
    const DnsTestKey key = m_server->key("hmac-sha512"); // not the default: the algorithm option is used
    QVERIFY(writeSecretFile(m_secretFile, key.secret));
    const QString echo = m_echo->baseUrl().toString();
    const QJsonObject config{
        {"version", 1},
        {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", echo + "/v4"}}}},
                                  {"ipv6", QJsonArray{QJsonObject{{"type", "web"}, {"url", echo + "/v6"}}}}}},
        {"profiles", QJsonArray{QJsonObject{{"name", "zone"},
                                            {"provider", "rfc2136"},
                                            {"dnsServer", QString("127.0.0.1:%1").arg(m_relay->port())},
                                            {"zone", m_server->zone()},
                                            {"keyName", key.name},
                                            {"algorithm", key.algorithm},
                                            {"ttl", 120},
                                            {"hosts", QJsonArray{kHost}},
                                            {"ipv6", true},
                                            // Propagation (run only): the server itself, not the relay.
                                            {"nameservers", QJsonArray::fromStringList(QStringList{QString("127.0.0.1:%1").arg(m_server->port())}
                                                                                       + m_moreNameservers)},
                                            {"secret", QJsonObject{{"source", "file"}, {"path", m_secretFile}}}}}}};
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(QJsonDocument(config).toJson()) > 0);
}

ProcessRun TstAgentRfc2136::agent(const QStringList &args)
{
    return runAgent(args + QStringList{"--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state")});
}

QStringList TstAgentRfc2136::results(const ProcessRun &run) const
{
    QStringList list;
    for (const QJsonValue &v : run.results()) {
        const QJsonObject o = v.toObject();
        list.append(o.value("type").toString() + '=' + o.value("result").toString() + '/' + o.value("code").toString());
    }
    list.sort(); // records the planner settles come before those sent
    return list;
}

QStringList TstAgentRfc2136::served(Dns::RRType type)
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

void TstAgentRfc2136::onceCreatesReplacesAndHolds()
{
    if (!startServer())
        return;
    writeConfig();
    const QString query = "QUERY " + kHost + ". ";
    const QString update = "UPDATE " + m_server->zone() + ". SOA";

    // Created: each family read, then written with one signed UPDATE.
    ProcessRun once = agent({"once", "--json"});
    QVERIFY2(once.exitCode == 0, once.err.constData());
    QCOMPARE(results(once), (QStringList{"A=updated/updated", "AAAA=updated/updated"}));
    QCOMPARE(m_relay->sent(), (QStringList{query + "A", update, query + "AAAA", update}));
    QCOMPARE(served(Dns::RRType::A), QStringList{kV4 + " ttl 120"});
    QCOMPARE(served(Dns::RRType::AAAA), QStringList{kV6 + " ttl 120"});

    // The same address again, forced past the state: read, found, nothing written.
    qsizetype before = m_relay->count();
    once = agent({"once", "--json", "--force"});
    QVERIFY2(once.exitCode == 0, once.err.constData());
    QCOMPARE(results(once), (QStringList{"A=unchanged/unchanged", "AAAA=unchanged/unchanged"}));
    QCOMPARE(m_relay->sent().mid(before), (QStringList{query + "A", query + "AAAA"}));

    // A new IPv4 address replaces the A record; AAAA is not touched.
    m_v4 = kV4b;
    before = m_relay->count();
    once = agent({"once", "--json"});
    QVERIFY2(once.exitCode == 0, once.err.constData());
    QCOMPARE(results(once), (QStringList{"A=updated/updated", "AAAA=unchanged/current"}));
    QCOMPARE(m_relay->sent().mid(before), (QStringList{query + "A", update}));
    QCOMPARE(served(Dns::RRType::A), QStringList{kV4b + " ttl 120"});
    QCOMPARE(served(Dns::RRType::AAAA), QStringList{kV6 + " ttl 120"});

    // A wrong secret: the server refuses, the zone keeps its record, the record is held.
    QByteArray wrong(64, 'k');
    QVERIFY(writeSecretFile(m_secretFile, wrong.toBase64()));
    m_v4 = kV4c;
    once = agent({"once", "--json"});
    QCOMPARE(once.exitCode, 1);
    QCOMPARE(results(once), (QStringList{"A=held/auth-failed", "AAAA=unchanged/current"}));
    QCOMPARE(served(Dns::RRType::A), QStringList{kV4b + " ttl 120"});
    // Held: nothing is sent, not even the read, until the profile or its secret changes.
    before = m_relay->count();
    once = agent({"once", "--json"});
    QCOMPARE(results(once), (QStringList{"A=held/held", "AAAA=unchanged/current"}));
    QCOMPARE(m_relay->count(), before);
    QVERIFY2(!once.out.contains(wrong.toBase64()) && !once.err.contains(wrong.toBase64()), "the secret was printed");
}

void TstAgentRfc2136::runUpdates()
{
    if (!startServer())
        return;
    writeConfig();
    QProcess running;
    running.start(QDDNS_AGENT_BINARY, {"run", "--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state"),
                                        "--socket", m_dir->filePath("agent.socket")});
    QVERIFY(running.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += running.readAllStandardError()).contains(kHost.toUtf8() + " AAAA: updated"), 20000);
    QCOMPARE(served(Dns::RRType::A), QStringList{kV4 + " ttl 120"});
    QCOMPARE(served(Dns::RRType::AAAA), QStringList{kV6 + " ttl 120"});

    // Every named server answers what was published: `status` says propagated.
    const QString socket = m_dir->filePath("agent.socket");
    const QByteArray propagated = QString("propagated: 127.0.0.1:%1 answers ").arg(m_server->port()).toUtf8();
    ProcessRun status;
    QTRY_VERIFY_WITH_TIMEOUT((status = runAgent({"status", "--socket", socket})).out.count(propagated) == 2, 20000);
    QVERIFY2(status.out.contains(propagated + kV4.toUtf8()) && status.out.contains(propagated + kV6.toUtf8()), status.out.constData());
    status = runAgent({"status", "--json", "--socket", socket});
    const QJsonObject record = QJsonDocument::fromJson(status.out).object().value("profiles").toArray().at(0).toObject()
                                   .value("hosts").toArray().at(0).toObject().value("records").toArray().at(0).toObject();
    const QJsonObject propagation = record.value("propagation").toObject();
    QCOMPARE(propagation.value("state").toString(), QString("propagated"));
    QCOMPARE(propagation.value("address").toString(), kV4);
    QCOMPARE(propagation.value("servers").toArray().at(0).toObject().value("state").toString(), QString("current"));

    // Asked for a cycle after the address changed: the running agent replaces the A record.
    m_v4 = kV4b;
    const ProcessRun update = runAgent({"update", "--socket", socket});
    QVERIFY2(update.exitCode == 0, update.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(served(Dns::RRType::A), QStringList{kV4b + " ttl 120"}, 20000);
    // The new update starts a new check: propagated again, with the new address.
    QTRY_VERIFY_WITH_TIMEOUT(runAgent({"status", "--socket", socket}).out.contains(propagated + kV4b.toUtf8()), 20000);

    // A second authoritative server that never answers: after the next update the record stays
    // `published` while the agent keeps asking, and `status` says how many servers answer.
    FakeDnsResponder silent;
    QVERIFY(silent.listen());
    silent.setHandler([](const ReceivedDnsRequest &) { return QList<QByteArray>{}; });
    m_moreNameservers = {QString("127.0.0.1:%1").arg(silent.port())};
    writeConfig();
    ::kill(pid_t(running.processId()), SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT((log += running.readAllStandardError()).contains("configuration reloaded"), 20000);
    m_v4 = kV4c;
    QVERIFY(runAgent({"update", "--socket", socket}).exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(served(Dns::RRType::A), QStringList{kV4c + " ttl 120"}, 20000);
    const QByteArray checking = "published, checking: 1 of 2 servers answer " + kV4c.toUtf8();
    QTRY_VERIFY_WITH_TIMEOUT((status = runAgent({"status", "--socket", socket})).out.contains(checking), 20000);
    QVERIFY2(status.out.contains(propagated + kV6.toUtf8()), status.out.constData()); // AAAA was not updated again
    QTRY_VERIFY_WITH_TIMEOUT(silent.requests().size() >= 1, 20000);
    ::kill(pid_t(running.processId()), SIGTERM);
    QVERIFY(running.waitForFinished(6000));
    QCOMPARE(running.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TstAgentRfc2136)
#include "tst_agentrfc2136.moc"
