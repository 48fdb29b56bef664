// The agent's local socket API against a real `qddns-agent run`: many concurrent clients,
// config.set applied without restart, update with events in order, malformed and oversized
// input, a client that stops reading, other users refused (root admitted), the lock, and the
// client commands.
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakes/lineclient.h"
#include "ipc/agentclient.h"
#include "fakes/process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qddns::Test;

namespace {

QJsonObject hello() { return {{"protocol", 1}, {"client", "tst_agentsocket"}}; }

qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TstAgentSocket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void hundredConcurrentClients();
    void statusDescribesEveryRecord();
    void helloFirstAndMalformedInput();
    void oversizedLineClosesOnlyThatConnection();
    void clientThatStopsReadingIsDropped();
    void configSetAppliesWithoutRestart();
    void invalidConfigSetChangesNothing();
    void updateWithEventsInOrder();
    void testRunsDryAndSecretsNeverCross();
    void clientOfAnotherUserIsRefused();
    void secondAgentRefusedAndStaleLockRecovered();
    void clientCommands();
    void clientCommandsWithoutAgent();
    void historySurvivesRestart();

private:
    QJsonObject config(const QStringList &hosts) const;
    void writeConfig(const QJsonObject &config);
    void startAgent();
    void stopAgent();
    QByteArray agentLog();
    QStringList updatedHosts() const;
    QString socketPath() const { return m_dir->filePath("agent.socket"); }
    QStringList agentArgs() const
    {
        return {"--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state"), "--socket", socketPath()};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    std::unique_ptr<QProcess> m_agent;
    QString m_secretFile;
    QByteArray m_log;
};

static const char kSecret[] = "sock-s3cret-Zq7";

void TstAgentSocket::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secretFile = m_dir->filePath("secret");
    QVERIFY(writeSecretFile(m_secretFile, kSecret));

    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));
}

void TstAgentSocket::cleanup()
{
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        m_agent->kill();
        m_agent->waitForFinished();
    }
    m_agent.reset();
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

QJsonObject TstAgentSocket::config(const QStringList &hosts) const
{
    const QJsonObject profile{{"name", "home"}, {"provider", "dyndns2"}, {"server", m_provider->baseUrl().toString()},
                              {"hosts", QJsonArray::fromStringList(hosts)}, {"username", "alice"},
                              {"secret", QJsonObject{{"source", "file"}, {"path", m_secretFile}}}};
    return {{"version", 1},
            {"interval", "1h"},
            {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
            {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString() + "/ip"}}}},
                                      {"ipv6", QJsonArray{}}}},
            {"profiles", QJsonArray{profile}}};
}

void TstAgentSocket::writeConfig(const QJsonObject &config)
{
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(config).toJson());
}

void TstAgentSocket::startAgent()
{
    m_agent = std::make_unique<QProcess>();
    m_agent->setProcessChannelMode(QProcess::SeparateChannels);
    m_agent->start(QStringLiteral(QDDNS_AGENT_BINARY), QStringList{"run", "--verbose"} + agentArgs());
    QVERIFY(m_agent->waitForStarted());
    m_log.clear();
    // The socket file may be a dead agent's: wait for this one to say it listens.
    QTRY_VERIFY_WITH_TIMEOUT(agentLog().contains("listening on"), 5000);
}

QByteArray TstAgentSocket::agentLog()
{
    m_log += m_agent->readAllStandardError();
    return m_log;
}

