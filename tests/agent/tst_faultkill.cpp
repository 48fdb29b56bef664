// Issue 16, faults: `kill -9` of the real agent at random moments while it writes its state and
// its configuration, 200 times (QDDNS_FAULT_KILLS overrides). A client keeps it writing: forced
// updates of 100 records (state.json, history) and config.set (config.json) back to back. After
// every kill both files parse; after the last one the agent publishes only what its state does
// not show as published (the provider counts the hosts it is sent).
#include "fakes/fakehttpserver.h"
#include "fakes/faultagent.h"
#include "fakes/fixtures.h"
#include "fakes/process.h"
#include "ipc/agentclient.h"
#include "ipc/protocol.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qddns;
using namespace Qddns::Test;

namespace {
constexpr int kProfiles = 10;
constexpr int kHostsPerProfile = 3;
const QString kAddress = QStringLiteral("81.2.69.160");
} // namespace

class TstFaultKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void killedWhileWritingLeavesIntactFiles();
    void configSetDuringACycleKeepsItsRequests_data();
    void configSetDuringACycleKeepsItsRequests();

private:
    QJsonObject config(int interval, const QString &caFile = FakeHttpServer::caFile()) const;
    QStringList publishedHosts() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
};

void TstFaultKill::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(writeSecretFile(m_dir->filePath("secret"), "kill-s3cret"));
    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));
}

QJsonObject TstFaultKill::config(int interval, const QString &caFile) const
{
    QJsonArray profiles;
    for (int p = 0; p < kProfiles; ++p) {
        QJsonArray hosts;
        for (int h = 0; h < kHostsPerProfile; ++h)
            hosts.append(QStringLiteral("h%1.p%2.example.org").arg(h).arg(p));
        profiles.append(QJsonObject{{"name", QStringLiteral("p%1").arg(p)}, {"provider", "dyndns2"},
                                    {"server", m_provider->baseUrl().toString()}, {"hosts", hosts}, {"username", "alice"},
                                    {"secret", QJsonObject{{"source", "file"}, {"path", m_dir->filePath("secret")}}}});
    }
    // Only the interval differs between the documents config.set alternates: the records stay.
    return {{"version", 1}, {"interval", interval},
            {"timeout", 3},
            {"tls", QJsonObject{{"caFile", caFile}}},
            {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString() + "/ip"}}}},
                                      {"ipv6", QJsonArray{}}}},
            {"profiles", profiles}};
}

// The keys ("profile/host/type") of every record state.json shows as published at the current address.
QStringList TstFaultKill::publishedHosts() const
{
    QStringList hosts;
    const QJsonObject records = readJsonObject(m_dir->filePath("state/state.json")).value("records").toObject();
    for (auto it = records.begin(); it != records.end(); ++it) {
        if (it.value().toObject().value("address").toString() == kAddress)
            hosts.append(it.key());
    }
    return hosts;
}

