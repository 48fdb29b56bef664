// ClouDNS's HTTP API as its wiki describes it: form POSTs to dns/records.json (host and type),
// dns/mod-record.json (record-id, host, record, ttl: the record's TTL kept) and
// dns/add-record.json (record-type, host, record, ttl), each with auth-id (sub-auth-id for a
// sub-user), auth-password and domain-name; "Success"/"Failed" statuses; the apex is the empty host.
// Replies in tests/data/providers/cloudns/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_cloudns(ProviderList &list);
}

namespace {

const QString kAuthId = "4821";
const QString kPassword = "cl0u&dns+Pw";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.cloudns.net/dns/";
const QByteArray kAuth = "auth-id=4821&auth-password=cl0u%26dns%2BPw&domain-name=example.com";

RestExchange records(const QString &host, const QString &type, const QString &file, int status = 200)
{
    return restForm(kApi + "records.json", kAuth + "&host=" + host.toUtf8() + "&type=" + type.toUtf8(), file, status);
}

RestExchange modify(const QString &id, const QString &host, const QString &address, int ttl, const QString &file = "modified.json")
{
    return restForm(kApi + "mod-record.json",
                    kAuth + "&record-id=" + id.toUtf8() + "&host=" + host.toUtf8() + "&record=" + QUrl::toPercentEncoding(address)
                        + "&ttl=" + QByteArray::number(ttl),
                    file);
}

RestExchange add(const QString &type, const QString &host, const QString &address, int ttl, const QString &file = "added.json")
{
    return restForm(kApi + "add-record.json",
                    kAuth + "&record-type=" + type.toUtf8() + "&host=" + host.toUtf8() + "&record=" + QUrl::toPercentEncoding(address)
                        + "&ttl=" + QByteArray::number(ttl),
                    file);
}

UpdateRequest makeRequest(const QStringList &hosts, bool v4, bool v6, int ttl, const QJsonObject &options = {{"zone", "example.com"}})
{
    UpdateRequest request;
    request.hosts = hosts;
    if (v4)
        request.ipv4 = QHostAddress(kV4);
    if (v6)
        request.ipv6 = QHostAddress(kV6);
    request.username = kAuthId;
    request.secret = kPassword;
    request.credentials = {{"secret", kPassword}};
    request.server = QUrl("https://api.cloudns.net");
    request.options = options;
    if (ttl > 0)
        request.ttl = ttl;
    return request;
}

} // namespace

class TstClouDnsProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void subUser();
    void nothingSentWithoutCredentials();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstClouDnsProvider::initTestCase()
{
    Providers::add_cloudns(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstClouDnsProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("cloudns"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation, QUrl("https://www.cloudns.net/wiki/article/57/"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://api.cloudns.net"));
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.usernameLabel, QString("Auth ID"));
    QCOMPARE(info.secret, Need::Required);
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 2);
    QCOMPARE(info.options.first().key, QString("zone"));
    QCOMPARE(info.options.last().key, QString("subUser"));
}

void TstClouDnsProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome, "example.com"}}, {"zone", "example.com"}, {"ttl", 900}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome}}, {"zone", "example.com"}, {"ttl", 120}}, "profiles[1]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[1].ttl"));
    QVERIFY2(errors.first().message.contains("not 120"), qPrintable(errors.first().message));
}

void TstClouDnsProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl");
    QTest::addColumn<RestExchanges>("exchanges");
    QTest::addColumn<RestResults>("results");

    QTest::newRow("A current: listed, no write")
        << QStringList{kHome} << true << false << 0 << RestExchanges{records("home", "A", "records_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: modified keeping its TTL")
        << QStringList{kHome} << true << false << 0
        << RestExchanges{records("home", "A", "records_home_a.json"), modify("318040021", "home", kV4, 900)}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 300
        << RestExchanges{records("home", "A", "records_home_a.json"), modify("318040021", "home", kV4, 300)}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("AAAA missing: added with 3600")
        << QStringList{kHome} << false << true << 0
        << RestExchanges{records("home", "AAAA", "records_none.json"), add("AAAA", "home", kV6, 3600)}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com with 2a02:8070:d18f:5a00::10"}};
    QTest::newRow("the zone itself is the empty host")
        << QStringList{"example.com"} << true << false << 0
        << RestExchanges{records("", "A", "records_apex_a.json"), modify("318040001", "", kV4, 3600)}
        << RestResults{{"example.com", RecordType::A, Outcome::Updated, "from 81.2.69.150"}};
    QTest::newRow("both families: A changed, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0
        << RestExchanges{records("home", "A", "records_home_a.json"), modify("318040021", "home", kV4, 900),
                         records("home", "AAAA", "records_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("two A records are not overwritten")
        << QStringList{kHome} << true << false << 0 << RestExchanges{records("home", "A", "records_home_a_two.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at ClouDNS"}};
    QTest::newRow("wrong credentials (HTTP 200, Failed): held")
        << QStringList{kHome} << true << true << 0 << RestExchanges{records("home", "A", "invalid_auth.json")}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "ClouDNS refused the API user (HTTP 200: Invalid authentication, incorrect auth-id or auth-password.)"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "API & Resellers"}};
    QTest::newRow("a zone the account lacks")
        << QStringList{kHome} << true << false << 0 << RestExchanges{records("home", "A", "missing_domain.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "ClouDNS refused the request (HTTP 200: Missing domain-name)"}};
    QTest::newRow("a write refused")
        << QStringList{kHome} << true << false << 0
        << RestExchanges{records("home", "A", "records_home_a.json"), modify("318040021", "home", kV4, 900, "bad_ttl.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "Invalid TTL"}};
    QTest::newRow("HTML with HTTP 200: unexpected")
        << QStringList{kHome} << true << false << 0 << RestExchanges{records("home", "A", "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from ClouDNS (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("JSON that lists no records: unexpected")
        << QStringList{kHome} << true << false << 0 << RestExchanges{records("home", "A", "unknown_shape.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from ClouDNS (HTTP 200, no records)", true}};
    QTest::newRow("a write answered without a status: unexpected")
        << QStringList{kHome} << true << false << 0
        << RestExchanges{records("home", "A", "records_home_a.json"), modify("318040021", "home", kV4, 900, "unknown_shape.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no Success status", true}};
    QTest::newRow("no answer")
        << QStringList{kHome} << true << false << 0 << RestExchanges{unreachable(records("home", "A", QString()))}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach ClouDNS: Connection timed out"}};
}

void TstClouDnsProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(RestExchanges, exchanges);
    QFETCH(RestResults, results);
    runRestFlow(*m_provider, makeRequest(hosts, v4, v6, ttl), "cloudns", {}, exchanges, results);
}

void TstClouDnsProvider::subUser()
{
    const UpdateRequest request = makeRequest({kHome}, true, false, 0, {{"zone", "example.com"}, {"subUser", true}});
    runRestFlow(*m_provider, request, "cloudns", {},
                {restForm(kApi + "records.json", "sub-auth-id=4821&auth-password=cl0u%26dns%2BPw&domain-name=example.com&host=home&type=A",
                          "records_home_a_current.json")},
                {{kHome, RecordType::A, Outcome::Unchanged, "already holds"}});
}

void TstClouDnsProvider::nothingSentWithoutCredentials()
{
    UpdateRequest request = makeRequest({kHome}, true, false, 0);
    request.username.clear();
    const auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(tx->results().first().message.contains("auth-id and its password"));
}

QTEST_GUILESS_MAIN(TstClouDnsProvider)
#include "tst_cloudnsprovider.moc"
