// Tencent Cloud EdgeOne's DNS record API (2022-09-01) as its documentation describes it: POSTs of
// JSON naming the action in X-TC-Action, signed with TC3-HMAC-SHA256 for the service "teo" at the
// request's time; DescribeZones for the site's ZoneId (only the site of exactly the profile's name),
// DescribeDnsRecords by name and type (the name filter matches similar names too; only records of
// the Default location count), ModifyDnsRecords keeping the record's TTL and weight, CreateDnsRecord
// when missing; every reply HTTP 200 with Response.Error on failure. Replies in
// tests/data/providers/edgeone/.
#include "providers/provider.h"
#include "providers/signing/tc3.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_edgeone(ProviderList &list);
}

namespace {

const QString kSecretId = "AKIDqddnsTestSecretId0123456789abcdef";
const QString kSecretKey = "qddnsTestSecretKeyNEVERleak0123";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0, 0), Qt::UTC);

/// One request the transaction must send and the reply fed back for it.
struct Exchange
{
    QByteArray action;
    QJsonObject body;
    int status = 200;
    QString replyFile; ///< tests/data/providers/edgeone/<file>
    QString transportError;
};
using Exchanges = QList<Exchange>;

struct ExpectedResult
{
    QString host;
    RecordType type;
    Outcome outcome;
    QString messagePart;
    bool unexpected = false;
};
using ExpectedResults = QList<ExpectedResult>;

const QString kZoneId = "zone-2noz78a8ev6k";

QJsonObject filter(const QString &name, const QString &value)
{
    return {{"Name", name}, {"Values", QJsonArray{value}}};
}

Exchange zones(const QString &file = "zones_ok.json")
{
    return {"DescribeZones", {{"Filters", QJsonArray{filter("zone-name", "example.com")}}}, 200, file, {}};
}

Exchange list(const QString &name, const QString &type, const QString &file, int status = 200)
{
    return {"DescribeDnsRecords",
            {{"ZoneId", kZoneId}, {"Limit", 1000}, {"Filters", QJsonArray{filter("name", name), filter("type", type)}}},
            status, file, {}};
}

Exchange modify(const QString &id, const QString &name, const QString &type, const QString &value, int ttl, int weight,
                const QString &file = "modify_ok.json")
{
    const QJsonObject record{{"RecordId", id}, {"Name", name},     {"Type", type},
                             {"Location", "Default"}, {"Content", value}, {"TTL", ttl}, {"Weight", weight}};
    return {"ModifyDnsRecords", {{"ZoneId", kZoneId}, {"DnsRecords", QJsonArray{record}}}, 200, file, {}};
}

Exchange create(const QString &name, const QString &type, const QString &value, int ttl, const QString &file = "create_ok.json")
{
    return {"CreateDnsRecord",
            {{"ZoneId", kZoneId}, {"Name", name}, {"Type", type}, {"Content", value}, {"Location", "Default"}, {"TTL", ttl}},
            200, file, {}};
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstEdgeoneProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void missingCredentialsSendNothing();

private:
    UpdateRequest makeRequest(const QStringList &hosts, const QString &ipv4, const QString &ipv6) const;

    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstEdgeoneProvider::initTestCase()
{
    Providers::add_edgeone(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstEdgeoneProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("edgeone"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation.host(), QString("www.tencentcloud.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://teo.tencentcloudapi.com/"));
    QCOMPARE(info.usernameLabel, QString("SecretId"));
    QCOMPARE(info.secretLabel, QString("SecretKey"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 1);
    QCOMPARE(info.options.at(0).key, QString("zone"));
}

void TstEdgeoneProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome, "example.com"}}, {"zone", "example.com"}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome, "home.example.net"}}, {"zone", "example.com"}}, "profiles[1]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[1].hosts[1]"));
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome}}}, "profiles[2]").size(), 1);
}

