// Tencent Cloud DNSPod API 3.0 (2021-03-23) as its documentation describes it: POSTs of JSON
// naming the action in X-TC-Action, signed with TC3-HMAC-SHA256 for the service "dnspod" at the
// request's time; DescribeRecordList of the host's name and type (the default line only; "no
// record" is an error code), ModifyRecord keeping the record's TTL, CreateRecord when missing;
// every reply HTTP 200 with Response.Error on failure. Replies in tests/data/providers/dnspod/.
#include "providers/provider.h"
#include "providers/signing/tc3.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_dnspod(ProviderList &list);
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
    QString replyFile; ///< tests/data/providers/dnspod/<file>
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

Exchange list(const QString &sub, const QString &type, const QString &file, int status = 200)
{
    return {"DescribeRecordList", {{"Domain", "example.com"}, {"Subdomain", sub}, {"RecordType", type}}, status, file, {}};
}

Exchange modify(qint64 id, const QString &sub, const QString &type, const QString &value, int ttl, const QString &file = "modify_ok.json")
{
    return {"ModifyRecord",
            {{"Domain", "example.com"}, {"RecordId", id}, {"SubDomain", sub}, {"RecordType", type}, {"RecordLine", "默认"},
             {"RecordLineId", "0"}, {"Value", value}, {"TTL", ttl}},
            200, file, {}};
}

Exchange create(const QString &sub, const QString &type, const QString &value, int ttl, const QString &file = "create_ok.json")
{
    return {"CreateRecord",
            {{"Domain", "example.com"}, {"SubDomain", sub}, {"RecordType", type}, {"RecordLine", "默认"}, {"RecordLineId", "0"},
             {"Value", value}, {"TTL", ttl}},
            200, file, {}};
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstDnspodProvider : public QObject
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

void TstDnspodProvider::initTestCase()
{
    Providers::add_dnspod(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstDnspodProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("dnspod"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation.host(), QString("tencentcloud.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://dnspod.tencentcloudapi.com/"));
    QCOMPARE(info.usernameLabel, QString("SecretId"));
    QCOMPARE(info.secretLabel, QString("SecretKey"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 1);
    QCOMPARE(info.options.at(0).key, QString("zone"));
}

void TstDnspodProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome, "example.com"}}, {"zone", "example.com"}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome, "home.example.net"}}, {"zone", "example.com"}}, "profiles[1]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[1].hosts[1]"));
}

UpdateRequest TstDnspodProvider::makeRequest(const QStringList &hosts, const QString &ipv4, const QString &ipv6) const
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

void TstDnspodProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString none;
    QTest::newRow("A current: one read, no write")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "records_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: modified, the record's TTL kept")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{list("home", "A", "records_home_a_stale.json"), modify(1432154987, "home", "A", kV4, 3600)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << kV4 << none << 120
        << Exchanges{list("home", "A", "records_home_a_stale.json"), modify(1432154987, "home", "A", kV4, 120)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("only the default line counts")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{list("home", "A", "records_home_a_lines.json"), modify(1432154987, "home", "A", kV4, 3600)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "from 81.2.69.161"}};
    QTest::newRow("no record (an error code): created; AAAA current in another notation")
        << QStringList{kHome} << kV4 << kV6 << 0
        << Exchanges{list("home", "A", "error_no_record.json"), create("home", "A", kV4, 600), list("home", "AAAA", "records_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com with 81.2.69.160"},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("the domain itself is @")
        << QStringList{"example.com"} << kV4 << none << 0
        << Exchanges{list("@", "A", "records_apex_a_stale.json"), modify(1432154992, "@", "A", kV4, 600)}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("an unknown SecretId: every record held")
        << QStringList{kHome, "www.example.com"} << kV4 << kV6 << 0 << Exchanges{list("home", "A", "error_secret_id.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "DNSPod refused the API key (AuthFailure.SecretIdNotFound: The SecretId is not found"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "QcloudDNSPodFullAccess"},
                           {"www.example.com", RecordType::A, Outcome::AuthFailed, "AuthFailure.SecretIdNotFound"},
                           {"www.example.com", RecordType::AAAA, Outcome::AuthFailed, "AuthFailure.SecretIdNotFound"}};
    QTest::newRow("a wrong SecretKey: held")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "error_signature.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "AuthFailure.SignatureFailure"}};
    QTest::newRow("a key without DNSPod rights: held on the write")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{list("home", "A", "records_home_a_stale.json"), modify(1432154987, "home", "A", kV4, 3600, "error_unauthorized.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "UnauthorizedOperation"}};
    QTest::newRow("a domain not in the account")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "error_domain.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "not in this DNSPod account (InvalidParameterValue.DomainNotExists"}};
    QTest::newRow("a TTL refused: its message")
        << QStringList{kHome} << kV4 << none << 1
        << Exchanges{list("home", "A", "records_home_a_stale.json"), modify(1432154987, "home", "A", kV4, 1, "error_ttl.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "DNSPod refused the request (InvalidParameter.InvalidTTL"}};
    QTest::newRow("rate limited: the rest not sent")
        << QStringList{kHome} << kV4 << kV6 << 0 << Exchanges{list("home", "A", "error_limit.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "slow down (RequestLimitExceeded"},
                           {kHome, RecordType::AAAA, Outcome::RetryLater, "RequestLimitExceeded"}};
    QTest::newRow("two default-line records: refused")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "records_home_a_duplicate.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com"}};
    QTest::newRow("502 page: retried, AAAA still tried")
        << QStringList{kHome} << kV4 << kV6 << 0
        << Exchanges{list("home", "A", "bad_gateway.html", 502), list("home", "AAAA", "records_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "server error (HTTP 502)"}, {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from DNSPod (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("the old API's status with 200: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "unknown_reply.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from DNSPod (HTTP 200)", true}};
    QTest::newRow("a write without a RecordId: never a success")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{list("home", "A", "records_home_a_stale.json"), modify(1432154987, "home", "A", kV4, 3600, "write_no_id.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no RecordId", true}};
    Exchange unreachable = list("home", "A", QString(), 0);
    unreachable.transportError = "Host dnspod.tencentcloudapi.com not found";
    QTest::newRow("no answer")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{unreachable}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach DNSPod: Host dnspod.tencentcloudapi.com not found"}};
}

void TstDnspodProvider::transaction()
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
        QCOMPARE(sent->url, QUrl("https://dnspod.tencentcloudapi.com/"));
        QCOMPARE(QJsonDocument::fromJson(sent->body).object(), exchange.body);
        QCOMPARE(sent->header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(sent->header("X-TC-Action"), exchange.action);
        QCOMPARE(sent->header("X-TC-Version"), QByteArray("2021-03-23"));
        QCOMPARE(sent->header("X-TC-Timestamp"), QByteArray("1796644800"));
        const QByteArray authorization = sent->header("Authorization");
        QVERIFY2(authorization.startsWith("TC3-HMAC-SHA256 Credential=" + kSecretId.toLatin1()
                                          + "/2026-12-07/dnspod/tc3_request, SignedHeaders=content-type;host, Signature="),
                 authorization.constData());
        // The signature covers the body as sent.
        HttpRequest resigned = *sent;
        Signing::signTc3(resigned, {kSecretId, kSecretKey, "dnspod"}, kNow);
        QCOMPARE(resigned.header("Authorization"), authorization);

        HttpReply reply;
        reply.status = exchange.status;
        reply.error = exchange.transportError;
        if (!exchange.replyFile.isEmpty())
            reply.body = providerData("dnspod", exchange.replyFile);
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

void TstDnspodProvider::missingCredentialsSendNothing()
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

QTEST_GUILESS_MAIN(TstDnspodProvider)
#include "tst_dnspodprovider.moc"
