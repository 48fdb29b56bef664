// Servercow's DNS API as its wiki describes it: X-Auth-Username and X-Auth-Password, GET
// /dns/v1/domains/{domain} for the records, POST of {type, name, content, ttl} (the record's own
// TTL kept) when it differs or is missing, {"message": "ok"} on success and {"error"} otherwise.
// Replies in tests/data/providers/servercow/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_servercow(ProviderList &list);
}

namespace {

const QString kUser = "dnsapi_home";
const QString kPassword = "Xc9-vT2q8LmN4wZr";
const QString kHome = "home.example.com";
const QString kDomain = "https://api.servercow.de/dns/v1/domains/example.com";

Exchange list(const QString &file, int status = 200)
{
    return exchange("servercow", "GET", kDomain, std::nullopt, status, file);
}

Exchange save(const QString &type, const QString &name, const QString &content, int ttl, const QString &file = "ok.json", int status = 200)
{
    return exchange("servercow", "POST", kDomain, QJsonValue(QJsonObject{{"type", type}, {"name", name}, {"content", content}, {"ttl", ttl}}),
                    status, file);
}

} // namespace

class TstServercowProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();
    void nothingSentWithoutCredentials();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstServercowProvider::initTestCase()
{
    Providers::add_servercow(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstServercowProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("servercow"));
    QCOMPARE(info.category, ProviderCategory::Registrar);
    QCOMPARE(info.documentation.host(), QString("wiki.servercow.de"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.usernameLabel, QString("DNS API username"));
    QCOMPARE(info.secretLabel, QString("DNS API password"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.first().key, QString("zone"));
}

void TstServercowProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    QTest::newRow("A current: one read, no write")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: POST with the record's own TTL")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records.json"), save("A", "home", kTestV4, 60)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 600 << Exchanges{list("records.json"), save("A", "home", kTestV4, 600)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("the domain itself: the name \"\"")
        << QStringList{"example.com"} << true << false << 0 << Exchanges{list("records.json"), save("A", "", kTestV4, 3600)}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com from 81.2.69.150"}};
    QTest::newRow("AAAA missing: POST with the default TTL")
        << QStringList{kHome} << false << true << 0 << Exchanges{list("records_current.json"), save("AAAA", "home", kTestV6, 300)}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com"}};
    QTest::newRow("both families: A changed, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0 << Exchanges{list("records.json"), save("A", "home", kTestV4, 60), list("records.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("a name with two addresses: not overwritten")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_two.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Servercow"}};
    QTest::newRow("an error with HTTP 200: refused")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("error_domain.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "Servercow refused the request (HTTP 200: Domain not found or no permission for this domain)"}};
    QTest::newRow("a write answered with an error")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records.json"), save("A", "home", kTestV4, 60, "error_domain.json", 400)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "HTTP 400: Domain not found"}};
    QTest::newRow("credentials refused: held, nothing more sent")
        << QStringList{kHome} << true << true << 0 << Exchanges{list("error_unauthorized.json", 401)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "Servercow refused the DNS API username and password (HTTP 401: Authentication failed)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "Servercow DNS-API"}};
    QTest::newRow("a write without \"ok\": unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records.json"), save("A", "home", kTestV4, 60, "unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Servercow (HTTP 200, no \"ok\")", true}};
    QTest::newRow("HTML with HTTP 200: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Servercow (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("JSON without a record list: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Servercow (HTTP 200, no record list)", true}};
    QTest::newRow("no answer")
        << QStringList{kHome} << true << false << 0 << Exchanges{unreachable("GET", kDomain)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach Servercow: Connection timed out"}};
}

void TstServercowProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    const UpdateRequest request = recordRequest(hosts, v4, v6, ttl, QUrl(), kUser, {{"secret", kPassword}}, {{"zone", "example.com"}});
    runExchanges(*m_provider, request, {{"X-Auth-Username", kUser.toUtf8()}, {"X-Auth-Password", kPassword.toUtf8()}}, exchanges, results);
}

void TstServercowProvider::nothingSentWithoutCredentials()
{
    const auto noUser = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {{"secret", kPassword}}, {{"zone", "example.com"}}));
    QVERIFY(!noUser->nextRequest());
    QCOMPARE(noUser->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(noUser->results().first().message.contains("DNS API username and password"));
}

QTEST_GUILESS_MAIN(TstServercowProvider)
#include "tst_servercowprovider.moc"
