#include "config/config.h"
#include "fakes/fakehttpserver.h"
#include "fakes/fakeproxy.h"
#include "providers/providerregistry.h"
#include "net/httpclient.h"
#include "core/version.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

namespace {

// Collects the answers of one send(): the client promises exactly one per request.
struct Answer
{
    int calls = 0;
    std::optional<HttpReply> reply;
    qint64 elapsedMs = -1;
};

} // namespace

class TstHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void userAgentIsExact();
    void methodHeadersAndBodyAreSent_data();
    void methodHeadersAndBodyAreSent();
    void httpErrorStatusIsAnAnswer();
    void plainHttpRefusedUnlessAllowed();
    void nonHttpSchemeRefused();
    void refusalMasksSecrets();
    void perServerLimit();
    void otherServerIsNotQueued();
    void totalTimeout();
    void redirectNotFollowedForCredentials();
    void sameOriginRedirectFollowedWhenAllowed();
    void crossOriginRedirectNeverFollowed();
    void untrustedCertificateRefused();
    void testCaNeededAndSufficient();
    void replySizeCap_data();
    void replySizeCap();
    void abortAllCancelsEveryCallbackOnce();
    void deadContextGetsNoCallback();
    void throughProxy_data();
    void throughProxy();
    void directRequestBypassesProxy();
    void proxyConfig_data();
    void proxyConfig();

private:
    std::shared_ptr<Answer> send(const HttpRequest &request, const HttpClient::Options &options = {},
                                 QObject *context = nullptr);
    static HttpRequest get(const QUrl &base, const QString &path);
    static QList<QSslCertificate> testCa() { return QSslCertificate::fromPath(FakeHttpServer::caFile()); }

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_http;
};

void TstHttpClient::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_nam.get());
    m_http->setExtraCaCertificates(testCa());
    QVERIFY2(!testCa().isEmpty(), qPrintable(FakeHttpServer::caFile()));
}

void TstHttpClient::cleanup()
{
    m_http.reset();
    m_nam.reset();
}

std::shared_ptr<Answer> TstHttpClient::send(const HttpRequest &request, const HttpClient::Options &options, QObject *context)
{
    auto answer = std::make_shared<Answer>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_http->send(request, options, context ? context : this, [answer, timer](const HttpReply &reply) {
        ++answer->calls;
        answer->reply = reply;
        answer->elapsedMs = timer->elapsed();
    });
    return answer;
}

HttpRequest TstHttpClient::get(const QUrl &base, const QString &path)
{
    HttpRequest request;
    request.url = base.resolved(QUrl(path));
    return request;
}

void TstHttpClient::userAgentIsExact()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    auto answer = send(get(server.baseUrl(), "/ua"));
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY2(answer->reply->error.isEmpty(), qPrintable(answer->reply->error));
    QCOMPARE(server.requests().size(), 1);

    const QByteArray expected = QByteArray("qddns/") + QDDNS_VERSION + ' ' + QDDNS_HOMEPAGE;
    QCOMPARE(server.requests().at(0).header("User-Agent"), expected);
    QCOMPARE(expected, QByteArray(QDDNS_USER_AGENT));
    // A real version and a contact URL, as the DynDNS2 protocol asks of clients.
    QVERIFY2(QRegularExpression("^qddns/\\d+\\.\\d+\\.\\d+ https://\\S+$").match(QString::fromLatin1(expected)).hasMatch(),
             expected.constData());
}

void TstHttpClient::methodHeadersAndBodyAreSent_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("GET") << QByteArray("GET") << QByteArray();
    QTest::newRow("POST form") << QByteArray("POST") << QByteArray("hostname=home.example.net&myip=81.2.69.160");
    QTest::newRow("PATCH json") << QByteArray("PATCH") << QByteArray(R"({"content":"2a02:8070:d18f:5a00::10"})");
    QTest::newRow("PUT json") << QByteArray("PUT") << QByteArray(R"({"content":"81.2.69.161"})");
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray();
}

