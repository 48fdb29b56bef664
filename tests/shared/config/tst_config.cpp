#include "config/config.h"
#include "config/configstore.h"
#include "fakes/checks.h"
#include "providers/providerregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

namespace {

// Every test gets QDDNS_TEST_DATA from qddns_add_test().
QString testData(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(QDDNS_TEST_DATA) + QLatin1Char('/') + relative);
}

// A path as a JSON string literal, quotes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// A config whose second profile is \a profile; the first is valid and named "ok".
QByteArray withProfile(const QByteArray &profile)
{
    return R"({"version": 1, "profiles": [{"name": "ok", "provider": "duckdns", "hosts": ["okhome"]}, )" + profile
        + "]}";
}

QByteArray withDetectors(const QByteArray &detectors)
{
    return R"({"version": 1, "detectors": )" + detectors + "}";
}

QString registrableDomain(const QUrl &url)
{
    const QStringList labels = url.host().split(QLatin1Char('.'));
    return labels.mid(std::max<qsizetype>(0, labels.size() - 2)).join(QLatin1Char('.'));
}

} // namespace

class TstConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void defaults();
    void minimalFileIsDefaults();
    void completeConfig();
    void durationForms_data();
    void durationForms();
    void invalid_data();
    void invalid();
    void onePerProblem_data();
    void onePerProblem();
    void allErrorsAtOnce();
    void fingerprint_data();
    void fingerprint();
    void fingerprintIgnoresOtherProfiles();


private:
    ProviderRegistry m_registry;
    QTemporaryDir m_configHome;
};

void TstConfig::initTestCase()
{
    // QStandardPaths reads XDG_CONFIG_HOME on every call, so setting it here (after
    // QCoreApplication exists) is enough. Test mode is left off on purpose: it would point
    // at ~/.qttest/config in the real home instead of a throw-away directory.
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    QCOMPARE(defaultConfigPath(), m_configHome.path() + "/qddns/config.json");
}

void TstConfig::defaults()
{
    const Config config = Config::defaults();
    QVERIFY(config.profiles.isEmpty());
    QCOMPARE(config.interval, 300s);
    QCOMPARE(config.forceInterval, std::chrono::seconds(25 * 86400));
    QCOMPARE(config.timeout, 10s);
    QVERIFY(config.caFile.isEmpty());
    for (Family family : {Family::IPv4, Family::IPv6}) {
        const FamilyDetection &d = config.detection(family);
        QVERIFY2(d.detectors.size() >= 3, qPrintable(familyName(family)));
        QCOMPARE(d.agree, 1);
        QSet<QString> hosts, operators;
        for (const DetectorSpec &spec : d.detectors) {
            QCOMPARE(spec.type, DetectorSpec::Type::Web);
            QCOMPARE(spec.url.scheme(), "https");
            QVERIFY(!spec.allowInsecureHttp);
            hosts.insert(spec.url.host());
            operators.insert(registrableDomain(spec.url));
        }
        QCOMPARE(hosts.size(), d.detectors.size());
        QCOMPARE(operators.size(), d.detectors.size()); // independent operators, not one service twice
    }
    QCOMPARE(config.ipv4.detectors.size(), defaultDetectors(Family::IPv4).size());
}

void TstConfig::minimalFileIsDefaults()
{
    const auto parsed = parseConfig(R"({"version": 1})", m_registry);
    QVERIFY2(parsed, qPrintable(failure(parsed)));
    const Config defaults = Config::defaults();
    QCOMPARE(parsed->interval, defaults.interval);
    QCOMPARE(parsed->forceInterval, defaults.forceInterval);
    QCOMPARE(parsed->timeout, defaults.timeout);
    QCOMPARE(parsed->ipv4.detectors.size(), defaults.ipv4.detectors.size());
    QCOMPARE(parsed->ipv6.detectors.size(), defaults.ipv6.detectors.size());
    QVERIFY(parsed->profiles.isEmpty());
}

