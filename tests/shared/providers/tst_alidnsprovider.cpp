// Alibaba Cloud DNS's API 2015-01-09 as its documentation describes it: signed RPC GETs with the
// common parameters (JSON, AccessKeyId, HMAC-SHA1 1.0, a fresh nonce, the request's time);
// DescribeSubDomainRecords of the host's name and type (default line only), UpdateDomainRecord
// keeping the record's TTL, AddDomainRecord when missing; "Code"/"Message" errors.
// Replies in tests/data/providers/alidns/.
#include "providers/provider.h"
#include "providers/signing/acsrpc.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_alidns(ProviderList &list);
}

namespace {

const QString kKeyId = "LTAI5tQddnsTestKeyId01";
const QString kSecret = "Qd8nsT3stS3cretNEVERleak0a1b2c";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0, 0), Qt::UTC);

using Parameters = QList<std::pair<QString, QString>>;

/// One request the transaction must send and the reply fed back for it.
struct Exchange
{
    Parameters parameters; ///< the action's own, in any order
    int status = 200;
    QString replyFile;     ///< tests/data/providers/alidns/<file>
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

Exchange describe(const QString &name, const QString &type, int status, const QString &file)
{
    return {{{"Action", "DescribeSubDomainRecords"}, {"DomainName", "example.com"}, {"SubDomain", name}, {"Type", type}, {"PageSize", "100"}},
            status, file, {}};
}

Exchange update(const QString &id, const QString &rr, const QString &type, const QString &value, int ttl, int status = 200,
                const QString &file = "update_ok.json")
{
    return {{{"Action", "UpdateDomainRecord"}, {"RecordId", id}, {"RR", rr}, {"Type", type}, {"Value", value}, {"TTL", QString::number(ttl)}},
            status, file, {}};
}

Exchange add(const QString &rr, const QString &type, const QString &value, int ttl, int status = 200, const QString &file = "add_ok.json")
{
    return {{{"Action", "AddDomainRecord"}, {"DomainName", "example.com"}, {"RR", rr}, {"Type", type}, {"Value", value}, {"TTL", QString::number(ttl)}},
            status, file, {}};
}

Parameters sorted(Parameters p)
{
    std::sort(p.begin(), p.end());
    return p;
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstAlidnsProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void freshNonceAndTimeForEachRequest();
    void missingCredentialsSendNothing();

private:
    UpdateRequest makeRequest(const QStringList &hosts, const QString &ipv4, const QString &ipv6) const;

    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstAlidnsProvider::initTestCase()
{
    Providers::add_alidns(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstAlidnsProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("alidns"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation.host(), QString("www.alibabacloud.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://alidns.aliyuncs.com/"));
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.usernameLabel, QString("AccessKey ID"));
    QCOMPARE(info.secret, Need::Required);
    QCOMPARE(info.secretLabel, QString("AccessKey secret"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 1);
    QCOMPARE(info.options.at(0).key, QString("zone"));
    QVERIFY(info.options.at(0).required);
}

void TstAlidnsProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome, "example.com", "*.example.com"}}, {"zone", "Example.com."}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{"home.example.org"}}, {"zone", "example.com"}}, "profiles[3]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[3].hosts[0]"));
    QVERIFY2(errors.first().message.contains("not in the Alibaba Cloud DNS zone example.com"), qPrintable(errors.first().message));
}

UpdateRequest TstAlidnsProvider::makeRequest(const QStringList &hosts, const QString &ipv4, const QString &ipv6) const
{
    UpdateRequest request;
    request.profileName = "home";
    request.hosts = hosts;
    if (!ipv4.isEmpty())
        request.ipv4 = QHostAddress(ipv4);
    if (!ipv6.isEmpty())
        request.ipv6 = QHostAddress(ipv6);
    request.username = kKeyId;
    request.secret = kSecret;
    request.credentials = {{"secret", kSecret}};
    request.server = m_provider->info().defaultServer;
    request.options = {{"zone", "example.com"}};
    request.clock = [] { return kNow; };
    request.random = [n = 0](int count) mutable { return QByteArray(count, char(n++)); };
    return request;
}

void TstAlidnsProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString none;
    QTest::newRow("A current: one read, no write")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{describe(kHome, "A", 200, "records_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: updated, the record's TTL kept")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{describe(kHome, "A", 200, "records_home_a_stale.json"), update("9999985", "home", "A", kV4, 3600)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << kV4 << none << 1200
        << Exchanges{describe(kHome, "A", 200, "records_home_a_stale.json"), update("9999985", "home", "A", kV4, 1200)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("only the default line counts")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{describe(kHome, "A", 200, "records_home_a_lines.json"), update("9999985", "home", "A", kV4, 3600)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "from 81.2.69.161"}};
    QTest::newRow("both families: A added, AAAA current in another notation")
        << QStringList{kHome} << kV4 << kV6 << 0
        << Exchanges{describe(kHome, "A", 200, "records_empty.json"), add("home", "A", kV4, 600),
                     describe(kHome, "AAAA", 200, "records_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com with 81.2.69.160"},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("the domain itself is @")
        << QStringList{"Example.COM."} << kV4 << none << 0
        << Exchanges{describe("example.com", "A", 200, "records_apex_a_stale.json"), update("9999990", "@", "A", kV4, 600)}
        << ExpectedResults{{"Example.COM.", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("a wildcard is *")
        << QStringList{"*.example.com"} << kV4 << none << 0
        << Exchanges{describe("*.example.com", "A", 200, "records_wildcard_a_stale.json"), update("9999991", "*", "A", kV4, 600)}
        << ExpectedResults{{"*.example.com", RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("a deeper name: RR of two labels")
        << QStringList{"a.b.example.com"} << kV4 << none << 0
        << Exchanges{describe("a.b.example.com", "A", 200, "records_empty.json"), add("a.b", "A", kV4, 600)}
        << ExpectedResults{{"a.b.example.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("a host outside the domain: refused, nothing sent for it")
        << QStringList{"home.example.org", kHome} << kV4 << none << 0 << Exchanges{describe(kHome, "A", 200, "records_home_a_current.json")}
        << ExpectedResults{{"home.example.org", RecordType::A, Outcome::Rejected, "not in the domain example.com"},
                           {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("an unknown AccessKey (404): every record held")
        << QStringList{kHome, "www.example.com"} << kV4 << kV6 << 0 << Exchanges{describe(kHome, "A", 404, "error_key_not_found.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "InvalidAccessKeyId.NotFound: Specified access key is not found."},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "RAM policy"},
                           {"www.example.com", RecordType::A, Outcome::AuthFailed, "InvalidAccessKeyId.NotFound"},
                           {"www.example.com", RecordType::AAAA, Outcome::AuthFailed, "InvalidAccessKeyId.NotFound"}};
    QTest::newRow("a wrong secret (400): held")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{describe(kHome, "A", 400, "error_signature.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "SignatureDoesNotMatch"}};
    QTest::newRow("no RAM permission to write: held")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{describe(kHome, "A", 200, "records_home_a_stale.json"), update("9999985", "home", "A", kV4, 3600, 403, "error_forbidden_ram.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "Forbidden.RAM"}};
    QTest::newRow("a domain of another account: refused")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{describe(kHome, "A", 400, "error_incorrect_domain_user.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "not in this Alibaba Cloud account (HTTP 400, IncorrectDomainUser"}};
    QTest::newRow("a TTL below the edition's minimum: refused with the reason")
        << QStringList{kHome} << kV4 << none << 60
        << Exchanges{describe(kHome, "A", 200, "records_home_a_stale.json"), update("9999985", "home", "A", kV4, 60, 400, "error_invalid_ttl.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "DomainRecordTTLInvalid: The TTL is lower than the minimum"}};
    QTest::newRow("a duplicate on the write: the address is there")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{describe(kHome, "A", 200, "records_home_a_stale.json"), update("9999985", "home", "A", kV4, 3600, 400, "error_duplicate.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("throttled: the rest not sent")
        << QStringList{kHome} << kV4 << kV6 << 0 << Exchanges{describe(kHome, "A", 400, "error_throttling.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "slow down (HTTP 400, Throttling.User"},
                           {kHome, RecordType::AAAA, Outcome::RetryLater, "Throttling.User"}};
    QTest::newRow("two default-line records: refused")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{describe(kHome, "A", 200, "records_home_a_duplicate.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com"}};
    QTest::newRow("502 page: retried, AAAA still tried")
        << QStringList{kHome} << kV4 << kV6 << 0
        << Exchanges{describe(kHome, "A", 502, "bad_gateway.html"), describe(kHome, "AAAA", 200, "records_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "server error (HTTP 502)"}, {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{describe(kHome, "A", 200, "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Alibaba Cloud DNS (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("JSON without a record list: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{describe(kHome, "A", 200, "unknown_reply.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no record list", true}};
    QTest::newRow("a write without a RecordId: never a success")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{describe(kHome, "A", 200, "records_home_a_stale.json"), update("9999985", "home", "A", kV4, 3600, 200, "write_no_id.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no RecordId", true}};
    Exchange unreachable = describe(kHome, "A", 0, QString());
    unreachable.transportError = "Connection refused";
    QTest::newRow("no answer")
        << QStringList{kHome} << kV4 << kV6 << 0 << Exchanges{unreachable}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach Alibaba Cloud DNS: Connection refused"},
                           {kHome, RecordType::AAAA, Outcome::RetryLater, "Connection refused"}};
}

void TstAlidnsProvider::transaction()
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
        QVERIFY2(sent, qPrintable(QString("request %1 (%2) was not sent").arg(i).arg(exchange.parameters.first().second)));
        QCOMPARE(sent->method, QByteArray("GET"));
        QCOMPARE(sent->url.adjusted(QUrl::RemoveQuery), QUrl("https://alidns.aliyuncs.com/"));
        QVERIFY(sent->body.isEmpty());
        QVERIFY(sent->headers.isEmpty());

        // The action's parameters and the common ones, the signature over all of them.
        Parameters got;
        QString signature;
        for (const auto &item : QUrlQuery(sent->url).queryItems(QUrl::FullyDecoded)) {
            if (item.first == "Signature")
                signature = item.second;
            else
                got.append(item);
        }
        Parameters expected = exchange.parameters;
        expected += Parameters{{"Format", "JSON"}, {"Version", "2015-01-09"}, {"AccessKeyId", kKeyId}, {"SignatureMethod", "HMAC-SHA1"},
                               {"SignatureVersion", "1.0"}, {"SignatureNonce", QString::fromLatin1(QByteArray(16, char(i)).toHex())},
                               {"Timestamp", "2026-12-07T12:00:00Z"}};
        QCOMPARE(sorted(got), sorted(expected));
        QCOMPARE(signature.toLatin1(), Signing::acsRpcSignature("GET", got, kSecret));
        QVERIFY(!sent->url.toString().contains(kSecret));

        HttpReply reply;
        reply.status = exchange.status;
        reply.error = exchange.transportError;
        if (!exchange.replyFile.isEmpty())
            reply.body = providerData("alidns", exchange.replyFile);
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
        QVERIFY2(!got.message.contains(kSecret), qPrintable(got.message));
    }
}

void TstAlidnsProvider::freshNonceAndTimeForEachRequest()
{
    // Alibaba refuses a nonce it has seen (SignatureNonceUsed) and a stale timestamp: each
    // request takes its own from the request's sources.
    UpdateRequest request = makeRequest({kHome}, kV4, QString());
    QDateTime now = kNow;
    request.clock = [&now] { return now; };
    const auto tx = m_provider->start(request);
    const auto read = tx->nextRequest();
    QVERIFY(read);
    HttpReply reply;
    reply.status = 200;
    reply.body = providerData("alidns", "records_home_a_stale.json");
    now = now.addSecs(75); // the reply came late: the write is signed when it is made
    tx->handleReply(reply);
    const auto write = tx->nextRequest();
    QVERIFY(write);
    const QUrlQuery first(read->url);
    const QUrlQuery second(write->url);
    QCOMPARE(first.queryItemValue("Timestamp", QUrl::FullyDecoded), QString("2026-12-07T12:00:00Z"));
    QCOMPARE(second.queryItemValue("Timestamp", QUrl::FullyDecoded), QString("2026-12-07T12:01:15Z"));
    QVERIFY(first.queryItemValue("SignatureNonce") != second.queryItemValue("SignatureNonce"));
    QCOMPARE(second.queryItemValue("SignatureNonce").size(), 32);
}

void TstAlidnsProvider::missingCredentialsSendNothing()
{
    UpdateRequest request = makeRequest({kHome}, kV4, QString());
    request.secret.clear();
    request.credentials.clear();
    auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(tx->results().first().message.contains("AccessKey secret"));

    request = makeRequest({kHome}, kV4, QString());
    request.options = {};
    tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().first().outcome, Outcome::Rejected);
    QVERIFY(tx->results().first().message.contains("option \"zone\""));
}

QTEST_GUILESS_MAIN(TstAlidnsProvider)
#include "tst_alidnsprovider.moc"
