#include "importtest.h"

using namespace Qddns;
using namespace ImportTest;

// tests/data/import/ddclient/ddclient.conf, written from ddclient's sample and protocol examples.
// Each expectation below was checked against ddclient's own parser (_read_config) on that file.
class TestDdclientImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleIsValid();
    void sampleProfiles();
    void sampleDetectorsAndIntervals();
    void sampleNotes();
    void sampleSecretsNeverLeak_data();
    void sampleSecretsNeverLeak();
    void secretTargets();
    void parsing_data();
    void parsing();
    void everythingImported();
    void detection_data();
    void detection();
    void providerAvailability();
    void hostsRelativeToTheLoginDomain();
    void serverThatIsNoServerName();
    void hostOutsideTheZone();
    void hostTheProviderRefuses();
    void profileTheProviderRefuses();
    void dnsServerThatIsNoServerName();
    void getUrlServices();
    void clouDnsDynUrlNoted();
    void secretInAnOrdinarySetting();
    void malformed_data();
    void malformed();
};

static ImportResult sample(const ImportOptions &o = options())
{
    return import(ImportTool::Ddclient, readData(QStringLiteral("ddclient/ddclient.conf")), o);
}

void TestDdclientImporter::sampleIsValid()
{
    const ImportResult r = sample();
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    QCOMPARE(r.config.value(QLatin1String("version")), QJsonValue(1));
    QCOMPARE(r.config.value(QLatin1String("profiles")).toArray().size(), 8); // nsupdate and Namecheap both imported
    QCOMPARE(r.exitCode(), 1); // mail… are not imported
}

void TestDdclientImporter::sampleProfiles()
{
    const ImportResult r = sample();

    // Continued lines, two hosts, a single-quoted password with a space and a '#'.
    const QJsonObject noip = profileWithHost(r, QStringLiteral("home.example.net"));
    QCOMPARE(noip.value(QLatin1String("provider")).toString(), QStringLiteral("noip"));
    QCOMPARE(hostsOf(noip), QStringList({QStringLiteral("home.example.net"), QStringLiteral("nas.example.net")}));
    QCOMPARE(noip.value(QLatin1String("username")).toString(), QStringLiteral("noip-user@example.org"));
    QCOMPARE(secretOf(r, noip.value(QLatin1String("name")).toString()), QStringLiteral("No1p Pass#word"));
    QVERIFY(!noip.contains(QLatin1String("ipv6")));

    // dyndns2 with a server qddns has a preset for: the preset, no server.
    const QJsonObject dyn = profileWithHost(r, QStringLiteral("dyn.example.org"));
    QCOMPARE(dyn.value(QLatin1String("provider")).toString(), QStringLiteral("dyndns"));
    QVERIFY(!dyn.contains(QLatin1String("server")));
    QCOMPARE(dyn.value(QLatin1String("username")).toString(), QStringLiteral("dyn-user"));
    QCOMPARE(secretOf(r, dyn.value(QLatin1String("name")).toString()), QStringLiteral("Dyn-Upd4te-Key"));

    // A self-hosted DynDNS2 server; script=/dyndns/nic/update becomes the server's path; login
    // and password after the host; IPv6 through usev6=ifv6.
    const QJsonObject self = profileWithHost(r, QStringLiteral("self.example.com"));
    QCOMPARE(self.value(QLatin1String("provider")).toString(), QStringLiteral("dyndns2"));
    QCOMPARE(self.value(QLatin1String("server")).toString(), QStringLiteral("https://dyn.example.com/dyndns"));
    QCOMPARE(self.value(QLatin1String("username")).toString(), QStringLiteral("selfuser"));
    QCOMPARE(self.value(QLatin1String("ipv6")), QJsonValue(true));
    QCOMPARE(secretOf(r, self.value(QLatin1String("name")).toString()), QStringLiteral("S3lf-hosted-pw"));

    // Cloudflare: zone and ttl, a token with a comma inside quotes, no username, IPv6 disabled.
    const QJsonObject cf = profileWithHost(r, QStringLiteral("cf.example.com"));
    QCOMPARE(cf.value(QLatin1String("provider")).toString(), QStringLiteral("cloudflare"));
    QCOMPARE(hostsOf(cf), QStringList({QStringLiteral("cf.example.com"), QStringLiteral("vpn.example.com")}));
    QCOMPARE(cf.value(QLatin1String("zone")).toString(), QStringLiteral("example.com"));
    QCOMPARE(cf.value(QLatin1String("ttl")), QJsonValue(300));
    QVERIFY(!cf.contains(QLatin1String("username")));
    QVERIFY(!cf.contains(QLatin1String("ipv6")));
    QCOMPARE(secretOf(r, cf.value(QLatin1String("name")).toString()), QStringLiteral("cf-T0ken_with,comma"));

    const QJsonObject duck = profileWithHost(r, QStringLiteral("myduck"));
    QCOMPARE(duck.value(QLatin1String("provider")).toString(), QStringLiteral("duckdns"));
    QCOMPARE(secretOf(r, duck.value(QLatin1String("name")).toString()), QStringLiteral("duck-0123456789abcdef"));

    const QJsonObject he = profileWithHost(r, QStringLiteral("he.example.net"));
    QCOMPARE(he.value(QLatin1String("provider")).toString(), QStringLiteral("henet"));
    QVERIFY(!he.contains(QLatin1String("username")));
    QCOMPARE(secretOf(r, he.value(QLatin1String("name")).toString()), QStringLiteral("he-ddns-key-9f8e7d"));

    // Namecheap: login is the domain; the password is Namecheap's dynamic DNS password.
    const QJsonObject nc = profileWithHost(r, QStringLiteral("www.example.org"));
    QCOMPARE(nc.value(QLatin1String("provider")).toString(), QStringLiteral("namecheap"));
    QCOMPARE(nc.value(QLatin1String("domain")).toString(), QStringLiteral("example.org"));
    QCOMPARE(secretOf(r, nc.value(QLatin1String("name")).toString()), QStringLiteral("namecheap-ddns-pw"));

    // nsupdate: the DNS server and zone as rfc2136 takes them; its TSIG key file is read where it is.
    const QJsonObject dns = profileWithHost(r, QStringLiteral("host.dyn.example.com"));
    QCOMPARE(dns.value(QLatin1String("provider")).toString(), QStringLiteral("rfc2136"));
    QCOMPARE(dns.value(QLatin1String("dnsServer")).toString(), QStringLiteral("ns1.example.com"));
    QCOMPARE(dns.value(QLatin1String("zone")).toString(), QStringLiteral("dyn.example.com"));
    QCOMPARE(dns.value(QLatin1String("ttl")).toInt(), 600);
    QVERIFY(!dns.contains(QLatin1String("server")));
    QCOMPARE(dns.value(QLatin1String("secret")).toObject(), QJsonObject({{"source", "file"}, {"path", "/etc/ddclient/dyn.key"}}));

    for (const QJsonValue &p : r.config.value(QLatin1String("profiles")).toArray()) {
        if (p.toObject().value(QLatin1String("provider")).toString() != QLatin1String("rfc2136"))
            QCOMPARE(p.toObject().value(QLatin1String("secret")).toObject().value(QLatin1String("source")).toString(),
                     QStringLiteral("keychain"));
    }
    QCOMPARE(r.secrets.size(), 7); // the key file's path is no secret to store
    QVERIFY(r.profilesNeedingSecret.isEmpty());
}

