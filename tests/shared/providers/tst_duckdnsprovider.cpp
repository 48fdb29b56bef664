#include "providers/provider.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include "fakes/providertest.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_duckdns(ProviderList &list);
}

namespace {

const QString kToken = QStringLiteral("3f9d6c1e-8b2a-4d7e-9c51-2e6a0b7f4d18");
const QString kV4 = QStringLiteral("81.2.69.160");
const QString kV6 = QStringLiteral("2a02:8070:d18f:5a00::10");

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

UpdateRequest makeRequest(const QStringList &hosts, const QString &v4, const QString &v6,
                          const QUrl &server = QUrl(QStringLiteral("https://www.duckdns.org")))
{
    UpdateRequest r;
    r.profileName = QStringLiteral("home");
    r.hosts = hosts;
    if (!v4.isEmpty())
        r.ipv4 = QHostAddress(v4);
    if (!v6.isEmpty())
        r.ipv6 = QHostAddress(v6);
    r.secret = kToken;
    r.server = server;
    return r;
}

} // namespace

class TstDuckDnsProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void request_data();
    void request();
    void noAddressSendsNothing();
    void manyHostsAreSplit();
    void reply_data();
    void reply();
    void validate_data();
    void validate();

private:
    std::unique_ptr<Provider> m_provider;
};

void TstDuckDnsProvider::initTestCase()
{
    ProviderList list;
    Providers::add_duckdns(list);
    QCOMPARE(list.size(), size_t(1));
    m_provider = std::move(list.front());
}

void TstDuckDnsProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QStringLiteral("duckdns"));
    QCOMPARE(info.defaultServer, QUrl(QStringLiteral("https://www.duckdns.org")));
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secret, Need::Required);
    QCOMPARE(info.maxHostsPerRequest, 20);
    QVERIFY(info.supportsIpv4);
    QVERIFY(info.supportsIpv6);
    QVERIFY(info.options.isEmpty());
    // A form in Duck DNS's own words: a subdomain, a token, no TTL (the service has none).
    QCOMPARE(info.hostExample, QStringLiteral("myhome"));
    QVERIFY(info.hostHelp.contains(QLatin1String("myhome.duckdns.org")));
    QCOMPARE(info.secretLabel, QStringLiteral("Token"));
    QVERIFY(!info.supportsTtl);
}

void TstDuckDnsProvider::request_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("v4");
    QTest::addColumn<QString>("v6");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expectedUrlPrefix"); // scheme, host and path
    QTest::addColumn<QStringList>("expectedItems");  // every query item, decoded, in order

    const QString duck = QStringLiteral("https://www.duckdns.org");
    const QString update = QStringLiteral("https://www.duckdns.org/update");
    const QString domains = QStringLiteral("domains=myhome");
    const QString token = QStringLiteral("token=") + kToken;
    const QString ip = QStringLiteral("ip=") + kV4;
    const QString ipv6 = QStringLiteral("ipv6=") + kV6;
    const QString verbose = QStringLiteral("verbose=true");

    QTest::newRow("ipv4 only") << strings({"myhome"}) << kV4 << "" << duck << update
                               << QStringList{domains, token, ip, verbose};
    // No `ip` at all: DuckDNS would fill a missing/blank ip with the connection's IPv4.
    QTest::newRow("ipv6 only: no ip item") << strings({"myhome"}) << "" << kV6 << duck << update
                                           << QStringList{domains, token, ipv6, verbose};
    QTest::newRow("both families in one request") << strings({"myhome"}) << kV4 << kV6 << duck << update
                                                  << QStringList{domains, token, ip, ipv6, verbose};
    QTest::newRow("full names become subdomains")
        << strings({"myhome.duckdns.org", "Work.DuckDNS.org."}) << kV4 << "" << duck << update
        << QStringList{QStringLiteral("domains=myhome,work"), token, ip, verbose};
    QTest::newRow("deeper name updates its subdomain once")
        << strings({"www.myhome.duckdns.org", "myhome"}) << kV4 << "" << duck << update
        << QStringList{domains, token, ip, verbose};
    QTest::newRow("server with path and trailing slash")
        << strings({"myhome"}) << kV4 << "" << "https://ddns.example.net/duck/"
        << "https://ddns.example.net/duck/update" << QStringList{domains, token, ip, verbose};
}

