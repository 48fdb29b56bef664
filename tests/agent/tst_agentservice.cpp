// `qddns-agent run` as a service: systemd notifications, SIGHUP reload, SIGTERM shutdown.
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qddns::Test;

class TstAgentService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void notifiesSystemd();
    void sighupReloadsConfiguration();
    void sigtermStopsAndKeepsState();
    void sigtermDuringDetectionIsNoFailure();
    void lastingConditionsAreLoggedOnce();

private:
    void writeConfig(const QStringList &hosts, bool broken = false);
    void startAgent(const QProcessEnvironment &extra = {});
    QStringList updatedHosts() const;
    bool nextCycle(); // SIGHUP, then wait for the cycle's STATUS notification
    QByteArrayList warnings(const QByteArray &part); // warning lines of the agent's log so far

    QByteArray m_log;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    std::unique_ptr<QProcess> m_agent;
    QString m_secretFile;
    // systemd's side of NOTIFY_SOCKET: a datagram socket we read messages from.
    int m_notifyFd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QList<QByteArray> m_notifications;
};

void TstAgentService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secretFile = m_dir->filePath("secret");
    QVERIFY(writeSecretFile(m_secretFile, "service-s3cret"));

    m_echo = std::make_unique<FakeHttpServer>();
    QVERIFY(m_echo->listen());
    m_echo->setReply({200, "81.2.69.160\n"});
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(m_provider->listen());
    m_provider->setHandler([](const RecordedRequest &r) {
        QByteArrayList lines;
        for (const QString &h : r.queryValue("hostname").split(','))
            lines.append(h.isEmpty() ? "nohost" : "good " + r.queryValue("myip").toLatin1());
        return FakeReply{200, lines.join('\n')};
    });

    m_notifyFd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    QVERIFY(m_notifyFd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = m_dir->filePath("notify").toLocal8Bit();
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    memcpy(address.sun_path, path.constData(), size_t(path.size()));
    QCOMPARE(::bind(m_notifyFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    m_notifications.clear();
    m_notifier = std::make_unique<QSocketNotifier>(m_notifyFd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char buffer[4096];
        ssize_t n;
        while ((n = ::recv(m_notifyFd, buffer, sizeof(buffer), 0)) > 0)
            m_notifications.append(QByteArray(buffer, int(n)));
    });
}

void TstAgentService::cleanup()
{
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        m_agent->kill();
        m_agent->waitForFinished();
    }
    m_agent.reset();
    m_log.clear();
    m_notifier.reset();
    if (m_notifyFd >= 0)
        ::close(m_notifyFd);
    m_notifyFd = -1;
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

void TstAgentService::writeConfig(const QStringList &hosts, bool broken)
{
    QJsonObject profile{{"name", "home"}, {"provider", "dyndns2"}, {"server", m_provider->baseUrl().toString()},
                        {"hosts", QJsonArray::fromStringList(hosts)}, {"username", "alice"},
                        {"secret", QJsonObject{{"source", "file"}, {"path", m_secretFile}}}};
    if (broken)
        profile.insert("hostz", true);
    const QJsonObject config{{"version", 1},
                             {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
                             {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString() + "/ip"}}}},
                                                       {"ipv6", QJsonArray{}}}},
                             {"profiles", QJsonArray{profile}}};
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(config).toJson());
}

void TstAgentService::startAgent(const QProcessEnvironment &extra)
{
    m_agent = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("NOTIFY_SOCKET", m_dir->filePath("notify"));
    env.insert(extra);
    m_agent->setProcessEnvironment(env);
    m_agent->setProcessChannelMode(QProcess::SeparateChannels);
    m_agent->start(QStringLiteral(QDDNS_AGENT_BINARY),
                   {"run", "--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state")});
    QVERIFY(m_agent->waitForStarted());
}

QStringList TstAgentService::updatedHosts() const
{
    QStringList hosts;
    for (const RecordedRequest &r : m_provider->requests())
        hosts += r.queryValue("hostname").split(',');
    return hosts;
}

void TstAgentService::notifiesSystemd()
{
    writeConfig({"home.example.org"});
    QProcessEnvironment env;
    env.insert("WATCHDOG_USEC", "400000");
    startAgent(env);
    QTRY_VERIFY_WITH_TIMEOUT(!m_notifications.isEmpty(), 5000);
    QVERIFY2(m_notifications.first().startsWith("READY=1"), m_notifications.first().constData());
    // After the first cycle: the address and how the records stand.
    QTRY_VERIFY_WITH_TIMEOUT(m_notifications.contains("STATUS=IPv4 81.2.69.160; 1 record(s) current, 0 failing or held"), 5000);
    // The watchdog is fed at half its period.
    QTRY_VERIFY_WITH_TIMEOUT(m_notifications.count("WATCHDOG=1") >= 2, 3000);
    // The secret never travels there.
    for (const QByteArray &n : std::as_const(m_notifications))
        QVERIFY(!n.contains("service-s3cret"));
}

