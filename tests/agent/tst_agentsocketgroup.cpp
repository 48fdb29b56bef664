// A system agent's socket shared with a group (`run --socket-group`): the real agent runs as an
// unprivileged uid under setpriv; its clients run as other uids. A member of the group (as a
// supplementary or as the primary group) uses status, pause and resume, and is refused what
// changes the configuration; a user outside the group is refused by the socket's mode and, were
// the mode wrong, by the kernel's credentials (SO_PEERCRED, SO_PEERGROUPS). Needs root.
#include "fakes/process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qddns::Test;

namespace {

// Unused ids of systemd's dynamic range: no file or account on the machine has them.
constexpr uint kAgentUid = 61201;
constexpr uint kMemberUid = 61202;
constexpr uint kOutsiderUid = 61203;
constexpr uint kGroup = 61300;      // the socket group, given as a number: no /etc/group entry needed
constexpr uint kOtherGroup = 61301; // some group the outsider has

QStringList as(uint uid, uint gid, const QString &groups)
{
    return {QStringLiteral("--reuid=%1").arg(uid), QStringLiteral("--regid=%1").arg(gid),
            groups.isEmpty() ? QStringLiteral("--clear-groups") : QStringLiteral("--groups=%1").arg(groups), QStringLiteral("--")};
}

// A raw client: hello, then each request; prints one reply line per request.
const char *const kRawClient = R"py(
import json, socket, sys
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
f = s.makefile("rwb")
for m in [{"id": 0, "method": "hello", "params": {"protocol": 1, "client": "tst_agentsocketgroup"}}] + json.loads(sys.argv[2]):
    f.write((json.dumps(m) + "\n").encode())
    f.flush()
    print(f.readline().decode().strip(), flush=True)
)py";

} // namespace

class TstAgentSocketGroup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void socketAndDirectoryBelongToTheGroup();
    void memberUsesStatusAndControl();
    void memberIsRefusedConfigurationChanges();
    void primaryGroupCountsToo();
    void outsiderIsRefused();
    void rootIsTheAgentsEqual();
    void agentOutsideItsSocketGroupSaysSo();

private:
    ProcessRun runAs(const QStringList &identity, const QStringList &args)
    {
        return runProgram(m_setpriv, identity + args, QProcessEnvironment::systemEnvironment(), {}, 20000);
    }
    ProcessRun rawAs(const QStringList &identity, const QJsonArray &requests)
    {
        return runAs(identity, {QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"), QString::fromUtf8(kRawClient), socketPath(),
                                QString::fromUtf8(QJsonDocument(requests).toJson(QJsonDocument::Compact))});
    }
    QString socketPath() const { return m_dir->filePath(QStringLiteral("agent/run/agent.socket")); }
    QStringList memberIdentity() const { return as(kMemberUid, kMemberUid, QString::number(kGroup)); }

    QString m_setpriv;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_agent;
};

void TstAgentSocketGroup::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root to run the agent and its clients as other users (setpriv)");
    m_setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (m_setpriv.isEmpty())
        QSKIP("setpriv (util-linux) is not installed");
    if (!QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
        QSKIP("/usr/bin/python3 is not installed (the raw socket client)");
    if (runProgram(m_setpriv, as(kAgentUid, kAgentUid, {}) + QStringList{"test", "-x", QStringLiteral(QDDNS_AGENT_BINARY)}).exitCode != 0)
        QSKIP("the agent binary is not reachable by another user (a parent directory is private)");

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/qddns-group-XXXXXX"));
    QVERIFY(m_dir->isValid());
    QVERIFY(::chmod(QFile::encodeName(m_dir->path()).constData(), 0755) == 0);
    // The agent's own directory, as systemd's StateDirectory= would give it; it creates run/ itself.
    const QString home = m_dir->filePath(QStringLiteral("agent"));
    QVERIFY(QDir().mkpath(home));
    QVERIFY(::chown(QFile::encodeName(home).constData(), kAgentUid, kAgentUid) == 0);
    QVERIFY(::chmod(QFile::encodeName(home).constData(), 0755) == 0);
    QFile cfg(m_dir->filePath(QStringLiteral("config.json")));
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(R"j({"version": 1, "detectors": {"ipv4": [], "ipv6": []}})j");
    cfg.close();
    QVERIFY(::chmod(QFile::encodeName(cfg.fileName()).constData(), 0644) == 0);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    m_agent.setProcessEnvironment(env);
    // The agent's user is a member of the group (SupplementaryGroups= in the system unit).
    m_agent.start(m_setpriv, as(kAgentUid, kAgentUid, QString::number(kGroup))
                                 + QStringList{QStringLiteral(QDDNS_AGENT_BINARY), "run", "--config", cfg.fileName(), "--state-dir",
                                               home + QStringLiteral("/state"), "--socket", socketPath(), "--socket-group",
                                               QString::number(kGroup)});
    QVERIFY(m_agent.waitForStarted());
    // "listening on" comes once the socket has its group and mode (they are set after bind()).
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += m_agent.readAllStandardError()).contains("listening on") || m_agent.state() == QProcess::NotRunning, 10000);
    QVERIFY2(log.contains("listening on") && log.contains("(mode 0660, group 61300, gid 61300)"), log.constData());
}

