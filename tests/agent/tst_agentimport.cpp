// `qddns-agent import`, end to end through the real binary: each tool's sample file (tests/data/
// import/) written into a configuration that passes check-config, mapped as the importer tests
// assert; every secret in the real Secret Service (scripts/run-tests starts gnome-keyring) or in an
// owner-only file, and in no configuration, output or log line; unsupported options by name and
// line; malformed files; --merge; and the README's worked examples as the binary prints them.
#include "agent/clienvironment.h"
#include "cli/importcommand.h"
#include "fakes/process.h"
#include "secrets/secretstore.h"
#include "shared/import/importtest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qddns;
using namespace Qddns::Test;

#define REQUIRE_SECRET_SERVICE()                                                                        \
    do {                                                                                                \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))                                     \
            QFAIL("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset), so no Secret Service: run the " \
                  "tests through scripts/run-tests, which starts a private unlocked gnome-keyring");      \
        if (findTool(QStringLiteral("secret-tool")).isEmpty())                                          \
            QFAIL("secret-tool is missing: install libsecret-tools (scripts/install-deps test)");       \
    } while (false)

namespace {

// What the importer tests assert of one tool's sample, checked here in the written file.
struct Sample
{
    QString file;
    int profiles = 0;
    QStringList notes;           ///< "line:option" of every option not imported
    QJsonObject globals;         ///< interval, forceInterval, detectors (null: not written)
    QList<QJsonObject> expected; ///< "host" finds the profile; every other key must be so (null: absent)
    QList<std::pair<QString, QString>> secrets; ///< a host of the profile, the secret stored for it
    QStringList unimported;      ///< secrets of the file that are not imported: they must show nowhere either
    QStringList keyFiles;        ///< secret files the file names (nsupdate's key): kept as references, absent here
};

// check-config's standard error without its warnings about the sample's key files, which do not exist here.
QByteArray withoutKeyFiles(const QByteArray &err, const QStringList &keyFiles)
{
    QList<QByteArray> lines = err.split('\n');
    lines.removeIf([&keyFiles](const QByteArray &line) {
        return std::any_of(keyFiles.cbegin(), keyFiles.cend(), [&line](const QString &f) { return line.contains(f.toUtf8()); });
    });
    return lines.join('\n');
}

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> members) { return QJsonObject(members); }
const QJsonValue absent = QJsonValue::Null;

