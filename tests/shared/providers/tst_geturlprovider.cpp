// The GET-URL engine: service rows (geturlservices.json and rows written here), their URL
// templates, authentication, families and batches, and how replies are read. The built-in rows'
// own requests and replies are in tests/data/providers/<id>/conformance.json (tst_conformance).
#include "providers/geturl.h"
#include "providers/providerregistry.h"

#include "fakes/providertest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace {

const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kSecret = "s3cr/et+key=&x";
const QString kOther = "0th3r-Cr3d";

// A row with every metadata key filled, \a extra merged over it.
QByteArray row(const QJsonObject &extra)
{
    QJsonObject o{{"id", "example"},
                  {"name", "Example DNS"},
                  {"category", "dyndns"},
                  {"website", "https://dns.example.net/"},
                  {"documentation", "https://dns.example.net/api"},
                  {"checked", "2026-12-07"},
                  {"server", "https://dns.example.net"},
                  {"url", "{server}/update?host={host}&v4={ipv4}&v6={ipv6}&key={secret}"},
                  {"reply", QJsonObject{{"updated", QJsonArray{"^good$"}}, {"unchanged", QJsonArray{"^nochg$"}}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isNull())
            o.remove(it.key());
        else
            o.insert(it.key(), it.value());
    }
    return QJsonDocument(QJsonObject{{"services", QJsonArray{o}}}).toJson();
}

GetUrlService service(const QJsonObject &extra)
{
    QStringList errors;
    const QList<GetUrlService> services = parseGetUrlServices(row(extra), &errors);
    if (!errors.isEmpty() || services.size() != 1)
        qFatal("test row does not parse: %s", qPrintable(errors.join('\n')));
    return services.first();
}

UpdateRequest makeRequest(const QStringList &hosts, bool v4, bool v6)
{
    UpdateRequest r;
    r.profileName = "home";
    r.hosts = hosts;
    if (v4)
        r.ipv4 = QHostAddress(kV4);
    if (v6)
        r.ipv6 = QHostAddress(kV6);
    r.username = "alice@example.org";
    r.secret = kSecret;
    r.credentials = {{"secret", kSecret}, {"other", kOther}};
    r.server = QUrl("https://dns.example.net");
    return r;
}

HttpReply reply(int status, const QByteArray &body, const HttpHeaders &headers = {})
{
    HttpReply r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    return r;
}

QStringList urls(const TransactionRun &run)
{
    QStringList list;
    for (const HttpRequest &r : run.requests)
        list.append(r.url.toString(QUrl::FullyEncoded));
    return list;
}

QString outcomes(const QList<RecordResult> &results)
{
    QStringList list;
    for (const RecordResult &r : results)
        list.append(r.host + '/' + recordTypeName(r.type) + '=' + outcomeName(r.outcome));
    return list.join(' ');
}

} // namespace

class TstGetUrlProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinServicesParseCleanly();
    void invalidRows_data();
    void invalidRows();
    void replyValues_data();
    void replyValues();
    void requests_data();
    void requests();
    void authentication();
    void hostsAreBatched();
    void unsupportedFamilyIsRefused();
    void lineBreakInAHeaderIsRefused();
    void dryRunShowsEachFamily();
    void replies_data();
    void replies();
    void validateRelativeHosts();
    void headerMatchers_data();
    void headerMatchers();
};

