// Spaceship's API as its reference describes it: X-API-Key and X-API-Secret, GET
// /api/v1/dns/records/{domain}?take=500&skip=0, PUT of the record (name, type, address, its own
// TTL) with force when it differs, without force when missing; 204 answers a save. Replies in
// tests/data/providers/spaceship/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_spaceship(ProviderList &list);
}

namespace {

const QString kKey = "JdIS8QYFMZpVKupJtdc3";
const QString kSecret = "F3brvQluT4s8aDB7PeFBH6qKHfH2xTKTneCjZbq3z2w7rj2vV6n_zhSv";
const QString kHome = "home.example.com";
const QString kRecords = "https://spaceship.dev/api/v1/dns/records/example.com";

Exchange list(const QString &file, int status = 200)
{
    return exchange("spaceship", "GET", kRecords + "?take=500&skip=0", std::nullopt, status, file);
}

Exchange save(bool force, const QString &type, const QString &name, const QString &address, int ttl, int status = 204,
              const QString &file = QString())
{
    const QJsonObject item{{"type", type}, {"name", name}, {"address", address}, {"ttl", ttl}};
    return exchange("spaceship", "PUT", kRecords, QJsonValue(QJsonObject{{"force", force}, {"items", QJsonArray{item}}}), status, file);
}

} // namespace

class TstSpaceshipProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();
    void nothingSentWithoutBothCredentials();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstSpaceshipProvider::initTestCase()
{
    Providers::add_spaceship(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstSpaceshipProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("spaceship"));
    QCOMPARE(info.category, ProviderCategory::Registrar);
    QCOMPARE(info.documentation.host(), QString("docs.spaceship.dev"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secretLabel, QString("API secret"));
    // The API key is a named credential: the import table maps ddns-updater's api_key onto "apiKey".
    QCOMPARE(info.extraCredentials.size(), 1);
    QCOMPARE(info.extraCredentials.first().id, QString("apiKey"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.first().key, QString("zone"));
}

void TstSpaceshipProvider::transaction_data()
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
    QTest::newRow("A stale: saved with force and its own TTL")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records.json"), save(true, "A", "home", kTestV4, 1800)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 600 << Exchanges{list("records.json"), save(true, "A", "home", kTestV4, 600)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("the domain itself is @")
        << QStringList{"example.com"} << true << false << 0 << Exchanges{list("records.json"), save(true, "A", "@", kTestV4, 3600)}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com from 81.2.69.150"}};
    QTest::newRow("AAAA missing: saved without force")
        << QStringList{kHome} << false << true << 0 << Exchanges{list("records_current.json"), save(false, "AAAA", "home", kTestV6, 3600)}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com"}};
    QTest::newRow("both families: A changed, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0
        << Exchanges{list("records.json"), save(true, "A", "home", kTestV4, 1800), list("records.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("a conflicting CNAME: refused, not overwritten")
        << QStringList{"www.example.com"} << true << false << 0
        << Exchanges{list("records.json"), save(false, "A", "www", kTestV4, 3600, 422, "error_conflict.json")}
        << ExpectedResults{{"www.example.com", RecordType::A, Outcome::Rejected,
                            "Spaceship refused the request (HTTP 422: Validation error; items[0].name: Record conflicts with an existing CNAME record.)"}};
    QTest::newRow("missing on a page with more: not created twice")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_paged.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "more records than Spaceship lists on one page"}};
    QTest::newRow("two A records: refused")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_duplicate.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Spaceship"}};
    QTest::newRow("credentials refused: held, nothing more sent")
        << QStringList{kHome} << true << true << 0 << Exchanges{list("error_unauthorized.json", 401)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "Spaceship refused the API key and secret (HTTP 401: Unauthorized)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "dnsrecords:write"}};
    QTest::newRow("domain without Spaceship DNS: refused")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("error_soa.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "Spaceship does not know the domain (HTTP 404: SOA record for domain example.com not found.)"}};
    Exchange limited = list("error_rate_limited.json", 429);
    limited.replyHeaders = {{"Retry-After", "30"}};
    QTest::newRow("rate limited")
        << QStringList{kHome} << true << false << 0 << Exchanges{limited}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "Spaceship rate limit reached (HTTP 429: Too many requests)", false, 30}};
    QTest::newRow("a save answered 200 with HTML: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records.json"), save(true, "A", "home", kTestV4, 1800, 200, "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Spaceship (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("HTML with HTTP 200: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Spaceship (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("JSON without items: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Spaceship (HTTP 200, no record list)", true}};
}

void TstSpaceshipProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    const UpdateRequest request = recordRequest(hosts, v4, v6, ttl, QUrl(), QString(), {{"secret", kSecret}, {"apiKey", kKey}},
                                                {{"zone", "example.com"}});
    runExchanges(*m_provider, request, {{"X-API-Key", kKey.toUtf8()}, {"X-API-Secret", kSecret.toUtf8()}}, exchanges, results);
}

void TstSpaceshipProvider::nothingSentWithoutBothCredentials()
{
    const auto noKey = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {{"secret", kSecret}}, {{"zone", "example.com"}}));
    QVERIFY(!noKey->nextRequest());
    QCOMPARE(noKey->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(noKey->results().first().message.contains("the API key and the API secret"));
    const auto noSecret = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {{"apiKey", kKey}}, {{"zone", "example.com"}}));
    QVERIFY(!noSecret->nextRequest());
    QCOMPARE(noSecret->results().first().outcome, Outcome::AuthFailed);
}

QTEST_GUILESS_MAIN(TstSpaceshipProvider)
#include "tst_spaceshipprovider.moc"
