// LuaDNS's REST API as its documentation describes it: Basic auth with the email and API key,
// the zone's id from GET /v1/zones, the records from GET /v1/zones/{id}/records, PUT of the whole
// record (name, type, content, ttl: the record's own TTL kept) when it differs, POST when missing.
// Replies in tests/data/providers/luadns/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_luadns(ProviderList &list);
}

namespace {

const QString kEmail = "ops@example.com";
const QString kKey = "lua_7f3c9a1be04d4e2a8c6b5d1f0e9a8b7c";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.luadns.com/v1";

Exchange get(const QString &path, const QString &file, int status = 200)
{
    return exchange("luadns", "GET", kApi + path, std::nullopt, status, file);
}

Exchange write(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &file, int status = 200)
{
    return exchange("luadns", method, kApi + path, QJsonValue(body), status, file);
}

QJsonObject record(const QString &name, const QString &type, const QString &content, int ttl)
{
    return {{"name", name}, {"type", type}, {"content", content}, {"ttl", ttl}};
}

} // namespace

class TstLuaDnsProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void nothingSentWithoutCredentialsOrZone();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstLuaDnsProvider::initTestCase()
{
    Providers::add_luadns(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstLuaDnsProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("luadns"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation, QUrl("https://www.luadns.com/api.html"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://api.luadns.com"));
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.usernameLabel, QString("Email"));
    QCOMPARE(info.secret, Need::Required);
    QCOMPARE(info.secretLabel, QString("API key"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 1);
    QCOMPARE(info.options.first().key, QString("zone"));
    QVERIFY(info.options.first().required);
}

void TstLuaDnsProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome, "example.com"}}, {"zone", "Example.COM."}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome, "home.example.org"}}, {"zone", "example.com"}}, "profiles[1]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[1].hosts[1]"));
    QVERIFY2(errors.first().message.contains("home.example.org is not in the LuaDNS zone example.com"), qPrintable(errors.first().message));
    const QList<ConfigError> empty = m_provider->validate({{"hosts", QJsonArray{kHome}}, {"zone", " "}}, "profiles[2]");
    QCOMPARE(empty.size(), 1);
    QCOMPARE(empty.first().path, QString("profiles[2].zone"));
}

void TstLuaDnsProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QString>("server");
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString records = "/zones/5/records";
    const QString homeA = "/zones/5/records/115014348";

    QTest::newRow("A current: zones, records, no write")
        << QStringList{kHome} << true << false << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "records_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: PUT with the record's name and TTL")
        << QStringList{kHome} << true << false << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "records.json"),
                     write("PUT", homeA, record("home.example.com.", "A", kV4, 300), "record_home_a_written.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 900 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "records.json"),
                     write("PUT", homeA, record("home.example.com.", "A", kV4, 900), "record_home_a_written.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("missing: POST with the default TTL; a longer name in the zone is not taken for it")
        << QStringList{"me.example.com"} << true << false << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "records.json"),
                     write("POST", records, record("me.example.com.", "A", kV4, 3600), "record_home_a_created.json")}
        << ExpectedResults{{"me.example.com", RecordType::A, Outcome::Updated, "created A record me.example.com with 81.2.69.160"}};
    QTest::newRow("both families: A changed, AAAA current in another notation; one zone lookup")
        << QStringList{kHome} << true << true << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "records.json"),
                     write("PUT", homeA, record("home.example.com.", "A", kV4, 300), "record_home_a_written.json"),
                     get(records, "records.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("the zone apex, written in capitals with a final dot")
        << QStringList{"Example.COM."} << true << false << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "records.json"),
                     write("PUT", "/zones/5/records/115014345", record("example.com.", "A", kV4, 86400), "record_home_a_written.json")}
        << ExpectedResults{{"Example.COM.", RecordType::A, Outcome::Updated, "changed A record example.com from 81.2.69.150"}};
    QTest::newRow("zone not in the account: every record held, nothing more sent")
        << QStringList{kHome, "www.example.com"} << true << false << 0 << QString()
        << Exchanges{get("/zones", "zones_other.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "the zone example.com is not in this LuaDNS account"},
                           {"www.example.com", RecordType::A, Outcome::Rejected, "restricted to another zone"}};
    QTest::newRow("a host outside the zone: refused without a request, the other one updated")
        << QStringList{"home.example.org", kHome} << true << false << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "records_current.json")}
        << ExpectedResults{{"home.example.org", RecordType::A, Outcome::Rejected, "home.example.org is not in the zone example.com"},
                           {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("wrong key: held, nothing more sent")
        << QStringList{kHome} << true << true << 0 << QString()
        << Exchanges{get("/zones", "error_unauthorized.json", 401)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "LuaDNS refused the email and API key (HTTP 401: Invalid email or API key.)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "enable API access"}};
    QTest::newRow("API access disabled: 403 held")
        << QStringList{kHome} << true << false << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "error_forbidden.json", 403)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "API access is disabled"}};
    QTest::newRow("two A records of the name: refused, AAAA still done")
        << QStringList{kHome} << true << true << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "records_duplicate.json"), get(records, "records.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at LuaDNS"},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};
    QTest::newRow("validation error on the write: held")
        << QStringList{kHome} << true << false << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "records.json"),
                     write("PUT", homeA, record("home.example.com.", "A", kV4, 300), "error_validation.json", 422)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "LuaDNS refused the request (HTTP 422: Content is not a valid IPv4 address.)"}};
    QTest::newRow("accepted, but the record holds another address: retried")
        << QStringList{kHome} << true << false << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "records.json"),
                     write("PUT", homeA, record("home.example.com.", "A", kV4, 300), "record_home_a_other.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "accepted the change but the record holds 81.2.69.161"}};
    QTest::newRow("502 page on a read: retried, AAAA still tried")
        << QStringList{kHome} << true << true << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "bad_gateway.html", 502), get(records, "records.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "LuaDNS server error (HTTP 502)"},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};
    Exchange limited = get(records, "error_rate_limited.json", 429);
    limited.replyHeaders = {{"Retry-After", "120"}};
    QTest::newRow("429 with Retry-After: the rest not sent")
        << QStringList{kHome, "www.example.com"} << true << false << 0 << QString() << Exchanges{get("/zones", "zones.json"), limited}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "LuaDNS rate limit reached", false, 120},
                           {"www.example.com", RecordType::A, Outcome::RetryLater, "rate limit", false, 120}};
    QTest::newRow("HTML with 200 on the write: never a success")
        << QStringList{kHome} << true << false << 0 << QString()
        << Exchanges{get("/zones", "zones.json"), get(records, "records.json"),
                     write("PUT", homeA, record("home.example.com.", "A", kV4, 300), "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from LuaDNS (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("no answer to the zone list")
        << QStringList{kHome} << true << false << 0 << QString() << Exchanges{unreachable("GET", kApi + "/zones")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach LuaDNS: Connection timed out"}};
    Exchange other = get("/zones", "zones.json");
    other.url = "https://127.0.0.1:8443/lua/v1/zones";
    Exchange otherRecords = get(records, "records_current.json");
    otherRecords.url = "https://127.0.0.1:8443/lua/v1" + records;
    QTest::newRow("a server with a path keeps it")
        << QStringList{kHome} << true << false << 0 << QString("https://127.0.0.1:8443/lua/") << Exchanges{other, otherRecords}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, QString()}};
}

void TstLuaDnsProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(QString, server);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);

    UpdateRequest request;
    request.profileName = "home";
    request.hosts = hosts;
    if (v4)
        request.ipv4 = QHostAddress(kV4);
    if (v6)
        request.ipv6 = QHostAddress(kV6);
    request.username = kEmail;
    request.secret = kKey;
    request.credentials = {{"secret", kKey}};
    request.server = server.isEmpty() ? m_provider->info().defaultServer : QUrl(server);
    request.options = {{"zone", "example.com"}};
    if (ttl > 0)
        request.ttl = ttl;
    const HttpHeaders headers{{"Authorization", basicAuthorization(kEmail, kKey)}, {"Accept", "application/json"}};
    runExchanges(*m_provider, request, headers, exchanges, results);
}

void TstLuaDnsProvider::nothingSentWithoutCredentialsOrZone()
{
    UpdateRequest request;
    request.hosts = {kHome};
    request.ipv4 = QHostAddress(kV4);
    request.secret = kKey;
    request.credentials = {{"secret", kKey}};
    request.server = m_provider->info().defaultServer;
    request.options = {{"zone", "example.com"}};
    auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().size(), 1);
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(tx->results().first().message.contains("email and an API key"));

    request.username = kEmail;
    request.options = {};
    tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().first().outcome, Outcome::Rejected);
    QVERIFY(tx->results().first().message.contains("no LuaDNS zone is configured"));
}

QTEST_GUILESS_MAIN(TstLuaDnsProvider)
#include "tst_luadnsprovider.moc"
