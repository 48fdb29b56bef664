// IONOS (DNS API v1) as its documentation describes it: "X-API-Key: prefix.secret"; the zone list
// for the zone's id (always: records are addressed by it); the zone's records filtered on name
// and type; PUT of one record with its TTL, priority and disabled flag kept; POST of an array to
// create; errors as arrays of {"code", "message"}. Replies in tests/data/providers/ionos/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_ionos(ProviderList &list);
}

namespace {

const QString kKey = "5d3f9b1e7a2c4d6f8b0e1a3c5e7f9b1d.Xk4Rt8Wq2Zp6Yn0Vm3Lc7Hb1Js5Gd9Fa2Eu6Ko0Pi4Uy8Tr2We6Qs0Ax4Cz8Bv2Nm";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.hosting.ionos.com/dns/v1";
const QString kZone = "a1f3c5e7-0b2d-11ef-8d4f-0a5864440f43";
const QString kZone2 = "b2e4d6f8-1c3e-11ef-9e50-0a5864440f43";
const QString kRecordA = "c0a80101-5e1d-4f3a-9b2c-7d8e9f0a1b2c";
const QString kRecordAaaa = "c0a80105-5e1d-4f3a-9b2c-7d8e9f0a1b2c";

RestExchange zones(const QString &file = "zones.json", int status = 200)
{
    return restGet(kApi + "/zones", file, status);
}

RestExchange records(const QString &name, const QString &type, const QString &file, int status = 200, const QString &zone = kZone)
{
    return restGet(QString("%1/zones/%2?recordName=%3&recordType=%4").arg(kApi, zone, name, type), file, status);
}

QJsonObject update(const QString &address, int ttl, int prio = 0, bool disabled = false)
{
    return {{"content", address}, {"ttl", ttl}, {"prio", prio}, {"disabled", disabled}};
}

RestExchange put(const QString &id, const QJsonObject &body, const QString &file, int status = 200)
{
    return restSend("PUT", QString("%1/zones/%2/records/%3").arg(kApi, kZone, id), body, file, status);
}

RestExchange post(const QString &name, const QString &type, const QString &address, int ttl, const QString &file,
                  int status = 201, const QString &zone = kZone)
{
    QJsonObject record{{"name", name}, {"type", type}, {"content", address}, {"disabled", false}};
    if (ttl > 0)
        record.insert("ttl", ttl);
    return restSend("POST", QString("%1/zones/%2/records").arg(kApi, zone), QJsonArray{record}, file, status);
}

} // namespace

class TstIonosProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();
    void keyWithoutPrefix();

private:
    UpdateRequest request(const QStringList &hosts, bool v4, bool v6, const QString &key = kKey) const;

    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstIonosProvider::initTestCase()
{
    Providers::add_ionos(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstIonosProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("ionos"));
    QCOMPARE(info.documentation, QUrl("https://developer.hosting.ionos.com/docs/dns"));
    QVERIFY(info.checked.isValid());
    QVERIFY(info.secretHelp.contains("publicprefix.secret"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{"home.example.net"}}, {"zone", "example.com"}}, "p").size(), 1);
}

UpdateRequest TstIonosProvider::request(const QStringList &hosts, bool v4, bool v6, const QString &key) const
{
    UpdateRequest request;
    request.hosts = hosts;
    if (v4)
        request.ipv4 = QHostAddress(kV4);
    if (v6)
        request.ipv6 = QHostAddress(kV6);
    request.secret = key;
    request.credentials = {{"secret", key}};
    request.server = m_provider->info().defaultServer;
    return request;
}