void TstAgentSocketGroup::cleanupTestCase()
{
    if (m_agent.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_agent.processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(m_agent.state(), QProcess::NotRunning, 6000);
}

void TstAgentSocketGroup::socketAndDirectoryBelongToTheGroup()
{
    struct stat st{};
    QVERIFY(::stat(QFile::encodeName(socketPath()).constData(), &st) == 0);
    QVERIFY(S_ISSOCK(st.st_mode));
    QCOMPARE(uint(st.st_uid), kAgentUid);
    QCOMPARE(uint(st.st_gid), kGroup);
    QCOMPARE(st.st_mode & 07777, mode_t(0660));
    // The directory the agent created: members pass through it, nobody else, nobody lists it.
    QVERIFY(::stat(QFile::encodeName(QFileInfo(socketPath()).path()).constData(), &st) == 0);
    QCOMPARE(uint(st.st_uid), kAgentUid);
    QCOMPARE(uint(st.st_gid), kGroup);
    QCOMPARE(st.st_mode & 07777, mode_t(0710));
}

void TstAgentSocketGroup::memberUsesStatusAndControl()
{
    const ProcessRun status = runAs(memberIdentity(), {QStringLiteral(QDDNS_AGENT_BINARY), "status", "--socket", socketPath()});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QVERIFY2(status.out.contains("qddns-agent ") && status.out.contains(QByteArray("(pid ") + QByteArray::number(m_agent.processId())),
             status.out.constData());
    const ProcessRun paused = runAs(memberIdentity(), {QStringLiteral(QDDNS_AGENT_BINARY), "pause", "--socket", socketPath()});
    QVERIFY2(paused.exitCode == 0, paused.err.constData());
    const ProcessRun json = runAs(memberIdentity(), {QStringLiteral(QDDNS_AGENT_BINARY), "status", "--json", "--socket", socketPath()});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value("paused").toBool(), true);
    QCOMPARE(runAs(memberIdentity(), {QStringLiteral(QDDNS_AGENT_BINARY), "resume", "--socket", socketPath()}).exitCode, 0);
    QCOMPARE(runAs(memberIdentity(), {QStringLiteral(QDDNS_AGENT_BINARY), "history", "--socket", socketPath()}).exitCode, 0);
    QCOMPARE(runAs(memberIdentity(), {QStringLiteral(QDDNS_AGENT_BINARY), "logs", "--socket", socketPath()}).exitCode, 0);
}

void TstAgentSocketGroup::memberIsRefusedConfigurationChanges()
{
    const QString configPath = m_dir->filePath(QStringLiteral("config.json"));
    QFile before(configPath);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    const QJsonObject changed{{"version", 1}, {"interval", "1m"}, {"detectors", QJsonObject{{"ipv4", QJsonArray{}}, {"ipv6", QJsonArray{}}}}};
    const ProcessRun raw = rawAs(memberIdentity(), QJsonArray{QJsonObject{{"id", 1}, {"method", "config.set"}, {"params", QJsonObject{{"config", changed}}}},
                                                              QJsonObject{{"id", 2}, {"method", "config.get"}},
                                                              QJsonObject{{"id", 3}, {"method", "status"}}});
    QVERIFY2(raw.exitCode == 0, raw.err.constData());
    const QList<QByteArray> lines = raw.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(QJsonDocument::fromJson(lines.at(0)).object().contains("result")); // hello
    for (int i : {1, 2}) {
        const QJsonObject error = QJsonDocument::fromJson(lines.at(i)).object().value("error").toObject();
        QCOMPARE(error.value("code").toString(), "permissionDenied");
        QVERIFY2(error.value("message").toString().contains("the agent's own user or root"), lines.at(i).constData());
    }
    // Still connected and served after the refusals.
    QVERIFY(QJsonDocument::fromJson(lines.at(3)).object().value("result").toObject().contains("agent"));
    QFile after(configPath);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), original);
}