void TstDuckDnsProvider::request()
{
    QFETCH(QStringList, hosts);
    QFETCH(QString, v4);
    QFETCH(QString, v6);
    QFETCH(QString, server);
    QFETCH(QString, expectedUrlPrefix);
    QFETCH(QStringList, expectedItems);

    HttpReply ok;
    ok.status = 200;
    ok.body = providerData("duckdns", QStringLiteral("ok.txt"));
    const TransactionRun r = runTransaction(*m_provider, makeRequest(hosts, v4, v6, QUrl(server)), {ok});
    QCOMPARE(r.requests.size(), 1);
    const HttpRequest &req = r.requests.first();
    QCOMPARE(req.method, QByteArray("GET"));
    QVERIFY(req.body.isEmpty());
    QVERIFY2(req.headers.isEmpty(), "DuckDNS takes the token in the query only");
    QVERIFY(req.header("Authorization").isEmpty());
    QCOMPARE(req.url.adjusted(QUrl::RemoveQuery).toString(), expectedUrlPrefix);
    QCOMPARE(decodedQueryItems(req.url), expectedItems);
    // The token is in the query and nowhere else.
    QVERIFY(!req.url.path().contains(kToken));
    QVERIFY(req.url.userInfo().isEmpty());

    // One result per host and family sent.
    const int families = (v4.isEmpty() ? 0 : 1) + (v6.isEmpty() ? 0 : 1);
    QCOMPARE(r.results.size(), hosts.size() * families);
    for (const RecordResult &result : r.results) {
        QVERIFY(hosts.contains(result.host));
        QCOMPARE(result.outcome, Outcome::Updated);
    }
}

void TstDuckDnsProvider::noAddressSendsNothing()
{
    // A request without `ip` and `ipv6` would publish whatever IPv4 DuckDNS sees.
    const auto transaction = m_provider->start(makeRequest({QStringLiteral("myhome")}, QString(), QString()));
    QVERIFY(!transaction->nextRequest());
    QVERIFY(transaction->results().isEmpty());
}

void TstDuckDnsProvider::manyHostsAreSplit()
{
    QStringList hosts;
    for (int i = 0; i < 45; ++i)
        hosts.append(QStringLiteral("host%1").arg(i));
    HttpReply ok;
    ok.status = 200;
    ok.body = providerData("duckdns", QStringLiteral("verbose-nochange.txt"));
    const TransactionRun r = runTransaction(*m_provider, makeRequest(hosts, kV4, kV6), {ok});
    QCOMPARE(r.requests.size(), 3);
    const QList<qsizetype> sizes{20, 20, 5};
    QStringList sent;
    for (qsizetype i = 0; i < r.requests.size(); ++i) {
        const QStringList domains = QUrlQuery(r.requests.at(i).url).queryItemValue(QStringLiteral("domains"))
                                        .split(QLatin1Char(','));
        QCOMPARE(domains.size(), sizes.at(i));
        sent += domains;
    }
    QCOMPARE(sent, hosts);
    QCOMPARE(r.results.size(), 90);
    for (const RecordResult &result : r.results)
        QCOMPARE(result.outcome, Outcome::Unchanged);
}

