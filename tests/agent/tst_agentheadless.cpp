// The first hour on a machine without a desktop (a NAS over SSH): no D-Bus session, so no
// keychain. The README's path as written (secret into a file, its starter configuration,
// check-config, once), secret files and --write-config, and `once` refusing what would make it
// re-send or race a running agent.
#include "agent/clienvironment.h"
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakes/process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace Qddns::Test;

namespace {
const QByteArray kSecret = "nas-5ecret-42";

QFileDevice::Permissions modeBits(const QString &path)
{
    const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                   | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                   | QFileDevice::ExeOther;
    return QFile::permissions(path) & all;
}
constexpr auto kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// The first ```json block after the README's starter-config marker.
QByteArray readmeStarterConfig(const QByteArray &readme)
{
    const qsizetype marker = readme.indexOf("<!-- starter-config");
    const qsizetype begin = readme.indexOf("```json\n", marker);
    const qsizetype end = readme.indexOf("```\n", begin + 8);
    if (marker < 0 || begin < 0 || end < 0)
        return {};
    return readme.mid(begin + 8, end - begin - 8);
}
} // namespace

class TstAgentHeadless : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void headlessReadmePath();
    void readmeCompleteExampleChecks();
    void keychainUnreachableSaysWhatToDo();
    void secretFileIsOwnerOnly();
    void writeConfigEditsOnlyTheProfile();
    void writeConfigRefusesWhatItCannotDo();
    void onceRefusesUnwritableState_data();
    void onceRefusesUnwritableState();
    void runSaysWhyTheLockFails();
    void onceAndRunAreExclusive();

private:
    ProcessRun agent(const QStringList &args, const QByteArray &input = {}) { return runAgent(args, m_env, input); }
    QString home() const { return m_dir->filePath("home"); }
    QString configPath() const { return home() + "/.config/qddns/config.json"; }
    QString stateDir() const { return home() + "/.local/share/qddns"; }
    QJsonObject profile(const QJsonObject &secret) const;
    void writeConfig(const QJsonArray &profiles);
    int updates() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    QProcessEnvironment m_env;
    QString m_username = "me@example.org";
};

void TstAgentHeadless::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_env = sshEnvironment(home(), m_dir->filePath("run"));
    m_echo = std::make_unique<FakeHttpServer>();
    QVERIFY(m_echo->listen());
    m_echo->setReply({200, "81.2.69.160\n"});
    // A DynDNS2 server that checks the credentials, as No-IP does.
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(m_provider->listen());
    m_provider->setHandler([this](const RecordedRequest &r) {
        if (r.header("Authorization") != "Basic " + (m_username.toUtf8() + ':' + kSecret).toBase64())
            return FakeReply{200, "badauth"};
        return FakeReply{200, dyndns2GoodPerHost(r)};
    });
}

void TstAgentHeadless::cleanup()
{
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

QJsonObject TstAgentHeadless::profile(const QJsonObject &secret) const
{
    return {{"name", "home"}, {"provider", "noip"}, {"server", m_provider->baseUrl().toString()},
            {"hosts", QJsonArray{"myhome.ddns.net"}}, {"username", m_username}, {"secret", secret}};
}

void TstAgentHeadless::writeConfig(const QJsonArray &profiles)
{
    const QJsonObject config{{"version", 1},
                             {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
                             {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString()}}}},
                                                       {"ipv6", QJsonArray{}}}},
                             {"profiles", profiles}};
    QVERIFY(writeText(configPath(), QJsonDocument(config).toJson()));
}

int TstAgentHeadless::updates() const
{
    return int(m_provider->requests().size());
}

