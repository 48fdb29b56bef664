// netcup's CCP DNS API as its interface description has it: POST {action, param} to
// endpoint.php?JSON; login (customer number, API key, API password) gives the session every later
// call carries; infoDnsRecords; updateDnsRecords with the listed record and the new destination,
// or a record without id to create one; logout after the last record (not after a refused login,
// nor when the API is unreachable or limiting). The session id is never shown in a message.
// Replies in tests/data/providers/netcup/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_netcup(ProviderList &list);
}

namespace {

const QString kCustomer = "12345";
const QString kKey = "nK7b1VqzT4cYw2mR9xLp3sHd6fGj8aEu";
const QString kPassword = "Pw0rd-9d8c7b6a5f4e3d2c1b0a";
const QString kSession = "c2VzczAxQ0NQX3Rlc3Rfc2Vzc2lvbl9pZA";
const QString kHome = "home.example.com";
const QString kUrl = "https://ccp.netcup.net/run/webservice/servers/endpoint.php?JSON";

QJsonObject param(const QJsonObject &extra = {}, bool session = true)
{
    QJsonObject p{{"customernumber", kCustomer}, {"apikey", kKey}};
    if (session)
        p.insert("apisessionid", kSession);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

Exchange call(const QString &action, const QJsonObject &p, const QString &file, int status = 200)
{
    return exchange("netcup", "POST", kUrl, QJsonValue(QJsonObject{{"action", action}, {"param", p}}), status, file);
}

Exchange login(const QString &file = "login.json", int status = 200)
{
    return call("login", param({{"apipassword", kPassword}}, false), file, status);
}

Exchange infoRecords(const QString &file, int status = 200)
{
    return call("infoDnsRecords", param({{"domainname", "example.com"}}), file, status);
}

Exchange update(const QJsonObject &record, const QString &file)
{
    return call("updateDnsRecords",
                param({{"domainname", "example.com"}, {"dnsrecordset", QJsonObject{{"dnsrecords", QJsonArray{record}}}}}), file);
}

Exchange logout()
{
    return call("logout", param(), "logout.json");
}

QJsonObject listed(const QString &id, const QString &host, const QString &type, const QString &destination)
{
    return {{"id", id}, {"hostname", host}, {"type", type}, {"priority", "0"}, {"destination", destination},
            {"deleterecord", false}, {"state", "yes"}};
}

QJsonObject created(const QString &host, const QString &type, const QString &destination)
{
    return {{"hostname", host}, {"type", type}, {"destination", destination}, {"deleterecord", false}};
}

UpdateRequest netcupRequest(const QStringList &hosts, bool v4, bool v6, const QMap<QString, QString> &credentials)
{
    return recordRequest(hosts, v4, v6, 0, QUrl("https://ccp.netcup.net"), kCustomer, credentials, {{"zone", "example.com"}});
}

} // namespace

class TstNetcupProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();
    void sessionNeverShown_data();
    void sessionNeverShown();
    void nothingSentWithoutTheApiKey();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstNetcupProvider::initTestCase()
{
    Providers::add_netcup(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstNetcupProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("netcup"));
    QCOMPARE(info.category, ProviderCategory::Registrar);
    QCOMPARE(info.documentation.host(), QString("ccp.netcup.net"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.usernameLabel, QString("Customer number"));
    QCOMPARE(info.secretLabel, QString("API password"));
    // Three credentials: the customer number is the username, the API password the primary
    // credential, the API key a named one.
    QCOMPARE(info.extraCredentials.size(), 1);
    QCOMPARE(info.extraCredentials.first().id, QString("apiKey"));
    QCOMPARE(info.extraCredentials.first().label, QString("API key"));
    QVERIFY(!info.supportsTtl);
    QCOMPARE(info.options.first().key, QString("zone"));
}

void TstNetcupProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QJsonObject homeA = listed("40512", "home", "A", kTestV4);

    QTest::newRow("A current: login, records, logout")
        << QStringList{kHome} << true << false << Exchanges{login(), infoRecords("records_current.json"), logout()}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: the listed record with the new destination")
        << QStringList{kHome} << true << false << Exchanges{login(), infoRecords("records.json"), update(homeA, "updated_a.json"), logout()}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("the domain itself is @")
        << QStringList{"example.com"} << true << false
        << Exchanges{login(), infoRecords("records.json"), update(listed("40511", "@", "A", kTestV4), "updated_apex.json"), logout()}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com from 81.2.69.150"}};
    QTest::newRow("missing: a record without id")
        << QStringList{kHome} << false << true
        << Exchanges{login(), infoRecords("records_current.json"), update(created("home", "AAAA", kTestV6), "updated_aaaa.json"), logout()}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com"}};
    QTest::newRow("two hosts, both families: one session for all")
        << QStringList{kHome, "www.example.com"} << true << true
        << Exchanges{login(), infoRecords("records.json"), update(homeA, "updated_a.json"), infoRecords("records.json"),
                     infoRecords("records.json"), update(created("www", "A", kTestV4), "updated_a.json"), infoRecords("records.json"),
                     update(created("www", "AAAA", kTestV6), "updated_aaaa.json"), logout()}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, QString()},
                           {"www.example.com", RecordType::A, Outcome::RetryLater, "netcup accepted the change but lists no A record www.example.com"},
                           {"www.example.com", RecordType::AAAA, Outcome::RetryLater, "lists no AAAA record www.example.com"}};
    QTest::newRow("login refused: held, no logout")
        << QStringList{kHome} << true << true << Exchanges{login("login_refused.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "netcup refused the customer number, API key and API password (status 4013: Validation Error. The login failed."},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "Master Data > API"}};
    QTest::newRow("rate limited at login: retried, nothing more sent")
        << QStringList{kHome} << true << false << Exchanges{login("login_rate_limited.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "netcup rate limit reached (status 4013: Validation Error. More than 180 requests per minute."}};
    QTest::newRow("a login without a session: unexpected")
        << QStringList{kHome} << true << false << Exchanges{login("login_no_session.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from netcup (HTTP 200, no session)", true}};
    QTest::newRow("domain unknown: held, then logout")
        << QStringList{kHome} << true << false << Exchanges{login(), infoRecords("records_refused.json"), logout()}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "netcup refused the request (status 5029: Can not get DNS records for zone. Domain not found.)"}};
    QTest::newRow("update refused: held")
        << QStringList{kHome} << true << false << Exchanges{login(), infoRecords("records.json"), update(homeA, "update_refused.json"), logout()}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "destination does not match requirements"}};
    QTest::newRow("two A records: refused")
        << QStringList{kHome} << true << false << Exchanges{login(), infoRecords("records_duplicate.json"), logout()}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at netcup"}};
    QTest::newRow("502 on the last read: no logout into a failing server")
        << QStringList{kHome} << true << false << Exchanges{login(), infoRecords("maintenance.html", 502)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "netcup server error (HTTP 502)"}};
    QTest::newRow("no answer to the login")
        << QStringList{kHome} << true << false
        << Exchanges{unreachable("POST", kUrl, QJsonValue(QJsonObject{{"action", "login"}, {"param", param({{"apipassword", kPassword}}, false)}}))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach netcup: Connection timed out"}};
}

void TstNetcupProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    runExchanges(*m_provider, netcupRequest(hosts, v4, v6, {{"secret", kPassword}, {"apiKey", kKey}}), {}, exchanges, results);
}