void TstConfig::completeConfig()
{
    const QString caFile = testData("tls/ca.pem");
    QVERIFY2(QFile::exists(caFile), qPrintable(caFile));
    QByteArray json = R"json({
  "version": 1,
  "interval": "1h30m",
  "forceInterval": "25d",
  "timeout": 15,
  "detectors": {
    "ipv4": [
      {"type": "web", "url": "https://api.ipify.org/"},
      {"type": "interface", "name": "eth0"},
      {"type": "command", "argv": ["/usr/bin/upnpc", "-s"], "timeout": "5m"}
    ],
    "ipv6": [
      {"type": "web", "url": "http://127.0.0.1:8080/ip", "allowInsecureHttp": true},
      {"type": "command", "argv": ["/usr/local/bin/myip", "--family", "6"], "timeout": 20}
    ],
    "agree": {"ipv4": 2, "ipv6": 1}
  },
  "tls": {"caFile": @CA@},
  "profiles": [
    {"name": "home", "provider": "noip", "hosts": ["Home.Example.com", "Bücher.Example.com"],
     "ipv6": true, "server": "https://dynupdate.no-ip.com", "username": "alice",
     "secret": {"source": "keychain"}},
    {"name": "duck", "provider": "duckdns", "hosts": ["myhome", "myhome2.duckdns.org"],
     "secret": {"source": "file", "path": "/etc/qddns/duck.secret"}},
    {"name": "cf", "provider": "cloudflare", "hosts": ["home.example.com", "example.com"],
     "ipv4": true, "ipv6": true, "zone": "example.com", "proxied": false, "ttl": 120,
     "secret": {"source": "env", "name": "CF_API_TOKEN"}},
    {"name": "custom.1", "provider": "custom", "hosts": ["dyn.example.net"],
     "url": "https://dyn.example.net/update?host=[DOMAIN]&ip=[IP]", "successPattern": "^(good|nochg)",
     "username": "bob", "allowInsecureHttp": false,
     "secret": {"source": "systemd-credential", "name": "qddns-custom"}}
  ]
})json";
    json.replace("@CA@", jsonString(caFile));
    const auto parsed = parseConfig(json, m_registry);
    QVERIFY2(parsed, qPrintable(failure(parsed)));
    const Config &c = *parsed;

    QCOMPARE(c.interval, 5400s);
    QCOMPARE(c.forceInterval, std::chrono::seconds(25 * 86400));
    QCOMPARE(c.timeout, 15s);
    QCOMPARE(c.caFile, caFile);

    QCOMPARE(c.ipv4.detectors.size(), 3);
    QCOMPARE(c.ipv4.agree, 2);
    QCOMPARE(c.ipv4.detectors[0].type, DetectorSpec::Type::Web);
    QCOMPARE(c.ipv4.detectors[0].url, QUrl("https://api.ipify.org/"));
    QVERIFY(!c.ipv4.detectors[0].allowInsecureHttp);
    QCOMPARE(c.ipv4.detectors[1].type, DetectorSpec::Type::Interface);
    QCOMPARE(c.ipv4.detectors[1].interfaceName, "eth0");
    QCOMPARE(c.ipv4.detectors[2].type, DetectorSpec::Type::Command);
    QCOMPARE(c.ipv4.detectors[2].argv, QStringList({"/usr/bin/upnpc", "-s"}));
    QCOMPARE(c.ipv4.detectors[2].timeout, std::chrono::milliseconds(300000));
    QCOMPARE(c.ipv4.detectors[2].describe(), "command /usr/bin/upnpc");

    QCOMPARE(c.ipv6.detectors.size(), 2);
    QCOMPARE(c.ipv6.agree, 1);
    QCOMPARE(c.ipv6.detectors[0].url, QUrl("http://127.0.0.1:8080/ip"));
    QVERIFY(c.ipv6.detectors[0].allowInsecureHttp);
    QCOMPARE(c.ipv6.detectors[1].argv, QStringList({"/usr/local/bin/myip", "--family", "6"}));
    QCOMPARE(c.ipv6.detectors[1].timeout, std::chrono::milliseconds(20000));

    QCOMPARE(c.profiles.size(), 4);
    const Profile *home = c.profile("home");
    QVERIFY(home);
    QCOMPARE(home->provider, "noip");
    QCOMPARE(home->hosts, QStringList({"home.example.com", "xn--bcher-kva.example.com"}));
    QVERIFY(home->ipv4);
    QVERIFY(home->ipv6);
    QCOMPARE(home->server, QUrl("https://dynupdate.no-ip.com"));
    QCOMPARE(home->username, "alice");
    QCOMPARE(home->secret.source, SecretRef::Source::Keychain);
    QCOMPARE(home->ttl, std::nullopt);
    QVERIFY(!home->allowInsecureHttp);
    QVERIFY(home->options.isEmpty());
    QCOMPARE(home->fingerprint.size(), 32);

    const Profile *duck = c.profile("duck");
    QVERIFY(duck);
    QCOMPARE(duck->hosts, QStringList({"myhome", "myhome2.duckdns.org"}));
    QVERIFY(duck->ipv4);
    QVERIFY(!duck->ipv6);
    QVERIFY(duck->server.isEmpty());
    QVERIFY(duck->username.isEmpty());
    QCOMPARE(duck->secret.source, SecretRef::Source::File);
    QCOMPARE(duck->secret.path, "/etc/qddns/duck.secret");
    QCOMPARE(duck->secret.describe(), "file /etc/qddns/duck.secret");
    QCOMPARE(duck->ttl, std::nullopt);

    const Profile *cf = c.profile("cf");
    QVERIFY(cf);
    QCOMPARE(cf->provider, "cloudflare");
    QVERIFY(cf->ipv4 && cf->ipv6);
    QCOMPARE(cf->ttl, std::optional<int>(120));
    QCOMPARE(cf->secret.source, SecretRef::Source::Env);
    QCOMPARE(cf->secret.name, "CF_API_TOKEN");
    QCOMPARE(cf->options, QJsonObject({{"zone", "example.com"}, {"proxied", false}}));

    const Profile *custom = c.profile("custom.1");
    QVERIFY(custom);
    QCOMPARE(custom->username, "bob");
    QCOMPARE(custom->secret.source, SecretRef::Source::SystemdCredential);
    QCOMPARE(custom->secret.name, "qddns-custom");
    QCOMPARE(custom->options, QJsonObject({{"url", "https://dyn.example.net/update?host=[DOMAIN]&ip=[IP]"},
                                           {"successPattern", "^(good|nochg)"}}));

    QCOMPARE(c.profile("missing"), nullptr);
}

void TstConfig::durationForms_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("number") << QByteArray("600") << qint64(600);
    QTest::newRow("digits string") << QByteArray(R"("600")") << qint64(600);
    QTest::newRow("seconds") << QByteArray(R"("90s")") << qint64(90);
    QTest::newRow("minutes") << QByteArray(R"("5m")") << qint64(300);
    QTest::newRow("hours and minutes") << QByteArray(R"("1h30m")") << qint64(5400);
    QTest::newRow("days") << QByteArray(R"("2d")") << qint64(172800);
    QTest::newRow("lower bound") << QByteArray("30") << qint64(30);
    QTest::newRow("upper bound 7d") << QByteArray(R"("7d")") << qint64(604800);
}

void TstConfig::durationForms()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    const auto parsed = parseConfig(R"({"version": 1, "interval": )" + value + "}", m_registry);
    QVERIFY2(parsed, qPrintable(failure(parsed)));
    QCOMPARE(parsed->interval.count(), seconds);
}