void TstAgentSocket::stopAgent()
{
    ::kill(pid_t(m_agent->processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(m_agent->state(), QProcess::NotRunning, 6000);
}

QStringList TstAgentSocket::updatedHosts() const
{
    QStringList hosts;
    for (const RecordedRequest &r : m_provider->requests())
        hosts += r.queryValue("hostname").split(',');
    return hosts;
}

void TstAgentSocket::hundredConcurrentClients()
{
    writeConfig(config({"home.example.org"}));
    startAgent();
    // All connect at once, then all ask at once: none is served before the others connected.
    std::vector<std::unique_ptr<LineClient>> clients;
    for (int i = 0; i < 100; ++i)
        clients.push_back(std::make_unique<LineClient>(socketPath()));
    for (auto &c : clients)
        QVERIFY(c->connected());
    QList<qint64> ids;
    for (auto &c : clients) {
        c->request("hello", hello());
        ids.append(c->request("status"));
    }
    for (size_t i = 0; i < clients.size(); ++i) {
        const QJsonObject reply = clients[i]->reply(ids[qsizetype(i)]);
        QCOMPARE(reply.value("id").toInteger(), ids[qsizetype(i)]);
        QVERIFY2(reply.value("result").toObject().contains("profiles"), QJsonDocument(reply).toJson().constData());
    }
}

void TstAgentSocket::statusDescribesEveryRecord()
{
    writeConfig(config({"home.example.org", "nas.example.org"}));
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(updatedHosts().size(), 2, 5000);
    LineClient client(socketPath());
    QVERIFY(client.call("hello", hello()).contains("result"));
    QJsonObject status;
    QTRY_VERIFY_WITH_TIMEOUT((status = client.call("status").value("result").toObject()).value("lastCycle").isString(), 5000);
    QCOMPARE(status.value("agent").toObject().value("pid").toInteger(), m_agent->processId());
    const QJsonObject ipv4 = status.value("addresses").toObject().value("ipv4").toObject();
    QCOMPARE(ipv4.value("address").toString(), "81.2.69.160");
    QVERIFY(ipv4.value("detector").toString().startsWith("web https://127.0.0.1"));
    QVERIFY(!status.value("addresses").toObject().contains("ipv6")); // not detected at all
    QVERIFY(status.value("nextCheck").isString());
    const QJsonArray hosts = status.value("profiles").toArray().at(0).toObject().value("hosts").toArray();
    QCOMPARE(hosts.size(), 2);
    for (const QJsonValue &h : hosts) {
        const QJsonObject record = h.toObject().value("records").toArray().at(0).toObject();
        QCOMPARE(record.value("type").toString(), "A");
        QCOMPARE(record.value("address").toString(), "81.2.69.160");
        QCOMPARE(record.value("state").toString(), "current");
        QCOMPARE(record.value("lastResult").toString(), "updated");
        QVERIFY(record.value("published").isString());
        QCOMPARE(record.value("hold").toString(), "");
    }
    QVERIFY(!QJsonDocument(status).toJson().contains(kSecret));
}

void TstAgentSocket::helloFirstAndMalformedInput()
{
    writeConfig(config({"home.example.org"}));
    startAgent();
    LineClient client(socketPath());
    QCOMPARE(client.call("status").value("error").toObject().value("code").toString(), "helloRequired");
    const QJsonObject welcome = client.call("hello", hello()).value("result").toObject();
    QCOMPARE(welcome.value("protocol").toInt(), 2); // 2: hooks.test
    QCOMPARE(welcome.value("pid").toInteger(), m_agent->processId());

    // Each bad line gets an error reply; the connection stays usable.
    const auto errorCode = [&client](const QByteArray &line) -> QString {
        const qsizetype before = client.messages().size();
        client.sendRaw(line + '\n');
        QDeadlineTimer deadline(5000);
        while (client.messages().size() == before && !deadline.hasExpired())
            QTest::qWait(5);
        return client.messages().size() == before ? QString("(no reply)")
                                                  : client.messages().last().value("error").toObject().value("code").toString();
    };
    QCOMPARE(errorCode("{\"id\": 1, \"method\": "), "parseError");
    QCOMPARE(errorCode("[1, 2]"), "parseError");
    QCOMPARE(errorCode("\xff\xfe garbage"), "parseError");
    QCOMPARE(errorCode("{\"method\": \"status\"}"), "invalidRequest");
    QCOMPARE(errorCode("{\"id\": 9, \"method\": \"status\", \"params\": 5}"), "invalidRequest");
    QCOMPARE(errorCode("{\"id\": 9, \"method\": \"frobnicate\"}"), "unknownMethod");
    QCOMPARE(errorCode("{\"id\": 9, \"method\": \"update\", \"params\": {\"profile\": \"nope\"}}"), "unknownProfile");
    QVERIFY(client.call("status").value("result").toObject().contains("profiles"));
    // A request split over several writes is still one request.
    const QByteArray split = "{\"id\": 77, \"method\": \"status\"}\n";
    client.sendRaw(split.left(10));
    QTest::qWait(50);
    client.sendRaw(split.mid(10));
    QVERIFY(client.reply(77).contains("result"));
}

void TstAgentSocket::oversizedLineClosesOnlyThatConnection()
{
    writeConfig(config({"home.example.org"}));
    startAgent();
    LineClient bad(socketPath());
    LineClient good(socketPath());
    QVERIFY(bad.call("hello", hello()).contains("result"));
    QVERIFY(good.call("hello", hello()).contains("result"));
    // 1.5 MiB without a newline, in chunks: over the 1 MiB limit before any line ends.
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 24 && bad.connected(); ++i)
        bad.sendRaw(chunk);
    QVERIFY(bad.waitForDisconnected(5000));
    bool told = false;
    for (const QJsonObject &m : bad.messages())
        told = told || m.value("error").toObject().value("code").toString() == "lineTooLong";
    QVERIFY(told);
    QVERIFY(good.call("status").contains("result"));
    QCOMPARE(m_agent->state(), QProcess::Running);
}

void TstAgentSocket::clientThatStopsReadingIsDropped()
{
    // A long history makes each reply big (~1 MB), so the unread replies pile up fast.
    QDir().mkpath(m_dir->filePath("state"));
    QFile history(m_dir->filePath("state/history.jsonl"));
    QVERIFY(history.open(QIODevice::WriteOnly));
    for (int i = 0; i < 9000; ++i)
        history.write(QStringLiteral("{\"time\":\"2026-01-01T00:00:00.000Z\",\"family\":\"ipv4\",\"old\":\"81.2.69.%1\",\"new\":\"81.2.69.%2\","
                                     "\"detector\":\"web https://api.ipify.org\"}\n").arg(i % 200 + 1).arg(i % 200 + 2).toUtf8());
    history.close();
    writeConfig(config({"home.example.org"}));
    startAgent();

    // A raw socket that writes requests and never reads a byte.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = socketPath().toLocal8Bit();
    memcpy(address.sun_path, path.constData(), size_t(path.size()));
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    QByteArray requests = "{\"id\":0,\"method\":\"hello\",\"params\":{\"protocol\":1}}\n";
    for (int i = 1; i <= 60; ++i)
        requests += "{\"id\":" + QByteArray::number(i) + ",\"method\":\"history\"}\n";
    QCOMPARE(::write(fd, requests.constData(), size_t(requests.size())), ssize_t(requests.size()));

    // 60 MB of replies were asked for; the agent drops the client instead of holding them.
    // Generous: under ASan, with allocation stacks unwound through every library, the 60 MB of
    // replies take about 40 s to build.
    QTRY_VERIFY_WITH_TIMEOUT(agentLog().contains("is not reading its messages"), kAddressSanitizer ? 120000 : 30000);
    const qint64 rss = rssKiB(m_agent->processId());
    if (!kAddressSanitizer) // ASan's quarantine and shadow memory
        QVERIFY2(rss > 0 && rss < 60 * 1024, qPrintable(QStringLiteral("agent RSS %1 KiB").arg(rss)));
    ::close(fd);
    // Others are still served.
    LineClient other(socketPath());
    QVERIFY(other.call("hello", hello()).contains("result"));
    QVERIFY(other.call("status").contains("result"));
}

void TstAgentSocket::configSetAppliesWithoutRestart()
{
    writeConfig(config({"home.example.org"}));
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(updatedHosts(), QStringList{"home.example.org"}, 5000);
    LineClient watcher(socketPath());
    LineClient editor(socketPath());
    QVERIFY(watcher.call("hello", hello()).contains("result"));
    QVERIFY(watcher.call("subscribe").contains("result"));
    QVERIFY(editor.call("hello", hello()).contains("result"));

    const QJsonObject current = editor.call("config.get").value("result").toObject();
    QCOMPARE(current.value("path").toString(), m_dir->filePath("config.json"));
    QCOMPARE(current.value("config").toObject(), config({"home.example.org"}));

    const QJsonObject next = config({"home.example.org", "nas.example.org"});
    QVERIFY(editor.call("config.validate", {{"config", next}}).value("result").toObject().value("valid").toBool());
    const qint64 pid = m_agent->processId();
    const QJsonObject set = editor.call("config.set", {{"config", next}});
    QVERIFY2(set.contains("result"), QJsonDocument(set).toJson().constData());

    // Written: the same document, owner-only, no temporary file left beside it.
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), next);
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QCOMPARE(QDir(m_dir->path()).entryList({"config.json*"}, QDir::Files), QStringList{"config.json"});
    // Applied by the same process: the new host is published, the unchanged one not sent again.
    QTRY_VERIFY_WITH_TIMEOUT(updatedHosts().contains("nas.example.org"), 5000);
    QCOMPARE(updatedHosts().count("home.example.org"), 1);
    QCOMPARE(m_agent->processId(), pid);
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.events().isEmpty() && watcher.events().last().value("event") == "statusChanged"
                                 && watcher.events().last().value("data").toObject().value("state") == "idle", 5000);
    QStringList names;
    for (const QJsonObject &e : watcher.events()) {
        if (e.value("event") != "log")
            names << e.value("event").toString();
    }
    QCOMPARE(names.first(), "configChanged");
    QVERIFY2(names.contains("updateResult"), qPrintable(names.join(',')));
    QCOMPARE(editor.call("config.get").value("result").toObject().value("config").toObject(), next);
}

