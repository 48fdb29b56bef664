// Issue 16, load, against the real qddns-agent:
// - 100 socket clients at once, each subscribed and asking for the status again as soon as it has
//   its answer, for QDDNS_LOAD_SECONDS (5 s here; tests/bench/socket-load runs the full minute):
//   every request answered, the agent's memory back within 2 MiB of where it started each time;
// - 1,000 hosts in 100 profiles against one loopback provider: one detection per family, every
//   host updated, never more requests at once than the per-server limit, the round's time printed.
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakes/process.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns::Test;

namespace {

// The agent's resident memory in KiB (VmRSS), 0 when unreadable.
qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// One socket client: hello, subscribe, then status after status until stopped.
class LoadClient : public QObject
{
public:
    LoadClient(const QString &path, QObject *parent) : QObject(parent), m_socket(new QLocalSocket(this))
    {
        connect(m_socket, &QLocalSocket::readyRead, this, [this] { read(); });
        connect(m_socket, &QLocalSocket::connected, this, [this] {
            send("hello", {{"protocol", 2}, {"client", "tst_faultload"}});
            send("subscribe", {});
            send("status", {});
        });
        m_socket->connectToServer(path);
    }
    void stop() { m_stopping = true; }
    bool idle() const { return m_sent == m_answered; }
    int sent() const { return m_sent; }
    int answered() const { return m_answered; }
    int errors() const { return m_errors; }
    int events() const { return m_events; }
    bool connected() const { return m_socket->state() == QLocalSocket::ConnectedState; }
    void close() { m_socket->disconnectFromServer(); }

private:
    void send(const char *method, const QJsonObject &params)
    {
        const QJsonObject message{{"id", ++m_sent}, {"method", QLatin1String(method)}, {"params", params}};
        m_socket->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    }
    void read()
    {
        m_buffer += m_socket->readAll();
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            const QJsonObject m = QJsonDocument::fromJson(m_buffer.left(newline)).object();
            m_buffer.remove(0, newline + 1);
            if (m.contains("event")) {
                ++m_events;
                continue;
            }
            ++m_answered;
            m_errors += m.contains("error") ? 1 : 0;
            if (m.value("id").toInt() >= 3 && !m_stopping)
                send("status", {});
        }
    }
    QLocalSocket *m_socket;
    QByteArray m_buffer;
    int m_sent = 0;
    int m_answered = 0;
    int m_errors = 0;
    int m_events = 0;
    bool m_stopping = false;
};

} // namespace

class TstFaultLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void hundredSocketClients();
    void thousandHostsInOneRound();

private:
    QJsonObject config(int profiles, int hostsPerProfile) const;
    void writeConfig(const QJsonObject &config);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
};

void TstFaultLoad::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(writeSecretFile(m_dir->filePath("secret"), "load-s3cret"));
    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));
    m_echo->setHandler([](const RecordedRequest &r) {
        return FakeReply{200, r.path == QLatin1String("/v6") ? "2a02:8070:d18f:5a00::10\n" : "81.2.69.160\n"};
    });
}

void TstFaultLoad::cleanup()
{
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

QJsonObject TstFaultLoad::config(int profiles, int hostsPerProfile) const
{
    QJsonArray list;
    for (int p = 0; p < profiles; ++p) {
        QJsonArray hosts;
        for (int h = 0; h < hostsPerProfile; ++h)
            hosts.append(QStringLiteral("h%1.p%2.example.org").arg(h).arg(p));
        list.append(QJsonObject{{"name", QStringLiteral("p%1").arg(p)}, {"provider", "dyndns2"},
                                {"server", m_provider->baseUrl().toString()}, {"hosts", hosts}, {"username", "alice"},
                                {"ipv6", true},
                                {"secret", QJsonObject{{"source", "file"}, {"path", m_dir->filePath("secret")}}}});
    }
    const QString echo = m_echo->baseUrl().toString();
    return {{"version", 1},
            {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
            {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", echo + "/v4"}}}},
                                      {"ipv6", QJsonArray{QJsonObject{{"type", "web"}, {"url", echo + "/v6"}}}}}},
            {"profiles", list}};
}

void TstFaultLoad::writeConfig(const QJsonObject &config)
{
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(config).toJson());
}