Sample sampleOf(const QString &tool)
{
    Sample s;
    if (tool == QLatin1String("ddclient")) {
        s.file = QStringLiteral("ddclient/ddclient.conf");
        s.profiles = 8;
        s.notes = QStringList{"9:mail", "10:mail-failure", "56:wildcard", "59:postscript"};
        s.globals = obj({{"interval", "5m"}, {"forceInterval", "30d"},
                         {"detectors", obj({{"ipv4", QJsonArray{obj({{"type", "interface"}, {"name", "eth0"}}),
                                                                obj({{"type", "web"}, {"url", "https://ip4.example.net/plain"}}),
                                                                obj({{"type", "command"}, {"argv", QJsonArray{"/usr/local/bin/wan-ip"}}})}},
                                            {"ipv6", QJsonArray{obj({{"type", "interface"}, {"name", "eth1"}})}}})}});
        s.expected = {obj({{"host", "home.example.net"}, {"provider", "noip"}, {"hosts", QJsonArray{"home.example.net", "nas.example.net"}},
                           {"username", "noip-user@example.org"}, {"ipv6", absent}}),
                      obj({{"host", "dyn.example.org"}, {"provider", "dyndns"}, {"server", absent}, {"username", "dyn-user"}}),
                      obj({{"host", "self.example.com"}, {"provider", "dyndns2"}, {"server", "https://dyn.example.com/dyndns"},
                           {"username", "selfuser"}, {"ipv6", true}}),
                      obj({{"host", "cf.example.com"}, {"provider", "cloudflare"}, {"hosts", QJsonArray{"cf.example.com", "vpn.example.com"}},
                           {"zone", "example.com"}, {"ttl", 300}, {"username", absent}, {"ipv6", absent}}),
                      obj({{"host", "myduck"}, {"provider", "duckdns"}}),
                      obj({{"host", "he.example.net"}, {"provider", "henet"}, {"username", absent}}),
                      obj({{"host", "www.example.org"}, {"provider", "namecheap"}, {"domain", "example.org"}, {"username", absent}}),
                      obj({{"host", "host.dyn.example.com"}, {"provider", "rfc2136"}, {"dnsServer", "ns1.example.com"},
                           {"zone", "dyn.example.com"}, {"ttl", 600}, {"server", absent},
                           {"secret", obj({{"source", "file"}, {"path", "/etc/ddclient/dyn.key"}})}})};
        s.keyFiles = QStringList{"/etc/ddclient/dyn.key"};
        s.secrets = {{"home.example.net", "No1p Pass#word"}, {"dyn.example.org", "Dyn-Upd4te-Key"},
                     {"self.example.com", "S3lf-hosted-pw"}, {"cf.example.com", "cf-T0ken_with,comma"},
                     {"myduck", "duck-0123456789abcdef"}, {"he.example.net", "he-ddns-key-9f8e7d"},
                     {"www.example.org", "namecheap-ddns-pw"}};
    } else if (tool == QLatin1String("inadyn")) {
        s.file = QStringLiteral("inadyn/inadyn.conf");
        s.profiles = 9;
        s.notes = QStringList{"9:user-agent", "32:wildcard"};
        s.globals = obj({{"interval", "10m"}, {"forceInterval", "30d"},
                         {"detectors", obj({{"ipv4", QJsonArray{obj({{"type", "web"}, {"url", "https://ipv4.example.net/plain"}}),
                                                                obj({{"type", "interface"}, {"name", "eth0"}})}},
                                            {"ipv6", QJsonArray{obj({{"type", "command"},
                                                                     {"argv", QJsonArray{"/bin/sh", "-c",
                                                                                         "ip -6 addr show scope global | awk '/inet6/{print $2}' "
                                                                                         "| cut -d/ -f1 | head -1"}}}),
                                                                obj({{"type", "interface"}, {"name", "eth0"}})}}})}});
        s.expected = {obj({{"host", "home.example.org"}, {"provider", "dyndns"}, {"hosts", QJsonArray{"home.example.org", "nas.example.org"}},
                           {"username", "dyn-account"}, {"ipv6", true}}),
                      obj({{"host", "one.example.net"}, {"provider", "noip"}, {"username", "noip-one"}}),
                      obj({{"host", "two.example.net"}, {"provider", "noip"}, {"username", "noip-two"}}),
                      obj({{"host", "cf.example.com"}, {"provider", "cloudflare"}, {"zone", "example.com"}, {"ttl", 300},
                           {"proxied", false}, {"username", absent}}),
                      obj({{"host", "myduck.duckdns.org"}, {"provider", "duckdns"}, {"ipv4", false}, {"ipv6", true}}),
                      obj({{"host", "he.example.com"}, {"provider", "henet"}, {"username", absent}}),
                      obj({{"host", "self.example.com"}, {"provider", "dyndns2"}, {"server", "https://dyn.example.com"}, {"username", "selfuser"}}),
                      obj({{"host", "url.example.net"}, {"provider", "custom"},
                           {"url", "https://update.example.net/api/update?token=[PASSWORD]&host=[DOMAIN]&ip=[IP]"},
                           {"successPattern", "(?i)(updated|unchanged)"}}),
                      obj({{"host", "www.example.org"}, {"provider", "namecheap"}, {"domain", "example.org"}, {"username", absent}})};
        s.secrets = {{"home.example.org", "Dyn Secret#1"}, {"one.example.net", "n0ip-one-pass"}, {"two.example.net", "n0ip-two-pass"},
                     {"cf.example.com", "cf_api_token_0123456789"}, {"myduck.duckdns.org", "duck-token-abcdef0123"},
                     {"he.example.com", "he-key-778899"}, {"self.example.com", "self-Pa55"}, {"url.example.net", "tokenurl-secret-42"},
                     {"www.example.org", "namecheap-pass"}};
    } else if (tool == QLatin1String("openwrt")) {
        s.file = QStringLiteral("openwrt/ddns");
        s.profiles = 6;
        s.notes = QStringList{"62:dns_server", "81:proxy", "91:enabled"};
        s.globals = obj({{"interval", "5m"}, {"forceInterval", "3d"},
                         {"detectors", obj({{"ipv4", QJsonArray{obj({{"type", "web"}, {"url", "https://ipv4.example.net/plain"}}),
                                                                obj({{"type", "command"}, {"argv", QJsonArray{"/usr/bin/wan-ip.sh", "--v4"}}})}},
                                            {"ipv6", QJsonArray{obj({{"type", "interface"}, {"name", "eth1"}})}}})}});
        s.expected = {obj({{"host", "home.example.net"}, {"provider", "noip"}, {"hosts", QJsonArray{"home.example.net"}},
                           {"username", "noip-user"}, {"ipv4", absent}, {"ipv6", true}}),
                      obj({{"host", "vpn.example.com"}, {"provider", "cloudflare"}, {"zone", "example.com"}, {"username", absent}}),
                      obj({{"host", "myduck"}, {"provider", "duckdns"}}),
                      obj({{"host", "self.example.com"}, {"provider", "dyndns2"}, {"server", "https://dyn.example.com"}, {"username", "selfuser"}}),
                      obj({{"host", "get.example.net"}, {"provider", "custom"},
                           {"url", "https://update.example.net/api/v2?key=[PASSWORD]&host=[DOMAIN]&ip=[IP]&tag=home%20net"}}),
                      obj({{"host", "www.example.org"}, {"provider", "namecheap"}, {"domain", "example.org"}, {"username", absent}})};
        s.secrets = {{"home.example.net", "N0ip pass with spaces"}, {"vpn.example.com", "cf-api-token-OpenWrt-1"},
                     {"myduck", "duck-openwrt-token-77"}, {"self.example.com", "Self#Pa55"}, {"get.example.net", "getsecret-123"},
                     {"www.example.org", "namecheap-secret"}};
        s.unimported = QStringList{"old-secret-1"};
    } else {
        s.file = QStringLiteral("ddns-updater/config.json");
        s.profiles = 9;
        s.notes = QStringList{"73:provider", "75:mode", "76:api_endpoint"};
        s.globals = obj({{"interval", absent}, {"forceInterval", absent}, {"detectors", absent}}); // PERIOD is in its environment
        s.expected = {obj({{"host", "home.example.com"}, {"provider", "cloudflare"}, {"hosts", QJsonArray{"home.example.com", "vpn.example.com"}},
                           {"zone", "example.com"}, {"ttl", 600}, {"proxied", false}, {"ipv4", absent}, {"ipv6", true}}),
                      obj({{"host", "myduck.duckdns.org"}, {"provider", "duckdns"}}),
                      obj({{"host", "nas.example.net"}, {"provider", "noip"}, {"username", "noip-user"}, {"ipv6", absent}}),
                      obj({{"host", "www.example.de"}, {"provider", "strato"}, {"username", "example.de"}}),
                      obj({{"host", "dyn.example.org"}, {"provider", "dyndns"}}),
                      // ipv6_suffix: each host publishes the detected prefix with ::1.
                      obj({{"host", "he.example.com"}, {"provider", "henet"},
                           {"hosts", QJsonArray{QJsonObject{{"name", "example.com"}, {"ipv6Suffix", "::1"}},
                                                QJsonObject{{"name", "he.example.com"}, {"ipv6Suffix", "::1"}}}},
                           {"ipv4", false}, {"ipv6", true}}),
                      obj({{"host", "my.spdyn.de"}, {"username", "my.spdyn.de"}}),
                      obj({{"host", "custom.example.net"}, {"provider", "custom"},
                           {"url", "https://update.example.net/update?domain=custom.example.net&client_key=[PASSWORD]&ipv4=[IP]"},
                           {"successPattern", "good"}})};
        s.secrets = {{"home.example.com", "cf-updater-token-XYZ"}, {"myduck.duckdns.org", "duck-updater-token-1"},
                     {"nas.example.net", "noip-Updater-pw"}, {"www.example.de", "strato-dyn-pw"}, {"dyn.example.org", "dyn-client-key-55"},
                     {"he.example.com", "he-updater-key"}, {"my.spdyn.de", "spdyn-token-31"}, {"custom.example.net", "custom-Key-0042"}};
        s.unimported = QStringList{"ovh-app-secret-2", "ovh-consumer-key-3", "sk1_examplesecretkey"};
    }
    return s;
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readText(path)).object();
}

