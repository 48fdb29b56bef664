#include "fakes/fakehttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qddns::Test;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// A response read off a raw socket, for the tests that write requests by hand.
struct RawResponse
{
    int status = 0;
    Headers headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// Takes one complete response off the front of \a data; false while it is incomplete.
bool takeResponse(QByteArray &data, RawResponse &response)
{
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = data.left(headEnd).split('\n');
    RawResponse parsed;
    parsed.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        parsed.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const qsizetype length = parsed.header("Content-Length").toLongLong();
    if (data.size() < headEnd + 4 + length)
        return false;
    parsed.body = data.mid(headEnd + 4, length);
    data.remove(0, headEnd + 4 + length);
    response = parsed;
    return true;
}

// Raw client for Http mode; collects whatever the server sends.
class RawClient
{
public:
    bool connectTo(const FakeHttpServer &server)
    {
        m_socket.setProxy(QNetworkProxy::NoProxy);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle: keep fragments apart
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                         [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, server.port());
        return m_socket.waitForConnected(5000);
    }
    void write(const QByteArray &data)
    {
        m_socket.write(data);
        m_socket.flush();
    }
    // Writes in chunks of 1..7 bytes, letting the server read each one on its own.
    void writeFragmented(const QByteArray &data)
    {
        qsizetype pos = 0;
        for (int step = 0; pos < data.size(); ++step) {
            const qsizetype size = 1 + step % 7;
            write(data.mid(pos, size));
            pos += size;
            QTest::qWait(1);
        }
    }
    // QTRY_VERIFY evaluates its condition once more after success, so waiting must not consume.
    bool hasResponse() const
    {
        QByteArray copy = m_received;
        RawResponse ignored;
        return takeResponse(copy, ignored);
    }
    bool take(RawResponse &response) { return takeResponse(m_received, response); }
    QByteArray pending() const { return m_received; }
    QAbstractSocket::SocketState state() const { return m_socket.state(); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace

class TstFakeHttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tlsMaterial();
    void baseUrl_data();
    void baseUrl();
    void methods_data();
    void methods();
    void queryDecoding();
    void fragmentedAndPipelined();
    void badRequests_data();
    void badRequests();
    void connectionClose_data();
    void connectionClose();
    void keepAliveWithQnam();
    void concurrentRequests();
    void delayedReplyTimesOut();
    void destroyedWithPendingReply();
    void tlsVerification_data();
    void tlsVerification();
    void ipv6Loopback();

private:
    QNetworkRequest request(const QUrl &url, const QStringList &caFiles = {FakeHttpServer::caFile()}) const;
    static QUrl at(const FakeHttpServer &server, const QString &target);
    static bool waitFinished(QNetworkReply *reply);

    std::unique_ptr<QNetworkAccessManager> m_nam;
};

QNetworkRequest TstFakeHttpServer::request(const QUrl &url, const QStringList &caFiles) const
{
    QNetworkRequest request(url);
    // Trust the test CA on top of the system ones, exactly as the agent's tls.caFile does.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    for (const QString &file : caFiles)
        ssl.addCaCertificates(file);
    request.setSslConfiguration(ssl);
    return request;
}

QUrl TstFakeHttpServer::at(const FakeHttpServer &server, const QString &target)
{
    return server.baseUrl().resolved(QUrl(target));
}

bool TstFakeHttpServer::waitFinished(QNetworkReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(10000);
}

void TstFakeHttpServer::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend: install Qt's OpenSSL plugin");
    QVERIFY2(QFile::exists(FakeHttpServer::caFile()), qPrintable(FakeHttpServer::caFile()));
}

void TstFakeHttpServer::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy); // never let an http_proxy setting take loopback traffic away
}

void TstFakeHttpServer::cleanup()
{
    m_nam.reset();
}

