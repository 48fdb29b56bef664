#include "importtest.h"

using namespace Qddns;
using namespace ImportTest;

// tests/data/import/inadyn/inadyn.conf, written from inadyn.conf(5) and inadyn's examples.
class TestInadynImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleIsValid();
    void sampleProfiles();
    void sampleDetectorsAndIntervals();
    void sampleNotes();
    void sampleSecretsNeverLeak_data();
    void sampleSecretsNeverLeak();
    void syntax();
    void plainHttpRefused();
    void hostOutsideTheDomain();
    void hostTheProviderRefuses();
    void providerNames_data();
    void providerNames();
    void customSections_data();
    void customSections();
    void malformed_data();
    void malformed();
};

static ImportResult sample(const ImportOptions &o = options())
{
    return import(ImportTool::Inadyn, readData(QStringLiteral("inadyn/inadyn.conf")), o);
}

void TestInadynImporter::sampleIsValid()
{
    const ImportResult r = sample();
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    QCOMPARE(r.config.value(QLatin1String("profiles")).toArray().size(), 9);
    QCOMPARE(r.exitCode(), 1);
}

void TestInadynImporter::sampleProfiles()
{
    const ImportResult r = sample();
    const auto name = [](const QJsonObject &p) { return p.value(QLatin1String("name")).toString(); };

    // A hostname list; allow-ipv6 = true lets inadyn publish either family: A and AAAA.
    const QJsonObject dyn = profileWithHost(r, QStringLiteral("home.example.org"));
    QCOMPARE(dyn.value(QLatin1String("provider")).toString(), QStringLiteral("dyndns"));
    QCOMPARE(hostsOf(dyn), QStringList({QStringLiteral("home.example.org"), QStringLiteral("nas.example.org")}));
    QCOMPARE(dyn.value(QLatin1String("username")).toString(), QStringLiteral("dyn-account"));
    QCOMPARE(dyn.value(QLatin1String("ipv6")), QJsonValue(true));
    QCOMPARE(secretOf(r, name(dyn)), QStringLiteral("Dyn Secret#1"));

    // Two No-IP accounts (no-ip.com:1 and :2) stay two profiles.
    const QJsonObject one = profileWithHost(r, QStringLiteral("one.example.net"));
    const QJsonObject two = profileWithHost(r, QStringLiteral("two.example.net"));
    QCOMPARE(one.value(QLatin1String("provider")).toString(), QStringLiteral("noip"));
    QCOMPARE(two.value(QLatin1String("provider")).toString(), QStringLiteral("noip"));
    QCOMPARE(one.value(QLatin1String("username")).toString(), QStringLiteral("noip-one"));
    QCOMPARE(two.value(QLatin1String("username")).toString(), QStringLiteral("noip-two"));
    QCOMPARE(secretOf(r, name(one)), QStringLiteral("n0ip-one-pass"));
    QCOMPARE(secretOf(r, name(two)), QStringLiteral("n0ip-two-pass"));

    // Cloudflare: inadyn's username is the zone; ttl and proxied carried over.
    const QJsonObject cf = profileWithHost(r, QStringLiteral("cf.example.com"));
    QCOMPARE(cf.value(QLatin1String("provider")).toString(), QStringLiteral("cloudflare"));
    QCOMPARE(cf.value(QLatin1String("zone")).toString(), QStringLiteral("example.com"));
    QCOMPARE(cf.value(QLatin1String("ttl")), QJsonValue(300));
    QCOMPARE(cf.value(QLatin1String("proxied")), QJsonValue(false));
    QVERIFY(!cf.contains(QLatin1String("username")));
    QCOMPARE(secretOf(r, name(cf)), QStringLiteral("cf_api_token_0123456789"));

    // ipv6@duckdns.org: AAAA only; the token is inadyn's username.
    const QJsonObject duck = profileWithHost(r, QStringLiteral("myduck.duckdns.org"));
    QCOMPARE(duck.value(QLatin1String("provider")).toString(), QStringLiteral("duckdns"));
    QCOMPARE(duck.value(QLatin1String("ipv4")), QJsonValue(false));
    QCOMPARE(duck.value(QLatin1String("ipv6")), QJsonValue(true));
    QCOMPARE(secretOf(r, name(duck)), QStringLiteral("duck-token-abcdef0123"));

    const QJsonObject he = profileWithHost(r, QStringLiteral("he.example.com"));
    QCOMPARE(he.value(QLatin1String("provider")).toString(), QStringLiteral("henet"));
    QVERIFY(!he.contains(QLatin1String("username")));
    QCOMPARE(secretOf(r, name(he)), QStringLiteral("he-key-778899"));

    // custom with a /nic/update path: inadyn sends Basic credentials, as the generic provider does.
    const QJsonObject self = profileWithHost(r, QStringLiteral("self.example.com"));
    QCOMPARE(self.value(QLatin1String("provider")).toString(), QStringLiteral("dyndns2"));
    QCOMPARE(self.value(QLatin1String("server")).toString(), QStringLiteral("https://dyn.example.com"));
    QCOMPARE(self.value(QLatin1String("username")).toString(), QStringLiteral("selfuser"));
    QCOMPARE(secretOf(r, name(self)), QStringLiteral("self-Pa55"));

    // custom with format specifiers: a qddns custom URL, ddns-response as its success pattern.
    const QJsonObject url = profileWithHost(r, QStringLiteral("url.example.net"));
    QCOMPARE(url.value(QLatin1String("provider")).toString(), QStringLiteral("custom"));
    QCOMPARE(url.value(QLatin1String("url")).toString(),
             QStringLiteral("https://update.example.net/api/update?token=[PASSWORD]&host=[DOMAIN]&ip=[IP]"));
    QCOMPARE(url.value(QLatin1String("successPattern")).toString(), QStringLiteral("(?i)(updated|unchanged)"));
    QCOMPARE(secretOf(r, name(url)), QStringLiteral("tokenurl-secret-42"));
}

