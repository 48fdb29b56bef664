// Hooks in a real `qddns-agent run`: agentStarted, updates going on while a hook hangs, failed
// and timed-out hooks in `status` (socket and command line), `hooks.test` with a saved and an
// unsaved hook, and no hook left running after the agent stopped.
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakes/lineclient.h"
#include "fakes/process.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qddns::Test;

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool processRuns(qint64 pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.mid(close + 2, 1) != "Z";
}

QJsonObject hookNamed(const QJsonObject &status, const QString &name)
{
    for (const QJsonValue &h : status.value("hooks").toArray()) {
        if (h.toObject().value("name").toString() == name)
            return h.toObject();
    }
    return {};
}
} // namespace

class TstHooksAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void hooksInARunningAgent();

private:
    QString socketPath() const { return m_dir->filePath("agent.socket"); }
    QJsonObject status(LineClient &client) { return client.call("status").value("result").toObject(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    std::unique_ptr<FakeHttpServer> m_receiver;
    std::unique_ptr<QProcess> m_agent;
};

void TstHooksAgent::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));
    m_receiver = std::make_unique<FakeHttpServer>();
    QVERIFY(m_receiver->listen());
    m_receiver->setHandler([](const RecordedRequest &r) {
        return r.path == "/gone" ? FakeReply{404, "no such hook"} : FakeReply{200, "ok"};
    });
}

void TstHooksAgent::cleanup()
{
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        m_agent->kill();
        m_agent->waitForFinished();
    }
    m_agent.reset();
}

