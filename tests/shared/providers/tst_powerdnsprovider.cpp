// PowerDNS Authoritative's HTTP API as its documentation describes it (replies as pdns_server 4.7
// gives them): "X-API-Key", the zone with one RRset from GET …/zones/{zone}.?rrset_name=…&rrset_type=…,
// PATCH of the zone with one REPLACE rrset (the RRset's TTL kept unless the profile sets one), 204.
// The same flows against a real server: tests/agent/tst_agentpowerdns.cpp.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_powerdns(ProviderList &list);
}

namespace {

const QString kKey = "pdns-Q7cUu2Lw0tBzH4xEr9s";
const QString kHome = "home.example.com";
const QString kServer = "https://ns1.example.net:8081";
const QString kZoneUrl = kServer + "/api/v1/servers/localhost/zones/example.com.";

Exchange read(const QString &name, const QString &type, const QString &file, int status = 200)
{
    return exchange("powerdns", "GET", kZoneUrl + "?rrset_name=" + name + ".&rrset_type=" + type, std::nullopt, status, file);
}

Exchange replace(const QString &name, const QString &type, const QString &address, int ttl, const QString &file = QString(),
                 int status = 204)
{
    const QJsonObject rrset{{"name", name + '.'},
                            {"type", type},
                            {"ttl", ttl},
                            {"changetype", "REPLACE"},
                            {"records", QJsonArray{QJsonObject{{"content", address}, {"disabled", false}}}}};
    return exchange("powerdns", "PATCH", kZoneUrl, QJsonValue(QJsonObject{{"rrsets", QJsonArray{rrset}}}), status, file);
}

} // namespace

class TstPowerDnsProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void nothingSentWithoutKeyServerOrZone();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstPowerDnsProvider::initTestCase()
{
    Providers::add_powerdns(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstPowerDnsProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("powerdns"));
    QCOMPARE(info.category, ProviderCategory::SelfHosted);
    QCOMPARE(info.documentation, QUrl("https://doc.powerdns.com/authoritative/http-api/zone.html"));
    QVERIFY(info.checked.isValid());
    QVERIFY(info.defaultServer.isEmpty()); // the user's own server
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secret, Need::Required);
    QCOMPARE(info.secretLabel, QString("API key"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 1);
    QCOMPARE(info.options.first().key, QString("zone"));
    QVERIFY(info.options.first().required);
}

void TstPowerDnsProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome, "example.com"}}, {"zone", "Example.COM."}, {"server", kServer}}, "profiles[0]").size(), 0);
    QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome}}, {"zone", "example.com"}}, "profiles[1]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[1].server"));
    QVERIFY2(errors.first().message.contains("URL of your server's API"), qPrintable(errors.first().message));
    errors = m_provider->validate({{"hosts", QJsonArray{kHome, "home.example.org"}}, {"zone", "example.com"}, {"server", kServer}}, "profiles[2]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[2].hosts[1]"));
}

void TstPowerDnsProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    QTest::newRow("A current: read, no write")
        << QStringList{kHome} << true << false << 0 << Exchanges{read(kHome, "A", "zone_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: REPLACE keeping the RRset's TTL")
        << QStringList{kHome} << true << false << 0
        << Exchanges{read(kHome, "A", "zone_home_a.json"), replace(kHome, "A", kTestV4, 120)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 600
        << Exchanges{read(kHome, "A", "zone_home_a.json"), replace(kHome, "A", kTestV4, 600)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("AAAA missing: created with 3600")
        << QStringList{kHome} << false << true << 0
        << Exchanges{read(kHome, "AAAA", "zone_empty.json"), replace(kHome, "AAAA", kTestV6, 3600)}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com with 2a02:8070:d18f:5a00::10"}};
    QTest::newRow("the zone's apex")
        << QStringList{"example.com"} << true << false << 300
        << Exchanges{read("example.com", "A", "zone_empty.json"), replace("example.com", "A", kTestV4, 300)}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "created A record example.com"}};
    QTest::newRow("both families: A changed, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0
        << Exchanges{read(kHome, "A", "zone_home_a.json"), replace(kHome, "A", kTestV4, 120),
                     read(kHome, "AAAA", "zone_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("a server that ignores the filter: the RRset picked from the whole zone")
        << QStringList{kHome} << true << false << 0
        << Exchanges{read(kHome, "A", "zone_unfiltered.json"), replace(kHome, "A", kTestV4, 120)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("an RRset of two addresses is not overwritten")
        << QStringList{kHome} << true << false << 0 << Exchanges{read(kHome, "A", "zone_home_a_two.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at PowerDNS"}};
    QTest::newRow("zone not on the server: every record held, nothing more sent")
        << QStringList{kHome} << true << true << 0 << Exchanges{read(kHome, "A", "not_found.txt", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "the zone example.com is not on this PowerDNS server"},
                           {kHome, RecordType::AAAA, Outcome::Rejected, "not on this PowerDNS server"}};
    QTest::newRow("wrong API key: held")
        << QStringList{kHome} << true << true << 0 << Exchanges{read(kHome, "A", "unauthorized.txt", 401)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "PowerDNS refused the API key (HTTP 401: Unauthorized)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "api-key"}};
    QTest::newRow("a write refused with the API's error")
        << QStringList{kHome} << true << false << 0
        << Exchanges{read(kHome, "A", "zone_home_a.json"), replace(kHome, "A", kTestV4, 120, "out_of_zone.json", 422)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "PowerDNS refused the request (HTTP 422: RRset home.example.org. IN A: Name is out of zone)"}};
    QTest::newRow("another zone in the reply: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{read(kHome, "A", "zone_other.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from PowerDNS (HTTP 200, not the zone example.com)", true}};
    QTest::newRow("HTML with HTTP 200: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{read(kHome, "A", "welcome.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from PowerDNS (HTTP 200, no zone with RRsets)", true}};
    QTest::newRow("JSON without RRsets: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{read(kHome, "A", "unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no zone with RRsets", true}};
    QTest::newRow("a write answered 200 with a page is no success")
        << QStringList{kHome} << true << false << 0
        << Exchanges{read(kHome, "A", "zone_home_a.json"), replace(kHome, "A", kTestV4, 120, "welcome.html", 200)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from PowerDNS (HTTP 200, not the API's 204)", true}};
    QTest::newRow("HTML 404 of a proxy is not a missing zone")
        << QStringList{kHome} << true << false << 0 << Exchanges{read(kHome, "A", "bad_gateway.html", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from PowerDNS (HTTP 404)", true}};
    QTest::newRow("server error")
        << QStringList{kHome} << true << false << 0 << Exchanges{read(kHome, "A", "bad_gateway.html", 502)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "PowerDNS server error (HTTP 502)"}};
    QTest::newRow("no answer")
        << QStringList{kHome} << true << false << 0
        << Exchanges{unreachable("GET", kZoneUrl + "?rrset_name=home.example.com.&rrset_type=A")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach PowerDNS: Connection timed out"}};
}

void TstPowerDnsProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    const UpdateRequest request = recordRequest(hosts, v4, v6, ttl, QUrl(kServer), QString(), {{"secret", kKey}}, {{"zone", "example.com"}});
    runExchanges(*m_provider, request, {{"X-API-Key", kKey.toUtf8()}}, exchanges, results);
}

void TstPowerDnsProvider::nothingSentWithoutKeyServerOrZone()
{
    const auto noKey = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(kServer), QString(), {}, {{"zone", "example.com"}}));
    QVERIFY(!noKey->nextRequest());
    QCOMPARE(noKey->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(noKey->results().first().message.contains("PowerDNS needs the server's API key"));
    const auto noServer = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {{"secret", kKey}}, {{"zone", "example.com"}}));
    QVERIFY(!noServer->nextRequest());
    QCOMPARE(noServer->results().first().outcome, Outcome::Rejected);
    QVERIFY(noServer->results().first().message.contains("\"server\""));
    const auto noZone = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(kServer), QString(), {{"secret", kKey}}, {}));
    QVERIFY(!noZone->nextRequest());
    QCOMPARE(noZone->results().first().outcome, Outcome::Rejected);
}

QTEST_GUILESS_MAIN(TstPowerDnsProvider)
#include "tst_powerdnsprovider.moc"
