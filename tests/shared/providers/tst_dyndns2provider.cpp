#include "providers/dyndns2provider.h"
#include "providers/providerregistry.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include "fakes/providertest.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qddns;
using namespace Qddns::Test;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kSecret = QStringLiteral("s3cr3t-P@ss:w0rd");
const QString kV4 = QStringLiteral("81.2.69.160");
const QString kV6 = QStringLiteral("2a02:8070:d18f:5a00::10");

QStringList numberedHosts(int count)
{
    QStringList hosts;
    for (int i = 1; i <= count; ++i)
        hosts.append(QStringLiteral("h%1.example.com").arg(i));
    return hosts;
}

QString joined(const QStringList &hosts) { return hosts.join(QLatin1Char(',')); }

QStringList repeated(const QString &value, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(value);
    return list;
}

// "200:good.txt" -> a reply; "error:Connection refused" -> a transport failure.
HttpReply reply(const QString &spec)
{
    HttpReply r;
    const QString kind = spec.section(QLatin1Char(':'), 0, 0);
    const QString rest = spec.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("error")) {
        r.error = rest;
        return r;
    }
    r.status = kind.toInt();
    r.body = providerData("dyndns2", rest);
    return r;
}

// Records of a request in the order resultsForAll() lists them: host by host, A before AAAA.
QList<std::pair<QString, RecordType>> records(const UpdateRequest &request)
{
    QList<std::pair<QString, RecordType>> list;
    for (const QString &host : request.hosts) {
        if (request.ipv4)
            list.append({host, RecordType::A});
        if (request.ipv6)
            list.append({host, RecordType::AAAA});
    }
    return list;
}

// The ids of the presets the built-in data file lists, as written there.
QStringList presetIdsInFile()
{
    QFile file(QStringLiteral(":/qddns/providers/dyndns2presets.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList ids;
    for (const QJsonValue &preset : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("presets")).toArray())
        ids.append(preset.toObject().value(QLatin1String("id")).toString());
    return ids;
}

} // namespace

class TstDyndns2Provider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void registryHasPresets();
    void describeHasEveryFormWord();
    void builtinPresetsParseCleanly();
    void invalidPresets_data();
    void invalidPresets();
    void validate_data();
    void validate();
    void requests_data();
    void requests();
    void replies_data();
    void replies();
    void laterRequests_data();
    void laterRequests();
    void unsupportedFamily();
    void noServer();
    void retryAfterHeader();

private:
    const Provider *provider(const QString &id) const { return m_registry->find(id); }
    UpdateRequest makeRequest(const Provider *p, const QStringList &hosts, bool v4, bool v6,
                              const QString &server = {}) const;
    // Runs a transaction, answering request i with replies[i]; returns the requests sent.
    QList<HttpRequest> run(UpdateTransaction &tx, const QStringList &replies) const;
    void checkResults(const UpdateRequest &request, const QList<RecordResult> &results,
                      const QStringList &expected) const;

    std::unique_ptr<ProviderRegistry> m_registry;
};

void TstDyndns2Provider::initTestCase()
{
    m_registry = std::make_unique<ProviderRegistry>();
}

UpdateRequest TstDyndns2Provider::makeRequest(const Provider *p, const QStringList &hosts, bool v4, bool v6,
                                              const QString &server) const
{
    UpdateRequest r;
    r.profileName = QStringLiteral("home");
    r.hosts = hosts;
    if (v4)
        r.ipv4 = QHostAddress(kV4);
    if (v6)
        r.ipv6 = QHostAddress(kV6);
    r.username = kUser;
    r.secret = kSecret;
    // What the engine does: the profile's server, else the provider's default.
    r.server = server.isEmpty() ? p->info().defaultServer : QUrl(server, QUrl::StrictMode);
    return r;
}

QList<HttpRequest> TstDyndns2Provider::run(UpdateTransaction &tx, const QStringList &replies) const
{
    QList<HttpRequest> sent;
    while (const auto request = tx.nextRequest()) {
        if (sent.size() >= replies.size()) {
            sent.append(*request);
            return sent;   // the caller's count check reports the surprise
        }
        sent.append(*request);
        tx.handleReply(reply(replies.at(sent.size() - 1)));
    }
    return sent;
}

// expected: one "outcome|text in the message" per record, in records() order.
void TstDyndns2Provider::checkResults(const UpdateRequest &request, const QList<RecordResult> &results,
                                      const QStringList &expected) const
{
    const auto wanted = records(request);
    QCOMPARE(results.size(), wanted.size());
    QCOMPARE(expected.size(), wanted.size());
    for (int i = 0; i < wanted.size(); ++i) {
        const auto &[host, type] = wanted.at(i);
        int matches = 0;
        for (const RecordResult &r : results) {
            if (r.host != host || r.type != type)
                continue;
            ++matches;
            const QString context = host + QLatin1Char(' ') + recordTypeName(type) + QLatin1String(": ") + r.message;
            QCOMPARE(outcomeName(r.outcome), expected.at(i).section(QLatin1Char('|'), 0, 0));
            const QString needle = expected.at(i).section(QLatin1Char('|'), 1);
            QVERIFY2(r.message.contains(needle), qPrintable(context));
            QVERIFY2(!r.message.contains(kSecret), qPrintable(context));
            QVERIFY2(!r.message.contains(QStringLiteral("s3cr3t")), qPrintable(context));
        }
        QVERIFY2(matches == 1, qPrintable(QStringLiteral("%1 results for %2 %3")
                                              .arg(matches)
                                              .arg(host, recordTypeName(type))));
    }
}