void TstHttpClient::methodHeadersAndBodyAreSent()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);

    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setReply({200, "ok", {{"X-Reply", "yes"}}});
    HttpRequest request = get(server.baseUrl(), "/zones/abc/dns_records/1?x=1");
    request.method = method;
    request.body = body;
    request.headers = {{"Authorization", "Bearer token-for-test"},
                       {"Content-Type", "application/json"},
                       {"X-Custom", "value with spaces"}};
    auto answer = send(request);
    QTRY_COMPARE(answer->calls, 1);

    QVERIFY2(answer->reply->error.isEmpty(), qPrintable(answer->reply->error));
    QCOMPARE(answer->reply->status, 200);
    QCOMPARE(answer->reply->body, QByteArray("ok"));
    QCOMPARE(answer->reply->header("X-Reply"), QByteArray("yes"));
    QVERIFY(answer->reply->isSuccess());

    QCOMPARE(server.requests().size(), 1);
    const RecordedRequest got = server.requests().at(0);
    QCOMPARE(got.method, method);
    QCOMPARE(got.target, QByteArray("/zones/abc/dns_records/1?x=1"));
    QCOMPARE(got.header("Authorization"), QByteArray("Bearer token-for-test"));
    QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(got.header("X-Custom"), QByteArray("value with spaces"));
    QCOMPARE(got.body, body);
}

void TstHttpClient::httpErrorStatusIsAnAnswer()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setReply({500, "badness", {}});
    auto answer = send(get(server.baseUrl(), "/"));
    QTRY_COMPARE(answer->calls, 1);
    // A status is what the provider said: the provider decides, so it is not a transport error.
    QCOMPARE(answer->reply->status, 500);
    QCOMPARE(answer->reply->body, QByteArray("badness"));
    QVERIFY2(answer->reply->error.isEmpty(), qPrintable(answer->reply->error));
    QVERIFY(!answer->reply->isSuccess());
}

void TstHttpClient::plainHttpRefusedUnlessAllowed()
{
    FakeHttpServer server(FakeHttpServer::Mode::Http);
    QVERIFY(server.listen());
    const HttpRequest request = get(server.baseUrl(), "/nic/update");

    auto refused = send(request);
    QCOMPARE(refused->calls, 0); // answers later, like every other outcome
    QTRY_COMPARE(refused->calls, 1);
    QCOMPARE(refused->reply->status, 0);
    QVERIFY2(refused->reply->error.contains("refusing plain http://"), qPrintable(refused->reply->error));
    QVERIFY2(refused->reply->error.contains("allowInsecureHttp"), qPrintable(refused->reply->error));
    QTest::qWait(100);
    QCOMPARE(server.requests().size(), 0);
    QCOMPARE(server.activeConnections(), 0);
    QCOMPARE(refused->calls, 1);

    HttpClient::Options options;
    options.allowInsecureHttp = true;
    auto allowed = send(request, options);
    QTRY_COMPARE(allowed->calls, 1);
    QVERIFY2(allowed->reply->error.isEmpty(), qPrintable(allowed->reply->error));
    QCOMPARE(allowed->reply->status, 200);
    QCOMPARE(server.requests().size(), 1);
}

void TstHttpClient::nonHttpSchemeRefused()
{
    HttpRequest request;
    request.url = QUrl("ftp://127.0.0.1:21/ip");
    HttpClient::Options options;
    options.allowInsecureHttp = true;
    auto answer = send(request, options);
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(answer->reply->status, 0);
    QVERIFY2(answer->reply->error.contains("non-HTTP"), qPrintable(answer->reply->error));
}

void TstHttpClient::refusalMasksSecrets()
{
    HttpRequest request;
    request.url = QUrl("http://127.0.0.1:9/update?domains=home&token=tok-5ecret-99");
    HttpClient::Options options;
    options.secrets = {"tok-5ecret-99"};
    auto answer = send(request, options);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY(!answer->reply->error.isEmpty());
    QVERIFY2(!answer->reply->error.contains("tok-5ecret-99"), qPrintable(answer->reply->error));
    QVERIFY2(answer->reply->error.contains("127.0.0.1"), qPrintable(answer->reply->error));
}