UpdateRequest TstEdgeoneProvider::makeRequest(const QStringList &hosts, const QString &ipv4, const QString &ipv6) const
{
    UpdateRequest request;
    request.profileName = "home";
    request.hosts = hosts;
    if (!ipv4.isEmpty())
        request.ipv4 = QHostAddress(ipv4);
    if (!ipv6.isEmpty())
        request.ipv6 = QHostAddress(ipv6);
    request.username = kSecretId;
    request.secret = kSecretKey;
    request.credentials = {{"secret", kSecretKey}};
    request.server = m_provider->info().defaultServer;
    request.options = {{"zone", "example.com"}};
    request.clock = [] { return kNow; };
    return request;
}

void TstEdgeoneProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString none;
    QTest::newRow("A current: site, one read, no write")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones(), list(kHome, "A", "records_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: modified, TTL and weight kept; a similar name left alone")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{zones(), list(kHome, "A", "records_home_a_stale.json"), modify("record-2nx3c8ajd9sq", kHome, "A", kV4, 600, -1)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << kV4 << none << 120
        << Exchanges{zones(), list(kHome, "A", "records_home_a_stale.json"), modify("record-2nx3c8ajd9sq", kHome, "A", kV4, 120, -1)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("only the Default location counts")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{zones(), list(kHome, "A", "records_home_a_locations.json"), modify("record-2nx3c8ajd9sq", kHome, "A", kV4, 600, -1)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "from 81.2.69.161"}};
    QTest::newRow("no record: created; AAAA current in another notation")
        << QStringList{kHome} << kV4 << kV6 << 0
        << Exchanges{zones(), list(kHome, "A", "records_empty.json"), create(kHome, "A", kV4, 300), list(kHome, "AAAA", "records_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com with 81.2.69.160"},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("the site's domain itself, its weight kept")
        << QStringList{"example.com"} << kV4 << none << 0
        << Exchanges{zones(), list("example.com", "A", "records_apex_a_stale.json"), modify("record-2q0hz6c5kd2e", "example.com", "A", kV4, 300, 50)}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("no site of exactly that name: every record held, nothing read")
        << QStringList{kHome, "www.example.com"} << kV4 << none << 0 << Exchanges{zones("zones_none.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "EdgeOne has no site example.com"},
                           {"www.example.com", RecordType::A, Outcome::Rejected, "no site example.com"}};
    QTest::newRow("an unknown SecretId: every record held")
        << QStringList{kHome, "www.example.com"} << kV4 << kV6 << 0 << Exchanges{zones("error_secret_id.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "EdgeOne refused the API key (AuthFailure.SecretIdNotFound: The SecretId is not found"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "QcloudTEOFullAccess"},
                           {"www.example.com", RecordType::A, Outcome::AuthFailed, "AuthFailure.SecretIdNotFound"},
                           {"www.example.com", RecordType::AAAA, Outcome::AuthFailed, "AuthFailure.SecretIdNotFound"}};
    QTest::newRow("a wrong SecretKey: held")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones("error_signature.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "AuthFailure.SignatureFailure"}};
    QTest::newRow("a key without EdgeOne rights: held on the write")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{zones(), list(kHome, "A", "records_home_a_stale.json"),
                     modify("record-2nx3c8ajd9sq", kHome, "A", kV4, 600, -1, "error_unauthorized.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "UnauthorizedOperation"}};
    QTest::newRow("a TTL refused: its message")
        << QStringList{kHome} << kV4 << none << 1
        << Exchanges{zones(), list(kHome, "A", "records_home_a_stale.json"),
                     modify("record-2nx3c8ajd9sq", kHome, "A", kV4, 1, -1, "error_ttl.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "EdgeOne refused the request (InvalidParameter.InvalidTTL"}};
    QTest::newRow("rate limited: the rest not sent")
        << QStringList{kHome} << kV4 << kV6 << 0 << Exchanges{zones(), list(kHome, "A", "error_limit.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "slow down (RequestLimitExceeded"},
                           {kHome, RecordType::AAAA, Outcome::RetryLater, "RequestLimitExceeded"}};
    QTest::newRow("two Default records: refused")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones(), list(kHome, "A", "records_home_a_duplicate.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com"}};
    QTest::newRow("502 page: retried, AAAA still tried")
        << QStringList{kHome} << kV4 << kV6 << 0
        << Exchanges{zones(), list(kHome, "A", "bad_gateway.html", 502), list(kHome, "AAAA", "records_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "server error (HTTP 502)"}, {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};
    QTest::newRow("HTML with 200 for the site: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones("maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from EdgeOne (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("unknown JSON with 200: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones(), list(kHome, "A", "unknown_reply.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from EdgeOne (HTTP 200)", true}};
    QTest::newRow("a create without a RecordId: never a success")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{zones(), list(kHome, "A", "records_empty.json"), create(kHome, "A", kV4, 300, "create_no_id.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no RecordId", true}};
    Exchange unreachable = zones(QString());
    unreachable.status = 0;
    unreachable.transportError = "Host teo.tencentcloudapi.com not found";
    QTest::newRow("no answer")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{unreachable}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach EdgeOne: Host teo.tencentcloudapi.com not found"}};
}

void TstEdgeoneProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(QString, ipv4);
    QFETCH(QString, ipv6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);

    UpdateRequest request = makeRequest(hosts, ipv4, ipv6);
    if (ttl > 0)
        request.ttl = ttl;

    const auto tx = m_provider->start(request);
    for (int i = 0; i < exchanges.size(); ++i) {
        const Exchange &exchange = exchanges.at(i);
        const auto sent = tx->nextRequest();
        QVERIFY2(sent, qPrintable(QString("request %1 (%2) was not sent").arg(i).arg(QString::fromLatin1(exchange.action))));
        QCOMPARE(sent->method, QByteArray("POST"));
        QCOMPARE(sent->url, QUrl("https://teo.tencentcloudapi.com/"));
        QCOMPARE(QJsonDocument::fromJson(sent->body).object(), exchange.body);
        QCOMPARE(sent->header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(sent->header("X-TC-Action"), exchange.action);
        QCOMPARE(sent->header("X-TC-Version"), QByteArray("2022-09-01"));
        QCOMPARE(sent->header("X-TC-Timestamp"), QByteArray("1796644800"));
        const QByteArray authorization = sent->header("Authorization");
        QVERIFY2(authorization.startsWith("TC3-HMAC-SHA256 Credential=" + kSecretId.toLatin1()
                                          + "/2026-12-07/teo/tc3_request, SignedHeaders=content-type;host, Signature="),
                 authorization.constData());
        // The signature covers the body as sent.
        HttpRequest resigned = *sent;
        Signing::signTc3(resigned, {kSecretId, kSecretKey, "teo"}, kNow);
        QCOMPARE(resigned.header("Authorization"), authorization);

        HttpReply reply;
        reply.status = exchange.status;
        reply.error = exchange.transportError;
        if (!exchange.replyFile.isEmpty())
            reply.body = providerData("edgeone", exchange.replyFile);
        tx->handleReply(reply);
    }
    const auto extra = tx->nextRequest();
    QVERIFY2(!extra, extra ? extra->body.constData() : "");

    const QList<RecordResult> actual = tx->results();
    QCOMPARE(actual.size(), results.size());
    for (int i = 0; i < results.size(); ++i) {
        const RecordResult &got = actual.at(i);
        const ExpectedResult &want = results.at(i);
        QCOMPARE(got.host, want.host);
        QCOMPARE(got.type, want.type);
        QVERIFY2(got.outcome == want.outcome, qPrintable(QString("result %1: %2 (%3)").arg(i).arg(outcomeName(got.outcome), got.message)));
        QVERIFY2(got.message.contains(want.messagePart), qPrintable(got.message));
        QCOMPARE(got.unexpected, want.unexpected);
        QVERIFY2(!got.message.contains(kSecretKey), qPrintable(got.message));
    }
}

void TstEdgeoneProvider::missingCredentialsSendNothing()
{
    UpdateRequest request = makeRequest({kHome}, kV4, QString());
    request.username.clear();
    auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(tx->results().first().message.contains("SecretId"));

    request = makeRequest({kHome}, kV4, QString());
    request.options = {};
    tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().first().outcome, Outcome::Rejected);
    QVERIFY(tx->results().first().message.contains("option \"zone\""));
}

QTEST_GUILESS_MAIN(TstEdgeoneProvider)
#include "tst_edgeoneprovider.moc"
