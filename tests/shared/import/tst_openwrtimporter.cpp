#include "importtest.h"

using namespace Qddns;
using namespace ImportTest;

// tests/data/import/openwrt/ddns, written from ddns-scripts' ddns.config_sample and the
// OpenWrt DDNS guide.
class TestOpenWrtImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleIsValid();
    void sampleProfiles();
    void sampleDetectorsAndIntervals();
    void sampleNotes();
    void sampleSecretsNeverLeak_data();
    void sampleSecretsNeverLeak();
    void cloudflareGlobalKey();
    void getUrlServices();
    void bindNsupdate();
    void hostTheProviderRefuses();
    void caFileAndQuoting();
    void updateUrls_data();
    void updateUrls();
    void malformed_data();
    void malformed();
};

static ImportResult sample(const ImportOptions &o = options())
{
    return import(ImportTool::OpenWrt, readData(QStringLiteral("openwrt/ddns")), o);
}

void TestOpenWrtImporter::sampleIsValid()
{
    const ImportResult r = sample();
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    QCOMPARE(r.config.value(QLatin1String("profiles")).toArray().size(), 6);
    QCOMPARE(r.exitCode(), 1);
}

void TestOpenWrtImporter::sampleProfiles()
{
    const ImportResult r = sample();
    const auto name = [](const QJsonObject &p) { return p.value(QLatin1String("name")).toString(); };

    // The IPv4 and the IPv6 section of one host and account become one profile with both.
    const QJsonObject noip = profileWithHost(r, QStringLiteral("home.example.net"));
    QCOMPARE(noip.value(QLatin1String("provider")).toString(), QStringLiteral("noip"));
    QCOMPARE(hostsOf(noip), QStringList({QStringLiteral("home.example.net")}));
    QCOMPARE(noip.value(QLatin1String("username")).toString(), QStringLiteral("noip-user"));
    QVERIFY(!noip.contains(QLatin1String("ipv4")));
    QCOMPARE(noip.value(QLatin1String("ipv6")), QJsonValue(true));
    QCOMPARE(secretOf(r, name(noip)), QStringLiteral("N0ip pass with spaces"));
    QVERIFY(explanationAt(r, QStringLiteral("service_name"), 30).how.contains(QLatin1String("both A and AAAA")));

    // Cloudflare's host@zone, an API token (username "Bearer").
    const QJsonObject cf = profileWithHost(r, QStringLiteral("vpn.example.com"));
    QCOMPARE(cf.value(QLatin1String("provider")).toString(), QStringLiteral("cloudflare"));
    QCOMPARE(cf.value(QLatin1String("zone")).toString(), QStringLiteral("example.com"));
    QVERIFY(!cf.contains(QLatin1String("username")));
    QCOMPARE(secretOf(r, name(cf)), QStringLiteral("cf-api-token-OpenWrt-1"));

    const QJsonObject duck = profileWithHost(r, QStringLiteral("myduck"));
    QCOMPARE(duck.value(QLatin1String("provider")).toString(), QStringLiteral("duckdns"));
    QCOMPARE(secretOf(r, name(duck)), QStringLiteral("duck-openwrt-token-77"));

    // update_url with [USERNAME]:[PASSWORD]@ and /nic/update: the generic DynDNS2 provider, HTTPS.
    const QJsonObject self = profileWithHost(r, QStringLiteral("self.example.com"));
    QCOMPARE(self.value(QLatin1String("provider")).toString(), QStringLiteral("dyndns2"));
    QCOMPARE(self.value(QLatin1String("server")).toString(), QStringLiteral("https://dyn.example.com"));
    QCOMPARE(self.value(QLatin1String("username")).toString(), QStringLiteral("selfuser"));
    QCOMPARE(secretOf(r, name(self)), QStringLiteral("Self#Pa55"));
    QVERIFY(explanationAt(r, QStringLiteral("update_url"), 67).how.contains(QLatin1String("refused plain http://")));

    // Any other update_url: a custom profile, [PARAMOPT] and [PARAMENC] (URL-encoded) written in.
    const QJsonObject get = profileWithHost(r, QStringLiteral("get.example.net"));
    QCOMPARE(get.value(QLatin1String("provider")).toString(), QStringLiteral("custom"));
    QCOMPARE(get.value(QLatin1String("url")).toString(),
             QStringLiteral("https://update.example.net/api/v2?key=[PASSWORD]&host=[DOMAIN]&ip=[IP]&tag=home%20net"));
    QCOMPARE(secretOf(r, name(get)), QStringLiteral("getsecret-123"));
}