void TstHttpClient::perServerLimit()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setReply({200, "ok", {}, 300});
    m_http->setPerServerLimit(2);

    QElapsedTimer timer;
    timer.start();
    QList<std::shared_ptr<Answer>> answers;
    for (int i = 0; i < 6; ++i)
        answers.append(send(get(server.baseUrl(), QStringLiteral("/r%1").arg(i))));
    QCOMPARE(m_http->inFlight(), 2);

    for (const auto &answer : std::as_const(answers))
        QTRY_COMPARE_WITH_TIMEOUT(answer->calls, 1, 10000);
    const qint64 elapsed = timer.elapsed();
    for (const auto &answer : std::as_const(answers)) {
        QVERIFY2(answer->reply->error.isEmpty(), qPrintable(answer->reply->error));
        QCOMPARE(answer->reply->status, 200);
    }
    QCOMPARE(server.requests().size(), 6);
    QCOMPARE(server.maxConcurrentRequests(), 2);
    // Three waves of two, each held 300 ms by the server.
    QVERIFY2(elapsed >= 850, qPrintable(QString::number(elapsed)));
    QCOMPARE(m_http->inFlight(), 0);
    // Queued requests keep their order.
    QStringList paths;
    for (const RecordedRequest &r : server.requests())
        paths << r.path;
    QCOMPARE(paths.mid(4), (QStringList{"/r4", "/r5"}));
}

void TstHttpClient::otherServerIsNotQueued()
{
    FakeHttpServer busy;
    FakeHttpServer other;
    QVERIFY(busy.listen());
    QVERIFY(other.listen());
    busy.setReply({200, "slow", {}, 300});
    other.setReply({200, "fast", {}});
    m_http->setPerServerLimit(2);

    // Warm the connection to the second server so the measurement is of queueing, not the TLS handshake.
    auto warm = send(get(other.baseUrl(), "/warm"));
    QTRY_COMPARE(warm->calls, 1);

    QList<std::shared_ptr<Answer>> slow;
    for (int i = 0; i < 6; ++i)
        slow.append(send(get(busy.baseUrl(), "/slow")));
    auto fast = send(get(other.baseUrl(), "/fast"));
    QTRY_COMPARE_WITH_TIMEOUT(fast->calls, 1, 5000);
    QCOMPARE(fast->reply->body, QByteArray("fast"));
    QVERIFY2(fast->elapsedMs < 250, qPrintable(QString::number(fast->elapsedMs)));
    // The first server's queue was still busy when the second one answered.
    int slowDone = 0;
    for (const auto &answer : std::as_const(slow))
        slowDone += answer->calls;
    QVERIFY2(slowDone <= 2, qPrintable(QString::number(slowDone)));

    for (const auto &answer : std::as_const(slow))
        QTRY_COMPARE_WITH_TIMEOUT(answer->calls, 1, 10000);
    QCOMPARE(busy.maxConcurrentRequests(), 2);
}

void TstHttpClient::totalTimeout()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setReply({200, "81.2.69.160", {}, 3000});
    m_http->setTimeout(300ms);

    auto answer = send(get(server.baseUrl(), "/slow"));
    QTRY_COMPARE_WITH_TIMEOUT(answer->calls, 1, 5000);
    QCOMPARE(answer->reply->status, 0);
    QVERIFY2(answer->reply->error.contains("no answer from 127.0.0.1 within 0.3 s"), qPrintable(answer->reply->error));
    QVERIFY2(answer->elapsedMs < 2000, qPrintable(QString::number(answer->elapsedMs)));
    QVERIFY2(answer->elapsedMs >= 250, qPrintable(QString::number(answer->elapsedMs)));
    QVERIFY(answer->reply->body.isEmpty());
    QCOMPARE(m_http->inFlight(), 0);
    // The late reply must not produce a second callback.
    QTest::qWait(100);
    QCOMPARE(answer->calls, 1);
}

