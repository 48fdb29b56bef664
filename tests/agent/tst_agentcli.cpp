// qddns-agent's command line as a new user meets it: one exit-code convention, options that do
// not apply are errors, JSON mistakes and check-config warnings in words, the providers table,
// pause/resume, the user unit, and log lines without Qt's debug quoting.
#include "agent/clienvironment.h"
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakes/process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qddns::Test;

class TstAgentCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void exitCodeConvention_data();
    void exitCodeConvention();
    void helpNamesEveryCommand();
    void jsonMistakesAreNamed_data();
    void jsonMistakesAreNamed();
    void checkConfigWarns();
    void providersTable();
    void pauseAndResume();
    void userUnit();
    void installPutsTheUnitUnderThePrefix();
    void logLinesAreNotQuoted();

private:
    ProcessRun agent(const QStringList &args, const QByteArray &input = {});
    QJsonObject config(const QJsonArray &profiles = {}) const;
    void writeConfig(const QJsonObject &config);
    QString home() const { return m_dir->filePath("home"); }
    QString configPath() const { return m_dir->filePath("config.json"); }
    QStringList files() const
    {
        return {"--config", configPath(), "--state-dir", m_dir->filePath("state"), "--socket", m_dir->filePath("agent.socket")};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    QProcessEnvironment m_env;
};

void TstAgentCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_env = sshEnvironment(home(), m_dir->filePath("run"));
    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));
}

void TstAgentCli::cleanup()
{
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

ProcessRun TstAgentCli::agent(const QStringList &args, const QByteArray &input)
{
    return runAgent(args, m_env, input);
}

QJsonObject TstAgentCli::config(const QJsonArray &profiles) const
{
    return {{"version", 1},
            {"interval", "1h"},
            {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
            {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString() + "/ip"}}}},
                                      {"ipv6", QJsonArray{}}}},
            {"profiles", profiles}};
}

void TstAgentCli::writeConfig(const QJsonObject &config)
{
    QVERIFY(writeText(configPath(), QJsonDocument(config).toJson()));
}

void TstAgentCli::exitCodeConvention_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // on stderr

    // 2: bad usage, nothing done. The agent never starts for want of a command.
    QTest::newRow("no command") << QStringList{} << 2 << "qddns-agent: no command given";
    QTest::newRow("unknown option") << QStringList{"--bogus"} << 2 << "qddns-agent: unknown option --bogus; see qddns-agent --help";
    QTest::newRow("unknown option after a command") << QStringList{"once", "--bogus"} << 2 << "qddns-agent: unknown option --bogus";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "qddns-agent: unknown command \"frobnicate\"";
    QTest::newRow("option of another command") << QStringList{"check-config", "--follow"} << 2
                                               << "qddns-agent: --follow does not apply to check-config (it takes --strict)";
    QTest::newRow("run takes no --json") << QStringList{"run", "--json"} << 2 << "--json does not apply to run";
    QTest::newRow("once takes no --since") << QStringList{"once", "--since", "1h"} << 2 << "--since does not apply to once";
    QTest::newRow("status takes no --force") << QStringList{"status", "--force"} << 2 << "--force does not apply to status";
    QTest::newRow("missing option value") << QStringList{"--config"} << 2 << "qddns-agent: missing value after '--config'";
    QTest::newRow("bad log level") << QStringList{"logs", "--level", "bogus"} << 2
                                   << "qddns-agent: --level \"bogus\" is not a level; use debug, info, warning or error";
    QTest::newRow("bad log limit") << QStringList{"logs", "--limit", "-5"} << 2 << "--limit \"-5\" is not a positive whole number";
    QTest::newRow("bad history time") << QStringList{"history", "--since", "yesterday"} << 2 << "--since \"yesterday\" is neither";
    QTest::newRow("extra argument") << QStringList{"status", "now"} << 2 << "unexpected argument \"now\" after status";
    QTest::newRow("secret without profile") << QStringList{"secret", "set"} << 2 << "usage: qddns-agent secret set|delete PROFILE";
    QTest::newRow("secret verb") << QStringList{"secret", "show", "home"} << 2 << "usage: qddns-agent secret set|delete PROFILE";
    QTest::newRow("service verb") << QStringList{"service", "start"} << 2 << "usage: qddns-agent service print-unit|install-unit";
    QTest::newRow("unknown provider") << QStringList{"providers", "nope"} << 2 << "\"nope\" is not a known provider";
    QTest::newRow("write-config without file") << QStringList{"secret", "set", "home", "--write-config"} << 2
                                               << "--write-config needs --file PATH";
    // 3: a command for the running agent, and none runs.
    QTest::newRow("pause without agent") << QStringList{"pause", "--socket", "@DIR@/none.socket"} << 3 << "no qddns-agent is running";
    QTest::newRow("resume without agent") << QStringList{"resume", "--socket", "@DIR@/none.socket"} << 3 << "no qddns-agent is running";
    QTest::newRow("status without agent") << QStringList{"status", "--socket", "@DIR@/none.socket"} << 3 << "start one with `qddns-agent run`";
    // 0.
    QTest::newRow("help") << QStringList{"--help"} << 0 << "";
    QTest::newRow("version") << QStringList{"--version"} << 0 << "";
    QTest::newRow("check-config of the defaults") << QStringList{"check-config"} << 0 << "next: add a profile";
}