QStringList profileNames(const QJsonObject &config)
{
    QStringList names;
    for (const QJsonValue &p : config.value(QStringLiteral("profiles")).toArray())
        names << p.toObject().value(QStringLiteral("name")).toString();
    return names;
}

// "line:option" of each "not imported: line N: option: …" line the command said.
QStringList notesSaid(const QByteArray &err)
{
    static const QRegularExpression note(QStringLiteral("^not imported: line (\\d+): ([A-Za-z0-9_.-]+):"), QRegularExpression::MultilineOption);
    QStringList where;
    auto it = note.globalMatch(QString::fromUtf8(err));
    while (it.hasNext()) {
        const auto m = it.next();
        where << m.captured(1) + QLatin1Char(':') + m.captured(2);
    }
    return where;
}

} // namespace

class TstAgentImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void samples_data();
    void samples();
    void secretFiles_data();
    void secretFiles();
    void keepOut();
    void namedCredentialsAndNoOverwrite();
    void noKeychain();
    void malformed_data();
    void malformed();
    void hostTheProviderRefuses();
    void existingConfig();
    void usage_data();
    void usage();
    void readmeExamples();

private:
    ProcessRun agent(const QStringList &args, const QByteArray &input = {}) { return runAgent(args, m_env, input); }
    QString home() const { return m_dir->filePath(QStringLiteral("home")); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::optional<QByteArray> lookup(const QString &key) const;
    void checkNoLeak(const QString &what, const QByteArray &text, const QStringList &secrets);
    void checkProfiles(const QJsonObject &config, const Sample &s);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
    QStringList m_keys; ///< keychain entries a test may have made: removed after it
};

void TstAgentImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A home of its own (the default configuration goes there); the session's D-Bus and keyring stay.
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "JOURNAL_STREAM"})
        m_env.remove(QString::fromLatin1(name));
    QVERIFY(QDir().mkpath(home()));
    m_env.insert(QStringLiteral("HOME"), home());
    m_keys.clear();
}

void TstAgentImport::cleanup()
{
    for (const QString &key : std::as_const(m_keys))
        runProgram(QStringLiteral("secret-tool"), {"clear", "server", QString(kKeychainService), "user", key});
    m_dir.reset();
}

std::optional<QByteArray> TstAgentImport::lookup(const QString &key) const
{
    const ProcessRun r = runProgram(QStringLiteral("secret-tool"), {"lookup", "server", QString(kKeychainService), "user", key});
    if (r.exitCode != 0)
        return std::nullopt;
    return r.out;
}

void TstAgentImport::checkNoLeak(const QString &what, const QByteArray &text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        const QString leak = ImportTest::leakOf(QString::fromUtf8(text), secret);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("a secret is in %1, as \"%2\"").arg(what, leak)));
    }
}

