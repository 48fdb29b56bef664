#include "providers/provider.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include "fakes/providertest.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_custom(ProviderList &list);
}

namespace {

// '&', '/', ' ', '+' and '#' would each break a query if sent raw.
const QString kPassword = QStringLiteral("p&ss/w rd+#1");
const QString kPasswordEncoded = QStringLiteral("p%26ss%2Fw%20rd%2B%231");
const QString kV4 = QStringLiteral("81.2.69.160");
const QString kV6 = QStringLiteral("2a02:8070:d18f:5a00::10");
const QString kV6Encoded = QStringLiteral("2a02%3A8070%3Ad18f%3A5a00%3A%3A10");
const QString kDynDnsStyle =
    QStringLiteral("https://dyn.example.net/nic/update?hostname=[DOMAIN]&myip=[IP]&user=[USERNAME]&pass=[PASSWORD]");
const QString kBothStyle =
    QStringLiteral("https://dyn.example.net/update?host=[DOMAIN]&ip4=[IP]&ip6=[IP6]&key=[PASSWORD]");

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

UpdateRequest makeRequest(const QString &tmpl, const QStringList &hosts, const QString &v4, const QString &v6,
                          const QString &pattern = QString())
{
    UpdateRequest r;
    r.profileName = QStringLiteral("home");
    r.hosts = hosts;
    if (!v4.isEmpty())
        r.ipv4 = QHostAddress(v4);
    if (!v6.isEmpty())
        r.ipv6 = QHostAddress(v6);
    r.username = QStringLiteral("alice");
    r.secret = kPassword;
    r.options.insert(QStringLiteral("url"), tmpl);
    if (!pattern.isEmpty())
        r.options.insert(QStringLiteral("successPattern"), pattern);
    return r;
}

HttpReply makeReply(int status, const QString &bodyFile, const QString &error = QString())
{
    HttpReply reply;
    reply.status = status;
    reply.error = error;
    if (!bodyFile.isEmpty())
        reply.body = providerData("custom", bodyFile);
    return reply;
}

QStringList describe(const QList<RecordResult> &results)
{
    QStringList list;
    for (const RecordResult &r : results)
        list.append(r.host + QLatin1Char('/') + recordTypeName(r.type) + QLatin1Char('=') + outcomeName(r.outcome));
    return list;
}

void verifyNoSecret(const QList<RecordResult> &results)
{
    for (const RecordResult &r : results) {
        QVERIFY2(!r.message.contains(kPassword), qPrintable(r.message));
        QVERIFY2(!r.message.contains(kPasswordEncoded, Qt::CaseInsensitive), qPrintable(r.message));
    }
}

} // namespace

class TstCustomProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void request_data();
    void request();
    void encodedValuesDecodeBack();
    void ip6OnlyTemplateCannotSendIpv4();
    void noAddressSendsNothing();
    void everyRequestIsSent();
    void reply_data();
    void reply();
    void validate_data();
    void validate();

private:
    std::unique_ptr<Provider> m_provider;
};

void TstCustomProvider::initTestCase()
{
    ProviderList list;
    Providers::add_custom(list);
    QCOMPARE(list.size(), size_t(1));
    m_provider = std::move(list.front());
}

void TstCustomProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QStringLiteral("custom"));
    QVERIFY(info.defaultServer.isEmpty());
    QCOMPARE(info.username, Need::Optional);
    QCOMPARE(info.secret, Need::Optional);
    QCOMPARE(info.options.size(), 2);
    QCOMPARE(info.options.at(0).key, QStringLiteral("url"));
    QCOMPARE(info.options.at(0).kind, ProviderOption::Kind::Url);
    QVERIFY(info.options.at(0).required);
    QCOMPARE(info.options.at(1).key, QStringLiteral("successPattern"));
    QCOMPARE(info.options.at(1).kind, ProviderOption::Kind::Regex);
    QVERIFY(!info.options.at(1).required);
}