void TstConfig::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    const QString notPem = testData("tls/server.key");
    const QString noFile = QDir::tempPath() + "/qddns-no-such-dir/ca.pem";

    // Whole file and top level.
    QTest::newRow("not an object") << QByteArray(R"([{"version": 1}])")
                                   << QStringList{"the configuration must be a JSON object"};
    QTest::newRow("version missing") << QByteArray("{}") << QStringList{R"(version: is required: write "version": 1)"};
    QTest::newRow("version 2") << QByteArray(R"({"version": 2})")
                               << QStringList{"version: 2 is not supported; this qddns reads version 1"};
    QTest::newRow("version as string")
        << QByteArray(R"({"version": "1"})")
        << QStringList{R"(version: "1" is not supported; this qddns reads version 1)"};
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"version": 1, "intervall": 600})")
        << QStringList{R"(intervall: unknown key (did you mean "interval"?))"};
    QTest::newRow("unknown key far from any") << QByteArray(R"({"version": 1, "colour": "blue"})")
                                              << QStringList{"colour: unknown key"};
    QTest::newRow("interval below 30 s")
        << QByteArray(R"({"version": 1, "interval": 10})")
        << QStringList{"interval: must be between 30 and 604800 seconds, not 10"};
    QTest::newRow("interval bad duration")
        << QByteArray(R"({"version": 1, "interval": "5 minutes"})")
        << QStringList{R"(interval: must be a number of seconds or a duration like "5m", "12h", "25d", not "5 minutes")"};
    QTest::newRow("interval negative")
        << QByteArray(R"({"version": 1, "interval": -60})")
        << QStringList{R"(interval: must be a number of seconds or a duration like "5m", "12h", "25d", not -60)"};
    QTest::newRow("forceInterval below a day")
        << QByteArray(R"({"version": 1, "forceInterval": "12h"})")
        << QStringList{"forceInterval: must be between 86400 and 31536000 seconds, not 43200"};
    QTest::newRow("timeout above 120 s")
        << QByteArray(R"({"version": 1, "timeout": "5m"})")
        << QStringList{"timeout: must be between 1 and 120 seconds, not 300"};

    // Detectors.
    QTest::newRow("detectors not an object")
        << withDetectors("[]") << QStringList{R"(detectors: must be an object with "ipv4", "ipv6" and "agree")"};
    QTest::newRow("detectors unknown key")
        << withDetectors(R"({"ipv5": []})") << QStringList{R"(detectors.ipv5: unknown key (did you mean "ipv4"?))"};
    QTest::newRow("detector list not a list")
        << withDetectors(R"({"ipv4": "https://api.ipify.org/"})")
        << QStringList{"detectors.ipv4: must be a list of detectors (empty to not detect IPv4)"};
    QTest::newRow("detector not an object")
        << withDetectors(R"({"ipv4": ["https://api.ipify.org/"]})")
        << QStringList{R"(detectors.ipv4[0]: must be an object like {"type": "web", "url": "https://…"})"};
    QTest::newRow("detector type missing")
        << withDetectors(R"({"ipv4": [{"url": "https://api.ipify.org/"}]})")
        << QStringList{"detectors.ipv4[0].type: is required"};
    QTest::newRow("detector type unknown")
        << withDetectors(R"({"ipv4": [{"type": "stun"}]})")
        << QStringList{R"(detectors.ipv4[0].type: "stun" is not a detector type; use "web", "interface", "command", "dns" or "upnp")"};
    QTest::newRow("web detector plain http")
        << withDetectors(R"({"ipv6": [{"type": "web", "url": "http://api6.ipify.org/"}]})")
        << QStringList{"detectors.ipv6[0].url: plain http:// is refused: it would travel unencrypted; use https://, or "
                       "set \"allowInsecureHttp\": true (meant for loopback test servers)"};
    QTest::newRow("web detector not a URL")
        << withDetectors(R"({"ipv4": [{"type": "web", "url": "api.ipify.org"}]})")
        << QStringList{R"(detectors.ipv4[0].url: "api.ipify.org" is not an http(s) URL)"};
    QTest::newRow("web detector with credentials")
        << withDetectors(R"({"ipv4": [{"type": "web", "url": "https://user:hunter2@ip.example.net/"}]})")
        << QStringList{R"(detectors.ipv4[0].url: must not contain a username or password; use "username" and "secret")"};
    QTest::newRow("web detector unknown key")
        << withDetectors(R"({"ipv4": [{"type": "web", "url": "https://api.ipify.org/", "timeout": 5}]})")
        << QStringList{"detectors.ipv4[0].timeout: unknown key for a web detector"};
    QTest::newRow("interface detector without name")
        << withDetectors(R"({"ipv4": [{"type": "interface", "interface": "eth0"}]})")
        << QStringList{"detectors.ipv4[0].interface: unknown key for an interface detector",
                       "detectors.ipv4[0].name: is required"};
    QTest::newRow("command argv empty")
        << withDetectors(R"({"ipv4": [{"type": "command", "argv": []}]})")
        << QStringList{"detectors.ipv4[0].argv: must be a non-empty list of strings: the program and its arguments "
                       "(run without a shell)"};
    QTest::newRow("command argv not strings")
        << withDetectors(R"({"ipv4": [{"type": "command", "argv": ["/usr/bin/upnpc", 5]}]})")
        << QStringList{"detectors.ipv4[0].argv: must be a non-empty list of strings: the program and its arguments "
                       "(run without a shell)"};
    QTest::newRow("command argv a shell line")
        << withDetectors(R"({"ipv4": [{"type": "command", "argv": "upnpc -s"}]})")
        << QStringList{"detectors.ipv4[0].argv: must be a non-empty list of strings: the program and its arguments "
                       "(run without a shell)"};
    QTest::newRow("command timeout above 300 s")
        << withDetectors(R"({"ipv4": [{"type": "command", "argv": ["/bin/true"], "timeout": "10m"}]})")
        << QStringList{"detectors.ipv4[0].timeout: must be between 1 and 300 seconds, not 600"};
    QTest::newRow("agree more than detectors")
        << withDetectors(R"({"ipv4": [{"type": "web", "url": "https://api.ipify.org/"}], "agree": {"ipv4": 2}})")
        << QStringList{"detectors.agree.ipv4: asks 2 detectors to agree but only 1 is configured"};
    QTest::newRow("agree not an object")
        << withDetectors(R"({"agree": 2})") << QStringList{R"(detectors.agree: must be an object like {"ipv4": 2})"};
    QTest::newRow("agree as string")
        << withDetectors(R"({"agree": {"ipv4": "2"}})")
        << QStringList{R"(detectors.agree.ipv4: must be a whole number from 1 to 5, not "2")"};
    QTest::newRow("agree zero") << withDetectors(R"({"agree": {"ipv6": 0}})")
                                << QStringList{"detectors.agree.ipv6: must be a whole number from 1 to 5, not 0"};
    QTest::newRow("profile publishes ipv6, no ipv6 detector")
        << QByteArray(R"({"version": 1, "detectors": {"ipv6": []}, "profiles": [)"
                      R"({"name": "cf", "provider": "cloudflare", "hosts": ["home.example.com"], "zone": "example.com",)"
                      R"( "ipv6": true}]})")
        << QStringList{R"(detectors.ipv6: is empty, but profile "cf" publishes ipv6 addresses)"};

    // TLS.
    QTest::newRow("tls not an object") << QByteArray(R"({"version": 1, "tls": "/etc/ssl/ca.pem"})")
                                       << QStringList{R"(tls: must be an object like {"caFile": "/path/ca.pem"})"};
    QTest::newRow("tls.caFile missing file")
        << QByteArray(R"({"version": 1, "tls": {"caFile": )" + jsonString(noFile) + "}}")
        << QStringList{"tls.caFile: cannot read " + noFile + ": No such file or directory"};
    QTest::newRow("tls.caFile not a certificate")
        << QByteArray(R"({"version": 1, "tls": {"caFile": )" + jsonString(notPem) + "}}")
        << QStringList{"tls.caFile: " + notPem + " holds no PEM certificate"};

    // Profiles: shape, name, provider.
    QTest::newRow("profiles not a list") << QByteArray(R"({"version": 1, "profiles": {"name": "home"}})")
                                         << QStringList{"profiles: must be a list of profiles"};
    QTest::newRow("profile not an object")
        << QByteArray(R"({"version": 1, "profiles": ["home"]})")
        << QStringList{R"(profiles[0]: must be an object with "name", "provider" and "hosts")"};
    QTest::newRow("profile without name") << withProfile(R"({"provider": "duckdns", "hosts": ["myhome"]})")
                                          << QStringList{"profiles[1].name: is required"};
    QTest::newRow("profile without provider") << withProfile(R"({"name": "home", "hosts": ["myhome"]})")
                                              << QStringList{"profiles[1].provider: is required"};
    QTest::newRow("profile without hosts")
        << withProfile(R"({"name": "home", "provider": "duckdns"})")
        << QStringList{"profiles[1].hosts: is required: the list of host names to keep current"};
    QTest::newRow("duplicate profile name") << withProfile(R"({"name": "ok", "provider": "duckdns", "hosts": ["other"]})")
                                            << QStringList{R"(profiles[1].name: "ok" is used by another profile)"};
    QTest::newRow("invalid profile name")
        << withProfile(R"({"name": "my home", "provider": "duckdns", "hosts": ["myhome"]})")
        << QStringList{R"(profiles[1].name: "my home" must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit)"};
    QTest::newRow("unknown provider with suggestion")
        << withProfile(R"({"name": "home", "provider": "duckdsn", "hosts": ["myhome"]})")
        << QStringList{"profiles[1].provider: \"duckdsn\" is not a known provider (did you mean \"duckdns\"?); "
                       "`qddns-agent providers` lists them"};

    // Hosts.
    QTest::newRow("hosts empty list") << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": []})")
                                      << QStringList{"profiles[1].hosts: must be a non-empty list of host names"};
    QTest::newRow("hosts a string")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": "myhome"})")
        << QStringList{"profiles[1].hosts: must be a non-empty list of host names"};
    QTest::newRow("host not a string")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "alice", "hosts": [42]})")
        << QStringList{"profiles[1].hosts[0]: must be a host name string, not 42"};
    QTest::newRow("hostname with a space")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "alice", "hosts": ["exa mple.com"]})")
        << QStringList{R"(profiles[1].hosts[0]: "exa mple.com" is not a valid hostname: it contains ' ')"};
    QTest::newRow("hostname with trailing dot")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "alice", "hosts": ["home.example.com."]})")
        << QStringList{"profiles[1].hosts[0]: \"home.example.com.\" is not a valid hostname: it ends with a dot; "
                       "write the name without it"};
    QTest::newRow("hostname with spaces around")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "alice", "hosts": [" home.example.com"]})")
        << QStringList{R"(profiles[1].hosts[0]: " home.example.com" is not a valid hostname: it has spaces around it)"};
    QTest::newRow("duplicate host, other case")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "alice",)"
                       R"( "hosts": ["home.example.com", "HOME.example.com"]})")
        << QStringList{R"(profiles[1].hosts[1]: "HOME.example.com" is listed twice)"};
    QTest::newRow("duckdns host with underscore")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["my_home"]})")
        << QStringList{"profiles[1].hosts[0]: \"my_home\" is not a valid DuckDNS subdomain: use letters, digits and "
                       "'-', e.g. \"myhome\" or \"myhome.duckdns.org\""};
    QTest::newRow("duckdns host outside duckdns.org")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["home.example.com"]})")
        << QStringList{"profiles[1].hosts[0]: \"home.example.com\" is not under duckdns.org: DuckDNS only updates its "
                       "own subdomains, written \"myhome\" or \"myhome.duckdns.org\""};

    // Families, server, username, secret.
    QTest::newRow("ipv4 and ipv6 false")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "alice", "hosts": ["home.example.com"],)"
                       R"( "ipv4": false, "ipv6": false})")
        << QStringList{R"(profiles[1].ipv4: "ipv4" and "ipv6" are both false: nothing to publish)"};
    QTest::newRow("ipv6 not a boolean")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"], "ipv6": "yes"})")
        << QStringList{R"(profiles[1].ipv6: must be true or false, not "yes")"};
    QTest::newRow("ipv6 on an IPv4-only preset")
        << withProfile(R"({"name": "home", "provider": "dnsomatic", "username": "alice", "hosts": ["all.dnsomatic.com"],)"
                       R"( "ipv6": true})")
        << QStringList{R"(profiles[1].ipv6: provider "dnsomatic" cannot publish IPv6 addresses)"};
    QTest::newRow("plain http server")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "alice", "hosts": ["home.example.com"],)"
                       R"( "server": "http://dynupdate.no-ip.com"})")
        << QStringList{"profiles[1].server: plain http:// is refused: it would travel unencrypted; use https://, or "
                       "set \"allowInsecureHttp\": true (meant for loopback test servers)"};
    QTest::newRow("server with credentials")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "alice", "hosts": ["home.example.com"],)"
                       R"( "server": "https://alice:hunter2@dynupdate.no-ip.com"})")
        << QStringList{R"(profiles[1].server: must not contain a username or password; use "username" and "secret")"};
    QTest::newRow("server without scheme")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "alice", "hosts": ["home.example.com"],)"
                       R"( "server": "dynupdate.no-ip.com"})")
        << QStringList{R"(profiles[1].server: "dynupdate.no-ip.com" is not an http(s) URL)"};
    QTest::newRow("generic dyndns2 without server")
        << withProfile(R"({"name": "home", "provider": "dyndns2", "username": "alice", "hosts": ["home.example.com"]})")
        << QStringList{"profiles[1].server: the generic dyndns2 provider has no default server: set \"server\" to the "
                       "service's base URL, e.g. https://dyndns.example.net (qddns appends /nic/update)"};
    QTest::newRow("username missing for noip")
        << withProfile(R"({"name": "home", "provider": "noip", "hosts": ["home.example.com"]})")
        << QStringList{"profiles[1].username: is required by provider \"noip\": No-IP username or email, or the DDNS "
                       "Key username"};
    QTest::newRow("username empty for noip")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "", "hosts": ["home.example.com"]})")
        << QStringList{R"(profiles[1].username: must be a non-empty string, not "")"};
    QTest::newRow("username given for henet")
        << withProfile(R"({"name": "home", "provider": "henet", "username": "alice", "hosts": ["home.example.com"]})")
        << QStringList{R"(profiles[1].username: provider "henet" does not use a username)"};
    QTest::newRow("username given for duckdns")
        << withProfile(R"({"name": "home", "provider": "duckdns", "username": "alice", "hosts": ["myhome"]})")
        << QStringList{R"(profiles[1].username: provider "duckdns" does not use a username)"};
    const QString secretHelp =
        "secrets are never stored in the config file; give where to find it: {\"source\": \"keychain\"} (then "
        "`qddns-agent secret set PROFILE`), {\"source\": \"file\", \"path\": …}, {\"source\": \"env\", \"name\": …} "
        "or {\"source\": \"systemd-credential\", \"name\": …}";
    QTest::newRow("secret given as a string")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"], "secret": "hunter2"})")
        << QStringList{"profiles[1].secret: " + secretHelp};
    const QString keyHelp =
        "secrets are never stored in the config file; use \"secret\": {\"source\": \"keychain\"} and `qddns-agent "
        "secret set PROFILE`, or a file, env or systemd-credential source";
    QTest::newRow("password key")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "alice", "hosts": ["home.example.com"],)"
                       R"( "password": "hunter2"})")
        << QStringList{"profiles[1].password: " + keyHelp};
    QTest::newRow("token key")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"], "Token": "hunter2"})")
        << QStringList{"profiles[1].Token: " + keyHelp};
    QTest::newRow("secret unknown source")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"], "secret": {"source": "vault"}})")
        << QStringList{"profiles[1].secret.source: \"vault\" is not a secret source; use \"keychain\", \"file\", "
                       "\"env\" or \"systemd-credential\""};
    QTest::newRow("file secret without path")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"], "secret": {"source": "file"}})")
        << QStringList{"profiles[1].secret.path: is required"};
    QTest::newRow("env secret with path")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"],)"
                       R"( "secret": {"source": "env", "path": "/run/token"}})")
        << QStringList{"profiles[1].secret.path: unknown key for a env secret", "profiles[1].secret.name: is required"};
    QTest::newRow("keychain secret with value")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"],)"
                       R"( "secret": {"source": "keychain", "value": "hunter2"}})")
        << QStringList{"profiles[1].secret.value: unknown key for a keychain secret"};

    // TTL and provider options.
    QTest::newRow("ttl zero")
        << withProfile(R"({"name": "home", "provider": "cloudflare", "zone": "example.com", "hosts": ["home.example.com"],)"
                       R"( "ttl": 0})")
        << QStringList{"profiles[1].ttl: must be a whole number of seconds from 1 to 86400, not 0"};
    QTest::newRow("ttl above a day")
        << withProfile(R"({"name": "home", "provider": "cloudflare", "zone": "example.com", "hosts": ["home.example.com"],)"
                       R"( "ttl": 86401})")
        << QStringList{"profiles[1].ttl: must be a whole number of seconds from 1 to 86400, not 86401"};
    QTest::newRow("ttl as string")
        << withProfile(R"({"name": "home", "provider": "cloudflare", "zone": "example.com", "hosts": ["home.example.com"],)"
                       R"( "ttl": "300"})")
        << QStringList{R"(profiles[1].ttl: must be a whole number of seconds from 1 to 86400, not "300")"};
    // A generic key the provider does not use is as unknown as a typo: it would do nothing.
    QTest::newRow("ttl for noip")
        << withProfile(R"({"name": "home", "provider": "noip", "username": "alice", "hosts": ["home.example.com"],)"
                       R"( "ttl": 60})")
        << QStringList{R"(profiles[1].ttl: unknown key for provider "noip")"};
    QTest::newRow("bad ttl for duckdns")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"], "ttl": 0})")
        << QStringList{R"(profiles[1].ttl: unknown key for provider "duckdns")"};
    QTest::newRow("cloudflare ttl below 60")
        << withProfile(R"({"name": "cf", "provider": "cloudflare", "hosts": ["home.example.com"], "zone": "example.com",)"
                       R"( "ttl": 30})")
        << QStringList{"profiles[1].ttl: Cloudflare accepts a TTL of 1 (automatic) or 60 to 86400 seconds"};
    QTest::newRow("cloudflare missing zone")
        << withProfile(R"({"name": "cf", "provider": "cloudflare", "hosts": ["home.example.com"]})")
        << QStringList{"profiles[1].zone: is required by this provider: The Cloudflare zone (domain) the hosts belong "
                       "to, e.g. example.com."};
    QTest::newRow("cloudflare proxied not a boolean")
        << withProfile(R"({"name": "cf", "provider": "cloudflare", "hosts": ["home.example.com"], "zone": "example.com",)"
                       R"( "proxied": "yes"})")
        << QStringList{R"(profiles[1].proxied: must be true or false, not "yes")"};
    QTest::newRow("cloudflare host outside zone")
        << withProfile(R"({"name": "cf", "provider": "cloudflare", "hosts": ["home.example.org"], "zone": "example.com"})")
        << QStringList{"profiles[1].hosts[0]: home.example.org is not in the Cloudflare zone example.com"};
    QTest::newRow("custom missing url")
        << withProfile(R"({"name": "c", "provider": "custom", "hosts": ["dyn.example.net"]})")
        << QStringList{"profiles[1].url: is required by this provider: The update URL, e.g. "
                       "https://dyn.example.net/update?host=[DOMAIN]&ip=[IP]. With [IP6] one request per host carries "
                       "both addresses ([IP] the IPv4, [IP6] the IPv6, an address not published left empty); with only "
                       "[IP], one request is sent per address."};
    QTest::newRow("custom url without address")
        << withProfile(R"({"name": "c", "provider": "custom", "hosts": ["dyn.example.net"],)"
                       R"( "url": "https://dyn.example.net/update?host=[DOMAIN]"})")
        << QStringList{"profiles[1].url: contains neither [IP] nor [IP6], so no address would be published"};
    QTest::newRow("custom url plain http")
        << withProfile(R"({"name": "c", "provider": "custom", "hosts": ["dyn.example.net"],)"
                       R"( "url": "http://dyn.example.net/update?ip=[IP]"})")
        << QStringList{"profiles[1].url: uses plain http://, so the password would travel unencrypted; use https://, "
                       "or set \"allowInsecureHttp\": true"};
    QTest::newRow("custom url not http")
        << withProfile(R"({"name": "c", "provider": "custom", "hosts": ["dyn.example.net"],)"
                       R"( "url": "ftp://dyn.example.net/update?ip=[IP]"})")
        << QStringList{"profiles[1].url: must start with https:// (or http://)"};
    QTest::newRow("custom bad successPattern")
        << withProfile(R"({"name": "c", "provider": "custom", "hosts": ["dyn.example.net"],)"
                       R"( "url": "https://dyn.example.net/update?ip=[IP]", "successPattern": "(good|nochg"})")
        << QStringList{"profiles[1].successPattern: is not a valid regular expression: missing closing parenthesis "
                       "(at offset 11)"};
    QTest::newRow("zone on duckdns")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"], "zone": "duckdns.org"})")
        << QStringList{R"(profiles[1].zone: unknown key for provider "duckdns")"};
    QTest::newRow("misspelt option with suggestion")
        << withProfile(R"({"name": "cf", "provider": "cloudflare", "hosts": ["home.example.com"], "zone": "example.com",)"
                       R"( "proxyed": true})")
        << QStringList{R"(profiles[1].proxyed: unknown key for provider "cloudflare" (did you mean "proxied"?))"};
    QTest::newRow("nameservers neither auto nor a list")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"], "nameservers": "ns1.example.org"})")
        << QStringList{R"(profiles[1].nameservers: must be "auto" (find the zone's servers with an NS lookup) or a non-empty )"
                       R"(list of DNS servers, not "ns1.example.org")"};
    QTest::newRow("nameservers empty")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"], "nameservers": []})")
        << QStringList{R"(profiles[1].nameservers: must be "auto" (find the zone's servers with an NS lookup) or a non-empty )"
                       R"(list of DNS servers, not an empty list)"};
    QTest::newRow("nameserver with a bad port")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"],)"
                       R"( "nameservers": ["ns1.example.org", "127.0.0.1:99999", 53]})")
        << QStringList{R"(profiles[1].nameservers[1]: "127.0.0.1:99999" is not a DNS server: write a name or address, )"
                       R"(optionally with :port (e.g. ns1.example.org, 127.0.0.1:5353, [::1]:5353))",
                       "profiles[1].nameservers[2]: must be a DNS server name or address, not 53"};
    QTest::newRow("nameserver a URL")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"], "nameservers": ["dns://ns1.example.org"]})")
        << QStringList{R"(profiles[1].nameservers[0]: "dns://ns1.example.org" is not a DNS server: write a name or address, )"
                       R"(optionally with :port (e.g. ns1.example.org, 127.0.0.1:5353, [::1]:5353))"};
}

