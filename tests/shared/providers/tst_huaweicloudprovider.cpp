// Huawei Cloud DNS API v2 as its documentation describes it: every request signed with
// SDK-HMAC-SHA256 (X-Sdk-Date, a canonical path ending in '/') at the request's time;
// ListPublicZones for the zone's id (its name filter matches parts of names), the zone's record
// sets of the host's name and type, UpdateRecordSet keeping the TTL, CreateRecordSet when missing;
// DNS.xxxx and APIGW.xxxx errors. Replies in tests/data/providers/huaweicloud/.
#include "providers/provider.h"
#include "providers/signing/sdkhmac.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_huaweicloud(ProviderList &list);
}

namespace {

const QString kAk = "QDDNSTESTAKHUAWEI0XY";
const QString kSk = "qddnsTestSkHuaweiNEVERleak0123456789abcd";
const QString kZoneId = "2c9eb155587194ec01587224c9f90149";
const QString kA = "2c9eb155587228570158722b6ac30007";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0, 0), Qt::UTC);

/// One request the transaction must send and the reply fed back for it.
struct Exchange
{
    QByteArray method;
    QString pathAndQuery; ///< below https://dns.myhuaweicloud.com
    QJsonObject body;
    int status = 200;
    QString replyFile; ///< tests/data/providers/huaweicloud/<file>
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

Exchange zones(int status = 200, const QString &file = "zones_example_com.json")
{
    return {"GET", "/v2/zones?type=public&name=example.com.", {}, status, file};
}

Exchange sets(const QString &type, const QString &file, int status = 200)
{
    return {"GET", "/v2/zones/" + kZoneId + "/recordsets?name=home.example.com.&type=" + type, {}, status, file};
}

QJsonObject recordSet(const QString &type, int ttl, const QString &value)
{
    return {{"name", "home.example.com."}, {"type", type}, {"ttl", ttl}, {"records", QJsonArray{value}}};
}

Exchange update(const QString &type, int ttl, const QString &value, const QString &file = "recordset_updated.json", int status = 202)
{
    return {"PUT", "/v2/zones/" + kZoneId + "/recordsets/" + kA, recordSet(type, ttl, value), status, file};
}

Exchange create(const QString &type, int ttl, const QString &value, const QString &file = "recordset_created.json", int status = 202)
{
    return {"POST", "/v2/zones/" + kZoneId + "/recordsets", recordSet(type, ttl, value), status, file};
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstHuaweicloudProvider : public QObject
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
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstHuaweicloudProvider::initTestCase()
{
    Providers::add_huaweicloud(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstHuaweicloudProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("huaweicloud"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation.host(), QString("support.huaweicloud.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://dns.myhuaweicloud.com"));
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.secret, Need::Required);
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 1);
    QCOMPARE(info.options.at(0).key, QString("zone"));
}

void TstHuaweicloudProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome}}, {"zone", "example.com"}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{"home.myexample.com"}}, {"zone", "example.com"}}, "profiles[0]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[0].hosts[0]"));
}

