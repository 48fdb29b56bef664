// Hetzner DNS through the Hetzner Cloud API, as its documentation describes it: Bearer token;
// the project's zones when none is configured; one RRSet read by name and type (404: none);
// set_records with the new value and its comment kept; an RRSet created when missing; the
// action's status read. Replies in tests/data/providers/hetzner/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_hetzner(ProviderList &list);
}

namespace {

const QString kToken = "hZt7Qw2Lk9Xv4Bn6Mc8Rp1Sd3Fg5Hj0KlA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.hetzner.cloud/v1";

RestExchange zones(const QString &file = "zones.json", int status = 200)
{
    return restGet(kApi + "/zones?per_page=50", file, status);
}

RestExchange rrset(const QString &name, const QString &type, const QString &file, int status = 200, const QString &zone = "example.com")
{
    return restGet(QString("%1/zones/%2/rrsets/%3/%4").arg(kApi, zone, name, type), file, status);
}

RestExchange setRecords(const QString &name, const QString &type, const QJsonObject &value, const QString &file, int status = 201)
{
    return restSend("POST", QString("%1/zones/example.com/rrsets/%2/%3/actions/set_records").arg(kApi, name, type),
                    QJsonObject{{"records", QJsonArray{value}}}, file, status);
}

RestExchange create(const QJsonObject &body, const QString &file = "created_running.json", int status = 201,
                    const QString &zone = "example.com")
{
    return restSend("POST", QString("%1/zones/%2/rrsets").arg(kApi, zone), body, file, status);
}

QJsonObject newRrset(const QString &name, const QString &type, const QString &address)
{
    return {{"name", name}, {"type", type}, {"records", QJsonArray{QJsonObject{{"value", address}}}}};
}

QJsonObject withTtl(QJsonObject o, int ttl)
{
    o.insert("ttl", ttl);
    return o;
}

} // namespace

class TstHetznerProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstHetznerProvider::initTestCase()
{
    Providers::add_hetzner(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstHetznerProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("hetzner"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    // The Cloud API's zones and RRSets, not the retired dns.hetzner.com API.
    QCOMPARE(info.documentation, QUrl("https://docs.hetzner.cloud/reference/cloud#zone-rrsets"));
    QCOMPARE(info.defaultServer, QUrl("https://api.hetzner.cloud"));
    QVERIFY(info.checked.isValid());
    QVERIFY(info.help.contains("old DNS API is being retired"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
}

void TstHetznerProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome}}, {"zone", "example.com"}, {"ttl", 60}}, "p").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome}}, {"ttl", 30}}, "p");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("p.ttl"));
}

void TstHetznerProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QString>("zone");
    QTest::addColumn<RestExchanges>("exchanges");
    QTest::addColumn<RestResults>("results");

    const QString none;
    QTest::newRow("A current: zones, one RRSet read, no write")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), rrset("home", "A", "rrset_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: set_records keeps the value's comment (and the RRSet's TTL)")
        << QStringList{kHome} << true << false << 900 << none
        << RestExchanges{zones(), rrset("home", "A", "rrset_home_a_stale.json"),
                         setRecords("home", "A", {{"value", kV4}, {"comment", "router at home"}}, "action_running.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("zone configured: no zone list; a missing RRSet created with the profile's TTL")
        << QStringList{kHome} << true << false << 600 << "example.com"
        << RestExchanges{rrset("home", "A", "error_not_found.json", 404),
                         create(withTtl(newRrset("home", "A", kV4), 600))}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com with 81.2.69.160"}};
    QTest::newRow("both: A created without a TTL, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0 << none
        << RestExchanges{zones(), rrset("home", "A", "error_not_found.json", 404), create(newRrset("home", "A", kV4)),
                         rrset("home", "AAAA", "rrset_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("AAAA stale: the action already done")
        << QStringList{kHome} << false << true << 0 << none
        << RestExchanges{zones(), rrset("home", "AAAA", "rrset_home_aaaa_stale.json"),
                         setRecords("home", "AAAA", {{"value", kV6}}, "action_success.json")}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("the zone itself is @")
        << QStringList{"example.com"} << true << false << 0 << none
        << RestExchanges{zones(), rrset("@", "A", "rrset_apex_a_stale.json"), setRecords("@", "A", {{"value", kV4}}, "action_running.json")}
        << RestResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("the longest zone holding the host")
        << QStringList{"home.myexample.com"} << true << false << 0 << none
        << RestExchanges{zones(), rrset("home", "A", "error_not_found.json", 404, "myexample.com"),
                         create(newRrset("home", "A", kV4), "created_running.json", 201, "myexample.com")}
        << RestResults{{"home.myexample.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("a secondary zone and a host in no zone: refused, nothing sent for them")
        << QStringList{"home.example.org", "home.example.net", kHome} << true << false << 0 << none
        << RestExchanges{zones(), rrset("home", "A", "rrset_home_a_current.json")}
        << RestResults{{"home.example.org", RecordType::A, Outcome::Rejected, "example.org is a secondary zone at Hetzner"},
                       {"home.example.net", RecordType::A, Outcome::Rejected,
                        "in no zone of this Hetzner account (it has example.com, myexample.com, example.org)"},
                       {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("several values in the RRSet: refused, AAAA still done")
        << QStringList{kHome} << true << true << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_two_values.json"), rrset("home", "AAAA", "rrset_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Hetzner"},
                       {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};
    QTest::newRow("a protected RRSet: refused with the way out, nothing written")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_protected.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "protected against changes at Hetzner"}};
    QTest::newRow("wrong token: every record held")
        << QStringList{kHome} << true << true << 0 << none << RestExchanges{zones("error_unauthorized.json", 401)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "Hetzner refused the API token (HTTP 401, unauthorized: unable to authenticate)"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "Read & Write token"}};
    QTest::newRow("a read-only token: held at the write")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_stale_plain.json"),
                         setRecords("home", "A", {{"value", kV4}}, "error_token_readonly.json", 403)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "token_readonly"}};
    QTest::newRow("the configured zone does not exist: the create is refused")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "error_not_found.json", 404), create(newRrset("home", "A", kV4), "error_zone_not_found.json", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "Hetzner has no such zone in this project"}};
    QTest::newRow("a value refused")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_stale_plain.json"), setRecords("home", "A", {{"value", kV4}}, "error_invalid_input.json", 422)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "invalid_input"}};
    QTest::newRow("the zone locked by another action: retried")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_stale_plain.json"), setRecords("home", "A", {{"value", kV4}}, "error_locked.json", 423)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "busy with the zone"}};
    QTest::newRow("the action failed: retried")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_stale_plain.json"), setRecords("home", "A", {{"value", kV4}}, "action_error.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "could not apply the change (action_failed: Action failed)"}};
    QTest::newRow("a write answered without an action: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_stale_plain.json"), setRecords("home", "A", {{"value", kV4}}, "unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no action status", true}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Hetzner (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("JSON without an RRSet: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no RRSet", true}};
    QTest::newRow("an HTML 404 is no missing RRSet")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "maintenance.html", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Hetzner (HTTP 404)", true}};
    QTest::newRow("429 with Retry-After")
        << QStringList{kHome} << true << true << 0 << "example.com"
        << RestExchanges{withRetryAfter(rrset("home", "A", "error_rate_limited.json", 429), "60")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Hetzner rate limit reached", false, 60},
                       {kHome, RecordType::AAAA, Outcome::RetryLater, "rate limit", false, 60}};
    QTest::newRow("502 page: retried") << QStringList{kHome} << true << false << 0 << "example.com"
                                       << RestExchanges{rrset("home", "A", "bad_gateway.html", 502)}
                                       << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Hetzner server error (HTTP 502)"}};
}

void TstHetznerProvider::transaction()
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
    runRestFlow(*m_provider, request, "hetzner", {{"Authorization", "Bearer " + kToken.toUtf8()}}, exchanges, results);
}

QTEST_GUILESS_MAIN(TstHetznerProvider)
#include "tst_hetznerprovider.moc"