void TstDyndns2Provider::registryHasPresets()
{
    // Every preset of the data file, read from it: a preset is added there, not here.
    const QStringList required = presetIdsInFile();
    QVERIFY(required.size() > 1);
    for (const QString &id : required) {
        const Provider *p = provider(id);
        QVERIFY2(p, qPrintable(id));
        const ProviderInfo &info = p->info();
        QCOMPARE(info.id, id);
        QCOMPARE(info.protocol, QStringLiteral("dyndns2"));
        QVERIFY2(info.defaultServer.isValid() && !info.defaultServer.host().isEmpty(), qPrintable(id));
        QCOMPARE(info.defaultServer.scheme(), QStringLiteral("https"));
        QVERIFY2(!info.name.isEmpty() && !info.help.isEmpty() && !info.secretHelp.isEmpty(), qPrintable(id));
        QVERIFY2(info.website.startsWith(QLatin1String("https://")), qPrintable(id));
        QCOMPARE(info.secret, Need::Required);
        QVERIFY(info.options.isEmpty());
        QVERIFY(info.maxHostsPerRequest >= 1 && info.maxHostsPerRequest <= 20);
        QVERIFY(info.supportsIpv4 || info.supportsIpv6);
        QVERIFY(p->validate(QJsonObject{}, QStringLiteral("profiles[0]")).isEmpty());
        // Each service's own words for its form; none of them takes a TTL.
        QVERIFY2(!info.hostExample.isEmpty() && !info.secretLabel.isEmpty(), qPrintable(id));
        QVERIFY2(info.username == Need::Unused || !info.usernameLabel.isEmpty(), qPrintable(id));
        QVERIFY2(!info.supportsTtl, qPrintable(id));
        // Where its update API is documented (a date only once the preset was checked against it).
        QCOMPARE(info.documentation.scheme(), QStringLiteral("https"));
        QVERIFY2(info.category != ProviderCategory::Generic, qPrintable(id));
    }
    QCOMPARE(provider(QStringLiteral("noip"))->info().hostExample, QStringLiteral("myhome.ddns.net"));
    QCOMPARE(provider(QStringLiteral("noip"))->info().usernameLabel, QStringLiteral("Username or email"));
    QCOMPARE(provider(QStringLiteral("henet"))->info().secretLabel, QStringLiteral("DDNS key"));
    for (const QString &id : {QStringLiteral("henet"), QStringLiteral("nsupdate"), QStringLiteral("desec")}) {
        QCOMPARE(provider(id)->info().username, Need::Unused);
        QCOMPARE(provider(id)->info().maxHostsPerRequest, 1);
    }
    QCOMPARE(provider(QStringLiteral("noip"))->info().username, Need::Required);
    QCOMPARE(provider(QStringLiteral("dyndns"))->info().maxHostsPerRequest, 20);
    QVERIFY(!provider(QStringLiteral("dnsomatic"))->info().supportsIpv6);
    // myip=v4,v6 services may drop the family left out; per-family keys with a keep value, or
    // one request per family, do not need both.
    for (const QString &id : {QStringLiteral("dyndns2"), QStringLiteral("dyndns"), QStringLiteral("noip"),
                              QStringLiteral("strato")})
        QVERIFY2(provider(id)->info().sendsAllFamilies, qPrintable(id));
    for (const QString &id : {QStringLiteral("desec"), QStringLiteral("dynu"), QStringLiteral("henet"),
                              QStringLiteral("ovh"), QStringLiteral("nsupdate"), QStringLiteral("dnsomatic"),
                              QStringLiteral("corenetworks")})
        QVERIFY2(!provider(id)->info().sendsAllFamilies, qPrintable(id));

    const Provider *generic = provider(QStringLiteral("dyndns2"));
    QVERIFY(generic);
    QCOMPARE(generic->info().protocol, QStringLiteral("dyndns2"));
    QVERIFY(generic->info().defaultServer.isEmpty());
    QCOMPARE(generic->info().username, Need::Required);
    QCOMPARE(generic->info().secret, Need::Required);
    QCOMPARE(generic->info().maxHostsPerRequest, 20);
    QVERIFY(generic->info().options.isEmpty());
}