void TstHttpClient::redirectNotFollowedForCredentials()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const QByteArray target = server.baseUrl().resolved(QUrl("/other")).toEncoded();
    server.setHandler([target](const RecordedRequest &request) {
        if (request.path == "/start")
            return FakeReply{302, "moved", {{"Location", target}}};
        return FakeReply{200, "81.2.69.160", {}};
    });

    HttpRequest request = get(server.baseUrl(), "/start");
    request.headers = {{"Authorization", "Basic dXNlcjpzZWNyZXQ="}};
    auto answer = send(request); // default options: followRedirects = false
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY2(answer->reply->error.isEmpty(), qPrintable(answer->reply->error));
    QCOMPARE(answer->reply->status, 302);
    QCOMPARE(answer->reply->header("Location"), target);
    QTest::qWait(100);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().at(0).path, QString("/start"));
}

void TstHttpClient::sameOriginRedirectFollowedWhenAllowed()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const QByteArray target = server.baseUrl().resolved(QUrl("/ip")).toEncoded();
    server.setHandler([target](const RecordedRequest &request) {
        if (request.path == "/start")
            return FakeReply{302, "moved", {{"Location", target}}};
        return FakeReply{200, "81.2.69.160", {}};
    });
    HttpClient::Options options;
    options.followRedirects = true;
    auto answer = send(get(server.baseUrl(), "/start"), options);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY2(answer->reply->error.isEmpty(), qPrintable(answer->reply->error));
    QCOMPARE(answer->reply->status, 200);
    QCOMPARE(answer->reply->body, QByteArray("81.2.69.160"));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).path, QString("/ip"));
}

void TstHttpClient::crossOriginRedirectNeverFollowed()
{
    FakeHttpServer server;
    FakeHttpServer elsewhere;
    QVERIFY(server.listen());
    QVERIFY(elsewhere.listen());
    const QByteArray target = elsewhere.baseUrl().resolved(QUrl("/ip")).toEncoded();
    server.setReply({302, "moved", {{"Location", target}}});
    elsewhere.setReply({200, "81.2.69.161", {}});

    HttpClient::Options options;
    options.followRedirects = true;
    auto answer = send(get(server.baseUrl(), "/start"), options);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY(!answer->reply->isSuccess());
    QVERIFY(answer->reply->body != "81.2.69.161");
    QTest::qWait(100);
    QCOMPARE(elsewhere.requests().size(), 0);
    QCOMPARE(server.requests().size(), 1);
}

void TstHttpClient::untrustedCertificateRefused()
{
    FakeHttpServer server;
    server.useUntrustedCertificate();
    QVERIFY(server.listen());
    auto answer = send(get(server.baseUrl(), "/"));
    QTRY_COMPARE_WITH_TIMEOUT(answer->calls, 1, 5000);
    QCOMPARE(answer->reply->status, 0);
    QVERIFY2(answer->reply->error.startsWith("127.0.0.1: "), qPrintable(answer->reply->error));
    QVERIFY(answer->reply->body.isEmpty());
    QCOMPARE(server.requests().size(), 0);
}

void TstHttpClient::testCaNeededAndSufficient()
{
    FakeHttpServer server;
    QVERIFY(server.listen());

    // QNetworkAccessManager keys its connection cache by host and port only, so each half
    // gets its own manager: a changed CA list would not reach an already cached connection.
    m_http->setExtraCaCertificates({});
    auto withoutCa = send(get(server.baseUrl(), "/"));
    QTRY_COMPARE_WITH_TIMEOUT(withoutCa->calls, 1, 5000);
    QCOMPARE(withoutCa->reply->status, 0);
    QVERIFY2(withoutCa->reply->error.startsWith("127.0.0.1: "), qPrintable(withoutCa->reply->error));
    QCOMPARE(server.requests().size(), 0);

    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setExtraCaCertificates(testCa());
    std::optional<HttpReply> reply;
    http.send(get(server.baseUrl(), "/"), {}, this, [&reply](const HttpReply &r) { reply = r; });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
    QVERIFY2(reply->error.isEmpty(), qPrintable(reply->error));
    QCOMPARE(reply->status, 200);
    QCOMPARE(server.requests().size(), 1);
}

