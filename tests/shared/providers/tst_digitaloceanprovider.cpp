// DigitalOcean's API v2 as its documentation describes it: Bearer token; the account's domains
// when no zone is configured; records read by type and fully qualified name; PATCH with only the
// address (and the profile's TTL); POST for a missing record. Replies in tests/data/providers/digitalocean/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_digitalocean(ProviderList &list);
}

namespace {

const QString kToken = "dop_v1_9c2f0e6a4b7d1835e2c4a6f8b0d2e4f6a8c0e2f4b6d8f0a2c4e6b8d0f2a4c6e8";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.digitalocean.com/v2";

RestExchange domains(const QString &file = "domains.json", int status = 200)
{
    return restGet(kApi + "/domains?per_page=200", file, status);
}

RestExchange records(const QString &type, const QString &name, const QString &file, int status = 200,
                     const QString &zone = "example.com")
{
    return restGet(QString("%1/domains/%2/records?type=%3&name=%4").arg(kApi, zone, type, name), file, status);
}

RestExchange patch(int id, const QJsonObject &body, const QString &file, int status = 200)
{
    return restSend("PATCH", QString("%1/domains/example.com/records/%2").arg(kApi).arg(id), body, file, status);
}

RestExchange create(const QJsonObject &body, const QString &file, int status = 201, const QString &zone = "example.com")
{
    return restSend("POST", QString("%1/domains/%2/records").arg(kApi, zone), body, file, status);
}

QJsonObject data(const QString &type, const QString &address)
{
    return {{"type", type}, {"data", address}};
}

} // namespace

class TstDigitalOceanProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate_data();
    void validate();
    void transaction_data();
    void transaction();
    void noTokenSendsNothing();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstDigitalOceanProvider::initTestCase()
{
    Providers::add_digitalocean(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstDigitalOceanProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("digitalocean"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation.host(), QString("docs.digitalocean.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://api.digitalocean.com"));
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secret, Need::Required);
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 1);
    QCOMPARE(info.options.first().key, QString("zone"));
    QVERIFY(!info.options.first().required);
}

void TstDigitalOceanProvider::validate_data()
{
    QTest::addColumn<QJsonObject>("profile");
    QTest::addColumn<QString>("errorPath");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("no zone") << QJsonObject{{"hosts", QJsonArray{kHome}}} << QString() << QString();
    QTest::newRow("zone holding the hosts")
        << QJsonObject{{"hosts", QJsonArray{kHome, "Example.COM"}}, {"zone", "example.com."}, {"ttl", 30}} << QString() << QString();
    QTest::newRow("a host outside the zone")
        << QJsonObject{{"hosts", QJsonArray{kHome, "home.example.org"}}, {"zone", "example.com"}} << "p.hosts[1]"
        << "home.example.org is not in the DigitalOcean zone example.com";
    QTest::newRow("empty zone") << QJsonObject{{"hosts", QJsonArray{kHome}}, {"zone", " "}} << "p.zone" << "must name the DigitalOcean zone";
    QTest::newRow("TTL too short") << QJsonObject{{"hosts", QJsonArray{kHome}}, {"ttl", 20}} << "p.ttl" << "30 seconds or more";
}

void TstDigitalOceanProvider::validate()
{
    QFETCH(QJsonObject, profile);
    QFETCH(QString, errorPath);
    QFETCH(QString, errorPart);
    const QList<ConfigError> errors = m_provider->validate(profile, "p");
    QCOMPARE(errors.size(), errorPath.isEmpty() ? 0 : 1);
    if (!errorPath.isEmpty()) {
        QCOMPARE(errors.first().path, errorPath);
        QVERIFY2(errors.first().message.contains(errorPart), qPrintable(errors.first().message));
    }
}

void TstDigitalOceanProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl");   // 0: not set
    QTest::addColumn<QString>("zone");
    QTest::addColumn<RestExchanges>("exchanges");
    QTest::addColumn<RestResults>("results");

    const QString none;
    QTest::newRow("A current: domains, one read, no write")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("A", kHome, "records_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: PATCH with only the address, the TTL kept")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("A", kHome, "records_home_a_stale.json"),
                         patch(3352896, data("A", kV4), "record_home_a_written.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 600 << none
        << RestExchanges{domains(), records("A", kHome, "records_home_a_stale.json"),
                         patch(3352896, {{"type", "A"}, {"data", kV4}, {"ttl", 600}}, "record_home_a_written.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("A missing: created with DigitalOcean's default TTL")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("A", kHome, "records_empty.json"),
                         create({{"type", "A"}, {"name", "home"}, {"data", kV4}}, "record_home_a_created.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com with 81.2.69.160"}};
    QTest::newRow("the zone configured: no domain list; AAAA created with the profile's TTL")
        << QStringList{kHome} << false << true << 300 << "Example.com"
        << RestExchanges{records("AAAA", kHome, "records_empty.json"),
                         create({{"type", "AAAA"}, {"name", "home"}, {"data", kV6}, {"ttl", 300}}, "record_home_aaaa_created.json")}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record"}};
    QTest::newRow("both: A unchanged in other records' company, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0 << none
        << RestExchanges{domains(), records("A", kHome, "records_other_names.json"),
                         create({{"type", "A"}, {"name", "home"}, {"data", kV4}}, "record_home_a_created.json"),
                         records("AAAA", kHome, "records_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("the domain itself is @")
        << QStringList{"Example.COM."} << true << false << 0 << none
        << RestExchanges{domains(), records("A", "example.com", "records_apex_a_stale.json"),
                         patch(3352890, data("A", kV4), "record_apex_a_written.json")}
        << RestResults{{"Example.COM.", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("the longest domain holding the host")
        << QStringList{"home.myexample.com"} << true << false << 0 << none
        << RestExchanges{domains(), records("A", "home.myexample.com", "records_empty.json", 200, "myexample.com"),
                         create({{"type", "A"}, {"name", "home"}, {"data", kV4}}, "record_home_a_created.json", 201, "myexample.com")}
        << RestResults{{"home.myexample.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("a host in no domain of the account: refused, nothing sent for it")
        << QStringList{"home.example.net", kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("A", kHome, "records_home_a_current.json")}
        << RestResults{{"home.example.net", RecordType::A, Outcome::Rejected,
                        "home.example.net is in no domain of this DigitalOcean account (it has example.com, myexample.com)"},
                       {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("a host outside the configured zone: nothing sent")
        << QStringList{"home.example.org"} << true << false << 0 << "example.com" << RestExchanges{}
        << RestResults{{"home.example.org", RecordType::A, Outcome::Rejected, "not in the zone example.com"}};
    QTest::newRow("wrong token: every record held after the first answer")
        << QStringList{kHome, "www.example.com"} << true << true << 0 << none
        << RestExchanges{domains("error_unauthorized.json", 401)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "DigitalOcean refused the API token (HTTP 401, Unauthorized: Unable to authenticate you)"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "domain scopes"},
                       {"www.example.com", RecordType::A, Outcome::AuthFailed, "Unable to authenticate"},
                       {"www.example.com", RecordType::AAAA, Outcome::AuthFailed, "Unable to authenticate"}};
    QTest::newRow("a token without the write scope: held at the write")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", kHome, "records_home_a_stale.json"), patch(3352896, data("A", kV4), "error_forbidden.json", 403)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "not authorized"}};
    QTest::newRow("a configured domain the account does not have")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", kHome, "error_not_found.json", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "no such domain in this account"}};
    QTest::newRow("several A records: refused, AAAA still done")
        << QStringList{kHome} << true << true << 0 << "example.com"
        << RestExchanges{records("A", kHome, "records_home_a_duplicate.json"), records("AAAA", kHome, "records_home_aaaa_stale.json"),
                         patch(3352898, data("AAAA", kV6), "record_home_aaaa_written.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at DigitalOcean"},
                       {kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("a write refused")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", kHome, "records_home_a_stale.json"), patch(3352896, data("A", kV4), "error_unprocessable.json", 422)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "unprocessable_entity: Data needs to end with a dot"}};
    QTest::newRow("a write answered with another address: retried")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", kHome, "records_home_a_stale.json"), patch(3352896, data("A", kV4), "record_written_other.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "the record holds 81.2.69.162"}};
    QTest::newRow("502 page on a read: retried, AAAA still tried")
        << QStringList{kHome} << true << true << 0 << "example.com"
        << RestExchanges{records("A", kHome, "bad_gateway.html", 502), records("AAAA", kHome, "records_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "DigitalOcean server error (HTTP 502)"},
                       {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", kHome, "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from DigitalOcean (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("JSON without a record list: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", kHome, "unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no record list", true}};
    QTest::newRow("a write answered without the record: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{records("A", kHome, "records_home_a_stale.json"), patch(3352896, data("A", kV4), "unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no record in the answer", true}};
    QTest::newRow("429 with Retry-After: the rest not sent")
        << QStringList{kHome, "www.example.com"} << true << false << 0 << "example.com"
        << RestExchanges{withRetryAfter(records("A", kHome, "error_rate_limited.json", 429), "120")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "DigitalOcean rate limit reached", false, 120},
                       {"www.example.com", RecordType::A, Outcome::RetryLater, "rate limit", false, 120}};
    QTest::newRow("no answer to the domain list")
        << QStringList{kHome} << true << true << 0 << none << RestExchanges{unreachable(domains())}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach DigitalOcean: Connection timed out"},
                       {kHome, RecordType::AAAA, Outcome::RetryLater, "Connection timed out"}};
}

void TstDigitalOceanProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(QString, zone);
    QFETCH(RestExchanges, exchanges);
    QFETCH(RestResults, results);

    UpdateRequest request;
    request.profileName = "home";
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
    runRestFlow(*m_provider, request, "digitalocean", {{"Authorization", "Bearer " + kToken.toUtf8()}}, exchanges, results);
}

void TstDigitalOceanProvider::noTokenSendsNothing()
{
    UpdateRequest request;
    request.hosts = {kHome};
    request.ipv4 = QHostAddress(kV4);
    request.server = m_provider->info().defaultServer;
    const auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().size(), 1);
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
}

QTEST_GUILESS_MAIN(TstDigitalOceanProvider)
#include "tst_digitaloceanprovider.moc"