void TstAgentSocketGroup::primaryGroupCountsToo()
{
    const ProcessRun status = runAs(as(kMemberUid, kGroup, {}), {QStringLiteral(QDDNS_AGENT_BINARY), "status", "--socket", socketPath()});
    QVERIFY2(status.exitCode == 0, status.err.constData());
}

void TstAgentSocketGroup::outsiderIsRefused()
{
    const QStringList outsider = as(kOutsiderUid, kOutsiderUid, QString::number(kOtherGroup));
    // 1. The directory's and socket's modes keep it out.
    const ProcessRun byMode = runAs(outsider, {QStringLiteral(QDDNS_AGENT_BINARY), "status", "--socket", socketPath()});
    QCOMPARE(byMode.exitCode, 3);
    QVERIFY2(byMode.err.contains("permission denied"), byMode.err.constData());

    // 2. Were the modes wrong (an administrator's chmod), the peer's credentials still decide.
    const QByteArray dir = QFile::encodeName(QFileInfo(socketPath()).path());
    const QByteArray socket = QFile::encodeName(socketPath());
    QVERIFY(::chmod(dir.constData(), 0711) == 0);
    QVERIFY(::chmod(socket.constData(), 0666) == 0);
    const ProcessRun byPeer = runAs(outsider, {QStringLiteral(QDDNS_AGENT_BINARY), "status", "--socket", socketPath()});
    const ProcessRun raw = rawAs(outsider, {});
    QVERIFY(::chmod(socket.constData(), 0660) == 0);
    QVERIFY(::chmod(dir.constData(), 0710) == 0);
    QCOMPARE(byPeer.exitCode, 3);
    QVERIFY2(byPeer.err.contains("members of group \"61300\"") && byPeer.err.contains("sudo usermod -aG 61300 $USER, then log in again"),
             byPeer.err.constData());
    const QJsonObject error = QJsonDocument::fromJson(raw.out.trimmed().split('\n').first()).object().value("error").toObject();
    QCOMPARE(error.value("code").toString(), "permissionDenied");
    // A member is still served.
    QCOMPARE(runAs(memberIdentity(), {QStringLiteral(QDDNS_AGENT_BINARY), "status", "--socket", socketPath()}).exitCode, 0);
}

void TstAgentSocketGroup::rootIsTheAgentsEqual()
{
    // Root (this test) may do what the agent's own user may: here, read the configuration.
    const ProcessRun raw = runProgram(QStringLiteral("/usr/bin/python3"),
                                      {QStringLiteral("-c"), QString::fromUtf8(kRawClient), socketPath(),
                                       QStringLiteral(R"j([{"id": 1, "method": "config.get"}])j")});
    QVERIFY2(raw.exitCode == 0, raw.err.constData());
    const QList<QByteArray> lines = raw.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(QJsonDocument::fromJson(lines.at(1)).object().value("result").toObject().contains("config"), lines.at(1).constData());
}

void TstAgentSocketGroup::agentOutsideItsSocketGroupSaysSo()
{
    // An agent whose user is not in the group cannot hand its socket to it: a clear error, no
    // socket the members could not use.
    QTemporaryDir other(QDir::tempPath() + QStringLiteral("/qddns-group-XXXXXX"));
    QVERIFY(::chown(QFile::encodeName(other.path()).constData(), kAgentUid, kAgentUid) == 0);
    const ProcessRun run = runAs(as(kAgentUid, kAgentUid, {}),
                                 {QStringLiteral(QDDNS_AGENT_BINARY), "run", "--config", m_dir->filePath(QStringLiteral("config.json")),
                                  "--state-dir", other.filePath(QStringLiteral("state")), "--socket",
                                  other.filePath(QStringLiteral("run/agent.socket")), "--socket-group", QString::number(kGroup)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot give the socket directory") && run.err.contains("must be a member of it"), run.err.constData());
    QVERIFY(!QFileInfo::exists(other.filePath(QStringLiteral("run/agent.socket"))));

    const ProcessRun unknown = runAgent({"run", "--config", m_dir->filePath(QStringLiteral("config.json")), "--socket-group",
                                         "no-such-group-qddns"});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("there is no group \"no-such-group-qddns\""), unknown.err.constData());
}

QTEST_GUILESS_MAIN(TstAgentSocketGroup)
#include "tst_agentsocketgroup.moc"
