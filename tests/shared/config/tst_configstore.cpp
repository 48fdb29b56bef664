// Loading the configuration file: the default path, a missing or broken file.
#include "config/configstore.h"
#include "core/atomicfile.h"
#include "fakes/checks.h"
#include "providers/providerregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

class TstConfigStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadExplicitMissing();
    void loadDefaultMissing();
    void loadDefaultPresent();
    void loadExplicitInvalid();

private:
    ProviderRegistry m_registry;
    QTemporaryDir m_configHome;
};

void TstConfigStore::initTestCase()
{
    // QStandardPaths reads XDG_CONFIG_HOME on every call, so setting it here (after
    // QCoreApplication exists) is enough. Test mode is left off on purpose: it would point
    // at ~/.qttest/config in the real home instead of a throw-away directory.
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    QCOMPARE(defaultConfigPath(), m_configHome.path() + "/qddns/config.json");
}

void TstConfigStore::loadExplicitMissing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("absent.json");
    const auto loaded = loadConfig(path, m_registry);
    QVERIFY(!loaded);
    QCOMPARE(errorStrings(loaded.error()), QStringList{"cannot read " + path + ": No such file or directory"});
}

void TstConfigStore::loadDefaultMissing()
{
    QVERIFY(!QFile::exists(defaultConfigPath()));
    const auto loaded = loadConfig(QString(), m_registry);
    QVERIFY2(loaded, qPrintable(failure(loaded)));
    QVERIFY(!loaded->fromFile);
    QCOMPARE(loaded->path, m_configHome.path() + "/qddns/config.json");
    QVERIFY(loaded->config.profiles.isEmpty());
    QCOMPARE(loaded->config.interval, Config::defaults().interval);
    QCOMPARE(loaded->config.ipv4.detectors.size(), Config::defaults().ipv4.detectors.size());
}

void TstConfigStore::loadDefaultPresent()
{
    const QString path = defaultConfigPath();
    const auto written = writeFileAtomically(
        path, R"({"version": 1, "interval": "10m", "profiles": [{"name": "duck", "provider": "duckdns", "hosts": ["myhome"]}]})");
    QVERIFY2(written, qPrintable(failure(written)));
    const auto loaded = loadConfig(QString(), m_registry);
    QFile::remove(path);
    QVERIFY2(loaded, qPrintable(failure(loaded)));
    QVERIFY(loaded->fromFile);
    QCOMPARE(loaded->path, path);
    QCOMPARE(loaded->config.interval, 600s);
    QCOMPARE(loaded->config.profiles.size(), 1);
    QCOMPARE(loaded->config.profiles[0].hosts, QStringList{"myhome"});
}

void TstConfigStore::loadExplicitInvalid()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("config.json");
    QVERIFY(writeFileAtomically(path, R"({"version": 1, "intervall": 600})"));
    const auto loaded = loadConfig(path, m_registry);
    QVERIFY(!loaded);
    QCOMPARE(errorStrings(loaded.error()), QStringList{R"(intervall: unknown key (did you mean "interval"?))"});
}

QTEST_GUILESS_MAIN(TstConfigStore)
#include "tst_configstore.moc"