void TstGetUrlProvider::builtinServicesParseCleanly()
{
    QFile file(":/qddns/providers/geturlservices.json");
    QVERIFY(builtinGetUrlServices().size() > 0); // also loads the resource
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QStringList errors;
    const QList<GetUrlService> services = parseGetUrlServices(json, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    // Every row of the file, read from the file: a row the engine skipped would be missing here.
    const QJsonArray rows = QJsonDocument::fromJson(json).object().value("services").toArray();
    QCOMPARE(services.size(), rows.size());
    const ProviderRegistry registry;
    for (const QJsonValue &v : rows) {
        const QString id = v.toObject().value("id").toString();
        const Provider *p = registry.find(id);
        QVERIFY2(p, qPrintable(id));
        QCOMPARE(p->info().protocol, QString("geturl"));
        QVERIFY2(p->info().checked.isValid() && p->info().documentation.isValid(), qPrintable(id));
    }
}

void TstGetUrlProvider::invalidRows_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown key") << QJsonObject{{"urll", "x"}} << "unknown key \"urll\"";
    QTest::newRow("bad id") << QJsonObject{{"id", "Bad Id"}} << "\"id\"";
    QTest::newRow("no documentation") << QJsonObject{{"documentation", QJsonValue::Null}} << "\"documentation\"";
    QTest::newRow("http documentation") << QJsonObject{{"documentation", "http://dns.example.net/api"}} << "\"documentation\"";
    QTest::newRow("not checked") << QJsonObject{{"checked", "last year"}} << "\"checked\"";
    QTest::newRow("unknown category") << QJsonObject{{"category", "dns"}} << "\"category\"";
    QTest::newRow("http server") << QJsonObject{{"server", "http://dns.example.net"}} << "\"server\"";
    QTest::newRow("http family server") << QJsonObject{{"serverIpv6", "http://v6.dns.example.net"}}
                                        << "\"serverIpv6\" must be an https URL without credentials";
    QTest::newRow("21 hosts") << QJsonObject{{"maxHosts", 21}} << "\"maxHosts\" must be 1 to 20";
    QTest::newRow("no family") << QJsonObject{{"ipv4", false}, {"ipv6", false}} << "at least one address family";
    QTest::newRow("url without server") << QJsonObject{{"url", "https://dns.example.net/u?h={host}"}} << "starts with {server}";
    QTest::newRow("server inside") << QJsonObject{{"url", "{server}/u?s={server}"}} << "{server} may only start the URL";
    QTest::newRow("unknown placeholder") << QJsonObject{{"url", "{server}/u?h={hostname}"}} << "unknown placeholder {hostname}";
    QTest::newRow("ip in a combined url") << QJsonObject{{"url", "{server}/u?ip={ip}"}} << "only in a request per family";
    QTest::newRow("username not asked for") << QJsonObject{{"url", "{server}/u?u={username}&ip={ipv4}"}} << "{username} names a credential the row does not ask for";
    QTest::newRow("undeclared credential") << QJsonObject{{"url", "{server}/u?k={credential:apiKey}"}} << "{credential:apiKey} names no credential";
    QTest::newRow("undeclared option") << QJsonObject{{"url", "{server}/u?d={relative:domain}"}} << "{relative:domain} names no option";
    QTest::newRow("stray brace") << QJsonObject{{"url", "{server}/u?h={host"}} << "brace";
    QTest::newRow("no url for a family") << QJsonObject{{"url", QJsonValue::Null}, {"urlIpv4", "{server}/4?ip={ip}"}}
                                         << "\"url\" or \"urlIpv6\" is missing";
    QTest::newRow("no success matcher") << QJsonObject{{"reply", QJsonObject{{"unchanged", QJsonArray{"nochg"}}}}}
                                        << "\"reply.updated\" is missing";
    QTest::newRow("bad regex") << QJsonObject{{"reply", QJsonObject{{"updated", QJsonArray{"(good"}}}}} << "regular expression";
    QTest::newRow("path in text") << QJsonObject{{"reply", QJsonObject{{"updated", QJsonArray{QJsonObject{{"path", "a"}, {"equals", "1"}}}}}}}
                                  << "a text reply has no paths";
    QTest::newRow("unknown format") << QJsonObject{{"reply", QJsonObject{{"format", "yaml"}, {"updated", QJsonArray{"x"}}}}} << "reply.format";
    QTest::newRow("unknown matcher key") << QJsonObject{{"reply", QJsonObject{{"updated", QJsonArray{QJsonObject{{"regexp", "x"}}}}}}}
                                         << "unknown matcher key \"regexp\"";
    QTest::newRow("empty matcher") << QJsonObject{{"reply", QJsonObject{{"updated", QJsonArray{QJsonObject{{"message", "x"}}}}}}}
                                   << "a matcher needs";
    QTest::newRow("bad status") << QJsonObject{{"reply", QJsonObject{{"updated", QJsonArray{QJsonObject{{"status", "200"}}}}}}}
                                << "\"status\"";
    QTest::newRow("path and header") << QJsonObject{{"reply", QJsonObject{{"updated", QJsonArray{QJsonObject{{"path", "a"}, {"header", "X-A"}, {"equals", "1"}}}}}}}
                                     << "not both";
    QTest::newRow("unknown outcome") << QJsonObject{{"reply", QJsonObject{{"updated", QJsonArray{"x"}}, {"failed", QJsonArray{"y"}}}}}
                                     << "unknown key \"reply.failed\"";
}

