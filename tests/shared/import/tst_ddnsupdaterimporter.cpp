#include "importtest.h"

#include "import/ddnsupdaterimporter.h"

using namespace Qddns;
using namespace ImportTest;

// tests/data/import/ddns-updater/config.json, written from ddns-updater's README and its
// docs/<provider>.md pages.
class TestDdnsUpdaterImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleIsValid();
    void sampleProfiles();
    void sampleNotes();
    void sampleSecretsNeverLeak_data();
    void sampleSecretsNeverLeak();
    void jsonLines();
    void namedCredentials();
    void hostTheProviderRefuses();
    void malformed_data();
    void malformed();
};

static ImportResult sample(const ImportOptions &o = options())
{
    return import(ImportTool::DdnsUpdater, readData(QStringLiteral("ddns-updater/config.json")), o);
}

void TestDdnsUpdaterImporter::sampleIsValid()
{
    const ImportResult r = sample();
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    QCOMPARE(r.config.value(QLatin1String("profiles")).toArray().size(), 9);
    QCOMPARE(r.exitCode(), 1);
    // ddns-updater keeps its period in the environment, not in config.json: qddns's defaults.
    QVERIFY(!r.config.contains(QLatin1String("interval")));
    QVERIFY(!r.config.contains(QLatin1String("detectors")));
}