void TstAgentImport::checkProfiles(const QJsonObject &config, const Sample &s)
{
    QCOMPARE(config.value(QStringLiteral("profiles")).toArray().size(), s.profiles);
    for (auto it = s.globals.constBegin(); it != s.globals.constEnd(); ++it) {
        if (it.value().isNull())
            QVERIFY2(!config.contains(it.key()), qPrintable(it.key()));
        else
            QVERIFY2(config.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(": ") + QString::fromUtf8(
                QJsonDocument(QJsonArray{config.value(it.key())}).toJson(QJsonDocument::Compact))));
    }
    for (const QJsonObject &want : s.expected) {
        const QString host = want.value(QStringLiteral("host")).toString();
        Qddns::ImportResult shape;
        shape.config = config;
        const QJsonObject profile = ImportTest::profileWithHost(shape, host);
        QVERIFY2(!profile.isEmpty(), qPrintable(QStringLiteral("no profile with host ") + host));
        for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
            if (it.key() == QLatin1String("host"))
                continue;
            if (it.value().isNull())
                QVERIFY2(!profile.contains(it.key()), qPrintable(host + QLatin1Char(' ') + it.key()));
            else
                QVERIFY2(profile.value(it.key()) == it.value(), qPrintable(host + QLatin1Char(' ') + it.key()));
        }
    }
}

void TstAgentImport::samples_data()
{
    QTest::addColumn<QString>("tool");
    for (const char *tool : {"ddclient", "inadyn", "openwrt", "ddns-updater"})
        QTest::newRow(tool) << QString::fromLatin1(tool);
}

// import TOOL FILE --write CONFIG: the secrets in the keychain, the rest in a file check-config accepts.
void TstAgentImport::samples()
{
    REQUIRE_SECRET_SERVICE();
    QFETCH(QString, tool);
    const Sample s = sampleOf(tool);
    const QString config = path(QStringLiteral("config.json"));
    const ProcessRun run = agent({"import", tool, ImportTest::dataPath(s.file), "--write", config, "--verbose"});
    const QJsonObject written = readJson(config);
    m_keys += profileNames(written);
    QVERIFY2(run.exitCode == 1, run.err.constData()); // every sample has options qddns does not take
    QVERIFY(run.out.isEmpty());
    QCOMPARE(notesSaid(run.err), s.notes);
    checkProfiles(written, s);
    for (const QJsonValue &p : written.value(QStringLiteral("profiles")).toArray()) {
        if (!s.keyFiles.contains(p.toObject().value(QStringLiteral("secret")).toObject().value(QStringLiteral("path")).toString()))
            QCOMPARE(p.toObject().value(QStringLiteral("secret")).toObject(), QJsonObject({{"source", "keychain"}}));
    }

    // Valid as qddns reads it: check-config finds every secret in the keychain too.
    const ProcessRun check = agent({"--config", config, "check-config"});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY2(check.out.contains(QStringLiteral("valid, %1 profile%2").arg(s.profiles).arg(s.profiles == 1 ? "" : "s").toUtf8()), check.out.constData());
    QVERIFY2(!withoutKeyFiles(check.err, s.keyFiles).contains("secret"), check.err.constData());

    // In the real Secret Service under the profile's name, as QtKeychain's schema stores it.
    QStringList secrets = s.unimported;
    ImportResult shape;
    shape.config = written;
    for (const auto &[host, secret] : s.secrets) {
        const QString name = ImportTest::profileWithHost(shape, host).value(QStringLiteral("name")).toString();
        const std::optional<QByteArray> stored = lookup(name);
        QVERIFY2(stored, qPrintable(QStringLiteral("secret-tool lookup server qddns user %1 finds nothing").arg(name)));
        QCOMPARE(QString::fromUtf8(*stored), secret);
        secrets << secret;
    }
    // Without --write the same configuration is printed; the secrets, already there, are kept.
    const ProcessRun printed = agent({"import", tool, ImportTest::dataPath(s.file), "--verbose"});
    QVERIFY2(printed.exitCode == 1, printed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(printed.out).object(), written);
    checkNoLeak(QStringLiteral("the configuration"), readText(config), secrets);
    checkNoLeak(QStringLiteral("standard output"), run.out + check.out + printed.out, secrets);
    checkNoLeak(QStringLiteral("standard error (the log, --verbose)"), run.err + check.err + printed.err, secrets);
}

void TstAgentImport::secretFiles_data()
{
    samples_data();
}

