// GoDaddy (Domains API v1) as its documentation describes it: "sso-key KEY:SECRET"; the account's
// active domains when no zone is configured; the records of one name and type read by GET and
// replaced by PUT with an array (the record's TTL kept), which also creates them; 200 with no
// body on success; 403 ACCESS_DENIED for accounts without API access. Replies in
// tests/data/providers/godaddy/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_godaddy(ProviderList &list);
}

namespace {

const QString kKey = "dLf4Yq8Vb2Rk_7Hn3Wx9Pz5Ct1Mg6Js0Ae";
const QString kSecret = "Qv8Lw2Nz6Ty4Bm0Kp";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.godaddy.com/v1";

RestExchange domains(const QString &file = "domains.json", int status = 200)
{
    return restGet(kApi + "/domains?statuses=ACTIVE&limit=1000", file, status);
}

QString path(const QString &type, const QString &name, const QString &zone = "example.com")
{
    return QString("%1/domains/%2/records/%3/%4").arg(kApi, zone, type, name);
}

RestExchange records(const QString &type, const QString &name, const QString &file, int status = 200,
                     const QString &zone = "example.com")
{
    return restGet(path(type, name, zone), file, status);
}

QJsonArray data(const QString &address, int ttl = 0)
{
    QJsonObject o{{"data", address}};
    if (ttl > 0)
        o.insert("ttl", ttl);
    return QJsonArray{o};
}

RestExchange put(const QString &type, const QString &name, const QJsonArray &body, const QString &file = QString(),
                 int status = 200, const QString &zone = "example.com")
{
    return restSend("PUT", path(type, name, zone), body, file, status);
}

} // namespace

class TstGoDaddyProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void missingKey();

private:
    UpdateRequest request(const QStringList &hosts, bool v4, bool v6) const;

    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstGoDaddyProvider::initTestCase()
{
    Providers::add_godaddy(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstGoDaddyProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("godaddy"));
    QCOMPARE(info.category, ProviderCategory::Registrar);
    QCOMPARE(info.documentation, QUrl("https://developer.godaddy.com/doc/endpoint/domains"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.secretLabel, QString("API secret"));
    QCOMPARE(info.extraCredentials.size(), 1);
    QCOMPARE(info.extraCredentials.first().id, QString("key"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
}

void TstGoDaddyProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome}}, {"ttl", 600}}, "p").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome}}, {"ttl", 300}}, "p");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("p.ttl"));
    QVERIFY2(errors.first().message.contains("600 to 604800"), qPrintable(errors.first().message));
    const QList<ConfigError> zone = m_provider->validate({{"hosts", QJsonArray{"home.example.net"}}, {"zone", "example.com"}}, "p");
    QCOMPARE(zone.size(), 1);
}

UpdateRequest TstGoDaddyProvider::request(const QStringList &hosts, bool v4, bool v6) const
{
    UpdateRequest request;
    request.hosts = hosts;
    if (v4)
        request.ipv4 = QHostAddress(kV4);
    if (v6)
        request.ipv6 = QHostAddress(kV6);
    request.secret = kSecret;
    request.credentials = {{"secret", kSecret}, {"key", kKey}};
    request.server = m_provider->info().defaultServer;
    return request;
}

void TstGoDaddyProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QString>("zone");
    QTest::addColumn<RestExchanges>("exchanges");
    QTest::addColumn<RestResults>("results");

    const QString none;
    QTest::newRow("A current: domains, one read, no write")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("A", "home", "records_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: PUT keeps the record's TTL")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("A", "home", "records_home_a_stale.json"), put("A", "home", data(kV4, 1800))}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale, zone configured: the profile's TTL; no domain list")
        << QStringList{kHome} << true << false << 900 << "example.com"
        << RestExchanges{records("A", "home", "records_home_a_stale.json"), put("A", "home", data(kV4, 900))}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("both: A created without a TTL, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0 << none
        << RestExchanges{domains(), records("A", "home", "records_empty.json"), put("A", "home", data(kV4)),
                         records("AAAA", "home", "records_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com"},
                       {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("AAAA created with the profile's TTL")
        << QStringList{kHome} << false << true << 1200 << none
        << RestExchanges{domains(), records("AAAA", "home", "records_empty.json"), put("AAAA", "home", data(kV6, 1200))}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record"}};
    QTest::newRow("the domain itself is @")
        << QStringList{"example.com"} << true << false << 0 << none
        << RestExchanges{domains(), records("A", "@", "records_apex_a_stale.json"), put("A", "@", data(kV4, 600))}
        << RestResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("the longest domain holding the host")
        << QStringList{"home.myexample.com"} << true << false << 0 << none
        << RestExchanges{domains(), records("A", "home", "records_empty.json", 200, "myexample.com"),
                         put("A", "home", data(kV4), QString(), 200, "myexample.com")}
        << RestResults{{"home.myexample.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("a host in no active domain of the account")
        << QStringList{"home.example.net", kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("A", "home", "records_home_a_current.json")}
        << RestResults{{"home.example.net", RecordType::A, Outcome::Rejected,
                        "in no active domain of this GoDaddy account (it has example.com, myexample.com)"},
                       {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("an account without domains")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{domains("domains_empty.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "GoDaddy account"}};
    QTest::newRow("a configured domain without a zone at GoDaddy")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", "home", "error_unknown_domain.json", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "no DNS zone for this domain in the account (HTTP 404, UNKNOWN_DOMAIN"}};
    QTest::newRow("two A records: refused, AAAA still done")
        << QStringList{kHome} << true << true << 0 << "example.com"
        << RestExchanges{records("A", "home", "records_home_a_two.json"), records("AAAA", "home", "records_home_aaaa_stale.json"),
                         put("AAAA", "home", data(kV6, 600))}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at GoDaddy"},
                       {kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("wrong keys: every record held")
        << QStringList{kHome} << true << true << 0 << none << RestExchanges{domains("error_unauthorized.json", 401)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "GoDaddy refused the API key and secret (HTTP 401, UNABLE_TO_AUTHENTICATE"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "Production key"}};
    QTest::newRow("an account GoDaddy keeps out of its API: held with the reason")
        << QStringList{kHome} << true << true << 0 << "example.com"
        << RestExchanges{records("A", "home", "error_access_denied.json", 403)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "Authenticated user is not allowed access): GoDaddy opens its DNS API only"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "10 or more domains"}};
    QTest::newRow("a write refused")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", "home", "records_home_a_stale.json"), put("A", "home", data(kV4, 1800), "error_invalid_body.json", 422)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "GoDaddy refused the request (HTTP 422, INVALID_BODY"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", "home", "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from GoDaddy (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("JSON without the record list: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", "home", "unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no record list", true}};
    QTest::newRow("a write answered with a page: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", "home", "records_home_a_stale.json"), put("A", "home", data(kV4, 1800), "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from GoDaddy (HTTP 200)", true}};
    QTest::newRow("429 with Retry-After")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{withRetryAfter(records("A", "home", "error_rate_limited.json", 429), "30")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "GoDaddy rate limit reached", false, 30}};
    QTest::newRow("502 page: retried")
        << QStringList{kHome} << true << false << 0 << "example.com" << RestExchanges{records("A", "home", "bad_gateway.html", 502)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "GoDaddy server error (HTTP 502)"}};
}

void TstGoDaddyProvider::transaction()
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
    runRestFlow(*m_provider, r, "godaddy", {{"Authorization", "sso-key " + kKey.toUtf8() + ":" + kSecret.toUtf8()}}, exchanges, results);
}

// Without the API key nothing is sent: the secret alone cannot sign in.
void TstGoDaddyProvider::missingKey()
{
    UpdateRequest r = request({kHome}, true, false);
    r.credentials.remove("key");
    runRestFlow(*m_provider, r, "godaddy", {}, {}, {{kHome, RecordType::A, Outcome::AuthFailed, "both the API key and the API secret"}});
}

QTEST_GUILESS_MAIN(TstGoDaddyProvider)
#include "tst_godaddyprovider.moc"
