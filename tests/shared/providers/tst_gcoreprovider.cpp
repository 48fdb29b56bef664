// Gcore (DNS API v2) as its documentation describes it: "Authorization: APIKey …"; the account's
// zones when no zone is configured; one RRSet read by zone, fully qualified name and type (a 404
// with Gcore's JSON: none); PUT sending back the RRSet's TTL, meta and pickers and the record's
// enabled flag and meta; POST for a missing RRSet. Replies in tests/data/providers/gcore/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_gcore(ProviderList &list);
}

namespace {

const QString kToken = "4178$7c3e1b9a5f2d8e6c0a4b7d9f1e3c5a7b9d1f3e5c7a9b1d3f5e7c9a1b3d5f7e9c1a3b5d7f9e1c3a5b7d9f1e3c5a7";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.gcore.com/dns/v2";

RestExchange zones(const QString &file = "zones.json", int status = 200)
{
    return restGet(kApi + "/zones", file, status);
}

QString path(const QString &name, const QString &type, const QString &zone = "example.com")
{
    return QString("%1/zones/%2/%3/%4").arg(kApi, zone, name, type);
}

RestExchange rrset(const QString &name, const QString &type, const QString &file, int status = 200, const QString &zone = "example.com")
{
    return restGet(path(name, type, zone), file, status);
}

QJsonObject replace(const QString &address, int ttl, const QJsonObject &recordMeta = {}, const QJsonObject &meta = {})
{
    return {{"resource_records", QJsonArray{QJsonObject{{"content", QJsonArray{address}}, {"enabled", true}, {"meta", recordMeta}}}},
            {"ttl", ttl},
            {"meta", meta}};
}

QJsonObject create(const QString &address, int ttl = 0)
{
    QJsonObject o{{"resource_records", QJsonArray{QJsonObject{{"content", QJsonArray{address}}, {"enabled", true}}}}};
    if (ttl > 0)
        o.insert("ttl", ttl);
    return o;
}

RestExchange put(const QString &name, const QString &type, const QJsonObject &body, const QString &file, int status = 200)
{
    return restSend("PUT", path(name, type), body, file, status);
}

RestExchange post(const QString &name, const QString &type, const QJsonObject &body, const QString &file, int status = 200,
                  const QString &zone = "example.com")
{
    return restSend("POST", path(name, type, zone), body, file, status);
}

} // namespace

class TstGcoreProvider : public QObject
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

void TstGcoreProvider::initTestCase()
{
    Providers::add_gcore(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstGcoreProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("gcore"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation, QUrl("https://gcore.com/docs/api-reference/dns/rrsets/update-rrset"));
    QVERIFY(info.checked.isValid());
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{"home.example.net"}}, {"zone", "example.com"}}, "p").size(), 1);
}

void TstGcoreProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QString>("zone");
    QTest::addColumn<RestExchanges>("exchanges");
    QTest::addColumn<RestResults>("results");

    const QString none;
    QTest::newRow("A current: zones, one read, no write")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{zones(), rrset(kHome, "A", "rrset_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: TTL and the record's meta sent back")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), rrset(kHome, "A", "rrset_home_a_stale.json"),
                         put(kHome, "A", replace(kV4, 1800, {{"notes", "router"}}), "written_home_a.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    {
        // Balancing: the RRSet's failover meta and GeoDNS pickers, the record's countries.
        QJsonObject body = replace(kV4, 600, {{"countries", QJsonArray{"de"}}},
                                   {{"failover", QJsonObject{{"protocol", "HTTP"}, {"port", 80}, {"frequency", 60}, {"timeout", 10}}}});
        body.insert("pickers", QJsonArray{QJsonObject{{"type", "geodns"}, {"strict", false}}});
        QTest::newRow("zone configured, no zone list: balancing settings kept")
            << QStringList{kHome} << true << false << 0 << "example.com"
            << RestExchanges{rrset(kHome, "A", "rrset_home_a_geo.json"), put(kHome, "A", body, "written_home_a.json")}
            << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    }
    QTest::newRow("the profile's TTL")
        << QStringList{kHome} << false << true << 300 << "example.com"
        << RestExchanges{rrset(kHome, "AAAA", "rrset_home_aaaa_stale.json"), put(kHome, "AAAA", replace(kV6, 300), "written_home_aaaa.json")}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("both: A created, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0 << none
        << RestExchanges{zones(), rrset(kHome, "A", "error_rrset_not_found.json", 404), post(kHome, "A", create(kV4), "written_home_a.json"),
                         rrset(kHome, "AAAA", "rrset_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com"},
                       {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("AAAA created with the profile's TTL")
        << QStringList{kHome} << false << true << 120 << none
        << RestExchanges{zones(), rrset(kHome, "AAAA", "error_rrset_not_found.json", 404), post(kHome, "AAAA", create(kV6, 120), "written_home_aaaa.json")}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record"}};
    QTest::newRow("the zone itself")
        << QStringList{"example.com"} << true << false << 0 << none
        << RestExchanges{zones(), rrset("example.com", "A", "rrset_apex_a_stale.json"), put("example.com", "A", replace(kV4, 3600), "written_apex_a.json")}
        << RestResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("the longest zone holding the host")
        << QStringList{"home.myexample.com"} << true << false << 0 << none
        << RestExchanges{zones(), rrset("home.myexample.com", "A", "error_rrset_not_found.json", 404, "myexample.com"),
                         post("home.myexample.com", "A", create(kV4), "written_home_a.json", 200, "myexample.com")}
        << RestResults{{"home.myexample.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("a write answered with another address")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset(kHome, "A", "rrset_home_a_stale.json"), put(kHome, "A", replace(kV4, 1800, {{"notes", "router"}}), "written_other.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "accepted the change but the RRSet holds 81.2.69.170"}};
    QTest::newRow("a host in no zone of the account")
        << QStringList{"home.example.net", kHome} << true << false << 0 << none
        << RestExchanges{zones(), rrset(kHome, "A", "rrset_home_a_current.json")}
        << RestResults{{"home.example.net", RecordType::A, Outcome::Rejected, "in no zone of this Gcore account (it has example.com, myexample.com)"},
                       {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("a configured zone Gcore does not have: held at the create")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset(kHome, "A", "error_zone_not_found.json", 404), post(kHome, "A", create(kV4), "error_zone_not_found.json", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "no such zone in this account (HTTP 404: zone is not found)"}};
    QTest::newRow("two addresses in the RRSet: refused, AAAA still done")
        << QStringList{kHome} << true << true << 0 << "example.com"
        << RestExchanges{rrset(kHome, "A", "rrset_home_a_two.json"), rrset(kHome, "AAAA", "rrset_home_aaaa_stale.json"),
                         put(kHome, "AAAA", replace(kV6, 120), "written_home_aaaa.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Gcore"},
                       {kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("wrong token: every record held")
        << QStringList{kHome} << true << true << 0 << none << RestExchanges{zones("error_unauthorized.json", 401)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "Gcore refused the API token (HTTP 401: Invalid authentication credentials)"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "Profile > API"}};
    QTest::newRow("a write refused")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset(kHome, "A", "rrset_home_a_stale.json"),
                         put(kHome, "A", replace(kV4, 1800, {{"notes", "router"}}), "error_bad_request.json", 400)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "Gcore refused the request (HTTP 400: invalid content for A record)"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com" << RestExchanges{rrset(kHome, "A", "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Gcore (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("an HTML 404 is no missing RRSet")
        << QStringList{kHome} << true << false << 0 << "example.com" << RestExchanges{rrset(kHome, "A", "maintenance.html", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Gcore (HTTP 404)", true}};
    QTest::newRow("JSON without the RRSet: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com" << RestExchanges{rrset(kHome, "A", "unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no RRSet", true}};
    QTest::newRow("a write answered with something else: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset(kHome, "A", "rrset_home_a_stale.json"), put(kHome, "A", replace(kV4, 1800, {{"notes", "router"}}), "unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no RRSet in the answer", true}};
    QTest::newRow("429 with Retry-After")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{withRetryAfter(zones("unknown.json", 429), "15")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Gcore rate limit reached", false, 15}};
    QTest::newRow("502 page: retried")
        << QStringList{kHome} << true << false << 0 << "example.com" << RestExchanges{rrset(kHome, "A", "bad_gateway.html", 502)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Gcore server error (HTTP 502)"}};
}

void TstGcoreProvider::transaction()
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
    request.secret = kToken;
    request.credentials = {{"secret", kToken}};
    request.server = m_provider->info().defaultServer;
    if (ttl > 0)
        request.ttl = ttl;
    if (!zone.isEmpty())
        request.options.insert("zone", zone);
    runRestFlow(*m_provider, request, "gcore", {{"Authorization", "APIKey " + kToken.toUtf8()}}, exchanges, results);
}

QTEST_GUILESS_MAIN(TstGcoreProvider)
#include "tst_gcoreprovider.moc"