void TstGetUrlProvider::invalidRows()
{
    QFETCH(QJsonObject, extra);
    QFETCH(QString, error);
    QStringList errors;
    const QList<GetUrlService> services = parseGetUrlServices(row(extra), &errors);
    QVERIFY(services.isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith("services[0]"), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(error), qPrintable(errors.first()));
}

void TstGetUrlProvider::replyValues_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value"); // "<none>": no value
    const QByteArray json = R"({"status":"ok","result":{"errors":[{"code":7,"ok":false}],"n":0.5},"list":[1,2]})";
    QTest::newRow("json member") << "json" << json << "status" << "ok";
    QTest::newRow("json index, brackets") << "json" << json << "result.errors[0].code" << "7";
    QTest::newRow("json index, dots") << "json" << json << "result.errors.0.ok" << "false";
    QTest::newRow("json fraction") << "json" << json << "result.n" << "0.5";
    QTest::newRow("json array") << "json" << json << "list" << "[1,2]";
    // Beyond qint64: read as a double, never converted to an integer (undefined; found by fuzz_replymatcher).
    QTest::newRow("json huge number") << "json" << QByteArray(R"({"n":1e300})") << "n" << "1e+300";
    QTest::newRow("json huge negative number") << "json" << QByteArray(R"({"n":-1e19})") << "n" << "-1e+19";
    QTest::newRow("json large whole number") << "json" << QByteArray(R"({"n":4294967296})") << "n" << "4294967296";
    QTest::newRow("json missing") << "json" << json << "result.errors[1].code" << "<none>";
    QTest::newRow("json not json") << "json" << QByteArray("<html>ok</html>") << "status" << "<none>";
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<interface-response><Command>SETDNSHOST</Command>"
                           "<ErrCount>1</ErrCount><errors><Err1>Passwords do not match</Err1></errors>"
                           "<Done code=\"200\">true</Done></interface-response>";
    QTest::newRow("xml element") << "xml" << xml << "interface-response/ErrCount" << "1";
    QTest::newRow("xml nested") << "xml" << xml << "interface-response/errors/Err1" << "Passwords do not match";
    QTest::newRow("xml attribute") << "xml" << xml << "interface-response/Done/@code" << "200";
    QTest::newRow("xml missing") << "xml" << xml << "interface-response/ErrCount2" << "<none>";
    QTest::newRow("xml from the root only") << "xml" << xml << "ErrCount" << "<none>";
    // Namecheap declares UTF-16 and sends UTF-8: the bytes decide.
    QByteArray declaredUtf16 = xml;
    declaredUtf16.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>\r");
    QTest::newRow("xml declared utf-16, sent as utf-8") << "xml" << declaredUtf16 << "interface-response/errors/Err1" << "Passwords do not match";
    const QString utf16Text = QString::fromUtf8(declaredUtf16);
    const QByteArray realUtf16 = QByteArray("\xff\xfe") + QByteArray(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
    QTest::newRow("xml that is utf-16") << "xml" << realUtf16 << "interface-response/ErrCount" << "1";
    QTest::newRow("whole text, trimmed") << "text" << QByteArray("  good 81.2.69.160\r\n") << "" << "good 81.2.69.160";
    QTest::newRow("text has no paths") << "text" << QByteArray("good") << "a" << "<none>";
}