void TstCustomProvider::request_data()
{
    QTest::addColumn<QString>("tmpl");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("v4");
    QTest::addColumn<QString>("v6");
    QTest::addColumn<QStringList>("urls");    // every request, in order, fully encoded
    QTest::addColumn<QStringList>("records"); // results after all requests answered 200

    const QString dyn = QStringLiteral("https://dyn.example.net/nic/update?hostname=home.example.net&myip=");
    const QString dynTail = QStringLiteral("&user=alice&pass=") + kPasswordEncoded;
    const QString both = QStringLiteral("https://dyn.example.net/update?host=home.example.net&ip4=");

    QTest::newRow("[IP] only, IPv4") << kDynDnsStyle << "alice" << strings({"home.example.net"}) << kV4 << ""
                                     << QStringList{dyn + kV4 + dynTail} << strings({"home.example.net/A=updated"});
    QTest::newRow("[IP] only, both families: one request each")
        << kDynDnsStyle << "alice" << strings({"home.example.net"}) << kV4 << kV6
        << QStringList{dyn + kV4 + dynTail, dyn + kV6Encoded + dynTail}
        << strings({"home.example.net/A=updated", "home.example.net/AAAA=updated"});
    QTest::newRow("[IP] only, IPv6 goes in [IP]") << kDynDnsStyle << "alice" << strings({"home.example.net"}) << ""
                                                  << kV6 << QStringList{dyn + kV6Encoded + dynTail}
                                                  << strings({"home.example.net/AAAA=updated"});
    QTest::newRow("[IP6]: both families in one request")
        << kBothStyle << "alice" << strings({"home.example.net"}) << kV4 << kV6
        << QStringList{both + kV4 + QStringLiteral("&ip6=") + kV6Encoded + QStringLiteral("&key=") + kPasswordEncoded}
        << strings({"home.example.net/A=updated", "home.example.net/AAAA=updated"});
    QTest::newRow("[IP6]: IPv6 only leaves [IP] empty")
        << kBothStyle << "alice" << strings({"home.example.net"}) << "" << kV6
        << QStringList{both + QStringLiteral("&ip6=") + kV6Encoded + QStringLiteral("&key=") + kPasswordEncoded}
        << strings({"home.example.net/AAAA=updated"});
    QTest::newRow("[IP6]: IPv4 only leaves [IP6] empty")
        << kBothStyle << "alice" << strings({"home.example.net"}) << kV4 << ""
        << QStringList{both + kV4 + QStringLiteral("&ip6=&key=") + kPasswordEncoded}
        << strings({"home.example.net/A=updated"});
    QTest::newRow("one request per host")
        << QStringLiteral("https://dyn.example.net/u?h=[DOMAIN]&a=[IP]&b=[IP6]") << ""
        << strings({"a.example.net", "b.example.net"}) << kV4 << kV6
        << QStringList{QStringLiteral("https://dyn.example.net/u?h=a.example.net&a=81.2.69.160&b=") + kV6Encoded,
                       QStringLiteral("https://dyn.example.net/u?h=b.example.net&a=81.2.69.160&b=") + kV6Encoded}
        << strings({"a.example.net/A=updated", "a.example.net/AAAA=updated", "b.example.net/A=updated",
                    "b.example.net/AAAA=updated"});
    QTest::newRow("secret in the path")
        << QStringLiteral("https://dyn.example.net/update/[USERNAME]/[PASSWORD]/[DOMAIN]/[IP]") << "alice"
        << strings({"home.example.net"}) << kV4 << ""
        << QStringList{QStringLiteral("https://dyn.example.net/update/alice/") + kPasswordEncoded
                       + QStringLiteral("/home.example.net/81.2.69.160")}
        << strings({"home.example.net/A=updated"});
    QTest::newRow("credentials in the user info")
        << QStringLiteral("https://[USERNAME]:[PASSWORD]@dyn.example.net/update?host=[DOMAIN]&ip=[IP]") << "a@b.c"
        << strings({"home.example.net"}) << kV4 << ""
        << QStringList{QStringLiteral("https://a%40b.c:") + kPasswordEncoded
                       + QStringLiteral("@dyn.example.net/update?host=home.example.net&ip=81.2.69.160")}
        << strings({"home.example.net/A=updated"});
    QTest::newRow("no username: empty") << kDynDnsStyle << "" << strings({"home.example.net"}) << kV4 << ""
                                        << QStringList{dyn + kV4 + QStringLiteral("&user=&pass=") + kPasswordEncoded}
                                        << strings({"home.example.net/A=updated"});
    QTest::newRow("non-ASCII username is UTF-8 encoded")
        << kDynDnsStyle << QStringLiteral("jürgen") << strings({"home.example.net"}) << kV4 << ""
        << QStringList{dyn + kV4 + QStringLiteral("&user=j%C3%BCrgen&pass=") + kPasswordEncoded}
        << strings({"home.example.net/A=updated"});
}

