// A full disk under the real agent (a small real tmpfs; needs root, as in CI): `once` and
// `config.set` once replaced state.json and config.json with empty files and reported success.
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakes/process.h"
#include "fakes/tmpfs.h"
#include "ipc/agentclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qddns;
using namespace Qddns::Test;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}
} // namespace

class TstFullDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void onceKeepsStateAndFails();
    void configSetReportsWriteFailed();
    void runReportsStateWriteFailureAndSendsOnce();

private:
    QJsonObject config(const QStringList &hosts) const;
    bool writeConfig(const QString &path, const QJsonObject &config) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    QString m_secretFile;
};

void TstFullDisk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secretFile = m_dir->filePath("secret");
    QVERIFY(writeSecretFile(m_secretFile, "fulldisk-s3cret"));
    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));
}

void TstFullDisk::cleanup()
{
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

QJsonObject TstFullDisk::config(const QStringList &hosts) const
{
    const QJsonObject profile{{"name", "home"}, {"provider", "dyndns2"}, {"server", m_provider->baseUrl().toString()},
                              {"hosts", QJsonArray::fromStringList(hosts)}, {"username", "alice"},
                              {"secret", QJsonObject{{"source", "file"}, {"path", m_secretFile}}}};
    return {{"version", 1},
            {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
            {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString() + "/ip"}}}},
                                      {"ipv6", QJsonArray{}}}},
            {"profiles", QJsonArray{profile}}};
}

bool TstFullDisk::writeConfig(const QString &path, const QJsonObject &config) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(QJsonDocument(config).toJson()) > 0;
}

void TstFullDisk::onceKeepsStateAndFails()
{
    SmallTmpfs fs(64);
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.error()));
    const QString configPath = m_dir->filePath("config.json");
    QVERIFY(writeConfig(configPath, config({"home.example.org", "nas.example.org"})));
    const QStringList args{"once", "--config", configPath, "--state-dir", fs.path()};
    const ProcessRun first = runAgent(args);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QByteArray before = readAll(fs.filePath("state.json"));
    QVERIFY(before.contains("81.2.69.160"));

    // The address changes while the disk is full.
    m_echo->setReply({200, "81.2.69.161\n"});
    QVERIFY(fs.fill());
    const ProcessRun full = runAgent(args);
    QVERIFY2(full.exitCode != 0, "once reported success although the state could not be saved");
    QVERIFY2(full.err.contains("No space left on device"), full.err.constData());
    QCOMPARE(readAll(fs.filePath("state.json")), before);
    const QStringList files = QDir(fs.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : files)
        QVERIFY2(name == "state.json" || name == ".filler" || name == "history.jsonl", qPrintable(name));

    // With space again, the next run brings the state up to date.
    fs.drain();
    const ProcessRun again = runAgent(args);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(readAll(fs.filePath("state.json")).contains("81.2.69.161"));
}

void TstFullDisk::configSetReportsWriteFailed()
{
    SmallTmpfs fs(64);
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.error()));
    const QString configPath = fs.filePath("config.json");
    QVERIFY(writeConfig(configPath, config({"home.example.org"})));
    const QByteArray before = readAll(configPath);
    const QString socket = m_dir->filePath("agent.socket");
    QProcess agent;
    agent.start(QStringLiteral(QDDNS_AGENT_BINARY),
                {"run", "--config", configPath, "--state-dir", m_dir->filePath("state"), "--socket", socket});
    QVERIFY(agent.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(m_provider->requests().size(), 1, 5000);

    Ipc::AgentClient client(socket, "tst_fulldisk");
    client.connectToAgent();
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
    QVERIFY(fs.fill());
    // A bigger document than the old one, as a user adding hosts would send.
    QStringList hosts;
    for (int i = 0; i < 200; ++i)
        hosts << QStringLiteral("host%1.example.org").arg(i);
    std::optional<Ipc::Reply> reply;
    client.request(QLatin1StringView("config.set"), {{"config", config(hosts)}}, this,
                   [&reply](const Ipc::Reply &r) { reply = r; });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
    QCOMPARE(reply->errorCode, QStringLiteral("writeFailed"));
    QVERIFY2(reply->errorMessage.contains("No space left on device"), qPrintable(reply->errorMessage));
    QCOMPARE(readAll(configPath), before);

    // The agent runs on with the configuration it had: config.get still shows one host.
    std::optional<Ipc::Reply> current;
    client.request(QLatin1StringView("config.get"), {}, this, [&current](const Ipc::Reply &r) { current = r; });
    QTRY_VERIFY_WITH_TIMEOUT(current.has_value(), 5000);
    const QJsonArray profiles = current->result.value("config").toObject().value("profiles").toArray();
    QCOMPARE(profiles.at(0).toObject().value("hosts").toArray().size(), 1);
    QCOMPARE(agent.state(), QProcess::Running);
    agent.terminate();
    QVERIFY(agent.waitForFinished(6000));
}