void TstFakeHttpServer::tlsMaterial()
{
    const QDateTime farFuture(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(FakeHttpServer::caFile());
    const QList<QSslCertificate> untrustedCa = QSslCertificate::fromPath(FakeHttpServer::untrustedCaFile());
    QCOMPARE(ca.size(), 1);
    QCOMPARE(untrustedCa.size(), 1);
    QVERIFY(ca[0].isSelfSigned());
    QVERIFY(ca[0] != untrustedCa[0]);

    const QString dir = QStringLiteral(QDDNS_TEST_DATA "/tls/");
    for (const auto &[name, issuer] : {std::pair{QStringLiteral("server.pem"), ca[0]},
                                       std::pair{QStringLiteral("untrusted-server.pem"), untrustedCa[0]}}) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(dir + name);
        QCOMPARE(certs.size(), 1);
        const QSslCertificate &cert = certs[0];
        QCOMPARE(cert.issuerDisplayName(), issuer.subjectDisplayName());
        QVERIFY(cert.effectiveDate() < QDateTime::currentDateTimeUtc());
        QVERIFY(cert.expiryDate() > farFuture);
        const auto names = cert.subjectAlternativeNames();
        QList<QHostAddress> ips;
        for (const QString &ip : names.values(QSsl::IpAddressEntry))
            ips.append(QHostAddress(ip));
        QVERIFY(ips.contains(QHostAddress(QHostAddress::LocalHost)));
        QVERIFY(ips.contains(QHostAddress(QHostAddress::LocalHostIPv6)));
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    }
}

void TstFakeHttpServer::baseUrl_data()
{
    QTest::addColumn<FakeHttpServer::Mode>("mode");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("http") << FakeHttpServer::Mode::Http << QStringLiteral("http");
    QTest::newRow("https") << FakeHttpServer::Mode::Https << QStringLiteral("https");
}

void TstFakeHttpServer::baseUrl()
{
    QFETCH(FakeHttpServer::Mode, mode);
    QFETCH(QString, scheme);
    FakeHttpServer server(mode);
    QVERIFY(server.baseUrl().isEmpty());
    QVERIFY(server.listen());
    QVERIFY(server.port() != 0);
    QCOMPARE(server.baseUrl().toString(),
             scheme + QStringLiteral("://127.0.0.1:") + QString::number(server.port()));
}

void TstFakeHttpServer::methods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("GET") << QByteArray("GET") << QByteArray();
    QTest::newRow("POST") << QByteArray("POST") << QByteArray("{\"content\":\"81.2.69.160\"}");
    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray("{\"content\":\"2a02:8070:d18f:5a00::10\"}");
    QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray("{\"ttl\":60}");
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray();
}

void TstFakeHttpServer::methods()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);

    FakeHttpServer server;
    FakeReply reply;
    reply.status = 201;
    reply.body = "good 81.2.69.160\n";
    reply.headers = {{"X-Fake", "yes"}};
    server.setReply(reply);
    QVERIFY(server.listen());
    QSignalSpy received(&server, &FakeHttpServer::requestReceived);

    const QString target = QStringLiteral("/nic/update?hostname=home.example.org&myip=81.2.69.160");
    QNetworkRequest req = request(at(server, target));
    req.setRawHeader("Authorization", "Bearer abc");
    req.setRawHeader("User-Agent", "qddns-test/1.0");
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QList<QSslError> sslErrors;
    std::unique_ptr<QNetworkReply> answer(m_nam->sendCustomRequest(req, method, body));
    connect(answer.get(), &QNetworkReply::sslErrors, this,
            [&sslErrors](const QList<QSslError> &errors) { sslErrors += errors; });
    QVERIFY(waitFinished(answer.get()));

    QVERIFY2(answer->error() == QNetworkReply::NoError, qPrintable(answer->errorString()));
    QVERIFY(sslErrors.isEmpty());
    QVERIFY(answer->attribute(QNetworkRequest::ConnectionEncryptedAttribute).toBool());
    QCOMPARE(answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QCOMPARE(answer->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
             QByteArray("Created"));
    QCOMPARE(answer->rawHeader("Content-Type"), QByteArray("text/plain"));
    QCOMPARE(answer->rawHeader("X-Fake"), QByteArray("yes"));
    QCOMPARE(answer->readAll(), reply.body);

    QCOMPARE(server.requests().size(), 1);
    const RecordedRequest r = server.requests().constFirst();
    QCOMPARE(r.method, method);
    QCOMPARE(r.target, target.toUtf8());
    QCOMPARE(r.path, QStringLiteral("/nic/update"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("hostname")), QStringLiteral("home.example.org"));
    QCOMPARE(r.queryValue(QStringLiteral("myip")), QStringLiteral("81.2.69.160"));
    QCOMPARE(r.header("authorization"), QByteArray("Bearer abc"));
    QCOMPARE(r.header("USER-AGENT"), QByteArray("qddns-test/1.0"));
    QCOMPARE(r.header("Host"), QByteArray("127.0.0.1:" + QByteArray::number(server.port())));
    QVERIFY(r.header("X-Absent").isEmpty());
    QCOMPARE(r.body, body);
    if (!body.isEmpty()) {
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("Content-Length"), QByteArray::number(body.size()));
    }

    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).value<RecordedRequest>().body, body);
}