void TestOpenWrtImporter::sampleDetectorsAndIntervals()
{
    const ImportResult r = sample();
    // check_interval 5 minutes and 10 minutes: the shorter; force_interval 72 hours.
    QCOMPARE(r.config.value(QLatin1String("interval")).toString(), QStringLiteral("5m"));
    QCOMPARE(r.config.value(QLatin1String("forceInterval")).toString(), QStringLiteral("3d"));
    const QJsonObject detectors = r.config.value(QLatin1String("detectors")).toObject();
    // ip_source web (Cloudflare) and script (Duck DNS) for IPv4; interface eth1 for IPv6; the
    // router's network "wan" cannot be seen from here: qddns's echo services.
    QCOMPARE(detectors.value(QLatin1String("ipv4")).toArray(),
             QJsonArray({QJsonObject({{"type", "web"}, {"url", "https://ipv4.example.net/plain"}}),
                         QJsonObject({{"type", "command"}, {"argv", QJsonArray{"/usr/bin/wan-ip.sh", "--v4"}}})}));
    QCOMPARE(detectors.value(QLatin1String("ipv6")).toArray(),
             QJsonArray({QJsonObject({{"type", "interface"}, {"name", "eth1"}})}));
    QVERIFY(explanationAt(r, QStringLiteral("ip_network"), 19).how.contains(QLatin1String("\"wan\"")));
}

void TestOpenWrtImporter::sampleNotes()
{
    const ImportResult r = sample();
    QStringList where;
    for (const Unsupported &n : r.notes)
        where.append(QStringLiteral("%1:%2").arg(n.line).arg(n.option));
    QCOMPARE(where, QStringList({"62:dns_server", "81:proxy", "91:enabled"}));
    // Namecheap's script takes the host in username and its domain in domain.
    const QJsonObject nc = profileWithHost(r, QStringLiteral("www.example.org"));
    QCOMPARE(nc.value(QLatin1String("provider")).toString(), QStringLiteral("namecheap"));
    QCOMPARE(nc.value(QLatin1String("domain")).toString(), QStringLiteral("example.org"));
    QVERIFY(!nc.contains(QLatin1String("username")));
    QCOMPARE(secretOf(r, nc.value(QLatin1String("name")).toString()), QStringLiteral("namecheap-secret"));
    QVERIFY(explanationAt(r, QStringLiteral("username"), 87).how.contains(QLatin1String("the host www.example.org in the domain example.org")));
    QVERIFY(noteAt(r, QStringLiteral("enabled"), 91).why.contains(QLatin1String("service 'old' is disabled")));
}