void TstHuaweicloudProvider::transaction_data()
{
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString none;
    QTest::newRow("A current: the zone (not myexample.com), one read, no write")
        << kV4 << none << 0 << Exchanges{zones(), sets("A", "recordsets_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: updated, the set's TTL kept; a longer name in the list ignored")
        << kV4 << none << 0 << Exchanges{zones(), sets("A", "recordsets_home_a_stale.json"), update("A", 3600, kV4)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << kV4 << none << 600 << Exchanges{zones(), sets("A", "recordsets_home_a_stale.json"), update("A", 600, kV4)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("both families: A current, AAAA created")
        << kV4 << kV6 << 0
        << Exchanges{zones(), sets("A", "recordsets_home_a_current.json"), sets("AAAA", "recordsets_empty.json"), create("AAAA", 300, kV6)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, QString()},
                           {kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com with 2a02:8070:d18f:5a00::10"}};
    QTest::newRow("AAAA current in another notation")
        << none << kV6 << 0 << Exchanges{zones(), sets("AAAA", "recordsets_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("no zone of the name")
        << kV4 << kV6 << 0 << Exchanges{zones(200, "zones_other.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "no public zone example.com"}, {kHome, RecordType::AAAA, Outcome::Rejected, "no public zone"}};
    QTest::newRow("a wrong key (APIGW.0301): every record held")
        << kV4 << kV6 << 0 << Exchanges{zones(401, "error_aksk.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "APIGW.0301: Incorrect IAM authentication information"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "DNS FullAccess"}};
    QTest::newRow("no right to update: held")
        << kV4 << none << 0 << Exchanges{zones(), sets("A", "recordsets_home_a_stale.json"), update("A", 3600, kV4, "error_forbidden.json", 403)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "DNS.0030"}};
    QTest::newRow("a TTL refused: its message")
        << kV4 << none << 1 << Exchanges{zones(), sets("A", "recordsets_home_a_stale.json"), update("A", 1, kV4, "error_invalid_ttl.json", 400)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "refused the request (HTTP 400, DNS.0307: Invalid TTL.)"}};
    QTest::newRow("throttled by the gateway (429): the rest not sent")
        << kV4 << kV6 << 0 << Exchanges{zones(), sets("A", "error_rate.json", 429)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "rate limit"}, {kHome, RecordType::AAAA, Outcome::RetryLater, "APIGW.0308"}};
    QTest::newRow("a set of two addresses is not replaced by one")
        << kV4 << none << 0 << Exchanges{zones(), sets("A", "recordsets_home_a_two.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records"}};
    QTest::newRow("HTML with 200: never a success")
        << kV4 << none << 0 << Exchanges{zones(), sets("A", "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Huawei Cloud DNS (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("JSON without a record set list: never a success")
        << kV4 << none << 0 << Exchanges{zones(), sets("A", "unknown_reply.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no record set list", true}};
    QTest::newRow("a write answered without a set: never a success")
        << kV4 << none << 0 << Exchanges{zones(), sets("A", "recordsets_home_a_stale.json"), update("A", 3600, kV4, "unknown_reply.json", 202)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no record set id", true}};
}

void TstHuaweicloudProvider::transaction()
{
    QFETCH(QString, ipv4);
    QFETCH(QString, ipv6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);

    UpdateRequest request;
    request.profileName = "home";
    request.hosts = {kHome};
    if (!ipv4.isEmpty())
        request.ipv4 = QHostAddress(ipv4);
    if (!ipv6.isEmpty())
        request.ipv6 = QHostAddress(ipv6);
    request.username = kAk;
    request.secret = kSk;
    request.credentials = {{"secret", kSk}};
    request.server = m_provider->info().defaultServer;
    request.options = {{"zone", "example.com"}};
    request.clock = [] { return kNow; };
    if (ttl > 0)
        request.ttl = ttl;

    const auto tx = m_provider->start(request);
    for (int i = 0; i < exchanges.size(); ++i) {
        const Exchange &exchange = exchanges.at(i);
        const auto sent = tx->nextRequest();
        QVERIFY2(sent, qPrintable(QString("request %1 (%2) was not sent").arg(i).arg(exchange.pathAndQuery)));
        QCOMPARE(sent->method, exchange.method);
        QCOMPARE(sent->url.toString(QUrl::FullyEncoded), "https://dns.myhuaweicloud.com" + exchange.pathAndQuery);
        QCOMPARE(QJsonDocument::fromJson(sent->body).object(), exchange.body);
        QCOMPARE(sent->header("Content-Type"), exchange.body.isEmpty() ? QByteArray() : QByteArray("application/json"));
        QCOMPARE(sent->header("X-Sdk-Date"), QByteArray("20261207T120000Z"));
        const QByteArray authorization = sent->header("Authorization");
        const QByteArray signedHeaders = exchange.body.isEmpty() ? "host;x-sdk-date" : "content-type;host;x-sdk-date";
        QVERIFY2(authorization.startsWith("SDK-HMAC-SHA256 Access=" + kAk.toLatin1() + ", SignedHeaders=" + signedHeaders + ", Signature="),
                 authorization.constData());
        HttpRequest resigned = *sent;
        Signing::signSdkHmac(resigned, kAk, kSk, kNow);
        QCOMPARE(resigned.header("Authorization"), authorization);

        HttpReply reply;
        reply.status = exchange.status;
        reply.body = providerData("huaweicloud", exchange.replyFile);
        tx->handleReply(reply);
    }
    const auto extra = tx->nextRequest();
    QVERIFY2(!extra, extra ? qPrintable(extra->url.toString()) : "");

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
        QVERIFY2(!got.message.contains(kSk), qPrintable(got.message));
    }
}

void TstHuaweicloudProvider::missingCredentialsSendNothing()
{
    UpdateRequest request;
    request.hosts = {kHome};
    request.ipv4 = QHostAddress(kV4);
    request.secret = kSk;
    request.credentials = {{"secret", kSk}};
    request.options = {{"zone", "example.com"}};
    const auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(tx->results().first().message.contains("access key ID"));
}

QTEST_GUILESS_MAIN(TstHuaweicloudProvider)
#include "tst_huaweicloudprovider.moc"
