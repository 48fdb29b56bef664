// Linode's API v4 as its documentation describes it: Bearer token; the domain's id from GET
// /v4/domains (X-Filter on "domain" when the zone is configured); records filtered on name and type
// with X-Filter; PUT with only the target (and the profile's TTL); POST for a missing record.
// Replies in tests/data/providers/linode/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_linode(ProviderList &list);
}

namespace {

const QString kToken = "3f9a1c7e5b2d8046a1e3c5f7092b4d6e8a0c2e4f6b8d0a2c4e6f8b0d2a4c6e81";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.linode.com/v4";

RestExchange domains(const QString &file = "domains.json", int status = 200)
{
    return restGet(kApi + "/domains?page_size=500", file, status);
}

RestExchange domainNamed(const QString &file = "domains_example_com.json", int status = 200)
{
    RestExchange e = restGet(kApi + "/domains", file, status);
    e.extraHeaders = {{"X-Filter", R"({"domain":"example.com"})"}};
    return e;
}

RestExchange records(const QString &name, const QString &type, const QString &file, int status = 200, int domain = 1234)
{
    RestExchange e = restGet(QString("%1/domains/%2/records").arg(kApi).arg(domain), file, status);
    e.extraHeaders = {{"X-Filter", QString(R"({"name":"%1","type":"%2"})").arg(name, type).toUtf8()}};
    return e;
}

RestExchange put(int id, const QJsonObject &body, const QString &file, int status = 200)
{
    return restSend("PUT", QString("%1/domains/1234/records/%2").arg(kApi).arg(id), body, file, status);
}

RestExchange create(const QJsonObject &body, const QString &file, int status = 200, int domain = 1234)
{
    return restSend("POST", QString("%1/domains/%2/records").arg(kApi).arg(domain), body, file, status);
}

QJsonObject target(const QString &address)
{
    return {{"target", address}};
}

} // namespace

class TstLinodeProvider : public QObject
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

void TstLinodeProvider::initTestCase()
{
    Providers::add_linode(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstLinodeProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("linode"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation.host(), QString("techdocs.akamai.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://api.linode.com"));
    QCOMPARE(info.secret, Need::Required);
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 1);
    QCOMPARE(info.options.first().key, QString("zone"));
}

void TstLinodeProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome}}}, "p").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome, "a.example.net"}}, {"zone", "example.com"}}, "p");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("p.hosts[1]"));
    QVERIFY2(errors.first().message.contains("a.example.net is not in the Linode zone example.com"), qPrintable(errors.first().message));
}

void TstLinodeProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QString>("zone");
    QTest::addColumn<RestExchanges>("exchanges");
    QTest::addColumn<RestResults>("results");

    const QString none;
    QTest::newRow("A current: the domain's id, one filtered read, no write")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("home", "A", "records_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: PUT with only the target, the TTL kept")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("home", "A", "records_home_a_stale.json"), put(5001, target(kV4), "record_home_a_written.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL; the configured domain looked up by name")
        << QStringList{kHome} << true << false << 3600 << "example.com"
        << RestExchanges{domainNamed(), records("home", "A", "records_home_a_stale.json"),
                         put(5001, {{"target", kV4}, {"ttl_sec", 3600}}, "record_home_a_written.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("both: A created, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0 << none
        << RestExchanges{domains(), records("home", "A", "records_empty.json"),
                         create({{"type", "A"}, {"name", "home"}, {"target", kV4}}, "record_home_a_created.json"),
                         records("home", "AAAA", "records_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com"},
                       {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("AAAA created with the profile's TTL")
        << QStringList{kHome} << false << true << 300 << none
        << RestExchanges{domains(), records("home", "AAAA", "records_empty.json"),
                         create({{"type", "AAAA"}, {"name", "home"}, {"target", kV6}, {"ttl_sec", 300}}, "record_home_aaaa_created.json")}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record"}};
    QTest::newRow("the domain itself has the empty name")
        << QStringList{"example.com"} << true << false << 0 << none
        << RestExchanges{domains(), records("", "A", "records_apex_a_stale.json"), put(5000, target(kV4), "record_apex_a_written.json")}
        << RestResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("the longest domain holding the host")
        << QStringList{"home.myexample.com"} << true << false << 0 << none
        << RestExchanges{domains(), records("home", "A", "records_empty.json", 200, 1235),
                         create({{"type", "A"}, {"name", "home"}, {"target", kV4}}, "record_home_a_created.json", 200, 1235)}
        << RestResults{{"home.myexample.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("a secondary domain: refused, nothing sent for it")
        << QStringList{"home.example.org", kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("home", "A", "records_home_a_current.json")}
        << RestResults{{"home.example.org", RecordType::A, Outcome::Rejected, "secondary (slave) domain"},
                       {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("a host in no domain of the account")
        << QStringList{"home.example.net"} << true << false << 0 << none << RestExchanges{domains()}
        << RestResults{{"home.example.net", RecordType::A, Outcome::Rejected,
                        "in no domain of this Linode account (it has example.com, example.org, myexample.com)"}};
    QTest::newRow("the configured domain is not in the account")
        << QStringList{kHome} << true << true << 0 << "example.com" << RestExchanges{domainNamed("domains_empty.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "Linode has no domain example.com in this account"},
                       {kHome, RecordType::AAAA, Outcome::Rejected, "no domain example.com"}};
    QTest::newRow("wrong token: every record held after the first answer")
        << QStringList{kHome} << true << true << 0 << none << RestExchanges{domains("error_invalid_token.json", 401)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "Linode refused the API token (HTTP 401: Invalid Token)"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "Domains: Read/Write"}};
    QTest::newRow("a read-only token: held at the write")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("home", "A", "records_home_a_stale.json"), put(5001, target(kV4), "error_unauthorized_scope.json", 403)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "HTTP 403: Unauthorized"}};
    QTest::newRow("several A records: refused, AAAA still done")
        << QStringList{kHome} << true << true << 0 << none
        << RestExchanges{domains(), records("home", "A", "records_home_a_duplicate.json"), records("home", "AAAA", "records_home_aaaa_stale.json"),
                         put(5003, target(kV6), "record_home_aaaa_written.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Linode"},
                       {kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("a write refused with a field error")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("home", "A", "records_home_a_stale.json"), put(5001, target(kV4), "error_bad_target.json", 400)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "target: Invalid IPv4 address"}};
    QTest::newRow("the record vanished before the write")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("home", "A", "records_home_a_stale.json"), put(5001, target(kV4), "error_not_found.json", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "Not found"}};
    QTest::newRow("a write answered with another address: retried")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("home", "A", "records_home_a_stale.json"), put(5001, target(kV4), "record_written_other.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "the record holds 81.2.69.162"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("home", "A", "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Linode (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("JSON without a list: never a success")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains("unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no domain list", true}};
    QTest::newRow("502 page: retried")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), records("home", "A", "bad_gateway.html", 502)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Linode server error (HTTP 502)"}};
    QTest::newRow("429 with Retry-After: the rest not sent")
        << QStringList{kHome, "www.example.com"} << true << false << 0 << none
        << RestExchanges{domains(), withRetryAfter(records("home", "A", "error_rate_limited.json", 429), "30")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Linode rate limit reached", false, 30},
                       {"www.example.com", RecordType::A, Outcome::RetryLater, "rate limit", false, 30}};
    QTest::newRow("no answer")
        << QStringList{kHome} << true << false << 0 << none << RestExchanges{unreachable(domains())}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach Linode"}};
}

void TstLinodeProvider::transaction()
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
    runRestFlow(*m_provider, request, "linode", {{"Authorization", "Bearer " + kToken.toUtf8()}}, exchanges, results);
}

QTEST_GUILESS_MAIN(TstLinodeProvider)
#include "tst_linodeprovider.moc"