void TstDyndns2Provider::describeHasEveryFormWord()
{
    // What `providers --json` and the socket's `providers` give a form builder: every entry has
    // a host example and labels, generic ones where the provider has none of its own.
    const QJsonArray list = m_registry->describe();
    QVERIFY(list.size() > 15);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(QLatin1String("id")).toString();
        for (const char *key : {"hostExample", "usernameLabel", "secretLabel"})
            QVERIFY2(!entry.value(QLatin1String(key)).toString().isEmpty(), qPrintable(id + QLatin1Char(' ') + QLatin1String(key)));
        QVERIFY2(entry.value(QLatin1String("ttl")).isBool(), qPrintable(id));
        QVERIFY2(entry.value(QLatin1String("hostHelp")).isString(), qPrintable(id));
        // The metadata of issue 11: a category word, the documentation link, the check date when there is one.
        QVERIFY2(categoryFromName(entry.value(QLatin1String("category")).toString()).has_value(), qPrintable(id));
        QVERIFY2(entry.value(QLatin1String("documentation")).isString(), qPrintable(id));
        const QJsonValue checked = entry.value(QLatin1String("checked"));
        QVERIFY2(checked.isUndefined() || QDate::fromString(checked.toString(), Qt::ISODate).isValid(), qPrintable(id));
        byId.insert(id, entry);
    }
    const QJsonObject generic = byId.value(QStringLiteral("dyndns2"));
    QCOMPARE(generic.value(QLatin1String("usernameLabel")).toString(), QStringLiteral("Username"));
    QCOMPARE(generic.value(QLatin1String("secretLabel")).toString(), QStringLiteral("Password"));
    QCOMPARE(generic.value(QLatin1String("hostExample")).toString(), QStringLiteral("home.example.org"));
    const QJsonObject duck = byId.value(QStringLiteral("duckdns"));
    QCOMPARE(duck.value(QLatin1String("hostExample")).toString(), QStringLiteral("myhome"));
    QCOMPARE(duck.value(QLatin1String("secretLabel")).toString(), QStringLiteral("Token"));
    QCOMPARE(duck.value(QLatin1String("ttl")).toBool(), false);
    QCOMPARE(byId.value(QStringLiteral("cloudflare")).value(QLatin1String("ttl")).toBool(), true);
    QCOMPARE(byId.value(QStringLiteral("noip")).value(QLatin1String("usernameLabel")).toString(),
             QStringLiteral("Username or email"));
    QCOMPARE(byId.value(QStringLiteral("porkbun")).value(QLatin1String("category")).toString(), QStringLiteral("registrar"));
    QCOMPARE(byId.value(QStringLiteral("porkbun")).value(QLatin1String("documentation")).toString(),
             QStringLiteral("https://porkbun.com/api/json/v3/documentation"));
    QVERIFY(!byId.value(QStringLiteral("porkbun")).value(QLatin1String("checked")).toString().isEmpty());
    QCOMPARE(byId.value(QStringLiteral("custom")).value(QLatin1String("category")).toString(), QStringLiteral("generic"));
    const QJsonArray porkbunCredentials = byId.value(QStringLiteral("porkbun")).value(QLatin1String("credentials")).toArray();
    QCOMPARE(porkbunCredentials.size(), 2);
    QCOMPARE(porkbunCredentials.at(1).toObject().value(QLatin1String("id")).toString(), QStringLiteral("secretApiKey"));
    const QJsonArray cfOptions = byId.value(QStringLiteral("cloudflare")).value(QLatin1String("options")).toArray();
    QCOMPARE(cfOptions.at(0).toObject().value(QLatin1String("label")).toString(), QStringLiteral("Zone"));
}