void TstFaultKill::killedWhileWritingLeavesIntactFiles()
{
    const QString configPath = m_dir->filePath("config.json");
    {
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config(300)).toJson());
    }
    const int kills = qEnvironmentVariableIntValue("QDDNS_FAULT_KILLS") > 0 ? qEnvironmentVariableIntValue("QDDNS_FAULT_KILLS") : 200;
    const QString socket = m_dir->filePath("agent.socket");
    const QStringList args{"run", "--config", configPath, "--state-dir", m_dir->filePath("state"), "--socket", socket};
    QRandomGenerator random(20261207); // a fixed seed: a failure can be replayed
    QElapsedTimer elapsed;
    elapsed.start();
    int configWrites = 0;
    int stateSeen = 0;
    qint64 window = 0; // how long the work takes, measured by the first round
    qint64 startupMs = 0;
    for (int i = 0; i < kills; ++i) {
        QProcess agent;
        agent.start(QStringLiteral(QDDNS_AGENT_BINARY), args);
        QVERIFY(agent.waitForStarted());
        QElapsedTimer startup;
        startup.start();
        Ipc::AgentClient client(socket, QStringLiteral("tst_faultkill"));
        // Until the agent listens, the socket file is missing or the killed one's: try again soon.
        connect(&client, &Ipc::AgentClient::connectFailed, &client,
                [&client] { QTimer::singleShot(5, &client, [&client] { client.connectToAgent(); }); });
        client.connectToAgent();
        QTRY_VERIFY_WITH_TIMEOUT(client.isConnected() || agent.state() != QProcess::Running, 10000);
        QVERIFY2(agent.state() == QProcess::Running, agent.readAllStandardError().constData());
        startupMs += startup.elapsed();
        // Keep it writing: config.set writes config.json, a forced update state.json and history
        // (besides the cycle the agent starts with).
        QElapsedTimer work;
        work.start();
        int replies = 0;
        client.request(Ipc::Method::ConfigSet, {{"config", config(i % 2 ? 300 : 600)}}, this,
                       [&configWrites, &replies](const Ipc::Reply &r) { configWrites += r.ok() ? 1 : 0; ++replies; });
        client.request(Ipc::Method::Update, {{"force", true}}, this, [&replies](const Ipc::Reply &) { ++replies; });
        if (i == 0) {
            QTRY_COMPARE_WITH_TIMEOUT(replies, 2, 30000);
            window = work.elapsed();
        } else {
            // The random moment: anywhere while that work goes on.
            QTest::qWait(int(random.bounded(window + 1)));
        }
        agent.kill();
        QVERIFY(agent.waitForFinished(5000));

        bool configOk = false;
        const QJsonObject written = readJsonObject(configPath, &configOk);
        QVERIFY2(configOk, qPrintable(QStringLiteral("config.json does not parse after kill %1").arg(i)));
        QCOMPARE(written.value("profiles").toArray().size(), kProfiles);
        if (QFile::exists(m_dir->filePath("state/state.json"))) {
            bool stateOk = false;
            readJsonObject(m_dir->filePath("state/state.json"), &stateOk);
            QVERIFY2(stateOk, qPrintable(QStringLiteral("state.json does not parse after kill %1").arg(i)));
            ++stateSeen;
        }
    }
    const QStringList leftovers = QDir(m_dir->filePath("state")).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
                                  + QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    qInfo("%d kills in %lld ms (agent up and answering in %lld ms on average; killed at random moments within the "
          "%lld ms the work took); %d config writes confirmed; state.json present after %d; files: %s", kills,
          elapsed.elapsed(), startupMs / kills, window, configWrites, stateSeen, qPrintable(leftovers.join(QLatin1Char(' '))));
    QVERIFY(configWrites > 0); // config.set did run before some kills
    QVERIFY(stateSeen > 0);

    // The configuration still validates, and the agent publishes only what state.json does not
    // show as done (an update whose reply came after the last save is rightly sent again).
    const ProcessRun check = runAgent({"check-config", "--config", configPath});
    QVERIFY2(check.exitCode == 0, check.out + check.err);
    const QStringList shown = publishedHosts();
    const QSet<QString> published(shown.cbegin(), shown.cend());
    m_provider->clearRequests();
    const ProcessRun first = runAgent({"once", "--config", configPath, "--state-dir", m_dir->filePath("state")});
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    int sent = 0;
    for (const RecordedRequest &r : m_provider->requests()) {
        for (const QString &host : r.queryValue("hostname").split(QLatin1Char(','))) {
            // "h3.p7.example.org" is in profile "p7"; state.json's keys are "profile/host/type".
            const QString key = host.section(QLatin1Char('.'), 1, 1) + QLatin1Char('/') + host + QStringLiteral("/A");
            QVERIFY2(!published.contains(key), qPrintable(QStringLiteral("%1 re-sent though state.json shows it published").arg(host)));
            ++sent;
        }
    }
    qInfo("after the last kill: %lld records shown published, %d hosts sent again", qint64(published.size()), sent);
    QCOMPARE(qsizetype(published.size()) + sent, qsizetype(kProfiles * kHostsPerProfile));
    m_provider->clearRequests();
    const ProcessRun second = runAgent({"once", "--config", configPath, "--state-dir", m_dir->filePath("state")});
    QVERIFY2(second.exitCode == 0, second.out + second.err);
    QCOMPARE(m_provider->requests().size(), 0);
}