void TstGetUrlProvider::replyValues()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, value);
    const auto got = replyValue(*replyFormatFromName(format), body, path);
    QCOMPARE(got.value_or("<none>"), value);
}

void TstGetUrlProvider::requests_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QStringList>("expected");

    const QString s = "s3cr%2Fet%2Bkey%3D%26x"; // every reserved character of the secret escaped
    const QJsonObject none;
    const QString base = "https://dns.example.net";
    QTest::newRow("A: the IPv6 item is left out")
        << none << true << false << base << none << QStringList{base + "/update?host=home.example.net&v4=81.2.69.160&key=" + s};
    QTest::newRow("AAAA: the IPv4 item is left out")
        << none << false << true << base << none
        << QStringList{base + "/update?host=home.example.net&v6=2a02:8070:d18f:5a00::10&key=" + s};
    QTest::newRow("both in one request")
        << none << true << true << base << none
        << QStringList{base + "/update?host=home.example.net&v4=81.2.69.160&v6=2a02:8070:d18f:5a00::10&key=" + s};
    QTest::newRow("a server with a path replaces {server}")
        << none << true << false << "https://127.0.0.1:8443/dyn/" << none
        << QStringList{"https://127.0.0.1:8443/dyn/update?host=home.example.net&v4=81.2.69.160&key=" + s};
    QTest::newRow("per family: two requests")
        << QJsonObject{{"perFamily", true}, {"url", "{server}/nic?h={host}&ip={ip}"}} << true << true << base << none
        << QStringList{base + "/nic?h=home.example.net&ip=81.2.69.160", base + "/nic?h=home.example.net&ip=2a02:8070:d18f:5a00::10"};
    QTest::newRow("a template per family")
        << QJsonObject{{"url", QJsonValue::Null}, {"urlIpv4", "{server}/v4/{host}?ip={ip}"}, {"urlIpv6", "{server}/v6/{host}?ip={ip}"}}
        << true << true << base << none
        << QStringList{base + "/v4/home.example.net?ip=81.2.69.160", base + "/v6/home.example.net?ip=2a02:8070:d18f:5a00::10"};
    QTest::newRow("the combined template when both are due, the family's when one is")
        << QJsonObject{{"url", "{server}/both?a={ipv4}&b={ipv6}"}, {"urlIpv6", "{server}/six?b={ip}"}} << false << true << base
        << none << QStringList{base + "/six?b=2a02:8070:d18f:5a00::10"};
    QTest::newRow("options, a named credential, the host below a domain")
        << QJsonObject{{"credentials", QJsonArray{QJsonObject{{"id", "other"}, {"label", "Other key"}}}},
                       {"options", QJsonArray{QJsonObject{{"key", "domain"}, {"kind", "string"}, {"required", true}}}},
                       {"url", "{server}/u?host={relative:domain}&domain={option:domain}&k={credential:other}&ip={ipv4}"}}
        << true << false << base << QJsonObject{{"domain", "Example.NET"}}
        << QStringList{base + "/u?host=home&domain=Example.NET&k=0th3r-Cr3d&ip=81.2.69.160"};
    QTest::newRow("the row's server for a one-family request")
        << QJsonObject{{"perFamily", true}, {"url", "{server}/u/{host}?ip={ip}"}, {"serverIpv6", "https://v6.dns.example.net"}}
        << true << true << base << none
        << QStringList{base + "/u/home.example.net?ip=81.2.69.160", "https://v6.dns.example.net/u/home.example.net?ip=2a02:8070:d18f:5a00::10"};
    QTest::newRow("a profile's server serves both families")
        << QJsonObject{{"perFamily", true}, {"url", "{server}/u/{host}?ip={ip}"}, {"serverIpv6", "https://v6.dns.example.net"}}
        << true << true << "https://127.0.0.1:8443" << none
        << QStringList{"https://127.0.0.1:8443/u/home.example.net?ip=81.2.69.160", "https://127.0.0.1:8443/u/home.example.net?ip=2a02:8070:d18f:5a00::10"};
    QTest::newRow("a path placeholder is escaped whole")
        << QJsonObject{{"url", "{server}/set/{secret}/{host}?ip={ipv4}"}} << true << false << base << none
        << QStringList{base + "/set/" + s + "/home.example.net?ip=81.2.69.160"};
}