void TestInadynImporter::sampleDetectorsAndIntervals()
{
    const ImportResult r = sample();
    QCOMPARE(r.config.value(QLatin1String("interval")).toString(), QStringLiteral("10m"));       // period = 600
    QCOMPARE(r.config.value(QLatin1String("forceInterval")).toString(), QStringLiteral("30d"));  // forced-update
    const QJsonObject detectors = r.config.value(QLatin1String("detectors")).toObject();
    // checkip-server/-path (checkip-ssl = false refused), then HE's iface for both families,
    // and the Duck DNS command for IPv6 through a shell.
    QCOMPARE(detectors.value(QLatin1String("ipv4")).toArray(),
             QJsonArray({QJsonObject({{"type", "web"}, {"url", "https://ipv4.example.net/plain"}}),
                         QJsonObject({{"type", "interface"}, {"name", "eth0"}})}));
    const QJsonArray v6 = detectors.value(QLatin1String("ipv6")).toArray();
    QCOMPARE(v6.size(), 2);
    QCOMPARE(v6.at(0).toObject().value(QLatin1String("argv")).toArray().first().toString(), QStringLiteral("/bin/sh"));
    QCOMPARE(v6.at(1).toObject(), QJsonObject({{"type", "interface"}, {"name", "eth0"}}));
    QVERIFY(explanationAt(r, QStringLiteral("checkip-ssl"), 23).how.startsWith(QLatin1String("refused")));
    QVERIFY(explanationAt(r, QStringLiteral("verify-address"), 8).how.startsWith(QLatin1String("refused")));
}

