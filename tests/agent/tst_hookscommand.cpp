// Command hooks: no shell, their own process group killed at the timeout, an environment of
// QDDNS_* values without the variables secrets are read from, never in the way of the cycles.
#include "agent/fakeclock.h"
#include "agent/fakesecretstore.h"
#include "engine/engine.h"
#include "fakes/faketransport.h"
#include "hooks/hookrunner.h"
#include "providers/providerregistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Gone, or a zombie waiting for whoever adopted it: either way it runs no more.
bool processRuns(qint64 pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.isEmpty())
        return false;
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.mid(close + 2, 1) != "Z";
}

HookSpec command(const QString &name, const QStringList &argv, std::chrono::seconds timeout = 30s)
{
    HookSpec spec;
    spec.name = name;
    spec.type = "command";
    spec.kind = HookSpec::Kind::Command;
    spec.argv = argv;
    spec.timeout = timeout;
    spec.events = {HookEvent::AgentStarted, HookEvent::AddressChanged};
    spec.quietPeriod = 0s;
    return spec;
}

} // namespace

class TstHooksCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void hangingHookIsKilledWithItsProcessGroup();
    void nextCycleRunsWhileAHookHangs();
    void argvReachesTheProgramLiterally();
    void environmentHasTheEventNotTheSecrets();
    void failureIsLoggedAndInStatus();
    void atMostFourAtOnce();

private:
    HookRunResult runTest(HookRunner &runner, const HookSpec &spec);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeSecretStore m_secrets;
    FakeClock m_clock;
};

void TstHooksCommand::init()
{
    qRegisterMetaType<HookRunResult>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

HookRunResult TstHooksCommand::runTest(HookRunner &runner, const HookSpec &spec)
{
    std::optional<HookRunResult> result;
    runner.test(spec, this, [&result](const HookRunResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        return {HookRunResult::Outcome::Failed, "the test did not end", 0, 0};
    return *result;
}

void TstHooksCommand::hangingHookIsKilledWithItsProcessGroup()
{
    HookRunner runner({&m_secrets, &m_clock, nullptr});
    HookRunner::Limits limits;
    limits.killGrace = 500ms;
    runner.setLimits(limits);
    // The hook starts a child that ignores SIGTERM (so only SIGKILL ends it) and waits for it.
    const QString script = QStringLiteral("echo $$ > '%1'; (trap '' TERM; exec sleep 600) & echo $! > '%2'; wait")
                               .arg(m_dir->filePath("leader"), m_dir->filePath("child"));
    QElapsedTimer elapsed;
    elapsed.start();
    const HookRunResult result = runTest(runner, command("hang", {"/bin/sh", "-c", script}, 1s));
    const qint64 took = elapsed.elapsed();
    QCOMPARE(result.outcome, HookRunResult::Outcome::TimedOut);
    QCOMPARE(result.message, "did not finish within 1 s: its process group was killed");
    // At its timeout: not before, and not long after (generous bound: a loaded machine).
    QVERIFY2(took >= 1000 && took < 5000, qPrintable(QString::number(took)));
    const qint64 leader = readFile(m_dir->filePath("leader")).trimmed().toLongLong();
    const qint64 child = readFile(m_dir->filePath("child")).trimmed().toLongLong();
    QVERIFY(leader > 0 && child > 0);
    QVERIFY(!processRuns(leader));
    // SIGKILL after the grace: the child that ignored SIGTERM is gone too.
    QTRY_VERIFY_WITH_TIMEOUT(!processRuns(child), 3000);
}

void TstHooksCommand::nextCycleRunsWhileAHookHangs()
{
    ProviderRegistry registry;
    FakeTransport transport;
    m_secrets.setSecret("home", "s3cret");
    const QString address = m_dir->filePath("address");
    QFile file(address);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("81.2.69.160\n");
    file.close();
    const QJsonObject root{
        {"version", 1},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "command"}, {"argv", QJsonArray{"/bin/cat", address}}}}},
                                  {"ipv6", QJsonArray{}}}},
        {"profiles", QJsonArray{QJsonObject{{"name", "home"}, {"provider", "dyndns2"}, {"server", "https://dyn.example.net"},
                                            {"hosts", QJsonArray{"a.example.org"}}, {"username", "alice"}}}},
        {"hooks", QJsonArray{QJsonObject{{"name", "hang"}, {"type", "command"}, {"argv", QJsonArray{"/bin/sleep", "600"}},
                                         {"events", QJsonArray{"addressChanged"}}, {"quietPeriod", 0}}}}};
    auto config = parseConfig(QJsonDocument(root).toJson(), registry);
    QVERIFY(config);
    Engine::Services services;
    services.registry = &registry;
    services.secrets = &m_secrets;
    services.transport = &transport;
    services.clock = &m_clock;
    Engine engine(*config, State(), services);
    HookRunner runner({&m_secrets, &m_clock, nullptr});
    runner.setConfig(*config);
    runner.watch(&engine);

    QSignalSpy cycles(&engine, &Engine::cycleFinished);
    engine.runCycle();
    QVERIFY(cycles.wait(10000));
    QCOMPARE(runner.runningCount(), 1); // the hook for the first address hangs
    // The next cycles, with a new address each: each ends at once; the hook's next notice waits
    // for its run, the cycles do not.
    for (const QByteArray next : {"81.2.69.161", "81.2.69.162"}) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(next + '\n');
        file.close();
        m_clock.advance(1min);
        QElapsedTimer elapsed;
        elapsed.start();
        engine.runCycle();
        QVERIFY(cycles.wait(10000));
        QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(runner.runningCount(), 1);
    }
    QCOMPARE(transport.sent().size(), 3);
    QCOMPARE(runner.status().first().runs, 0);
    QVERIFY(runner.status().first().running);
    runner.stop(); // the agent stops: the hook's group is killed
    QCOMPARE(runner.runningCount(), 0);
}