void TestDdclientImporter::sampleDetectorsAndIntervals()
{
    const ImportResult r = sample();
    QCOMPARE(r.config.value(QLatin1String("interval")).toString(), QStringLiteral("5m"));        // daemon=300
    QCOMPARE(r.config.value(QLatin1String("forceInterval")).toString(), QStringLiteral("30d"));  // max-interval=30d
    QVERIFY(explanationAt(r, QStringLiteral("daemon"), 7).how.contains(QLatin1String("\"5m\"")));
    QVERIFY(explanationAt(r, QStringLiteral("ssl"), 12).how.startsWith(QLatin1String("refused")));

    // use=if (No-IP, Dyn), usev4=webv4 (self-hosted), usev4=cmdv4 (Cloudflare); Duck DNS and
    // HE use ddclient's built-in page, which qddns's default echo services replace.
    const QJsonObject detectors = r.config.value(QLatin1String("detectors")).toObject();
    const QJsonArray v4 = detectors.value(QLatin1String("ipv4")).toArray();
    QCOMPARE(v4.size(), 3);
    QCOMPARE(v4.at(0).toObject(), QJsonObject({{"type", "interface"}, {"name", "eth0"}}));
    QCOMPARE(v4.at(1).toObject(), QJsonObject({{"type", "web"}, {"url", "https://ip4.example.net/plain"}}));
    QCOMPARE(v4.at(2).toObject(), QJsonObject({{"type", "command"}, {"argv", QJsonArray{"/usr/local/bin/wan-ip"}}}));
    QCOMPARE(detectors.value(QLatin1String("ipv6")).toArray(),
             QJsonArray({QJsonObject({{"type", "interface"}, {"name", "eth1"}})}));
    QVERIFY(explanationAt(r, QStringLiteral("web"), 43).how.contains(QLatin1String("ipify-ipv4")));
}