namespace {
QStringList checkedErrors(const QByteArray &json, const ProviderRegistry &registry)
{
    const auto parsed = parseConfig(json, registry);
    const QStringList actual = parsed ? QStringList() : errorStrings(parsed.error()); // empty: accepted
    for (const QString &e : actual) {
        if (e.contains("hunter2")) // never echo a secret
            return {"SECRET ECHOED: " + e};
    }
    return actual;
}
} // namespace

void TstConfig::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QCOMPARE(checkedErrors(json, m_registry), expected);
}

// Configs where the code does not yet report what `expected` says (listed in the report of
// the tests): each row is an expected failure, and `currently` pins today's output so any
// other change is noticed. An unexpected pass means the issue is fixed: move the row to invalid_data().
void TstConfig::onePerProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("not JSON, missing value")
        << QByteArray("{\n  \"version\": 1,\n  \"interval\": ,\n}")
        << QStringList{"\"interval\" has no value (line 3, column 15)"};
    QTest::newRow("not JSON, unterminated string")
        << QByteArray("{\n  \"version\": 1,\n  \"interval\": \"5m}")
        << QStringList{"not valid JSON at line 3, column 19: unterminated string"};
    QTest::newRow("JSON missing comma")
        << QByteArray("{\"version\": 1\n \"interval\": 60}")
        << QStringList{"missing comma (line 2, column 2): put a comma between the members of an object"};
    QTest::newRow("interval overflowing")
        << QByteArray(R"({"version": 1, "interval": "99999999999999999999"})")
        << QStringList{"interval: must be a number of seconds or a duration like \"5m\", \"12h\", \"25d\", not "
                       "\"99999999999999999999\""};
    QTest::newRow("agree after a broken detector")
        << withDetectors(R"({"ipv4": [{"type": "web", "url": "https://api.ipify.org/"}, {"type": "stun"}],)"
                         R"( "agree": {"ipv4": 2}})")
        << QStringList{R"(detectors.ipv4[1].type: "stun" is not a detector type; use "web", "interface", "command", "dns" or "upnp")"};
    QTest::newRow("only detector broken")
        << QByteArray(R"({"version": 1, "detectors": {"ipv4": [{"type": "stun"}]},)"
                      R"( "profiles": [{"name": "duck", "provider": "duckdns", "hosts": ["myhome"]}]})")
        << QStringList{R"(detectors.ipv4[0].type: "stun" is not a detector type; use "web", "interface", "command", "dns" or "upnp")"};
    QTest::newRow("profile name with leading hyphen")
        << withProfile(R"({"name": "-home", "provider": "duckdns", "hosts": ["myhome"]})")
        << QStringList{"profiles[1].name: \"-home\" must be 1-64 letters, digits, '.', '_' or '-', starting with a "
                       "letter or digit"};
    QTest::newRow("duckdns host with a space")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["my home"]})")
        << QStringList{R"(profiles[1].hosts[0]: "my home" is not a valid hostname: it contains ' ')"};
    QTest::newRow("generic dyndns2 blank server")
        << withProfile(R"({"name": "home", "provider": "dyndns2", "username": "alice", "hosts": ["home.example.com"],)"
                       R"( "server": "  "})")
        << QStringList{R"(profiles[1].server: must be a non-empty string, not "  ")"};
    QTest::newRow("secret source not a string")
        << withProfile(R"({"name": "home", "provider": "duckdns", "hosts": ["myhome"], "secret": {"source": 5}})")
        << QStringList{"profiles[1].secret.source: 5 is not a secret source; use \"keychain\", \"file\", "
                       "\"env\" or \"systemd-credential\""};
    QTest::newRow("cloudflare ttl fractional")
        << withProfile(R"({"name": "cf", "provider": "cloudflare", "hosts": ["home.example.com"], "zone": "example.com",)"
                       R"( "ttl": 30.5})")
        << QStringList{"profiles[1].ttl: must be a whole number of seconds from 1 to 86400, not 30.5"};
    QTest::newRow("cloudflare zone empty")
        << withProfile(R"({"name": "cf", "provider": "cloudflare", "hosts": ["home.example.com"], "zone": ""})")
        << QStringList{R"(profiles[1].zone: must be a non-empty string, not "")"};
    QTest::newRow("cloudflare invalid host")
        << withProfile(R"({"name": "cf", "provider": "cloudflare", "hosts": ["exa mple.com"], "zone": "example.com"})")
        << QStringList{R"(profiles[1].hosts[0]: "exa mple.com" is not a valid hostname: it contains ' ')"};
    QTest::newRow("custom url blank")
        << withProfile(R"({"name": "c", "provider": "custom", "hosts": ["dyn.example.net"], "url": "   "})")
        << QStringList{R"(profiles[1].url: must be a non-empty string, not "   ")"};
    QTest::newRow("custom lower-case placeholder")
        << withProfile(R"({"name": "c", "provider": "custom", "hosts": ["dyn.example.net"],)"
                       R"( "url": "https://dyn.example.net/update?ip=[ip]"})")
        << QStringList{"profiles[1].url: has an unknown placeholder [ip] (placeholders are upper case: [IP])"};
}

