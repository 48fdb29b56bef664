// Vultr's API v2 as its reference describes it: Bearer API key, GET
// /v2/domains/{domain}/records?per_page=500 (names relative, "" for the domain), PATCH of only the
// data (and the TTL the profile sets) answered 204 when the record differs, POST with name, type,
// data and ttl when missing. Replies in tests/data/providers/vultr/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_vultr(ProviderList &list);
}

namespace {

const QString kKey = "VULTRK3YQ2X7M4N9P8R5T6W1Z0A3B2C4D5E6";
const QString kHome = "home.example.com";
const QString kRecords = "https://api.vultr.com/v2/domains/example.com/records";
const QString kList = kRecords + "?per_page=500";
const QString kHomeA = kRecords + "/cb676a46-66fd-4dfb-b839-443f2e6c0b60";

Exchange list(const QString &file, int status = 200)
{
    return exchange("vultr", "GET", kList, std::nullopt, status, file);
}

Exchange patch(const QString &url, const QJsonObject &body, int status = 204, const QString &file = QString())
{
    return exchange("vultr", "PATCH", url, QJsonValue(body), status, file);
}

Exchange post(const QString &name, const QString &type, const QString &data, int ttl, const QString &file, int status = 201)
{
    return exchange("vultr", "POST", kRecords, QJsonValue(QJsonObject{{"name", name}, {"type", type}, {"data", data}, {"ttl", ttl}}),
                    status, file);
}

} // namespace

class TstVultrProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();
    void nothingSentWithoutKeyOrDomain();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstVultrProvider::initTestCase()
{
    Providers::add_vultr(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstVultrProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("vultr"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation.host(), QString("www.vultr.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://api.vultr.com"));
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secret, Need::Required);
    QCOMPARE(info.secretLabel, QString("API key"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.first().key, QString("zone"));
}

void TstVultrProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    QTest::newRow("A current: one read, no write")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: PATCH of the data only, 204")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records.json"), patch(kHomeA, {{"data", kTestV4}})}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 900 << Exchanges{list("records.json"), patch(kHomeA, {{"data", kTestV4}, {"ttl", 900}})}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("the domain itself: the record named \"\"")
        << QStringList{"example.com"} << true << false << 0
        << Exchanges{list("records.json"), patch(kRecords + "/0c1e4b6a-1111-4c3a-9a55-000000000003", {{"data", kTestV4}})}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com from 81.2.69.150"}};
    QTest::newRow("AAAA current in another notation")
        << QStringList{kHome} << false << true << 0 << Exchanges{list("records.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Unchanged, "already holds 2a02:8070:d18f:5a00::10"}};
    QTest::newRow("missing: POST with the default TTL")
        << QStringList{"www.example.com"} << true << false << 0
        << Exchanges{list("records.json"), post("www", "A", kTestV4, 300, "record_www_a_created.json")}
        << ExpectedResults{{"www.example.com", RecordType::A, Outcome::Updated, "created A record www.example.com with 81.2.69.160"}};
    QTest::newRow("missing: POST with the profile's TTL")
        << QStringList{kHome} << false << true << 3600
        << Exchanges{list("records_current.json"), post("home", "AAAA", kTestV6, 3600, "record_home_aaaa_created.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com"}};
    QTest::newRow("a created record holding another address")
        << QStringList{"www.example.com"} << true << false << 0
        << Exchanges{list("records.json"), post("www", "A", kTestV4, 300, "record_www_a_other.json")}
        << ExpectedResults{{"www.example.com", RecordType::A, Outcome::RetryLater, "Vultr accepted the record but it holds 81.2.69.170"}};
    QTest::newRow("missing on a first page with more: not created twice")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_paged.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "more records than Vultr lists on one page"}};
    QTest::newRow("two A records: refused")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_duplicate.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Vultr"}};
    QTest::newRow("invalid key: held, nothing more sent")
        << QStringList{kHome} << true << true << 0 << Exchanges{list("error_unauthorized.json", 401)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "Vultr refused the API key (HTTP 401: Invalid API token.)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "Access Control"}};
    QTest::newRow("address not in the access list: held")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("error_forbidden_ip.json", 403)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "HTTP 403: Unauthorized IP address: 81.2.69.160"}};
    QTest::newRow("unknown domain: refused")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("error_not_found.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "Vultr does not know the domain or record (HTTP 404: Domain not found)"}};
    QTest::newRow("TTL refused")
        << QStringList{kHome} << true << false << 60
        << Exchanges{list("records.json"), patch(kHomeA, {{"data", kTestV4}, {"ttl", 60}}, 400, "error_bad_ttl.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "Vultr refused the request (HTTP 400: Invalid TTL, must be at least 120.)"}};
    Exchange limited = list("error_rate_limited.json", 429);
    limited.replyHeaders = {{"Retry-After", "3"}};
    QTest::newRow("rate limited")
        << QStringList{kHome} << true << true << 0 << Exchanges{limited}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "Vultr rate limit reached (HTTP 429: Rate limit exceeded)", false, 3},
                           {kHome, RecordType::AAAA, Outcome::RetryLater, "rate limit", false, 3}};
    QTest::newRow("an update answered 200 with HTML: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records.json"), patch(kHomeA, {{"data", kTestV4}}, 200, "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Vultr (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("HTML with HTTP 200: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Vultr (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("JSON without a record list: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Vultr (HTTP 200, no record list)", true}};
    QTest::newRow("no answer")
        << QStringList{kHome} << true << false << 0 << Exchanges{unreachable("GET", kList)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach Vultr: Connection timed out"}};
}

void TstVultrProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    const UpdateRequest request = recordRequest(hosts, v4, v6, ttl, QUrl(), QString(), {{"secret", kKey}}, {{"zone", "example.com"}});
    runExchanges(*m_provider, request, {{"Authorization", "Bearer " + kKey.toUtf8()}}, exchanges, results);
}

void TstVultrProvider::nothingSentWithoutKeyOrDomain()
{
    const auto noKey = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {}, {{"zone", "example.com"}}));
    QVERIFY(!noKey->nextRequest());
    QCOMPARE(noKey->results().first().outcome, Outcome::AuthFailed);
    const auto outside = m_provider->start(recordRequest({"home.example.org"}, true, false, 0, QUrl(), QString(), {{"secret", kKey}},
                                                         {{"zone", "example.com"}}));
    QVERIFY(!outside->nextRequest());
    QCOMPARE(outside->results().first().outcome, Outcome::Rejected);
    QVERIFY(outside->results().first().message.contains("home.example.org is not in the zone example.com"));
}

QTEST_GUILESS_MAIN(TstVultrProvider)
#include "tst_vultrprovider.moc"