void TstGetUrlProvider::requests()
{
    QFETCH(QJsonObject, extra);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(QString, server);
    QFETCH(QJsonObject, options);
    QFETCH(QStringList, expected);

    const GetUrlProvider provider(service(extra));
    UpdateRequest request = makeRequest({"home.example.net"}, v4, v6);
    request.server = QUrl(server);
    request.options = options;
    const TransactionRun run = runTransaction(provider, request, {reply(200, "good")});
    QCOMPARE(urls(run), expected);
    for (const HttpRequest &r : run.requests) {
        QCOMPARE(r.method, QByteArray("GET"));
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.headers.isEmpty());
    }
    QCOMPARE(run.results.size(), (v4 ? 1 : 0) + (v6 ? 1 : 0));
    for (const RecordResult &r : run.results)
        QCOMPARE(r.outcome, Outcome::Updated);
}

void TstGetUrlProvider::authentication()
{
    const GetUrlProvider bearer(service({{"url", "{server}/u?ip={ipv4}"}, {"headers", QJsonObject{{"Authorization", "Bearer {secret}"}}}}));
    TransactionRun run = runTransaction(bearer, makeRequest({"h.example.net"}, true, false), {reply(200, "good")});
    QCOMPARE(run.requests.size(), 1);
    QCOMPARE(run.requests.first().headers, (HttpHeaders{{"Authorization", "Bearer " + kSecret.toUtf8()}}));
    QVERIFY(!run.requests.first().url.toString().contains("s3cr"));

    const GetUrlProvider basic(service({{"url", "{server}/u?ip={ipv4}"}, {"username", "required"}, {"basicAuth", QJsonArray{"{username}", "{secret}"}}}));
    run = runTransaction(basic, makeRequest({"h.example.net"}, true, false), {reply(200, "good")});
    QCOMPARE(run.requests.first().header("Authorization"), "Basic " + QByteArray("alice@example.org:" + kSecret.toUtf8()).toBase64());
}

void TstGetUrlProvider::hostsAreBatched()
{
    const GetUrlProvider provider(service({{"maxHosts", 3}, {"hostSeparator", ";"}, {"url", "{server}/u?hosts={host}&ip={ipv4}"}}));
    QStringList hosts;
    for (int i = 1; i <= 7; ++i)
        hosts.append(QString("h%1.example.net").arg(i));
    QCOMPARE(provider.info().maxHostsPerRequest, 3);
    const TransactionRun run = runTransaction(provider, makeRequest(hosts, true, false), {reply(200, "nochg")});
    QCOMPARE(urls(run), (QStringList{"https://dns.example.net/u?hosts=h1.example.net%3Bh2.example.net%3Bh3.example.net&ip=81.2.69.160",
                                      "https://dns.example.net/u?hosts=h4.example.net%3Bh5.example.net%3Bh6.example.net&ip=81.2.69.160",
                                      "https://dns.example.net/u?hosts=h7.example.net&ip=81.2.69.160"}));
    QCOMPARE(run.results.size(), 7);
    for (const RecordResult &r : run.results)
        QCOMPARE(r.outcome, Outcome::Unchanged);
}

