// Name.com's API as its documentation describes it: Basic auth with the username and API token,
// GET /core/v1/domains/{domain}/records, PUT of the record (host, type, answer, ttl: the record's
// own TTL kept) when it differs, POST when missing. Replies in tests/data/providers/namecom/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_namecom(ProviderList &list);
}

namespace {

const QString kUser = "homeowner";
const QString kToken = "nc_4b1d0c3e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c";
const QString kHome = "home.example.com";
const QString kRecords = "https://api.name.com/core/v1/domains/example.com/records";

Exchange list(const QString &file, int status = 200)
{
    return exchange("namecom", "GET", kRecords, std::nullopt, status, file);
}

Exchange put(const QString &id, const QJsonObject &body, const QString &file, int status = 200)
{
    return exchange("namecom", "PUT", kRecords + "/" + id, QJsonValue(body), status, file);
}

Exchange post(const QJsonObject &body, const QString &file, int status = 200)
{
    return exchange("namecom", "POST", kRecords, QJsonValue(body), status, file);
}

QJsonObject record(const QString &host, const QString &type, const QString &answer, int ttl)
{
    return {{"host", host}, {"type", type}, {"answer", answer}, {"ttl", ttl}};
}

} // namespace

class TstNameComProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void nothingSentWithoutCredentials();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstNameComProvider::initTestCase()
{
    Providers::add_namecom(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstNameComProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("namecom"));
    QCOMPARE(info.name, QString("Name.com"));
    QCOMPARE(info.category, ProviderCategory::Registrar);
    QCOMPARE(info.documentation, QUrl("https://docs.name.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://api.name.com"));
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.secret, Need::Required);
    QCOMPARE(info.secretLabel, QString("API token"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.first().key, QString("zone"));
    QCOMPARE(info.options.first().label, QString("Domain"));
}

void TstNameComProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome}}, {"zone", "example.com"}, {"ttl", 300}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{"home.example.net"}}, {"zone", "example.com"}, {"ttl", 60}}, "profiles[3]");
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).path, QString("profiles[3].hosts[0]"));
    QCOMPARE(errors.at(1).path, QString("profiles[3].ttl"));
    QVERIFY2(errors.at(1).message.contains("Name.com takes a TTL of 300 to 86400 seconds"), qPrintable(errors.at(1).message));
}

void TstNameComProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl");
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    QTest::newRow("A current: one read, no write")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: PUT keeps the record's TTL")
        << QStringList{kHome} << true << false << 0
        << Exchanges{list("records.json"), put("12345", record("home", "A", kTestV4, 600), "record_home_a_written.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 1800
        << Exchanges{list("records.json"), put("12345", record("home", "A", kTestV4, 1800), "record_home_a_written.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("the domain itself: host \"\"")
        << QStringList{"example.com"} << true << false << 0
        << Exchanges{list("records.json"), put("12340", record("", "A", kTestV4, 3600), "record_home_a_written.json")}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com from 81.2.69.150"}};
    QTest::newRow("missing: POST with the minimum TTL; myhome is not home")
        << QStringList{"me.example.com"} << true << false << 0
        << Exchanges{list("records.json"), post(record("me", "A", kTestV4, 300), "record_home_a_created.json")}
        << ExpectedResults{{"me.example.com", RecordType::A, Outcome::Updated, "created A record me.example.com"}};
    QTest::newRow("a domain without records ({}): created")
        << QStringList{kHome} << false << true << 0
        << Exchanges{list("records_empty.json"), post(record("home", "AAAA", kTestV6, 300), "record_home_aaaa_created.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record"}};
    QTest::newRow("both families: A changed, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0
        << Exchanges{list("records.json"), put("12345", record("home", "A", kTestV4, 600), "record_home_a_written.json"), list("records.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("not on the first of several pages: not created twice")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_paged.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "more records than Name.com lists on one page"}};
    QTest::newRow("two A records: refused")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_duplicate.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Name.com"}};
    QTest::newRow("wrong token: held, nothing more sent")
        << QStringList{kHome, "www.example.com"} << true << false << 0 << Exchanges{list("error_unauthenticated.json", 401)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "Name.com refused the username and API token (HTTP 401: Unauthenticated: Authentication failed"},
                           {"www.example.com", RecordType::A, Outcome::AuthFailed, "API Token Management"}};
    QTest::newRow("domain not in the account: held with the way out")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("error_not_found.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "the domain must be in this account and use Name.com's DNS"}};
    QTest::newRow("invalid argument on the write: held")
        << QStringList{kHome} << true << false << 0
        << Exchanges{list("records.json"), put("12345", record("home", "A", kTestV4, 600), "error_invalid_argument.json", 400)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "Name.com refused the request (HTTP 400: Invalid Argument: TTL must be at least 300)"}};
    QTest::newRow("accepted, but the record holds another address")
        << QStringList{kHome} << true << false << 0
        << Exchanges{list("records.json"), put("12345", record("home", "A", kTestV4, 600), "record_home_a_other.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "accepted the change but the record holds 81.2.69.161"}};
    Exchange limited = list("error_rate_limited.json", 429);
    limited.replyHeaders = {{"Retry-After", "30"}};
    QTest::newRow("429: the rest not sent")
        << QStringList{kHome, "www.example.com"} << true << false << 0 << Exchanges{limited}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "Name.com rate limit reached", false, 30},
                           {"www.example.com", RecordType::A, Outcome::RetryLater, "rate limit", false, 30}};
    QTest::newRow("502 page: retried, AAAA still tried")
        << QStringList{kHome} << true << true << 0 << Exchanges{list("bad_gateway.html", 502), list("records.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "Name.com server error (HTTP 502)"},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Name.com (HTTP 200, not the API's JSON)", true}};
}

void TstNameComProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    const UpdateRequest request = recordRequest(hosts, v4, v6, ttl, m_provider->info().defaultServer, kUser,
                                                {{"secret", kToken}}, {{"zone", "example.com"}});
    runExchanges(*m_provider, request, {{"Authorization", basicAuthorization(kUser, kToken)}}, exchanges, results);
}

void TstNameComProvider::nothingSentWithoutCredentials()
{
    const UpdateRequest request = recordRequest({kHome}, true, false, 0, m_provider->info().defaultServer, QString(),
                                                {{"secret", kToken}}, {{"zone", "example.com"}});
    const auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().size(), 1);
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(tx->results().first().message.contains("username and an API token"));
}

QTEST_GUILESS_MAIN(TstNameComProvider)
#include "tst_namecomprovider.moc"
