// The Linux agent loads QtKeychain from its module (libqddns-keychain.so) the first time a secret
// is in the keychain: an agent whose secrets are files never maps QtKeychain, QtDBus and what they
// pull in; one whose secret is in the real Secret Service loads the module and publishes; an agent
// whose module is missing says so and sends nothing.
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
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

using namespace Qddns::Test;

namespace {
const QString kProfile = QStringLiteral("tst-keychain-module");
const QByteArray kSecret = "module-s3cret";

// The libraries a process maps, by file name.
QStringList mappedLibraries(qint64 pid)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    QStringList names;
    if (!maps.open(QIODevice::ReadOnly))
        return names;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype slash = line.lastIndexOf('/');
        const QString name = slash < 0 ? QString() : QString::fromUtf8(line.mid(slash + 1));
        if (name.contains(QLatin1String(".so")) && !names.contains(name))
            names.append(name);
    }
    return names;
}

bool mapsKeychain(const QStringList &libraries)
{
    for (const QString &name : libraries) {
        if (name.startsWith(QLatin1String("libqt6keychain")) || name.startsWith(QLatin1String("libQt6DBus"))
            || name.startsWith(QLatin1String("libqddns-keychain")))
            return true;
    }
    return false;
}
} // namespace

class TstAgentKeychainModule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fileSecretMapsNoKeychain();
    void keychainSecretLoadsTheModule();
    void missingModuleIsAClearError();

private:
    void writeConfig(const QJsonObject &secret);
    int updates() const;
    QStringList librariesAfterFirstUpdate(const QString &agent);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
};

void TstAgentKeychainModule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));
}

void TstAgentKeychainModule::cleanup()
{
    runProgram(QStringLiteral("secret-tool"), {"clear", "server", "qddns", "user", kProfile});
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

void TstAgentKeychainModule::writeConfig(const QJsonObject &secret)
{
    const QJsonObject profile{{"name", kProfile}, {"provider", "dyndns2"}, {"server", m_provider->baseUrl().toString()},
                              {"hosts", QJsonArray{"home.example.org"}}, {"username", "alice"}, {"secret", secret}};
    const QJsonObject config{{"version", 1}, {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
                             {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString()}}}},
                                                       {"ipv6", QJsonArray{}}}},
                             {"profiles", QJsonArray{profile}}};
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
}

int TstAgentKeychainModule::updates() const
{
    int n = 0;
    for (const RecordedRequest &r : m_provider->requests())
        n += r.path == QLatin1String("/nic/update") ? 1 : 0;
    return n;
}

// Runs the agent until its first update has reached the provider and returns what it maps then.
QStringList TstAgentKeychainModule::librariesAfterFirstUpdate(const QString &agent)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(agent, {"run", "--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state")});
    if (!process.waitForStarted())
        return {};
    // Empty when no update came: the callers' checks then fail naming nothing mapped.
    const QStringList libraries = QTest::qWaitFor([this] { return updates() == 1; }, 20000)
        ? mappedLibraries(process.processId()) : QStringList();
    ::kill(pid_t(process.processId()), SIGTERM);
    process.waitForFinished(10000);
    return libraries;
}

void TstAgentKeychainModule::fileSecretMapsNoKeychain()
{
    QVERIFY(writeSecretFile(m_dir->filePath("secret"), kSecret));
    writeConfig(QJsonObject{{"source", "file"}, {"path", m_dir->filePath("secret")}});
    const QStringList libraries = librariesAfterFirstUpdate(QStringLiteral(QDDNS_AGENT_BINARY));
    QVERIFY2(libraries.join(' ').contains("libQt6Network"), qPrintable(libraries.join(' '))); // the maps were read
    QVERIFY2(!mapsKeychain(libraries), qPrintable(libraries.join(' ')));
    QCOMPARE(m_provider->requests().constLast().header("authorization"),
             QByteArray("Basic " + QByteArray("alice:" + kSecret).toBase64()));
}

void TstAgentKeychainModule::keychainSecretLoadsTheModule()
{
    writeConfig(QJsonObject{{"source", "keychain"}});
    // On standard input, as a user does; `secret set` writes through the module too.
    const ProcessRun store = runAgent({"secret", "set", kProfile, "--config", m_dir->filePath("config.json")},
                                      QProcessEnvironment::systemEnvironment(), kSecret + '\n');
    QVERIFY2(store.exitCode == 0, store.out + store.err);
    const QStringList libraries = librariesAfterFirstUpdate(QStringLiteral(QDDNS_AGENT_BINARY));
    QVERIFY2(mapsKeychain(libraries), qPrintable(libraries.join(' ')));
    QCOMPARE(m_provider->requests().constLast().header("authorization"),
             QByteArray("Basic " + QByteArray("alice:" + kSecret).toBase64()));
}

void TstAgentKeychainModule::missingModuleIsAClearError()
{
    // The same program, copied where no module sits beside it.
    QVERIFY(QDir().mkpath(m_dir->filePath("bin")));
    const QString copy = m_dir->filePath("bin/qddns-agent");
    QVERIFY(QFile::copy(QStringLiteral(QDDNS_AGENT_BINARY), copy));
    writeConfig(QJsonObject{{"source", "keychain"}});
    const ProcessRun run = runProgram(copy, {"once", "--json", "--config", m_dir->filePath("config.json"), "--state-dir",
                                             m_dir->filePath("state")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("keychain support is not installed") && run.out.contains("libqddns-keychain.so"),
             run.out + run.err);
    QCOMPARE(updates(), 0);
}

QTEST_GUILESS_MAIN(TstAgentKeychainModule)
#include "tst_agentkeychainmodule.moc"