// --secrets file:~/DIR: owner-only files the configuration references; nothing in the keychain.
void TstAgentImport::secretFiles()
{
    REQUIRE_SECRET_SERVICE();
    QFETCH(QString, tool);
    const Sample s = sampleOf(tool);
    const QString config = path(QStringLiteral("config.json"));
    const ProcessRun run = agent({"import", tool, ImportTest::dataPath(s.file), "--secrets", "file:~/.config/qddns/secrets",
                                  "--write", config, "--verbose"});
    const QJsonObject written = readJson(config);
    m_keys += profileNames(written);
    QVERIFY2(run.exitCode == 1, run.err.constData());
    checkProfiles(written, s);

    QStringList secrets = s.unimported;
    ImportResult shape;
    shape.config = written;
    for (const auto &[host, secret] : s.secrets) {
        const QJsonObject profile = ImportTest::profileWithHost(shape, host);
        const QString name = profile.value(QStringLiteral("name")).toString();
        const QString ref = QStringLiteral("~/.config/qddns/secrets/%1.secret").arg(name);
        QCOMPARE(profile.value(QStringLiteral("secret")).toObject(), QJsonObject({{"source", "file"}, {"path", ref}}));
        const QString file = home() + ref.mid(1);
        QCOMPARE(QFile::permissions(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(readText(file), secret.toUtf8() + '\n');
        QVERIFY2(!lookup(name), qPrintable(name + QStringLiteral(" is in the keychain too")));
        secrets << secret;
    }
    const ProcessRun check = agent({"--config", config, "check-config"});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY2(!withoutKeyFiles(check.err, s.keyFiles).contains("secret"), check.err.constData()); // each file found, owner-only
    checkNoLeak(QStringLiteral("the configuration"), readText(config), secrets);
    checkNoLeak(QStringLiteral("the output"), run.out + run.err + check.out + check.err, secrets);
}

// --secrets keep-out: nothing stored; the profiles that need a secret and the commands that store them.
void TstAgentImport::keepOut()
{
    REQUIRE_SECRET_SERVICE();
    const Sample s = sampleOf(QStringLiteral("ddclient"));
    // --write without PATH: the default configuration file (~/.config/qddns/config.json here).
    const ProcessRun run = agent({"import", "ddclient", ImportTest::dataPath(s.file), "--secrets", "keep-out", "--write"});
    const QString config = home() + QStringLiteral("/.config/qddns/config.json");
    const QJsonObject written = readJson(config);
    m_keys += profileNames(written);
    QVERIFY2(run.exitCode == 1, run.err.constData());
    QCOMPARE(profileNames(written).size(), s.profiles);
    QStringList secrets = s.unimported;
    for (const auto &each : s.secrets)
        secrets << each.second;
    for (const QString &name : profileNames(written)) {
        const QJsonObject profile = written.value(QStringLiteral("profiles")).toArray().at(profileNames(written).indexOf(name)).toObject();
        if (s.keyFiles.contains(profile.value(QStringLiteral("secret")).toObject().value(QStringLiteral("path")).toString()))
            continue; // the file's own reference, kept
        QVERIFY(!profile.contains(QStringLiteral("secret")));
        QVERIFY2(!lookup(name), qPrintable(name + QStringLiteral(" is in the keychain")));
        QVERIFY2(run.err.contains(QStringLiteral("\n  qddns-agent secret set %1\n").arg(name).toUtf8()), run.err.constData());
    }
    QVERIFY2(run.err.contains(QStringLiteral("no secret stored for %1 profile%2").arg(s.profiles - s.keyFiles.size()).arg(s.profiles - s.keyFiles.size() == 1 ? "" : "s").toUtf8()), run.err.constData());
    checkNoLeak(QStringLiteral("the configuration"), readText(config), secrets);
    checkNoLeak(QStringLiteral("the output"), run.out + run.err, secrets);

    // The command as listed stores it where the profile reads it; check-config then finds it.
    const ProcessRun set = agent({"secret", "set", "myduck"}, "duck-0123456789abcdef\n");
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QCOMPARE(lookup(QStringLiteral("myduck")).value_or("(none)"), QByteArray("duck-0123456789abcdef"));
    const ProcessRun check = agent({"check-config"});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    const qsizetype duck = profileNames(written).indexOf(QStringLiteral("myduck"));
    QVERIFY2(!check.err.contains(QStringLiteral("profiles[%1].secret").arg(duck).toUtf8()), check.err.constData()); // stored now
    QVERIFY2(check.err.contains(QStringLiteral("profiles[%1].secret").arg(duck == 0 ? 1 : 0).toUtf8()), check.err.constData()); // not yet
}

// storeImportedSecrets: a named credential under PROFILE/FIELD; another value is never replaced,
// and then nothing at all is stored.
void TstAgentImport::namedCredentialsAndNoOverwrite()
{
    REQUIRE_SECRET_SERVICE();
    const QString profile = QStringLiteral("qddns-import-named");
    m_keys << profile << profile + QStringLiteral("/apiKey") << profile + QStringLiteral("/other");
    for (const QString &key : std::as_const(m_keys))
        QVERIFY2(!lookup(key), qPrintable(key + QStringLiteral(" is in the keychain before the test")));
    const QList<ImportedSecret> secrets{{profile, QStringLiteral("secret"), QStringLiteral("sk1-named-5ecret"), {}},
                                        {profile, QStringLiteral("apiKey"), QStringLiteral("pk1-named-key"), {}}};
    auto stored = storeImportedSecrets(secrets, ImportOptions::SecretTarget::Keychain);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error()));
    QCOMPARE(stored.value(), QStringList({profile, profile + QStringLiteral("/apiKey")}));
    QCOMPARE(lookup(profile).value_or("(none)"), QByteArray("sk1-named-5ecret"));
    QCOMPARE(lookup(profile + QStringLiteral("/apiKey")).value_or("(none)"), QByteArray("pk1-named-key"));
    // The same values again: nothing to refuse (an import run twice).
    QVERIFY(storeImportedSecrets(secrets, ImportOptions::SecretTarget::Keychain));

    // Another value under an existing key: refused, named, and the new entry is not stored either.
    const QList<ImportedSecret> changed{{profile, QStringLiteral("other"), QStringLiteral("other-value"), {}},
                                        {profile, QStringLiteral("apiKey"), QStringLiteral("pk1-CHANGED"), {}}};
    stored = storeImportedSecrets(changed, ImportOptions::SecretTarget::Keychain);
    QVERIFY(!stored);
    QVERIFY2(stored.error().contains(QStringLiteral("\"%1/apiKey\"").arg(profile)), qPrintable(stored.error()));
    QVERIFY2(!stored.error().contains(QLatin1String("pk1")), qPrintable(stored.error()));
    QCOMPARE(lookup(profile + QStringLiteral("/apiKey")).value_or("(none)"), QByteArray("pk1-named-key"));
    QVERIFY(!lookup(profile + QStringLiteral("/other")));

    // Files alike: written 0600; one that holds another value stops all of them.
    const QString dir = path(QStringLiteral("secrets"));
    const QList<ImportedSecret> files{{profile, QStringLiteral("secret"), QStringLiteral("file-5ecret"), dir + QStringLiteral("/a.secret")},
                                      {profile, QStringLiteral("apiKey"), QStringLiteral("file-key"), dir + QStringLiteral("/a.apiKey.secret")}};
    stored = storeImportedSecrets(files, ImportOptions::SecretTarget::File);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error()));
    QCOMPARE(readText(dir + QStringLiteral("/a.apiKey.secret")), QByteArray("file-key\n"));
    QCOMPARE(QFile::permissions(dir + QStringLiteral("/a.apiKey.secret")),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const QList<ImportedSecret> clash{{profile, QStringLiteral("other"), QStringLiteral("new"), dir + QStringLiteral("/b.secret")},
                                      {profile, QStringLiteral("secret"), QStringLiteral("file-CHANGED"), dir + QStringLiteral("/a.secret")}};
    stored = storeImportedSecrets(clash, ImportOptions::SecretTarget::File);
    QVERIFY(!stored);
    QVERIFY2(stored.error().contains(dir + QStringLiteral("/a.secret")), qPrintable(stored.error()));
    QCOMPARE(readText(dir + QStringLiteral("/a.secret")), QByteArray("file-5ecret\n"));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/b.secret")));
}