void TstDyndns2Provider::builtinPresetsParseCleanly()
{
    QFile file(QStringLiteral(":/qddns/providers/dyndns2presets.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList errors;
    const QList<Dyndns2Preset> presets = parseDyndns2Presets(file.readAll(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(presets.size(), presetIdsInFile().size()); // none skipped
    QCOMPARE(builtinDyndns2Presets().size(), presets.size());
}

void TstDyndns2Provider::invalidPresets_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("not json") << QByteArray("{") << "not JSON";
    QTest::newRow("no array") << QByteArray(R"({"presets": {}})") << "\"presets\" array";
    QTest::newRow("http server") << QByteArray(R"({"presets": [{"id": "x", "server": "http://x.example"}]})")
                                 << "https URL";
    QTest::newRow("credentials in server")
        << QByteArray(R"({"presets": [{"id": "x", "server": "https://u:p@x.example"}]})") << "https URL";
    QTest::newRow("bad id") << QByteArray(R"({"presets": [{"id": "Bad Id", "server": "https://x.example"}]})")
                            << "\"id\"";
    QTest::newRow("generic id taken")
        << QByteArray(R"({"presets": [{"id": "dyndns2", "server": "https://x.example"}]})") << "duplicate";
    QTest::newRow("duplicate") << QByteArray(R"({"presets": [{"id": "x", "server": "https://x.example"},
                                                            {"id": "x", "server": "https://y.example"}]})")
                               << "duplicate";
    QTest::newRow("too many hosts")
        << QByteArray(R"({"presets": [{"id": "x", "server": "https://x.example", "maxHosts": 25}]})")
        << "maxHosts";
    QTest::newRow("relative path")
        << QByteArray(R"({"presets": [{"id": "x", "server": "https://x.example", "path": "nic"}]})") << "path";
    QTest::newRow("query value")
        << QByteArray(R"({"presets": [{"id": "x", "server": "https://x.example", "query": {"a": 1}}]})")
        << "query";
    QTest::newRow("empty basicUser")
        << QByteArray(R"({"presets": [{"id": "x", "server": "https://x.example", "basicUser": ""}]})")
        << "basicUser";
    QTest::newRow("basicUser with usernameIsHost")
        << QByteArray(R"({"presets": [{"id": "x", "server": "https://x.example", "basicUser": "u",
                                       "usernameIsHost": true}]})")
        << "basicUser";
    QTest::newRow("no family")
        << QByteArray(R"({"presets": [{"id": "x", "server": "https://x.example", "ipv4": false, "ipv6": false}]})")
        << "family";
    QTest::newRow("keep flag not a plain key")
        << QByteArray(R"({"presets": [{"id": "x", "server": "https://x.example", "ipv6KeepParam": "a b"}]})") << "param";
}

void TstDyndns2Provider::invalidPresets()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QStringList errors;
    const QList<Dyndns2Preset> presets = parseDyndns2Presets(json, &errors);
    QVERIFY2(errors.size() == 1 && errors.first().contains(errorPart), qPrintable(errors.join(QLatin1Char('\n'))));
    // A duplicate keeps the first preset; every other broken preset is skipped.
    QCOMPARE(presets.size(), QByteArray(QTest::currentDataTag()) == "duplicate" ? 1 : 0);
}

void TstDyndns2Provider::validate_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QString>("errorPart");   // empty: valid

    QTest::newRow("generic without server") << "dyndns2" << QByteArray(R"({"hosts": ["home.example.com"]})")
                                            << "no default server";
    QTest::newRow("generic empty server") << "dyndns2" << QByteArray(R"({"server": " "})") << "no default server";
    QTest::newRow("generic with server") << "dyndns2" << QByteArray(R"({"server": "https://dyn.example.net"})")
                                         << "";
    // The server's form (http(s) URL, type) is checked by the config, not again here.
    QTest::newRow("generic with a non-string server") << "dyndns2" << QByteArray(R"({"server": 5})") << "";
    QTest::newRow("preset without server") << "noip" << QByteArray(R"({})") << "";
    QTest::newRow("preset with server") << "noip" << QByteArray(R"({"server": "https://ddns.example.org"})") << "";
}

void TstDyndns2Provider::validate()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, profile);
    QFETCH(QString, errorPart);
    const Provider *p = this->provider(provider);
    QVERIFY(p);
    const QList<ConfigError> errors =
        p->validate(QJsonDocument::fromJson(profile).object(), QStringLiteral("profiles[0]"));
    if (errorPart.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QStringLiteral("profiles[0].server"));
    QVERIFY2(errors.first().message.contains(errorPart), qPrintable(errors.first().message));
}

void TstDyndns2Provider::requests_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<QString>("server");      // the profile's; empty: the provider's default
    QTest::addColumn<QStringList>("urls");    // every request, exactly as sent
    QTest::addColumn<QStringList>("users");   // Basic auth username of each request

    const QString home = QStringLiteral("home.example.com");
    const QString generic = QStringLiteral("https://dyn.example.net");
    const QString both = kV4 + QLatin1Char(',') + kV6;

    QTest::newRow("one host v4")
        << "dyndns2" << QStringList{home} << true << false << generic
        << QStringList{QStringLiteral("https://dyn.example.net/nic/update?hostname=home.example.com&myip=81.2.69.160")}
        << QStringList{kUser};
    QTest::newRow("one host v6")
        << "dyndns2" << QStringList{home} << false << true << generic
        << QStringList{QStringLiteral(
               "https://dyn.example.net/nic/update?hostname=home.example.com&myip=2a02:8070:d18f:5a00::10")}
        << QStringList{kUser};
    QTest::newRow("both families in one request")
        << "dyndns2" << QStringList{home} << true << true << generic
        << QStringList{QStringLiteral("https://dyn.example.net/nic/update?hostname=home.example.com&myip=") + both}
        << QStringList{kUser};
    QTest::newRow("three hosts")
        << "dyndns2"
        << QStringList{QStringLiteral("a.example.com"), QStringLiteral("b.example.com"), QStringLiteral("c.example.com")}
        << true << false << generic
        << QStringList{QStringLiteral(
               "https://dyn.example.net/nic/update?hostname=a.example.com,b.example.com,c.example.com&myip=81.2.69.160")}
        << QStringList{kUser};
    const QStringList hosts25 = numberedHosts(25);
    QTest::newRow("25 hosts in 20 + 5")
        << "dyndns2" << hosts25 << true << true << generic
        << QStringList{QStringLiteral("https://dyn.example.net/nic/update?hostname=") + joined(hosts25.mid(0, 20))
                           + QStringLiteral("&myip=") + both,
                       QStringLiteral("https://dyn.example.net/nic/update?hostname=") + joined(hosts25.mid(20))
                           + QStringLiteral("&myip=") + both}
        << QStringList{kUser, kUser};
    QTest::newRow("server override with path prefix")
        << "dyndns2" << QStringList{home} << true << false << QStringLiteral("https://ddns.example.org:8443/api/v1/")
        << QStringList{QStringLiteral(
               "https://ddns.example.org:8443/api/v1/nic/update?hostname=home.example.com&myip=81.2.69.160")}
        << QStringList{kUser};
    QTest::newRow("preset server override keeps preset path")
        << "noip" << QStringList{home} << true << false << QStringLiteral("https://ddns.example.org/prefix")
        << QStringList{QStringLiteral("https://ddns.example.org/prefix/nic/update?hostname=home.example.com&myip=81.2.69.160")}
        << QStringList{kUser};
    QTest::newRow("server with its own query")
        << "dyndns2" << QStringList{home} << true << false << QStringLiteral("https://dyn.example.net/?account=7")
        << QStringList{QStringLiteral(
               "https://dyn.example.net/nic/update?account=7&hostname=home.example.com&myip=81.2.69.160")}
        << QStringList{kUser};
    QTest::newRow("dyndns both families")
        << "dyndns" << QStringList{home, QStringLiteral("cam.example.com")} << true << true << QString()
        << QStringList{QStringLiteral("https://members.dyndns.org/nic/update?hostname=home.example.com,cam.example.com&myip=")
                       + both}
        << QStringList{kUser};
    QTest::newRow("noip both families")
        << "noip" << QStringList{home} << true << true << QString()
        << QStringList{QStringLiteral("https://dynupdate.no-ip.com/nic/update?hostname=home.example.com&myip=") + both}
        << QStringList{kUser};
    QTest::newRow("strato both families in one request")
        << "strato" << QStringList{home} << true << true << QString()
        << QStringList{QStringLiteral("https://dyndns.strato.com/nic/update?hostname=home.example.com&myip=") + both}
        << QStringList{kUser};
    QTest::newRow("ovh system=dyndns, one request per family and host")
        << "ovh" << QStringList{home, QStringLiteral("cam.example.com")} << true << true << QString()
        << QStringList{
               QStringLiteral("https://dns.eu.ovhapis.com/nic/update?system=dyndns&hostname=home.example.com&myip=81.2.69.160"),
               QStringLiteral("https://dns.eu.ovhapis.com/nic/update?system=dyndns&hostname=home.example.com&myip=") + kV6,
               QStringLiteral("https://dns.eu.ovhapis.com/nic/update?system=dyndns&hostname=cam.example.com&myip=81.2.69.160"),
               QStringLiteral("https://dns.eu.ovhapis.com/nic/update?system=dyndns&hostname=cam.example.com&myip=") + kV6}
        << repeated(kUser, 4);
    QTest::newRow("changeip: no system parameter")
        << "changeip" << QStringList{home} << true << false << QString()
        << QStringList{QStringLiteral("https://nic.changeip.com/nic/update?hostname=home.example.com&myip=81.2.69.160")}
        << QStringList{kUser};
    QTest::newRow("nsupdate one request per family, host is username")
        << "nsupdate" << QStringList{QStringLiteral("home.nsupdate.info")} << true << true << QString()
        << QStringList{QStringLiteral("https://nsupdate.info/nic/update?hostname=home.nsupdate.info&myip=81.2.69.160"),
                       QStringLiteral("https://nsupdate.info/nic/update?hostname=home.nsupdate.info&myip=") + kV6}
        << repeated(QStringLiteral("home.nsupdate.info"), 2);
    QTest::newRow("henet username is each host")
        << "henet" << QStringList{home, QStringLiteral("cam.example.com")} << true << true << QString()
        << QStringList{QStringLiteral("https://dyn.dns.he.net/nic/update?hostname=home.example.com&myip=81.2.69.160"),
                       QStringLiteral("https://dyn.dns.he.net/nic/update?hostname=home.example.com&myip=") + kV6,
                       QStringLiteral("https://dyn.dns.he.net/nic/update?hostname=cam.example.com&myip=81.2.69.160"),
                       QStringLiteral("https://dyn.dns.he.net/nic/update?hostname=cam.example.com&myip=") + kV6}
        << QStringList{home, home, QStringLiteral("cam.example.com"), QStringLiteral("cam.example.com")};
    QTest::newRow("desec v4 keeps AAAA")
        << "desec" << QStringList{QStringLiteral("home.dedyn.io")} << true << false << QString()
        << QStringList{QStringLiteral(
               "https://update.dedyn.io/nic/update?hostname=home.dedyn.io&myipv4=81.2.69.160&myipv6=preserve")}
        << QStringList{QStringLiteral("home.dedyn.io")};
    QTest::newRow("desec both families")
        << "desec" << QStringList{QStringLiteral("home.dedyn.io")} << true << true << QString()
        << QStringList{QStringLiteral("https://update.dedyn.io/nic/update?hostname=home.dedyn.io&myipv4=81.2.69.160&myipv6=")
                       + kV6}
        << QStringList{QStringLiteral("home.dedyn.io")};
    QTest::newRow("dynu v6 keeps A")
        << "dynu" << QStringList{home} << false << true << QString()
        << QStringList{QStringLiteral("https://api.dynu.com/nic/update?hostname=home.example.com&myip=no&myipv6=") + kV6}
        << QStringList{kUser};
    QTest::newRow("dynu both families")
        << "dynu" << QStringList{home} << true << true << QString()
        << QStringList{QStringLiteral("https://api.dynu.com/nic/update?hostname=home.example.com&myip=81.2.69.160&myipv6=")
                       + kV6}
        << QStringList{kUser};
    QTest::newRow("loopia root path")
        << "loopia" << QStringList{home} << true << false << QString()
        << QStringList{QStringLiteral("https://dyndns.loopia.se/?hostname=home.example.com&myip=81.2.69.160")}
        << QStringList{kUser};
    QTest::newRow("infomaniak one request per family")
        << "infomaniak" << QStringList{home} << true << true << QString()
        << QStringList{QStringLiteral("https://infomaniak.com/nic/update?hostname=home.example.com&myip=81.2.69.160"),
                       QStringLiteral("https://infomaniak.com/nic/update?hostname=home.example.com&myip=") + kV6}
        << repeated(kUser, 2);
    QTest::newRow("international name as punycode")
        << "dyndns2" << QStringList{QStringLiteral("b\u00FCcher.example.com")} << true << false << generic
        << QStringList{QStringLiteral(
               "https://dyn.example.net/nic/update?hostname=xn--bcher-kva.example.com&myip=81.2.69.160")}
        << QStringList{kUser};
    QTest::newRow("odd characters are percent-encoded")
        << "dyndns2" << QStringList{QStringLiteral("a&b=c#d.example.com")} << true << false << generic
        << QStringList{QStringLiteral(
               "https://dyn.example.net/nic/update?hostname=a%26b%3Dc%23d.example.com&myip=81.2.69.160")}
        << QStringList{kUser};
}

void TstDyndns2Provider::requests()
{
    QFETCH(QString, provider);
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(QString, server);
    QFETCH(QStringList, urls);
    QFETCH(QStringList, users);
    const Provider *p = this->provider(provider);
    QVERIFY(p);

    const UpdateRequest request = makeRequest(p, hosts, v4, v6, server);
    const auto tx = p->start(request);
    const QList<HttpRequest> sent = run(*tx, repeated(QStringLiteral("200:good-bare.txt"), urls.size()));
    QCOMPARE(sent.size(), urls.size());
    for (int i = 0; i < sent.size(); ++i) {
        const HttpRequest &http = sent.at(i);
        const QUrl expected(urls.at(i), QUrl::StrictMode);
        QVERIFY(expected.isValid());
        QCOMPARE(http.method, QByteArray("GET"));
        QCOMPARE(http.url.scheme(), QStringLiteral("https"));
        QCOMPARE(http.url.host(), expected.host());
        QCOMPARE(http.url.port(), expected.port());
        QCOMPARE(http.url.path(), expected.path());
        QCOMPARE(decodedQueryItems(http.url), decodedQueryItems(expected));
        QCOMPARE(http.url.toEncoded(), expected.toEncoded());   // the exact bytes, literal ',' and ':'
        QVERIFY(http.url.userInfo().isEmpty());
        QVERIFY(http.body.isEmpty());
        QCOMPARE(http.headers.size(), 1);
        QCOMPARE(http.headers.first().first, QByteArray("Authorization"));
        const QByteArray authorization = http.header("Authorization");
        QVERIFY(authorization.startsWith("Basic "));
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6))),
                 users.at(i) + QLatin1Char(':') + kSecret);
        QVERIFY(!http.url.toString().contains(kSecret));
    }
    const auto wanted = records(request);
    checkResults(request, tx->results(), repeated(QStringLiteral("updated|(good)"), wanted.size()));
}

void TstDyndns2Provider::replies_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<QString>("reply");           // see reply()
    QTest::addColumn<QStringList>("expected");    // "outcome|message part" per record
    QTest::addColumn<int>("minDelay");            // seconds, for every result

    const QStringList one{QStringLiteral("home.example.com")};
    const QStringList three{QStringLiteral("a.example.com"), QStringLiteral("b.example.com"),
                            QStringLiteral("c.example.com")};
    const QString generic = QStringLiteral("dyndns2");
    auto row = [&](const char *name, const QString &provider, const QStringList &hosts, bool v4, bool v6,
                   const QString &reply, const QStringList &expected, int minDelay = 0) {
        QTest::newRow(name) << provider << hosts << v4 << v6 << reply << expected << minDelay;
    };

    row("good", generic, one, true, false, QStringLiteral("200:good.txt"), {QStringLiteral("updated|now has 81.2.69.160 (good)")});
    row("good v6", generic, one, false, true, QStringLiteral("200:good-v6.txt"), {QStringLiteral("updated|now has 2a02:8070:d18f:5a00::10")});
    row("good both families", generic, one, true, true, QStringLiteral("200:good-both.txt"),
        {QStringLiteral("updated|now has 81.2.69.160 (good)"), QStringLiteral("updated|now has 2a02:8070:d18f:5a00::10 (good)")});
    row("nochg", generic, one, true, false, QStringLiteral("200:nochg.txt"), {QStringLiteral("unchanged|already had 81.2.69.160 (nochg)")});
    row("one line per host mixed", generic, three, true, false, QStringLiteral("200:mixed.txt"),
        {QStringLiteral("updated|(good)"), QStringLiteral("unchanged|(nochg)"), QStringLiteral("rejected|(nohost)")});
    row("CRLF lines", generic, three.mid(0, 2), true, false, QStringLiteral("200:two-lines-crlf.txt"),
        {QStringLiteral("updated|(good)"), QStringLiteral("unchanged|(nochg)")});
    row("single good for several hosts", QStringLiteral("dyndns"), three, true, true, QStringLiteral("200:good-bare.txt"),
        repeated(QStringLiteral("updated|(good)"), 6));
    row("badauth once for three hosts", generic, three, true, false, QStringLiteral("200:badauth.txt"),
        repeated(QStringLiteral("auth-failed|rejected the username or password (badauth); fix the profile's credentials"), 3));
    row("nohost", generic, one, true, false, QStringLiteral("200:nohost.txt"), {QStringLiteral("rejected|does not exist in this account (nohost)")});
    row("notfqdn", generic, one, true, false, QStringLiteral("200:notfqdn.txt"), {QStringLiteral("rejected|(notfqdn)")});
    row("numhost", generic, one, true, false, QStringLiteral("200:numhost.txt"), {QStringLiteral("rejected|(numhost)")});
    row("badagent", generic, one, true, false, QStringLiteral("200:badagent.txt"), {QStringLiteral("rejected|(badagent)")});
    row("!donator", generic, one, true, false, QStringLiteral("200:donator.txt"), {QStringLiteral("rejected|(!donator)")});
    row("!yours", generic, one, true, false, QStringLiteral("200:yours.txt"), {QStringLiteral("rejected|(!yours)")});
    row("abuse", generic, one, true, true, QStringLiteral("200:abuse.txt"),
        repeated(QStringLiteral("abuse|blocked this host for abuse (abuse)"), 2));
    row("911", generic, three, true, false, QStringLiteral("200:911.txt"),
        repeated(QStringLiteral("retry|(911); qddns will retry in 30 minutes"), 3), 1800);
    row("dnserr", generic, one, true, false, QStringLiteral("200:dnserr.txt"), {QStringLiteral("retry|(dnserr)")}, 1800);
    row("HTTP 500", generic, one, true, true, QStringLiteral("500:error500.html"),
        repeated(QStringLiteral("retry|HTTP 500"), 2));
    row("HTTP 502 empty", generic, one, true, false, QStringLiteral("502:empty.txt"), {QStringLiteral("retry|HTTP 502")});
    row("HTTP 429", generic, one, true, false, QStringLiteral("429:empty.txt"), {QStringLiteral("retry|HTTP 429")});
    row("HTTP 401", generic, one, true, false, QStringLiteral("401:unauthorized.txt"),
        {QStringLiteral("auth-failed|HTTP 401: the provider refused the username or password")});
    row("HTTP 401 badauth", QStringLiteral("nsupdate"), {QStringLiteral("home.nsupdate.info")}, true, false,
        QStringLiteral("401:badauth.txt"), {QStringLiteral("auth-failed|HTTP 401")});
    row("HTTP 403", generic, one, true, false, QStringLiteral("403:login.html"), {QStringLiteral("auth-failed|HTTP 403")});
    row("HTTP 404 nohost (deSEC)", QStringLiteral("desec"), {QStringLiteral("home.dedyn.io")}, true, true,
        QStringLiteral("404:nohost.txt"), repeated(QStringLiteral("rejected|(nohost)"), 2));
    row("HTTP 400 good is not success", generic, one, true, false, QStringLiteral("400:good.txt"),
        {QStringLiteral("retry|reply (HTTP 400) is not a DynDNS2 status: \"good 81.2.69.160\"")});
    row("transport error", generic, three, true, false, QStringLiteral("error:Connection refused"),
        repeated(QStringLiteral("retry|could not reach the provider (Connection refused)"), 3));
    row("HTML body", generic, one, true, false, QStringLiteral("200:login.html"),
        {QStringLiteral("retry|web page instead of a DynDNS2 status: \"<!DOCTYPE html> <html> <head><title>Sign in")});
    row("empty body", generic, one, true, false, QStringLiteral("200:empty.txt"), {QStringLiteral("retry|empty reply")});
    row("unknown text", generic, one, true, false, QStringLiteral("200:unknown.txt"),
        {QStringLiteral("retry|not a DynDNS2 status: \"Greetings, your request was accepted\"")});
    row("fewer lines than hosts", generic, three, true, false, QStringLiteral("200:two-lines-crlf.txt"),
        {QStringLiteral("updated|(good)"), QStringLiteral("unchanged|(nochg)"),
         QStringLiteral("retry|no status for this host (2 lines for 3 hostnames)")});
    row("reply quoting the secret", generic, one, true, false, QStringLiteral("200:echo-secret.txt"),
        {QStringLiteral("retry|password *** is not valid")});
    row("infomaniak successfully_changed", QStringLiteral("infomaniak"), one, true, false,
        QStringLiteral("200:infomaniak-changed.txt"), {QStringLiteral("updated|(good)")});
    row("infomaniak no_change", QStringLiteral("infomaniak"), one, true, false,
        QStringLiteral("200:infomaniak-nochange.txt"), {QStringLiteral("unchanged|(nochg)")});
    // A success naming another address than the one sent is a failure to retry, never "published".
    row("good with another address", generic, one, true, false, QStringLiteral("200:good-other.txt"),
        {QStringLiteral("retry|reported success for 9.9.9.9 instead of the address sent, 81.2.69.160")});
    row("good 127.0.0.1 (a blocked client)", generic, one, true, false, QStringLiteral("200:good-blocked.txt"),
        {QStringLiteral("retry|reported success for 127.0.0.1 instead of the address sent, 81.2.69.160")});
    row("nochg with another address", generic, one, true, false, QStringLiteral("200:nochg-other.txt"),
        {QStringLiteral("retry|reported success for 81.2.69.161 instead")});
    row("good v6 with another address", generic, one, false, true, QStringLiteral("200:good-other-v6.txt"),
        {QStringLiteral("retry|instead of the address sent, 2a02:8070:d18f:5a00::10")});
    row("good both, AAAA differs", generic, one, true, true, QStringLiteral("200:good-v6-differs.txt"),
        {QStringLiteral("updated|now has 81.2.69.160 (good)"), QStringLiteral("retry|instead of the address sent, 2a02:8070:d18f:5a00::10")});
    row("good with only the other family's address", generic, one, true, true, QStringLiteral("200:good.txt"),
        {QStringLiteral("updated|now has 81.2.69.160 (good)"), QStringLiteral("updated|now has 2a02:8070:d18f:5a00::10 (good)")});
    row("badip", generic, one, true, false, QStringLiteral("200:badip.txt"),
        {QStringLiteral("rejected|refused the address 81.2.69.160 (badip)")});
    // dy.fi sends no address (the sender's is taken): the one it reports back is still checked.
    row("dyfi good with another address", QStringLiteral("dyfi"), {QStringLiteral("home.dy.fi")}, true, false,
        QStringLiteral("200:good-other.txt"), {QStringLiteral("retry|reported success for 9.9.9.9 instead")});
    row("aliases are per preset", generic, one, true, false, QStringLiteral("200:infomaniak-changed.txt"),
        {QStringLiteral("retry|not a DynDNS2 status")});
}

