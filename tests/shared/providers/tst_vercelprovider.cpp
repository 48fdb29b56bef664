// Vercel's REST API as its reference describes it: Bearer token, teamId on every request when the
// profile names a team, GET /v5/domains/{domain}/records?limit=100, PATCH
// /v1/domains/records/{id} with only the value (and the profile's TTL) when it differs, POST
// /v2/domains/{domain}/records when missing. Replies in tests/data/providers/vercel/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_vercel(ProviderList &list);
}

namespace {

const QString kToken = "vcp_9hR2kLm4Nq7Ts1Vw3Xy5Za8Bc0De6Fg";
const QString kHome = "home.example.com";
const QString kApi = "https://api.vercel.com";
const QString kHomeAId = "rec_3f6c2a1b9d8e7f6a5b4c3d2e";

Exchange list(const QString &file, int status = 200, const QString &team = QString())
{
    return exchange("vercel", "GET", kApi + "/v5/domains/example.com/records?limit=100" + team, std::nullopt, status, file);
}

Exchange patch(const QString &id, const QJsonObject &body, const QString &file, int status = 200, const QString &team = QString())
{
    return exchange("vercel", "PATCH", kApi + "/v1/domains/records/" + id + (team.isEmpty() ? QString() : "?" + team.mid(1)),
                    QJsonValue(body), status, file);
}

Exchange post(const QJsonObject &body, const QString &file, int status = 200)
{
    return exchange("vercel", "POST", kApi + "/v2/domains/example.com/records", QJsonValue(body), status, file);
}

} // namespace

class TstVercelProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void nothingSentWithoutTokenOrDomain();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstVercelProvider::initTestCase()
{
    Providers::add_vercel(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstVercelProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("vercel"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation, QUrl("https://vercel.com/docs/rest-api/dns"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secretLabel, QString("Access token"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 2);
    QCOMPARE(info.options.at(0).key, QString("zone"));
    QCOMPARE(info.options.at(1).key, QString("teamId"));
    QVERIFY(!info.options.at(1).required);
}

void TstVercelProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome}}, {"zone", "example.com"}, {"teamId", "team_a1b2c3"}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome}}, {"zone", "example.com"}, {"teamId", "my team"}}, "profiles[1]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[1].teamId"));
    QVERIFY2(errors.first().message.contains("Vercel team ID"), qPrintable(errors.first().message));
}

void TstVercelProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QString>("team");
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    QTest::newRow("A current: one read, no write")
        << QStringList{kHome} << true << false << 0 << QString() << Exchanges{list("records_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: PATCH of the value only")
        << QStringList{kHome} << true << false << 0 << QString()
        << Exchanges{list("records.json"), patch(kHomeAId, {{"value", kTestV4}}, "updated_home_a.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 120 << QString()
        << Exchanges{list("records.json"), patch(kHomeAId, {{"value", kTestV4}, {"ttl", 120}}, "updated_home_a.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("a team's domain: teamId on every request")
        << QStringList{kHome} << true << false << 0 << QString("team_a1b2c3")
        << Exchanges{list("records.json", 200, "&teamId=team_a1b2c3"),
                     patch(kHomeAId, {{"value", kTestV4}}, "updated_home_a.json", 200, "&teamId=team_a1b2c3")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("the domain itself: the record named \"\"")
        << QStringList{"example.com"} << true << false << 0 << QString()
        << Exchanges{list("records.json"), patch("rec_3f6c2a1b9d8e7f6a5b4c3d30", {{"value", kTestV4}}, "updated_apex_a.json")}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com from 81.2.69.150"}};
    QTest::newRow("AAAA missing: POST without a TTL (Vercel's default)")
        << QStringList{kHome} << false << true << 0 << QString()
        << Exchanges{list("records_current.json"), post({{"name", "home"}, {"type", "AAAA"}, {"value", kTestV6}}, "created.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com"}};
    QTest::newRow("missing: POST with the profile's TTL")
        << QStringList{"vpn.example.com"} << true << false << 300 << QString()
        << Exchanges{list("records.json"), post({{"name", "vpn"}, {"type", "A"}, {"value", kTestV4}, {"ttl", 300}}, "created.json")}
        << ExpectedResults{{"vpn.example.com", RecordType::A, Outcome::Updated, "created A record vpn.example.com"}};
    QTest::newRow("both families: A changed, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0 << QString()
        << Exchanges{list("records.json"), patch(kHomeAId, {{"value", kTestV4}}, "updated_home_a.json"), list("records.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("missing on a page with more: not created twice")
        << QStringList{kHome} << true << false << 0 << QString() << Exchanges{list("records_paged.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "more records than Vercel lists on one page"}};
    QTest::newRow("two A records: refused")
        << QStringList{kHome} << true << false << 0 << QString() << Exchanges{list("records_duplicate.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Vercel"}};
    QTest::newRow("an update answered with the old value")
        << QStringList{kHome} << true << false << 0 << QString()
        << Exchanges{list("records.json"), patch(kHomeAId, {{"value", kTestV4}}, "updated_home_a_other.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "Vercel accepted the change but the record holds 81.2.69.161"}};
    QTest::newRow("token refused: held, nothing more sent")
        << QStringList{kHome} << true << true << 0 << QString() << Exchanges{list("error_forbidden.json", 403)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "Vercel refused the access token (HTTP 403, forbidden: Not authorized)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "team ID"}};
    QTest::newRow("domain not found: refused")
        << QStringList{kHome} << true << false << 0 << QString() << Exchanges{list("error_not_found.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "Vercel does not know the domain or record (HTTP 404, not_found: Domain example.com not found)"}};
    QTest::newRow("bad TTL: refused")
        << QStringList{kHome} << true << false << 30 << QString()
        << Exchanges{list("records.json"), patch(kHomeAId, {{"value", kTestV4}, {"ttl", 30}}, "error_bad_request.json", 400)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "Vercel refused the request (HTTP 400, invalid_value: The ttl must be at least 60.)"}};
    QTest::newRow("a creation without the record id: unexpected")
        << QStringList{kHome} << false << true << 0 << QString()
        << Exchanges{list("records_current.json"), post({{"name", "home"}, {"type", "AAAA"}, {"value", kTestV6}}, "unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::RetryLater, "unexpected reply from Vercel (HTTP 200, no record id in the reply)", true}};
    QTest::newRow("HTML with HTTP 200: unexpected")
        << QStringList{kHome} << true << false << 0 << QString() << Exchanges{list("maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Vercel (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("JSON without a record list: unexpected")
        << QStringList{kHome} << true << false << 0 << QString() << Exchanges{list("unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Vercel (HTTP 200, no record list)", true}};
    Exchange limited = list("error_rate_limited.json", 429);
    limited.replyHeaders = {{"Retry-After", "60"}};
    QTest::newRow("rate limited")
        << QStringList{kHome} << true << false << 0 << QString() << Exchanges{limited}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "Vercel rate limit reached (HTTP 429, rate_limited: Rate limit exceeded)", false, 60}};
}

void TstVercelProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(QString, team);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    QJsonObject options{{"zone", "example.com"}};
    if (!team.isEmpty())
        options.insert("teamId", team);
    const UpdateRequest request = recordRequest(hosts, v4, v6, ttl, QUrl(), QString(), {{"secret", kToken}}, options);
    runExchanges(*m_provider, request, {{"Authorization", "Bearer " + kToken.toUtf8()}}, exchanges, results);
}

void TstVercelProvider::nothingSentWithoutTokenOrDomain()
{
    const auto noToken = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {}, {{"zone", "example.com"}}));
    QVERIFY(!noToken->nextRequest());
    QCOMPARE(noToken->results().first().outcome, Outcome::AuthFailed);
    const auto noZone = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {{"secret", kToken}}, {}));
    QVERIFY(!noZone->nextRequest());
    QCOMPARE(noZone->results().first().outcome, Outcome::Rejected);
}

QTEST_GUILESS_MAIN(TstVercelProvider)
#include "tst_vercelprovider.moc"