void TstConfig::onePerProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QCOMPARE(checkedErrors(json, m_registry), expected);
}

void TstConfig::allErrorsAtOnce()
{
    const QByteArray json = R"({
  "version": 2,
  "interval": 10,
  "detectors": {"ipv4": [{"type": "web", "url": "https://api.ipify.org/"}, {"type": "stun"}]},
  "profiles": [{"name": "a b", "provider": "noip", "hosts": ["x y"]}]
})";
    const auto parsed = parseConfig(json, m_registry);
    QVERIFY(!parsed);
    const QStringList expected{
        "version: 2 is not supported; this qddns reads version 1",
        "interval: must be between 30 and 604800 seconds, not 10",
        R"(detectors.ipv4[1].type: "stun" is not a detector type; use "web", "interface", "command", "dns" or "upnp")",
        R"(profiles[0].name: "a b" must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit)",
        R"(profiles[0].hosts[0]: "x y" is not a valid hostname: it contains ' ')",
        R"(profiles[0].username: is required by provider "noip": No-IP username or email, or the DDNS Key username)",
    };
    QCOMPARE(parsed.error().size(), expected.size());
    QCOMPARE(errorStrings(parsed.error()), expected);
}

void TstConfig::fingerprint_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove the key
    QTest::addColumn<bool>("changes");

    QTest::newRow("name") << "name" << QJsonValue("cf2") << true;
    // Each host is a record of its own: adding or removing one leaves the others' state alone.
    QTest::newRow("hosts") << "hosts" << QJsonValue(QJsonArray{"home.example.com", "www.example.com"}) << false;
    QTest::newRow("host case") << "hosts" << QJsonValue(QJsonArray{"Home.example.com"}) << false;
    QTest::newRow("ipv4") << "ipv4" << QJsonValue(false) << true;
    QTest::newRow("ipv6") << "ipv6" << QJsonValue(false) << true;
    QTest::newRow("ttl") << "ttl" << QJsonValue(300) << true;
    QTest::newRow("ttl removed") << "ttl" << QJsonValue(QJsonValue::Undefined) << true;
    QTest::newRow("zone") << "zone" << QJsonValue("home.example.com") << true;
    QTest::newRow("proxied") << "proxied" << QJsonValue(true) << true;
    QTest::newRow("proxied removed") << "proxied" << QJsonValue(QJsonValue::Undefined) << true;
    QTest::newRow("server") << "server" << QJsonValue("https://api.cloudflare.com/") << true;
    QTest::newRow("allowInsecureHttp") << "allowInsecureHttp" << QJsonValue(true) << true;
    // Where the agent checks propagation is not what the provider gets: no re-send.
    QTest::newRow("nameservers") << "nameservers" << QJsonValue(QJsonArray{"ns1.example.com"}) << false;
    QTest::newRow("nameservers auto") << "nameservers" << QJsonValue("auto") << false;
    QTest::newRow("secret source")
        << "secret" << QJsonValue(QJsonObject{{"source", "env"}, {"name", "CF_API_TOKEN"}}) << true;
    QTest::newRow("secret file path")
        << "secret" << QJsonValue(QJsonObject{{"source", "file"}, {"path", "/etc/qddns/other.secret"}}) << true;
}