void TstIonosProvider::transaction_data()
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
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "zone_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: PUT keeps TTL, priority and flag")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "zone_home_a_stale.json"), put(kRecordA, update(kV4, 1800), "record_home_a_written.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale, zone configured: the profile's TTL")
        << QStringList{kHome} << true << false << 300 << "example.com"
        << RestExchanges{zones(), records(kHome, "A", "zone_home_a_stale.json"), put(kRecordA, update(kV4, 300), "record_home_a_written.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("a bare 200 to the PUT is taken at its word")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "zone_home_a_stale.json"), put(kRecordA, update(kV4, 1800), QString())}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("both: A created, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "zone_home_a_other_names.json"), post(kHome, "A", kV4, 0, "created_home_a.json"),
                         records(kHome, "AAAA", "zone_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com"},
                       {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("AAAA created with the profile's TTL")
        << QStringList{kHome} << false << true << 1200 << none
        << RestExchanges{zones(), records(kHome, "AAAA", "zone_empty.json"), post(kHome, "AAAA", kV6, 1200, "created_home_aaaa.json")}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record"}};
    QTest::newRow("the zone itself")
        << QStringList{"example.com"} << true << false << 0 << none
        << RestExchanges{zones(), records("example.com", "A", "zone_apex_a_stale.json"),
                         put("c0a80106-5e1d-4f3a-9b2c-7d8e9f0a1b2c", update(kV4, 3600), "record_apex_a_written.json")}
        << RestResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("the longest zone holding the host")
        << QStringList{"home.myexample.com"} << true << false << 0 << none
        << RestExchanges{zones(), records("home.myexample.com", "A", "zone_empty.json", 200, kZone2),
                         post("home.myexample.com", "A", kV4, 0, "created_home_a.json", 201, kZone2)}
        << RestResults{{"home.myexample.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("a host in no zone of the account")
        << QStringList{"home.example.net", kHome} << true << false << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "zone_home_a_current.json")}
        << RestResults{{"home.example.net", RecordType::A, Outcome::Rejected, "in no zone of this IONOS account (it has example.com, myexample.com)"},
                       {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("a configured zone the account does not have")
        << QStringList{"home.example.org"} << true << false << 0 << "example.org" << RestExchanges{zones()}
        << RestResults{{"home.example.org", RecordType::A, Outcome::Rejected, "IONOS has no zone example.org in this account"}};
    QTest::newRow("two A records: refused, AAAA still done")
        << QStringList{kHome} << true << true << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "zone_home_a_two.json"), records(kHome, "AAAA", "zone_home_aaaa_stale.json"),
                         put(kRecordAaaa, update(kV6, 600), "record_home_aaaa_written.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at IONOS"},
                       {kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("wrong key: every record held")
        << QStringList{kHome} << true << true << 0 << none << RestExchanges{zones("error_unauthorized.json", 401)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "IONOS refused the API key (HTTP 401, UNAUTHORIZED: The customer is not authorized"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "joined by a dot"}};
    QTest::newRow("the zone gone between the steps")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "error_zone_not_found.json", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "no such zone or record in this account (HTTP 404, ZONE_NOT_FOUND: Zone not found.)"}};
    QTest::newRow("a write refused")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "zone_home_a_stale.json"), put(kRecordA, update(kV4, 1800), "error_invalid_record.json", 400)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "IONOS refused the request (HTTP 400, INVALID_RECORD: Record is invalid.)"}};
    QTest::newRow("a write answered with another address")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "zone_home_a_stale.json"), put(kRecordA, update(kV4, 1800), "record_written_other.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "accepted the change but the record holds 81.2.69.170"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from IONOS (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("a zone list that is none")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{zones("unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no zone list", true}};
    QTest::newRow("JSON without the records: never a success")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no record list", true}};
    QTest::newRow("a create answered with a page: never a success")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{zones(), records(kHome, "A", "zone_empty.json"), post(kHome, "A", kV4, 0, "maintenance.html", 200)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from IONOS (HTTP 200)", true}};
    QTest::newRow("429 with Retry-After")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{withRetryAfter(zones("error_rate_limited.json", 429), "20")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "IONOS rate limit reached", false, 20}};
    QTest::newRow("502 page: retried")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{zones("bad_gateway.html", 502)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "IONOS server error (HTTP 502)"}};
}

void TstIonosProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(QString, zone);
    QFETCH(RestExchanges, exchanges);
    QFETCH(RestResults, results);

    UpdateRequest r = request(hosts, v4, v6);
    if (ttl > 0)
        r.ttl = ttl;
    if (!zone.isEmpty())
        r.options.insert("zone", zone);
    runRestFlow(*m_provider, r, "ionos", {{"X-API-Key", kKey.toUtf8()}}, exchanges, results);
}

// Only the secret half of the key: nothing is sent, and the message says how the key is written.
void TstIonosProvider::keyWithoutPrefix()
{
    const UpdateRequest r = request({kHome}, true, false, "Xk4Rt8Wq2Zp6Yn0Vm3Lc7Hb1Js5Gd9Fa2Eu6Ko0Pi4Uy8Tr2We6Qs0Ax4Cz8Bv2Nm");
    runRestFlow(*m_provider, r, "ionos", {}, {}, {{kHome, RecordType::A, Outcome::AuthFailed, "publicprefix.secret"}});
}

QTEST_GUILESS_MAIN(TstIonosProvider)
#include "tst_ionosprovider.moc"