void TestInadynImporter::sampleNotes()
{
    const ImportResult r = sample();
    QStringList where;
    for (const Unsupported &n : r.notes)
        where.append(QStringLiteral("%1:%2").arg(n.line).arg(n.option));
    QCOMPARE(where, QStringList({"9:user-agent", "32:wildcard"}));
    // Namecheap's username is the domain.
    const QJsonObject nc = profileWithHost(r, QStringLiteral("www.example.org"));
    QCOMPARE(nc.value(QLatin1String("provider")).toString(), QStringLiteral("namecheap"));
    QCOMPARE(nc.value(QLatin1String("domain")).toString(), QStringLiteral("example.org"));
    QCOMPARE(secretOf(r, nc.value(QLatin1String("name")).toString()), QStringLiteral("namecheap-pass"));
}

void TestInadynImporter::sampleSecretsNeverLeak_data()
{
    QTest::addColumn<QString>("secret");
    for (const char *s : {"Dyn Secret#1", "n0ip-one-pass", "n0ip-two-pass", "cf_api_token_0123456789",
                          "duck-token-abcdef0123", "he-key-778899", "self-Pa55", "tokenurl-secret-42", "namecheap-pass"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestInadynImporter::sampleSecretsNeverLeak()
{
    QFETCH(QString, secret);
    for (const auto target : {ImportOptions::SecretTarget::Keychain, ImportOptions::SecretTarget::File,
                              ImportOptions::SecretTarget::KeepOut}) {
        const ImportResult r = sample(options(target));
        const QString leak = leakOf(visibleText(r), secret);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("found as \"%1\"").arg(leak)));
    }
}

void TestInadynImporter::syntax()
{
    // libconfuse: # and // comments, /* */ across lines, '…' and "…" strings with escapes,
    // a quoted wildcard, += appending to a list, options in any order.
    const ImportResult r = import(ImportTool::Inadyn,
                                  "/* a comment\n   over two lines */ period = 45 // seconds\n"
                                  "provider default@noip.com {\n"
                                  "  hostname = { \"a.example.com\" }\n"
                                  "  hostname += { '*.example.com', b.example.com }\n"
                                  "  username = 'it\\'s me'\n"
                                  "  password = \"tab\\there\\x21\"\n"
                                  "}\n");
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject p = profileWithHost(r, QStringLiteral("a.example.com"));
    QCOMPARE(hostsOf(p), QStringList({"a.example.com", "*.example.com", "b.example.com"}));
    QCOMPARE(p.value(QLatin1String("username")).toString(), QStringLiteral("it's me"));
    QCOMPARE(secretOf(r, p.value(QLatin1String("name")).toString()), QStringLiteral("tab\there!"));
    QCOMPARE(r.config.value(QLatin1String("interval")).toString(), QStringLiteral("45s"));
    QCOMPARE(r.exitCode(), 0);
}

void TestInadynImporter::plainHttpRefused()
{
    // ssl = false in inadyn means plain HTTP; qddns keeps HTTPS and says so at the line.
    const ImportResult r = import(ImportTool::Inadyn,
                                  "provider default@noip.com {\n ssl = false\n username = me\n password = pw\n"
                                  " hostname = a.example.com\n}\n"
                                  "custom plain {\n ssl = false\n ddns-server = u.example.net\n"
                                  " ddns-path = \"/up?k=%p&h=%h&ip=%i\"\n password = pw2\n hostname = b.example.com\n}\n");
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    QVERIFY(explanationAt(r, QStringLiteral("ssl"), 2).how.startsWith(QLatin1String("refused")));
    QCOMPARE(profileWithHost(r, QStringLiteral("b.example.com")).value(QLatin1String("url")).toString(),
             QStringLiteral("https://u.example.net/up?k=[PASSWORD]&h=[DOMAIN]&ip=[IP]"));
    QVERIFY(explanationAt(r, QStringLiteral("ddns-path"), 10).how.contains(QLatin1String("refused plain http://")));
    QCOMPARE(r.exitCode(), 0);
}

void TestInadynImporter::hostOutsideTheDomain()
{
    // Namecheap's username is the domain; a hostname outside it cannot be sent (found by fuzz_import:
    // the import did not validate). The others are imported, that one is named in a note.
    const ImportResult r = import(ImportTool::Inadyn,
                                  "provider namecheap.com {\n username = example.org\n password = namecheap-pass\n"
                                  " hostname = { www.example.org, www.example.osg, example.org }\n}\n");
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject p = profileWithHost(r, QStringLiteral("www.example.org"));
    QCOMPARE(hostsOf(p), QStringList({"www.example.org", "example.org"}));
    QCOMPARE(r.notes.size(), 1);
    QCOMPARE(r.notes.first().line, 1);
    QVERIFY2(r.notes.first().why.contains(QLatin1String("\"www.example.osg\"")), qPrintable(r.notes.first().why));
    QVERIFY2(r.notes.first().why.contains(QLatin1String("is not in its domain \"example.org\"")), qPrintable(r.notes.first().why));
    QCOMPARE(r.exitCode(), 1);
}

void TestInadynImporter::hostTheProviderRefuses()
{
    // DuckDNS's provider takes only its own subdomains: a hostname outside duckdns.org is named
    // with the provider's reason and left out, so the import validates.
    const ImportResult r = import(ImportTool::Inadyn,
                                  "provider default@duckdns.org {\n username = duck-token-0123456789\n"
                                  " hostname = { home.example.org, good.duckdns.org }\n}\n");
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonArray profiles = r.config.value(QLatin1String("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(hostsOf(profiles.first().toObject()), QStringList{"good.duckdns.org"});
    QCOMPARE(r.notes.size(), 1);
    QCOMPARE(r.notes.first().line, 1);
    QVERIFY2(r.notes.first().why.contains(QLatin1String("host \"home.example.org\" of provider default@duckdns.org is refused by "
                                                        "qddns's duckdns provider (\"home.example.org\" is not under duckdns.org")),
             qPrintable(r.notes.first().why));
}

void TestInadynImporter::providerNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("ipv4");
    QTest::addColumn<bool>("ipv6");
    // inadyn finds a plugin by its exact name or alias, ":ID" aside, else by a substring.
    QTest::newRow("exact") << "default@no-ip.com" << "noip" << true << false;
    QTest::newRow("alias") << "dyndns@he.net" << "henet" << true << false;
    QTest::newRow("instance") << "default@dnsomatic.com:3" << "dnsomatic" << true << false;
    QTest::newRow("substring") << "selfhost" << "selfhost" << true << false;
    QTest::newRow("ipv6 plugin") << "ipv6@spdyn.de" << "spdyn" << false << true;
    QTest::newRow("ipv4 plugin") << "ipv4@nsupdate.info" << "nsupdate" << true << false;
    QTest::newRow("MyDNS.JP") << "default@mydns.jp" << "mydnsjp" << true << false;
    QTest::newRow("MyDNS.JP over IPv6") << "ipv6@mydns.jp" << "mydnsjp" << false << true;
    QTest::newRow("FreeMyIP") << "default@freemyip.com" << "freemyip" << true << false;
}

void TestInadynImporter::providerNames()
{
    QFETCH(QString, name);
    QFETCH(QString, provider);
    QFETCH(bool, ipv4);
    QFETCH(bool, ipv6);
    const QByteArray conf = "provider " + name.toUtf8() + " {\n username = me\n password = pw\n hostname = h.example.com\n}\n";
    const ImportResult r = import(ImportTool::Inadyn, conf);
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject p = profileWithHost(r, QStringLiteral("h.example.com"));
    QCOMPARE(p.value(QLatin1String("provider")).toString(), provider);
    QCOMPARE(p.value(QLatin1String("ipv4")).toBool(true), ipv4);
    QCOMPARE(p.value(QLatin1String("ipv6")).toBool(false), ipv6);
}

void TestInadynImporter::customSections_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("url");     // empty: not imported
    QTest::addColumn<QString>("note");
    QTest::newRow("hostname appended") << QByteArray("ddns-server = u.example.net\nddns-path = \"/update?token=abc123&hostname=\"\n")
                                       << "" << "does not carry the address";
    QTest::newRow("address appended") << QByteArray("ddns-server = u.example.net\nddns-path = \"/update?h=x.example.net&ip=\"\nappend-myip = true\n")
                                      << "https://u.example.net/update?h=x.example.net&ip=[IP]" << "";
    QTest::newRow("a token in the path moves to the secret store")
        << QByteArray("ddns-server = u.example.net\nddns-path = \"/up?key=Tok-55&h=%h&ip=%i\"\n")
        << "https://u.example.net/up?key=[PASSWORD]&h=[DOMAIN]&ip=[IP]" << "";
    QTest::newRow("Basic credentials the custom provider cannot send")
        << QByteArray("username = me\npassword = pw\nddns-server = u.example.net\nddns-path = \"/up?h=%h&ip=%i\"\n")
        << "" << "HTTP Basic";
    QTest::newRow("no ddns-server") << QByteArray("ddns-path = \"/up?h=%h&ip=%i\"\n") << "" << "no ddns-server";
}

void TestInadynImporter::customSections()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, url);
    QFETCH(QString, note);
    const ImportResult r = import(ImportTool::Inadyn, "custom mine {\nhostname = x.example.net\n" + body + "}\n");
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject p = profileWithHost(r, QStringLiteral("x.example.net"));
    QCOMPARE(p.value(QLatin1String("url")).toString(), url);
    if (note.isEmpty()) {
        QCOMPARE(r.exitCode(), 0);
    } else {
        QCOMPARE(r.exitCode(), 1);
        QVERIFY(p.isEmpty());
        QVERIFY2(r.notes.first().why.contains(note), qPrintable(r.notes.first().why));
    }
    QVERIFY(leakOf(visibleText(r), QStringLiteral("Tok-55")).isEmpty());
}