void TstConfig::fingerprint()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(bool, changes);

    const QJsonObject base{{"name", "cf"},       {"provider", "cloudflare"},
                           {"hosts", QJsonArray{"home.example.com"}},
                           {"ipv4", true},       {"ipv6", true},      {"zone", "example.com"},
                           {"proxied", false},   {"ttl", 120},
                           {"secret", QJsonObject{{"source", "file"}, {"path", "/etc/qddns/cf.secret"}}}};
    QJsonObject changed = base;
    if (value.isUndefined())
        changed.remove(key);
    else
        changed.insert(key, value);

    auto fingerprintOf = [this](const QJsonObject &profile) -> QByteArray {
        const QJsonObject root{{"version", 1}, {"profiles", QJsonArray{profile}}};
        const auto parsed = parseConfig(QJsonDocument(root).toJson(), m_registry);
        if (!parsed) {
            qWarning() << errorStrings(parsed.error());
            return {};
        }
        return parsed->profiles.value(0).fingerprint;
    };
    const QByteArray before = fingerprintOf(base);
    const QByteArray after = fingerprintOf(changed);
    QVERIFY(!before.isEmpty());
    QVERIFY(!after.isEmpty());
    QCOMPARE(fingerprintOf(base), before); // deterministic
    QCOMPARE(before != after, changes);
}