void TstDyndns2Provider::replies()
{
    QFETCH(QString, provider);
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(QString, reply);
    QFETCH(QStringList, expected);
    QFETCH(int, minDelay);
    const Provider *p = this->provider(provider);
    QVERIFY(p);

    const UpdateRequest request =
        makeRequest(p, hosts, v4, v6, p->info().defaultServer.isEmpty() ? QStringLiteral("https://dyn.example.net") : QString());
    const auto tx = p->start(request);
    const QList<HttpRequest> sent = run(*tx, {reply});
    QCOMPARE(sent.size(), 1);
    QVERIFY(!tx->nextRequest());
    const QList<RecordResult> results = tx->results();
    checkResults(request, results, expected);
    for (const RecordResult &r : results) {
        if (minDelay > 0)
            QVERIFY2(r.minRetryDelay >= std::chrono::seconds(minDelay), qPrintable(r.message));
        else
            QCOMPARE(r.minRetryDelay.count(), 0);
    }
}

void TstDyndns2Provider::laterRequests_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<QStringList>("replies");     // one per request expected to be sent
    QTest::addColumn<QStringList>("expected");    // "outcome|message part" per record

    const QStringList hosts25 = numberedHosts(25);
    const QStringList two{QStringLiteral("home.example.com"), QStringLiteral("cam.example.com")};

    QTest::newRow("badauth: the second batch is not sent")
        << "dyndns2" << hosts25 << true << false << QStringList{QStringLiteral("200:badauth.txt")}
        << repeated(QStringLiteral("auth-failed|(badauth)"), 20) + repeated(QStringLiteral("auth-failed|not sent"), 5);
    QTest::newRow("HTTP 401: the second batch is not sent")
        << "dyndns2" << hosts25 << true << false << QStringList{QStringLiteral("401:unauthorized.txt")}
        << repeated(QStringLiteral("auth-failed|HTTP 401"), 20) + repeated(QStringLiteral("auth-failed|not sent"), 5);
    QTest::newRow("911: the second batch is not sent")
        << "dyndns2" << hosts25 << true << false << QStringList{QStringLiteral("200:911.txt")}
        << repeated(QStringLiteral("retry|(911)"), 20) + repeated(QStringLiteral("retry|not sent"), 5);
    QTest::newRow("transport error: the second batch is not sent")
        << "dyndns2" << hosts25 << true << false << QStringList{QStringLiteral("error:Host not found")}
        << repeated(QStringLiteral("retry|could not reach"), 25);
    QTest::newRow("nohost: the second batch is still sent")
        << "dyndns2" << hosts25 << true << false
        << QStringList{QStringLiteral("200:nohost.txt"), QStringLiteral("200:good-bare.txt")}
        << repeated(QStringLiteral("rejected|(nohost)"), 20) + repeated(QStringLiteral("updated|(good)"), 5);
    QTest::newRow("abuse is per host: the second batch is still sent")
        << "dyndns2" << hosts25 << true << false
        << QStringList{QStringLiteral("200:abuse.txt"), QStringLiteral("200:good-bare.txt")}
        << repeated(QStringLiteral("abuse|(abuse)"), 20) + repeated(QStringLiteral("updated|(good)"), 5);
    QTest::newRow("ovh badauth: the other family is not sent")
        << "ovh" << two.mid(0, 1) << true << true << QStringList{QStringLiteral("200:badauth.txt")}
        << QStringList{QStringLiteral("auth-failed|(badauth)"), QStringLiteral("auth-failed|not sent")};
    QTest::newRow("henet badauth: other hosts have their own credentials")
        << "henet" << two << true << false
        << QStringList{QStringLiteral("200:badauth.txt"), QStringLiteral("200:good.txt")}
        << QStringList{QStringLiteral("auth-failed|(badauth)"), QStringLiteral("updated|(good)")};
    QTest::newRow("henet badauth on A: AAAA of that host is not sent")
        << "henet" << two << true << true
        << QStringList{QStringLiteral("200:badauth.txt"), QStringLiteral("200:good.txt"),
                       QStringLiteral("200:good-v6.txt")}
        << QStringList{QStringLiteral("auth-failed|(badauth)"), QStringLiteral("auth-failed|not sent"),
                       QStringLiteral("updated|81.2.69.160"), QStringLiteral("updated|2a02:8070:d18f:5a00::10")};
}