void TestOpenWrtImporter::sampleSecretsNeverLeak_data()
{
    QTest::addColumn<QString>("secret");
    for (const char *s : {"N0ip pass with spaces", "cf-api-token-OpenWrt-1", "duck-openwrt-token-77", "Self#Pa55",
                          "getsecret-123", "namecheap-secret", "old-secret-1"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestOpenWrtImporter::sampleSecretsNeverLeak()
{
    QFETCH(QString, secret);
    for (const auto target : {ImportOptions::SecretTarget::Keychain, ImportOptions::SecretTarget::File,
                              ImportOptions::SecretTarget::KeepOut}) {
        const ImportResult r = sample(options(target));
        const QString leak = leakOf(visibleText(r), secret);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("found as \"%1\"").arg(leak)));
    }
}

void TestOpenWrtImporter::cloudflareGlobalKey()
{
    // username = the account e-mail means Cloudflare's global API key, which qddns does not take:
    // the profile is imported without it, and the note says what to create instead.
    const ImportResult r = import(ImportTool::OpenWrt,
                                  "config service 'cf'\n"
                                  "\toption enabled '1'\n"
                                  "\toption service_name 'cloudflare.com-v4'\n"
                                  "\toption domain '@example.com'\n"
                                  "\toption username 'me@example.com'\n"
                                  "\toption password 'Global-Key-123'\n");
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject cf = profileWithHost(r, QStringLiteral("example.com"));
    QCOMPARE(cf.value(QLatin1String("zone")).toString(), QStringLiteral("example.com"));
    QVERIFY(r.secrets.isEmpty());
    QCOMPARE(r.profilesNeedingSecret, QStringList({QStringLiteral("example.com")}));
    QVERIFY(noteAt(r, QStringLiteral("username"), 5).why.contains(QLatin1String("API token")));
    QVERIFY(leakOf(visibleText(r), QStringLiteral("Global-Key-123")).isEmpty());
}

void TestOpenWrtImporter::getUrlServices()
{
    // DonDominio's and MyDNS.JP's scripts take the account's username and password as qddns does.
    const ImportResult r = import(ImportTool::OpenWrt,
                                  "config service 'dd'\n"
                                  "\toption enabled '1'\n"
                                  "\toption service_name 'dondominio.com'\n"
                                  "\toption domain 'home.example.es'\n"
                                  "\toption username 'dd-user'\n"
                                  "\toption password 'dd-Key-1'\n"
                                  "config service 'my'\n"
                                  "\toption enabled '1'\n"
                                  "\toption service_name 'mydns.jp'\n"
                                  "\toption use_ipv6 '1'\n"
                                  "\toption domain 'myhome.mydns.jp'\n"
                                  "\toption username 'mydns123456'\n"
                                  "\toption password 'my-Pw-2'\n");
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject dd = profileWithHost(r, QStringLiteral("home.example.es"));
    QCOMPARE(dd.value(QLatin1String("provider")).toString(), QStringLiteral("dondominio"));
    QCOMPARE(dd.value(QLatin1String("username")).toString(), QStringLiteral("dd-user"));
    QCOMPARE(secretOf(r, dd.value(QLatin1String("name")).toString()), QStringLiteral("dd-Key-1"));
    const QJsonObject my = profileWithHost(r, QStringLiteral("myhome.mydns.jp"));
    QCOMPARE(my.value(QLatin1String("provider")).toString(), QStringLiteral("mydnsjp"));
    QCOMPARE(my.value(QLatin1String("username")).toString(), QStringLiteral("mydns123456"));
    QCOMPARE(my.value(QLatin1String("ipv6")), QJsonValue(true));
    QCOMPARE(secretOf(r, my.value(QLatin1String("name")).toString()), QStringLiteral("my-Pw-2"));
}

// bind-nsupdate (ddns-scripts' nsupdate script): the key's name and base64 secret, the DNS server;
// the zone is the registered domain, said so.
void TestOpenWrtImporter::bindNsupdate()
{
    const ImportResult r = import(ImportTool::OpenWrt,
                                  "config service 'dns'\n"
                                  "\toption enabled '1'\n"
                                  "\toption service_name 'bind-nsupdate'\n"
                                  "\toption domain 'home.example.org'\n"
                                  "\toption username 'ddns-key'\n"
                                  "\toption password 'Tsig+Secret/Base64=='\n"
                                  "\toption dns_server 'ns1.example.org'\n");
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject p = profileWithHost(r, QStringLiteral("home.example.org"));
    QCOMPARE(p.value(QLatin1String("provider")).toString(), QStringLiteral("rfc2136"));
    QCOMPARE(p.value(QLatin1String("dnsServer")).toString(), QStringLiteral("ns1.example.org"));
    QCOMPARE(p.value(QLatin1String("keyName")).toString(), QStringLiteral("ddns-key"));
    QCOMPARE(p.value(QLatin1String("zone")).toString(), QStringLiteral("example.org"));
    QVERIFY(explanationAt(r, QStringLiteral("domain"), 4).how.contains(QLatin1String("\"example.org\"")));
    QCOMPARE(r.secrets.size(), 1);
    QCOMPARE(r.secrets.first().value, QStringLiteral("Tsig+Secret/Base64=="));
    QVERIFY(leakOf(QString::fromUtf8(configText(r)), QStringLiteral("Tsig+Secret/Base64==")).isEmpty());
}

void TestOpenWrtImporter::hostTheProviderRefuses()
{
    // A Duck DNS section whose domain is no Duck DNS name: noted with the provider's reason; the
    // section has no host left, so it is not imported and its token is not stored.
    const ImportResult r = import(ImportTool::OpenWrt,
                                  "config service 'duck'\n\toption enabled '1'\n\toption service_name 'duckdns.org'\n"
                                  "\toption domain 'home.example.org'\n\toption password 'duck-openwrt-token-77'\n");
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    QVERIFY(r.config.value(QLatin1String("profiles")).toArray().isEmpty());
    QVERIFY(r.secrets.isEmpty());
    QStringList notes;
    for (const Unsupported &n : r.notes)
        notes << n.why;
    QCOMPARE(notes.size(), 2);
    QVERIFY2(notes.at(0).contains(QLatin1String("host \"home.example.org\" of service 'duck' is refused by qddns's duckdns "
                                                "provider (\"home.example.org\" is not under duckdns.org")),
             qPrintable(notes.at(0)));
    QCOMPARE(notes.at(1), QStringLiteral("service 'duck' has no host qddns's duckdns provider takes: nothing imported"));
}

void TestOpenWrtImporter::caFileAndQuoting()
{
    const ImportResult r = import(ImportTool::OpenWrt,
                                  "package ddns\n"
                                  "config service \"a\" # the section\n"
                                  "\toption enabled 1\n"
                                  "\toption service_name dyn.com\n"
                                  "\toption domain \"a.example.org\"\n"
                                  "\toption username me\\ too\n"
                                  "\toption password 'it'\\''s'\n"
                                  "\toption cacert '/etc/ssl/private-ca.pem'\n"
                                  "\toption check_interval '30'\n"
                                  "\toption check_unit 'seconds'\n");
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    const QJsonObject p = profileWithHost(r, QStringLiteral("a.example.org"));
    QCOMPARE(p.value(QLatin1String("provider")).toString(), QStringLiteral("dyndns"));
    QCOMPARE(p.value(QLatin1String("username")).toString(), QStringLiteral("me too"));
    QCOMPARE(secretOf(r, p.value(QLatin1String("name")).toString()), QStringLiteral("it's"));
    QCOMPARE(r.config.value(QLatin1String("tls")).toObject().value(QLatin1String("caFile")).toString(),
             QStringLiteral("/etc/ssl/private-ca.pem"));
    QCOMPARE(r.config.value(QLatin1String("interval")).toString(), QStringLiteral("30s"));
}

void TestOpenWrtImporter::updateUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("provider"); // empty: not imported
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("a preset's own server")
        << "http://[USERNAME]:[PASSWORD]@dynupdate.no-ip.com/nic/update?hostname=[DOMAIN]&myip=[IP]" << "x.example.net"
        << "pw-x-1" << "noip" << "server" << "";
    QTest::newRow("Duck DNS by its URL") << "https://www.duckdns.org/update?domains=[DOMAIN]&token=[PASSWORD]&ip=[IP]"
                                         << "x.duckdns.org" << "pw-x-1" << "duckdns" << "url" << "";
    QTest::newRow("a literal token in the query")
        << "https://u.example.net/u?apikey=Lit-Token-9&h=[DOMAIN]&a=[IP]" << "x.example.net" << ""
        << "custom" << "url" << "https://u.example.net/u?apikey=[PASSWORD]&h=[DOMAIN]&a=[IP]";
    QTest::newRow("a literal token beside the password")
        << "https://u.example.net/u?apikey=Lit-Token-9&p=[PASSWORD]&h=[DOMAIN]&a=[IP]" << "x.example.net" << "pw-x-1"
        << "" << "" << "";
    QTest::newRow("Basic credentials on another path")
        << "https://[USERNAME]:[PASSWORD]@u.example.net/update?h=[DOMAIN]&a=[IP]" << "x.example.net" << "pw-x-1" << "" << "" << "";
    // Found by fuzz_import: the server was written as it was, and the configuration did not validate.
    QTest::newRow("DynDNS2 with a server name that is not one")
        << "http://[USERNAME]:[PASSWORD]@dyn.example.c]m/nic/update?hostname=[DOMAIN]&myip=[IP]" << "x.example.net"
        << "pw-x-1" << "" << "" << "";
    QTest::newRow("a custom URL with a server name that is not one")
        << "https://`u.example.net/update?h=[DOMAIN]&p=[PASSWORD]&a=[IP]" << "x.example.net" << "pw-x-1" << "" << "" << "";
    QTest::newRow("no address in the URL")
        << "https://u.example.net/update?h=[DOMAIN]&p=[PASSWORD]" << "x.example.net" << "pw-x-1" << "" << "" << "";
}