// Issue 16: the running agent with its state on a full disk publishes a new address once, says in
// `status` that its state cannot be saved, keeps the old state.json, and sends nothing again on the
// following cycles (it knows what it published); with space again, the next cycle saves.
void TstFullDisk::runReportsStateWriteFailureAndSendsOnce()
{
    SmallTmpfs fs(64);
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.error()));
    const QString configPath = m_dir->filePath("config.json");
    QVERIFY(writeConfig(configPath, config({"home.example.org", "nas.example.org"})));
    const QString socket = m_dir->filePath("agent.socket");
    QProcess agent;
    agent.start(QStringLiteral(QDDNS_AGENT_BINARY), {"run", "--config", configPath, "--state-dir", fs.path(), "--socket", socket});
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(readAll(fs.filePath("state.json")).contains("81.2.69.160"), 10000);
    QCOMPARE(m_provider->requests().size(), 1);
    const QByteArray before = readAll(fs.filePath("state.json"));

    Ipc::AgentClient client(socket, "tst_fulldisk");
    client.connectToAgent();
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
    const auto call = [&client, this](QLatin1StringView method, const QJsonObject &params) {
        std::optional<Ipc::Reply> reply;
        client.request(method, params, this, [&reply](const Ipc::Reply &r) { reply = r; });
        return QTest::qWaitFor([&reply] { return reply.has_value(); }, 20000) ? *reply : Ipc::Reply{};
    };
    QVERIFY(!call(QLatin1StringView("status"), {}).result.contains("stateError"));

    QVERIFY(fs.fill());
    m_echo->setReply({200, "81.2.69.161\n"});
    QVERIFY(call(QLatin1StringView("update"), {}).ok());
    QCOMPARE(m_provider->requests().size(), 2);
    QCOMPARE(m_provider->requests().at(1).queryValue("myip"), QStringLiteral("81.2.69.161"));
    const QString error = call(QLatin1StringView("status"), {}).result.value("stateError").toString();
    QVERIFY2(error.contains("No space left on device"), qPrintable(error));
    QCOMPARE(readAll(fs.filePath("state.json")), before);

    // More cycles on the full disk: nothing is sent again.
    for (int i = 0; i < 3; ++i)
        QVERIFY(call(QLatin1StringView("update"), {}).ok());
    QCOMPARE(m_provider->requests().size(), 2);
    QCOMPARE(readAll(fs.filePath("state.json")), before);

    fs.drain();
    QVERIFY(call(QLatin1StringView("update"), {}).ok());
    QCOMPARE(m_provider->requests().size(), 2);
    QVERIFY(readAll(fs.filePath("state.json")).contains("81.2.69.161"));
    QVERIFY(!call(QLatin1StringView("status"), {}).result.contains("stateError"));
    agent.terminate();
    QVERIFY(agent.waitForFinished(6000));
}

QTEST_GUILESS_MAIN(TstFullDisk)
#include "tst_fulldisk.moc"