void TstAgentSocket::invalidConfigSetChangesNothing()
{
    writeConfig(config({"home.example.org"}));
    startAgent();
    LineClient client(socketPath());
    QVERIFY(client.call("hello", hello()).contains("result"));
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    QJsonObject bad = config({"bad host!"});
    bad.insert("intervall", "5m");
    const QJsonObject validated = client.call("config.validate", {{"config", bad}}).value("result").toObject();
    QCOMPARE(validated.value("valid").toBool(), false);
    const QJsonObject reply = client.call("config.set", {{"config", bad}});
    const QJsonObject error = reply.value("error").toObject();
    QCOMPARE(error.value("code").toString(), "invalidConfig");
    QStringList paths;
    for (const QJsonValue &e : error.value("errors").toArray())
        paths << e.toObject().value("path").toString();
    QVERIFY2(paths.contains("profiles[0].hosts[0]") && paths.contains("intervall"), qPrintable(paths.join(',')));
    QCOMPARE(validated.value("errors").toArray(), error.value("errors").toArray());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TstAgentSocket::updateWithEventsInOrder()
{
    writeConfig(config({"home.example.org"}));
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(updatedHosts().size(), 1, 5000);
    LineClient watcher(socketPath());
    QVERIFY(watcher.call("hello", hello()).contains("result"));
    QVERIFY(watcher.call("subscribe", {{"events", QJsonArray{"addressChanged", "updateResult", "statusChanged"}}}).contains("result"));
    LineClient client(socketPath());
    QVERIFY(client.call("hello", hello()).contains("result"));

    // Unchanged address: nothing is sent.
    QJsonObject result = client.call("update").value("result").toObject();
    QCOMPARE(result.value("results").toArray().at(0).toObject().value("result").toString(), "unchanged");
    QCOMPARE(m_provider->requests().size(), 1);
    // --force semantics: sent again.
    result = client.call("update", {{"profile", "home"}, {"force", true}}).value("result").toObject();
    QCOMPARE(result.value("results").toArray().at(0).toObject().value("result").toString(), "updated");
    QCOMPARE(m_provider->requests().size(), 2);

    // A new address: detection, update, events in the order they happened.
    m_echo->setReply({200, "81.2.69.161\n"});
    const qsizetype seen = watcher.events().size();
    result = client.call("update").value("result").toObject();
    const QJsonObject record = result.value("results").toArray().at(0).toObject();
    QCOMPARE(record.value("result").toString(), "updated");
    QCOMPARE(record.value("address").toString(), "81.2.69.161");
    QTRY_VERIFY_WITH_TIMEOUT(watcher.events().size() >= seen + 4, 5000);
    const QList<QJsonObject> events = watcher.events().mid(seen);
    QStringList names;
    for (const QJsonObject &e : events)
        names << e.value("event").toString();
    QCOMPARE(names, (QStringList{"statusChanged", "addressChanged", "updateResult", "statusChanged"}));
    QCOMPARE(events[0].value("data").toObject().value("state").toString(), "updating");
    const QJsonObject change = events[1].value("data").toObject();
    QCOMPARE(change.value("family").toString(), "ipv4");
    QCOMPARE(change.value("old").toString(), "81.2.69.160");
    QCOMPARE(change.value("new").toString(), "81.2.69.161");
    QVERIFY(change.value("detector").toString().startsWith("web "));
    QCOMPARE(events[3].value("data").toObject().value("state").toString(), "idle");
    // Sequence numbers count every event of the agent (log lines too): increasing, in order.
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY(events[i].value("seq").toInteger() > events[i - 1].value("seq").toInteger());

    // The history remembers it; the last seen address is in the status.
    const QJsonArray history = client.call("history").value("result").toObject().value("entries").toArray();
    QCOMPARE(history.last().toObject().value("new").toString(), "81.2.69.161");
    QCOMPARE(history.last().toObject().value("old").toString(), "81.2.69.160");
}

void TstAgentSocket::testRunsDryAndSecretsNeverCross()
{
    writeConfig(config({"home.example.org"}));
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(updatedHosts().size(), 1, 5000);
    LineClient client(socketPath());
    QVERIFY(client.call("hello", hello()).contains("result"));
    QVERIFY(client.call("subscribe", {{"logLevel", "debug"}}).contains("result"));

    QJsonObject profile = config({}).value("profiles").toArray().at(0).toObject();
    profile.insert("hosts", QJsonArray{"new.example.org"});
    const QJsonObject tested = client.call("test", {{"profile", profile}}).value("result").toObject();
    const QJsonObject dry = tested.value("results").toArray().at(0).toObject();
    QCOMPARE(dry.value("result").toString(), "dry-run");
    QVERIFY2(dry.value("message").toString().contains("new.example.org"), qPrintable(dry.value("message").toString()));
    QCOMPARE(tested.value("addresses").toObject().value("ipv4").toObject().value("address").toString(), "81.2.69.160");
    QCOMPARE(m_provider->requests().size(), 1); // nothing sent
    profile.insert("hosts", QJsonArray{"bad host!"});
    QCOMPARE(client.call("test", {{"profile", profile}}).value("error").toObject().value("code").toString(), "invalidConfig");

    // Everything that crossed the socket, with every category at debug: never the secret.
    client.call("update", {{"force", true}});
    client.call("config.get");
    client.call("logs", {{"level", "debug"}});
    const QByteArray b64 = QByteArray("alice:").append(kSecret).toBase64();
    for (const QJsonObject &m : client.messages()) {
        const QByteArray text = QJsonDocument(m).toJson();
        QVERIFY2(!text.contains(kSecret) && !text.contains(b64), text.constData());
    }
}

void TstAgentSocket::clientOfAnotherUserIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("needs root to run a process as another user (setpriv)");
    const QString setpriv = QStandardPaths::findExecutable("setpriv");
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) is not installed");
    const QStringList asNobody{"--reuid=65534", "--regid=65534", "--clear-groups", "--"};
    if (runProgram(setpriv, asNobody + QStringList{"test", "-x", QStringLiteral(QDDNS_AGENT_BINARY)}).exitCode != 0)
        QSKIP("the agent binary is not reachable by user nobody (a parent directory is private)");

    // 1. An agent of root: user nobody cannot even reach its socket (owner-only directory and file).
    writeConfig(config({"home.example.org"}));
    startAgent();
    QVERIFY(QFileInfo(socketPath()).permissions().testFlag(QFileDevice::ReadOwner));
    QVERIFY(!(QFileInfo(socketPath()).permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther)));
    QVERIFY(::chmod(m_dir->path().toLocal8Bit().constData(), 0755) == 0); // let nobody walk to the socket
    const ProcessRun refused = runProgram(setpriv, asNobody + QStringList{QStringLiteral(QDDNS_AGENT_BINARY), "status", "--socket", socketPath()});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("permission denied"), refused.err.constData());
    stopAgent();

    // 2. An agent of nobody: root may use it (root could read its files and memory anyway); another
    // user who passes the file permissions (a socket left 0666) is refused by the peer uid check.
    QTemporaryDir nobodyDir(QDir::tempPath() + "/qddns-nobody-XXXXXX");
    QVERIFY(::chmod(nobodyDir.path().toLocal8Bit().constData(), 0755) == 0);
    QVERIFY(::chown(nobodyDir.path().toLocal8Bit().constData(), 65534, 65534) == 0);
    const QString path = nobodyDir.filePath("agent.socket");
    QFile cfg(nobodyDir.filePath("config.json"));
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(R"j({"version": 1, "detectors": {"ipv4": [], "ipv6": []}})j");
    cfg.close();
    QVERIFY(::chown(cfg.fileName().toLocal8Bit().constData(), 65534, 65534) == 0);
    QProcess agent;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOME", nobodyDir.path());
    agent.setProcessEnvironment(env);
    agent.start(setpriv, asNobody + QStringList{QStringLiteral(QDDNS_AGENT_BINARY), "run", "--config", cfg.fileName(),
                                                "--state-dir", nobodyDir.filePath("state"), "--socket", path});
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
    LineClient root(path);
    QVERIFY(root.connected());
    QVERIFY(root.call("hello", hello()).contains("result"));
    QCOMPARE(runAgent({"status", "--socket", path}).exitCode, 0);
    QVERIFY(::chmod(path.toLocal8Bit().constData(), 0666) == 0);
    const QStringList asOther{"--reuid=61203", "--regid=61203", "--clear-groups", "--"};
    const ProcessRun cli = runProgram(setpriv, asOther + QStringList{QStringLiteral(QDDNS_AGENT_BINARY), "status", "--socket", path});
    QCOMPARE(cli.exitCode, 3);
    QVERIFY2(cli.err.contains("serves only its own user"), cli.err.constData());
    // The client library tells "another user's agent" from "no agent" (the tray says which): this
    // process connects as uid 61203 (the kernel records the effective uid at connect()), then
    // goes back to root.
    Qddns::Ipc::AgentClient client(path, "tst_agentsocket");
    QSignalSpy failed(&client, &Qddns::Ipc::AgentClient::connectFailed);
    QVERIFY(::seteuid(61203) == 0);
    client.connectToAgent();
    QVERIFY(::seteuid(0) == 0);
    QVERIFY(failed.wait(5000));
    QVERIFY(client.agentIsOtherUser());
    Qddns::Ipc::AgentClient nobodyThere(m_dir->filePath("none.socket"), "tst_agentsocket");
    QSignalSpy missing(&nobodyThere, &Qddns::Ipc::AgentClient::connectFailed);
    nobodyThere.connectToAgent();
    QVERIFY(missing.wait(5000) || !missing.isEmpty());
    QVERIFY(!nobodyThere.agentIsOtherUser());
    ::kill(pid_t(agent.processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(agent.state(), QProcess::NotRunning, 6000);
    QVERIFY2(agent.readAllStandardError().contains("refused a connection from uid 61203"), "the agent logs the refusal");
}

void TstAgentSocket::secondAgentRefusedAndStaleLockRecovered()
{
    writeConfig(config({"home.example.org"}));
    startAgent();
    const ProcessRun second = runAgent(QStringList{"run"} + agentArgs(), QProcessEnvironment::systemEnvironment(), {}, 10000);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QStringLiteral("another qddns-agent (pid %1) already runs").arg(m_agent->processId()).toUtf8()),
             second.err.constData());
    QVERIFY(QFile::exists(socketPath())); // the refused agent left the running one's socket alone

    // A crash leaves lock and socket behind; the next agent takes both over.
    m_agent->kill();
    m_agent->waitForFinished();
    QVERIFY(QFile::exists(m_dir->filePath("state/agent.lock")));
    QVERIFY(QFile::exists(socketPath()));
    startAgent();
    LineClient client(socketPath());
    QCOMPARE(client.call("hello", hello()).value("result").toObject().value("pid").toInteger(), m_agent->processId());
}

