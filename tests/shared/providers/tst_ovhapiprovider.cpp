// OVHcloud's API for DNS zones: every request signed (X-Ovh-Application, -Consumer, -Timestamp,
// -Signature over the exact method, URL and body at the request's time); the record ids of a
// name and type, the record, PUT of its target (POST when missing), then POST …/refresh once
// after any write. Replies in tests/data/providers/ovhapi/.
#include "providers/provider.h"
#include "providers/signing/ovhsignature.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_ovhapi(ProviderList &list);
}

namespace {

const QString kAppKey = "7kbG7Bk7S9Nt7ZSV";
const QString kAppSecret = "EgWIz07P0HYwtQDs";
const QString kConsumer = "MtSwSrPpNjqfVSmJhLbPyr2i45lSDPU1";
const QString kHome = "home.example.com";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kZone = "https://eu.api.ovh.com/1.0/domain/zone/example.com";
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1796644800, Qt::UTC);

struct Step
{
    QByteArray method;
    QString url;
    QByteArray body;
    int status = 200;
    QString file;
    QString error;
};
using Steps = QList<Step>;

struct Want
{
    QString host;
    RecordType type;
    Outcome outcome;
    QString messagePart;
    bool unexpected = false;
};
using Wants = QList<Want>;

Step list(const QString &type, const QString &sub, const QString &file, int status = 200)
{
    return {"GET", kZone + "/record?fieldType=" + type + "&subDomain=" + sub, {}, status, file, {}};
}
Step get(const QString &id, const QString &file) { return {"GET", kZone + "/record/" + id, {}, 200, file, {}}; }
Step put(const QString &id, const QByteArray &body, const QString &file = "null.json") { return {"PUT", kZone + "/record/" + id, body, 200, file, {}}; }
Step post(const QByteArray &body, const QString &file) { return {"POST", kZone + "/record", body, 200, file, {}}; }
Step refresh(const QString &file = "null.json", int status = 200) { return {"POST", kZone + "/refresh", {}, status, file, {}}; }

} // namespace

Q_DECLARE_METATYPE(Steps)
Q_DECLARE_METATYPE(Wants)

class TstOvhApiProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();
    void nothingSentWithoutKeys();

private:
    UpdateRequest request(const QStringList &hosts, bool v4, bool v6, int ttl) const;
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstOvhApiProvider::initTestCase()
{
    Providers::add_ovhapi(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

UpdateRequest TstOvhApiProvider::request(const QStringList &hosts, bool v4, bool v6, int ttl) const
{
    UpdateRequest r;
    r.hosts = hosts;
    if (v4)
        r.ipv4 = QHostAddress(kV4);
    if (v6)
        r.ipv6 = QHostAddress(kV6);
    r.username = kAppKey;
    r.secret = kAppSecret;
    r.credentials = {{"secret", kAppSecret}, {"consumerKey", kConsumer}};
    r.server = m_provider->info().defaultServer;
    r.options = {{"zone", "example.com"}};
    if (ttl > 0)
        r.ttl = ttl;
    r.clock = [] { return kNow; };
    return r;
}

void TstOvhApiProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("ovhapi"));
    QCOMPARE(info.defaultServer, QUrl("https://eu.api.ovh.com/1.0"));
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.secretLabel, QString("Application secret"));
    QCOMPARE(info.extraCredentials.size(), 1);
    QCOMPARE(info.extraCredentials.first().id, QString("consumerKey"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.options.first().key, QString("zone"));
}

void TstOvhApiProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl");
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<Wants>("wants");

    QTest::newRow("A current: ids, record, nothing written, no refresh")
        << QStringList{kHome} << true << false << 0
        << Steps{list("A", "home", "ids_one.json"), get("5118311412", "record_home_a_current.json")}
        << Wants{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: PUT of the target, then the refresh")
        << QStringList{kHome} << true << false << 0
        << Steps{list("A", "home", "ids_one.json"), get("5118311412", "record_home_a.json"), put("5118311412", "{\"target\":\"81.2.69.160\"}"), refresh()}
        << Wants{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 300
        << Steps{list("A", "home", "ids_one.json"), get("5118311412", "record_home_a.json"),
                 put("5118311412", "{\"target\":\"81.2.69.160\",\"ttl\":300}"), refresh()}
        << Wants{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("AAAA missing: POST, then the refresh")
        << QStringList{kHome} << false << true << 0
        << Steps{list("AAAA", "home", "ids_none.json"),
                 post("{\"fieldType\":\"AAAA\",\"subDomain\":\"home\",\"target\":\"2a02:8070:d18f:5a00::10\"}", "created_aaaa.json"), refresh()}
        << Wants{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record home.example.com with 2a02:8070:d18f:5a00::10"}};
    QTest::newRow("both families: one refresh after the A write, AAAA current")
        << QStringList{kHome} << true << true << 0
        << Steps{list("A", "home", "ids_one.json"), get("5118311412", "record_home_a.json"), put("5118311412", "{\"target\":\"81.2.69.160\"}"),
                 list("AAAA", "home", "ids_aaaa.json"), get("5118311420", "record_home_aaaa_current.json"), refresh()}
        << Wants{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("the zone itself is the empty subDomain")
        << QStringList{"example.com"} << true << false << 0 << Steps{list("A", "", "ids_two.json")}
        << Wants{{"example.com", RecordType::A, Outcome::Rejected, "2 A records named example.com exist at OVHcloud"}};
    QTest::newRow("a bad signature (400 INVALID_SIGNATURE): held, nothing more sent")
        << QStringList{kHome} << true << true << 0 << Steps{list("A", "home", "invalid_signature.json", 400)}
        << Wants{{kHome, RecordType::A, Outcome::AuthFailed, "OVHcloud refused the API keys (HTTP 400: Invalid signature)"},
                 {kHome, RecordType::AAAA, Outcome::AuthFailed, "createToken"}};
    QTest::newRow("a call not granted (403): held")
        << QStringList{kHome} << true << false << 0 << Steps{list("A", "home", "not_granted.json", 403)}
        << Wants{{kHome, RecordType::A, Outcome::AuthFailed, "This call has not been granted"}};
    QTest::newRow("a zone the account lacks")
        << QStringList{kHome} << true << false << 0 << Steps{list("A", "home", "no_zone.json", 404)}
        << Wants{{kHome, RecordType::A, Outcome::Rejected, "OVHcloud refused the request (HTTP 404: This service does not exist)"}};
    QTest::newRow("a failed refresh: the written record is retried")
        << QStringList{kHome} << true << false << 0
        << Steps{list("A", "home", "ids_one.json"), get("5118311412", "record_home_a.json"), put("5118311412", "{\"target\":\"81.2.69.160\"}"),
                 refresh("maintenance.html", 503)}
        << Wants{{kHome, RecordType::A, Outcome::RetryLater, "to 81.2.69.160, but refreshing the zone failed: OVHcloud server error (HTTP 503)"}};
    QTest::newRow("HTML with HTTP 200: unexpected")
        << QStringList{kHome} << true << false << 0 << Steps{list("A", "home", "maintenance.html")}
        << Wants{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from OVHcloud (HTTP 200, not the API's JSON)", true}};
    QTest::newRow("JSON that is no id list: unexpected")
        << QStringList{kHome} << true << false << 0 << Steps{list("A", "home", "unknown_shape.json")}
        << Wants{{kHome, RecordType::A, Outcome::RetryLater, "no list of record ids", true}};
    QTest::newRow("a PUT answered with other JSON: unexpected, no refresh")
        << QStringList{kHome} << true << false << 0
        << Steps{list("A", "home", "ids_one.json"), get("5118311412", "record_home_a.json"),
                 put("5118311412", "{\"target\":\"81.2.69.160\"}", "unknown_shape.json")}
        << Wants{{kHome, RecordType::A, Outcome::RetryLater, "not the API's answer to a write", true}};
    Step down = list("A", "home", QString());
    down.status = 0;
    down.error = "Connection timed out";
    QTest::newRow("no answer") << QStringList{kHome} << true << false << 0 << Steps{down}
                               << Wants{{kHome, RecordType::A, Outcome::RetryLater, "could not reach OVHcloud: Connection timed out"}};
}

void TstOvhApiProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(Steps, steps);
    QFETCH(Wants, wants);
    const UpdateRequest r = request(hosts, v4, v6, ttl);
    const auto tx = m_provider->start(r);
    for (const Step &step : steps) {
        const auto sent = tx->nextRequest();
        QVERIFY2(sent, qPrintable("not sent: " + step.url));
        QCOMPARE(sent->method, step.method);
        const QByteArray url = sent->url.toEncoded(QUrl::FullyEncoded);
        QCOMPARE(QString::fromLatin1(url), step.url);
        QCOMPARE(sent->body, step.body);
        HttpHeaders headers;
        if (!step.body.isEmpty())
            headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        headers += HttpHeaders{{"X-Ovh-Application", kAppKey.toUtf8()},
                               {"X-Ovh-Consumer", kConsumer.toUtf8()},
                               {"X-Ovh-Timestamp", "1796644800"},
                               {"X-Ovh-Signature", Signing::ovhSignature(kAppSecret, kConsumer, step.method, url, step.body, 1796644800)}};
        QCOMPARE(sent->headers, headers);
        HttpReply reply;
        reply.status = step.status;
        reply.error = step.error;
        if (!step.file.isEmpty())
            reply.body = providerData("ovhapi", step.file);
        tx->handleReply(reply);
    }
    const auto extra = tx->nextRequest();
    QVERIFY2(!extra, extra ? qPrintable(extra->url.toString()) : "");
    const QList<RecordResult> got = tx->results();
    QCOMPARE(got.size(), wants.size());
    for (int i = 0; i < wants.size(); ++i) {
        QCOMPARE(got.at(i).host, wants.at(i).host);
        QCOMPARE(got.at(i).type, wants.at(i).type);
        QVERIFY2(got.at(i).outcome == wants.at(i).outcome, qPrintable(got.at(i).message));
        QVERIFY2(got.at(i).message.contains(wants.at(i).messagePart), qPrintable(got.at(i).message));
        QCOMPARE(got.at(i).unexpected, wants.at(i).unexpected);
        for (const QString &secret : r.secretValues())
            QVERIFY(!got.at(i).message.contains(secret));
    }
}

void TstOvhApiProvider::nothingSentWithoutKeys()
{
    UpdateRequest r = request({kHome}, true, false, 0);
    r.credentials.remove("consumerKey");
    const auto tx = m_provider->start(r);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(tx->results().first().message.contains("consumer key"));
}

QTEST_GUILESS_MAIN(TstOvhApiProvider)
#include "tst_ovhapiprovider.moc"