void TstDyndns2Provider::laterRequests()
{
    QFETCH(QString, provider);
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(QStringList, replies);
    QFETCH(QStringList, expected);
    const Provider *p = this->provider(provider);
    QVERIFY(p);

    const UpdateRequest request =
        makeRequest(p, hosts, v4, v6, p->info().defaultServer.isEmpty() ? QStringLiteral("https://dyn.example.net") : QString());
    const auto tx = p->start(request);
    const QList<HttpRequest> sent = run(*tx, replies);
    QCOMPARE(sent.size(), replies.size());
    QVERIFY(!tx->nextRequest());
    checkResults(request, tx->results(), expected);
}

void TstDyndns2Provider::unsupportedFamily()
{
    const Provider *p = provider(QStringLiteral("dnsomatic"));
    QVERIFY(p);
    const UpdateRequest request = makeRequest(p, {QStringLiteral("home.example.com")}, true, true);
    const auto tx = p->start(request);
    const QList<HttpRequest> sent = run(*tx, {QStringLiteral("200:good.txt")});
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().url.toEncoded(),
             QByteArray("https://updates.dnsomatic.com/nic/update?hostname=home.example.com&myip=81.2.69.160"));
    checkResults(request, tx->results(),
                 {QStringLiteral("updated|(good)"), QStringLiteral("rejected|does not support IPv6 (AAAA)")});

    // Nothing to send at all: the results are there before any request.
    const UpdateRequest v6Only = makeRequest(p, {QStringLiteral("home.example.com")}, false, true);
    const auto tx6 = p->start(v6Only);
    QVERIFY(!tx6->nextRequest());
    checkResults(v6Only, tx6->results(), {QStringLiteral("rejected|IPv6")});
}