void TstAgentSocket::clientCommands()
{
    writeConfig(config({"home.example.org"}));
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(updatedHosts().size(), 1, 5000);
    const QStringList socket{"--socket", socketPath()};

    ProcessRun run = runAgent(QStringList{"status"} + socket);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("IPv4  81.2.69.160"), run.out.constData());
    QVERIFY2(run.out.contains("home.example.org\tA\t81.2.69.160\tcurrent"), run.out.constData());
    run = runAgent(QStringList{"status", "--json"} + socket);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value("profiles").toArray().size(), 1);

    // logs --follow keeps printing what happens next.
    QProcess follow;
    follow.start(QStringLiteral(QDDNS_AGENT_BINARY), QStringList{"logs", "--follow"} + socket);
    QVERIFY(follow.waitForStarted());
    QByteArray followed;
    QTRY_VERIFY_WITH_TIMEOUT((followed += follow.readAllStandardOutput()).contains("listening on"), 5000);

    m_echo->setReply({200, "81.2.69.161\n"});
    run = runAgent(QStringList{"update", "home"} + socket);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("home\thome.example.org\tA\t81.2.69.161\tupdated"), run.out.constData());
    run = runAgent(QStringList{"update", "--force"} + socket);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("updated"), run.out.constData());
    run = runAgent(QStringList{"update", "nope"} + socket);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no profile named \"nope\"; configured: home"), run.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT((followed += follow.readAllStandardOutput()).contains("address changed from 81.2.69.160 to 81.2.69.161"), 5000);
    follow.kill();
    follow.waitForFinished();

    run = runAgent(QStringList{"logs", "--level", "warning"} + socket);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains(" info "), run.out.constData());
    run = runAgent(QStringList{"logs"} + socket);
    QVERIFY2(run.out.contains("qddns.engine: home home.example.org A: updated"), run.out.constData());

    run = runAgent(QStringList{"history", "--since", "1h"} + socket);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("ipv4\t(first) -> 81.2.69.160"), run.out.constData());
    QVERIFY2(run.out.contains("ipv4\t81.2.69.160 -> 81.2.69.161"), run.out.constData());
    run = runAgent(QStringList{"history", "--since", "2099-01-01"} + socket);
    QVERIFY2(run.out.contains("no address change recorded in that time"), run.out.constData());
    run = runAgent(QStringList{"history", "--since", "yesterday-ish"} + socket);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--since \"yesterday-ish\""), run.err.constData());

    // The agent goes away under a follower: it says so and fails.
    follow.start(QStringLiteral(QDDNS_AGENT_BINARY), QStringList{"logs", "--follow"} + socket);
    QVERIFY(follow.waitForStarted());
    QTest::qWait(300);
    stopAgent();
    QTRY_COMPARE_WITH_TIMEOUT(follow.state(), QProcess::NotRunning, 5000);
    QCOMPARE(follow.exitCode(), 1);
    const QByteArray err = follow.readAllStandardError();
    QVERIFY2(err.contains("the agent closed the connection"), err.constData());
}

