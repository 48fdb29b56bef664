// NS1's API as its reference describes it: X-NSONE-Key, GET /v1/zones/{zone}/{name}/{type} (404
// "record not found" when missing), POST of only the answers (the listed answer with its meta and
// the new address; the TTL the profile sets) when it differs, PUT with zone, domain, type and
// answers when missing. Replies in tests/data/providers/ns1/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_ns1(ProviderList &list);
}

namespace {

const QString kKey = "qACMD09OJXBxT7XOuRs8";
const QString kHome = "home.example.com";
const QString kZones = "https://api.nsone.net/v1/zones/example.com/";

Exchange get(const QString &nameType, const QString &file, int status = 200)
{
    return exchange("ns1", "GET", kZones + nameType, std::nullopt, status, file);
}

Exchange write(const QByteArray &method, const QString &nameType, const QJsonObject &body, const QString &file, int status = 200)
{
    return exchange("ns1", method, kZones + nameType, QJsonValue(body), status, file);
}

QJsonObject answers(const QJsonObject &answer, int ttl = 0)
{
    QJsonObject body{{"answers", QJsonArray{answer}}};
    if (ttl > 0)
        body.insert("ttl", ttl);
    return body;
}

QJsonObject answer(const QString &address, const QJsonObject &meta = {})
{
    return {{"answer", QJsonArray{address}}, {"meta", meta}};
}

const QJsonObject kRouterMeta{{"note", "home router"}, {"up", true}};

} // namespace

class TstNs1Provider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();
    void nothingSentWithoutKeyOrZone();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstNs1Provider::initTestCase()
{
    Providers::add_ns1(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstNs1Provider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("ns1"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation, QUrl("https://ns1.com/api"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://api.nsone.net"));
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secretLabel, QString("API key"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.first().key, QString("zone"));
}

void TstNs1Provider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString homeA = "home.example.com/A";
    const QString homeAaaa = "home.example.com/AAAA";

    QTest::newRow("A current: one read, no write")
        << QStringList{kHome} << true << false << 0 << Exchanges{get(homeA, "record_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: POST of the answer with its meta")
        << QStringList{kHome} << true << false << 0
        << Exchanges{get(homeA, "record_home_a.json"), write("POST", homeA, answers(answer(kTestV4, kRouterMeta)), "record_home_a_written.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 120
        << Exchanges{get(homeA, "record_home_a.json"),
                     write("POST", homeA, answers(answer(kTestV4, kRouterMeta), 120), "record_home_a_written_ttl.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("the zone itself: its own name in the URL")
        << QStringList{"example.com"} << true << false << 0
        << Exchanges{get("example.com/A", "record_apex_a.json"), write("POST", "example.com/A", answers(answer(kTestV4)), "record_apex_a_written.json")}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com from 81.2.69.150"}};
    QTest::newRow("AAAA missing: PUT")
        << QStringList{kHome} << false << true << 0
        << Exchanges{get(homeAaaa, "record_not_found.json", 404),
                     write("PUT", homeAaaa,
                           {{"zone", "example.com"}, {"domain", kHome}, {"type", "AAAA"}, {"answers", QJsonArray{QJsonObject{{"answer", QJsonArray{kTestV6}}}}}},
                           "record_home_aaaa_created.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com"}};
    QTest::newRow("missing: PUT with the profile's TTL")
        << QStringList{kHome} << false << true << 300
        << Exchanges{get(homeAaaa, "record_not_found.json", 404),
                     write("PUT", homeAaaa,
                           {{"zone", "example.com"}, {"domain", kHome}, {"type", "AAAA"},
                            {"answers", QJsonArray{QJsonObject{{"answer", QJsonArray{kTestV6}}}}}, {"ttl", 300}},
                           "record_home_aaaa_created.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created"}};
    QTest::newRow("both families: A changed, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0
        << Exchanges{get(homeA, "record_home_a.json"), write("POST", homeA, answers(answer(kTestV4, kRouterMeta)), "record_home_a_written.json"),
                     get(homeAaaa, "record_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("two answers: not overwritten")
        << QStringList{kHome} << true << false << 0 << Exchanges{get(homeA, "record_home_a_two.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at NS1"}};
    QTest::newRow("zone unknown: refused, not created")
        << QStringList{kHome} << true << false << 0 << Exchanges{get(homeA, "zone_not_found.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "NS1 does not know the zone (HTTP 404: zone not found)"}};
    QTest::newRow("a write answered with the old answer")
        << QStringList{kHome} << true << false << 0
        << Exchanges{get(homeA, "record_home_a.json"), write("POST", homeA, answers(answer(kTestV4, kRouterMeta)), "record_home_a.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "NS1 accepted the change but the record does not hold 81.2.69.160 alone"}};
    QTest::newRow("key refused: held, nothing more sent")
        << QStringList{kHome} << true << true << 0 << Exchanges{get(homeA, "unauthorized.json", 401)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "NS1 refused the API key (HTTP 401: Unauthorized)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "API Keys"}};
    QTest::newRow("bad TTL: refused")
        << QStringList{kHome} << true << false << 1
        << Exchanges{get(homeA, "record_home_a.json"), write("POST", homeA, answers(answer(kTestV4, kRouterMeta), 1), "bad_ttl.json", 400)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "NS1 refused the request (HTTP 400: Input validation failed"}};
    Exchange limited = get(homeA, "rate_limited.json", 429);
    limited.replyHeaders = {{"Retry-After", "5"}};
    QTest::newRow("rate limited")
        << QStringList{kHome} << true << false << 0 << Exchanges{limited}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "NS1 rate limit reached (HTTP 429: rate limit exceeded)", false, 5}};
    QTest::newRow("HTML with HTTP 200: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{get(homeA, "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from NS1 (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("HTML 404 is not a missing record")
        << QStringList{kHome} << true << false << 0 << Exchanges{get(homeA, "maintenance.html", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from NS1 (HTTP 404, not the API's JSON)", true}};
    QTest::newRow("JSON without answers: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{get(homeA, "unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from NS1 (HTTP 200, no record)", true}};
}

void TstNs1Provider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    const UpdateRequest request = recordRequest(hosts, v4, v6, ttl, QUrl(), QString(), {{"secret", kKey}}, {{"zone", "example.com"}});
    runExchanges(*m_provider, request, {{"X-NSONE-Key", kKey.toUtf8()}}, exchanges, results);
}

void TstNs1Provider::nothingSentWithoutKeyOrZone()
{
    const auto noKey = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {}, {{"zone", "example.com"}}));
    QVERIFY(!noKey->nextRequest());
    QCOMPARE(noKey->results().first().outcome, Outcome::AuthFailed);
    const auto noZone = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {{"secret", kKey}}, {}));
    QVERIFY(!noZone->nextRequest());
    QCOMPARE(noZone->results().first().outcome, Outcome::Rejected);
}

QTEST_GUILESS_MAIN(TstNs1Provider)
#include "tst_ns1provider.moc"