void TstFakeHttpServer::queryDecoding()
{
    FakeHttpServer server(FakeHttpServer::Mode::Http);
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connectTo(server));
    client.write("GET /p%20a/th%2Fx?a=b%20c&plus=1%2B2&space=x+y&utf=%C3%A9&empty=&flag&a=second HTTP/1.1\r\n"
                 "Host: fake\r\n\r\n");
    RawResponse response;
    QTRY_VERIFY(client.hasResponse());
    QVERIFY(client.take(response));
    QCOMPARE(response.status, 200);

    QCOMPARE(server.requests().size(), 1);
    const RecordedRequest r = server.requests().constFirst();
    QCOMPARE(r.path, QStringLiteral("/p a/th/x"));
    QCOMPARE(r.queryValue(QStringLiteral("a")), QStringLiteral("b c")); // first match
    QCOMPARE(r.queryValue(QStringLiteral("plus")), QStringLiteral("1+2"));
    QCOMPARE(r.queryValue(QStringLiteral("space")), QStringLiteral("x y")); // '+' is a space on servers
    QCOMPARE(r.queryValue(QStringLiteral("utf")), QStringLiteral("\u00e9"));
    QVERIFY(r.queryValue(QStringLiteral("empty")).isEmpty());
    QVERIFY(!r.queryValue(QStringLiteral("empty")).isNull());
    QVERIFY(!r.queryValue(QStringLiteral("flag")).isNull());
    QVERIFY(r.queryValue(QStringLiteral("missing")).isNull());
    QCOMPARE(r.query.queryItemValue(QStringLiteral("a"), QUrl::FullyDecoded), QStringLiteral("b c"));
}

void TstFakeHttpServer::fragmentedAndPipelined()
{
    FakeHttpServer server(FakeHttpServer::Mode::Http);
    server.setHandler([](const RecordedRequest &r) {
        FakeReply reply;
        reply.body = r.path.toUtf8() + ' ' + r.body;
        return reply;
    });
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connectTo(server));

    const QByteArray body = "hostname=home.example.org&myip=81.2.69.160\r\n\r\nnot a head";
    client.writeFragmented("\r\nPOST /first HTTP/1.1\r\nHost: fake\r\nX-Long-Header-Name:   padded  \r\n"
                           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    RawResponse response;
    QTRY_VERIFY(client.hasResponse());
    QVERIFY(client.take(response));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("/first " + body));
    QCOMPARE(response.header("Connection"), QByteArray("keep-alive"));

    // Two requests in one write, the second with a bare-LF head: answered in order, same connection.
    client.write("GET /second HTTP/1.1\r\nHost: fake\r\n\r\n"
                 "POST /third HTTP/1.1\nContent-Length: 3\n\nabc");
    QTRY_VERIFY(client.hasResponse());
    QVERIFY(client.take(response));
    QCOMPARE(response.body, QByteArray("/second "));
    QTRY_VERIFY(client.hasResponse());
    QVERIFY(client.take(response));
    QCOMPARE(response.body, QByteArray("/third abc"));
    QVERIFY(client.pending().isEmpty());

    const QList<RecordedRequest> requests = server.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[0].method, QByteArray("POST"));
    QCOMPARE(requests[0].body, body);
    const Headers expected{{"Host", "fake"},
                           {"X-Long-Header-Name", "padded"},
                           {"Content-Length", QByteArray::number(body.size())}};
    QCOMPARE(requests[0].headers, expected);
    QCOMPARE(requests[1].method, QByteArray("GET"));
    QVERIFY(requests[1].body.isEmpty());
    QCOMPARE(requests[2].body, QByteArray("abc"));
    QCOMPARE(server.activeConnections(), 1);
}