void TstGetUrlProvider::unsupportedFamilyIsRefused()
{
    const GetUrlProvider provider(service({{"ipv6", false}}));
    QVERIFY(!provider.info().supportsIpv6);
    const TransactionRun run = runTransaction(provider, makeRequest({"h.example.net"}, true, true), {reply(200, "good")});
    QCOMPARE(urls(run), QStringList{"https://dns.example.net/update?host=h.example.net&v4=81.2.69.160&key=s3cr%2Fet%2Bkey%3D%26x"});
    QCOMPARE(outcomes(run.results), QString("h.example.net/AAAA=rejected h.example.net/A=updated"));
    QVERIFY(run.results.first().message.contains("does not take IPv6 (AAAA) records"));
}

void TstGetUrlProvider::lineBreakInAHeaderIsRefused()
{
    const GetUrlProvider provider(service({{"url", "{server}/u?ip={ipv4}"}, {"headers", QJsonObject{{"X-Key", "{secret}"}}}}));
    UpdateRequest request = makeRequest({"h.example.net"}, true, false);
    request.secret = "abc\r\nX-Injected: 1";
    const auto tx = provider.start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(outcomes(tx->results()), QString("h.example.net/A=rejected"));
    QVERIFY(tx->results().first().message.contains("line break"));
}

void TstGetUrlProvider::dryRunShowsEachFamily()
{
    const GetUrlProvider provider(service({{"perFamily", true}, {"url", "{server}/nic?h={host}&ip={ip}&k={secret}"}}));
    const auto tx = provider.start(makeRequest({"h.example.net"}, true, true));
    const auto a = tx->requestFor("h.example.net", RecordType::A);
    const auto aaaa = tx->requestFor("h.example.net", RecordType::AAAA);
    QVERIFY(a && aaaa);
    QVERIFY(a->url.query().contains("ip=81.2.69.160"));
    QVERIFY(aaaa->url.query().contains("ip=2a02:8070:d18f:5a00::10"));
    // What a dry run prints: the key masked.
    const QString shown = describeRequest(*a, makeRequest({}, false, false).secretValues());
    QVERIFY2(shown.contains("k=***") && !shown.contains("s3cr"), qPrintable(shown));
}