void TstDyndns2Provider::noServer()
{
    // validate() prevents this; the provider still answers every record without sending.
    const Provider *p = provider(QStringLiteral("dyndns2"));
    QVERIFY(p);
    const UpdateRequest request = makeRequest(p, {QStringLiteral("home.example.com")}, true, true);
    QVERIFY(request.server.isEmpty());
    const auto tx = p->start(request);
    QVERIFY(!tx->nextRequest());
    checkResults(request, tx->results(), repeated(QStringLiteral("rejected|no server is set"), 2));
}

void TstDyndns2Provider::retryAfterHeader()
{
    const Provider *p = provider(QStringLiteral("noip"));
    QVERIFY(p);
    const UpdateRequest request = makeRequest(p, {QStringLiteral("home.example.com")}, true, false);
    const auto tx = p->start(request);
    QVERIFY(tx->nextRequest());
    HttpReply limited;
    limited.status = 429;
    limited.headers.append({QByteArray("Retry-After"), QByteArray("120")});
    tx->handleReply(limited);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().size(), 1);
    QCOMPARE(tx->results().first().outcome, Outcome::RetryLater);
    QCOMPARE(tx->results().first().minRetryDelay, std::chrono::seconds(120));

    // A huge Retry-After must not park the record for decades: capped at the longest backoff.
    const auto tx2 = p->start(request);
    QVERIFY(tx2->nextRequest());
    limited.headers = {{QByteArray("Retry-After"), QByteArray("2147483647")}};
    tx2->handleReply(limited);
    QCOMPARE(tx2->results().first().minRetryDelay, kMaxRetryDelay);
}

QTEST_GUILESS_MAIN(TstDyndns2Provider)
#include "tst_dyndns2provider.moc"