void TstAgentCli::exitCodeConvention()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    args.replaceInStrings("@DIR@", m_dir->path());
    const ProcessRun run = agent(args);
    QVERIFY2(run.exitCode == exitCode, qPrintable(QString("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    if (exitCode == 2)
        QVERIFY2(!run.err.contains("qddns:"), "the program is qddns-agent, not qddns");
    QVERIFY(m_echo->requests().isEmpty()); // nothing ran
}

void TstAgentCli::helpNamesEveryCommand()
{
    const ProcessRun run = agent({"--help"});
    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"run", "once", "check-config", "providers", "secret set", "secret delete", "service print-unit",
                                "service install-unit", "status", "update", "pause, resume", "logs", "history"})
        QVERIFY2(run.out.contains(QByteArray("\n  ") + command), command);
    QVERIFY(run.out.contains("Exit codes: 0 done, 1 a failure"));
    QVERIFY(run.out.contains("--write-config"));
    const ProcessRun version = agent({"--version"});
    QVERIFY2(QRegularExpression("^qddns-agent \\d+\\.\\d+\\.\\d+\n$").match(QString::fromUtf8(version.out)).hasMatch(), version.out.constData());
}

void TstAgentCli::jsonMistakesAreNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("comment") << QByteArray("{\n  \"version\": 1, // the only version\n  \"interval\": \"10m\"\n}")
                             << "config.json: comments are not allowed in JSON (line 2, column 17)";
    QTest::newRow("single quotes") << QByteArray("{\"version\": 1, \"interval\": '10m'}")
                                   << "config.json: strings need double quotes (line 1, column 28): write \"10m\", not '10m'";
    QTest::newRow("trailing comma") << QByteArray("{\n  \"version\": 1,\n}")
                                    << "config.json: trailing comma (line 2, column 15)";
    QTest::newRow("duplicate key")
        << QByteArray("{\"version\": 1, \"profiles\": [\n {\"name\": \"d\", \"provider\": \"duckdns\",\n  \"hosts\": [\"a\"],\n  \"hosts\": [\"b\"]}]}")
        << "config.json: profiles[0].hosts: duplicate key \"hosts\" (line 4; first on line 3)";
}

void TstAgentCli::jsonMistakesAreNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QVERIFY(writeText(configPath(), json));
    for (const char *command : {"check-config", "once"}) {
        const ProcessRun run = agent(QStringList{command} + files());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY2(!run.err.contains("unterminated object"), run.err.constData());
    }
}

