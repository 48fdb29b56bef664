// NearlyFreeSpeech.NET's member API as its documentation describes it: form POSTs to
// /dns/ZONE/listRRs, replaceRR and addRR, each with "X-NFSN-Authentication: login;time;salt;hash",
// the hash a SHA-1 of "login;time;salt;API key;path;SHA-1 of the body", a fresh 16-character salt
// each time; {"error", "debug"} replies. Replies in tests/data/providers/nearlyfreespeech/.
#include "providers/provider.h"
#include "providers/signing/nfsnauth.h"

#include "fakes/providertest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_nearlyfreespeech(ProviderList &list);
}

namespace {

const QString kLogin = "qddnstest";
const QString kKey = "qddnsNfsnTestApiKeyNEVERleak0123";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0, 0), Qt::UTC);

struct Exchange
{
    QString action;
    QByteArray body; ///< the form, exactly
    int status = 200;
    QString replyFile; ///< tests/data/providers/nearlyfreespeech/<file>
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

Exchange list(const QByteArray &name, const QByteArray &type, const QString &file, int status = 200)
{
    return {"listRRs", "name=" + name + "&type=" + type, status, file};
}

Exchange write(const QString &action, const QByteArray &name, const QByteArray &type, const QByteArray &data, int ttl,
               const QString &file = "empty.txt", int status = 200)
{
    return {action, "name=" + name + "&type=" + type + "&data=" + data + "&ttl=" + QByteArray::number(ttl), status, file};
}

QByteArray sha1(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex();
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstNearlyfreespeechProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void salt();
    void transaction_data();
    void transaction();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstNearlyfreespeechProvider::initTestCase()
{
    Providers::add_nearlyfreespeech(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstNearlyfreespeechProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("nearlyfreespeech"));
    QCOMPARE(info.documentation.host(), QString("members.nearlyfreespeech.net"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://api.nearlyfreespeech.net"));
    QCOMPARE(info.usernameLabel, QString("Member login"));
    QCOMPARE(info.secretLabel, QString("API key"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{"home.example.org"}}, {"zone", "example.com"}, {"ttl", 60}}, "profiles[0]");
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(1).path, QString("profiles[0].ttl"));
}

void TstNearlyfreespeechProvider::salt()
{
    // Sixteen letters and digits, whatever the random bytes.
    const QByteArray salt = Signing::nfsnSalt(QByteArray::fromHex("00ff3d3e7f80c1fe0102030405060708"));
    QCOMPARE(salt.size(), 16);
    for (char c : salt)
        QVERIFY2(std::isalnum(static_cast<unsigned char>(c)), salt.constData());
    QCOMPARE(salt, QByteArray("AH9ADEHGBCDEFGHI"));
}

void TstNearlyfreespeechProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString none;
    QTest::newRow("A current: one read, no write")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "rrs_home_a_current.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: replaced, the record's TTL kept")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "rrs_home_a_stale.json"), write("replaceRR", "home", "A", "81.2.69.160", 600)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("both families: A current, AAAA added with the profile's TTL")
        << QStringList{kHome} << kV4 << kV6 << 300
        << Exchanges{list("home", "A", "rrs_home_a_current.json"), list("home", "AAAA", "rrs_empty.json"),
                     write("addRR", "home", "AAAA", "2a02%3A8070%3Ad18f%3A5a00%3A%3A10", 300)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, QString()}, {kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record"}};
    QTest::newRow("AAAA current in another notation")
        << QStringList{kHome} << none << kV6 << 0 << Exchanges{list("home", "AAAA", "rrs_home_aaaa_current.json")}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("the zone itself has the empty name")
        << QStringList{"example.com"} << kV4 << none << 0 << Exchanges{list("", "A", "rrs_apex_a_stale.json"), write("replaceRR", "", "A", "81.2.69.160", 3600)}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("a login or key refused: every record held")
        << QStringList{kHome} << kV4 << kV6 << 0 << Exchanges{list("home", "A", "error_auth.json", 401)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "Authentication error. (The API key or login is incorrect.)"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "Manage API Key"}};
    QTest::newRow("a zone not hosted there: refused")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "error_zone.json", 404)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "does not exist or is not yours"}};
    QTest::newRow("two records of the name and type: refused")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "rrs_home_a_two.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from NearlyFreeSpeech.NET (HTTP 200, no record list)", true}};
    QTest::newRow("an object for the list: never a success")
        << QStringList{kHome} << kV4 << none << 0 << Exchanges{list("home", "A", "unknown_reply.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no record list", true}};
    QTest::newRow("a write answered with a page: never a success")
        << QStringList{kHome} << kV4 << none << 0
        << Exchanges{list("home", "A", "rrs_home_a_stale.json"), write("replaceRR", "home", "A", "81.2.69.160", 600, "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply", true}};
}

void TstNearlyfreespeechProvider::transaction()
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
    request.username = kLogin;
    request.secret = kKey;
    request.credentials = {{"secret", kKey}};
    request.server = m_provider->info().defaultServer;
    request.options = {{"zone", "example.com"}};
    request.clock = [] { return kNow; };
    request.random = [n = 0](int count) mutable { return QByteArray(count, char(n++)); };
    if (ttl > 0)
        request.ttl = ttl;

    const auto tx = m_provider->start(request);
    for (int i = 0; i < exchanges.size(); ++i) {
        const Exchange &exchange = exchanges.at(i);
        const auto sent = tx->nextRequest();
        QVERIFY2(sent, qPrintable(QString("request %1 (%2) was not sent").arg(i).arg(exchange.action)));
        QCOMPARE(sent->method, QByteArray("POST"));
        const QByteArray path = "/dns/example.com/" + exchange.action.toLatin1();
        QCOMPARE(sent->url, QUrl("https://api.nearlyfreespeech.net" + path));
        QCOMPARE(sent->body, exchange.body);
        // login;time;salt;sha1(login;time;salt;key;path;sha1(body)), the salt new for each request.
        const QByteArray salt(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]);
        const QByteArray prefix = kLogin.toLatin1() + ";1796644800;" + salt;
        QCOMPARE(sent->headers, (HttpHeaders{{"Content-Type", "application/x-www-form-urlencoded"},
                                             {"X-NFSN-Authentication", prefix + ';' + sha1(prefix + ';' + kKey.toLatin1() + ';' + path + ';' + sha1(exchange.body))}}));

        HttpReply reply;
        reply.status = exchange.status;
        reply.body = providerData("nearlyfreespeech", exchange.replyFile);
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
        QVERIFY2(!got.message.contains(kKey), qPrintable(got.message));
    }
}

QTEST_GUILESS_MAIN(TstNearlyfreespeechProvider)
#include "tst_nearlyfreespeechprovider.moc"