void TstGetUrlProvider::replies_data()
{
    QTest::addColumn<QJsonObject>("replyRules");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("delay");

    const QJsonObject text{{"format", "text"},
                           {"updated", QJsonArray{"^good\\b"}},
                           {"unchanged", QJsonArray{"^nochg\\b"}},
                           {"authFailed", QJsonArray{QJsonObject{{"regex", "^badauth$"}, {"message", "the key is wrong"}}}},
                           {"rejected", QJsonArray{"^nohost$"}},
                           {"abuse", QJsonArray{"^abuse$"}},
                           {"retry", QJsonArray{QJsonObject{{"regex", "^911$"}}}}};
    QTest::newRow("text good") << text << 200 << QByteArray("good 81.2.69.160") << QByteArray() << "updated" << "Example DNS accepted the address" << 0;
    QTest::newRow("text nochg") << text << 200 << QByteArray("nochg") << QByteArray() << "unchanged" << "already had" << 0;
    QTest::newRow("text badauth, own message") << text << 200 << QByteArray("badauth") << QByteArray() << "auth-failed" << "Example DNS: the key is wrong" << 0;
    QTest::newRow("text nohost") << text << 200 << QByteArray("nohost") << QByteArray() << "rejected" << "refused the update" << 0;
    QTest::newRow("text abuse") << text << 200 << QByteArray("abuse") << QByteArray() << "abuse" << "blocked" << 0;
    QTest::newRow("text 911 with Retry-After") << text << 200 << QByteArray("911") << QByteArray("1800") << "retry" << "try again later" << 1800;
    QTest::newRow("good on a 500 is no success") << text << 500 << QByteArray("good") << QByteArray() << "retry" << "HTTP 500" << 0;
    QTest::newRow("HTML 200") << text << 200 << QByteArray("<!DOCTYPE html><html><body>Login</body></html>") << QByteArray() << "retry"
                              << "unexpected reply from Example DNS (HTTP 200): \"<!DOCTYPE html>" << 0;
    QTest::newRow("unknown word") << text << 200 << QByteArray("maybe") << QByteArray() << "retry" << "unexpected reply" << 0;
    QTest::newRow("empty 200") << text << 200 << QByteArray() << QByteArray() << "retry" << "(empty reply)" << 0;
    QTest::newRow("401 with no rule") << text << 401 << QByteArray("who?") << QByteArray() << "auth-failed" << "HTTP 401" << 0;
    QTest::newRow("429 honours Retry-After, capped") << text << 429 << QByteArray("slow down") << QByteArray("999999") << "retry" << "HTTP 429" << 6 * 3600;
    QTest::newRow("a secret echoed is masked") << text << 400 << QByteArray("bad key s3cr/et+key=&x") << QByteArray() << "retry" << "bad key ***" << 0;

    // A refusal wins over a success found in the same reply.
    const QJsonObject both{{"updated", QJsonArray{"good"}}, {"rejected", QJsonArray{"error"}}};
    QTest::newRow("refusal before success") << both << 200 << QByteArray("good, error: zone locked") << QByteArray() << "rejected" << "refused" << 0;

    const QJsonObject json{{"format", "json"},
                           {"updated", QJsonArray{QJsonObject{{"path", "status"}, {"equals", "success"}}}},
                           {"unchanged", QJsonArray{QJsonObject{{"path", "status"}, {"equals", "nochange"}}}},
                           {"authFailed", QJsonArray{QJsonObject{{"path", "error.code"}, {"equals", 401}, {"message", "token refused"}, {"messagePath", "error.text"}}}},
                           {"rejected", QJsonArray{QJsonObject{{"path", "error"}, {"exists", true}, {"messagePath", "error.text"}}}}};
    QTest::newRow("json success") << json << 200 << QByteArray(R"({"status":"success"})") << QByteArray() << "updated" << "accepted" << 0;
    QTest::newRow("json unchanged") << json << 200 << QByteArray(R"({"status":"nochange"})") << QByteArray() << "unchanged" << "already had" << 0;
    QTest::newRow("json auth with the provider's text") << json << 200 << QByteArray(R"({"error":{"code":401,"text":"Token expired"}})") << QByteArray()
                                                        << "auth-failed" << "Example DNS: token refused (\"Token expired\")" << 0;
    QTest::newRow("json other error") << json << 400 << QByteArray(R"({"error":{"code":3,"text":"No such zone"}})") << QByteArray() << "rejected"
                                      << "(\"No such zone\")" << 0;
    QTest::newRow("json unknown status") << json << 200 << QByteArray(R"({"status":"queued"})") << QByteArray() << "retry" << "unexpected reply" << 0;
    QTest::newRow("json that is HTML") << json << 200 << QByteArray("<html>success</html>") << QByteArray() << "retry" << "unexpected reply" << 0;

    // Namecheap-like: success only when ErrCount is 0.
    const QJsonObject xml{{"format", "xml"},
                          {"updated", QJsonArray{QJsonObject{{"path", "interface-response/ErrCount"}, {"equals", "0"}}}},
                          {"rejected", QJsonArray{QJsonObject{{"path", "interface-response/ErrCount"}, {"regex", "^[1-9]"},
                                                              {"messagePath", "interface-response/errors/Err1"}}}}};
    QTest::newRow("xml ErrCount 0") << xml << 200 << QByteArray("<?xml version=\"1.0\"?><interface-response><ErrCount>0</ErrCount></interface-response>")
                                    << QByteArray() << "updated" << "accepted" << 0;
    QTest::newRow("xml ErrCount 1") << xml << 200
                                    << QByteArray("<?xml version=\"1.0\"?><interface-response><ErrCount>1</ErrCount><errors><Err1>Domain name not found</Err1></errors></interface-response>")
                                    << QByteArray() << "rejected" << "(\"Domain name not found\")" << 0;
    QTest::newRow("xml that is HTML") << xml << 200 << QByteArray("<html><body>ErrCount 0</body></html>") << QByteArray() << "retry" << "unexpected reply" << 0;
}