void TestDdnsUpdaterImporter::sampleProfiles()
{
    const ImportResult r = sample();
    const auto name = [](const QJsonObject &p) { return p.value(QLatin1String("name")).toString(); };

    // Two settings (ipv4, ipv6) of the same domains and token: one profile with A and AAAA;
    // comma-separated domains; the zone from the domain, zone_identifier not needed.
    const QJsonObject cf = profileWithHost(r, QStringLiteral("home.example.com"));
    QCOMPARE(cf.value(QLatin1String("provider")).toString(), QStringLiteral("cloudflare"));
    QCOMPARE(hostsOf(cf), QStringList({QStringLiteral("home.example.com"), QStringLiteral("vpn.example.com")}));
    QCOMPARE(cf.value(QLatin1String("zone")).toString(), QStringLiteral("example.com"));
    QCOMPARE(cf.value(QLatin1String("ttl")), QJsonValue(600));
    QCOMPARE(cf.value(QLatin1String("proxied")), QJsonValue(false));
    QCOMPARE(cf.value(QLatin1String("ipv6")), QJsonValue(true));
    QVERIFY(!cf.contains(QLatin1String("ipv4")));
    QCOMPARE(secretOf(r, name(cf)), QStringLiteral("cf-updater-token-XYZ"));
    QVERIFY(explanationAt(r, QStringLiteral("zone_identifier"), 5).how.startsWith(QLatin1String("not needed")));

    const QJsonObject duck = profileWithHost(r, QStringLiteral("myduck.duckdns.org"));
    QCOMPARE(duck.value(QLatin1String("provider")).toString(), QStringLiteral("duckdns"));
    QCOMPARE(secretOf(r, name(duck)), QStringLiteral("duck-updater-token-1"));

    // The older "domain" + "host": nas.example.net; "ipv4 or ipv6" publishes A.
    const QJsonObject noip = profileWithHost(r, QStringLiteral("nas.example.net"));
    QCOMPARE(noip.value(QLatin1String("provider")).toString(), QStringLiteral("noip"));
    QCOMPARE(noip.value(QLatin1String("username")).toString(), QStringLiteral("noip-user"));
    QVERIFY(!noip.contains(QLatin1String("ipv6")));
    QCOMPARE(secretOf(r, name(noip)), QStringLiteral("noip-Updater-pw"));

    // STRATO's username is the registered domain, as ddns-updater sends it.
    const QJsonObject strato = profileWithHost(r, QStringLiteral("www.example.de"));
    QCOMPARE(strato.value(QLatin1String("provider")).toString(), QStringLiteral("strato"));
    QCOMPARE(strato.value(QLatin1String("username")).toString(), QStringLiteral("example.de"));

    const QJsonObject dyn = profileWithHost(r, QStringLiteral("dyn.example.org"));
    QCOMPARE(dyn.value(QLatin1String("provider")).toString(), QStringLiteral("dyndns"));
    QCOMPARE(secretOf(r, name(dyn)), QStringLiteral("dyn-client-key-55"));

    // "owner": "@,he": the domain itself and he.example.com; IPv6 only.
    const QJsonObject he = profileWithHost(r, QStringLiteral("he.example.com"));
    QCOMPARE(he.value(QLatin1String("provider")).toString(), QStringLiteral("henet"));
    QCOMPARE(hostsOf(he), QStringList({QStringLiteral("example.com"), QStringLiteral("he.example.com")}));
    QCOMPARE(he.value(QLatin1String("ipv4")), QJsonValue(false));
    QCOMPARE(he.value(QLatin1String("ipv6")), QJsonValue(true));

    // Spdyn with an update token: the host is the username.
    const QJsonObject spdyn = profileWithHost(r, QStringLiteral("my.spdyn.de"));
    QCOMPARE(spdyn.value(QLatin1String("username")).toString(), QStringLiteral("my.spdyn.de"));
    QCOMPARE(secretOf(r, name(spdyn)), QStringLiteral("spdyn-token-31"));

    // custom: the URL plus ipv4key=[IP]; its client_key moved to the secret store.
    const QJsonObject custom = profileWithHost(r, QStringLiteral("custom.example.net"));
    QCOMPARE(custom.value(QLatin1String("provider")).toString(), QStringLiteral("custom"));
    QCOMPARE(custom.value(QLatin1String("url")).toString(),
             QStringLiteral("https://update.example.net/update?domain=custom.example.net&client_key=[PASSWORD]&ipv4=[IP]"));
    QCOMPARE(custom.value(QLatin1String("successPattern")).toString(), QStringLiteral("good"));
    QCOMPARE(secretOf(r, name(custom)), QStringLiteral("custom-Key-0042"));

    // Porkbun: the API key is the primary credential, the secret API key the named one.
    const QJsonObject porkbun = profileWithHost(r, QStringLiteral("pb.example.com"));
    QCOMPARE(porkbun.value(QLatin1String("provider")).toString(), QStringLiteral("porkbun"));
    QCOMPARE(secretOf(r, name(porkbun)), QStringLiteral("pk1_exampleapikey"));
    QCOMPARE(secretOf(r, name(porkbun), QStringLiteral("secretApiKey")), QStringLiteral("sk1_examplesecretkey"));
}

void TestDdnsUpdaterImporter::sampleNotes()
{
    const ImportResult r = sample();
    QStringList where;
    for (const Unsupported &n : r.notes)
        where.append(QStringLiteral("%1:%2").arg(n.line).arg(n.option));
    // OVH's API mode (its keys are not imported, and without a DynHost login the setting is not
    // either). HE's and Porkbun's ipv6_suffix become the hosts' ipv6Suffix.
    QCOMPARE(where, QStringList({"73:provider", "75:mode", "76:api_endpoint"}));
    const QJsonArray heHosts = profileWithHost(r, QStringLiteral("he.example.com")).value(QLatin1String("hosts")).toArray();
    QCOMPARE(heHosts.at(1).toObject(), QJsonObject({{"name", "he.example.com"}, {"ipv6Suffix", "::1"}}));
    const QJsonArray pbHosts = profileWithHost(r, QStringLiteral("pb.example.com")).value(QLatin1String("hosts")).toArray();
    QCOMPARE(pbHosts.at(0).toObject(), QJsonObject({{"name", "pb.example.com"}, {"ipv6Suffix", "::72ad:8fbb:a54e:bedd"}}));
    QVERIFY(noteAt(r, QStringLiteral("mode"), 75).why.contains(QLatin1String("DynHost")));
    QVERIFY(noteAt(r, QStringLiteral("mode"), 75).why.contains(QLatin1String("\"ovhapi\" profile")));
}

