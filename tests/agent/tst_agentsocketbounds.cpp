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
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qddns::Test;

namespace {

QJsonObject hello() { return {{"protocol", 1}, {"client", "tst_agentsocketbounds"}}; }

QByteArray line(const QJsonObject &message) { return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n'; }

// Permission bits and type of a path, not following a symlink (-1: missing).
int modeOf(const QString &path)
{
    struct stat st{};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode) : -1;
}

// A client as Python's or Go's: a plain connect(2) that does not retry on EAGAIN, and
// writes that report EPIPE instead of raising SIGPIPE. Reading serves the test's event loop
// meanwhile (the fake servers live in it).
class RawClient
{
public:
    explicit RawClient(const QString &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        std::memcpy(addr.sun_path, name.constData(), std::min<size_t>(size_t(name.size()), sizeof addr.sun_path - 1));
        if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
            m_error = errno;
    }
    ~RawClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool connected() const { return m_error == 0; }
    QString error() const { return QString::fromLocal8Bit(std::strerror(m_error)); }
    bool send(const QByteArray &data)
    {
        const ssize_t n = ::send(m_fd, data.constData(), size_t(data.size()), MSG_NOSIGNAL);
        if (n == data.size())
            return true;
        m_error = n < 0 ? errno : EAGAIN;
        return false;
    }
    /// \brief The next message, waiting up to \a ms; empty at the end of the stream or on timeout.
    QJsonObject next(int ms = 10000)
    {
        QDeadlineTimer deadline(ms);
        for (;;) {
            const qsizetype newline = m_buffer.indexOf('\n');
            if (newline >= 0) {
                const QJsonObject message = QJsonDocument::fromJson(m_buffer.left(newline)).object();
                m_buffer.remove(0, newline + 1);
                return message;
            }
            if (m_eof || deadline.hasExpired())
                return {};
            char chunk[4096];
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n > 0)
                m_buffer.append(chunk, n);
            else if (n == 0 || (errno != EAGAIN && errno != EINTR))
                m_eof = true;
            else
                QTest::qWait(2);
        }
    }
    /// \brief Whether the agent closed the connection within \a ms.
    bool hungUp(int ms)
    {
        QDeadlineTimer deadline(ms);
        do {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 0) == 1 && (p.revents & POLLHUP))
                return true;
            QTest::qWait(5);
        } while (!deadline.hasExpired());
        return false;
    }

private:
    int m_fd = -1;
    int m_error = 0;
    QByteArray m_buffer;
    bool m_eof = false;
};

QString errorCode(const QJsonObject &reply) { return reply.value("error").toObject().value("code").toString(); }

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
    void burstOfClientsWhileTheAgentIsBusy();
    void clientPastTheLimitGetsTheError();
    void looseParametersAreRefused();
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

void TstAgentSocketBounds::burstOfClientsWhileTheAgentIsBusy()
{
    // A cycle in progress: the provider answers only after 3 s.
    m_provider->setHandler([](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r), {}, 3000}; });
    startAgent(socketPath());
    QTRY_COMPARE_WITH_TIMEOUT(m_provider->requests().size(), 1, 5000);

    // The agent does not get to run while 100 clients connect at once (as on a loaded machine):
    // they all wait in the listen backlog. None may be refused.
    const pid_t pid = pid_t(m_agent->processId());
    QCOMPARE(::kill(pid, SIGSTOP), 0);
    std::vector<std::unique_ptr<RawClient>> clients;
    QStringList failed;
    for (int i = 0; i < 100; ++i) {
        clients.push_back(std::make_unique<RawClient>(socketPath()));
        if (!clients.back()->connected())
            failed << QStringLiteral("#%1: %2").arg(i).arg(clients.back()->error());
    }
    QCOMPARE(::kill(pid, SIGCONT), 0);
    QVERIFY2(failed.isEmpty(), qPrintable(QStringLiteral("%1 of 100 clients could not connect: %2").arg(failed.size()).arg(failed.join(", "))));

    // And each is served, while the cycle still runs.
    for (auto &c : clients)
        QVERIFY(c->send(line({{"id", 1}, {"method", "hello"}, {"params", hello()}}) + line({{"id", 2}, {"method", "status"}})));
    for (auto &c : clients) {
        QVERIFY(c->next().contains("result"));
        const QJsonObject status = c->next();
        QCOMPARE(status.value("id").toInt(), 2);
        QCOMPARE(status.value("result").toObject().value("state").toString(), "updating");
    }
}

