// Hostinger (public API, DNS zone) as its documentation describes it: a Bearer token; the
// configured domain's zone read whole for each record; a PUT with "overwrite": true naming only
// the record's set (its TTL kept), which also creates a missing one. Replies in
// tests/data/providers/hostinger/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_hostinger(ProviderList &list);
}

namespace {

const QString kToken = "hZq3Lm8Wv2Rt6Yp0Nc4Kb7Xs1Df5Gj9Ha2Se6Uw0Io4Pl8Mn3Bv7Cx1Zy5Tr9Qe";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kZone = "https://developers.hostinger.com/api/dns/v1/zones/example.com";

RestExchange zone(const QString &file, int status = 200)
{
    return restGet(kZone, file, status);
}

RestExchange put(const QString &name, const QString &type, const QString &address, int ttl, const QString &file = "accepted.json",
                 int status = 200)
{
    QJsonObject set{{"name", name}, {"type", type}, {"records", QJsonArray{QJsonObject{{"content", address}}}}};
    if (ttl > 0)
        set.insert("ttl", ttl);
    return restSend("PUT", kZone, QJsonObject{{"overwrite", true}, {"zone", QJsonArray{set}}}, file, status);
}

} // namespace

class TstHostingerProvider : public QObject
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

void TstHostingerProvider::initTestCase()
{
    Providers::add_hostinger(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstHostingerProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("hostinger"));
    QCOMPARE(info.documentation, QUrl("https://developers.hostinger.com/#tag/dns-zone"));
    QVERIFY(info.checked.isValid());
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
}

// The zone is the domain every request names: a profile without it is refused.
void TstHostingerProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome}}, {"zone", "example.com"}}, "p").size(), 0);
    const QList<ConfigError> missing = m_provider->validate({{"hosts", QJsonArray{kHome}}}, "p");
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().path, QString("p.zone"));
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{"home.example.net"}}, {"zone", "example.com"}}, "p").size(), 1);
}

void TstHostingerProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QString>("zone");
    QTest::addColumn<RestExchanges>("exchanges");
    QTest::addColumn<RestResults>("results");

    const QString ex = "example.com";
    QTest::newRow("A current: one read, no write")
        << QStringList{kHome} << true << false << 0 << ex << RestExchanges{zone("zone_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: the set overwritten with its TTL")
        << QStringList{kHome} << true << false << 0 << ex << RestExchanges{zone("zone_home_a_stale.json"), put("home", "A", kV4, 1800)}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("the profile's TTL")
        << QStringList{kHome} << true << false << 300 << ex << RestExchanges{zone("zone_home_a_stale.json"), put("home", "A", kV4, 300)}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("both: A created (other names and types do not count), AAAA current")
        << QStringList{kHome} << true << true << 0 << ex
        << RestExchanges{zone("zone_other_only.json"), put("home", "A", kV4, 0), zone("zone_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com"},
                       {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("AAAA stale")
        << QStringList{kHome} << false << true << 0 << ex << RestExchanges{zone("zone_home_aaaa_stale.json"), put("home", "AAAA", kV6, 600)}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("the domain itself is @")
        << QStringList{"example.com"} << true << false << 0 << ex << RestExchanges{zone("zone_apex_a_stale.json"), put("@", "A", kV4, 3600)}
        << RestResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("no zone configured: nothing sent")
        << QStringList{kHome} << true << false << 0 << QString() << RestExchanges{}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "no Hostinger domain is configured"}};
    QTest::newRow("a host outside the zone: nothing sent for it")
        << QStringList{"home.example.net", kHome} << true << false << 0 << ex << RestExchanges{zone("zone_home_a_current.json")}
        << RestResults{{"home.example.net", RecordType::A, Outcome::Rejected, "home.example.net is not in the zone example.com"},
                       {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("two values in the set: refused")
        << QStringList{kHome} << true << false << 0 << ex << RestExchanges{zone("zone_home_a_two.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Hostinger"}};
    QTest::newRow("wrong token: every record held")
        << QStringList{kHome} << true << true << 0 << ex << RestExchanges{zone("error_unauthenticated.json", 401)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "Hostinger refused the API token (HTTP 401: Unauthenticated.)"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "hPanel"}};
    QTest::newRow("a domain the account does not have")
        << QStringList{kHome} << true << false << 0 << ex << RestExchanges{zone("error_not_found.json", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "no such DNS zone in this account (HTTP 404: Domain not found)"}};
    QTest::newRow("a write refused")
        << QStringList{kHome} << true << false << 0 << ex
        << RestExchanges{zone("zone_home_a_stale.json"), put("home", "A", kV4, 1800, "error_validation.json", 422)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "Hostinger refused the request (HTTP 422: The zone.0.records.0.content field"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << 0 << ex << RestExchanges{zone("maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Hostinger (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("JSON without the records: never a success")
        << QStringList{kHome} << true << false << 0 << ex << RestExchanges{zone("unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no record list", true}};
    QTest::newRow("a write answered with a page: never a success")
        << QStringList{kHome} << true << false << 0 << ex
        << RestExchanges{zone("zone_home_a_stale.json"), put("home", "A", kV4, 1800, "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Hostinger (HTTP 200)", true}};
    QTest::newRow("429 with Retry-After")
        << QStringList{kHome} << true << false << 0 << ex << RestExchanges{withRetryAfter(zone("unknown.json", 429), "60")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Hostinger rate limit reached", false, 60}};
    QTest::newRow("502 page: retried")
        << QStringList{kHome} << true << false << 0 << ex << RestExchanges{zone("bad_gateway.html", 502)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Hostinger server error (HTTP 502)"}};
}

void TstHostingerProvider::transaction()
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
    runRestFlow(*m_provider, request, "hostinger", {{"Authorization", "Bearer " + kToken.toUtf8()}}, exchanges, results);
}

QTEST_GUILESS_MAIN(TstHostingerProvider)
#include "tst_hostingerprovider.moc"