void TstDuckDnsProvider::reply_data()
{
    QTest::addColumn<QString>("v4");
    QTest::addColumn<QString>("v6");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("bodyFile");
    QTest::addColumn<QString>("transportError");
    QTest::addColumn<QString>("outcomeA");     // for every host; empty when IPv4 is not sent
    QTest::addColumn<QString>("outcomeAAAA");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("OK") << kV4 << kV6 << 200 << "ok.txt" << "" << "updated" << "updated" << "(OK)";
    QTest::newRow("ok lower case") << kV4 << "" << 200 << "ok-lowercase.txt" << "" << "updated" << "" << "(OK)";
    QTest::newRow("verbose UPDATED") << kV4 << kV6 << 200 << "verbose-updated.txt" << "" << "updated" << "updated"
                                     << "UPDATED";
    QTest::newRow("verbose NOCHANGE") << kV4 << kV6 << 200 << "verbose-nochange.txt" << "" << "unchanged"
                                      << "unchanged" << "NOCHANGE";
    QTest::newRow("verbose CRLF") << kV4 << kV6 << 200 << "verbose-crlf.txt" << "" << "unchanged" << "unchanged"
                                  << "NOCHANGE";
    QTest::newRow("verbose v4 only, blank v6 line") << kV4 << "" << 200 << "verbose-v4-updated.txt" << ""
                                                    << "updated" << "" << "UPDATED";
    // The A record DuckDNS reports is not ours to check when only IPv6 was sent.
    QTest::newRow("verbose v6 only, other A kept") << "" << kV6 << 200 << "verbose-v6-other-v4.txt" << "" << ""
                                                   << "updated" << "UPDATED";
    QTest::newRow("verbose reports another IPv4") << kV4 << "" << 200 << "verbose-v4-mismatch.txt" << ""
                                                  << "retry" << "" << "81.2.69.161 instead of 81.2.69.160";
    QTest::newRow("KO") << kV4 << kV6 << 200 << "ko.txt" << "" << "auth-failed" << "auth-failed"
                        << "Check the token and that your DuckDNS account has these subdomains: myhome, work.";
    QTest::newRow("KO with HTTP 400") << kV4 << "" << 400 << "ko.txt" << "" << "auth-failed" << "" << "\"KO\"";
    QTest::newRow("HTTP 500") << kV4 << kV6 << 500 << "bad-gateway.html" << "" << "retry" << "retry" << "HTTP 500";
    QTest::newRow("HTTP 502 html") << kV4 << "" << 502 << "bad-gateway.html" << "" << "retry" << "" << "HTTP 502";
    QTest::newRow("HTTP 429") << kV4 << "" << 429 << "garbage.txt" << "" << "retry" << "" << "HTTP 429";
    QTest::newRow("HTTP 401") << kV4 << "" << 401 << "garbage.txt" << "" << "auth-failed" << "" << "HTTP 401";
    QTest::newRow("HTTP 404") << kV4 << "" << 404 << "bad-gateway.html" << "" << "retry" << ""
                              << "HTTP 404 from DuckDNS: <html>";
    QTest::newRow("transport error") << kV4 << kV6 << 0 << "" << "Connection refused" << "retry" << "retry"
                                     << "Connection refused";
    QTest::newRow("transport error quoting the URL")
        << kV4 << "" << 0 << ""
        << QStringLiteral("Error transferring https://www.duckdns.org/update?domains=myhome&token=%1 - server "
                          "replied: Bad Gateway").arg(kToken)
        << "retry" << "" << "token=***";
    QTest::newRow("garbage") << kV4 << kV6 << 200 << "garbage.txt" << "" << "retry" << "retry"
                             << "Unexpected reply from DuckDNS: Service temporarily overloaded";
    QTest::newRow("html containing OK") << kV4 << "" << 200 << "captive-portal.html" << "" << "retry" << ""
                                        << "Unexpected reply from DuckDNS: <!DOCTYPE html>";
    QTest::newRow("empty body") << kV4 << "" << 200 << "" << "" << "retry" << "" << "(empty reply)";
    QTest::newRow("reply echoing the token") << kV4 << "" << 400 << "echo-token.txt" << "" << "retry" << ""
                                             << "token=*** not understood";
}

