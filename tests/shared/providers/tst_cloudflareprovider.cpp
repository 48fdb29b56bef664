#include "providers/provider.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include "fakes/providertest.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_cloudflare(ProviderList &list);
}

namespace {

const QString kToken = QStringLiteral("Zx9-tok3n_NEVER_LEAK_41a7c0d2e5f6");
const QString kZoneId = QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353");
const QString kHomeA = QStringLiteral("372e67954025e0ba6aaa6d586b9e0b59");
const QString kApexA = QStringLiteral("372e67954025e0ba6aaa6d586b9e0b5a");
const QString kHomeAaaa = QStringLiteral("9a7806061c88ada191ed06f989cc3dac");
const QString kWwwA = QStringLiteral("b0bc6e5fc1b4b2e6e7a2c7b8c9d0e1f2");
const QString kV4 = QStringLiteral("81.2.69.160");
const QString kV6 = QStringLiteral("2a02:8070:d18f:5a00::10");
const QString kHome = QStringLiteral("home.example.com");
const QString kWww = QStringLiteral("www.example.com");

using QueryItems = QList<std::pair<QString, QString>>;

/// One request the transaction must send and the reply fed back for it.
struct Exchange
{
    QByteArray method;
    QString path;           ///< below the server's path
    QueryItems query;
    QJsonObject body;       ///< empty: no body expected
    int status = 200;
    QString replyFile;      ///< tests/data/providers/cloudflare/<file>
    QString transportError; ///< set: no HTTP answer
    QByteArray retryAfter;
};

struct ExpectedResult
{
    QString host;
    RecordType type;
    Outcome outcome;
    QString messagePart;
    int minRetryDelay = 0;
};

using Exchanges = QList<Exchange>;
using ExpectedResults = QList<ExpectedResult>;

Exchange zoneLookup(int status, const QString &file)
{
    return {"GET", QStringLiteral("/client/v4/zones"), {{QStringLiteral("name"), QStringLiteral("example.com")}}, {},
            status, file, {}, {}};
}

Exchange readRecords(const QString &type, const QString &name, int status, const QString &file)
{
    return {"GET", QStringLiteral("/client/v4/zones/%1/dns_records").arg(kZoneId),
            {{QStringLiteral("type"), type}, {QStringLiteral("name"), name}}, {}, status, file, {}, {}};
}

Exchange patchRecord(const QString &id, const QJsonObject &body, int status, const QString &file)
{
    return {"PATCH", QStringLiteral("/client/v4/zones/%1/dns_records/%2").arg(kZoneId, id), {}, body, status, file, {}, {}};
}

Exchange createRecord(const QJsonObject &body, int status, const QString &file)
{
    return {"POST", QStringLiteral("/client/v4/zones/%1/dns_records").arg(kZoneId), {}, body, status, file, {}, {}};
}

Exchange transportFailure(Exchange exchange, const QString &error)
{
    exchange.status = 0;
    exchange.replyFile.clear();
    exchange.transportError = error;
    return exchange;
}

Exchange withRetryAfter(Exchange exchange, const QByteArray &seconds)
{
    exchange.retryAfter = seconds;
    return exchange;
}

QJsonObject createBody(const QString &type, const QString &name, const QString &content, int ttl = 1,
                       bool proxied = false)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("name"), name},
            {QStringLiteral("content"), content},
            {QStringLiteral("ttl"), ttl},
            {QStringLiteral("proxied"), proxied}};
}

QJsonObject contentBody(const QString &content)
{
    return {{QStringLiteral("content"), content}};
}