void TstNetcupProvider::sessionNeverShown_data()
{
    QTest::addColumn<QList<HttpReply>>("replies");
    QTest::addColumn<QString>("session");
    const auto reply = [](const QString &file) { return HttpReply{200, providerData("netcup", file), {}, {}}; };
    // A read answered with a warning that echoes the session, and a login with an unknown status.
    QTest::newRow("read") << QList<HttpReply>{reply("login.json"), reply("warning_with_session.json"), reply("logout.json")} << kSession;
    QTest::newRow("login") << QList<HttpReply>{reply("login_unexpected_session.json")} << QString("bmV3X3Nlc3Npb25fZnJvbV93YXJuaW5n");
}

void TstNetcupProvider::sessionNeverShown()
{
    QFETCH(QList<HttpReply>, replies);
    QFETCH(QString, session);
    const TransactionRun run = runTransaction(*m_provider, netcupRequest({kHome}, true, false, {{"secret", kPassword}, {"apiKey", kKey}}), replies);
    QCOMPARE(run.results.size(), 1);
    const RecordResult &result = run.results.first();
    QCOMPARE(result.outcome, Outcome::RetryLater);
    QVERIFY(result.unexpected);
    QVERIFY2(result.message.contains("unexpected reply from netcup"), qPrintable(result.message));
    QVERIFY2(!result.message.contains(session), qPrintable(result.message));
}

void TstNetcupProvider::nothingSentWithoutTheApiKey()
{
    const auto tx = m_provider->start(netcupRequest({kHome}, true, false, {{"secret", kPassword}}));
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().size(), 1);
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(tx->results().first().message.contains("the API key and the API password"));
}

QTEST_GUILESS_MAIN(TstNetcupProvider)
#include "tst_netcupprovider.moc"
