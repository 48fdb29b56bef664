// Volcengine DNS's OpenAPI 2018-08-01 as its documentation (and BytePlus DNS's, the same API)
// describes it: Action and Version in the query, every request signed with Volcengine's
// HMAC-SHA256 (service DNS, region cn-north-1) at the request's time; ListZones for the ZID,
// ListRecords of the host (exact), filtered to the type and the default line; UpdateRecord
// keeping the TTL, CreateRecord on the default line; ResponseMetadata.Error codes. Replies in
// tests/data/providers/volcengine/.
#include "providers/provider.h"
#include "providers/signing/sigv4.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_volcengine(ProviderList &list);
}

namespace {

const QString kAk = "AKLTqddnsTestVolcengineKeyId0123";
const QString kSk = "qddnsVolcTestSecretNEVERleak0123456789==";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://dns.volcengineapi.com/?Action=";
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0, 0), Qt::UTC);

struct Exchange
{
    QByteArray method;
    QString url;
    QJsonObject body;
    int status = 200;
    QString replyFile; ///< tests/data/providers/volcengine/<file>
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

Exchange zones(const QString &file = "zones.json", int status = 200)
{
    return {"GET", kApi + "ListZones&Version=2018-08-01&Key=example.com&SearchMode=exact", {}, status, file};
}

Exchange records(const QString &host, const QString &file, int status = 200)
{
    return {"GET", kApi + "ListRecords&Version=2018-08-01&ZID=58846&Host=" + host + "&SearchMode=exact&PageSize=500", {}, status, file};
}

Exchange update(const QString &type, const QString &value, int ttl, const QString &id, const QString &file = "update_ok.json", int status = 200)
{
    return {"POST", kApi + "UpdateRecord&Version=2018-08-01",
            {{"RecordID", id}, {"Host", "home"}, {"Line", "default"}, {"Type", type}, {"Value", value}, {"TTL", ttl}}, status, file};
}

Exchange create(const QString &host, const QString &type, const QString &value, int ttl, const QString &file = "create_ok.json")
{
    return {"POST", kApi + "CreateRecord&Version=2018-08-01",
            {{"ZID", 58846}, {"Host", host}, {"Line", "default"}, {"Type", type}, {"Value", value}, {"TTL", ttl}}, 200, file};
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstVolcengineProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstVolcengineProvider::initTestCase()
{
    Providers::add_volcengine(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstVolcengineProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("volcengine"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation.host(), QString("www.volcengine.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://dns.volcengineapi.com"));
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.secret, Need::Required);
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{"home.example.org"}}, {"zone", "example.com"}}, "profiles[0]").size(), 1);
}

void TstVolcengineProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString none;
    const QString a = "3170534137672596377";
    QTest::newRow("A current: zone, one read, no write")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones(), records("home", "records_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: updated, the record's TTL kept")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones(), records("home", "records_home_a_stale.json"), update("A", kV4, 3600, a)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("only the default line counts; the profile's TTL")
        << QStringList{kHome} << kV4 << none << 300 << Exchanges{zones(), records("home", "records_home_a_lines.json"), update("A", kV4, 300, a)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "from 81.2.69.161"}};
    QTest::newRow("both families: A current, AAAA created (an empty list leaves Records out)")
        << QStringList{kHome} << kV4 << kV6 << 0
        << Exchanges{zones(), records("home", "records_home_a_current.json"), records("home", "records_empty.json"), create("home", "AAAA", kV6, 600)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, QString()},
                           {kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com with 2a02:8070:d18f:5a00::10"}};
    QTest::newRow("the domain itself is @")
        << QStringList{"example.com"} << kV4 << none << 0 << Exchanges{zones(), records("@", "records_empty.json"), create("@", "A", kV4, 600)}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("no domain of the name")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones("zones_other.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "no domain example.com"}};
    QTest::newRow("an unknown access key: every record held")
        << QStringList{kHome} << kV4 << kV6 << 0 << Exchanges{zones("error_access_key.json", 401)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "InvalidAccessKey: The request has an invalid access key."},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "DNSFullAccess"}};
    QTest::newRow("a wrong secret (400): held")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones(), records("home", "error_signature.json", 400)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "SignatureDoesNotMatch"}};
    QTest::newRow("a TTL refused: its message")
        << QStringList{kHome} << kV4 << none << 1
        << Exchanges{zones(), records("home", "records_home_a_stale.json"), update("A", kV4, 1, a, "error_ttl.json", 400)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "refused the request (HTTP 400, InvalidParameter.TTL"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones(), records("home", "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Volcengine DNS (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("a Result without records or a total: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones(), records("home", "unknown_reply.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no record list", true}};
    QTest::newRow("a write answered without a RecordID: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{zones(), records("home", "records_home_a_stale.json"), update("A", kV4, 3600, a, "unknown_reply.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no RecordID", true}};
}

void TstVolcengineProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(QString, ipv4);
    QFETCH(QString, ipv6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);

    UpdateRequest request;
    request.profileName = "home";
    request.hosts = hosts;
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
        QVERIFY2(sent, qPrintable(QString("request %1 (%2) was not sent").arg(i).arg(exchange.url)));
        QCOMPARE(sent->method, exchange.method);
        QCOMPARE(sent->url.toString(QUrl::FullyEncoded), exchange.url);
        QCOMPARE(QJsonDocument::fromJson(sent->body).object(), exchange.body);
        QCOMPARE(sent->header("X-Date"), QByteArray("20261207T120000Z"));
        QCOMPARE(sent->header("X-Content-Sha256"), QCryptographicHash::hash(sent->body, QCryptographicHash::Sha256).toHex());
        const QByteArray authorization = sent->header("Authorization");
        QVERIFY2(authorization.startsWith("HMAC-SHA256 Credential=" + kAk.toLatin1() + "/20261207/cn-north-1/DNS/request, SignedHeaders="), authorization.constData());
        HttpRequest resigned = *sent;
        Signing::signSigV4(resigned, {kAk, kSk, "cn-north-1", "DNS", {}}, kNow, Signing::SigV4Scheme::volcengine());
        QCOMPARE(resigned.header("Authorization"), authorization);

        HttpReply reply;
        reply.status = exchange.status;
        reply.body = providerData("volcengine", exchange.replyFile);
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

QTEST_GUILESS_MAIN(TstVolcengineProvider)
#include "tst_volcengineprovider.moc"