void TestDdnsUpdaterImporter::sampleSecretsNeverLeak_data()
{
    QTest::addColumn<QString>("secret");
    for (const char *s : {"cf-updater-token-XYZ", "duck-updater-token-1", "noip-Updater-pw", "strato-dyn-pw",
                          "dyn-client-key-55", "he-updater-key", "spdyn-token-31", "custom-Key-0042",
                          "ovh-app-secret-2", "ovh-consumer-key-3", "sk1_examplesecretkey"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestDdnsUpdaterImporter::sampleSecretsNeverLeak()
{
    QFETCH(QString, secret);
    for (const auto target : {ImportOptions::SecretTarget::Keychain, ImportOptions::SecretTarget::File,
                              ImportOptions::SecretTarget::KeepOut}) {
        const ImportResult r = sample(options(target));
        const QString leak = leakOf(visibleText(r), secret);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("found as \"%1\"").arg(leak)));
    }
}

void TestDdnsUpdaterImporter::jsonLines()
{
    const QHash<QString, int> lines = DdnsUpdaterImporter::jsonLines("{\n"
                                                                     "  \"settings\": [\n"
                                                                     "    {\"provider\": \"a\",\n"
                                                                     "     \"x\": \"}\\\"]\"},\n"
                                                                     "    7,\n"
                                                                     "    {\n"
                                                                     "      \"provider\": [1, 2]\n"
                                                                     "    }\n"
                                                                     "  ]\n"
                                                                     "}\n");
    QCOMPARE(lines.value(QStringLiteral("settings")), 2);
    QCOMPARE(lines.value(QStringLiteral("settings[0]")), 3);
    QCOMPARE(lines.value(QStringLiteral("settings[0].x")), 4);
    QCOMPARE(lines.value(QStringLiteral("settings[1]")), 5);
    QCOMPARE(lines.value(QStringLiteral("settings[2]")), 6);
    QCOMPARE(lines.value(QStringLiteral("settings[2].provider")), 7);
}

void TestDdnsUpdaterImporter::namedCredentials()
{
    // A provider with a second credential (Porkbun's API key beside its secret key), as a qddns
    // that offers it describes it: with owner-only files, the profile names both files.
    ImportOptions o = options(ImportOptions::SecretTarget::File);
    o.providers.append(QJsonObject{{"id", "porkbun"}, {"username", "unused"}, {"secret", "required"},
                                   {"ipv4", true}, {"ipv6", true}, {"options", QJsonArray()}});
    const QByteArray conf = R"({"settings": [{"provider": "porkbun", "domain": "pb.example.com",
        "api_key": "pk1_named", "secret_api_key": "sk1_named", "ip_version": "ipv4"}]})";
    ImportResult r = import(ImportTool::DdnsUpdater, conf, o);
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QJsonObject p = profileWithHost(r, QStringLiteral("pb.example.com"));
    // The API key is Porkbun's primary credential (`secret`), the secret API key its second (`secretApiKey`).
    QCOMPARE(p.value(QLatin1String("secret")).toObject(),
             QJsonObject({{"source", "file"}, {"path", "~/.config/qddns/secrets/pb.example.com.secret"}}));
    QCOMPARE(p.value(QLatin1String("credentials")).toObject(),
             QJsonObject({{"secretApiKey", QJsonObject({{"source", "file"}, {"path", "~/.config/qddns/secrets/pb.example.com.secretApiKey.secret"}})}}));
    QCOMPARE(secretOf(r, QStringLiteral("pb.example.com"), QStringLiteral("secretApiKey")), QStringLiteral("sk1_named"));
    QCOMPARE(secretOf(r, QStringLiteral("pb.example.com")), QStringLiteral("pk1_named"));
    for (const ImportedSecret &s : r.secrets)
        QCOMPARE(s.path, s.field == QLatin1String("secret") ? QStringLiteral("~/.config/qddns/secrets/pb.example.com.secret")
                                                            : QStringLiteral("~/.config/qddns/secrets/pb.example.com.secretApiKey.secret"));
    QVERIFY(leakOf(visibleText(r), QStringLiteral("pk1_named")).isEmpty());

    // In the keychain (PROFILE/secretApiKey) a named credential needs no reference.
    o.secrets = ImportOptions::SecretTarget::Keychain;
    r = import(ImportTool::DdnsUpdater, conf, o);
    p = profileWithHost(r, QStringLiteral("pb.example.com"));
    QVERIFY(!p.contains(QLatin1String("credentials")));
    QCOMPARE(secretOf(r, QStringLiteral("pb.example.com"), QStringLiteral("secretApiKey")), QStringLiteral("sk1_named"));
}