void TstHttpClient::replySizeCap_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("small") << qint64(100) << true;
    QTest::newRow("exactly 1 MiB") << HttpClient::kMaxReplyBytes << true;
    QTest::newRow("1 MiB + 1") << HttpClient::kMaxReplyBytes + 1 << false;
    QTest::newRow("1 MiB + 64 KiB") << HttpClient::kMaxReplyBytes + 65536 << false;
    QTest::newRow("3 MiB") << 3 * HttpClient::kMaxReplyBytes << false;
}

void TstHttpClient::replySizeCap()
{
    QFETCH(qint64, size);
    QFETCH(bool, accepted);

    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setReply({200, QByteArray(size, 'a'), {}});
    auto answer = send(get(server.baseUrl(), "/big"));
    QTRY_COMPARE_WITH_TIMEOUT(answer->calls, 1, 10000);
    if (accepted) {
        QVERIFY2(answer->reply->error.isEmpty(), qPrintable(answer->reply->error));
        QCOMPARE(answer->reply->status, 200);
        QCOMPARE(answer->reply->body.size(), size);
    } else {
        // Whether the cap aborts mid-stream or the whole reply arrived, it is an error, never an empty 200.
        QVERIFY2(answer->reply->error.contains("larger than 1048576 bytes"), qPrintable(answer->reply->error));
        QCOMPARE(answer->reply->status, 0);
        QVERIFY(!answer->reply->isSuccess());
    }
    QCOMPARE(m_http->inFlight(), 0);
}

void TstHttpClient::abortAllCancelsEveryCallbackOnce()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setReply({200, "81.2.69.160", {}, 2000});
    m_http->setPerServerLimit(1);

    QList<std::shared_ptr<Answer>> answers;
    for (int i = 0; i < 3; ++i)
        answers.append(send(get(server.baseUrl(), "/slow")));
    QCOMPARE(m_http->inFlight(), 1);
    QTRY_COMPARE(server.requests().size(), 1); // the first one is on the wire, two are queued

    m_http->abortAll();
    for (const auto &answer : std::as_const(answers))
        QTRY_COMPARE(answer->calls, 1);
    QTest::qWait(300);
    for (const auto &answer : std::as_const(answers)) {
        QCOMPARE(answer->calls, 1);
        QCOMPARE(answer->reply->status, 0);
        QVERIFY(!answer->reply->isSuccess());
    }
    QCOMPARE(m_http->inFlight(), 0);
    QCOMPARE(server.requests().size(), 1); // the queued ones never went out

    // Queued requests get exactly "cancelled"; so should the one in flight (see httpclient.h).
    QCOMPARE(answers.at(1)->reply->error, QString("cancelled"));
    QCOMPARE(answers.at(2)->reply->error, QString("cancelled"));
    QCOMPARE(answers.at(0)->reply->error, QString("cancelled"));
}

void TstHttpClient::deadContextGetsNoCallback()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setReply({200, "81.2.69.160", {}, 200});
    m_http->setPerServerLimit(1);

    auto context = std::make_unique<QObject>();
    auto gone = send(get(server.baseUrl(), "/a"), {}, context.get());
    auto queued = send(get(server.baseUrl(), "/b"), {}, context.get());
    auto kept = send(get(server.baseUrl(), "/c"));
    context.reset();

    QTRY_COMPARE_WITH_TIMEOUT(kept->calls, 1, 5000);
    QCOMPARE(kept->reply->status, 200);
    QCOMPARE(gone->calls, 0);
    QCOMPARE(queued->calls, 0);
    QCOMPARE(m_http->inFlight(), 0);
}

// The provider's request goes through the configured proxy: the proxy sees the tunnel to the
// provider, the provider sees the request (TLS end to end, verified against the test CA).
void TstHttpClient::throughProxy_data()
{
    QTest::addColumn<FakeProxy::Kind>("kind");
    QTest::addColumn<QString>("url");
    QTest::newRow("http") << FakeProxy::Kind::Http << "http://127.0.0.1:%1";
    QTest::newRow("socks5") << FakeProxy::Kind::Socks5 << "socks5://127.0.0.1:%1";
}

