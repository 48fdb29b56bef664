// Mythic Beasts' DNS API v2 as its documentation and tutorial describe it: Basic authentication
// with the key's id and secret, GET /dns/v2/zones/{zone}/records/{host}/{type} ("@" for the zone),
// PUT of the same URL with the one record (its TTL kept unless the profile sets one) when it
// differs or is missing, answered with records_added. Replies in tests/data/providers/mythicbeasts/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_mythicbeasts(ProviderList &list);
}

namespace {

const QString kKeyId = "k8v3mq2x";
const QString kSecret = "Hq3Zr8TsW1yLx0Vb7Nc5Kd2Pf";
const QString kHome = "home.example.com";
const QString kApi = "https://api.mythic-beasts.com/dns/v2/zones/example.com/records";

Exchange get(const QString &path, const QString &file, int status = 200)
{
    return exchange("mythicbeasts", "GET", kApi + path, std::nullopt, status, file);
}

Exchange put(const QString &path, const QString &host, const QString &type, const QString &address, int ttl, const QString &file,
             int status = 200)
{
    const QJsonObject record{{"host", host}, {"ttl", ttl}, {"type", type}, {"data", address}};
    return exchange("mythicbeasts", "PUT", kApi + path, QJsonValue(QJsonObject{{"records", QJsonArray{record}}}), status, file);
}

} // namespace

class TstMythicBeastsProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void nothingSentWithoutKeyOrZone();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstMythicBeastsProvider::initTestCase()
{
    Providers::add_mythicbeasts(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstMythicBeastsProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("mythicbeasts"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation, QUrl("https://www.mythic-beasts.com/support/api/dnsv2"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://api.mythic-beasts.com"));
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.usernameLabel, QString("API key ID"));
    QCOMPARE(info.secret, Need::Required);
    QCOMPARE(info.secretLabel, QString("API key secret"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 1);
    QCOMPARE(info.options.first().key, QString("zone"));
    QVERIFY(info.options.first().required);
}

void TstMythicBeastsProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome, "example.com"}}, {"zone", "example.com"}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{"home.example.org"}}, {"zone", "example.com"}}, "profiles[1]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[1].hosts[0]"));
}

void TstMythicBeastsProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    QTest::newRow("A current: read, no write")
        << QStringList{kHome} << true << false << 0 << Exchanges{get("/home/A", "records_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: PUT keeping the record's TTL")
        << QStringList{kHome} << true << false << 0
        << Exchanges{get("/home/A", "records_home_a.json"), put("/home/A", "home", "A", kTestV4, 600, "replaced.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 120
        << Exchanges{get("/home/A", "records_home_a.json"), put("/home/A", "home", "A", kTestV4, 120, "replaced.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("AAAA missing: created with 300")
        << QStringList{kHome} << false << true << 0
        << Exchanges{get("/home/AAAA", "records_none.json"), put("/home/AAAA", "home", "AAAA", kTestV6, 300, "added.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com with 2a02:8070:d18f:5a00::10"}};
    QTest::newRow("the zone itself is @")
        << QStringList{"example.com"} << true << false << 0
        << Exchanges{get("/@/A", "records_apex_a.json"), put("/@/A", "@", "A", kTestV4, 3600, "replaced.json")}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com from 81.2.69.150"}};
    QTest::newRow("both families: A changed, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0
        << Exchanges{get("/home/A", "records_home_a.json"), put("/home/A", "home", "A", kTestV4, 600, "replaced.json"),
                     get("/home/AAAA", "records_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("two A records are not overwritten")
        << QStringList{kHome} << true << false << 0 << Exchanges{get("/home/A", "records_home_a_two.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Mythic Beasts"}};
    QTest::newRow("refused key: held")
        << QStringList{kHome} << true << true << 0 << Exchanges{get("/home/A", "not_authorised.json", 403)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "Mythic Beasts refused the API key (HTTP 403: Not authorised)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "DNS API v1 passwords do not work"}};
    QTest::newRow("a zone the account lacks: refused with the API's error")
        << QStringList{kHome} << true << false << 0 << Exchanges{get("/home/A", "no_zone.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "Mythic Beasts refused the request (HTTP 404: Zone not found: example.com)"}};
    QTest::newRow("a write refused")
        << QStringList{kHome} << true << false << 0
        << Exchanges{get("/home/A", "records_home_a.json"), put("/home/A", "home", "A", kTestV4, 600, "bad_data.json", 400)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "HTTP 400: Invalid data for A record"}};
    QTest::newRow("a write that added nothing")
        << QStringList{kHome} << true << false << 0
        << Exchanges{get("/home/A", "records_home_a.json"), put("/home/A", "home", "A", kTestV4, 600, "added_none.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "Mythic Beasts accepted the change but added 0 records"}};
    QTest::newRow("HTML with HTTP 200: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{get("/home/A", "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Mythic Beasts (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("JSON without records: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{get("/home/A", "unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Mythic Beasts (HTTP 200, no records)", true}};
    QTest::newRow("a write answered with other JSON: unexpected")
        << QStringList{kHome} << true << false << 0
        << Exchanges{get("/home/A", "records_home_a.json"), put("/home/A", "home", "A", kTestV4, 600, "unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no records_added", true}};
    Exchange throttled = get("/home/A", "", 429);
    throttled.replyHeaders = {{"Retry-After", "30"}};
    QTest::newRow("throttled")
        << QStringList{kHome} << true << false << 0 << Exchanges{throttled}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "Mythic Beasts rate limit reached", false, 30}};
    QTest::newRow("no answer")
        << QStringList{kHome} << true << false << 0 << Exchanges{unreachable("GET", kApi + "/home/A")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach Mythic Beasts: Connection timed out"}};
}

void TstMythicBeastsProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    const UpdateRequest request = recordRequest(hosts, v4, v6, ttl, QUrl(), kKeyId, {{"secret", kSecret}}, {{"zone", "example.com"}});
    runExchanges(*m_provider, request, {{"Authorization", "Basic " + (kKeyId + ':' + kSecret).toUtf8().toBase64()}}, exchanges, results);
}

void TstMythicBeastsProvider::nothingSentWithoutKeyOrZone()
{
    const auto noId = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {{"secret", kSecret}}, {{"zone", "example.com"}}));
    QVERIFY(!noId->nextRequest());
    QCOMPARE(noId->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(noId->results().first().message.contains("the API key's id and its secret"));
    const auto noZone = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), kKeyId, {{"secret", kSecret}}, {}));
    QVERIFY(!noZone->nextRequest());
    QCOMPARE(noZone->results().first().outcome, Outcome::Rejected);
}

QTEST_GUILESS_MAIN(TstMythicBeastsProvider)
#include "tst_mythicbeastsprovider.moc"