void TstAgentSocketBounds::clientPastTheLimitGetsTheError()
{
    startAgent(socketPath());
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 256; ++i) {
        clients.push_back(std::make_unique<RawClient>(socketPath()));
        QVERIFY2(clients.back()->connected(), qPrintable(clients.back()->error()));
        QVERIFY(clients.back()->send(line({{"id", 1}, {"method", "hello"}, {"params", hello()}})));
        QVERIFY(clients.back()->next().contains("result"));
    }

    // The 257th writes first: by the time it does, the agent has long answered. The write must
    // succeed (not EPIPE) and the answer be readable. Waiting for the agent to hang up is
    // bounded: an agent that did so would fail this client.
    RawClient late(socketPath());
    QVERIFY(late.connected());
    late.hungUp(500);
    QVERIFY2(late.send(line({{"id", 1}, {"method", "hello"}, {"params", hello()}})), qPrintable(late.error()));
    const QJsonObject refused = late.next();
    QCOMPARE(errorCode(refused), "tooManyClients");
    QVERIFY(late.next().isEmpty()); // then the end of the stream, not a reply to its hello

    // One that writes at once gets the same answer.
    RawClient eager(socketPath());
    QVERIFY(eager.connected());
    QVERIFY(eager.send(line({{"id", 1}, {"method", "hello"}, {"params", hello()}}) + line({{"id", 2}, {"method", "status"}})));
    QCOMPARE(errorCode(eager.next()), "tooManyClients");

    // A place freed is a place for the next client, once the agent has seen the first one leave.
    clients.pop_back();
    bool served = false;
    for (int attempt = 0; attempt < 100 && !served; ++attempt) {
        LineClient next(socketPath());
        next.request("hello", hello());
        QTRY_VERIFY_WITH_TIMEOUT(!next.messages().isEmpty(), 5000);
        served = next.messages().first().contains("result");
    }
    QVERIFY(served);
}

void TstAgentSocketBounds::looseParametersAreRefused()
{
    startAgent(socketPath());
    QTRY_COMPARE_WITH_TIMEOUT(m_provider->requests().size(), 1, 5000);
    LineClient client(socketPath());
    const QJsonObject badHello = client.call("hello", {{"protocol", "1"}}).value("error").toObject();
    QCOMPARE(badHello.value("code").toString(), "invalidParams");
    QCOMPARE(badHello.value("param").toString(), "protocol");
    QVERIFY(client.call("hello", hello()).contains("result"));

    struct Case
    {
        const char *method;
        QJsonObject params;
        const char *param;
    };
    const Case cases[] = {
        {"logs", {{"limit", -5}}, "limit"},
        {"logs", {{"level", "loud"}}, "level"},
        {"update", {{"force", "yes"}}, "force"},
        {"update", {{"profile", 7}}, "profile"},
        {"update", {{"forse", true}}, "forse"},
        {"subscribe", {{"events", "all"}}, "events"},
        {"subscribe", {{"events", QJsonArray{"log", "everything"}}}, "events"},
        {"history", {{"limit", 0}}, "limit"},
        {"history", {{"since", "garbage"}}, "since"},
        {"history", {{"family", 4}}, "family"},
        {"status", {{"verbose", true}}, "verbose"},
        {"config.set", {{"config", "{}"}}, "config"},
        {"secretChanged", {}, "profile"},
        {"test", {{"profile", "home"}}, "profile"},
    };
    for (const Case &c : cases) {
        const QJsonObject reply = client.call(c.method, c.params);
        const QJsonObject error = reply.value("error").toObject();
        const QByteArray text = QJsonDocument(reply).toJson(QJsonDocument::Compact);
        QVERIFY2(error.value("code").toString() == "invalidParams", text.constData());
        QVERIFY2(error.value("param").toString() == c.param, text.constData());
        QVERIFY2(error.value("message").toString().contains(QStringLiteral("\"%1\"").arg(c.param)), text.constData());
    }
    // Nothing was done on a refused request, and the connection stays usable.
    QCOMPARE(m_provider->requests().size(), 1);
    QVERIFY(client.call("subscribe", {{"events", QJsonArray{"log"}}}).contains("result"));
    QCOMPARE(client.call("logs", {{"limit", 1}}).value("result").toObject().value("lines").toArray().size(), 1);
    QVERIFY(client.call("update", {{"force", true}}).contains("result"));
    QCOMPARE(m_provider->requests().size(), 2);
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