void TstConfig::fingerprintIgnoresOtherProfiles()
{
    const QByteArray first = R"({"name": "cf", "provider": "cloudflare", "hosts": ["home.example.com"], "zone": "example.com"})";
    const QByteArray a = R"({"version": 1, "profiles": [)" + first
        + R"(, {"name": "duck", "provider": "duckdns", "hosts": ["myhome"]}]})";
    // Another profile changes, the interval changes and the first profile is written with other
    // spacing and key order: only what the profile says counts.
    const QByteArray b = R"({"version": 1, "interval": 600, "profiles": [)"
        R"({"zone":"example.com","hosts":["home.example.com"],"provider":"cloudflare","name":"cf"},)"
        R"( {"name": "duck", "provider": "duckdns", "hosts": ["myhome", "other"], "ipv6": true}]})";
    const auto pa = parseConfig(a, m_registry);
    const auto pb = parseConfig(b, m_registry);
    QVERIFY2(pa, qPrintable(failure(pa)));
    QVERIFY2(pb, qPrintable(failure(pb)));
    QCOMPARE(pa->profile("cf")->fingerprint, pb->profile("cf")->fingerprint);
    QVERIFY(pa->profile("duck")->fingerprint != pb->profile("duck")->fingerprint);
    QVERIFY(pa->profile("cf")->fingerprint != pa->profile("duck")->fingerprint);
}

QTEST_GUILESS_MAIN(TstConfig)
#include "tst_config.moc"