// Over SSH (no D-Bus session): the keychain cannot be reached, which is said with the other stores;
// no configuration is written that would read secrets nobody stored.
void TstAgentImport::noKeychain()
{
    QProcessEnvironment ssh = sshEnvironment(home(), path(QStringLiteral("run")));
    const QString sample = ImportTest::dataPath(QStringLiteral("ddns-updater/config.json"));
    const ProcessRun run = runAgent({"import", "ddns-updater", sample, "--write"}, ssh);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no keychain is reachable"), run.err.constData());
    QVERIFY2(run.err.contains("use --secrets file:DIR (owner-only files) or --secrets keep-out"), run.err.constData());
    QVERIFY2(run.err.contains("no configuration was written"), run.err.constData());
    QVERIFY(!QFileInfo::exists(home() + QStringLiteral("/.config/qddns/config.json")));

    // As it suggests: owner-only files.
    const ProcessRun files = runAgent({"import", "ddns-updater", sample, "--write", "--secrets", "file:~/.config/qddns/secrets"}, ssh);
    QVERIFY2(files.exitCode == 1, files.err.constData()); // OVH's API mode and Porkbun are not imported
    QCOMPARE(readText(home() + QStringLiteral("/.config/qddns/secrets/myduck.duckdns.org.secret")), QByteArray("duck-updater-token-1\n"));
    const ProcessRun check = runAgent({"check-config"}, ssh);
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY2(!check.err.contains("secret"), check.err.constData());
}

void TstAgentImport::malformed_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("secret"); // a password (or part of one) in the broken file

    QTest::newRow("ddclient: quote never closed") << "ddclient" << QByteArray("daemon=300\nprotocol=noip, login='me a.example.com\n") << 2 << "";
    QTest::newRow("ddclient: an unquoted password with spaces")
        << "ddclient" << QByteArray("daemon=300\nprotocol=noip, login=me, password=pw1 Leak-Part-41 x y a.example.com\n") << 2 << "Leak-Part-41";
    QTest::newRow("ddclient: a host name no host has")
        << "ddclient" << QByteArray("protocol=noip, login=me, password=pw1 Leak;Part-47\n") << 1 << "Leak;Part-47";
    QTest::newRow("ddclient: binary") << "ddclient" << QByteArray("\x7f" "ELF\0\0", 6) << 1 << "";
    QTest::newRow("inadyn: '=' missing after password")
        << "inadyn" << QByteArray("provider no-ip.com {\n  password \"Leak-Part-42\"\n}\n") << 2 << "Leak-Part-42";
    QTest::newRow("inadyn: an unquoted password with a space")
        << "inadyn" << QByteArray("provider no-ip.com {\n  password = pw1 Leak-Part-43\n}\n") << 3 << "Leak-Part-43";
    QTest::newRow("inadyn: section never closed") << "inadyn" << QByteArray("\nprovider no-ip.com {\n  username = me\n") << 2 << "";
    QTest::newRow("openwrt: quote never closed")
        << "openwrt" << QByteArray("config service 'a'\n\toption password 'pw1\nLeak-Part-44'\n") << 2 << "Leak-Part-44";
    QTest::newRow("openwrt: the rest of a password on its own line")
        << "openwrt" << QByteArray("config service 'a'\n\toption password 'pw1'\nLeak-Part-45\n") << 3 << "Leak-Part-45";
    QTest::newRow("ddns-updater: not JSON")
        << "ddns-updater" << QByteArray("{\n  \"settings\": [\n    {\"provider\": \"duckdns\", \"token\": \"Leak-Part-46\",}\n  ]\n}\n") << 3
        << "Leak-Part-46";
}