void TstCustomProvider::request()
{
    QFETCH(QString, tmpl);
    QFETCH(QString, username);
    QFETCH(QStringList, hosts);
    QFETCH(QString, v4);
    QFETCH(QString, v6);
    QFETCH(QStringList, urls);
    QFETCH(QStringList, records);

    UpdateRequest request = makeRequest(tmpl, hosts, v4, v6);
    request.username = username;
    const TransactionRun r = runTransaction(*m_provider, request, {makeReply(200, QStringLiteral("good.txt"))});
    QStringList actual;
    for (const HttpRequest &req : r.requests) {
        QCOMPARE(req.method, QByteArray("GET"));
        QVERIFY(req.headers.isEmpty());
        QVERIFY(req.body.isEmpty());
        QVERIFY(req.url.isValid());
        actual.append(req.url.toString(QUrl::FullyEncoded));
    }
    QCOMPARE(actual, urls);
    QCOMPARE(describe(r.results), records);
}

void TstCustomProvider::encodedValuesDecodeBack()
{
    // The query keeps its shape: exactly these four items, each decoding to the value given.
    const TransactionRun r = runTransaction(*m_provider, makeRequest(kDynDnsStyle, {QStringLiteral("home.example.net")}, QString(), kV6),
                      {makeReply(200, QStringLiteral("good.txt"))});
    QCOMPARE(r.requests.size(), 1);
    const QUrl url = r.requests.first().url;
    QCOMPARE(url.host(), QStringLiteral("dyn.example.net"));
    QCOMPARE(url.path(), QStringLiteral("/nic/update"));
    QVERIFY(!url.hasFragment());
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    const QList<std::pair<QString, QString>> expected{{QStringLiteral("hostname"), QStringLiteral("home.example.net")},
                                                      {QStringLiteral("myip"), kV6},
                                                      {QStringLiteral("user"), QStringLiteral("alice")},
                                                      {QStringLiteral("pass"), kPassword}};
    QCOMPARE(items, expected);
}

void TstCustomProvider::ip6OnlyTemplateCannotSendIpv4()
{
    const QString tmpl = QStringLiteral("https://dyn.example.net/v6?host=[DOMAIN]&addr=[IP6]");
    const TransactionRun r = runTransaction(*m_provider, makeRequest(tmpl, {QStringLiteral("home.example.net")}, kV4, kV6),
                      {makeReply(200, QStringLiteral("good.txt"))});
    QCOMPARE(r.requests.size(), 1);
    QCOMPARE(r.requests.first().url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://dyn.example.net/v6?host=home.example.net&addr=") + kV6Encoded);
    QCOMPARE(describe(r.results), strings({"home.example.net/A=rejected", "home.example.net/AAAA=updated"}));
    QVERIFY(r.results.first().message.contains(QLatin1String("no [IP] placeholder")));
}

void TstCustomProvider::noAddressSendsNothing()
{
    const auto transaction =
        m_provider->start(makeRequest(kBothStyle, {QStringLiteral("home.example.net")}, QString(), QString()));
    QVERIFY(!transaction->nextRequest());
    QVERIFY(transaction->results().isEmpty());
}

void TstCustomProvider::everyRequestIsSent()
{
    // A refusal of the IPv4 request does not stop the IPv6 one: each record gets its own result.
    const TransactionRun r = runTransaction(*m_provider, makeRequest(kDynDnsStyle, {QStringLiteral("home.example.net")}, kV4, kV6),
                      {makeReply(400, QStringLiteral("nohost.txt")), makeReply(200, QStringLiteral("good.txt"))});
    QCOMPARE(r.requests.size(), 2);
    QCOMPARE(describe(r.results), strings({"home.example.net/A=rejected", "home.example.net/AAAA=updated"}));
}

void TstCustomProvider::reply_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("bodyFile");
    QTest::addColumn<QString>("transportError");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("messagePart");

    const QString dyn = QStringLiteral("^(good|nochg)\\b");
    QTest::newRow("2xx, no pattern") << "" << 200 << "good.txt" << "" << "updated" << "HTTP 200: good 81.2.69.160";
    QTest::newRow("204 empty, no pattern") << "" << 204 << "" << "" << "updated" << "HTTP 204";
    QTest::newRow("html, no pattern counts") << "" << 200 << "login-page.html" << "" << "updated" << "HTTP 200";
    QTest::newRow("pattern matches good") << dyn << 200 << "good.txt" << "" << "updated" << "matched successPattern";
    QTest::newRow("pattern matches nochg") << dyn << 200 << "nochg.txt" << "" << "updated" << "nochg";
    QTest::newRow("pattern searches, not anchored") << QStringLiteral("81\\.2\\.69\\.160") << 200 << "good.txt"
                                                    << "" << "updated" << "matched";
    QTest::newRow("pattern does not match nohost") << dyn << 200 << "nohost.txt" << "" << "rejected"
                                                   << "does not match successPattern";
    QTest::newRow("pattern does not match badauth") << dyn << 200 << "badauth.txt" << "" << "rejected" << "badauth";
    QTest::newRow("pattern does not match html") << dyn << 200 << "login-page.html" << "" << "rejected"
                                                 << "<!DOCTYPE html>";
    QTest::newRow("pattern does not match empty") << dyn << 200 << "" << "" << "rejected" << "(empty reply)";
    QTest::newRow("mismatch echoing the password") << dyn << 200 << "echo-password.txt" << "" << "rejected"
                                                   << "password *** is not valid";
    QTest::newRow("401") << dyn << 401 << "badauth.txt" << "" << "auth-failed" << "HTTP 401";
    QTest::newRow("403") << "" << 403 << "login-page.html" << "" << "auth-failed" << "HTTP 403";
    QTest::newRow("404") << "" << 404 << "login-page.html" << "" << "rejected" << "HTTP 404";
    QTest::newRow("400 echoing the password") << "" << 400 << "echo-password.txt" << "" << "rejected"
                                              << "HTTP 400: error: password ***";
    QTest::newRow("good body with 400") << dyn << 400 << "good.txt" << "" << "rejected" << "HTTP 400";
    QTest::newRow("429") << "" << 429 << "" << "" << "retry" << "HTTP 429";
    QTest::newRow("500") << dyn << 500 << "service-unavailable.html" << "" << "retry" << "HTTP 500";
    QTest::newRow("503") << "" << 503 << "service-unavailable.html" << "" << "retry" << "HTTP 503";
    QTest::newRow("302") << "" << 302 << "" << "" << "retry" << "Unexpected HTTP 302";
    QTest::newRow("transport error") << dyn << 0 << "" << "Host dyn.example.net not found" << "retry"
                                     << "Host dyn.example.net not found";
    QTest::newRow("transport error quoting the URL")
        << "" << 0 << ""
        << QStringLiteral("Error transferring https://dyn.example.net/update?key=%1 - server replied: Bad Gateway")
               .arg(kPasswordEncoded)
        << "retry" << "key=***";
}