QJsonObject zoneOptions(const QJsonObject &extra = {})
{
    QJsonObject options{{QStringLiteral("zone"), QStringLiteral("example.com")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        options.insert(it.key(), it.value());
    return options;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstCloudflareProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate_data();
    void validate();
    void transaction_data();
    void transaction();
    void noTokenSendsNothing();
    void noZoneSendsNothing();
    void nothingToPublish();

private:
    void verifyRequest(const HttpRequest &request, const Exchange &expected, const QString &pathPrefix, int index);

    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstCloudflareProvider::initTestCase()
{
    Providers::add_cloudflare(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstCloudflareProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QStringLiteral("cloudflare"));
    QCOMPARE(info.name, QStringLiteral("Cloudflare"));
    QCOMPARE(info.defaultServer, QUrl(QStringLiteral("https://api.cloudflare.com")));
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secret, Need::Required);
    QVERIFY(info.secretHelp.contains(QLatin1String("Zone:Zone:Read")));
    QVERIFY(info.secretHelp.contains(QLatin1String("Zone:DNS:Edit")));
    QVERIFY(info.maxHostsPerRequest > 1);
    QVERIFY(info.supportsIpv4);
    QVERIFY(info.supportsIpv6);
    QVERIFY(info.supportsTtl); // the one provider that sends the profile's "ttl"
    QCOMPARE(info.secretLabel, QStringLiteral("API token"));
    QCOMPARE(info.hostExample, QStringLiteral("home.example.com"));

    QCOMPARE(info.options.size(), 2);
    const ProviderOption &zone = info.options.at(0);
    QCOMPARE(zone.key, QStringLiteral("zone"));
    QCOMPARE(zone.kind, ProviderOption::Kind::String);
    QVERIFY(zone.required);
    QCOMPARE(zone.label, QStringLiteral("Zone"));
    const ProviderOption &proxied = info.options.at(1);
    QCOMPARE(proxied.key, QStringLiteral("proxied"));
    QCOMPARE(proxied.kind, ProviderOption::Kind::Bool);
    QVERIFY(!proxied.required);
    // Not set must stay distinguishable from false (see the provider): no default.
    QVERIFY(proxied.defaultValue.isUndefined() || proxied.defaultValue.isNull());
}

void TstCloudflareProvider::validate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QStringList>("errorPaths");

    const QString p0 = QStringLiteral("profiles[0]");
    QTest::newRow("valid") << p0
                           << QByteArray(R"({"hosts":["home.example.com","example.com","*.example.com"],
                                             "zone":"example.com","ttl":300,"proxied":true})")
                           << QStringList();
    QTest::newRow("case and trailing dot") << p0
                                           << QByteArray(R"({"hosts":["HOME.Example.com."],"zone":"Example.COM."})")
                                           << QStringList();
    // The generic checks report a missing required option; the provider must not repeat it.
    QTest::newRow("missing zone: left to the generic check") << p0 << QByteArray(R"({"hosts":["home.example.com"]})")
                                                             << QStringList();
    QTest::newRow("blank zone") << QStringLiteral("profiles[3]") << QByteArray(R"({"hosts":["home.example.com"],"zone":" "})")
                                << QStringList{QStringLiteral("profiles[3].zone")};
    QTest::newRow("hosts outside zone")
        << QStringLiteral("profiles[2]")
        << QByteArray(R"({"hosts":["home.example.com","home.example.org","badexample.com","example.com.evil.net"],
                          "zone":"example.com"})")
        << QStringList{QStringLiteral("profiles[2].hosts[1]"), QStringLiteral("profiles[2].hosts[2]"),
                       QStringLiteral("profiles[2].hosts[3]")};
    QTest::newRow("ttl automatic") << p0 << QByteArray(R"({"hosts":["example.com"],"zone":"example.com","ttl":1})")
                                   << QStringList();
    QTest::newRow("ttl 60") << p0 << QByteArray(R"({"hosts":["example.com"],"zone":"example.com","ttl":60})")
                            << QStringList();
    QTest::newRow("ttl 86400") << p0 << QByteArray(R"({"hosts":["example.com"],"zone":"example.com","ttl":86400})")
                               << QStringList();
    QTest::newRow("ttl 2") << p0 << QByteArray(R"({"hosts":["example.com"],"zone":"example.com","ttl":2})")
                           << QStringList{QStringLiteral("profiles[0].ttl")};
    QTest::newRow("ttl 59") << p0 << QByteArray(R"({"hosts":["example.com"],"zone":"example.com","ttl":59})")
                            << QStringList{QStringLiteral("profiles[0].ttl")};
    // Outside 1..86400 or not whole: the generic ttl check reports it, not the provider.
    QTest::newRow("ttl 0: left to the generic check")
        << p0 << QByteArray(R"({"hosts":["example.com"],"zone":"example.com","ttl":0})") << QStringList();
    QTest::newRow("ttl 86401: left to the generic check")
        << p0 << QByteArray(R"({"hosts":["example.com"],"zone":"example.com","ttl":86401})") << QStringList();
}