// Exit 2 with the line and what was expected there; nothing written, nothing printed, no secret said.
void TstAgentImport::malformed()
{
    QFETCH(QString, tool);
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, secret);
    const QString file = path(QStringLiteral("input"));
    QVERIFY(writeText(file, content));
    const QString config = path(QStringLiteral("config.json"));
    const ProcessRun run = agent({"import", tool, file, "--write", config, "--verbose"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QStringLiteral("qddns-agent: %1 cannot be read as %2's configuration: line %3: ").arg(file, tool).arg(line)), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("expected")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("nothing was imported")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(config));
    if (!secret.isEmpty())
        checkNoLeak(QStringLiteral("standard error"), run.err, {secret});
}

// The command hands the importer its providers' own checks: a host DuckDNS cannot update is noted
// and left out, and the rest is written, instead of nothing at all for a configuration that does
// not validate.
void TstAgentImport::hostTheProviderRefuses()
{
    const QString file = path(QStringLiteral("input"));
    QVERIFY(writeText(file, "protocol=duckdns, password=duck-token-0123456789 home.example.org,good.duckdns.org\n"));
    const QString config = path(QStringLiteral("config.json"));
    const ProcessRun run = agent({"import", "ddclient", file, "--secrets", "keep-out", "--write", config});
    QVERIFY2(run.exitCode == 1, run.err.constData());
    QVERIFY2(run.err.contains("host \"home.example.org\" of duckdns is refused by qddns's duckdns provider"), run.err.constData());
    const QJsonObject written = readJson(config);
    QCOMPARE(profileNames(written), QStringList{"good.duckdns.org"});
    QCOMPARE(written.value(QStringLiteral("profiles")).toArray().first().toObject().value(QStringLiteral("hosts")).toArray(),
             QJsonArray{"good.duckdns.org"});
}

// Without --merge an existing file is untouched; --merge adds the profiles and keeps every byte of
// the file, its own settings included; a name it already has is refused.
void TstAgentImport::existingConfig()
{
    REQUIRE_SECRET_SERVICE();
    const QString config = path(QStringLiteral("config.json"));
    // Written by hand: two-space indents, odd spacing, a key order of its own.
    const QByteArray original = "{\n"
                                "  \"version\" : 1,\n"
                                "  \"interval\": \"10m\",\n"
                                "  \"profiles\": [\n"
                                "    { \"name\": \"keep\",  \"provider\": \"duckdns\", \"hosts\": [\"keep\"],\n"
                                "      \"secret\": {\"source\": \"env\", \"name\": \"KEEP_TOKEN\"} }\n"
                                "  ]\n"
                                "}\n";
    QVERIFY(writeText(config, original));
    const QString inadyn = ImportTest::dataPath(QStringLiteral("inadyn/inadyn.conf"));

    ProcessRun run = agent({"import", "inadyn", inadyn, "--write", config});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("exists, and an import never overwrites it; nothing was imported"), run.err.constData());
    QCOMPARE(readText(config), original);
    QVERIFY2(!lookup(QStringLiteral("home.example.org")), "a secret was stored although nothing was imported");

    run = agent({"import", "inadyn", inadyn, "--write", config, "--merge"});
    const QByteArray merged = readText(config);
    const QJsonObject document = QJsonDocument::fromJson(merged).object();
    m_keys += profileNames(document);
    QVERIFY2(run.exitCode == 1, run.err.constData());
    // Everything up to the end of the last profile, and everything after it, byte for byte.
    const qsizetype end = original.indexOf("} }") + 3;
    QVERIFY2(merged.startsWith(original.left(end)), merged.constData());
    QVERIFY2(merged.endsWith(original.mid(end)), merged.constData());
    QCOMPARE(profileNames(document).size(), 1 + sampleOf(QStringLiteral("inadyn")).profiles);
    QCOMPARE(profileNames(document).first(), QStringLiteral("keep"));
    QCOMPARE(document.value(QStringLiteral("interval")).toString(), QStringLiteral("10m"));
    QVERIFY(!document.contains(QStringLiteral("detectors")));
    // The file's own settings win; each imported one that differs is said (period = 600 is its 10m).
    QVERIFY2(!run.err.contains("not merged: interval"), run.err.constData());
    QVERIFY2(run.err.contains("\nnot merged: forceInterval: the file's \"30d\" is not applied: " + config.toUtf8()
                              + " keeps its own (qddns's default), which its profiles use\n"), run.err.constData());
    QVERIFY2(run.err.contains("\nnot merged: detectors.ipv4: the file's detectors (web https://ipv4.example.net/plain, interface eth0) "
                              "are not applied"), run.err.constData());
    QVERIFY2(run.err.contains("\nnot merged: detectors.ipv6:"), run.err.constData());
    QVERIFY2(run.err.contains(" written to " + config.toUtf8() + " beside its 1 own"), run.err.constData());
    QCOMPARE(lookup(QStringLiteral("home.example.org")).value_or("(none)"), QByteArray("Dyn Secret#1"));
    const ProcessRun check = agent({"--config", config, "check-config"});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY2(check.out.contains(QStringLiteral("valid, %1 profiles").arg(1 + sampleOf(QStringLiteral("inadyn")).profiles).toUtf8()), check.out.constData());

    // The same import again: its names are taken now.
    run = agent({"import", "inadyn", inadyn, "--write", config, "--merge"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("already has profiles named \"home.example.org\""), run.err.constData());
    QCOMPARE(readText(config), merged);
}