void TstDuckDnsProvider::reply()
{
    QFETCH(QString, v4);
    QFETCH(QString, v6);
    QFETCH(int, status);
    QFETCH(QString, bodyFile);
    QFETCH(QString, transportError);
    QFETCH(QString, outcomeA);
    QFETCH(QString, outcomeAAAA);
    QFETCH(QString, messagePart);

    HttpReply reply;
    reply.status = status;
    reply.error = transportError;
    if (!bodyFile.isEmpty())
        reply.body = providerData("duckdns", bodyFile);

    const QStringList hosts{QStringLiteral("myhome"), QStringLiteral("work.duckdns.org")};
    const TransactionRun r = runTransaction(*m_provider, makeRequest(hosts, v4, v6), {reply});
    QCOMPARE(r.requests.size(), 1);

    QStringList expected;
    QStringList actual;
    for (const QString &host : hosts) {
        if (!outcomeA.isEmpty())
            expected.append(host + QLatin1String("/A=") + outcomeA);
        if (!outcomeAAAA.isEmpty())
            expected.append(host + QLatin1String("/AAAA=") + outcomeAAAA);
    }
    for (const RecordResult &result : r.results) {
        actual.append(result.host + QLatin1Char('/') + recordTypeName(result.type) + QLatin1Char('=')
                      + outcomeName(result.outcome));
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
        // The token never reaches a message, raw or encoded.
        QVERIFY2(!result.message.contains(kToken), qPrintable(result.message));
        QVERIFY(!result.message.contains(kToken.left(12)));
    }
    QCOMPARE(actual, expected);
}

void TstDuckDnsProvider::validate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QStringList>("errors"); // "path|message part"

    QTest::newRow("bare subdomains") << "profiles[0]" << strings({"myhome", "my-home2"}) << QStringList{};
    QTest::newRow("full names, any case") << "profiles[0]"
                                          << strings({"myhome.duckdns.org", "Work.DuckDNS.org", "x.duckdns.org."})
                                          << QStringList{};
    QTest::newRow("deeper name and wildcard") << "profiles[0]"
                                              << strings({"www.myhome.duckdns.org", "*.myhome.duckdns.org"})
                                              << QStringList{};
    QTest::newRow("not under duckdns.org")
        << "profiles[0]" << strings({"myhome", "example.com"})
        << strings({"profiles[0].hosts[1]|\"example.com\" is not under duckdns.org"});
    QTest::newRow("lookalike suffix") << "profiles[2]" << strings({"myhome.duckdns.org.evil.net"})
                                      << strings({"profiles[2].hosts[0]|is not under duckdns.org"});
    QTest::newRow("zone itself") << "profiles[0]" << strings({"duckdns.org"})
                                 << strings({"profiles[0].hosts[0]|is not under duckdns.org"});
    QTest::newRow("bad characters") << "profiles[1]" << strings({"ok", "my_home", "-dash.duckdns.org"})
                                    << strings({"profiles[1].hosts[1]|\"my_home\" is not a valid DuckDNS subdomain",
                                                "profiles[1].hosts[2]|\"-dash.duckdns.org\" is not a valid"});
}

void TstDuckDnsProvider::validate()
{
    QFETCH(QString, path);
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, errors);

    const QJsonObject profile{{QStringLiteral("name"), QStringLiteral("home")},
                              {QStringLiteral("provider"), QStringLiteral("duckdns")},
                              {QStringLiteral("hosts"), QJsonArray::fromStringList(hosts)}};
    const QList<ConfigError> actual = m_provider->validate(profile, path);
    QCOMPARE(actual.size(), errors.size());
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QString expectedPath = errors.at(i).section(QLatin1Char('|'), 0, 0);
        const QString part = errors.at(i).section(QLatin1Char('|'), 1);
        QCOMPARE(actual.at(i).path, expectedPath);
        QVERIFY2(actual.at(i).message.contains(part), qPrintable(actual.at(i).message));
    }
}

QTEST_GUILESS_MAIN(TstDuckDnsProvider)
#include "tst_duckdnsprovider.moc"
