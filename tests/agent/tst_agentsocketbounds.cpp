// The bounds of the agent's local socket against a real `qddns-agent run`: what it does with the
// path it is given (never deletes a file that is not a socket, never changes the mode of a
// directory it did not create, never takes over a live socket), the listen backlog under a burst
// of clients that do not retry, the answer to a client past the limit, loose request parameters,
// and the size of the history it serves.
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakes/lineclient.h"
#include "fakes/process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qddns::Test;

namespace {

QJsonObject hello() { return {{"protocol", 1}, {"client", "tst_agentsocketbounds"}}; }

// Permission bits and type of a path, not following a symlink (-1: missing).
int modeOf(const QString &path)
{
    struct stat st{};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode) : -1;
}

} // namespace

class TstAgentSocketBounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pathThatIsNotASocketIsRefused_data();
    void pathThatIsNotASocketIsRefused();
    void directoryOfTheUserIsLeftAlone_data();
    void directoryOfTheUserIsLeftAlone();
    void directoryWritableByOthersIsRefused_data();
    void directoryWritableByOthersIsRefused();
    void missingDirectoriesAreCreatedOwnerOnly();
    void liveSocketIsNotTakenOver();
    void historyServedWithinItsBound();

private:
    QJsonObject config() const;
    QStringList args(const QString &socket, const QString &stateDir = {}) const;
    void startAgent(const QString &socket, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                    const QStringList &extra = {});
    QString socketPath() const { return m_dir->filePath("agent.socket"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    std::unique_ptr<QProcess> m_agent;
    QByteArray m_log;
};

void TstAgentSocketBounds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeSecretFile(m_dir->filePath("secret"), "bounds-s3cret"));
    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config()).toJson());
}

void TstAgentSocketBounds::cleanup()
{
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_agent->processId()), SIGCONT);
        m_agent->kill();
        m_agent->waitForFinished();
    }
    m_agent.reset();
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

QJsonObject TstAgentSocketBounds::config() const
{
    const QJsonObject profile{{"name", "home"}, {"provider", "dyndns2"}, {"server", m_provider->baseUrl().toString()},
                              {"hosts", QJsonArray{"home.example.org"}}, {"username", "alice"},
                              {"secret", QJsonObject{{"source", "file"}, {"path", m_dir->filePath("secret")}}}};
    return {{"version", 1},
            {"interval", "1h"},
            {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
            {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString() + "/ip"}}}},
                                      {"ipv6", QJsonArray{}}}},
            {"profiles", QJsonArray{profile}}};
}

QStringList TstAgentSocketBounds::args(const QString &socket, const QString &stateDir) const
{
    QStringList list{"run", "--config", m_dir->filePath("config.json"), "--state-dir",
                     stateDir.isEmpty() ? m_dir->filePath("state") : stateDir};
    if (!socket.isEmpty())
        list << "--socket" << socket;
    return list;
}

void TstAgentSocketBounds::startAgent(const QString &socket, const QProcessEnvironment &env, const QStringList &extra)
{
    m_agent = std::make_unique<QProcess>();
    m_agent->setProcessEnvironment(env);
    m_agent->start(QStringLiteral(QDDNS_AGENT_BINARY), args(socket) + extra);
    QVERIFY(m_agent->waitForStarted());
    m_log.clear();
    QTRY_VERIFY_WITH_TIMEOUT((m_log += m_agent->readAllStandardError()).contains("listening on"), 5000);
}

void TstAgentSocketBounds::pathThatIsNotASocketIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("regular file") << "file";
    QTest::newRow("symlink to a file") << "symlink";
    QTest::newRow("directory") << "directory";
    QTest::newRow("fifo") << "fifo";
}

void TstAgentSocketBounds::pathThatIsNotASocketIsRefused()
{
    QFETCH(QString, kind);
    const QString target = m_dir->filePath("precious.txt");
    QFile precious(target);
    QVERIFY(precious.open(QIODevice::WriteOnly));
    precious.write("do not delete me\n");
    precious.close();
    const QString path = m_dir->filePath("not-a-socket");
    if (kind == "file")
        QVERIFY(QFile::copy(target, path));
    else if (kind == "symlink")
        QVERIFY(QFile::link(target, path));
    else if (kind == "directory")
        QVERIFY(QDir().mkdir(path));
    else
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const int before = modeOf(path);

    // Refused at once, naming the path: an agent that took the path over would still run.
    const ProcessRun run = runAgent(args(path), QProcessEnvironment::systemEnvironment(), {}, 5000);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("%1 exists and is not a socket").arg(path).toUtf8()), run.err.constData());
    QCOMPARE(modeOf(path), before);
    if (kind != "directory" && kind != "fifo") {
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), "do not delete me\n");
    }
    QVERIFY(QFile::exists(target));
}

void TstAgentSocketBounds::directoryOfTheUserIsLeftAlone_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0755") << 0755;
    QTest::newRow("0750") << 0750;
    // Like /tmp: others may create names in it, but only the owner of a name may remove it.
    QTest::newRow("world-writable with the sticky bit") << 01777;
}