void TstFakeHttpServer::badRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400;
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost fake\r\n\r\n") << 400;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n") << 400;
    QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n") << 400;
    QTest::newRow("conflicting lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400;
    QTest::newRow("body too large")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n") << 413;
    QTest::newRow("head too large")
        << (QByteArray("GET / HTTP/1.1\r\nX-Big: ") + QByteArray(70 * 1024, 'a')) << 431;
    QTest::newRow("chunked")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n") << 501;
}

void TstFakeHttpServer::badRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);

    FakeHttpServer server(FakeHttpServer::Mode::Http);
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connectTo(server));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("refusing request: ") + QString::number(status)));
    client.write(request);
    RawResponse response;
    QTRY_VERIFY(client.hasResponse());
    QVERIFY(client.take(response));
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(server.activeConnections(), 0);
    QVERIFY(server.requests().isEmpty());
}

void TstFakeHttpServer::connectionClose_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("Connection: close")
        << QByteArray("GET /a HTTP/1.1\r\nConnection: Keep-Alive, Close\r\n\r\n");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /a HTTP/1.0\r\n\r\n");
}

void TstFakeHttpServer::connectionClose()
{
    QFETCH(QByteArray, request);
    FakeHttpServer server(FakeHttpServer::Mode::Http);
    FakeReply reply;
    reply.body = "bye";
    reply.delayMs = 20;
    server.setReply(reply);
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connectTo(server));
    client.write(request);
    RawResponse response;
    QTRY_VERIFY(client.hasResponse());
    QVERIFY(client.take(response));
    QCOMPARE(response.body, QByteArray("bye"));
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(server.activeConnections(), 0);
    QCOMPARE(server.requests().size(), 1);
}

void TstFakeHttpServer::keepAliveWithQnam()
{
    FakeHttpServer server;
    server.setHandler([](const RecordedRequest &r) {
        FakeReply reply;
        reply.body = "body of " + r.path.toUtf8();
        return reply;
    });
    QVERIFY(server.listen());

    // Sequential requests, one of them HEAD: its reply must carry no body, or the next one breaks.
    const QList<QByteArray> methods{"GET", "HEAD", "GET", "POST", "GET"};
    for (qsizetype i = 0; i < methods.size(); ++i) {
        const QString path = QStringLiteral("/r") + QString::number(i);
        const QNetworkRequest req = request(at(server, path));
        // A custom "HEAD" verb would make QNAM wait for a body: use head() itself.
        std::unique_ptr<QNetworkReply> reply(methods[i] == "HEAD" ? m_nam->head(req)
                                             : m_nam->sendCustomRequest(req, methods[i], QByteArray("x")));
        QVERIFY2(waitFinished(reply.get()), methods[i].constData());
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        const QByteArray expected = methods[i] == "HEAD" ? QByteArray() : QByteArray("body of " + path.toUtf8());
        QCOMPARE(reply->readAll(), expected);
    }
    QCOMPARE(server.requests().size(), methods.size());
    QCOMPARE(server.activeConnections(), 1); // QNAM reused one kept-alive connection
    QCOMPARE(server.maxConcurrentRequests(), 1);
}

void TstFakeHttpServer::concurrentRequests()
{
    FakeHttpServer server;
    server.setHandler([](const RecordedRequest &r) {
        FakeReply reply;
        reply.body = r.path.toUtf8();
        // Long enough for the fourth connection to be set up before the first reply leaves,
        // even in an ASan build on a busy machine (300 ms was not).
        reply.delayMs = 1500;
        return reply;
    });
    QVERIFY(server.listen());

    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 4; ++i)
        replies.emplace_back(m_nam->get(request(at(server, QStringLiteral("/c") + QString::number(i)))));
    for (int i = 0; i < 4; ++i) {
        QNetworkReply *reply = replies[size_t(i)].get();
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->readAll(), QByteArray("/c" + QByteArray::number(i)));
    }
    QCOMPARE(server.requests().size(), 4);
    QCOMPARE(server.maxConcurrentRequests(), 4);
    QCOMPARE(server.activeConnections(), 4);

    server.clearRequests();
    QVERIFY(server.requests().isEmpty());
    QCOMPARE(server.maxConcurrentRequests(), 0);
}

