// Baidu AI Cloud DNS's public-zone API v1 as its documentation describes it: every request signed
// with bce-auth-v1 over host and x-bce-date at the request's time; the zone's records of the host
// (rr), filtered to the type and the default line; modify keeping the record's TTL; add on the
// default line; writes answer with an empty body. Replies in tests/data/providers/baiducloud/.
#include "providers/provider.h"
#include "providers/signing/bceauth.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_baiducloud(ProviderList &list);
}

namespace {

const QString kAk = "c98fb9a1366011e8912505e5e0aeqddns";
const QString kSk = "qddnsBaiduTestSkNEVERleak0123456789";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://dns.baidubce.com/v1/dns/zone/example.com";
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0, 0), Qt::UTC);

struct Exchange
{
    QByteArray method;
    QString url;
    QJsonObject body;
    int status = 200;
    QString replyFile; ///< tests/data/providers/baiducloud/<file>
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

Exchange list(const QString &rr, const QString &file, int status = 200)
{
    return {"GET", kApi + "/record?rr=" + rr, {}, status, file};
}

Exchange modify(const QString &id, const QString &type, const QString &value, int ttl, const QString &file = "empty.txt", int status = 200)
{
    return {"PUT", kApi + "/record/" + id, {{"rr", "home"}, {"type", type}, {"value", value}, {"ttl", ttl}}, status, file};
}

Exchange add(const QString &rr, const QString &type, const QString &value, int ttl, const QString &file = "empty.txt", int status = 200)
{
    return {"POST", kApi + "/record", {{"rr", rr}, {"type", type}, {"value", value}, {"ttl", ttl}, {"line", "default"}}, status, file};
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstBaiducloudProvider : public QObject
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

void TstBaiducloudProvider::initTestCase()
{
    Providers::add_baiducloud(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstBaiducloudProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("baiducloud"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation.host(), QString("cloud.baidu.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://dns.baidubce.com"));
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.secret, Need::Required);
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 1);
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{"home.example.org"}}, {"zone", "example.com"}}, "profiles[0]").size(), 1);
}

void TstBaiducloudProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString none;
    QTest::newRow("A current: one read, no write")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "records_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale among other types: modified, the TTL kept")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "records_home_a_stale.json"), modify("rc-7kq2m9x4p1ab", "A", kV4, 3600)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("only the default line counts; the profile's TTL")
        << QStringList{kHome} << kV4 << none << 600 << Exchanges{list("home", "records_home_a_lines.json"), modify("rc-7kq2m9x4p1ab", "A", kV4, 600)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "from 81.2.69.161"}};
    QTest::newRow("both families: A added, AAAA current in another notation")
        << QStringList{kHome} << kV4 << kV6 << 0
        << Exchanges{list("home", "records_empty.json"), add("home", "A", kV4, 300), list("home", "records_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com with 81.2.69.160"},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("the zone itself is @")
        << QStringList{"example.com"} << kV4 << none << 0 << Exchanges{list("@", "records_empty.json"), add("@", "A", kV4, 300)}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("an unknown access key: every record held")
        << QStringList{kHome} << kV4 << kV6 << 0 << Exchanges{list("home", "error_access_key.json", 403)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "InvalidAccessKeyId: The Access Key ID you provided does not exist"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "InvalidAccessKeyId"}};
    QTest::newRow("a wrong secret (400): held")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "error_signature.json", 400)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "SignatureDoesNotMatch"}};
    QTest::newRow("no such zone: refused")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "error_zone.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "NoSuchZone: The zone example.com does not exist."}};
    QTest::newRow("a TTL refused on the write")
        << QStringList{kHome} << kV4 << none << 1 << Exchanges{list("home", "records_home_a_stale.json"), modify("rc-7kq2m9x4p1ab", "A", kV4, 1, "error_ttl.json", 400)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "InvalidTtl"}};
    QTest::newRow("two default-line records: refused")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "records_home_a_duplicate.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Baidu AI Cloud DNS (HTTP 200", true}};
    QTest::newRow("JSON without a record list: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "unknown_reply.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no record list", true}};
    QTest::newRow("a write answered with text: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "records_home_a_stale.json"), modify("rc-7kq2m9x4p1ab", "A", kV4, 3600, "not_json.txt")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply", true}};
}

void TstBaiducloudProvider::transaction()
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
        QCOMPARE(sent->header("x-bce-date"), QByteArray("2026-12-07T12:00:00Z"));
        const QByteArray authorization = sent->header("Authorization");
        QVERIFY2(authorization.startsWith("bce-auth-v1/" + kAk.toLatin1() + "/2026-12-07T12:00:00Z/1800/host;x-bce-date/"), authorization.constData());
        HttpRequest resigned = *sent;
        Signing::signBce(resigned, kAk, kSk, kNow);
        QCOMPARE(resigned.header("Authorization"), authorization);

        HttpReply reply;
        reply.status = exchange.status;
        reply.body = providerData("baiducloud", exchange.replyFile);
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

QTEST_GUILESS_MAIN(TstBaiducloudProvider)
#include "tst_baiducloudprovider.moc"
