// Paths in the configuration (~/ expanded, relative refused) and the warnings about what cannot
// work on this machine (an interface or a detector's program that is not there).
#include "config/config.h"
#include "config/configcheck.h"
#include "providers/providerregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns;

namespace {
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray withSecretPath(const QString &path)
{
    return R"({"version": 1, "profiles": [{"name": "home", "provider": "duckdns", "hosts": ["myhome"],
               "secret": {"source": "file", "path": )" + jsonString(path) + "}}]}";
}

QByteArray withCommand(const QString &program)
{
    return R"({"version": 1, "detectors": {"ipv4": [{"type": "command", "argv": [)" + jsonString(program) + R"(, "-4"]}]}})";
}

QStringList warningStrings(const Config &config)
{
    QStringList list;
    for (const ConfigError &w : configWarnings(config))
        list << w.toString();
    return list;
}
} // namespace

class TstConfigCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void homeIsExpanded();
    void pathsThatCannotMeanOneThingAreRefused_data();
    void pathsThatCannotMeanOneThingAreRefused();
    void commandProgramForms();
    void missingInterfaceWarns();
    void commandProgramWarnings();
    void cleanConfigHasNoWarning();

private:
    ProviderRegistry m_registry;
    QTemporaryDir m_home;
    QByteArray m_oldHome;
};

void TstConfigCheck::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(m_home.path()));
}

void TstConfigCheck::cleanupTestCase()
{
    qputenv("HOME", m_oldHome);
}

void TstConfigCheck::homeIsExpanded()
{
    QCOMPARE(resolveConfigPath("~/.config/qddns/home.secret").value(), m_home.path() + "/.config/qddns/home.secret");
    QCOMPARE(resolveConfigPath("~").value(), m_home.path());
    QCOMPARE(resolveConfigPath("/etc/qddns/x").value(), "/etc/qddns/x");

    const auto parsed = parseConfig(withSecretPath("~/.config/qddns/home.secret"), m_registry);
    QVERIFY(parsed);
    QCOMPARE(parsed->profiles.first().secret.path, m_home.path() + "/.config/qddns/home.secret");

    const QString ca = QStringLiteral(QDDNS_TEST_DATA "/tls/ca.pem");
    QVERIFY(QFile::copy(ca, m_home.filePath("ca.pem")));
    const auto tls = parseConfig(R"({"version": 1, "tls": {"caFile": "~/ca.pem"}})", m_registry);
    QVERIFY(tls);
    QCOMPARE(tls->caFile, m_home.filePath("ca.pem"));
}

void TstConfigCheck::pathsThatCannotMeanOneThingAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("relative secret file")
        << withSecretPath("home.secret")
        << "profiles[0].secret.path: \"home.secret\" is a relative path: write an absolute path or one starting with ~/ "
           "(a service runs in /, not in the directory you are in now)";
    QTest::newRow("dot-relative secret file")
        << withSecretPath("./secrets/home")
        << "profiles[0].secret.path: \"./secrets/home\" is a relative path: write an absolute path or one starting with ~/ "
           "(a service runs in /, not in the directory you are in now)";
    QTest::newRow("another user's home")
        << withSecretPath("~alice/home.secret")
        << "profiles[0].secret.path: \"~alice/home.secret\": only ~/ (your own home directory) is expanded; write the full path";
    QTest::newRow("relative CA file")
        << QByteArray(R"({"version": 1, "tls": {"caFile": "ca.pem"}})")
        << "tls.caFile: \"ca.pem\" is a relative path: write an absolute path or one starting with ~/ "
           "(a service runs in /, not in the directory you are in now)";
    QTest::newRow("relative program")
        << withCommand("bin/myip")
        << "detectors.ipv4[0].argv[0]: \"bin/myip\" is a relative path: write an absolute path or one starting with ~/ "
           "(a service runs in /, not in the directory you are in now)";
}

void TstConfigCheck::pathsThatCannotMeanOneThingAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto parsed = parseConfig(json, m_registry);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().size(), 1);
    QCOMPARE(parsed.error().first().toString(), expected);
}

void TstConfigCheck::commandProgramForms()
{
    // A bare name is looked up in PATH when it runs; ~/ is expanded; absolute stays.
    auto parsed = parseConfig(withCommand("upnpc"), m_registry);
    QVERIFY(parsed);
    QCOMPARE(parsed->ipv4.detectors.first().argv, QStringList({"upnpc", "-4"}));
    parsed = parseConfig(withCommand("~/bin/myip"), m_registry);
    QVERIFY(parsed);
    QCOMPARE(parsed->ipv4.detectors.first().argv.first(), m_home.path() + "/bin/myip");
}

void TstConfigCheck::missingInterfaceWarns()
{
    const QString absent = "qddns-none0";
    QVERIFY(!QNetworkInterface::interfaceFromName(absent).isValid());
    const QString present = QNetworkInterface::allInterfaces().value(0).name();
    QVERIFY2(!present.isEmpty(), "this machine has no network interface at all");
    const auto parsed = parseConfig(R"({"version": 1, "detectors": {"ipv6": [{"type": "interface", "name": ")" + present.toUtf8()
                                        + R"("}, {"type": "interface", "name": ")" + absent.toUtf8() + R"("}]}})",
                                    m_registry);
    QVERIFY(parsed);
    QCOMPARE(warningStrings(*parsed),
             QStringList{"detectors.ipv6[1].name: there is no network interface \"qddns-none0\" on this machine now; the "
                         "detector fails until it exists (`ip link` lists the interfaces)"});
}

void TstConfigCheck::commandProgramWarnings()
{
    QFile script(m_home.filePath("myip"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho 81.2.69.160\n");
    script.close();
    QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // not executable yet

    const QString missing = m_home.filePath("nope/router-wan-ip");
    const auto parsed = parseConfig(R"({"version": 1, "detectors": {"ipv4": [
        {"type": "command", "argv": [)" + jsonString(missing) + R"(]},
        {"type": "command", "argv": ["qddns-no-such-program"]},
        {"type": "command", "argv": ["~/myip"]},
        {"type": "command", "argv": ["sh", "-c", "echo 81.2.69.160"]}]}})", m_registry);
    QVERIFY(parsed);
    const QStringList warnings = warningStrings(*parsed);
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings.at(0), "detectors.ipv4[0].argv[0]: program " + missing + " does not exist: the detector fails until it is installed");
    QVERIFY2(warnings.at(1).startsWith("detectors.ipv4[1].argv[0]: program \"qddns-no-such-program\" is not in PATH ("), qPrintable(warnings.at(1)));
    QVERIFY2(warnings.at(1).endsWith("): the detector fails until it is installed, or write its full path"), qPrintable(warnings.at(1)));
    QCOMPARE(warnings.at(2), "detectors.ipv4[2].argv[0]: " + script.fileName() + " is not an executable program: the detector "
                             "fails until it is (`chmod +x " + script.fileName() + "`)");

    QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QCOMPARE(warningStrings(*parsed).size(), 2);
}

void TstConfigCheck::cleanConfigHasNoWarning()
{
    const auto parsed = parseConfig(R"({"version": 1, "profiles": [{"name": "duck", "provider": "duckdns", "hosts": ["myhome"]}]})",
                                    m_registry);
    QVERIFY(parsed);
    QVERIFY(configWarnings(*parsed).isEmpty());
}

QTEST_GUILESS_MAIN(TstConfigCheck)
#include "tst_configcheck.moc"
