// deSEC's REST API as its documentation describes it: "Authorization: Token …", the domain from
// GET /api/v1/domains/{name}/ (its minimum_ttl for new RRsets), one RRset from
// GET …/rrsets/{subname}/{type}/ ("@" for the apex, 404 when missing), PATCH of only the records
// (the TTL kept unless the profile sets one) when it differs, POST …/rrsets/ when missing.
// Replies in tests/data/providers/desec-api/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_desecapi(ProviderList &list);
}

namespace {

const QString kToken = "i-T3b1zNdfz6vcbVBQ7NPG-jZEu";
const QString kHome = "home.example.com";
const QString kApi = "https://desec.io/api/v1/domains/example.com";

Exchange get(const QString &path, const QString &file, int status = 200)
{
    return exchange("desec-api", "GET", kApi + path, std::nullopt, status, file);
}

Exchange domain(const QString &file = "domain.json", int status = 200)
{
    return get("/", file, status);
}

Exchange write(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &file, int status = 200)
{
    return exchange("desec-api", method, kApi + path, QJsonValue(body), status, file);
}

Exchange patch(const QString &path, const QString &address, const QString &file, int ttl = 0)
{
    QJsonObject body{{"records", QJsonArray{address}}};
    if (ttl > 0)
        body.insert("ttl", ttl);
    return write("PATCH", path, body, file);
}

Exchange post(const QString &subname, const QString &type, const QString &address, int ttl, const QString &file, int status = 201)
{
    return write("POST", "/rrsets/", {{"subname", subname}, {"type", type}, {"ttl", ttl}, {"records", QJsonArray{address}}}, file, status);
}

} // namespace

class TstDesecApiProvider : public QObject
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

void TstDesecApiProvider::initTestCase()
{
    Providers::add_desecapi(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstDesecApiProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    // Beside the "desec" DynDNS2 preset, not instead of it.
    QCOMPARE(info.id, QString("desec-api"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation, QUrl("https://desec.readthedocs.io/en/latest/dns/rrsets.html"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://desec.io"));
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secret, Need::Required);
    QCOMPARE(info.secretLabel, QString("Token"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 1);
    QCOMPARE(info.options.first().key, QString("zone"));
    QVERIFY(info.options.first().required);
}

void TstDesecApiProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome, "example.com"}}, {"zone", "Example.COM."}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome, "home.dedyn.io"}}, {"zone", "example.com"}}, "profiles[1]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[1].hosts[1]"));
    QVERIFY2(errors.first().message.contains("home.dedyn.io is not in the deSEC zone example.com"), qPrintable(errors.first().message));
}

void TstDesecApiProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString homeA = "/rrsets/home/A/";
    const QString homeAaaa = "/rrsets/home/AAAA/";

    QTest::newRow("A current: domain, RRset, no write")
        << QStringList{kHome} << true << false << 0 << Exchanges{domain(), get(homeA, "rrset_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: PATCH of the records only")
        << QStringList{kHome} << true << false << 0
        << Exchanges{domain(), get(homeA, "rrset_home_a.json"), patch(homeA, kTestV4, "rrset_home_a_written.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 7200
        << Exchanges{domain(), get(homeA, "rrset_home_a.json"), patch(homeA, kTestV4, "rrset_home_a_written_ttl.json", 7200)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("the domain itself is @ in the URL")
        << QStringList{"example.com"} << true << false << 0
        << Exchanges{domain(), get("/rrsets/@/A/", "rrset_apex_a.json"), patch("/rrsets/@/A/", kTestV4, "rrset_apex_a_written.json")}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com from 81.2.69.150"}};
    QTest::newRow("AAAA missing: POST with the domain's minimum TTL")
        << QStringList{kHome} << false << true << 0
        << Exchanges{domain(), get(homeAaaa, "not_found.json", 404), post("home", "AAAA", kTestV6, 3600, "rrset_home_aaaa_created.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com with 2a02:8070:d18f:5a00::10"}};
    QTest::newRow("missing in a domain with a lower minimum TTL")
        << QStringList{kHome} << false << true << 0
        << Exchanges{domain("domain_low_ttl.json"), get(homeAaaa, "not_found.json", 404),
                     post("home", "AAAA", kTestV6, 60, "rrset_home_aaaa_created_low_ttl.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "created"}};
    QTest::newRow("apex missing: the empty subname")
        << QStringList{"example.com"} << true << false << 0
        << Exchanges{domain(), get("/rrsets/@/A/", "not_found.json", 404), post("", "A", kTestV4, 3600, "rrset_apex_a_written.json")}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "created A record example.com"}};
    QTest::newRow("both families: A changed, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0
        << Exchanges{domain(), get(homeA, "rrset_home_a.json"), patch(homeA, kTestV4, "rrset_home_a_written.json"),
                     get(homeAaaa, "rrset_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("an RRset of two addresses is not overwritten")
        << QStringList{kHome} << true << false << 0 << Exchanges{domain(), get(homeA, "rrset_home_a_two.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at deSEC"}};
    QTest::newRow("domain not in the account: every record held, nothing more sent")
        << QStringList{kHome} << true << true << 0 << Exchanges{domain("not_found.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "the domain example.com is not in this deSEC account"},
                           {kHome, RecordType::AAAA, Outcome::Rejected, "not in this deSEC account"}};
    QTest::newRow("another domain in the reply: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{domain("domain_other.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from deSEC (HTTP 200, not the domain example.com)", true}};
    QTest::newRow("invalid token: held")
        << QStringList{kHome} << true << true << 0 << Exchanges{domain("invalid_token.json", 401)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "deSEC refused the token (HTTP 401: Invalid token.)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "https://desec.io/tokens"}};
    Exchange throttled = get(homeA, "throttled.json", 429);
    throttled.replyHeaders = {{"Retry-After", "2"}};
    QTest::newRow("throttled: Retry-After, nothing more sent")
        << QStringList{kHome} << true << true << 0 << Exchanges{domain(), throttled}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "deSEC rate limit reached (HTTP 429: Request was throttled.", false, 2},
                           {kHome, RecordType::AAAA, Outcome::RetryLater, "rate limit", false, 2}};
    QTest::newRow("TTL below the domain's minimum: refused with the field's message")
        << QStringList{kHome} << false << true << 300
        << Exchanges{domain(), get(homeAaaa, "not_found.json", 404), post("home", "AAAA", kTestV6, 300, "ttl_too_low.json", 400)}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Rejected, "deSEC refused the request (HTTP 400: {\"ttl\": [\"Ensure this value is greater than or equal to 3600.\"]})"}};
    QTest::newRow("a write answered with the old address")
        << QStringList{kHome} << true << false << 0
        << Exchanges{domain(), get(homeA, "rrset_home_a.json"), patch(homeA, kTestV4, "rrset_home_a.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "deSEC accepted the change but the RRset holds [\"81.2.69.161\"]"}};
    QTest::newRow("HTML with HTTP 200: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{domain(), get(homeA, "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from deSEC (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("HTML 404 is not a missing RRset")
        << QStringList{kHome} << true << false << 0 << Exchanges{domain(), get(homeA, "maintenance.html", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from deSEC (HTTP 404)", true}};
    QTest::newRow("JSON without an RRset: unexpected")
        << QStringList{kHome} << true << false << 0 << Exchanges{domain(), get(homeA, "unknown_shape.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from deSEC (HTTP 200, no RRset)", true}};
    QTest::newRow("no answer")
        << QStringList{kHome} << true << false << 0 << Exchanges{unreachable("GET", kApi + "/")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach deSEC: Connection timed out"}};
}

void TstDesecApiProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    const UpdateRequest request = recordRequest(hosts, v4, v6, ttl, QUrl(), QString(), {{"secret", kToken}}, {{"zone", "example.com"}});
    runExchanges(*m_provider, request, {{"Authorization", "Token " + kToken.toUtf8()}}, exchanges, results);
}

void TstDesecApiProvider::nothingSentWithoutTokenOrDomain()
{
    const auto noToken = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {}, {{"zone", "example.com"}}));
    QVERIFY(!noToken->nextRequest());
    QCOMPARE(noToken->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(noToken->results().first().message.contains("deSEC needs a token"));
    const auto noZone = m_provider->start(recordRequest({kHome}, true, false, 0, QUrl(), QString(), {{"secret", kToken}}, {}));
    QVERIFY(!noZone->nextRequest());
    QCOMPARE(noZone->results().first().outcome, Outcome::Rejected);
}

QTEST_GUILESS_MAIN(TstDesecApiProvider)
#include "tst_desecapiprovider.moc"