void TstFakeHttpServer::delayedReplyTimesOut()
{
    FakeHttpServer server;
    FakeReply slow;
    slow.delayMs = 8000;
    server.setReply(slow);
    QVERIFY(server.listen());

    QNetworkRequest req = request(at(server, QStringLiteral("/slow")));
    // Long enough for the request to reach the server first on a loaded machine (200 ms was not
    // under ASan), far below the reply's delay.
    req.setTransferTimeout(1500);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(m_nam->get(req));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QVERIFY(timer.elapsed() < 6000);
    QCOMPARE(server.requests().size(), 1);
    // The client gave up: the server forgets the connection and its pending reply.
    QTRY_COMPARE(server.activeConnections(), 0);

    server.setReply(FakeReply{});
    std::unique_ptr<QNetworkReply> next(m_nam->get(request(at(server, QStringLiteral("/fast")))));
    QVERIFY(waitFinished(next.get()));
    QCOMPARE(next->error(), QNetworkReply::NoError);
}

void TstFakeHttpServer::destroyedWithPendingReply()
{
    auto server = std::make_unique<FakeHttpServer>(FakeHttpServer::Mode::Http);
    FakeReply slow;
    slow.delayMs = 5000;
    server->setReply(slow);
    QVERIFY(server->listen());
    RawClient client;
    QVERIFY(client.connectTo(*server));
    client.write("GET /pending HTTP/1.1\r\nHost: fake\r\n\r\n");
    QTRY_COMPARE(server->requests().size(), 1);
    server.reset();
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(client.pending().isEmpty());
}

void TstFakeHttpServer::tlsVerification_data()
{
    QTest::addColumn<bool>("untrustedCertificate");
    QTest::addColumn<QStringList>("caFiles");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("test CA trusted") << false << QStringList{FakeHttpServer::caFile()} << true;
    QTest::newRow("system CAs only") << false << QStringList{} << false;
    QTest::newRow("untrusted certificate") << true << QStringList{FakeHttpServer::caFile()} << false;
    // Proves the untrusted certificate is otherwise fine: only its issuer makes it fail.
    QTest::newRow("untrusted certificate, its CA trusted")
        << true << QStringList{FakeHttpServer::untrustedCaFile()} << true;
}

void TstFakeHttpServer::tlsVerification()
{
    QFETCH(bool, untrustedCertificate);
    QFETCH(QStringList, caFiles);
    QFETCH(bool, accepted);

    FakeHttpServer server;
    if (untrustedCertificate)
        server.useUntrustedCertificate();
    QVERIFY(server.listen());

    QList<QSslError> sslErrors;
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request(at(server, QStringLiteral("/tls")), caFiles)));
    connect(reply.get(), &QNetworkReply::sslErrors, this,
            [&sslErrors](const QList<QSslError> &errors) { sslErrors += errors; });
    QVERIFY(waitFinished(reply.get()));

    if (accepted) {
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QVERIFY(sslErrors.isEmpty());
        QCOMPARE(server.requests().size(), 1);
        return;
    }
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!sslErrors.isEmpty());
    bool untrusted = false;
    for (const QSslError &error : std::as_const(sslErrors)) {
        untrusted = untrusted || error.error() == QSslError::UnableToGetLocalIssuerCertificate
                    || error.error() == QSslError::CertificateUntrusted
                    || error.error() == QSslError::UnableToVerifyFirstCertificate;
        QVERIFY2(error.error() != QSslError::HostNameMismatch, qPrintable(error.errorString()));
    }
    QVERIFY(untrusted);
    QVERIFY(server.requests().isEmpty());
    QTRY_COMPARE(server.activeConnections(), 0);
}

void TstFakeHttpServer::ipv6Loopback()
{
    FakeHttpServer server;
    if (!server.listen(QHostAddress::LocalHostIPv6))
        QSKIP("this machine cannot listen on ::1");
    QCOMPARE(server.baseUrl().toString(), QStringLiteral("https://[::1]:") + QString::number(server.port()));

    const QUrl url = at(server, QStringLiteral("/v6?myip=2a02:8070:d18f:5a00::10"));
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request(url)));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().queryValue(QStringLiteral("myip")),
             QStringLiteral("2a02:8070:d18f:5a00::10"));
}

QTEST_GUILESS_MAIN(TstFakeHttpServer)
#include "tst_fakehttpserver.moc"