void TstAgentService::sighupReloadsConfiguration()
{
    writeConfig({"home.example.org"});
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(updatedHosts(), QStringList{"home.example.org"}, 5000);

    // A new host in the file: SIGHUP applies it without a restart.
    writeConfig({"home.example.org", "nas.example.org"});
    const qint64 pid = m_agent->processId();
    ::kill(pid_t(pid), SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT(updatedHosts().contains("nas.example.org"), 5000);
    QCOMPARE(updatedHosts().count("home.example.org"), 1); // unchanged: not sent again
    QCOMPARE(m_agent->processId(), pid);

    // A broken file is reported and the running configuration kept.
    writeConfig({"home.example.org"}, true);
    ::kill(pid_t(pid), SIGHUP);
    QTest::qWait(500);
    QCOMPARE(m_agent->state(), QProcess::Running);
    ::kill(pid_t(pid), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(m_agent->state(), QProcess::NotRunning, 5000);
    const QByteArray log = m_agent->readAllStandardError();
    QVERIFY2(log.contains("configuration reloaded"), log.constData());
    QVERIFY2(log.contains("profiles[0].hostz: unknown key"), log.constData());
    QVERIFY2(log.contains("keeping the running one"), log.constData());
}

void TstAgentService::sigtermStopsAndKeepsState()
{
    writeConfig({"home.example.org"});
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(updatedHosts().size(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir->filePath("state/state.json")), 5000);

    // A provider that hangs: SIGTERM must still end the agent within 5 s.
    m_provider->setReply({200, "good 81.2.69.161", {}, 60000});
    m_echo->setReply({200, "81.2.69.161\n"});
    ::kill(pid_t(m_agent->processId()), SIGHUP); // starts a cycle that will hang at the provider
    QTRY_VERIFY_WITH_TIMEOUT(m_provider->requests().size() == 2, 5000);
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(m_agent->processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(m_agent->state(), QProcess::NotRunning, 6000);
    QVERIFY2(timer.elapsed() < 5500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_agent->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_agent->exitCode(), 0);
    QVERIFY(m_notifications.contains("STOPPING=1"));
    // The state still holds the last address that was really published, and the cancelled
    // update counts as no failure: no backoff waits for the next start.
    QFile state(m_dir->filePath("state/state.json"));
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(state.readAll()).object()["records"].toObject()["home/home.example.org/A"].toObject();
    QCOMPARE(record["address"].toString(), "81.2.69.160");
    QVERIFY2(!record.contains("retryAfter") && !record.contains("failures"), QJsonDocument(record).toJson().constData());
}

bool TstAgentService::nextCycle()
{
    const qsizetype before = std::count_if(m_notifications.cbegin(), m_notifications.cend(),
                                           [](const QByteArray &n) { return n.startsWith("STATUS="); });
    ::kill(pid_t(m_agent->processId()), SIGHUP);
    return QTest::qWaitFor([&] {
        return std::count_if(m_notifications.cbegin(), m_notifications.cend(),
                             [](const QByteArray &n) { return n.startsWith("STATUS="); }) > before;
    }, 5000);
}

QByteArrayList TstAgentService::warnings(const QByteArray &part)
{
    m_log += m_agent->readAllStandardError();
    QByteArrayList found;
    for (const QByteArray &line : m_log.split('\n')) {
        if (line.contains(" warning ") && line.contains(part))
            found.append(line);
    }
    return found;
}

// SIGTERM while the echo service hangs: the cancelled detection is not reported as a rejected
// detector or a failed record.
void TstAgentService::sigtermDuringDetectionIsNoFailure()
{
    writeConfig({"home.example.org"});
    m_echo->setReply({200, "81.2.69.160\n", {}, 60000});
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(m_echo->requests().size(), 1, 5000);
    ::kill(pid_t(m_agent->processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(m_agent->state(), QProcess::NotRunning, 6000);
    QCOMPARE(m_agent->exitCode(), 0);
    const QByteArray log = m_agent->readAllStandardError();
    QVERIFY2(log.contains("detection cancelled: the agent is stopping"), log.constData());
    QVERIFY2(!log.contains("rejected"), log.constData());
    QVERIFY2(!log.contains("failed"), log.constData());
    QVERIFY2(!log.contains(" warning "), log.constData());
    QCOMPARE(m_provider->requests().size(), 0);
}

// A held record and a detection that keeps failing are said once when they begin (and once when
// they end), not on every cycle: one held host once gave 13 identical warnings in 380 s.
void TstAgentService::lastingConditionsAreLoggedOnce()
{
    m_provider->setReply({200, "nohost"});
    writeConfig({"home.example.org"});
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(m_provider->requests().size(), 1, 5000);
    for (int i = 0; i < 3; ++i)
        QVERIFY(nextCycle());
    QCOMPARE(m_provider->requests().size(), 1); // held: never sent again
    QCOMPARE(warnings("home.example.org A: held").size(), 1);

    // The echo service breaks: one warning for the detector, one for the family, one for the record.
    m_echo->setReply({500, "oops"});
    for (int i = 0; i < 3; ++i)
        QVERIFY(nextCycle());
    QCOMPARE(warnings("rejected: HTTP status 500").size(), 1);
    QCOMPARE(warnings("no public IPv4 address").size(), 1);
    QCOMPARE(warnings("home.example.org A: failed (no public ipv4 address detected").size(), 1);

    // It recovers: said once at info level; the record is held again (a new condition: warned once).
    m_echo->setReply({200, "81.2.69.160\n"});
    QVERIFY(nextCycle());
    QVERIFY(nextCycle());
    m_log += m_agent->readAllStandardError();
    QCOMPARE(m_log.count("address detected again: 81.2.69.160"), 1);
    QCOMPARE(m_log.count("answers again"), 1);
    QCOMPARE(warnings("home.example.org A: held").size(), 2);
    QCOMPARE(warnings("").size(), 5);
}

QTEST_GUILESS_MAIN(TstAgentService)
#include "tst_agentservice.moc"