void TstAgentSocket::clientCommandsWithoutAgent()
{
    for (const char *command : {"status", "update", "logs", "history"}) {
        const ProcessRun run = runAgent({command, "--socket", socketPath()});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("no qddns-agent is running") && run.err.contains("qddns-agent run"), run.err.constData());
    }
    // A broken configuration does not stop a client: it needs only the socket.
    QFile broken(m_dir->filePath("config.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ nope");
    broken.close();
    QCOMPARE(runAgent(QStringList{"status"} + agentArgs()).exitCode, 3);
}

void TstAgentSocket::historySurvivesRestart()
{
    writeConfig(config({"home.example.org"}));
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(updatedHosts().size(), 1, 5000);
    stopAgent();

    m_echo->setReply({200, "81.2.69.162\n"});
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(updatedHosts().size(), 2, 5000);
    LineClient client(socketPath());
    QVERIFY(client.call("hello", hello()).contains("result"));
    const QJsonObject reply = client.call("history", {{"family", "ipv4"}}).value("result").toObject();
    const QJsonArray entries = reply.value("entries").toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].toObject().value("new").toString(), "81.2.69.160");
    QCOMPARE(entries[1].toObject().value("old").toString(), "81.2.69.160");
    QCOMPARE(entries[1].toObject().value("new").toString(), "81.2.69.162");
    QCOMPARE(reply.value("maxEntries").toInt(), 10000);
    stopAgent();

    // A journal at its bound (plus the slack compaction allows): the next change drops the oldest.
    QFile history(m_dir->filePath("state/history.jsonl"));
    QVERIFY(history.open(QIODevice::Append));
    for (int i = 0; i < 11000; ++i)
        history.write("{\"time\":\"2026-01-01T00:00:00.000Z\",\"family\":\"ipv4\",\"old\":\"81.2.69.1\",\"new\":\"81.2.69.2\",\"detector\":\"x\"}\n");
    history.close();
    m_echo->setReply({200, "81.2.69.163\n"});
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(updatedHosts().size(), 3, 15000);
    LineClient again(socketPath());
    QVERIFY(again.call("hello", hello()).contains("result"));
    const QJsonArray bounded = again.call("history").value("result").toObject().value("entries").toArray();
    QCOMPARE(bounded.size(), 10000);
    QCOMPARE(bounded.last().toObject().value("new").toString(), "81.2.69.163");
    QCOMPARE(again.call("history", {{"limit", 1}}).value("result").toObject().value("entries").toArray().size(), 1);
    const QJsonObject badSince = again.call("history", {{"since", "garbage"}}).value("error").toObject();
    QCOMPARE(badSince.value("code").toString(), "invalidParams");
    QCOMPARE(badSince.value("param").toString(), "since");
}

QTEST_GUILESS_MAIN(TstAgentSocket)
#include "tst_agentsocket.moc"