void TstAgentSocketBounds::directoryOfTheUserIsLeftAlone()
{
    QFETCH(int, mode);
    const QString dir = m_dir->filePath("shared");
    QVERIFY(QDir().mkdir(dir));
    QCOMPARE(::chmod(QFile::encodeName(dir).constData(), mode_t(mode)), 0);
    const QString path = dir + "/agent.socket";
    startAgent(path);

    QCOMPARE(modeOf(dir) & 07777, mode);
    // The socket itself is owner read/write: all a client needs to connect.
    QVERIFY(S_ISSOCK(modeOf(path)));
    QCOMPARE(modeOf(path) & 07777, 0600);
    LineClient client(path);
    QVERIFY(client.call("hello", hello()).contains("result"));
    ::kill(pid_t(m_agent->processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(m_agent->state(), QProcess::NotRunning, 6000);
    QCOMPARE(modeOf(dir) & 07777, mode);
    QCOMPARE(modeOf(path), -1); // its own socket is removed on exit
}

void TstAgentSocketBounds::directoryWritableByOthersIsRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("owner"); // -1: the test's user
    QTest::addColumn<QString>("why");
    QTest::newRow("0777") << 0777 << -1 << "is writable by other users (mode 0777)";
    QTest::newRow("0770") << 0770 << -1 << "is writable by other users (mode 0770)";
    QTest::newRow("0703") << 0703 << -1 << "is writable by other users (mode 0703)";
    QTest::newRow("another user's") << 0755 << 65534 << "belongs to another user (uid 65534)";
}

void TstAgentSocketBounds::directoryWritableByOthersIsRefused()
{
    QFETCH(int, mode);
    QFETCH(int, owner);
    QFETCH(QString, why);
    if (owner >= 0 && ::geteuid() != 0)
        QSKIP("needs root to give a directory to another user");
    // Another user could replace the socket there and answer the agent's clients in its place.
    const QString dir = m_dir->filePath("open");
    QVERIFY(QDir().mkdir(dir));
    QCOMPARE(::chmod(QFile::encodeName(dir).constData(), mode_t(mode)), 0);
    if (owner >= 0)
        QCOMPARE(::chown(QFile::encodeName(dir).constData(), uid_t(owner), gid_t(owner)), 0);
    const ProcessRun run = runAgent(args(dir + "/agent.socket"), QProcessEnvironment::systemEnvironment(), {}, 5000);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("the socket directory %1 %2").arg(dir, why).toUtf8()), run.err.constData());
    QCOMPARE(modeOf(dir) & 07777, mode);
    QCOMPARE(modeOf(dir + "/agent.socket"), -1);
}

void TstAgentSocketBounds::missingDirectoriesAreCreatedOwnerOnly()
{
    // Directories the agent creates itself are owner-only, whatever the umask.
    const QString path = m_dir->filePath("new/sub/agent.socket");
    startAgent(path);
    QCOMPARE(modeOf(m_dir->filePath("new")) & 07777, 0700);
    QCOMPARE(modeOf(m_dir->filePath("new/sub")) & 07777, 0700);
    QCOMPARE(modeOf(path) & 07777, 0600);
    ::kill(pid_t(m_agent->processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(m_agent->state(), QProcess::NotRunning, 6000);

    // The default place: $XDG_RUNTIME_DIR/qddns is the agent's own, created 0700.
    const QString runtime = m_dir->filePath("runtime");
    QVERIFY(QDir().mkdir(runtime));
    QCOMPARE(::chmod(QFile::encodeName(runtime).constData(), 0700), 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_RUNTIME_DIR", runtime);
    startAgent({}, env);
    QCOMPARE(modeOf(runtime + "/qddns") & 07777, 0700);
    const QStringList sockets = QDir(runtime + "/qddns").entryList(QDir::System);
    QCOMPARE(sockets.size(), 1);
    QCOMPARE(modeOf(runtime + "/qddns/" + sockets.first()) & 07777, 0600);
}

void TstAgentSocketBounds::liveSocketIsNotTakenOver()
{
    startAgent(socketPath());
    // Another agent (another state directory) told the same path: the first keeps its socket.
    const ProcessRun second = runAgent(args(socketPath(), m_dir->filePath("other-state")), QProcessEnvironment::systemEnvironment(), {}, 5000);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QStringLiteral("another process listens on %1").arg(socketPath()).toUtf8()), second.err.constData());
    LineClient client(socketPath());
    QCOMPARE(client.call("hello", hello()).value("result").toObject().value("pid").toInteger(), m_agent->processId());
}

void TstAgentSocketBounds::historyServedWithinItsBound()
{
    // A journal holding compaction slack (10,500 older entries): the agent adds the first address it
    // detects, and serves the newest 10,000, as its reply says.
    QVERIFY(QDir().mkpath(m_dir->filePath("state")));
    QFile history(m_dir->filePath("state/history.jsonl"));
    QVERIFY(history.open(QIODevice::WriteOnly));
    for (int i = 0; i < 10500; ++i)
        history.write("{\"time\":\"2026-01-01T00:00:00.000Z\",\"family\":\"ipv4\",\"old\":\"81.2.69.1\",\"new\":\"81.2.69.2\",\"detector\":\"x\"}\n");
    history.close();
    startAgent(socketPath());
    QTRY_COMPARE_WITH_TIMEOUT(m_provider->requests().size(), 1, 5000);
    LineClient client(socketPath());
    QVERIFY(client.call("hello", hello()).contains("result"));
    const QJsonObject reply = client.call("history").value("result").toObject();
    const QJsonArray entries = reply.value("entries").toArray();
    QCOMPARE(reply.value("maxEntries").toInt(), 10000);
    QCOMPARE(entries.size(), 10000);
    QCOMPARE(entries.last().toObject().value("new").toString(), "81.2.69.160");
    // Filters apply to what is served: the newest 10,000, not the slack behind them.
    const QJsonArray old = client.call("history", {{"until", "2026-01-02T00:00:00Z"}}).value("result").toObject().value("entries").toArray();
    QCOMPARE(old.size(), 9999);
}

QTEST_GUILESS_MAIN(TstAgentSocketBounds)
#include "tst_agentsocketbounds.moc"