void TstFaultLoad::hundredSocketClients()
{
    writeConfig(config(3, 2));
    const QString socket = m_dir->filePath("agent.socket");
    QProcess agent;
    agent.start(QStringLiteral(QDDNS_AGENT_BINARY),
                {"run", "--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state"), "--socket", socket});
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir->filePath("state/state.json")), 10000); // first cycle done
    // A first client and its answers warm up what every client uses.
    {
        auto *warm = new LoadClient(socket, this);
        QTRY_VERIFY_WITH_TIMEOUT(warm->answered() >= 10, 10000);
        warm->stop();
        QTRY_VERIFY_WITH_TIMEOUT(warm->idle(), 5000);
        warm->close();
        delete warm;
    }
    const qint64 baseline = residentKiB(agent.processId());
    QVERIFY(baseline > 0);

    const int seconds = qEnvironmentVariableIntValue("QDDNS_LOAD_SECONDS") > 0 ? qEnvironmentVariableIntValue("QDDNS_LOAD_SECONDS") : 5;
    // Two bursts of half the time each; after each, the memory goes back near where it started.
    QList<qint64> after;
    for (int burst = 0; burst < 2; ++burst) {
        QList<LoadClient *> clients;
        for (int i = 0; i < 100; ++i)
            clients.append(new LoadClient(socket, this));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.cbegin(), clients.cend(), [](LoadClient *c) { return c->connected(); }), 10000);
        QElapsedTimer elapsed;
        elapsed.start();
        qint64 peak = baseline;
        int detects = 0;
        while (elapsed.elapsed() < seconds * 500) {
            QTest::qWait(100);
            peak = std::max(peak, residentKiB(agent.processId()));
            // Now and then a detection, so that the subscribers get events too.
            if (elapsed.elapsed() > (detects + 1) * 1000) {
                ++detects;
                QLocalSocket trigger;
                trigger.connectToServer(socket);
                if (trigger.waitForConnected(1000)) {
                    trigger.write("{\"id\":1,\"method\":\"hello\",\"params\":{\"protocol\":2,\"client\":\"t\"}}\n"
                                  "{\"id\":2,\"method\":\"detect\"}\n");
                    trigger.waitForBytesWritten(1000);
                }
            }
        }
        for (LoadClient *c : clients)
            c->stop();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.cbegin(), clients.cend(), [](LoadClient *c) { return c->idle(); }), 20000);
        int answered = 0;
        int events = 0;
        for (LoadClient *c : clients) {
            QCOMPARE(c->errors(), 0);
            QVERIFY(c->answered() > 3); // each got past hello and subscribe, and some status replies
            answered += c->answered();
            events += c->events();
        }
        for (LoadClient *c : clients)
            c->close();
        qDeleteAll(clients);
        // Once the agent has seen them go, it is back near where it started (a generous bound).
        qint64 resident = 0;
        if (kAddressSanitizer) // ASan's quarantine and shadow memory: only the figure is printed
            resident = residentKiB(agent.processId());
        else
            QTRY_VERIFY2_WITH_TIMEOUT((resident = residentKiB(agent.processId())) < baseline + 2048,
                                      qPrintable(QStringLiteral("%1 -> %2 KiB").arg(baseline).arg(resident)), 10000);
        after.append(resident);
        qInfo("burst %d: 100 clients for %.1f s: %d requests answered (%.0f/s), %d events; agent RSS %lld KiB before, "
              "%lld KiB peak, %lld KiB after", burst + 1, seconds / 2.0, answered, answered / (seconds / 2.0), events,
              baseline, peak, after.last());
    }
    QCOMPARE(agent.state(), QProcess::Running);
    agent.terminate();
    QVERIFY(agent.waitForFinished(10000));
}

void TstFaultLoad::thousandHostsInOneRound()
{
    writeConfig(config(100, 10));
    // A little time per answer, so that requests overlap if the agent lets them.
    m_provider->setHandler([](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r), {}, 5}; });
    QElapsedTimer elapsed;
    elapsed.start();
    const ProcessRun run = runAgent({"once", "--json", "--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state")},
                                    QProcessEnvironment::systemEnvironment(), {}, 120000);
    const qint64 ms = elapsed.elapsed();
    QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
    int v4 = 0, v6 = 0;
    for (const RecordedRequest &r : m_echo->requests())
        (r.path == QLatin1String("/v6") ? v6 : v4)++;
    QCOMPARE(v4, 1);
    QCOMPARE(v6, 1);
    // DynDNS2 takes up to 20 hosts and both families in one request: one request per profile.
    QCOMPARE(m_provider->requests().size(), 100);
    QSet<QString> hosts;
    for (const RecordedRequest &r : m_provider->requests()) {
        QCOMPARE(r.queryValue("myip"), QStringLiteral("81.2.69.160,2a02:8070:d18f:5a00::10"));
        for (const QString &host : r.queryValue("hostname").split(QLatin1Char(',')))
            hosts.insert(host);
    }
    QCOMPARE(hosts.size(), 1000);
    const QJsonArray results = run.results();
    QCOMPARE(results.size(), 2000);
    for (const QJsonValue &v : results)
        QCOMPARE(v.toObject().value("result").toString(), QStringLiteral("updated"));
    // The per-server limit (2) holds, and is used.
    QCOMPARE(m_provider->maxConcurrentRequests(), 2);
    qInfo("1000 hosts (2000 records) in 100 profiles: one round in %lld ms (the agent started and ended within it), "
          "%lld requests, at most %d at once", ms, qint64(m_provider->requests().size()), m_provider->maxConcurrentRequests());
}

QTEST_GUILESS_MAIN(TstFaultLoad)
#include "tst_faultload.moc"