void TstCloudflareProvider::validate()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, profile);
    QFETCH(QStringList, errorPaths);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(profile, &parseError);
    QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
    const QList<ConfigError> errors = m_provider->validate(doc.object(), path);
    QStringList paths;
    for (const ConfigError &e : errors) {
        paths.append(e.path);
        QVERIFY(!e.message.isEmpty());
    }
    QCOMPARE(paths, errorPaths);
}

void TstCloudflareProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("pathPrefix");
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString A = QStringLiteral("A");
    const QString AAAA = QStringLiteral("AAAA");
    const QString none;
    const QString server = QStringLiteral("https://api.cloudflare.com");
    const auto zoneOk = zoneLookup(200, QStringLiteral("zones_example_com.json"));
    const auto homeAWritten = QStringLiteral("record_home_a_written.json");

    QTest::newRow("A current: two GETs, no write")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_current.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, QStringLiteral("already holds 81.2.69.160")}};

    QTest::newRow("A stale: one PATCH with the new content")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_stale.json")),
                     patchRecord(kHomeA, contentBody(kV4), 200, homeAWritten)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, QStringLiteral("from 81.2.69.161 to 81.2.69.160")}};

    QTest::newRow("A missing: one POST")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_empty.json")),
                     createRecord(createBody(A, kHome, kV4), 200, homeAWritten)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, QStringLiteral("created A record")}};

    QTest::newRow("AAAA stale: one PATCH")
        << QStringList{kHome} << none << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(AAAA, kHome, 200, QStringLiteral("records_home_aaaa_stale.json")),
                     patchRecord(kHomeAaaa, contentBody(kV6), 200, QStringLiteral("record_home_aaaa_written.json"))}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, kV6}};

    QTest::newRow("both families, one host: PATCH A, POST AAAA")
        << QStringList{kHome} << kV4 << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_stale.json")),
                     patchRecord(kHomeA, contentBody(kV4), 200, homeAWritten),
                     readRecords(AAAA, kHome, 200, QStringLiteral("records_empty.json")),
                     createRecord(createBody(AAAA, kHome, kV6), 200, QStringLiteral("record_home_aaaa_written.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, QStringLiteral("changed")},
                           {kHome, RecordType::AAAA, Outcome::Updated, QStringLiteral("created AAAA record")}};

    QTest::newRow("both families current (AAAA written uncompressed): one zone lookup, no write")
        << QStringList{kHome} << kV4 << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_current.json")),
                     readRecords(AAAA, kHome, 200, QStringLiteral("records_home_aaaa_current_uncompressed.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, QString()},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};

    QTest::newRow("two hosts: one current, one stale")
        << QStringList{kHome, kWww} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_current.json")),
                     readRecords(A, kWww, 200, QStringLiteral("records_www_a_stale.json")),
                     patchRecord(kWwwA, contentBody(kV4), 200, QStringLiteral("record_www_a_written.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, QString()},
                           {kWww, RecordType::A, Outcome::Updated, QString()}};

    QTest::newRow("zone apex as host")
        << QStringList{QStringLiteral("example.com")} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk,
                     readRecords(A, QStringLiteral("example.com"), 200, QStringLiteral("records_apex_a_stale.json")),
                     patchRecord(kApexA, contentBody(kV4), 200, QStringLiteral("record_apex_a_written.json"))}
        << ExpectedResults{{QStringLiteral("example.com"), RecordType::A, Outcome::Updated, QString()}};

    QTest::newRow("host spelled differently: API gets the canonical name, result the given one")
        << QStringList{QStringLiteral("Home.Example.com.")} << kV4 << none
        << QJsonObject{{QStringLiteral("zone"), QStringLiteral("EXAMPLE.com")}} << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_current.json"))}
        << ExpectedResults{{QStringLiteral("Home.Example.com."), RecordType::A, Outcome::Unchanged, QString()}};

    QTest::newRow("zone not found: every record rejected")
        << QStringList{kHome, kWww} << kV4 << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneLookup(200, QStringLiteral("zones_empty.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, QStringLiteral("not found or token has no access")},
                           {kHome, RecordType::AAAA, Outcome::Rejected, QStringLiteral("not found or token has no access")},
                           {kWww, RecordType::A, Outcome::Rejected, QStringLiteral("not found or token has no access")},
                           {kWww, RecordType::AAAA, Outcome::Rejected, QStringLiteral("not found or token has no access")}};

    QTest::newRow("same zone pending and active: the active one is used")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneLookup(200, QStringLiteral("zones_pending_and_active.json")),
                     readRecords(A, kHome, 200, QStringLiteral("records_home_a_current.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, QString()}};

    const QString authNeeds = QStringLiteral("Zone:DNS:Edit");
    QTest::newRow("403 on zone lookup: every record AuthFailed")
        << QStringList{kHome, kWww} << kV4 << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneLookup(403, QStringLiteral("error_authentication.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, QStringLiteral("code 10000: Authentication error")},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, authNeeds},
                           {kWww, RecordType::A, Outcome::AuthFailed, QStringLiteral("HTTP 403")},
                           {kWww, RecordType::AAAA, Outcome::AuthFailed, authNeeds}};

    QTest::newRow("401 invalid token on zone lookup")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneLookup(401, QStringLiteral("error_invalid_token.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, QStringLiteral("code 9109: Invalid access token")}};

    QTest::newRow("400 malformed Authorization header is an auth failure")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneLookup(400, QStringLiteral("error_invalid_headers.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed,
                            QStringLiteral("code 6111: Invalid format for Authorization header")}};

    QTest::newRow("500 on record read: RetryLater, AAAA still tried")
        << QStringList{kHome} << kV4 << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 500, QStringLiteral("error_internal.json")),
                     readRecords(AAAA, kHome, 200, QStringLiteral("records_home_aaaa_current.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, QStringLiteral("HTTP 500, code 10001")},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};

    QTest::newRow("502 HTML page on record read: RetryLater")
        << QStringList{kHome, kWww} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 502, QStringLiteral("bad_gateway.html")),
                     readRecords(A, kWww, 200, QStringLiteral("records_www_a_stale.json")),
                     patchRecord(kWwwA, contentBody(kV4), 200, QStringLiteral("record_www_a_written.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, QStringLiteral("HTTP 502")},
                           {kWww, RecordType::A, Outcome::Updated, QString()}};

    QTest::newRow("several records of one type and name: Rejected, no write, AAAA still tried")
        << QStringList{kHome} << kV4 << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_duplicate.json")),
                     readRecords(AAAA, kHome, 200, QStringLiteral("records_home_aaaa_current.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, QStringLiteral("will not guess")},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};

    QTest::newRow("non-JSON body on zone lookup: every record RetryLater")
        << QStringList{kHome} << kV4 << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneLookup(200, QStringLiteral("not_json.html"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, QStringLiteral("not the API's JSON")},
                           {kHome, RecordType::AAAA, Outcome::RetryLater, QStringLiteral("Network login")}};

    QTest::newRow("non-JSON body on record read: RetryLater, next host tried")
        << QStringList{kHome, kWww} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("not_json.html")),
                     readRecords(A, kWww, 200, QStringLiteral("records_www_a_stale.json")),
                     patchRecord(kWwwA, contentBody(kV4), 200, QStringLiteral("record_www_a_written.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, QStringLiteral("not the API's JSON")},
                           {kWww, RecordType::A, Outcome::Updated, QString()}};

    QTest::newRow("403 on write: the rest is not sent and fails the same way")
        << QStringList{kHome, kWww} << kV4 << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_stale.json")),
                     patchRecord(kHomeA, contentBody(kV4), 403, QStringLiteral("error_authentication.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, QStringLiteral("code 10000")},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, QStringLiteral("code 10000")},
                           {kWww, RecordType::A, Outcome::AuthFailed, QStringLiteral("code 10000")},
                           {kWww, RecordType::AAAA, Outcome::AuthFailed, QStringLiteral("code 10000")}};

    QTest::newRow("400 on create: Rejected with the API's error, AAAA still tried")
        << QStringList{kHome} << kV4 << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_empty.json")),
                     createRecord(createBody(A, kHome, kV4), 400, QStringLiteral("error_record_exists.json")),
                     readRecords(AAAA, kHome, 200, QStringLiteral("records_home_aaaa_current.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected,
                            QStringLiteral("code 81053: An A, AAAA, or CNAME record with that host already exists")},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};

    QTest::newRow("400 validation chain on PATCH: Rejected")
        << QStringList{kHome} << kV4 << none << zoneOptions({{QStringLiteral("proxied"), true}}) << 0 << server
        << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_stale.json")),
                     patchRecord(kHomeA, QJsonObject{{QStringLiteral("content"), kV4}, {QStringLiteral("proxied"), true}},
                                 400, QStringLiteral("error_validation.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected,
                            QStringLiteral("code 1004: DNS Validation Error; code 9041: This DNS record cannot be proxied.")}};

    QTest::newRow("429 on record read: RetryLater with Retry-After, the rest not sent")
        << QStringList{kHome, kWww} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, withRetryAfter(readRecords(A, kHome, 429, QStringLiteral("error_rate_limited.json")), "120")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, QStringLiteral("code 971"), 120},
                           {kWww, RecordType::A, Outcome::RetryLater, QStringLiteral("rate limit"), 120}};

    // Retry-After: 2147483647 once scheduled the retry in 2094; the one parser caps it at 6 hours.
    QTest::newRow("429 with a huge Retry-After: capped at 6 hours")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, withRetryAfter(readRecords(A, kHome, 429, QStringLiteral("error_rate_limited.json")), "2147483647")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, QStringLiteral("code 971"), 6 * 3600}};

    QTest::newRow("transport error on zone lookup: every record RetryLater")
        << QStringList{kHome} << kV4 << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{transportFailure(zoneOk, QStringLiteral("Connection timed out"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, QStringLiteral("Connection timed out")},
                           {kHome, RecordType::AAAA, Outcome::RetryLater, QStringLiteral("Connection timed out")}};

    QTest::newRow("transport error on record read: the rest not sent")
        << QStringList{kHome} << kV4 << kV6 << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, transportFailure(readRecords(A, kHome, 0, {}), QStringLiteral("Connection refused"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, QStringLiteral("Connection refused")},
                           {kHome, RecordType::AAAA, Outcome::RetryLater, QStringLiteral("Connection refused")}};

    QTest::newRow("token in a transport error is masked")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{transportFailure(zoneOk, QStringLiteral("proxy said: bad header Bearer ") + kToken)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, QStringLiteral("Bearer ***")}};

    QTest::newRow("record deleted before PATCH: RetryLater")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_stale.json")),
                     patchRecord(kHomeA, contentBody(kV4), 404, QStringLiteral("error_record_missing.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, QStringLiteral("code 81044")}};

    QTest::newRow("write reply holds another address: RetryLater")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 0 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_stale.json")),
                     patchRecord(kHomeA, contentBody(kV4), 200, QStringLiteral("record_home_a_written_other.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, QStringLiteral("holds 81.2.69.161")}};

    QTest::newRow("POST with proxied: automatic TTL whatever the profile's ttl")
        << QStringList{kHome} << kV4 << none << zoneOptions({{QStringLiteral("proxied"), true}}) << 300 << server
        << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_empty.json")),
                     createRecord(createBody(A, kHome, kV4, 1, true), 200, QStringLiteral("record_home_a_written_proxied.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, QString()}};

    QTest::newRow("POST with ttl")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 300 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_empty.json")),
                     createRecord(createBody(A, kHome, kV4, 300, false), 200, homeAWritten)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, QString()}};

    QTest::newRow("PATCH with explicit proxied false and ttl")
        << QStringList{kHome} << kV4 << none << zoneOptions({{QStringLiteral("proxied"), false}}) << 120 << server
        << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_stale_proxied.json")),
                     patchRecord(kHomeA,
                                 QJsonObject{{QStringLiteral("content"), kV4}, {QStringLiteral("proxied"), false},
                                             {QStringLiteral("ttl"), 120}},
                                 200, homeAWritten)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, QString()}};

    QTest::newRow("PATCH with ttl, proxied not set: the record's proxying is kept")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 120 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_stale.json")),
                     patchRecord(kHomeA, QJsonObject{{QStringLiteral("content"), kV4}, {QStringLiteral("ttl"), 120}},
                                 200, homeAWritten)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, QString()}};

    QTest::newRow("PATCH of a proxied record: no ttl sent")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 120 << server << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_stale_proxied.json")),
                     patchRecord(kHomeA, contentBody(kV4), 200, QStringLiteral("record_home_a_written_proxied.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, QString()}};

    QTest::newRow("PATCH with explicit proxied true: no ttl sent")
        << QStringList{kHome} << kV4 << none << zoneOptions({{QStringLiteral("proxied"), true}}) << 120 << server
        << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_stale.json")),
                     patchRecord(kHomeA, QJsonObject{{QStringLiteral("content"), kV4}, {QStringLiteral("proxied"), true}},
                                 200, QStringLiteral("record_home_a_written_proxied.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, QString()}};

    QTest::newRow("server with a path keeps it")
        << QStringList{kHome} << kV4 << none << zoneOptions() << 0 << QStringLiteral("https://api.cloudflare.com/gw/")
        << QStringLiteral("/gw")
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_current.json"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, QString()}};

    QTest::newRow("host outside the zone: rejected without a request")
        << QStringList{QStringLiteral("home.example.org"), kHome} << kV4 << none << zoneOptions() << 0 << server
        << QString()
        << Exchanges{zoneOk, readRecords(A, kHome, 200, QStringLiteral("records_home_a_current.json"))}
        << ExpectedResults{{QStringLiteral("home.example.org"), RecordType::A, Outcome::Rejected,
                            QStringLiteral("not in the zone example.com")},
                           {kHome, RecordType::A, Outcome::Unchanged, QString()}};
}

void TstCloudflareProvider::verifyRequest(const HttpRequest &request, const Exchange &expected,
                                          const QString &pathPrefix, int index)
{
    const QByteArray where = "request " + QByteArray::number(index);
    QVERIFY2(request.method == expected.method, where.constData());
    QCOMPARE(request.url.scheme(), QStringLiteral("https"));
    QCOMPARE(request.url.host(), QStringLiteral("api.cloudflare.com"));
    QCOMPARE(request.url.path(), pathPrefix + expected.path);

    QueryItems query = QUrlQuery(request.url).queryItems(QUrl::FullyDecoded);
    QueryItems expectedQuery = expected.query;
    std::sort(query.begin(), query.end());
    std::sort(expectedQuery.begin(), expectedQuery.end());
    QCOMPARE(query, expectedQuery);

    QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + kToken.toUtf8());
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
            QVERIFY2(!value.contains(kToken.toUtf8()), name.constData());
    }
    QVERIFY(!request.url.toString(QUrl::FullyEncoded).contains(kToken));
    QVERIFY(!request.url.path(QUrl::FullyDecoded).contains(kToken));
    QVERIFY(!request.url.query(QUrl::FullyDecoded).contains(kToken));
    QVERIFY(!request.body.contains(kToken.toUtf8()));

    if (expected.body.isEmpty()) {
        QVERIFY2(request.body.isEmpty(), request.body.constData());
        QVERIFY(request.header("Content-Type").isEmpty());
        return;
    }
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
    const QJsonObject body = doc.object();
    QCOMPARE(sortedKeys(body), sortedKeys(expected.body));
    for (const QString &key : expected.body.keys()) {
        QVERIFY2(body.value(key) == expected.body.value(key), qPrintable(QStringLiteral("field %1: %2").arg(key,
                     QString::fromUtf8(request.body))));
    }
}

void TstCloudflareProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(QString, ipv4);
    QFETCH(QString, ipv6);
    QFETCH(QJsonObject, options);
    QFETCH(int, ttl);
    QFETCH(QString, server);
    QFETCH(QString, pathPrefix);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);

    UpdateRequest request;
    request.profileName = QStringLiteral("home");
    request.hosts = hosts;
    if (!ipv4.isEmpty())
        request.ipv4 = QHostAddress(ipv4);
    if (!ipv6.isEmpty())
        request.ipv6 = QHostAddress(ipv6);
    request.secret = kToken;
    request.server = QUrl(server);
    if (ttl > 0)
        request.ttl = ttl;
    request.options = options;

    const auto tx = m_provider->start(request);
    for (int i = 0; i < exchanges.size(); ++i) {
        const Exchange &exchange = exchanges.at(i);
        const std::optional<HttpRequest> sent = tx->nextRequest();
        QVERIFY2(sent, qPrintable(QStringLiteral("request %1 (%2 %3) was not sent")
                                      .arg(i)
                                      .arg(QString::fromLatin1(exchange.method), exchange.path)));
        // Asking again before a reply must not advance the transaction.
        const std::optional<HttpRequest> again = tx->nextRequest();
        QVERIFY(again);
        QCOMPARE(again->url, sent->url);
        QCOMPARE(again->body, sent->body);

        verifyRequest(*sent, exchange, pathPrefix, i);
        if (QTest::currentTestFailed())
            return;

        HttpReply reply;
        reply.status = exchange.status;
        reply.error = exchange.transportError;
        if (!exchange.replyFile.isEmpty())
            reply.body = providerData("cloudflare", exchange.replyFile);
        if (!exchange.retryAfter.isEmpty())
            reply.headers.append({QByteArray("Retry-After"), exchange.retryAfter});
        tx->handleReply(reply);
    }
    const std::optional<HttpRequest> extra = tx->nextRequest();
    QVERIFY2(!extra, extra ? qPrintable(QString::fromLatin1(extra->method) + QLatin1Char(' ')
                                        + extra->url.toString()) : "");

    const QList<RecordResult> actual = tx->results();
    QCOMPARE(actual.size(), results.size());
    for (int i = 0; i < results.size(); ++i) {
        const RecordResult &got = actual.at(i);
        const ExpectedResult &want = results.at(i);
        QCOMPARE(got.host, want.host);
        QCOMPARE(got.type, want.type);
        QVERIFY2(got.outcome == want.outcome,
                 qPrintable(QStringLiteral("result %1: %2 (%3)").arg(i).arg(outcomeName(got.outcome), got.message)));
        QVERIFY(!got.message.isEmpty());
        QVERIFY2(got.message.contains(want.messagePart, Qt::CaseInsensitive), qPrintable(got.message));
        QVERIFY2(!got.message.contains(kToken), qPrintable(got.message));
        QCOMPARE(got.minRetryDelay.count(), qint64(want.minRetryDelay));
    }
}

void TstCloudflareProvider::noTokenSendsNothing()
{
    UpdateRequest request;
    request.hosts = {kHome};
    request.ipv4 = QHostAddress(kV4);
    request.ipv6 = QHostAddress(kV6);
    request.server = m_provider->info().defaultServer;
    request.options = zoneOptions();
    const auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    const QList<RecordResult> results = tx->results();
    QCOMPARE(results.size(), 2);
    for (const RecordResult &r : results)
        QCOMPARE(r.outcome, Outcome::AuthFailed);
}

void TstCloudflareProvider::noZoneSendsNothing()
{
    UpdateRequest request;
    request.hosts = {kHome};
    request.ipv4 = QHostAddress(kV4);
    request.secret = kToken;
    request.server = m_provider->info().defaultServer;
    const auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    const QList<RecordResult> results = tx->results();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, Outcome::Rejected);
    QVERIFY(results.first().message.contains(QLatin1String("zone")));
}

void TstCloudflareProvider::nothingToPublish()
{
    UpdateRequest request;
    request.hosts = {kHome};
    request.secret = kToken;
    request.options = zoneOptions();
    const auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QVERIFY(tx->results().isEmpty());
}

QTEST_GUILESS_MAIN(TstCloudflareProvider)
#include "tst_cloudflareprovider.moc"