void TstCustomProvider::reply()
{
    QFETCH(QString, pattern);
    QFETCH(int, status);
    QFETCH(QString, bodyFile);
    QFETCH(QString, transportError);
    QFETCH(QString, outcome);
    QFETCH(QString, messagePart);

    const TransactionRun r = runTransaction(*m_provider,
                      makeRequest(kBothStyle, {QStringLiteral("home.example.net")}, kV4, kV6, pattern),
                      {makeReply(status, bodyFile, transportError)});
    QCOMPARE(r.requests.size(), 1);
    QCOMPARE(describe(r.results), QStringList({QStringLiteral("home.example.net/A=") + outcome,
                                               QStringLiteral("home.example.net/AAAA=") + outcome}));
    for (const RecordResult &result : r.results)
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    verifyNoSecret(r.results);
}

void TstCustomProvider::validate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QStringList>("errors"); // "path|message part"

    QTest::newRow("dyndns style")
        << "profiles[0]"
        << QByteArray(R"j({"url": "https://dyn.example.net/nic/update?h=[DOMAIN]&ip=[IP]&u=[USERNAME]&p=[PASSWORD]"})j")
        << QStringList{};
    QTest::newRow("both style with pattern")
        << "profiles[0]"
        << QByteArray(R"j({"url": "https://dyn.example.net/u?h=[DOMAIN]&a=[IP]&b=[IP6]",
                           "successPattern": "^(good|nochg)"})j")
        << QStringList{};
    QTest::newRow("[IP6] only") << "profiles[0]" << QByteArray(R"j({"url": "https://dyn.example.net/u?a=[IP6]"})j")
                                << QStringList{};
    QTest::newRow("placeholders in host and path")
        << "profiles[0]" << QByteArray(R"j({"url": "https://[DOMAIN]/update/[PASSWORD]/[IP]"})j") << QStringList{};
    QTest::newRow("IPv6 literal host is no placeholder")
        << "profiles[0]" << QByteArray(R"j({"url": "https://[2a02:8070:d18f:5a00::1]:8443/u?ip=[IP]"})j")
        << QStringList{};
    QTest::newRow("http with allowInsecureHttp")
        << "profiles[0]" << QByteArray(R"j({"url": "http://127.0.0.1:8080/u?ip=[IP]", "allowInsecureHttp": true})j")
        << QStringList{};
    // A missing or non-string url and an invalid pattern are the generic option checks' to
    // report (config.cpp, covered by tst_config): validate() must not report them twice.
    QTest::newRow("missing url: left to the generic check")
        << "profiles[4]" << QByteArray(R"j({"hosts": ["home.example.net"]})j") << QStringList{};
    QTest::newRow("url not a string: left to the generic check")
        << "profiles[0]" << QByteArray(R"j({"url": 42})j") << QStringList{};
    QTest::newRow("no address placeholder")
        << "profiles[1]" << QByteArray(R"j({"url": "https://dyn.example.net/u?h=[DOMAIN]"})j")
        << strings({"profiles[1].url|neither [IP] nor [IP6]"});
    QTest::newRow("unknown placeholder")
        << "profiles[0]" << QByteArray(R"j({"url": "https://dyn.example.net/u?ip=[IP]&p=[PASS]&q=[PASS]"})j")
        << strings({"profiles[0].url|unknown placeholder [PASS]"});
    QTest::newRow("unknown placeholder as host: one error")
        << "profiles[0]" << QByteArray(R"j({"url": "https://[HOST]/u?ip=[IP]"})j")
        << strings({"profiles[0].url|unknown placeholder [HOST]"});
    QTest::newRow("lower-case placeholder")
        << "profiles[0]" << QByteArray(R"j({"url": "https://dyn.example.net/u?ip=[ip]"})j")
        << strings({"profiles[0].url|unknown placeholder [ip] (placeholders are upper case: [IP])"});
    QTest::newRow("not http") << "profiles[0]" << QByteArray(R"j({"url": "ftp://dyn.example.net/u?ip=[IP]"})j")
                              << strings({"profiles[0].url|must start with https://"});
    QTest::newRow("no scheme") << "profiles[0]" << QByteArray(R"j({"url": "dyn.example.net/u?ip=[IP]"})j")
                               << strings({"profiles[0].url|must start with https://"});
    QTest::newRow("no host") << "profiles[0]" << QByteArray(R"j({"url": "https:///u?ip=[IP]"})j")
                             << strings({"profiles[0].url|has no host name"});
    QTest::newRow("bad port") << "profiles[0]" << QByteArray(R"j({"url": "https://dyn.example.net:99999/u?ip=[IP]"})j")
                              << strings({"profiles[0].url|is not a valid URL"});
    QTest::newRow("plain http refused")
        << "profiles[0]" << QByteArray(R"j({"url": "http://dyn.example.net/u?ip=[IP]&p=[PASSWORD]"})j")
        << strings({"profiles[0].url|plain http://"});
    QTest::newRow("invalid pattern: left to the generic check")
        << "profiles[3]"
        << QByteArray(R"j({"url": "https://dyn.example.net/u?ip=[IP]", "successPattern": "^(good|nochg"})j")
        << QStringList{};
    QTest::newRow("several problems at once")
        << "profiles[2]"
        << QByteArray(R"j({"url": "ftp://dyn.example.net/u?p=[PASSWD]", "successPattern": "*good"})j")
        << strings({"profiles[2].url|unknown placeholder [PASSWD]", "profiles[2].url|must start with https://"});
}

void TstCustomProvider::validate()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, profile);
    QFETCH(QStringList, errors);

    const QJsonObject object = QJsonDocument::fromJson(profile).object();
    QVERIFY(!object.isEmpty());
    const QList<ConfigError> actual = m_provider->validate(object, path);
    QStringList described;
    for (const ConfigError &e : actual)
        described.append(e.toString());
    QCOMPARE(actual.size(), errors.size());
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QString expectedPath = errors.at(i).section(QLatin1Char('|'), 0, 0);
        const QString part = errors.at(i).section(QLatin1Char('|'), 1);
        QCOMPARE(actual.at(i).path, expectedPath);
        QVERIFY2(actual.at(i).message.contains(part), qPrintable(described.join(QLatin1Char('\n'))));
        // The URL may hold a literal password: an error never quotes it.
        const QString url = object.value(QStringLiteral("url")).toString();
        if (!url.isEmpty())
            QVERIFY(!actual.at(i).message.contains(url));
    }
}

QTEST_GUILESS_MAIN(TstCustomProvider)
#include "tst_customprovider.moc"