void TestOpenWrtImporter::updateUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, domain);
    QFETCH(QString, password);
    QFETCH(QString, provider);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QByteArray conf = "config service 'x'\n\toption enabled '1'\n\toption domain '" + domain.toUtf8()
        + "'\n\toption username 'me'\n\toption update_url '" + url.toUtf8() + "'\n";
    if (!password.isEmpty())
        conf += "\toption password '" + password.toUtf8() + "'\n";
    const ImportResult r = import(ImportTool::OpenWrt, conf);
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject p = profileWithHost(r, domain);
    QCOMPARE(p.value(QLatin1String("provider")).toString(), provider);
    QCOMPARE(p.value(field).toString(), value);
    if (provider.isEmpty())
        QVERIFY(noteAt(r, QStringLiteral("update_url"), 5).why.endsWith(QLatin1String("not imported")));
    else
        QCOMPARE(secretOf(r, p.value(QLatin1String("name")).toString()), password.isEmpty() ? QStringLiteral("Lit-Token-9") : password);
    QVERIFY(leakOf(visibleText(r), QStringLiteral("Lit-Token-9")).isEmpty());
    QVERIFY(leakOf(visibleText(r), QStringLiteral("pw-x-1")).isEmpty());
}

void TestOpenWrtImporter::malformed_data()
{
    QTest::addColumn<QByteArray>("conf");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("option before a section") << QByteArray("# ddns\n\toption enabled '1'\n") << 2 << "before any config section";
    QTest::newRow("unterminated quote") << QByteArray("config service 'a'\n\toption domain 'a.example.org\n") << 2 << "never closed";
    QTest::newRow("unquoted spaces") << QByteArray("config service 'a'\n\toption password two words\n") << 2 << "needs quotes";
    QTest::newRow("unknown keyword") << QByteArray("config service 'a'\n\tdefault: \"wan\" for IPv4\n") << 2 << "expected config, option or list";
    QTest::newRow("no service section") << QByteArray("config ddns 'global'\n\toption ddns_loglines '250'\n") << 1 << "no \"config service\"";
    QTest::newRow("an inadyn file") << QByteArray("period = 300\nprovider default@noip.com {\n") << 1 << "expected config, option or list";
}

void TestOpenWrtImporter::malformed()
{
    QFETCH(QByteArray, conf);
    QFETCH(int, line);
    QFETCH(QString, expected);
    const ImportResult r = import(ImportTool::OpenWrt, conf);
    QVERIFY(r.error);
    QCOMPARE(r.exitCode(), 2);
    QCOMPARE(r.error->line, line);
    QVERIFY2(r.error->expected.contains(expected), qPrintable(r.error->expected));
}

QTEST_GUILESS_MAIN(TestOpenWrtImporter)
#include "tst_openwrtimporter.moc"