void TstHooksCommand::argvReachesTheProgramLiterally()
{
    HookRunner runner({&m_secrets, &m_clock, nullptr});
    const QStringList nasty{"a b", "$(touch /tmp/qddns-hook-pwned)", "`id`", "; rm -rf /", "| cat", "&& echo x", "*", "~",
                            "$HOME", "'single'", "\"double\"", "back\\slash", "new\nline", "é"};
    const QString out = m_dir->filePath("argv.txt");
    // sh is the program here; the arguments are its positional parameters, never parsed as shell.
    HookSpec spec = command("argv", QStringList{"/bin/sh", "-c", "printf '%s\\0' \"$@\" > \"$0\"", out} + nasty);
    QCOMPARE(runTest(runner, spec).outcome, HookRunResult::Outcome::Ok);
    QList<QByteArray> got = readFile(out).split('\0');
    QCOMPARE(got.takeLast(), QByteArray()); // after the last terminator
    QStringList args;
    for (const QByteArray &a : got)
        args << QString::fromUtf8(a);
    QCOMPARE(args, nasty);
    QVERIFY(!QFile::exists("/tmp/qddns-hook-pwned"));
    // A program other than a shell: the file is named exactly as given.
    const QString literal = m_dir->filePath("x;$(id)|`y` &z");
    QCOMPARE(runTest(runner, command("touch", {"/usr/bin/touch", literal})).outcome, HookRunResult::Outcome::Ok);
    QVERIFY(QFile::exists(literal));
}

void TstHooksCommand::environmentHasTheEventNotTheSecrets()
{
    qputenv("HOOKS_TEST_GOTIFY", "g0tify-secret");
    qputenv("CREDENTIALS_DIRECTORY", "/run/credentials/qddns");
    qputenv("QDDNS_EVENT", "stale");
    Config config;
    HookSpec gotify;
    gotify.name = "gotify";
    gotify.kind = HookSpec::Kind::Webhook;
    gotify.secret = SecretRef{SecretRef::Source::Env, {}, "HOOKS_TEST_GOTIFY"};
    const QString out = m_dir->filePath("env.txt");
    config.hooks = {gotify, command("env", {"/bin/sh", "-c", "env > '" + out + "'"})};
    HookRunner runner({&m_secrets, &m_clock, nullptr});
    runner.setConfig(config);
    QSignalSpy finished(&runner, &HookRunner::runFinished);
    runner.agentStarted();
    QVERIFY(finished.wait(10000));
    const QByteArray env = readFile(out);
    QVERIFY(env.contains("QDDNS_EVENT=agentStarted\n"));
    QVERIFY(env.contains("QDDNS_HOOK=env\n"));
    QVERIFY(env.contains("QDDNS_MESSAGE=qddns-agent "));
    QVERIFY(env.contains("QDDNS_NEW=\n"));
    QVERIFY(!env.contains("stale"));
    QVERIFY2(!env.contains("g0tify-secret") && !env.contains("HOOKS_TEST_GOTIFY"), "a hook's secret variable reached a command");
    QVERIFY(!env.contains("CREDENTIALS_DIRECTORY"));
    QVERIFY(env.contains("PATH=")); // the rest of the agent's environment is there
    qunsetenv("HOOKS_TEST_GOTIFY");
    qunsetenv("CREDENTIALS_DIRECTORY");
    qunsetenv("QDDNS_EVENT");
}

void TstHooksCommand::failureIsLoggedAndInStatus()
{
    Config config;
    config.hooks = {command("boom", {"/bin/sh", "-c", "echo working; echo 'boom: no route' >&2; exit 3"}),
                    command("missing", {m_dir->filePath("no-such-program")})};
    HookRunner runner({&m_secrets, &m_clock, nullptr});
    runner.setConfig(config);
    QSignalSpy finished(&runner, &HookRunner::runFinished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("^hook boom \\(agentStarted\\) failed: /bin/sh exited with code 3: boom: no route$"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("^hook missing \\(agentStarted\\) failed: cannot start "));
    runner.agentStarted();
    QTRY_COMPARE(finished.size(), 2);
    const QList<HookRunner::HookStatus> status = runner.status();
    QCOMPARE(status.size(), 2);
    QCOMPARE(status.at(0).name, "boom");
    QCOMPARE(status.at(0).failures, 1);
    QCOMPARE(status.at(0).runs, 1);
    QCOMPARE(status.at(0).last->outcome, HookRunResult::Outcome::Failed);
    QCOMPARE(status.at(0).last->message, "/bin/sh exited with code 3: boom: no route");
    QVERIFY(status.at(0).lastRun.isValid());
    QCOMPARE(status.at(1).last->outcome, HookRunResult::Outcome::Failed);
}

void TstHooksCommand::atMostFourAtOnce()
{
    Config config;
    for (int i = 0; i < 6; ++i)
        config.hooks.append(command(QStringLiteral("h%1").arg(i), {"/bin/sleep", "0.3"}));
    HookRunner runner({&m_secrets, &m_clock, nullptr});
    runner.setConfig(config);
    int most = 0;
    QSignalSpy finished(&runner, &HookRunner::runFinished);
    connect(&runner, &HookRunner::runFinished, this, [&runner, &most] { most = std::max(most, runner.runningCount() + 1); });
    runner.agentStarted();
    QCOMPARE(runner.runningCount(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, 10000);
    QCOMPARE(most, 4);
    QCOMPARE(runner.runningCount(), 0);
}

QTEST_GUILESS_MAIN(TstHooksCommand)
#include "tst_hookscommand.moc"
