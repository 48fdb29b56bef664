// Google Cloud DNS as its documentation describes it: a JWT (RS256) signed with the service
// account's key is exchanged for an access token at the key's token_uri (jwt-bearer grant, scope
// ndev.clouddns.readwrite), then resourceRecordSets list / patch / create with that token as
// Bearer. The key in tests/data/providers/gcloud/service_account.json was made for these tests
// and belongs to no account. Replies in tests/data/providers/gcloud/.
#include "providers/provider.h"
#include "providers/signing/rsa.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_gcloud(ProviderList &list);
}

namespace {

const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kToken = "ya29.c.qddns-test-access-token-0123456789";
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0, 0), Qt::UTC);
const QString kZoneApi = "https://dns.googleapis.com/dns/v1/projects/qddns-test-4711/managedZones/example-com";

/// One request the transaction must send and the reply fed back for it.
struct Exchange
{
    QByteArray method;
    QString url;      ///< empty: the token request
    QJsonObject body; ///< empty: none
    int status = 200;
    QString replyFile; ///< tests/data/providers/gcloud/<file>
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

Exchange token(int status = 200, const QString &file = "token.json")
{
    return {"POST", {}, {}, status, file};
}

Exchange list(const QString &type, const QString &file, int status = 200)
{
    return {"GET", kZoneApi + "/rrsets?name=home.example.com.&type=" + type, {}, status, file};
}

QJsonObject recordSet(const QString &type, int ttl, const QString &value)
{
    return {{"name", "home.example.com."}, {"type", type}, {"ttl", ttl}, {"rrdatas", QJsonArray{value}}};
}

Exchange patch(const QString &type, int ttl, const QString &value, const QString &file, int status = 200)
{
    return {"PATCH", kZoneApi + "/rrsets/home.example.com./" + type, recordSet(type, ttl, value), status, file};
}

Exchange create(const QString &type, int ttl, const QString &value, const QString &file, int status = 200)
{
    return {"POST", kZoneApi + "/rrsets", recordSet(type, ttl, value), status, file};
}

QJsonObject jsonPart(const QByteArray &part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstGcloudProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();
    void projectOption();
    void badKeySendsNothing_data();
    void badKeySendsNothing();

private:
    UpdateRequest makeRequest(const QString &ipv4, const QString &ipv6) const;
    void verifyTokenRequest(const HttpRequest &sent) const;

    ProviderList m_providers;
    const Provider *m_provider = nullptr;
    QString m_key;
    QJsonObject m_keyObject;
};

void TstGcloudProvider::initTestCase()
{
    Providers::add_gcloud(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
    m_key = QString::fromUtf8(providerData("gcloud", "service_account.json"));
    m_keyObject = QJsonDocument::fromJson(m_key.toUtf8()).object();
}

void TstGcloudProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("gcloud"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation.host(), QString("cloud.google.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://dns.googleapis.com"));
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secret, Need::Required);
    QVERIFY(info.secretLabel.contains("JSON"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.size(), 2);
    QCOMPARE(info.options.at(0).key, QString("managedZone"));
    QVERIFY(info.options.at(0).required);
    QCOMPARE(info.options.at(1).key, QString("project"));
    QVERIFY(!info.options.at(1).required);
}

UpdateRequest TstGcloudProvider::makeRequest(const QString &ipv4, const QString &ipv6) const
{
    UpdateRequest request;
    request.profileName = "home";
    request.hosts = {kHome};
    if (!ipv4.isEmpty())
        request.ipv4 = QHostAddress(ipv4);
    if (!ipv6.isEmpty())
        request.ipv6 = QHostAddress(ipv6);
    request.secret = m_key;
    request.credentials = {{"secret", m_key}};
    request.server = m_provider->info().defaultServer;
    request.options = {{"managedZone", "example-com"}};
    request.clock = [] { return kNow; };
    return request;
}

void TstGcloudProvider::verifyTokenRequest(const HttpRequest &sent) const
{
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.url, QUrl("https://oauth2.googleapis.com/token"));
    QCOMPARE(sent.headers, (HttpHeaders{{"Content-Type", "application/x-www-form-urlencoded"}}));
    const QUrlQuery form(QString::fromLatin1(sent.body));
    QCOMPARE(form.queryItemValue("grant_type", QUrl::FullyDecoded), QString("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    const QByteArray assertion = form.queryItemValue("assertion", QUrl::FullyDecoded).toLatin1();
    const QByteArrayList parts = assertion.split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(jsonPart(parts[0]), (QJsonObject{{"alg", "RS256"}, {"typ", "JWT"}, {"kid", m_keyObject.value("private_key_id")}}));
    const qint64 now = kNow.toSecsSinceEpoch();
    const QJsonObject claims{{"iss", "ddns@qddns-test-4711.iam.gserviceaccount.com"},
                             {"scope", "https://www.googleapis.com/auth/ndev.clouddns.readwrite"},
                             {"aud", "https://oauth2.googleapis.com/token"},
                             {"iat", now},
                             {"exp", now + 3600}};
    QCOMPARE(jsonPart(parts[1]), claims);
    // PKCS #1 v1.5 is deterministic: the same key signs the same input alike (tst_signing checks
    // such signatures with openssl).
    const auto expected = Signing::jwtRs256(claims, m_keyObject.value("private_key").toString().toUtf8(),
                                            m_keyObject.value("private_key_id").toString());
    QVERIFY(expected);
    QCOMPARE(assertion, *expected);
    QVERIFY(!sent.body.contains("PRIVATE KEY"));
}

void TstGcloudProvider::transaction_data()
{
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString none;
    QTest::newRow("A current: token, one read, no write")
        << kV4 << none << 0 << Exchanges{token(), list("A", "rrsets_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: patched, the set's TTL kept")
        << kV4 << none << 0
        << Exchanges{token(), list("A", "rrsets_home_a_stale.json"), patch("A", 3600, kV4, "rrset_home_a_written.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << kV4 << none << 120
        << Exchanges{token(), list("A", "rrsets_home_a_stale.json"), patch("A", 120, kV4, "rrset_home_a_written_ttl.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("both families: A created, AAAA current in another notation; one token for all")
        << kV4 << kV6 << 0
        << Exchanges{token(), list("A", "rrsets_empty.json"), create("A", 300, kV4, "rrset_home_a_created.json"),
                     list("AAAA", "rrsets_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com with 81.2.69.160"},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("a JWT Google refuses: every record held, nothing else sent")
        << kV4 << kV6 << 0 << Exchanges{token(400, "token_invalid_grant.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "invalid_grant: Invalid JWT Signature."},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "roles/dns.admin"}};
    QTest::newRow("a token reply without a token: never a success")
        << kV4 << none << 0 << Exchanges{token(200, "token_no_token.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no access token", true}};
    QTest::newRow("no role in the project: held")
        << kV4 << kV6 << 0 << Exchanges{token(), list("A", "error_forbidden.json", 403)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "PERMISSION_DENIED: Forbidden"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "PERMISSION_DENIED"}};
    QTest::newRow("no such managed zone: refused for all")
        << kV4 << kV6 << 0 << Exchanges{token(), list("A", "error_zone_not_found.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "no such project or managed zone (HTTP 404, NOT_FOUND: The 'parameters.managedZone'"},
                           {kHome, RecordType::AAAA, Outcome::Rejected, "example-com"}};
    QTest::newRow("a name outside the zone: refused with Google's words")
        << kV4 << none << 0 << Exchanges{token(), list("A", "rrsets_empty.json"), create("A", 300, kV4, "error_invalid_name.json", 400)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "INVALID_ARGUMENT: Invalid value"}};
    QTest::newRow("rate limited: the rest not sent")
        << kV4 << kV6 << 0 << Exchanges{token(), list("A", "error_rate.json", 429)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "rate limit"}, {kHome, RecordType::AAAA, Outcome::RetryLater, "rate limit"}};
    QTest::newRow("a set of two addresses is not replaced by one")
        << kV4 << none << 0 << Exchanges{token(), list("A", "rrsets_home_a_two.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records"}};
    QTest::newRow("HTML with 200: never a success")
        << kV4 << none << 0 << Exchanges{token(), list("A", "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Google Cloud DNS (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("another kind of JSON: never a success")
        << kV4 << none << 0 << Exchanges{token(), list("A", "unknown_reply.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no record set list", true}};
    QTest::newRow("a write answered with another set: never a success")
        << kV4 << none << 0
        << Exchanges{token(), list("A", "rrsets_home_a_stale.json"), patch("A", 3600, kV4, "rrsets_home_a_stale.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "not the record set written", true}};
}

void TstGcloudProvider::transaction()
{
    QFETCH(QString, ipv4);
    QFETCH(QString, ipv6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);

    UpdateRequest request = makeRequest(ipv4, ipv6);
    if (ttl > 0)
        request.ttl = ttl;

    const auto tx = m_provider->start(request);
    for (int i = 0; i < exchanges.size(); ++i) {
        const Exchange &exchange = exchanges.at(i);
        const auto sent = tx->nextRequest();
        QVERIFY2(sent, qPrintable(QString("request %1 (%2) was not sent").arg(i).arg(exchange.url)));
        if (exchange.url.isEmpty()) {
            verifyTokenRequest(*sent);
            if (QTest::currentTestFailed())
                return;
        } else {
            QCOMPARE(sent->method, exchange.method);
            QCOMPARE(sent->url.toString(QUrl::FullyEncoded), exchange.url);
            HttpHeaders headers{{"Authorization", "Bearer " + kToken.toLatin1()}};
            if (!exchange.body.isEmpty())
                headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
            QCOMPARE(sent->headers, headers);
            QCOMPARE(QJsonDocument::fromJson(sent->body).object(), exchange.body);
        }
        HttpReply reply;
        reply.status = exchange.status;
        reply.body = providerData("gcloud", exchange.replyFile);
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
        QVERIFY2(!got.message.contains("PRIVATE KEY") && !got.message.contains(kToken), qPrintable(got.message));
    }
}

void TstGcloudProvider::projectOption()
{
    // A zone in another project than the service account's own.
    UpdateRequest request = makeRequest(kV4, QString());
    request.options.insert("project", "dns-prod-1234");
    const auto tx = m_provider->start(request);
    const auto first = tx->nextRequest();
    QVERIFY(first);
    HttpReply reply;
    reply.status = 200;
    reply.body = providerData("gcloud", "token.json");
    tx->handleReply(reply);
    const auto read = tx->nextRequest();
    QVERIFY(read);
    QCOMPARE(read->url.path(), QString("/dns/v1/projects/dns-prod-1234/managedZones/example-com/rrsets"));
}

void TstGcloudProvider::badKeySendsNothing_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("messagePart");
    QJsonObject noKey = QJsonDocument::fromJson(providerData("gcloud", "service_account.json")).object();
    noKey.remove("private_key");
    QJsonObject brokenKey = noKey;
    brokenKey.insert("private_key", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    QJsonObject plainToken = brokenKey;
    plainToken.insert("token_uri", "http://oauth2.googleapis.com/token");
    QTest::newRow("a token, not a key") << "ya29.some-token" << "not a service account's JSON key";
    QTest::newRow("no private key") << QString::fromUtf8(QJsonDocument(noKey).toJson()) << "no client_email or private_key";
    QTest::newRow("a broken private key") << QString::fromUtf8(QJsonDocument(brokenKey).toJson()) << "cannot sign";
    QTest::newRow("a token_uri without TLS") << QString::fromUtf8(QJsonDocument(plainToken).toJson()) << "not an https URL";
}

void TstGcloudProvider::badKeySendsNothing()
{
    QFETCH(QString, secret);
    QFETCH(QString, messagePart);
    UpdateRequest request = makeRequest(kV4, kV6);
    request.secret = secret;
    request.credentials = {{"secret", secret}};
    const auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().size(), 2);
    for (const RecordResult &r : tx->results()) {
        QCOMPARE(r.outcome, Outcome::AuthFailed);
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
        QVERIFY(!r.message.contains("BEGIN PRIVATE KEY"));
    }
}

QTEST_GUILESS_MAIN(TstGcloudProvider)
#include "tst_gcloudprovider.moc"
