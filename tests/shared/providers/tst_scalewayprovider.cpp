// Scaleway's Domains and DNS API as its reference describes it: X-Auth-Token with the secret key,
// GET …/dns-zones/{zone}/records filtered by name and type, PATCH …/records with a "set" of the
// record by id (its TTL, priority and comment kept, the data new) or an "add" when missing, never
// creating the zone. Replies in tests/data/providers/scaleway/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_scaleway(ProviderList &list);
}

namespace {

const QString kSecret = "b8a5c3d2-7e61-4f0a-9c4b-1d2e3f4a5b6c";
const QString kHome = "home.example.com";
const QString kRecords = "https://api.scaleway.com/domain/v2beta1/dns-zones/example.com/records";

Exchange list(const QString &query, const QString &file, int status = 200)
{
    return exchange("scaleway", "GET", kRecords + "?" + query, std::nullopt, status, file);
}

Exchange change(const QJsonObject &oneChange, const QString &file, int status = 200)
{
    const QJsonObject body{{"changes", QJsonArray{oneChange}}, {"return_all_records", false}, {"disallow_new_zone_creation", true}};
    return exchange("scaleway", "PATCH", kRecords, QJsonValue(body), status, file);
}

QJsonObject set(const QString &id, const QJsonObject &record)
{
    return {{"set", QJsonObject{{"id", id}, {"records", QJsonArray{record}}}}};
}

QJsonObject add(const QJsonObject &record)
{
    return {{"add", QJsonObject{{"records", QJsonArray{record}}}}};
}

const QString kHomeA = "name=home&type=A&page_size=100";
const QString kHomeAaaa = "name=home&type=AAAA&page_size=100";
const QString kHomeAId = "4d3f2c1b-0a9e-4b8c-9d7e-6f5a4b3c2d10";

} // namespace

class TstScalewayProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();
    void nothingSentWithoutSecretOrZone();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstScalewayProvider::initTestCase()
{
    Providers::add_scaleway(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstScalewayProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("scaleway"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation, QUrl("https://www.scaleway.com/en/developers/api/domains-and-dns/"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secretLabel, QString("Secret key"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.first().key, QString("zone"));
}

void TstScalewayProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QJsonObject homeA{{"name", "home"}, {"type", "A"}, {"ttl", 600}, {"priority", 0}, {"comment", "router"}, {"data", kTestV4}};

    QTest::newRow("A current: one filtered read, no write")
        << QStringList{kHome} << true << false << 0 << Exchanges{list(kHomeA, "records_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: set by id, TTL, priority and comment kept")
        << QStringList{kHome} << true << false << 0
        << Exchanges{list(kHomeA, "records_home_a.json"), change(set(kHomeAId, homeA), "changed_home_a.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QJsonObject homeATtl = homeA;
    homeATtl.insert("ttl", 300);
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 300
        << Exchanges{list(kHomeA, "records_home_a.json"), change(set(kHomeAId, homeATtl), "changed_home_a_ttl.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("the zone itself: no name filter, the record named \"\"")
        << QStringList{"example.com"} << true << false << 0
        << Exchanges{list("type=A&page_size=100", "records_apex_a.json"),
                     change(set("4d3f2c1b-0a9e-4b8c-9d7e-6f5a4b3c2d12",
                                {{"name", ""}, {"type", "A"}, {"ttl", 3600}, {"priority", 0}, {"data", kTestV4}}),
                            "changed_apex_a.json")}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com from 81.2.69.150"}};
    QTest::newRow("AAAA missing: add with the default TTL")
        << QStringList{kHome} << false << true << 0
        << Exchanges{list(kHomeAaaa, "records_none.json"),
                     change(add({{"name", "home"}, {"type", "AAAA"}, {"data", kTestV6}, {"ttl", 3600}}), "added_home_aaaa.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com"}};
    QTest::newRow("a filter match on another name is not the record")
        << QStringList{kHome} << true << false << 0
        << Exchanges{list(kHomeA, "records_other_names.json"),
                     change(add({{"name", "home"}, {"type", "A"}, {"data", kTestV4}, {"ttl", 3600}}), "changed_home_a.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com"}};
    QTest::newRow("both families: A changed, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0
        << Exchanges{list(kHomeA, "records_home_a.json"), change(set(kHomeAId, homeA), "changed_home_a.json"),
                     list(kHomeAaaa, "records_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("not on the first page of several: not created twice")
        << QStringList{kHome} << true << false << 0 << Exchanges{list(kHomeA, "records_paged.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "more A records than Scaleway lists on one page"}};
    QTest::newRow("two A records: refused")
        << QStringList{kHome} << true << false << 0 << Exchanges{list(kHomeA, "records_duplicate.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Scaleway"}};
    QTest::newRow("a change the reply does not list")
        << QStringList{kHome} << true << false << 0
        << Exchanges{list(kHomeA, "records_home_a.json"), change(set(kHomeAId, homeA), "changed_nothing.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "Scaleway accepted the change but lists no A record home.example.com"}};
    QTest::newRow("secret key refused: held, nothing more sent")
        << QStringList{kHome} << true << true << 0 << Exchanges{list(kHomeA, "error_denied.json", 401)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "Scaleway refused the API secret key (HTTP 401: authentication is denied)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "DomainsDNSFullAccess"}};
    QTest::newRow("no permission: held")
        << QStringList{kHome} << true << false << 0 << Exchanges{list(kHomeA, "error_permissions.json", 403)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "HTTP 403: insufficient permissions"}};
    QTest::newRow("unknown zone: refused")
        << QStringList{kHome} << true << false << 0 << Exchanges{list(kHomeA, "error_not_found.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "Scaleway does not know the DNS zone (HTTP 404: resource is not found)"}};
    QTest::newRow("invalid TTL: refused")
        << QStringList{kHome} << false << true << 30
        << Exchanges{list(kHomeAaaa, "records_none.json"),
                     change(add({{"name", "home"}, {"type", "AAAA"}, {"data", kTestV6}, {"ttl", 30}}), "error_invalid_ttl.json", 400)}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Rejected, "Scaleway refused the request (HTTP 400: invalid argument(s))"}};
    QTest::newRow("HTML with HTTP 200: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{list(kHomeA, "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Scaleway (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("JSON without a record list: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{list(kHomeA, "unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Scaleway (HTTP 200, no record list)", true}};
    QTest::newRow("no answer")
        << QStringList{kHome} << true << false << 0 << Exchanges{unreachable("GET", kRecords + "?" + kHomeA)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach Scaleway: Connection timed out"}};
}

void TstScalewayProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    const UpdateRequest request = recordRequest(hosts, v4, v6, ttl, QUrl(), QString(), {{"secret", kSecret}}, {{"zone", "example.com"}});
    runExchanges(*m_provider, request, {{"X-Auth-Token", kSecret.toUtf8()}}, exchanges, results);
}

void TstScalewayProvider::nothingSentWithoutSecretOrZone()
{
    const auto noSecret = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {}, {{"zone", "example.com"}}));
    QVERIFY(!noSecret->nextRequest());
    QCOMPARE(noSecret->results().first().outcome, Outcome::AuthFailed);
    const auto noZone = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {{"secret", kSecret}}, {}));
    QVERIFY(!noZone->nextRequest());
    QCOMPARE(noZone->results().first().outcome, Outcome::Rejected);
}

QTEST_GUILESS_MAIN(TstScalewayProvider)
#include "tst_scalewayprovider.moc"