void TstGetUrlProvider::replies()
{
    QFETCH(QJsonObject, replyRules);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, outcome);
    QFETCH(QString, messagePart);
    QFETCH(int, delay);

    const GetUrlProvider provider(service({{"reply", replyRules}}));
    HttpHeaders headers;
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    const TransactionRun run = runTransaction(provider, makeRequest({"h.example.net"}, true, true), {reply(status, body, headers)});
    QCOMPARE(run.requests.size(), 1);
    QCOMPARE(run.results.size(), 2);
    for (const RecordResult &r : run.results) {
        QCOMPARE(outcomeName(r.outcome), outcome);
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
        QVERIFY2(!r.message.contains("s3cr"), qPrintable(r.message));
        QCOMPARE(r.minRetryDelay.count(), qint64(delay));
        // Only a reply no rule recognised counts towards the hold for a changed API.
        QCOMPARE(r.unexpected, r.message.contains("unexpected reply"));
    }
}

void TstGetUrlProvider::validateRelativeHosts()
{
    const GetUrlProvider provider(service({{"options", QJsonArray{QJsonObject{{"key", "domain"}, {"required", true}}}},
                                           {"url", "{server}/u?host={relative:domain}&ip={ipv4}"}}));
    const QJsonObject profile{{"hosts", QJsonArray{"home.example.net", "example.net", "home.example.org", "badexample.net"}},
                              {"domain", "example.net"}};
    const QList<ConfigError> errors = provider.validate(profile, "profiles[1]");
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).path, QString("profiles[1].hosts[2]"));
    QCOMPARE(errors.at(1).path, QString("profiles[1].hosts[3]"));
    QVERIFY2(errors.at(0).message.contains("not in example.net"), qPrintable(errors.at(0).message));
    // The apex is "@".
    UpdateRequest request = makeRequest({"example.net"}, true, false);
    request.options = QJsonObject{{"domain", "example.net"}};
    const TransactionRun run = runTransaction(provider, request, {reply(200, "good")});
    QCOMPARE(urls(run), QStringList{"https://dns.example.net/u?host=%40&ip=81.2.69.160"});
}

void TstGetUrlProvider::headerMatchers_data()
{
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("outcome");
    const QByteArray page = "<html><body>Updated 1 hostname.</body></html>";
    QTest::newRow("good") << HttpHeaders{{"X-Status", "good"}} << page << "updated";
    QTest::newRow("name in another case, value padded") << HttpHeaders{{"x-status", " nochg "}} << page << "unchanged";
    QTest::newRow("badauth") << HttpHeaders{{"X-Status", "badauth"}} << page << "auth-failed";
    // The body alone says nothing: without the header the page is not read as success.
    QTest::newRow("no header") << HttpHeaders{{"Content-Type", "text/html"}} << page << "retry";
    QTest::newRow("empty header") << HttpHeaders{{"X-Status", ""}} << page << "retry";
}

void TstGetUrlProvider::headerMatchers()
{
    QFETCH(HttpHeaders, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, outcome);
    const QJsonObject rules{{"updated", QJsonArray{QJsonObject{{"header", "X-Status"}, {"equals", "good"}}}},
                            {"unchanged", QJsonArray{QJsonObject{{"header", "X-Status"}, {"equals", "nochg"}}}},
                            {"authFailed", QJsonArray{QJsonObject{{"header", "X-Status"}, {"regex", "^badauth$"}}}}};
    const GetUrlProvider provider(service({{"reply", rules}}));
    const TransactionRun run = runTransaction(provider, makeRequest({"h.example.net"}, true, false), {reply(200, body, headers)});
    QCOMPARE(outcomes(run.results), "h.example.net/A=" + outcome);
    QCOMPARE(run.results.first().unexpected, outcome == "retry");
}

QTEST_GUILESS_MAIN(TstGetUrlProvider)
#include "tst_geturlprovider.moc"