void TestInadynImporter::malformed_data()
{
    QTest::addColumn<QByteArray>("conf");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing =") << QByteArray("period = 300\nprovider noip.com {\n  username me\n}\n") << 3 << "expected '=' after username";
    QTest::newRow("unterminated string") << QByteArray("provider noip.com {\n  password = \"abc\n}\n") << 2 << "never closed";
    QTest::newRow("section never closed") << QByteArray("\nprovider noip.com {\n  username = me\n") << 2 << "expected '}'";
    QTest::newRow("stray brace") << QByteArray("period = 300\n}\n") << 2 << "without a section";
    QTest::newRow("unquoted wildcard") << QByteArray("provider noip.com {\n  hostname = *.example.com\n}\n") << 2 << "in quotes";
    QTest::newRow("no name after provider") << QByteArray("provider {\n}\n") << 1 << "expected the name after \"provider\"";
    QTest::newRow("list without comma") << QByteArray("provider noip.com {\n hostname = { a.example.com b.example.com }\n}\n")
                                        << 2 << "expected ',' or '}'";
    QTest::newRow("no section") << QByteArray("period = 300\nallow-ipv6 = true\n") << 3 << "no provider or custom section";
    QTest::newRow("a ddclient file") << QByteArray("protocol=noip, login=me, password=pw a.example.com\n") << 1 << "expected a setting name";
}

void TestInadynImporter::malformed()
{
    QFETCH(QByteArray, conf);
    QFETCH(int, line);
    QFETCH(QString, expected);
    const ImportResult r = import(ImportTool::Inadyn, conf);
    QVERIFY(r.error);
    QCOMPARE(r.exitCode(), 2);
    QCOMPARE(r.error->line, line);
    QVERIFY2(r.error->expected.contains(expected), qPrintable(r.error->expected));
    QVERIFY(r.config.isEmpty());
}

QTEST_GUILESS_MAIN(TestInadynImporter)
#include "tst_inadynimporter.moc"