void TstAgentCli::checkConfigWarns()
{
    const QString secretFile = m_dir->filePath("home.secret");
    QVERIFY(writeSecretFile(secretFile, "s3cret"));
    const QString missingFile = m_dir->filePath("nas.secret");
    const QString missingProgram = m_dir->filePath("bin/router-wan-ip");
    auto profile = [this](const QString &name, const QJsonObject &secret) {
        return QJsonObject{{"name", name}, {"provider", "dyndns2"}, {"server", m_provider->baseUrl().toString()},
                           {"hosts", QJsonArray{name + ".example.org"}}, {"username", "alice"}, {"secret", secret}};
    };
    QJsonObject broken = config({profile("home", {{"source", "file"}, {"path", secretFile}}),
                                 profile("nas", {{"source", "file"}, {"path", missingFile}}),
                                 profile("cf", {{"source", "env"}, {"name", "QDDNS_TST_UNSET_TOKEN"}})});
    QJsonObject detectors = broken.value("detectors").toObject();
    detectors.insert("ipv4", QJsonArray{QJsonObject{{"type", "interface"}, {"name", "qddns-none0"}},
                                        QJsonObject{{"type", "command"}, {"argv", QJsonArray{missingProgram}}},
                                        QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString() + "/ip"}}});
    broken.insert("detectors", detectors);
    writeConfig(broken);

    ProcessRun run = agent(QStringList{"check-config"} + files());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), (configPath() + ": valid, 3 profiles, 4 warnings").toUtf8());
    const QString prefix = "qddns-agent: warning: " + configPath() + ": ";
    const QStringList expected{
        prefix + "detectors.ipv4[0].name: there is no network interface \"qddns-none0\" on this machine now",
        prefix + "detectors.ipv4[1].argv[0]: program " + missingProgram + " does not exist: the detector fails until it is installed",
        prefix + "profiles[1].secret: secret file " + missingFile + " does not exist; write it with `qddns-agent secret set nas --file "
            + missingFile + "`",
        prefix + "profiles[2].secret: environment variable QDDNS_TST_UNSET_TOKEN is not set for the agent",
    };
    const QString err = QString::fromUtf8(run.err);
    for (const QString &line : expected)
        QVERIFY2(err.contains(line), qPrintable(line + "\n--- in ---\n" + err));
    QVERIFY2(!err.contains("profiles[0]"), "the readable secret file is not a warning");
    QVERIFY2(err.contains("next: fix what the warnings name"), run.err.constData());
    QVERIFY(!run.err.contains("s3cret") && !run.out.contains("s3cret"));

    run = agent(QStringList{"check-config", "--strict"} + files());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("--strict: the warnings count as errors"), run.err.constData());

    // Fixed: no warning, and the next step is the update.
    writeConfig(config({profile("home", {{"source", "file"}, {"path", secretFile}})}));
    run = agent(QStringList{"check-config", "--strict"} + files());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), (configPath() + ": valid, 1 profile").toUtf8());
    QVERIFY2(!run.err.contains("warning"), run.err.constData());
    QVERIFY2(run.err.contains("next: `qddns-agent once`"), run.err.constData());
    QVERIFY(m_provider->requests().isEmpty()); // checking sends nothing
}