void TstAgentImport::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString sample = ImportTest::dataPath(QStringLiteral("ddclient/ddclient.conf"));
    QTest::newRow("no file") << QStringList{"import", "ddclient"} << "qddns-agent: usage: qddns-agent import ddclient|inadyn|openwrt|ddns-updater FILE";
    QTest::newRow("unknown tool") << QStringList{"import", "dhclient", sample} << "import reads the configuration of ddclient, inadyn, openwrt, ddns-updater, not \"dhclient\"";
    QTest::newRow("a third word without --write") << QStringList{"import", "ddclient", sample, "out.json"} << "unexpected argument \"out.json\"";
    QTest::newRow("--merge without --write") << QStringList{"import", "ddclient", sample, "--merge"} << "--merge applies to --write";
    QTest::newRow("unknown store") << QStringList{"import", "ddclient", sample, "--secrets", "vault"} << "--secrets \"vault\" is not a secret store";
    QTest::newRow("file: without a directory") << QStringList{"import", "ddclient", sample, "--secrets", "file:"} << "--secrets \"file:\" is not a secret store";
    QTest::newRow("missing file") << QStringList{"import", "ddclient", "/nonexistent/ddclient.conf"} << "cannot read /nonexistent/ddclient.conf";
    QTest::newRow("option of another command") << QStringList{"import", "ddclient", sample, "--json"} << "--json does not apply to import";
}

void TstAgentImport::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ProcessRun run = agent(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(home() + QStringLiteral("/.config/qddns/config.json")));
}

// README "Switching from …": each worked example (<!-- import-example: TOOL exit=N -->, then the
// tool's file, what the command prints and what it says) is what this binary does with that file.
void TstAgentImport::readmeExamples()
{
    REQUIRE_SECRET_SERVICE();
    const QString readme = QString::fromUtf8(readText(QStringLiteral(QDDNS_README)));
    const qsizetype start = readme.indexOf(QLatin1String("\n## Switching from ddclient / inadyn / OpenWrt / ddns-updater\n"));
    QVERIFY2(start >= 0, "README.md has no section \"Switching from ddclient / inadyn / OpenWrt / ddns-updater\"");
    const QString section = readme.mid(start, readme.indexOf(QLatin1String("\n## "), start + 1) - start);
    static const QRegularExpression marker(QStringLiteral("<!-- import-example: ([a-z-]+) exit=(\\d) -->"));
    static const QRegularExpression fence(QStringLiteral("```[a-z]*\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    QStringList tools;
    auto it = marker.globalMatch(section);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString tool = m.captured(1);
        tools << tool;
        QStringList blocks;
        qsizetype pos = m.capturedEnd();
        for (int i = 0; i < 3; ++i) {
            const auto block = fence.match(section, pos);
            QVERIFY2(block.hasMatch(), qPrintable(tool + QStringLiteral(": an example needs the file, the output and what it says")));
            blocks << block.captured(1);
            pos = block.capturedEnd();
        }
        const QString file = path(tool + QStringLiteral(".conf"));
        QVERIFY(writeText(file, blocks.at(0).toUtf8()));
        const ProcessRun run = agent({"import", tool, file});
        m_keys += profileNames(QJsonDocument::fromJson(run.out).object());
        QVERIFY2(run.exitCode == m.captured(2).toInt(), qPrintable(tool + QStringLiteral(": ") + QString::fromUtf8(run.err)));
        QCOMPARE(QString::fromUtf8(run.out), blocks.at(1));
        QCOMPARE(QString::fromUtf8(run.err), blocks.at(2));
        // Run again (a reader trying it twice): the same secrets are there, the same words said.
        QCOMPARE(QString::fromUtf8(agent({"import", tool, file}).err), blocks.at(2));
        for (const QString &key : std::as_const(m_keys))
            runProgram(QStringLiteral("secret-tool"), {"clear", "server", QString(kKeychainService), "user", key});
    }
    QCOMPARE(tools, QStringList({"ddclient", "inadyn", "openwrt", "ddns-updater"}));
}

QTEST_GUILESS_MAIN(TstAgentImport)
#include "tst_agentimport.moc"