void TestDdclientImporter::sampleNotes()
{
    const ImportResult r = sample();
    QStringList where;
    for (const Unsupported &n : r.notes)
        where.append(QStringLiteral("%1:%2").arg(n.line).arg(n.option));
    QCOMPARE(where, QStringList({"9:mail", "10:mail-failure", "56:wildcard", "59:postscript"}));
    QVERIFY(explanationAt(r, QStringLiteral("password"), 52).how.contains(QLatin1String("/etc/ddclient/dyn.key")));
}

void TestDdclientImporter::sampleSecretsNeverLeak_data()
{
    QTest::addColumn<QString>("secret");
    for (const char *s : {"No1p Pass#word", "Dyn-Upd4te-Key", "S3lf-hosted-pw", "cf-T0ken_with,comma",
                          "duck-0123456789abcdef", "namecheap-ddns-pw", "he-ddns-key-9f8e7d"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestDdclientImporter::sampleSecretsNeverLeak()
{
    QFETCH(QString, secret);
    for (const auto target : {ImportOptions::SecretTarget::Keychain, ImportOptions::SecretTarget::File,
                              ImportOptions::SecretTarget::KeepOut}) {
        const ImportResult r = sample(options(target));
        const QString leak = leakOf(visibleText(r), secret);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("found as \"%1\"").arg(leak)));
    }
}

void TestDdclientImporter::secretTargets()
{
    const ImportResult file = sample(options(ImportOptions::SecretTarget::File));
    QVERIFY2(validationErrors(file).isEmpty(), qPrintable(validationErrors(file).join(QLatin1Char('\n'))));
    const QJsonObject noip = profileWithHost(file, QStringLiteral("home.example.net"));
    QCOMPARE(noip.value(QLatin1String("secret")).toObject(),
             QJsonObject({{"source", "file"}, {"path", "~/.config/qddns/secrets/home.example.net.secret"}}));
    QCOMPARE(file.secrets.size(), 7);
    for (const ImportedSecret &s : file.secrets)
        QCOMPARE(s.path, QStringLiteral("~/.config/qddns/secrets/%1.secret").arg(s.profile));

    // keep-out: no secret leaves the importer; every profile is listed as needing one.
    const ImportResult out = sample(options(ImportOptions::SecretTarget::KeepOut));
    QVERIFY2(validationErrors(out).isEmpty(), qPrintable(validationErrors(out).join(QLatin1Char('\n'))));
    QVERIFY(out.secrets.isEmpty());
    QCOMPARE(out.profilesNeedingSecret.size(), 7);
    for (const QJsonValue &p : out.config.value(QLatin1String("profiles")).toArray()) {
        // Only a reference the file itself gave (nsupdate's key file) is kept.
        const bool keyFile = p.toObject().value(QLatin1String("provider")).toString() == QLatin1String("rfc2136");
        QCOMPARE(p.toObject().contains(QLatin1String("secret")), keyFile);
    }
}

void TestDdclientImporter::parsing_data()
{
    QTest::addColumn<QByteArray>("conf");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("secret");

    // ddclient reads password= before anything else and keeps the rest of the word: a comma
    // right after the value stays part of it (its own _read_config does so).
    QTest::newRow("comma after an unquoted password")
        << QByteArray("password=abc, protocol=noip, login=me a.example.com\n") << "a.example.com" << "noip" << "me" << "abc,";
    // Here ddclient's own pre-parser misses the key (it wants a space before it) and sends
    // "dummy"; such a file cannot have worked, so the value written is taken.
    QTest::newRow("password right after a comma")
        << QByteArray("protocol=noip,password=pw1 login=me a.example.com\n") << "a.example.com" << "noip" << "me" << "pw1";
    QTest::newRow("double quotes and escapes in a value")
        << QByteArray("protocol=noip, login=\"my\"\\ user password=x a.example.com\n") << "a.example.com" << "noip"
        << "my user" << "x";
    QTest::newRow("single-quoted password with '#'")
        << QByteArray("protocol=noip login=me password='p#ss word' # comment\na.example.com\n") << "a.example.com"
        << "noip" << "me" << "p#ss word";
    QTest::newRow("login and password after the host")
        << QByteArray("protocol=noip a.example.com me pw2\n") << "a.example.com" << "noip" << "me" << "pw2";
    QTest::newRow("host= option")
        << QByteArray("protocol=noip, login=me, host=b.example.com password=pw3\n") << "b.example.com" << "noip" << "me" << "pw3";
    QTest::newRow("globals then hosts")
        << QByteArray("protocol=noip\nlogin=me\npassword=pw4\nc.example.com\n") << "c.example.com" << "noip" << "me" << "pw4";
    QTest::newRow("continuation joins without a space")
        << QByteArray("protocol=noip,login=me,\\\npassword=pw5 \\\n  d.example.com\n") << "d.example.com" << "noip" << "me" << "pw5";
    QTest::newRow("default protocol is dyndns2 at members.dyndns.org")
        << QByteArray("login=me password=pw6 e.example.com\n") << "e.example.com" << "dyndns" << "me" << "pw6";
    QTest::newRow("dyndns2 with an unknown server")
        << QByteArray("protocol=dyndns2 server=dyn.example.net login=me password=pw7 f.example.com\n") << "f.example.com"
        << "dyndns2" << "me" << "pw7";
    QTest::newRow("the login of a provider without usernames is dropped")
        << QByteArray("protocol=duckdns, login=ignored, password=tok8 myduck\n") << "myduck" << "duckdns" << "" << "tok8";
    // Mythic Beasts: the API key's id and secret; the zone is the host's registered domain.
    QTest::newRow("mythicdyn becomes mythicbeasts")
        << QByteArray("protocol=mythicdyn, login=k8v3mq2x, password=mb-Secret1 h.example.com\n") << "h.example.com"
        << "mythicbeasts" << "k8v3mq2x" << "mb-Secret1";
    QTest::newRow("CRLF line ends")
        << QByteArray("protocol=noip\r\nlogin=me password=pw9\r\ng.example.com\r\n") << "g.example.com" << "noip" << "me" << "pw9";
}

void TestDdclientImporter::parsing()
{
    QFETCH(QByteArray, conf);
    QFETCH(QString, host);
    QFETCH(QString, provider);
    QFETCH(QString, username);
    QFETCH(QString, secret);
    const ImportResult r = import(ImportTool::Ddclient, conf);
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject p = profileWithHost(r, host);
    QCOMPARE(p.value(QLatin1String("provider")).toString(), provider);
    QCOMPARE(p.value(QLatin1String("username")).toString(), username);
    QCOMPARE(secretOf(r, p.value(QLatin1String("name")).toString()), secret);
    if (provider == QLatin1String("mythicbeasts"))
        QCOMPARE(p.value(QLatin1String("zone")).toString(), QStringLiteral("example.com"));
}

void TestDdclientImporter::everythingImported()
{
    // Exit 0 only when nothing was left out; the environment variable stays a reference.
    const ImportResult r = import(ImportTool::Ddclient,
                                  "daemon=10m\n"
                                  "usev4=ifv4, ifv4=ppp0, usev6=cmdv6, cmdv6='ip -6 addr | head -1'\n"
                                  "protocol=noip, login=me, password_env=NOIP_PASSWORD a.example.com\n");
    QCOMPARE(r.exitCode(), 0);
    QVERIFY(r.notes.isEmpty());
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject p = profileWithHost(r, QStringLiteral("a.example.com"));
    QCOMPARE(p.value(QLatin1String("secret")).toObject(), QJsonObject({{"source", "env"}, {"name", "NOIP_PASSWORD"}}));
    QCOMPARE(p.value(QLatin1String("ipv6")), QJsonValue(true));
    QVERIFY(r.secrets.isEmpty());
    QCOMPARE(r.config.value(QLatin1String("interval")).toString(), QStringLiteral("10m"));
    const QJsonObject detectors = r.config.value(QLatin1String("detectors")).toObject();
    QCOMPARE(detectors.value(QLatin1String("ipv4")).toArray(), QJsonArray({QJsonObject({{"type", "interface"}, {"name", "ppp0"}})}));
    QCOMPARE(detectors.value(QLatin1String("ipv6")).toArray(),
             QJsonArray({QJsonObject({{"type", "command"}, {"argv", QJsonArray{"/bin/sh", "-c", "ip -6 addr | head -1"}}})}));
}

void TestDdclientImporter::detection_data()
{
    QTest::addColumn<QByteArray>("use");
    QTest::addColumn<QJsonArray>("ipv4");     // the IPv4 detectors; empty: qddns's defaults
    QTest::addColumn<bool>("publishesIpv4");
    QTest::addColumn<QString>("note");        // the note about the detection, if any
    const auto web = [](const char *url) { return QJsonArray{QJsonObject{{"type", "web"}, {"url", url}}}; };
    QTest::newRow("use=web with a URL, http refused") << QByteArray("use=web, web=http://ip.example.net/raw")
                                                      << web("https://ip.example.net/raw") << true << "";
    QTest::newRow("use=web with a page that needs skipping")
        << QByteArray("use=web, web=ip.example.net/status, web-skip='IP Address'") << QJsonArray() << true << "bare address";
    QTest::newRow("checkip.dyndns.org answers HTML") << QByteArray("use=web, web=checkip.dyndns.org/") << QJsonArray() << true << "";
    QTest::newRow("use=cmd, a plain command") << QByteArray("use=cmd, cmd='/usr/bin/upnpc-ip --wan'")
                                              << QJsonArray{QJsonObject{{"type", "command"}, {"argv", QJsonArray{"/usr/bin/upnpc-ip", "--wan"}}}}
                                              << true << "";
    QTest::newRow("use=if without if= reads ppp0") << QByteArray("use=if")
                                                   << QJsonArray{QJsonObject{{"type", "interface"}, {"name", "ppp0"}}} << true << "";
    QTest::newRow("usev4=ifv4 on the default route") << QByteArray("usev4=ifv4") << QJsonArray() << true << "";
    QTest::newRow("a router's status page") << QByteArray("use=linksys, fw=gateway.example.net:80") << QJsonArray() << true << "router";
    QTest::newRow("a fixed address") << QByteArray("usev4=ipv4, ipv4=81.2.69.160, usev6=ifv6, ifv6=eth0")
                                     << QJsonArray() << false << "fixed IPv4 address";
}

void TestDdclientImporter::detection()
{
    QFETCH(QByteArray, use);
    QFETCH(QJsonArray, ipv4);
    QFETCH(bool, publishesIpv4);
    QFETCH(QString, note);
    const ImportResult r = import(ImportTool::Ddclient, use + "\nprotocol=noip, login=me, password=pw a.example.com\n");
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    QCOMPARE(r.config.value(QLatin1String("detectors")).toObject().value(QLatin1String("ipv4")).toArray(), ipv4);
    QCOMPARE(profileWithHost(r, QStringLiteral("a.example.com")).value(QLatin1String("ipv4")).toBool(true), publishesIpv4);
    if (note.isEmpty()) {
        QCOMPARE(r.exitCode(), 0);
    } else {
        QCOMPARE(r.notes.size(), 1);
        QVERIFY2(r.notes.first().why.contains(note), qPrintable(r.notes.first().why));
        QCOMPARE(r.notes.first().line, 1);
    }
}

void TestDdclientImporter::providerAvailability()
{
    const QByteArray conf = "protocol=namecheap, login=example.org, password=nc-pw www.example.org\n"
                            "protocol=noip, login=me, password=np-pw a.example.com\n";
    // Without a noip or namecheap provider (an older qddns), they are listed, not imported.
    ImportOptions older = options();
    QJsonArray providers;
    for (const QJsonValue &p : older.providers) {
        const QString id = p.toObject().value(QLatin1String("id")).toString();
        if (id != QLatin1String("noip") && id != QLatin1String("namecheap"))
            providers.append(p);
    }
    older.providers = providers;
    ImportResult r = import(ImportTool::Ddclient, conf, older);
    QVERIFY(profileWithHost(r, QStringLiteral("a.example.com")).isEmpty());
    QVERIFY(profileWithHost(r, QStringLiteral("www.example.org")).isEmpty());
    QVERIFY(noteAt(r, QStringLiteral("protocol"), 2).why.contains(QLatin1String("no provider for \"noip\"")));
    QVERIFY(noteAt(r, QStringLiteral("protocol"), 1).why.contains(QLatin1String("no provider for \"namecheap\"")));

    // This build has them: the table's mapping applies (Namecheap's login is the domain).
    r = import(ImportTool::Ddclient, conf);
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject nc = profileWithHost(r, QStringLiteral("www.example.org"));
    QCOMPARE(nc.value(QLatin1String("provider")).toString(), QStringLiteral("namecheap"));
    QCOMPARE(nc.value(QLatin1String("domain")).toString(), QStringLiteral("example.org"));
    QVERIFY(!nc.contains(QLatin1String("username")));
    QCOMPARE(secretOf(r, nc.value(QLatin1String("name")).toString()), QStringLiteral("nc-pw"));
    QCOMPARE(r.exitCode(), 0);
}

void TestDdclientImporter::hostsRelativeToTheLoginDomain()
{
    // Namecheap's and Enom's protocols name hosts relative to the domain in login; "@" is the domain.
    const QByteArray conf = "protocol=namecheap, login=example.org, password=nc-pw @,www,home.example.org\n"
                            "protocol=enom, login=example.net, password=en-pw mail\n";
    const ImportResult r = import(ImportTool::Ddclient, conf);
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject nc = profileWithHost(r, QStringLiteral("example.org"));
    QCOMPARE(nc.value(QLatin1String("provider")).toString(), QStringLiteral("namecheap"));
    QCOMPARE(hostsOf(nc), (QStringList{"example.org", "www.example.org", "home.example.org"}));
    QVERIFY(explanationAt(r, QStringLiteral("login"), 1).how.contains(QLatin1String("relative to the domain \"example.org\"")));
    const QJsonObject enom = profileWithHost(r, QStringLiteral("mail.example.net"));
    QCOMPARE(enom.value(QLatin1String("provider")).toString(), QStringLiteral("enom"));
    QVERIFY(!enom.contains(QLatin1String("username")));
    QCOMPARE(secretOf(r, enom.value(QLatin1String("name")).toString()), QStringLiteral("en-pw"));
    QCOMPARE(r.exitCode(), 0);
}

void TestDdclientImporter::serverThatIsNoServerName()
{
    // A provider's own server replaced by one that is no URL host (found by fuzz_import: the import
    // did not validate): noted at its line, the profile not imported, the other one is.
    const QByteArray conf = "protocol=namecheap, login=example.org, password=nc-pw, server=dynamicdns.park-you|-domain.com www\n"
                            "protocol=enom, login=example.net, password=en-pw mail\n";
    const ImportResult r = import(ImportTool::Ddclient, conf);
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    QVERIFY(profileWithHost(r, QStringLiteral("www.example.org")).isEmpty());
    QVERIFY(!profileWithHost(r, QStringLiteral("mail.example.net")).isEmpty());
    QVERIFY2(noteAt(r, QStringLiteral("server"), 1).why.contains(QLatin1String("is not a server name")),
             qPrintable(noteAt(r, QStringLiteral("server"), 1).why));
    QCOMPARE(r.exitCode(), 1);
}

void TestDdclientImporter::hostOutsideTheZone()
{
    // nsupdate's zone holds its hosts; one outside it is noted and left out, not written into a
    // configuration that does not validate (found by fuzz_import).
    const QByteArray conf = "protocol=nsupdate, server=ns1.example.com, zone=dyn.example.com, password=/etc/ddclient/dyn.key \\\n"
                            "  host.dyn.example.com,host.dyn.example.coms\n";
    const ImportResult r = import(ImportTool::Ddclient, conf);
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    QCOMPARE(hostsOf(profileWithHost(r, QStringLiteral("host.dyn.example.com"))), QStringList{"host.dyn.example.com"});
    QCOMPARE(r.notes.size(), 1);
    QVERIFY2(r.notes.first().why.contains(QLatin1String("\"host.dyn.example.coms\" of nsupdate is not in its zone \"dyn.example.com\"")),
             qPrintable(r.notes.first().why));
    QCOMPARE(r.exitCode(), 1);
}

void TestDdclientImporter::hostTheProviderRefuses()
{
    // DuckDNS updates only its own subdomains (its provider's validate() says so, not the generic
    // checks): a host outside duckdns.org is noted with the provider's reason and left out; a
    // profile left with no host is not imported, and its token is not stored.
    const QByteArray conf = "protocol=duckdns, password=duck-token-0123456789 home.example.org,good.duckdns.org\n"
                            "protocol=duckdns, password=duck-token-9876543210 nas.example.net\n";
    const ImportResult r = import(ImportTool::Ddclient, conf);
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonArray profiles = r.config.value(QLatin1String("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject duck = profiles.first().toObject();
    QCOMPARE(duck.value(QLatin1String("provider")).toString(), QStringLiteral("duckdns"));
    QCOMPARE(hostsOf(duck), QStringList{"good.duckdns.org"});
    QCOMPARE(r.secrets.size(), 1);
    QCOMPARE(r.secrets.first().value, QStringLiteral("duck-token-0123456789"));

    const Unsupported first = noteAt(r, QStringLiteral("protocol"), 1);
    QVERIFY2(first.why.contains(QLatin1String("host \"home.example.org\" of duckdns is refused by qddns's duckdns provider "
                                              "(\"home.example.org\" is not under duckdns.org")),
             qPrintable(first.why));
    QVERIFY2(first.why.endsWith(QLatin1String(": not imported")), qPrintable(first.why));
    QStringList second;
    for (const Unsupported &n : r.notes) {
        if (n.line == 2)
            second << n.why;
    }
    QCOMPARE(second.size(), 2);
    QVERIFY2(second.at(0).contains(QLatin1String("host \"nas.example.net\" of duckdns is refused")), qPrintable(second.at(0)));
    QCOMPARE(second.at(1), QStringLiteral("duckdns has no host qddns's duckdns provider takes: nothing imported"));
    QCOMPARE(r.notes.size(), 3);
    QCOMPARE(r.exitCode(), 1);
}

void TestDdclientImporter::profileTheProviderRefuses()
{
    // A refusal of the profile itself, not of a host (Cloudflare takes no TTL from 2 to 59
    // seconds): the profile is not imported, and the note names the setting and the reason.
    const QByteArray conf = "protocol=cloudflare, zone=example.com, ttl=10, password=cf-token-0123456789 cf.example.com\n"
                            "protocol=cloudflare, zone=example.com, ttl=300, password=cf-token-0123456789 ok.example.com\n";
    const ImportResult r = import(ImportTool::Ddclient, conf);
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonArray profiles = r.config.value(QLatin1String("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(hostsOf(profiles.first().toObject()), QStringList{"ok.example.com"});
    QCOMPARE(r.notes.size(), 1);
    QCOMPARE(r.notes.first().line, 1);
    QVERIFY2(r.notes.first().why.startsWith(QLatin1String("qddns's cloudflare provider refuses \"cf.example.com\" (ttl: Cloudflare accepts")),
             qPrintable(r.notes.first().why));
}

void TestDdclientImporter::dnsServerThatIsNoServerName()
{
    // nsupdate's server is the DNS server rfc2136 talks to; one that is no name is noted and its
    // profile left out, never written into a configuration that does not validate (found by fuzz_import).
    const QByteArray conf = "protocol=nsupdate, server=ns1.exa`mple.com, zone=dyn.example.com, password=/etc/ddclient/dyn.key \\\n"
                            "  host.dyn.example.com\n"
                            "protocol=nsupdate, server=ns2.example.com:, zone=dyn.example.net, password=/etc/ddclient/dyn.key \\\n"
                            "  host.dyn.example.net\n"
                            "protocol=nsupdate, server=ns3.example.com, zone=dyn.example.info, password=keys/dyn.key \\\n"
                            "  host.dyn.example.info\n"
                            "protocol=nsupdate, server=[2a02:8070:d18f:5a00::53]:5353, zone=dyn.example.org, password=/etc/ddclient/dyn.key \\\n"
                            "  host.dyn.example.org\n";
    const ImportResult r = import(ImportTool::Ddclient, conf);
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    QCOMPARE(profileWithHost(r, QStringLiteral("host.dyn.example.org")).value(QLatin1String("dnsServer")).toString(),
             QStringLiteral("[2a02:8070:d18f:5a00::53]:5353"));
    QVERIFY(profileWithHost(r, QStringLiteral("host.dyn.example.com")).isEmpty());
    QVERIFY(profileWithHost(r, QStringLiteral("host.dyn.example.net")).isEmpty());
    QVERIFY(profileWithHost(r, QStringLiteral("host.dyn.example.info")).isEmpty());
    QCOMPARE(r.notes.size(), 3);
    QVERIFY2(r.notes.at(2).why.contains(QLatin1String("key file \"keys/dyn.key\" is a relative path")), qPrintable(r.notes.at(2).why));
    QVERIFY2(r.notes.at(0).why.contains(QLatin1String("\"ns1.exa`mple.com\" is not a DNS server name")), qPrintable(r.notes.at(0).why));
    QVERIFY2(r.notes.at(1).why.contains(QLatin1String("\"ns2.example.com:\" is not a DNS server name")), qPrintable(r.notes.at(1).why));
    QCOMPARE(r.exitCode(), 1);
}

void TestDdclientImporter::getUrlServices()
{
    // 1984, DonDominio and FreeMyIP map onto their services; Directnic's gateway URL holds its
    // token, which qddns stores alone: a note says so, and the URL shows nowhere.
    const QByteArray conf = "protocol=1984, password=k1984-Api-Key home.example.is\n"
                            "protocol=dondominio, login=dd-user, password=dd-Api-Key home.example.es\n"
                            "protocol=freemyip, password=fmip-T0ken myhome.freemyip.com\n"
                            "protocol=directnic, urlv4=https://directnic.com/dns/gateway/dn-G4teway-Token/ dn.example.com\n";
    const ImportResult r = import(ImportTool::Ddclient, conf);
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonObject one = profileWithHost(r, QStringLiteral("home.example.is"));
    QCOMPARE(one.value(QLatin1String("provider")).toString(), QStringLiteral("1984"));
    QCOMPARE(secretOf(r, one.value(QLatin1String("name")).toString()), QStringLiteral("k1984-Api-Key"));
    const QJsonObject dd = profileWithHost(r, QStringLiteral("home.example.es"));
    QCOMPARE(dd.value(QLatin1String("provider")).toString(), QStringLiteral("dondominio"));
    QCOMPARE(dd.value(QLatin1String("username")).toString(), QStringLiteral("dd-user"));
    QCOMPARE(secretOf(r, dd.value(QLatin1String("name")).toString()), QStringLiteral("dd-Api-Key"));
    const QJsonObject fm = profileWithHost(r, QStringLiteral("myhome.freemyip.com"));
    QCOMPARE(fm.value(QLatin1String("provider")).toString(), QStringLiteral("freemyip"));
    QCOMPARE(secretOf(r, fm.value(QLatin1String("name")).toString()), QStringLiteral("fmip-T0ken"));
    bool directnicNote = false;
    for (const Unsupported &n : r.notes)
        directnicNote = directnicNote || (n.line == 4 && n.why.contains(QLatin1String("after /dns/gateway/")));
    QVERIFY(directnicNote);
    const QString leak = leakOf(visibleText(r), QStringLiteral("dn-G4teway-Token"));
    QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("found as \"%1\"").arg(leak)));
}

void TestDdclientImporter::clouDnsDynUrlNoted()
{
    // ddclient's cloudns calls a record's DynURL; qddns's cloudns speaks the HTTP API with an API
    // user: a note says what to set up instead, and the DynURL's token shows nowhere.
    const ImportResult r = import(ImportTool::Ddclient,
                                  "protocol=cloudns, dynurl=https://ipv4.cloudns.net/api/dynamicURL/?q=Q2xvdUROUy1UMGtlbg c.example.com\n");
    bool noted = false;
    for (const Unsupported &n : r.notes)
        noted = noted || (n.line == 1 && n.why.contains(QLatin1String("API & Resellers")));
    QVERIFY(noted);
    const QString leak = leakOf(visibleText(r), QStringLiteral("Q2xvdUROUy1UMGtlbg"));
    QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("found as \"%1\"").arg(leak)));
}

void TestDdclientImporter::secretInAnOrdinarySetting()
{
    // A login equal to the password would put the secret into the configuration: the profile
    // is left out instead, and no text shows the value.
    const ImportResult r = import(ImportTool::Ddclient,
                                  "protocol=noip, login=Same-Secret-77, password=Same-Secret-77 a.example.com\n"
                                  "protocol=noip, login=me, password=other-pw b.example.com\n");
    QVERIFY(profileWithHost(r, QStringLiteral("a.example.com")).isEmpty());
    QVERIFY(!profileWithHost(r, QStringLiteral("b.example.com")).isEmpty());
    QCOMPARE(r.exitCode(), 1);
    QVERIFY(leakOf(visibleText(r), QStringLiteral("Same-Secret-77")).isEmpty());
    for (const ImportedSecret &s : r.secrets)
        QVERIFY(s.value != QLatin1String("Same-Secret-77"));
}

void TestDdclientImporter::malformed_data()
{
    QTest::addColumn<QByteArray>("conf");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unterminated quote") << QByteArray("daemon=300\nprotocol=noip, login='me a.example.com\n") << 2 << "never closed";
    QTest::newRow("ends inside a continuation") << QByteArray("protocol=noip \\\n  login=me \\\n") << 1 << "continues it";
    QTest::newRow("a JSON file") << QByteArray("{\n  \"settings\": []\n}\n") << 1 << "option=value or a host name";
    QTest::newRow("too many words") << QByteArray("\nprotocol=noip a.example.com me pw extra\n") << 2 << "host[,host…] [login [password]]";
    QTest::newRow("no host at all") << QByteArray("daemon=300\nsyslog=yes\n") << 2 << "no host name";
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\0\0", 6) << 1 << "text file";
}

void TestDdclientImporter::malformed()
{
    QFETCH(QByteArray, conf);
    QFETCH(int, line);
    QFETCH(QString, expected);
    const ImportResult r = import(ImportTool::Ddclient, conf);
    QVERIFY(r.error);
    QCOMPARE(r.exitCode(), 2);
    QCOMPARE(r.error->line, line);
    QVERIFY2(r.error->expected.contains(expected), qPrintable(r.error->expected));
    QVERIFY(r.config.isEmpty());
    QVERIFY(r.secrets.isEmpty());
}

QTEST_GUILESS_MAIN(TestDdclientImporter)
#include "tst_ddclientimporter.moc"