void TstHooksAgent::hooksInARunningAgent()
{
    QVERIFY(writeSecretFile(m_dir->filePath("secret"), "agent-s3cret"));
    QVERIFY(writeSecretFile(m_dir->filePath("gotify.token"), "g0tify-t0ken"));
    const QString base = m_receiver->baseUrl().toString();
    const QJsonObject config{
        {"version", 1},
        {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString() + "/ip"}}}},
                                  {"ipv6", QJsonArray{}}}},
        {"profiles", QJsonArray{QJsonObject{{"name", "home"}, {"provider", "dyndns2"}, {"server", m_provider->baseUrl().toString()},
                                            {"hosts", QJsonArray{"home.example.org"}}, {"username", "alice"},
                                            {"secret", QJsonObject{{"source", "file"}, {"path", m_dir->filePath("secret")}}}}}},
        {"hooks", QJsonArray{
            QJsonObject{{"name", "started"}, {"type", "command"},
                        {"argv", QJsonArray{"/bin/sh", "-c", "echo \"$QDDNS_EVENT: $QDDNS_MESSAGE\" > '" + m_dir->filePath("started") + "'"}},
                        {"events", QJsonArray{"agentStarted"}}},
            QJsonObject{{"name", "hang"}, {"type", "command"},
                        {"argv", QJsonArray{"/bin/sh", "-c", "echo $$ > '" + m_dir->filePath("hang.pid") + "'; exec sleep 600"}},
                        {"events", QJsonArray{"updated"}}, {"timeout", 600}},
            QJsonObject{{"name", "slow"}, {"type", "command"}, {"argv", QJsonArray{"/bin/sleep", "600"}},
                        {"events", QJsonArray{"addressChanged"}}, {"timeout", 1}},
            QJsonObject{{"name", "gone"}, {"type", "webhook"}, {"url", base + "/gone"}, {"events", QJsonArray{"updated"}}},
            QJsonObject{{"name", "phone"}, {"type", "ntfy"}, {"url", base + "/alerts"}, {"events", QJsonArray{"updated", "failed"}}}}}};
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();

    m_agent = std::make_unique<QProcess>();
    m_agent->start(QStringLiteral(QDDNS_AGENT_BINARY), {"run", "--config", m_dir->filePath("config.json"), "--state-dir",
                                                         m_dir->filePath("state"), "--socket", socketPath()});
    QVERIFY(m_agent->waitForStarted());

    // agentStarted, then the first cycle: the address, the update, and the hooks told of them.
    QTRY_VERIFY_WITH_TIMEOUT(readFile(m_dir->filePath("started")).startsWith("agentStarted: qddns-agent "), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_provider->requests().size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!readFile(m_dir->filePath("hang.pid")).isEmpty(), 10000);
    const qint64 hangPid = readFile(m_dir->filePath("hang.pid")).trimmed().toLongLong();

    LineClient client(socketPath());
    QVERIFY(client.connected());
    QCOMPARE(client.call("hello", {{"protocol", 2}, {"client", "tst_hooksagent"}}).value("result").toObject().value("protocol").toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(hookNamed(status(client), "slow").value("lastResult").toString(), "timedOut", 10000);
    QTRY_COMPARE_WITH_TIMEOUT(hookNamed(status(client), "gone").value("lastResult").toString(), "failed", 10000);
    QTRY_COMPARE_WITH_TIMEOUT(hookNamed(status(client), "phone").value("lastResult").toString(), "ok", 10000);
    const QJsonObject s = status(client);
    QCOMPARE(hookNamed(s, "slow").value("message").toString(), "did not finish within 1 s: its process group was killed");
    QCOMPARE(hookNamed(s, "gone").value("message").toString(), "HTTP 404 from 127.0.0.1: no such hook");
    QCOMPARE(hookNamed(s, "gone").value("failures").toInt(), 1);
    QCOMPARE(hookNamed(s, "hang").value("running").toBool(), true);
    QCOMPARE(hookNamed(s, "started").value("lastResult").toString(), "ok");
    QCOMPARE(s.value("hooks").toArray().size(), 5);

    // While "hang" hangs, updates go on: a forced update is answered at once.
    QElapsedTimer elapsed;
    elapsed.start();
    const QJsonObject update = client.call("update", {{"force", true}});
    QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(update.value("result").toObject().value("results").toArray().first().toObject().value("result").toString(), "updated");
    QCOMPARE(m_provider->requests().size(), 2);
    QVERIFY(processRuns(hangPid));

    // The command line names the hooks in trouble.
    const ProcessRun cli = runAgent({"status", "--socket", socketPath()});
    QCOMPARE(cli.exitCode, 0);
    QVERIFY2(cli.out.contains("hook slow (command) timed out at "), cli.out.constData());
    QVERIFY2(cli.out.contains(": did not finish within 1 s: its process group was killed\n"), cli.out.constData());
    QVERIFY2(cli.out.contains("hook gone (webhook) failed at "), cli.out.constData());
    QVERIFY(!cli.out.contains("hook phone"));

    // hooks.test: a saved hook by its entry, then an unsaved one with a secret from a file.
    const int before = int(m_receiver->requests().size());
    const QJsonObject saved = config.value("hooks").toArray().at(4).toObject();
    const QJsonObject tested = client.call("hooks.test", {{"hook", saved}}).value("result").toObject();
    QCOMPARE(tested.value("result").toString(), "ok");
    QCOMPARE(tested.value("hook").toString(), "phone");
    QCOMPARE(m_receiver->requests().size(), before + 1);
    QCOMPARE(m_receiver->requests().last().path, "/alerts");
    QCOMPARE(m_receiver->requests().last().body, QByteArray("a test of hook phone from qddns: it works"));
    QCOMPARE(m_receiver->requests().last().header("Title"), QByteArray("qddns: test"));

    const QJsonObject unsaved{{"name", "gotify"}, {"type", "gotify"}, {"url", base},
                              {"secret", QJsonObject{{"source", "file"}, {"path", m_dir->filePath("gotify.token")}}},
                              {"events", QJsonArray{"failed"}}};
    QCOMPARE(client.call("hooks.test", {{"hook", unsaved}}).value("result").toObject().value("result").toString(), "ok");
    QCOMPARE(m_receiver->requests().last().path, "/message");
    QCOMPARE(m_receiver->requests().last().header("X-Gotify-Key"), QByteArray("g0tify-t0ken"));

    const QJsonObject failing = client.call("hooks.test", {{"hook", QJsonObject{{"name", "gone"}, {"type", "webhook"}, {"url", base + "/gone"},
                                                                                {"events", QJsonArray{"updated"}}}}}).value("result").toObject();
    QCOMPARE(failing.value("result").toString(), "failed");
    QCOMPARE(failing.value("status").toInt(), 404);
    QCOMPARE(failing.value("attempts").toInt(), 1);

    const QJsonObject invalid = client.call("hooks.test", {{"hook", QJsonObject{{"name", "x"}, {"type", "webhook"}, {"url", "ftp://x"},
                                                                                {"events", QJsonArray{"updated"}}}}});
    QCOMPARE(invalid.value("error").toObject().value("code").toString(), "invalidConfig");
    QCOMPARE(invalid.value("error").toObject().value("errors").toArray().first().toObject().value("path").toString(), "hooks[5].url");
    QCOMPARE(client.call("hooks.test", {{"hook", "phone"}}).value("error").toObject().value("code").toString(), "invalidParams");
    // Nothing of the secrets crossed the socket, nor the test's saved configuration.
    QVERIFY(!QJsonDocument(status(client)).toJson().contains("g0tify-t0ken"));
    QCOMPARE(hookNamed(status(client), "gotify"), QJsonObject());

    // The agent stops: the hanging hook's process group goes with it.
    ::kill(pid_t(m_agent->processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(m_agent->state(), QProcess::NotRunning, 8000);
    QCOMPARE(m_agent->exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!processRuns(hangPid), 3000);
}

QTEST_GUILESS_MAIN(TstHooksAgent)
#include "tst_hooksagent.moc"