void TstFaultKill::configSetDuringACycleKeepsItsRequests_data()
{
    QTest::addColumn<bool>("newCa");
    QTest::newRow("same CA") << false;
    QTest::newRow("another CA file") << true;
}

// config.set while updates are in flight once stopped Qt's HTTP thread (clearConnectionCache):
// the agent froze for 5 s and the requests in flight timed out as failures, with backoff.
void TstFaultKill::configSetDuringACycleKeepsItsRequests()
{
    QFETCH(bool, newCa);
    const QString configPath = m_dir->filePath("config.json");
    {
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config(300)).toJson());
    }
    const QString socket = m_dir->filePath("agent.socket");
    QProcess agent;
    agent.start(QStringLiteral(QDDNS_AGENT_BINARY), {"run", "--config", configPath, "--state-dir", m_dir->filePath("state"), "--socket", socket});
    QVERIFY(agent.waitForStarted());
    Ipc::AgentClient client(socket, QStringLiteral("tst_faultkill"));
    connect(&client, &Ipc::AgentClient::connectFailed, &client,
            [&client] { QTimer::singleShot(5, &client, [&client] { client.connectToAgent(); }); });
    client.connectToAgent();
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(QFile::exists(m_dir->filePath("state/state.json")), true, 10000); // first cycle done

    // Slow answers, so that config.set lands while the forced updates are in flight.
    m_provider->setHandler([](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r), {}, 400}; });
    m_provider->clearRequests();
    std::optional<Ipc::Reply> update;
    client.request(Ipc::Method::Update, {{"force", true}}, this, [&update](const Ipc::Reply &r) { update = r; });
    QTRY_VERIFY_WITH_TIMEOUT(!m_provider->requests().isEmpty(), 5000);
    QString caFile = FakeHttpServer::caFile();
    if (newCa) {
        // The same CA once more, beside the untrusted one: another trust list, still trusting the fake.
        caFile = m_dir->filePath("cas.pem");
        QFile out(caFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (const QString &in : {FakeHttpServer::caFile(), FakeHttpServer::untrustedCaFile()}) {
            QFile f(in);
            QVERIFY(f.open(QIODevice::ReadOnly));
            out.write(f.readAll());
        }
    }
    QElapsedTimer elapsed;
    elapsed.start();
    std::optional<Ipc::Reply> set;
    client.request(Ipc::Method::ConfigSet, {{"config", config(600, caFile)}}, this, [&set](const Ipc::Reply &r) { set = r; });
    QTRY_VERIFY_WITH_TIMEOUT(set.has_value(), 10000);
    QVERIFY2(set->ok(), qPrintable(set->errorMessage));
    const qint64 setMs = elapsed.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(update.has_value(), 20000);
    qInfo("config.set answered in %lld ms; the cycle ended %lld ms after it was sent", setMs, elapsed.elapsed());
    QVERIFY2(setMs < 2000, qPrintable(QString::number(setMs)));
    QVERIFY2(update->ok(), qPrintable(update->errorMessage));
    const QJsonArray results = update->result.value("results").toArray();
    QCOMPARE(results.size(), kProfiles * kHostsPerProfile);
    for (const QJsonValue &v : results)
        QVERIFY2(v.toObject().value("result").toString() == QLatin1String("updated"), qPrintable(QJsonDocument(v.toObject()).toJson()));
    agent.terminate();
    QVERIFY(agent.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TstFaultKill)
#include "tst_faultkill.moc"
