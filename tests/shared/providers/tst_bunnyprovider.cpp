// Bunny.net (Bunny DNS) as its API documentation describes it: "AccessKey: …"; the zone list for
// the zone's id (narrowed by "search" when a zone is configured, which matches parts of names);
// the zone's records filtered on the numeric type and the relative name ("" for the apex); POST
// .../records/RID with the record's TTL, flags and comment sent back (204); PUT .../records to add
// (201, the record). Replies in tests/data/providers/bunny/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_bunny(ProviderList &list);
}

namespace {

const QString kKey = "8c2e4f6a-1b3d-4e5f-9a7b-0c1d2e3f4a5b6c7d8e9f-0a1b-4c2d-8e3f-5a6b7c8d9e0f";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.bunny.net";

RestExchange zones(const QString &file = "zones.json", int status = 200, const QString &search = QString())
{
    return restGet(kApi + "/dnszone?page=1&perPage=1000" + (search.isEmpty() ? QString() : "&search=" + search), file, status);
}

RestExchange zone(const QString &file, int status = 200, int id = 48211)
{
    return restGet(QString("%1/dnszone/%2").arg(kApi).arg(id), file, status);
}

QJsonObject update(int id, const QString &address, int ttl, bool accelerated = false, const QString &comment = QString())
{
    return {{"Id", id}, {"Value", address}, {"Ttl", ttl}, {"Accelerated", accelerated}, {"Disabled", false}, {"Comment", comment}};
}

RestExchange post(int id, const QJsonObject &body, const QString &file = QString(), int status = 204)
{
    return restSend("POST", QString("%1/dnszone/48211/records/%2").arg(kApi).arg(id), body, file, status);
}

RestExchange add(int type, const QString &name, const QString &address, int ttl, const QString &file, int status = 201, int zone = 48211)
{
    QJsonObject body{{"Type", type}, {"Name", name}, {"Value", address}};
    if (ttl > 0)
        body.insert("Ttl", ttl);
    return restSend("PUT", QString("%1/dnszone/%2/records").arg(kApi).arg(zone), body, file, status);
}

} // namespace

class TstBunnyProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstBunnyProvider::initTestCase()
{
    Providers::add_bunny(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstBunnyProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("bunny"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation, QUrl("https://docs.bunny.net/reference/dnszonepublic_updaterecord"));
    QVERIFY(info.checked.isValid());
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{"home.example.net"}}, {"zone", "example.com"}}, "p").size(), 1);
}

void TstBunnyProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QString>("zone");
    QTest::addColumn<RestExchanges>("exchanges");
    QTest::addColumn<RestResults>("results");

    const QString none;
    QTest::newRow("A current: zones, the zone, no write")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{zones(), zone("zone_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: TTL, flags and comment sent back")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), zone("zone_home_a_stale.json"), post(7301, update(7301, kV4, 1800, false, "router at home"))}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("zone configured: searched, only the exact name taken; the profile's TTL")
        << QStringList{kHome} << true << false << 120 << "example.com"
        << RestExchanges{zones("zones_search_example_com.json", 200, "example.com"), zone("zone_home_a_stale.json"),
                         post(7301, update(7301, kV4, 120, false, "router at home"))}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("AAAA stale: the acceleration flag kept")
        << QStringList{kHome} << false << true << 0 << none
        << RestExchanges{zones(), zone("zone_home_aaaa_stale.json"), post(7305, update(7305, kV6, 600, true))}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("both: A added (an AAAA of the name and a CNAME do not count), AAAA current")
        << QStringList{kHome} << true << true << 0 << none
        << RestExchanges{zones(), zone("zone_other_only.json"), add(0, "home", kV4, 0, "record_home_a_added.json"),
                         zone("zone_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com"},
                       {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("AAAA added with the profile's TTL")
        << QStringList{kHome} << false << true << 900 << none
        << RestExchanges{zones(), zone("zone_empty.json"), add(1, "home", kV6, 900, "record_home_aaaa_added.json")}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record"}};
    QTest::newRow("the zone itself has the empty name")
        << QStringList{"example.com"} << true << false << 0 << none
        << RestExchanges{zones(), zone("zone_apex_a_stale.json"), post(7306, update(7306, kV4, 3600))}
        << RestResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("the longest zone holding the host")
        << QStringList{"home.myexample.com"} << true << false << 0 << none
        << RestExchanges{zones(), zone("zone2_empty.json", 200, 48212), add(0, "home", kV4, 0, "record_home_a_added.json", 201, 48212)}
        << RestResults{{"home.myexample.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("a host in no zone of the account")
        << QStringList{"home.example.net", kHome} << true << false << 0 << none
        << RestExchanges{zones(), zone("zone_home_a_current.json")}
        << RestResults{{"home.example.net", RecordType::A, Outcome::Rejected, "in no DNS zone of this Bunny.net account (it has example.com, myexample.com)"},
                       {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("a configured zone the search does not find")
        << QStringList{"home.example.org"} << true << false << 0 << "example.org"
        << RestExchanges{zones("zones_search_example_com.json", 200, "example.org")}
        << RestResults{{"home.example.org", RecordType::A, Outcome::Rejected, "Bunny.net has no DNS zone example.org in this account"}};
    QTest::newRow("two A records: refused")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{zones(), zone("zone_home_a_two.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Bunny.net"}};
    QTest::newRow("wrong key: every record held")
        << QStringList{kHome} << true << true << 0 << none << RestExchanges{zones("error_unauthorized.json", 401)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "Bunny.net refused the API key (HTTP 401, auth.failed: The request authorization failed)"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "Account settings"}};
    QTest::newRow("the zone gone between the steps")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{zones(), zone("error_zone_not_found.json", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "no such DNS zone or record in this account (HTTP 404, not.found"}};
    QTest::newRow("an update refused")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), zone("zone_home_a_stale.json"), post(7301, update(7301, kV4, 1800, false, "router at home"), "error_validation.json", 400)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "Bunny.net refused the request (HTTP 400, validation.error: The Value field"}};
    QTest::newRow("an add answered with another address")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), zone("zone_empty.json"), add(0, "home", kV4, 0, "record_added_other.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "added the record but it holds 81.2.69.170"}};
    QTest::newRow("an update answered with a page: never a success")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), zone("zone_home_a_stale.json"), post(7301, update(7301, kV4, 1800, false, "router at home"), "maintenance.html", 200)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Bunny.net (HTTP 200)", true}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{zones(), zone("maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Bunny.net (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("a zone list that is none")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{zones("unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no zone list", true}};
    QTest::newRow("JSON without the records: never a success")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{zones(), zone("unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no record list", true}};
    QTest::newRow("429 with Retry-After")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{withRetryAfter(zones("unknown.json", 429), "10")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Bunny.net rate limit reached", false, 10}};
    QTest::newRow("unreachable")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{unreachable(zones())}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach Bunny.net: Connection timed out"}};
}

void TstBunnyProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(QString, zone);
    QFETCH(RestExchanges, exchanges);
    QFETCH(RestResults, results);

    UpdateRequest request;
    request.hosts = hosts;
    if (v4)
        request.ipv4 = QHostAddress(kV4);
    if (v6)
        request.ipv6 = QHostAddress(kV6);
    request.secret = kKey;
    request.credentials = {{"secret", kKey}};
    request.server = m_provider->info().defaultServer;
    if (ttl > 0)
        request.ttl = ttl;
    if (!zone.isEmpty())
        request.options.insert("zone", zone);
    runRestFlow(*m_provider, request, "bunny", {{"AccessKey", kKey.toUtf8()}}, exchanges, results);
}

QTEST_GUILESS_MAIN(TstBunnyProvider)
#include "tst_bunnyprovider.moc"