void TstHttpClient::throughProxy()
{
    QFETCH(FakeProxy::Kind, kind);
    QFETCH(QString, url);
    FakeHttpServer provider;
    QVERIFY(provider.listen());
    FakeProxy proxy(kind);
    QVERIFY(proxy.listen());
    m_http->setProxy(networkProxy(QUrl(url.arg(proxy.port()))));

    HttpRequest request = get(provider.baseUrl(), "/nic/update?hostname=home.example.org&myip=81.2.69.160");
    request.headers.append({QByteArray("Authorization"), QByteArray("Basic YWxpY2U6c2VjcmV0")});
    auto answer = send(request);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY2(answer->reply->isSuccess(), qPrintable(answer->reply->error));
    QCOMPARE(proxy.targets(), QStringList{QStringLiteral("127.0.0.1:%1").arg(provider.baseUrl().port())});
    QCOMPARE(provider.requests().size(), 1);
    QCOMPARE(provider.requests().first().queryValue("myip"), QStringLiteral("81.2.69.160"));
    QCOMPARE(provider.requests().first().header("Authorization"), QByteArray("Basic YWxpY2U6c2VjcmV0"));

    // Without the proxy the same request goes direct.
    m_http->setProxy(networkProxy(QUrl()));
    auto direct = send(request);
    QTRY_COMPARE(direct->calls, 1);
    QVERIFY(direct->reply->isSuccess());
    QCOMPARE(proxy.targets().size(), 1);
    QCOMPARE(provider.requests().size(), 2);
}

// The LAN router (UPnP) is never asked through the proxy.
void TstHttpClient::directRequestBypassesProxy()
{
    FakeHttpServer router(FakeHttpServer::Mode::Http);
    QVERIFY(router.listen());
    FakeProxy proxy(FakeProxy::Kind::Socks5);
    QVERIFY(proxy.listen());
    m_http->setProxy(networkProxy(QUrl(QStringLiteral("socks5://127.0.0.1:%1").arg(proxy.port()))));
    HttpClient::Options options;
    options.allowInsecureHttp = true;
    options.direct = true;
    auto answer = send(get(router.baseUrl(), "/rootDesc.xml"), options);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY2(answer->reply->isSuccess(), qPrintable(answer->reply->error));
    QCOMPARE(router.requests().size(), 1);
    QVERIFY(proxy.targets().isEmpty());
}

void TstHttpClient::proxyConfig_data()
{
    QTest::addColumn<QJsonValue>("proxy");
    QTest::addColumn<QString>("error");
    QTest::newRow("http") << QJsonValue("http://proxy.lan:3128") << "";
    QTest::newRow("socks5") << QJsonValue("socks5://127.0.0.1:1080") << "";
    QTest::newRow("no port") << QJsonValue("http://proxy.lan") << "must be a proxy like";
    QTest::newRow("https scheme") << QJsonValue("https://proxy.lan:3128") << "must be a proxy like";
    QTest::newRow("a number") << QJsonValue(3128) << "must be a proxy like";
    QTest::newRow("password") << QJsonValue("http://alice:secret@proxy.lan:3128") << "must not hold a password";
    // A user name, with a password from the secret store, is a profile's proxy's (tst_engineproxy).
    QTest::newRow("user") << QJsonValue("http://alice@proxy.lan:3128") << "must not hold a user name";
}

void TstHttpClient::proxyConfig()
{
    QFETCH(QJsonValue, proxy);
    QFETCH(QString, error);
    const ProviderRegistry registry;
    const auto config = parseConfig(QJsonDocument(QJsonObject{{"version", 1}, {"proxy", proxy}}).toJson(), registry);
    if (error.isEmpty()) {
        QVERIFY2(config, config ? "" : qPrintable(config.error().first().message));
        QCOMPARE(config->proxy, QUrl(proxy.toString()));
        return;
    }
    QVERIFY(!config);
    QCOMPARE(config.error().first().path, QStringLiteral("proxy"));
    QVERIFY2(config.error().first().message.startsWith(error), qPrintable(config.error().first().message));
}

QTEST_GUILESS_MAIN(TstHttpClient)
#include "tst_httpclient.moc"