void TstAgentHeadless::headlessReadmePath()
{
    // The README's starter configuration, as a user copies it.
    const QByteArray readme = readText(QDDNS_README);
    const QByteArray starter = readmeStarterConfig(readme);
    QVERIFY2(!starter.isEmpty(), "README.md has no starter configuration after its <!-- starter-config --> marker");
    QJsonParseError error;
    QJsonObject config = QJsonDocument::fromJson(starter, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY2(!config.contains("detectors"), "the starter uses the default detectors");
    QCOMPARE(config.value("profiles").toArray().size(), 1);
    QJsonObject starterProfile = config.value("profiles").toArray().first().toObject();
    const QString secretPath = starterProfile.value("secret").toObject().value("path").toString();
    QCOMPARE(secretPath, "~/.config/qddns/home.secret");
    m_username = starterProfile.value("username").toString();
    // And the commands it gives, so the steps below cannot drift from it.
    for (const char *command : {"qddns-agent secret set home --file ~/.config/qddns/home.secret", "qddns-agent check-config\n",
                                "qddns-agent once\n", "qddns-agent service install-unit", "loginctl enable-linger"})
        QVERIFY2(readme.contains(command), command);

    // Adapted only where a test must: the provider and the echo service are loopback fakes,
    // trusted through tls.caFile.
    starterProfile.insert("server", m_provider->baseUrl().toString());
    config.insert("profiles", QJsonArray{starterProfile});
    config.insert("tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}});
    config.insert("detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString()}}}},
                                           {"ipv6", QJsonArray{}}});
    QVERIFY(writeText(configPath(), QJsonDocument(config).toJson()));
    QVERIFY(!m_env.contains("DBUS_SESSION_BUS_ADDRESS") && !m_env.contains("DISPLAY"));

    // Each step succeeds and names the next one.
    const QString secretFile = home() + "/.config/qddns/home.secret"; // ~ as the shell expands it
    ProcessRun run = agent({"secret", "set", "home", "--file", secretFile}, kSecret + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("the secret of profile \"home\" is written to " + secretFile.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("next: `qddns-agent check-config`"), run.err.constData());
    QCOMPARE(readText(secretFile), kSecret + '\n');
    QCOMPARE(modeBits(secretFile), kOwnerFile);

    run = agent({"check-config"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), (configPath() + ": valid, 1 profile").toUtf8());
    QVERIFY2(!run.err.contains("warning"), run.err.constData());
    QVERIFY2(run.err.contains("next: `qddns-agent once`"), run.err.constData());

    run = agent({"once"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("home\tmyhome.ddns.net\tA\t81.2.69.160\tupdated"), run.out.constData());
    QCOMPARE(updates(), 1);
    QVERIFY2(run.err.contains("next: keep the records current with the agent as a service (`qddns-agent service install-unit`"),
             run.err.constData());
    QVERIFY(QFile::exists(stateDir() + "/state.json"));

    // From cron every five minutes: nothing sent, nothing said but the result.
    run = agent({"once"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("home\tmyhome.ddns.net\tA\t81.2.69.160\tunchanged"), run.out.constData());
    QCOMPARE(updates(), 1);
    QVERIFY2(!run.err.contains("next:"), run.err.constData());

    run = agent({"service", "install-unit"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("next: systemctl --user daemon-reload && systemctl --user enable --now qddns-agent"), run.err.constData());
    QVERIFY(QFile::exists(home() + "/.config/systemd/user/qddns-agent.service"));
    QVERIFY(!run.err.contains(kSecret) && !run.out.contains(kSecret));
}

void TstAgentHeadless::readmeCompleteExampleChecks()
{
    // The README says: drop the "tls" line, and what else the example names that this machine
    // lacks is a warning, not an error.
    const QByteArray readme = readText(QDDNS_README);
    const qsizetype section = readme.indexOf("### The complete example");
    const qsizetype begin = readme.indexOf("```json\n", section);
    const qsizetype end = readme.indexOf("```\n", begin + 8);
    QVERIFY(section > 0 && begin > section && end > begin);
    QJsonParseError error;
    QJsonObject example = QJsonDocument::fromJson(readme.mid(begin + 8, end - begin - 8), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(readme.mid(section, begin - section).contains("drop the `\"tls\"` line"));
    QVERIFY(example.contains("tls"));
    example.remove("tls");
    QVERIFY(writeText(configPath(), QJsonDocument(example).toJson()));
    const ProcessRun run = agent({"check-config"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith((configPath() + ": valid, 4 profiles, ").toUtf8()), run.out.constData());
    // Each warning is one the README lists.
    for (const char *expected : {"\"ppp0\"", "/usr/local/bin/router-wan-ip", "duckdns.token", "CF_API_TOKEN", "no keychain is reachable",
                                 "$CREDENTIALS_DIRECTORY is not set"})
        QVERIFY2(run.err.contains(expected), expected);
    QCOMPARE(agent({"check-config", "--strict"}).exitCode, 1);
}

void TstAgentHeadless::keychainUnreachableSaysWhatToDo()
{
    // `secret set` to the keychain, as a desktop user would type it.
    ProcessRun run = agent({"secret", "set", "home"}, kSecret + '\n');
    QCOMPARE(run.exitCode, 1);
    const QByteArray expected = "no keychain is reachable: there is no D-Bus session, as over SSH, from cron or in a service";
    QVERIFY2(run.err.contains(expected), run.err.constData());
    QVERIFY2(run.err.contains("`qddns-agent secret set home --file ~/.config/qddns/home.secret --write-config`"), run.err.constData());
    QVERIFY2(run.err.contains("\"env\" or \"systemd-credential\" source"), run.err.constData());

    // A profile that reads the keychain: check-config warns, an update fails saying the same.
    writeConfig({profile({{"source", "keychain"}})});
    run = agent({"check-config"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("warning: " + configPath().toUtf8() + ": profiles[0].secret: " + expected), run.err.constData());
    run = agent({"once", "--json"});
    QCOMPARE(run.exitCode, 1);
    const QString message = run.results().at(0)["message"].toString();
    QVERIFY2(message.startsWith("secret unavailable: " + expected) && message.contains("--file"), qPrintable(message));
    QCOMPARE(updates(), 0);
}

void TstAgentHeadless::secretFileIsOwnerOnly()
{
    // No configuration yet: the file is written and the reference printed for the user to paste.
    const QString dir = m_dir->filePath("new/secrets");
    const QString path = dir + "/home.secret";
    const ProcessRun run = agent({"secret", "set", "home", "--file", path}, kSecret + "\nnot part of it\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(readText(path), kSecret + '\n');
    QCOMPARE(modeBits(path), kOwnerFile);
    QCOMPARE(modeBits(dir), kOwnerDir);
    QCOMPARE(run.out, "\"secret\": {\"source\": \"file\", \"path\": \"" + path.toUtf8() + "\"}\n");
    QVERIFY2(run.err.contains("next: put the line above in profile \"home\" of " + configPath().toUtf8()), run.err.constData());
    QVERIFY(!run.err.contains(kSecret) && !run.out.contains(kSecret));

    // Replacing it is atomic: a new file takes the old one's place (the old inode stays intact).
    struct stat before = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
    QCOMPARE(agent({"secret", "set", "home", "--file", path}, "second-5ecret\n").exitCode, 0);
    struct stat after = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QVERIFY(before.st_ino != after.st_ino);
    QCOMPARE(readText(path), QByteArray("second-5ecret\n"));
    QCOMPARE(modeBits(path), kOwnerFile);

    // A profile that reads a file gets it written there by a plain `secret set`.
    writeConfig({profile({{"source", "file"}, {"path", path}})});
    const ProcessRun again = agent({"secret", "set", "home"}, kSecret + '\n');
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.err.contains("reads its secret from file " + path.toUtf8() + ": writing it there"), again.err.constData());
    QCOMPARE(readText(path), kSecret + '\n');
}

void TstAgentHeadless::writeConfigEditsOnlyTheProfile()
{
    // Written by hand: its layout and key order survive; only the profile's secret changes.
    const QByteArray original = "{\n"
                                "  \"version\": 1,\n"
                                "  \"profiles\": [\n"
                                "    {\n"
                                "      \"name\": \"home\",\n"
                                "      \"provider\": \"noip\",\n"
                                "      \"hosts\": [\"myhome.ddns.net\"],\n"
                                "      \"username\": \"me@example.org\"\n"
                                "    },\n"
                                "    {\"name\": \"duck\", \"provider\": \"duckdns\", \"hosts\": [\"myhome\"], \"secret\": {\"source\": \"keychain\"}}\n"
                                "  ]\n"
                                "}\n";
    QVERIFY(writeText(configPath(), original));
    const QString homeSecret = home() + "/.config/qddns/home.secret";
    ProcessRun run = agent({"secret", "set", "home", "--file", homeSecret, "--write-config"}, kSecret + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("profile \"home\" in " + configPath().toUtf8() + " now reads it from there; next: `qddns-agent check-config`"),
             run.err.constData());
    QByteArray expected = original;
    expected.replace("      \"name\": \"home\",\n",
                     "      \"secret\": {\"source\": \"file\", \"path\": \"" + homeSecret.toUtf8() + "\"},\n      \"name\": \"home\",\n");
    QCOMPARE(readText(configPath()), expected);
    QCOMPARE(modeBits(configPath()), kOwnerFile);

    // An existing "secret" is replaced where it stands.
    const QString duckSecret = home() + "/.config/qddns/duck.secret";
    run = agent({"secret", "set", "duck", "--file", duckSecret, "--write-config"}, "duck-5ecret\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    expected.replace("\"secret\": {\"source\": \"keychain\"}", "\"secret\": {\"source\": \"file\", \"path\": \"" + duckSecret.toUtf8() + "\"}");
    QCOMPARE(readText(configPath()), expected);

    run = agent({"check-config"});
    QVERIFY2(run.exitCode == 0 && !run.err.contains("warning"), run.err.constData());
}

void TstAgentHeadless::writeConfigRefusesWhatItCannotDo()
{
    const QString path = home() + "/.config/qddns/nas.secret";
    // No configuration file: nothing to point at the file, so nothing is stored.
    ProcessRun run = agent({"secret", "set", "nas", "--file", path, "--write-config"}, kSecret + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no profile named \"nas\" in " + configPath().toUtf8() + ": add the profile first"), run.err.constData());
    QVERIFY(!QFile::exists(path));

    writeConfig({profile({{"source", "keychain"}})});
    const QByteArray before = readText(configPath());
    run = agent({"secret", "set", "nas", "--file", path, "--write-config"}, kSecret + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(readText(configPath()), before);

    run = agent({"secret", "delete", "home", "--file", path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--file and --write-config apply to `secret set` only"), run.err.constData());
}

void TstAgentHeadless::onceRefusesUnwritableState_data()
{
    QTest::addColumn<QString>("readOnly"); // relative to the state directory
    QTest::addColumn<QString>("reason");
    QTest::newRow("read-only state directory") << "" << "cannot create the lock file " + QString("@STATE@") + "/agent.lock: Read-only file system";
    QTest::newRow("read-only state file") << "state.json" << "cannot save the state: cannot write @STATE@/state.json";
}

void TstAgentHeadless::onceRefusesUnwritableState()
{
    QFETCH(QString, readOnly);
    QFETCH(QString, reason);
    const QString unavailable = readOnlyMountUnavailable();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    reason.replace("@STATE@", stateDir());
    QVERIFY(writeSecretFile(m_dir->filePath("secret"), kSecret));
    writeConfig({profile({{"source", "file"}, {"path", m_dir->filePath("secret")}})});
    QCOMPARE(agent({"once"}).exitCode, 0);
    QCOMPARE(updates(), 1);

    // The address changes, but the state cannot record it: an update sent now would be sent
    // again by every later run. Nothing is sent, twice in a row, and the run fails saying why.
    m_echo->setReply({200, "81.2.69.161\n"});
    const QString target = readOnly.isEmpty() ? stateDir() : stateDir() + '/' + readOnly;
    for (int i = 0; i < 2; ++i) {
        const ProcessRun run = runAgentWithReadOnly(target, {"once"}, m_env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("nothing was sent: without its state every run would send the same update again"), run.err.constData());
        QVERIFY2(run.err.contains("Make " + stateDir().toUtf8() + " writable, or use another with --state-dir"), run.err.constData());
        QCOMPARE(updates(), 1);
    }
    QCOMPARE(agent({"once"}).exitCode, 0); // writable again: the change is published
    QCOMPARE(updates(), 2);
}

void TstAgentHeadless::runSaysWhyTheLockFails()
{
    const QString unavailable = readOnlyMountUnavailable();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    writeConfig({});
    QVERIFY(QDir().mkpath(stateDir()));
    const ProcessRun run = runAgentWithReadOnly(stateDir(), {"run"}, m_env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot create the lock file " + stateDir().toUtf8() + "/agent.lock: Read-only file system"),
             run.err.constData());
}

void TstAgentHeadless::onceAndRunAreExclusive()
{
    QVERIFY(writeSecretFile(m_dir->filePath("secret"), kSecret));
    writeConfig({profile({{"source", "file"}, {"path", m_dir->filePath("secret")}})});
    const QStringList socket{"--socket", m_dir->filePath("agent.socket")};

    QProcess running;
    running.setProcessEnvironment(m_env);
    running.start(QDDNS_AGENT_BINARY, QStringList{"run"} + socket);
    QVERIFY(running.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += running.readAllStandardError()).contains("myhome.ddns.net A: updated"), 10000);
    QCOMPARE(updates(), 1);

    // Beside it, `once` would race it for the same records: refused, pointing at `update`.
    m_echo->setReply({200, "81.2.69.161\n"});
    ProcessRun once = agent({"once"});
    QCOMPARE(once.exitCode, 1);
    QVERIFY2(once.err.contains(QStringLiteral("another qddns-agent (pid %1) runs with the state directory %2, so `once` does not: "
                                              "ask it with `qddns-agent update`").arg(running.processId()).arg(stateDir()).toUtf8()),
             once.err.constData());
    QCOMPARE(updates(), 1);
    // A dry run changes nothing, so it may.
    once = agent({"once", "--dry-run"});
    QVERIFY2(once.exitCode == 0, once.err.constData());
    QCOMPARE(updates(), 1);
    ::kill(pid_t(running.processId()), SIGTERM);
    QVERIFY(running.waitForFinished(6000));

    // And the other way round: while `once` works, `run` does not start.
    m_echo->setReply({200, "81.2.69.162\n", {}, 3000});
    const qsizetype before = m_echo->requests().size();
    QProcess slowOnce;
    slowOnce.setProcessEnvironment(m_env);
    slowOnce.start(QDDNS_AGENT_BINARY, {"once"});
    QVERIFY(slowOnce.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_echo->requests().size() > before, 10000); // it holds the lock and waits for the echo
    const qsizetype echoed = m_echo->requests().size();
    const ProcessRun refused = agent(QStringList{"run"} + socket);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("another qddns-agent (pid %1) already runs").arg(slowOnce.processId()).toUtf8()),
             refused.err.constData());
    QCOMPARE(m_echo->requests().size(), echoed); // the refused agent detected nothing
    QTRY_COMPARE_WITH_TIMEOUT(slowOnce.state(), QProcess::NotRunning, 15000);
    QCOMPARE(slowOnce.exitCode(), 0);
    QCOMPARE(updates(), 2);
}

QTEST_GUILESS_MAIN(TstAgentHeadless)
#include "tst_agentheadless.moc"