void TstAgentCli::providersTable()
{
    ProcessRun run = agent({"providers"});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split('\n');
    QVERIFY2(QRegularExpression("^ID +SERVICE +IPv4 +IPv6 +CREDENTIALS +OPTIONS$").match(lines.first()).hasMatch(), qPrintable(lines.first()));
    const auto row = [&lines](const QString &pattern) {
        const QRegularExpression re(pattern);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (re.match(lines.at(i)).hasMatch())
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype cloudflare = row("^cloudflare +Cloudflare +yes +yes +secret +zone \\(required\\), proxied$");
    QVERIFY2(cloudflare > 0, run.out.constData());
    QVERIFY2(lines.value(cloudflare + 1).startsWith("    Updates A/AAAA records"), "each provider's help follows its row");
    QVERIFY2(row("^changeip +ChangeIP +yes +no +username \\+ secret +-$") > 0, run.out.constData());
    QVERIFY2(row("^duckdns +Duck DNS +yes +yes +secret +-$") > 0, run.out.constData());
    QVERIFY2(run.out.contains("`qddns-agent providers ID` explains one provider's keys"), run.out.constData());

    run = agent({"providers", "cloudflare"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("cloudflare: Cloudflare (https://www.cloudflare.com)\n"));
    QVERIFY2(run.out.contains("\nsecret (required): A Cloudflare API token"), run.out.constData());
    QVERIFY2(run.out.contains("\nzone (string, required): The Cloudflare zone"), run.out.constData());
    QVERIFY2(run.out.contains("\nIPv4: yes, IPv6: yes;"), run.out.constData());

    run = agent({"providers", "--json"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(run.out).array().size() >= 18);
    run = agent({"providers", "duckdns", "--json"});
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value("id").toString(), "duckdns");
}

void TstAgentCli::pauseAndResume()
{
    QVERIFY(writeSecretFile(m_dir->filePath("secret"), "s3cret"));
    writeConfig(config({QJsonObject{{"name", "home"}, {"provider", "dyndns2"}, {"server", m_provider->baseUrl().toString()},
                                    {"hosts", QJsonArray{"home.example.org"}}, {"username", "alice"},
                                    {"secret", QJsonObject{{"source", "file"}, {"path", m_dir->filePath("secret")}}}}}));
    QProcess run;
    run.setProcessEnvironment(m_env);
    run.start(QDDNS_AGENT_BINARY, QStringList{"run"} + files());
    QVERIFY(run.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += run.readAllStandardError()).contains("listening on"), 5000);
    const QStringList socket{"--socket", m_dir->filePath("agent.socket")};

    ProcessRun cli = agent(QStringList{"pause"} + socket);
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QVERIFY2(cli.out.startsWith("automatic updates are paused"), cli.out.constData());
    cli = agent(QStringList{"status"} + socket);
    QVERIFY2(cli.out.contains("automatic updates paused"), cli.out.constData());
    cli = agent(QStringList{"resume"} + socket);
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QCOMPARE(cli.out.trimmed(), QByteArray("automatic updates are running"));
    cli = agent(QStringList{"status"} + socket);
    QVERIFY2(!cli.out.contains("automatic updates paused"), cli.out.constData());
    QTRY_VERIFY_WITH_TIMEOUT((log += run.readAllStandardError()).contains("automatic updates resumed"), 5000);

    ::kill(pid_t(run.processId()), SIGTERM);
    QVERIFY(run.waitForFinished(6000));
    QCOMPARE(run.exitCode(), 0);
}

void TstAgentCli::userUnit()
{
    ProcessRun run = agent({"service", "print-unit"});
    QCOMPARE(run.exitCode, 0);
    const QString unit = QString::fromUtf8(run.out);
    QVERIFY2(unit.contains("\nExecStart=" QDDNS_AGENT_BINARY " run\n"), qPrintable(unit)); // this very agent, `run` explicit
    QVERIFY(unit.contains("\nType=notify\n") && unit.contains("\nWantedBy=default.target\n"));
    // A user manager cannot order after network-online.target, and ProtectSystem=strict would
    // make the state and configuration in the home directory read-only there.
    QVERIFY(!unit.contains("network-online.target\n"));
    QVERIFY(!QRegularExpression("^ProtectSystem=", QRegularExpression::MultilineOption).match(unit).hasMatch());
    QVERIFY(unit.contains("\nRestartPreventExitStatus=2\n"));

    const QString unitFile = m_dir->filePath("qddns-agent.service");
    QVERIFY(writeText(unitFile, run.out));
    const QString analyze = QStandardPaths::findExecutable("systemd-analyze");
    if (analyze.isEmpty()) {
        qWarning("systemd-analyze is missing (package systemd): the unit's syntax is not verified");
    } else {
        const ProcessRun verify = runProgram(analyze, {"verify", "--man=no", unitFile});
        QVERIFY2(verify.exitCode == 0 && verify.err.trimmed().isEmpty(), verify.err.constData());
    }

    // The files given here go into ExecStart, quoted and escaped as a unit needs.
    run = agent({"service", "print-unit", "--config", "/srv/my dns/100%.json"});
    QVERIFY2(run.out.contains("\nExecStart=" QDDNS_AGENT_BINARY " run --config \"/srv/my dns/100%%.json\"\n"), run.out.constData());

    // install-unit writes the same unit where the user manager reads it and says what comes next.
    const ProcessRun install = agent({"service", "install-unit"});
    QVERIFY2(install.exitCode == 0, install.err.constData());
    const QString installed = home() + "/.config/systemd/user/qddns-agent.service";
    QCOMPARE(QString::fromUtf8(readText(installed)).trimmed(), unit.trimmed());
    QVERIFY2(install.err.contains("wrote " + installed.toUtf8()), install.err.constData());
    QVERIFY2(install.err.contains("next: systemctl --user daemon-reload && systemctl --user enable --now qddns-agent"), install.err.constData());
    QVERIFY2(install.err.contains("loginctl enable-linger"), install.err.constData());
    QVERIFY2(install.err.contains("is in a build directory"), install.err.constData());
    QVERIFY2(agent({"service", "install-unit"}).err.contains("replaced " + installed.toUtf8()), "a second install replaces it");
}

void TstAgentCli::installPutsTheUnitUnderThePrefix()
{
    // DESTDIR and --prefix as a packager and the README use them: the unit lands under the prefix,
    // and its ExecStart names the agent installed beside it.
    const QString destdir = m_dir->filePath("destdir");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("DESTDIR", destdir);
    ProcessRun run = runProgram(QDDNS_CMAKE_COMMAND, {"--install", QDDNS_BUILD_DIR, "--prefix", "/usr", "--component", "agent"}, env, {}, 60000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFileInfo(destdir + "/usr/bin/qddns-agent").isExecutable());
    QVERIFY2(readText(destdir + "/usr/lib/systemd/user/qddns-agent.service").contains("\nExecStart=/usr/bin/qddns-agent run\n"), run.out.constData());

    const QString prefix = m_dir->filePath("home/.local");
    run = runProgram(QDDNS_CMAKE_COMMAND, {"--install", QDDNS_BUILD_DIR, "--prefix", prefix, "--component", "agent"}, QProcessEnvironment::systemEnvironment(), {}, 60000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString unitFile = prefix + "/lib/systemd/user/qddns-agent.service";
    QVERIFY(readText(unitFile).contains("\nExecStart=" + prefix.toUtf8() + "/bin/qddns-agent run\n"));
    const QString analyze = QStandardPaths::findExecutable("systemd-analyze");
    if (!analyze.isEmpty()) {
        const ProcessRun verify = runProgram(analyze, {"verify", "--man=no", unitFile});
        QVERIFY2(verify.exitCode == 0 && verify.err.trimmed().isEmpty(), verify.err.constData());
    }
}

void TstAgentCli::logLinesAreNotQuoted()
{
    const QString reason = readOnlyMountUnavailable();
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    writeConfig(config());
    // The history journal is read-only; the state beside it is not.
    const QString state = m_dir->filePath("state");
    QVERIFY(writeText(state + "/history.jsonl", ""));
    const ProcessRun run = runAgentWithReadOnly(state + "/history.jsonl", QStringList{"once"} + files(), m_env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("cannot append to the IP history " + state.toUtf8() + "/history.jsonl: Read-only file system\n"),
             run.err.constData());
    QVERIFY2(!run.err.contains('"' + state.toUtf8()), "paths are not in Qt's debug quotes");

    // The start-up line reads as one sentence: single spaces, no quotes.
    QProcess agentRun;
    agentRun.setProcessEnvironment(m_env);
    agentRun.start(QDDNS_AGENT_BINARY, QStringList{"run"} + files());
    QVERIFY(agentRun.waitForStarted());
    QByteArray log;
    // The socket may be listening before the start-up line is written (an ASan build shows it):
    // wait for both lines, not the first.
    QTRY_VERIFY_WITH_TIMEOUT((log += agentRun.readAllStandardError()).contains("listening on") && log.contains(" running with "),
                             10000);
    ::kill(pid_t(agentRun.processId()), SIGTERM);
    QVERIFY(agentRun.waitForFinished(6000));
    log += agentRun.readAllStandardError();
    const QRegularExpression startup("qddns.agent: qddns-agent \\S+ running with " + QRegularExpression::escape(configPath())
                                     + " - state in " + QRegularExpression::escape(state) + "\n");
    QVERIFY2(startup.match(QString::fromUtf8(log)).hasMatch(), log.constData());
    for (const QByteArray &line : log.split('\n')) {
        const qsizetype message = line.indexOf(": ");
        QVERIFY2(message < 0 || !line.mid(message + 2).contains("  "), line.constData());
    }
}

QTEST_GUILESS_MAIN(TstAgentCli)
#include "tst_agentcli.moc"