void TestDdnsUpdaterImporter::hostTheProviderRefuses()
{
    // Duck DNS with a domain outside duckdns.org: noted with the provider's reason and not
    // imported; the setting after it is.
    const QByteArray conf = R"({"settings": [
        {"provider": "duckdns", "domain": "home.example.org", "token": "duck-updater-token-1"},
        {"provider": "duckdns", "domain": "good.duckdns.org", "token": "duck-updater-token-2"}]})";
    const ImportResult r = import(ImportTool::DdnsUpdater, conf);
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonArray profiles = r.config.value(QLatin1String("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(hostsOf(profiles.first().toObject()), QStringList{"good.duckdns.org"});
    QCOMPARE(r.secrets.size(), 1);
    QCOMPARE(r.secrets.first().value, QStringLiteral("duck-updater-token-2"));
    QStringList notes;
    for (const Unsupported &n : r.notes)
        notes << n.why;
    QCOMPARE(notes.size(), 2);
    QVERIFY2(notes.at(0).contains(QLatin1String("host \"home.example.org\" of duckdns is refused by qddns's duckdns "
                                                "provider (\"home.example.org\" is not under duckdns.org")),
             qPrintable(notes.at(0)));
    QCOMPARE(notes.at(1), QStringLiteral("duckdns has no host qddns's duckdns provider takes: nothing imported"));
}

void TestDdnsUpdaterImporter::malformed_data()
{
    QTest::addColumn<QByteArray>("conf");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{\n  \"settings\": [\n    {\"provider\": \"duckdns\",}\n  ]\n}\n") << 3 << "valid JSON";
    QTest::newRow("no settings list") << QByteArray("{\n  \"settings\": {\"provider\": \"duckdns\"}\n}\n") << 2 << "\"settings\" list";
    QTest::newRow("a setting that is no object") << QByteArray("{\"settings\": [\n  {\"provider\": \"he\"},\n  \"duckdns\"\n]}\n")
                                                 << 3 << "settings[1]";
    QTest::newRow("empty settings") << QByteArray("{\n\"settings\": []\n}\n") << 2 << "at least one";
    QTest::newRow("a ddclient file") << QByteArray("protocol=duckdns, password=t myduck\n") << 1 << "valid JSON";
}

void TestDdnsUpdaterImporter::malformed()
{
    QFETCH(QByteArray, conf);
    QFETCH(int, line);
    QFETCH(QString, expected);
    const ImportResult r = import(ImportTool::DdnsUpdater, conf);
    QVERIFY(r.error);
    QCOMPARE(r.exitCode(), 2);
    QCOMPARE(r.error->line, line);
    QVERIFY2(r.error->expected.contains(expected), qPrintable(r.error->expected));
}

QTEST_GUILESS_MAIN(TestDdnsUpdaterImporter)
#include "tst_ddnsupdaterimporter.moc"
