// Porkbun's API v3 as its documentation describes it: POST with both keys in the JSON body,
// domain/listAll, dns/retrieveByNameType, dns/editByNameType (keeping the record's TTL, priority
// and notes) and dns/create; "SUCCESS"/"ERROR" statuses. Replies in tests/data/providers/porkbun/.
#include "providers/provider.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_porkbun(ProviderList &list);
}

namespace {

const QString kApiKey = "pk1_4e0c3b1a9f8d7e6c5b4a39281706f5e4d3c2b1a09988776655443322110abcde";
const QString kSecretKey = "sk1_9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f3021c0ffee1234567890";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";

/// One request the transaction must send and the reply fed back for it.
struct Exchange
{
    QString path;          ///< below /api/json/v3
    QJsonObject body;      ///< besides the two keys, which every body must carry
    int status = 200;
    QString replyFile;     ///< tests/data/providers/porkbun/<file>
    QString transportError;
    QByteArray retryAfter;
};
using Exchanges = QList<Exchange>;

struct ExpectedResult
{
    QString host;
    RecordType type;
    Outcome outcome;
    QString messagePart;
    int delay = 0;
};
using ExpectedResults = QList<ExpectedResult>;

Exchange listAll(int status = 200, const QString &file = "domains.json")
{
    return {"/domain/listAll", {}, status, file, {}, {}};
}

Exchange retrieve(const QString &what, int status, const QString &file)
{
    return {"/dns/retrieveByNameType/" + what, {}, status, file, {}, {}};
}

Exchange edit(const QString &what, const QJsonObject &body, int status = 200, const QString &file = "success.json")
{
    return {"/dns/editByNameType/" + what, body, status, file, {}, {}};
}

Exchange create(const QString &domain, const QJsonObject &body, int status = 200, const QString &file = "created.json")
{
    return {"/dns/create/" + domain, body, status, file, {}, {}};
}

QJsonObject createBody(const QString &name, const QString &type, const QString &content, const QString &ttl = "600")
{
    return {{"name", name}, {"type", type}, {"content", content}, {"ttl", ttl}};
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstPorkbunProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void missingKeySendsNothing();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstPorkbunProvider::initTestCase()
{
    Providers::add_porkbun(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstPorkbunProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("porkbun"));
    QCOMPARE(info.category, ProviderCategory::Registrar);
    QCOMPARE(info.documentation, QUrl("https://porkbun.com/api/json/v3/documentation"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://api.porkbun.com"));
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secret, Need::Required);
    QCOMPARE(info.secretLabel, QString("API key"));
    // Two credentials: the API key is the primary one, the secret API key a named one.
    QCOMPARE(info.extraCredentials.size(), 1);
    QCOMPARE(info.extraCredentials.first().id, QString("secretApiKey"));
    QCOMPARE(info.extraCredentials.first().label, QString("Secret API key"));
    QVERIFY(info.extraCredentials.first().required);
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QVERIFY(info.maxHostsPerRequest > 1);
}

void TstPorkbunProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome}}, {"ttl", 600}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome}}, {"ttl", 300}}, "profiles[2]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[2].ttl"));
    QVERIFY2(errors.first().message.contains("600 seconds or more"), qPrintable(errors.first().message));
}

void TstPorkbunProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QString>("server");
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString none;
    const QString api = "https://api.porkbun.com";
    const QString homeA = "example.com/A/home";
    const QString homeAaaa = "example.com/AAAA/home";
    // The record's own TTL, priority and notes go back with the new content.
    const QJsonObject keepFields{{"content", kV4}, {"ttl", "3600"}, {"prio", "0"}, {"notes", "router at home"}};

    QTest::newRow("A current: domains, one read, no write")
        << QStringList{kHome} << kV4 << none << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 200, "records_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: editByNameType keeps TTL, priority and notes")
        << QStringList{kHome} << kV4 << none << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 200, "records_home_a_stale.json"), edit(homeA, keepFields)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << kV4 << none << 900 << api
        << Exchanges{listAll(), retrieve(homeA, 200, "records_home_a_stale.json"),
                     edit(homeA, {{"content", kV4}, {"ttl", "900"}, {"prio", "0"}, {"notes", "router at home"}})}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("A missing: create with the default TTL")
        << QStringList{kHome} << kV4 << none << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 200, "records_empty.json"), create("example.com", createBody("home", "A", kV4))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com with 81.2.69.160"}};
    QTest::newRow("both families: edit A, create AAAA with the profile's TTL")
        << QStringList{kHome} << kV4 << kV6 << 1200 << api
        << Exchanges{listAll(), retrieve(homeA, 200, "records_home_a_stale.json"),
                     edit(homeA, {{"content", kV4}, {"ttl", "1200"}, {"prio", "0"}, {"notes", "router at home"}}),
                     retrieve(homeAaaa, 200, "records_empty.json"), create("example.com", createBody("home", "AAAA", kV6, "1200"))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Updated, "created"}};
    QTest::newRow("AAAA current in another notation; other names in the reply ignored")
        << QStringList{kHome} << kV4 << kV6 << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 200, "records_other_names.json"), create("example.com", createBody("home", "A", kV4)),
                     retrieve(homeAaaa, 200, "records_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "created"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("the domain itself: no subdomain segment, empty name")
        << QStringList{"Example.COM."} << kV4 << none << 0 << api
        << Exchanges{listAll(), retrieve("example.com/A", 200, "records_apex_a_stale.json"), edit("example.com/A", {{"content", kV4}, {"ttl", "600"}, {"notes", ""}})}
        << ExpectedResults{{"Example.COM.", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("a name of the other domain is not taken for example.com")
        << QStringList{"home.myexample.com"} << kV4 << none << 0 << api
        << Exchanges{listAll(), retrieve("myexample.com/A/home", 200, "records_empty.json"), create("myexample.com", createBody("home", "A", kV4))}
        << ExpectedResults{{"home.myexample.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("a host in no domain of the account: refused, the other one updated")
        << QStringList{"home.example.org", kHome} << kV4 << none << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 200, "records_home_a_current.json")}
        << ExpectedResults{{"home.example.org", RecordType::A, Outcome::Rejected, "in no domain of this Porkbun account (it has example.com, myexample.com)"},
                           {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("wrong keys: every record held, nothing else sent")
        << QStringList{kHome, "www.example.com"} << kV4 << kV6 << 0 << api
        << Exchanges{listAll(400, "error_invalid_key.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "Porkbun refused the API keys (HTTP 400: Invalid API key. (002))"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "porkbun.com/account/api"},
                           {"www.example.com", RecordType::A, Outcome::AuthFailed, "Invalid API key"},
                           {"www.example.com", RecordType::AAAA, Outcome::AuthFailed, "Invalid API key"}};
    QTest::newRow("wrong keys on a read: the rest not sent")
        << QStringList{kHome} << kV4 << kV6 << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 400, "error_invalid_key.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "Invalid API key"}, {kHome, RecordType::AAAA, Outcome::AuthFailed, "Invalid API key"}};
    QTest::newRow("domain not opted in to the API: held with the way out")
        << QStringList{kHome} << kV4 << none << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 400, "error_not_opted_in.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "turn on API ACCESS for the domain"}};
    QTest::newRow("several A records: refused, AAAA still done")
        << QStringList{kHome} << kV4 << kV6 << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 200, "records_home_a_duplicate.json"), retrieve(homeAaaa, 200, "records_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Porkbun"},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};
    QTest::newRow("edit refused")
        << QStringList{kHome} << kV4 << none << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 200, "records_home_a_stale.json"), edit(homeA, keepFields, 400, "error_edit.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "Edit error: We were unable to edit the DNS record."}};
    QTest::newRow("502 page on a read: retried, AAAA still tried")
        << QStringList{kHome} << kV4 << kV6 << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 502, "bad_gateway.html"), retrieve(homeAaaa, 200, "records_home_aaaa_stale.json"),
                     edit(homeAaaa, {{"content", kV6}, {"ttl", "600"}, {"prio", "0"}})}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "Porkbun server error (HTTP 502)"}, {kHome, RecordType::AAAA, Outcome::Updated, QString()}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << kV4 << none << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 200, "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Porkbun (HTTP 200): <!DOCTYPE html>"}};
    QTest::newRow("an unknown status after a write: never a success")
        << QStringList{kHome} << kV4 << none << 0 << api
        << Exchanges{listAll(), retrieve(homeA, 200, "records_home_a_stale.json"), edit(homeA, keepFields, 200, "unknown_status.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Porkbun"}};
    Exchange limited = retrieve(homeA, 429, "error_rate_limited.json");
    limited.retryAfter = "90";
    QTest::newRow("429 with Retry-After: the rest not sent")
        << QStringList{kHome, "www.example.com"} << kV4 << none << 0 << api << Exchanges{listAll(), limited}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "rate limit", 90}, {"www.example.com", RecordType::A, Outcome::RetryLater, "rate limit", 90}};
    Exchange unreachable = listAll();
    unreachable.status = 0;
    unreachable.replyFile.clear();
    unreachable.transportError = "Connection timed out";
    QTest::newRow("no answer to the domain list")
        << QStringList{kHome} << kV4 << kV6 << 0 << api << Exchanges{unreachable}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach Porkbun: Connection timed out"},
                           {kHome, RecordType::AAAA, Outcome::RetryLater, "Connection timed out"}};
    QTest::newRow("a server with a path keeps it")
        << QStringList{kHome} << kV4 << none << 0 << "https://127.0.0.1:8443/pb/"
        << Exchanges{listAll(), retrieve(homeA, 200, "records_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, QString()}};
}

void TstPorkbunProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(QString, ipv4);
    QFETCH(QString, ipv6);
    QFETCH(int, ttl);
    QFETCH(QString, server);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);

    UpdateRequest request;
    request.profileName = "home";
    request.hosts = hosts;
    if (!ipv4.isEmpty())
        request.ipv4 = QHostAddress(ipv4);
    if (!ipv6.isEmpty())
        request.ipv6 = QHostAddress(ipv6);
    request.secret = kApiKey;
    request.credentials = {{"secret", kApiKey}, {"secretApiKey", kSecretKey}};
    request.server = QUrl(server);
    if (ttl > 0)
        request.ttl = ttl;

    const QString base = QUrl(server).adjusted(QUrl::StripTrailingSlash).toString() + "/api/json/v3";
    const auto tx = m_provider->start(request);
    for (int i = 0; i < exchanges.size(); ++i) {
        const Exchange &exchange = exchanges.at(i);
        const auto sent = tx->nextRequest();
        QVERIFY2(sent, qPrintable(QString("request %1 (%2) was not sent").arg(i).arg(exchange.path)));
        QCOMPARE(sent->method, QByteArray("POST"));
        QCOMPARE(sent->url.toString(QUrl::FullyEncoded), base + exchange.path);
        QCOMPARE(sent->headers, (HttpHeaders{{"Content-Type", "application/json"}}));
        // Both keys in every body, exactly as documented, and what the step sends besides them.
        QJsonObject expected = exchange.body;
        expected.insert("apikey", kApiKey);
        expected.insert("secretapikey", kSecretKey);
        QCOMPARE(QJsonDocument::fromJson(sent->body).object(), expected);

        HttpReply reply;
        reply.status = exchange.status;
        reply.error = exchange.transportError;
        if (!exchange.replyFile.isEmpty())
            reply.body = providerData("porkbun", exchange.replyFile);
        if (!exchange.retryAfter.isEmpty())
            reply.headers.append({"Retry-After", exchange.retryAfter});
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
        QVERIFY2(!got.message.contains(kApiKey) && !got.message.contains(kSecretKey), qPrintable(got.message));
        QCOMPARE(got.minRetryDelay.count(), qint64(want.delay));
    }
}

void TstPorkbunProvider::missingKeySendsNothing()
{
    UpdateRequest request;
    request.hosts = {kHome};
    request.ipv4 = QHostAddress(kV4);
    request.secret = kApiKey;
    request.credentials = {{"secret", kApiKey}};
    request.server = m_provider->info().defaultServer;
    const auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().size(), 1);
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(tx->results().first().message.contains("secret API key"));
}

QTEST_GUILESS_MAIN(TstPorkbunProvider)
#include "tst_porkbunprovider.moc"
