// TransIP's REST API v6 as its documentation describes it: POST /v6/auth with a JSON body (login,
// a fresh nonce, read_only false, 30 minutes, global_key) whose RSA-SHA512 signature travels
// base64 in "Signature"; the token as Bearer on GET/PATCH/POST /v6/domains/DOMAIN/dns; an entry
// changed by name, type and its own expire; {"error": …} replies. The key pair in
// tests/data/providers/transip/private_key.pem was made for these tests and belongs to no account.
#include "providers/provider.h"
#include "providers/signing/rsa.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_transip(ProviderList &list);
}

namespace {

const QString kLogin = "qddnstest";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kDns = "https://api.transip.nl/v6/domains/example.com/dns";
const QByteArray kToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzUxMiIsImp0aSI6InFkZG5zLXRlc3QifQ.eyJpc3MiOiJhcGkudHJhbnNpcC5ubCJ9.qddns-test-token";

struct Exchange
{
    QByteArray method; ///< empty: the token request
    QJsonObject body;
    int status = 200;
    QString replyFile; ///< tests/data/providers/transip/<file>
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

Exchange token(int status = 201, const QString &file = "token.json")
{
    return {{}, {}, status, file};
}

Exchange list(const QString &file, int status = 200)
{
    return {"GET", {}, status, file};
}

QJsonObject entry(const QString &name, int expire, const QString &type, const QString &content)
{
    return {{"dnsEntry", QJsonObject{{"name", name}, {"expire", expire}, {"type", type}, {"content", content}}}};
}

Exchange patch(const QString &type, int expire, const QString &content, int status = 204, const QString &file = "empty.txt")
{
    return {"PATCH", entry("home", expire, type, content), status, file};
}

Exchange post(const QString &name, const QString &type, int expire, const QString &content, int status = 201, const QString &file = "empty.txt")
{
    return {"POST", entry(name, expire, type, content), status, file};
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstTransipProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();
    void badKeySendsNothing();

private:
    UpdateRequest makeRequest(const QStringList &hosts, const QString &ipv4, const QString &ipv6) const;

    ProviderList m_providers;
    const Provider *m_provider = nullptr;
    QString m_key;
};

void TstTransipProvider::initTestCase()
{
    Providers::add_transip(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
    m_key = QString::fromLatin1(providerData("transip", "private_key.pem"));
}

void TstTransipProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("transip"));
    QCOMPARE(info.category, ProviderCategory::Registrar);
    QCOMPARE(info.documentation, QUrl("https://api.transip.nl/rest/docs.html"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://api.transip.nl"));
    QCOMPARE(info.usernameLabel, QString("Login name"));
    QCOMPARE(info.secretLabel, QString("Private key"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{"home.example.org"}}, {"zone", "example.com"}}, "profiles[0]").size(), 1);
}

UpdateRequest TstTransipProvider::makeRequest(const QStringList &hosts, const QString &ipv4, const QString &ipv6) const
{
    UpdateRequest request;
    request.profileName = "home";
    request.hosts = hosts;
    if (!ipv4.isEmpty())
        request.ipv4 = QHostAddress(ipv4);
    if (!ipv6.isEmpty())
        request.ipv6 = QHostAddress(ipv6);
    request.username = kLogin;
    request.secret = m_key;
    request.credentials = {{"secret", m_key}};
    request.server = m_provider->info().defaultServer;
    request.options = {{"zone", "example.com"}};
    request.random = [n = 0](int count) mutable { return QByteArray(count, char(0x40 + n++)); };
    return request;
}

void TstTransipProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString none;
    QTest::newRow("A current: token, one read, no write")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{token(), list("dns_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: patched with its own expire, even with a profile TTL")
        << QStringList{kHome} << kV4 << none << 3600 << Exchanges{token(), list("dns_home_a_stale.json"), patch("A", 300, kV4)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("both families: A added with the default TTL, AAAA current in another notation")
        << QStringList{kHome} << kV4 << kV6 << 0
        << Exchanges{token(), list("dns_home_missing.json"), post("home", "A", 300, kV4), list("dns_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com with 81.2.69.160"},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("the domain itself is @, added with the profile's TTL")
        << QStringList{"example.com"} << none << kV6 << 3600 << Exchanges{token(), list("dns_home_a_current.json"), post("@", "AAAA", 3600, kV6)}
        << ExpectedResults{{"example.com", RecordType::AAAA, Outcome::Updated, "created"}};
    QTest::newRow("a signature TransIP refuses: every record held")
        << QStringList{kHome} << kV4 << kV6 << 0 << Exchanges{token(401, "error_signature.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "TransIP refused the key pair (HTTP 401: The provided signature is invalid)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "whitelisted"}};
    QTest::newRow("a whitelisted key from elsewhere (400): held")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{token(400, "error_whitelist.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "non-whitelisted IP"}};
    QTest::newRow("a token reply without a token: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{token(201, "token_missing.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no token", true}};
    QTest::newRow("a domain not in the account: refused for all")
        << QStringList{kHome} << kV4 << kV6 << 0 << Exchanges{token(), list("error_domain.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "Domain with name 'example.com' not found"},
                           {kHome, RecordType::AAAA, Outcome::Rejected, "not found"}};
    QTest::newRow("an entry gone between read and write: refused with TransIP's words")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{token(), list("dns_home_a_stale.json"), patch("A", 300, kV4, 406, "error_entry.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "refused the request (HTTP 406: DnsEntry with name 'home'"}};
    QTest::newRow("rate limited: the rest not sent")
        << QStringList{kHome} << kV4 << kV6 << 0 << Exchanges{token(), list("error_rate.json", 429)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "rate limit"}, {kHome, RecordType::AAAA, Outcome::RetryLater, "rate limit"}};
    QTest::newRow("two entries of the name and type: refused")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{token(), list("dns_home_a_two.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{token(), list("maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from TransIP (HTTP 200, no DNS entry list): <!DOCTYPE html>", true}};
    QTest::newRow("a write answered with a body: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{token(), list("dns_home_a_stale.json"), patch("A", 300, kV4, 200, "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply", true}};
}

void TstTransipProvider::transaction()
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

    QStringList nonces;
    const auto tx = m_provider->start(request);
    for (int i = 0; i < exchanges.size(); ++i) {
        const Exchange &exchange = exchanges.at(i);
        const auto sent = tx->nextRequest();
        QVERIFY2(sent, qPrintable(QString("request %1 was not sent").arg(i)));
        if (exchange.method.isEmpty()) {
            QCOMPARE(sent->method, QByteArray("POST"));
            QCOMPARE(sent->url, QUrl("https://api.transip.nl/v6/auth"));
            const QJsonObject body = QJsonDocument::fromJson(sent->body).object();
            const QString nonce = body.value("nonce").toString();
            QCOMPARE(nonce.size(), 32);
            QCOMPARE(body, (QJsonObject{{"login", kLogin}, {"nonce", nonce}, {"read_only", false},
                                        {"expiration_time", "30 minutes"}, {"global_key", true}}));
            nonces << nonce;
            // The signature of exactly the bytes sent (PKCS #1 v1.5 is deterministic).
            const auto signature = Signing::rsaSign(m_key.toLatin1(), sent->body, Signing::RsaHash::Sha512);
            QVERIFY(signature);
            QCOMPARE(sent->headers, (HttpHeaders{{"Content-Type", "application/json"}, {"Signature", signature->toBase64()}}));
            QVERIFY(!sent->body.contains("PRIVATE KEY"));
        } else {
            QCOMPARE(sent->method, exchange.method);
            QCOMPARE(sent->url, QUrl(kDns));
            HttpHeaders headers{{"Authorization", "Bearer " + kToken}};
            if (!exchange.body.isEmpty())
                headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
            QCOMPARE(sent->headers, headers);
            QCOMPARE(QJsonDocument::fromJson(sent->body).object(), exchange.body);
        }
        HttpReply reply;
        reply.status = exchange.status;
        reply.body = providerData("transip", exchange.replyFile);
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
        QVERIFY2(!got.message.contains("PRIVATE KEY") && !got.message.contains(QString::fromLatin1(kToken)), qPrintable(got.message));
    }
}

void TstTransipProvider::badKeySendsNothing()
{
    UpdateRequest request = makeRequest({kHome}, kV4, QString());
    request.secret = "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n";
    request.credentials = {{"secret", request.secret}};
    const auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().size(), 1);
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
    QVERIFY2(tx->results().first().message.contains("cannot sign"), qPrintable(tx->results().first().message));
    QVERIFY(!tx->results().first().message.contains("BEGIN"));
}

QTEST_GUILESS_MAIN(TstTransipProvider)
#include "tst_transipprovider.moc"
