#include "fakes/fakehttpserver.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#include <sys/socket.h>

namespace Qddns::Test {

namespace {

Q_LOGGING_CATEGORY(lcFakeHttp, "qddns.test.fakehttp", QtWarningMsg)

constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 4 * 1024 * 1024;

QString tlsFile(const QString &name)
{
    return QStringLiteral(QDDNS_TEST_DATA "/tls/") + name;
}

bool sameName(const QByteArray &a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// application/x-www-form-urlencoded decoding, as the web servers behind real providers do:
// an unencoded '+' sent by qddns arrives as a space there, so it must here too.
QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    return decoded.isNull() ? QStringLiteral("") : decoded;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Unknown";
    }
}

// Hands accepted descriptors to FakeHttpServer, which wraps them in QSslSocket when needed.
class Listener : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> accept, QObject *parent)
        : QTcpServer(parent), m_accept(std::move(accept))
    {
    }

protected:
    void incomingConnection(qintptr socketDescriptor) override { m_accept(socketDescriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

QString RecordedRequest::queryValue(const QString &key) const
{
    const qsizetype mark = target.indexOf('?');
    if (mark < 0)
        return {};
    const QList<QByteArray> items = target.mid(mark + 1).split('&');
    for (const QByteArray &item : items) {
        const qsizetype eq = item.indexOf('=');
        if (formDecode(eq < 0 ? item : item.left(eq)) == key)
            return formDecode(eq < 0 ? QByteArray() : item.mid(eq + 1));
    }
    return {};
}

// One client connection. Requests are read strictly one after the other: the next one is parsed
// only once the reply to the previous one is written, so pipelined requests are answered in order.
class FakeHttpConnection : public QObject
{
public:
    FakeHttpConnection(FakeHttpServer *server, QTcpSocket *socket);
    void close();

private:
    enum class State { Head, Body, Replying, Closing };

    void onReadyRead();
    void processBuffer();
    bool parseHead(const QByteArray &head);
    void dispatch();
    void sendReply(const FakeReply &reply);
    void fail(int status, const QByteArray &message);

    FakeHttpServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    State m_state = State::Head;
    RecordedRequest m_request;
    qsizetype m_bodyLength = 0;
    bool m_closeAfterReply = false;
    bool m_inProgress = false;
    bool m_closed = false;
};

FakeHttpConnection::FakeHttpConnection(FakeHttpServer *server, QTcpSocket *socket)
    : QObject(server), m_server(server), m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeHttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &FakeHttpConnection::close);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcFakeHttp) << "connection error:" << m_socket->errorString();
        close();
    });
}

void FakeHttpConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_state = State::Closing;
    if (m_inProgress) {
        m_inProgress = false;
        m_server->requestFinished();
    }
    m_server->connectionClosed(this);
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    deleteLater();
}

void FakeHttpConnection::onReadyRead()
{
    if (m_closed)
        return;
    const QByteArray data = m_socket->readAll();
    qCDebug(lcFakeHttp) << "read" << data.size() << "bytes";
    m_buffer += data;
    // Bounds what a client may send ahead while a (delayed) reply is pending.
    if (m_buffer.size() > MaxHeadBytes + MaxBodyBytes) {
        qCWarning(lcFakeHttp) << "client sent too much data ahead; closing";
        close();
        return;
    }
    processBuffer();
}

void FakeHttpConnection::processBuffer()
{
    while (!m_closed) {
        if (m_state == State::Head) {
            // RFC 9112 2.2: ignore empty lines before a request line.
            qsizetype skip = 0;
            while (skip < m_buffer.size() && (m_buffer[skip] == '\r' || m_buffer[skip] == '\n'))
                ++skip;
            m_buffer.remove(0, skip);

            // The head ends with an empty line; accept bare LF as well as CRLF.
            qsizetype headEnd = -1;
            for (qsizetype pos = m_buffer.indexOf('\n'); pos >= 0; pos = m_buffer.indexOf('\n', pos + 1)) {
                if (pos + 1 < m_buffer.size() && m_buffer[pos + 1] == '\n') {
                    headEnd = pos + 2;
                    break;
                }
                if (pos + 2 < m_buffer.size() && m_buffer[pos + 1] == '\r' && m_buffer[pos + 2] == '\n') {
                    headEnd = pos + 3;
                    break;
                }
            }
            if (headEnd < 0 ? m_buffer.size() > MaxHeadBytes : headEnd > MaxHeadBytes) {
                fail(431, "request line and headers too large");
                return;
            }
            if (headEnd < 0)
                return;
            const QByteArray head = m_buffer.left(headEnd);
            m_buffer.remove(0, headEnd);
            if (!parseHead(head))
                return;
            m_state = State::Body;
        }
        if (m_state == State::Body) {
            if (m_buffer.size() < m_bodyLength)
                return;
            m_request.body = m_buffer.left(m_bodyLength);
            m_buffer.remove(0, m_bodyLength);
            dispatch();
        }
        if (m_state != State::Head)
            return;
    }
}

bool FakeHttpConnection::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();

    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty()
        || !requestLine[2].startsWith("HTTP/1.")) {
        fail(400, "malformed request line");
        return false;
    }

    m_request = RecordedRequest();
    m_request.peer = m_socket->peerAddress();
    m_request.method = requestLine[0];
    m_request.target = requestLine[1];
    const bool http10 = requestLine[2] == "HTTP/1.0";

    qint64 contentLength = -1;
    bool keepAliveRequested = false;
    m_closeAfterReply = false;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // Leading whitespace is obsolete line folding; whitespace before ':' is forbidden.
        if (colon <= 0 || line[0] == ' ' || line[0] == '\t' || line.left(colon).contains(' ')
            || line.left(colon).contains('\t')) {
            fail(400, "malformed header line");
            return false;
        }
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        m_request.headers.append({name, value});

        if (sameName(name, "Content-Length")) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (contentLength >= 0 && contentLength != length)) {
                fail(400, "bad Content-Length");
                return false;
            }
            contentLength = length;
        } else if (sameName(name, "Transfer-Encoding")) {
            fail(501, "Transfer-Encoding is not supported by the fake server");
            return false;
        } else if (sameName(name, "Connection")) {
            const QList<QByteArray> tokens = value.split(',');
            for (const QByteArray &token : tokens) {
                if (sameName(token.trimmed(), "close"))
                    m_closeAfterReply = true;
                else if (sameName(token.trimmed(), "keep-alive"))
                    keepAliveRequested = true;
            }
        } else if (sameName(name, "Expect") && sameName(value, "100-continue")) {
            expectContinue = true;
        }
    }
    if (http10 && !keepAliveRequested)
        m_closeAfterReply = true;
    if (contentLength > MaxBodyBytes) {
        fail(413, "request body too large");
        return false;
    }
    m_bodyLength = std::max<qint64>(contentLength, 0);

    const qsizetype mark = m_request.target.indexOf('?');
    m_request.path = QUrl::fromPercentEncoding(mark < 0 ? m_request.target : m_request.target.left(mark));
    if (mark >= 0)
        m_request.query = QUrlQuery(QString::fromUtf8(m_request.target.mid(mark + 1)));

    if (expectContinue && m_bodyLength > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

void FakeHttpConnection::dispatch()
{
    m_state = State::Replying;
    m_inProgress = true;
    m_server->requestStarted();
    const FakeReply reply = m_server->dispatch(m_request);
    if (m_closed)
        return;
    if (reply.fault == FakeReply::Fault::Hang)
        return; // the request stays in progress until the client closes the connection
    if (reply.fault == FakeReply::Fault::Reset) {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const linger hard{1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        close();
        return;
    }
    if (reply.delayMs <= 0) {
        sendReply(reply);
        return;
    }
    QTimer::singleShot(reply.delayMs, this, [this, reply] {
        if (m_closed)
            return;
        sendReply(reply);
        processBuffer();
    });
}

void FakeHttpConnection::sendReply(const FakeReply &reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status)
                     + "\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : reply.headers) {
        if (sameName(name, "Content-Length") || sameName(name, "Connection"))
            continue;
        hasContentType = hasContentType || sameName(name, "Content-Type");
        out += name + ": " + value + "\r\n";
    }
    if (!hasContentType)
        out += "Content-Type: text/plain\r\n";
    const bool bodyAllowed = reply.status >= 200 && reply.status != 204 && reply.status != 304;
    if (bodyAllowed)
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += m_closeAfterReply ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    const bool truncate = reply.fault == FakeReply::Fault::Truncate;
    if (bodyAllowed && m_request.method != "HEAD")
        out += truncate ? reply.body.left(reply.body.size() / 2) : reply.body;
    m_socket->write(out);
    if (truncate)
        m_closeAfterReply = true; // the client sees the connection end before the body does

    if (m_inProgress) {
        m_inProgress = false;
        m_server->requestFinished();
    }
    if (m_closeAfterReply) {
        m_state = State::Closing;
        m_socket->disconnectFromHost(); // flushes the reply first; close() follows on disconnected
    } else {
        m_state = State::Head;
    }
}

void FakeHttpConnection::fail(int status, const QByteArray &message)
{
    qCWarning(lcFakeHttp) << "refusing request:" << status << message;
    m_request.method = "GET"; // an error reply always carries its body
    m_closeAfterReply = true;
    FakeReply reply;
    reply.status = status;
    reply.body = message + '\n';
    sendReply(reply);
}

FakeHttpServer::FakeHttpServer(Mode mode, QObject *parent)
    : QObject(parent),
      m_mode(mode),
      m_listener(new Listener([this](qintptr fd) { acceptConnection(fd); }, this))
{
    if (m_mode == Mode::Https)
        m_sslReady = loadCertificate(tlsFile(QStringLiteral("server.pem")), tlsFile(QStringLiteral("server.key")));
}

FakeHttpServer::~FakeHttpServer()
{
    m_listener->close();
    // Connections never call back from their destructor, so deleting them here is safe.
    qDeleteAll(std::exchange(m_connections, {}));
}

bool FakeHttpServer::loadCertificate(const QString &certFile, const QString &keyFile)
{
    if (!QSslSocket::supportsSsl()) {
        qCWarning(lcFakeHttp) << "no TLS backend available; Https mode cannot work";
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certFile, QSsl::Pem);
    QFile key(keyFile);
    if (certificates.size() != 1 || !key.open(QIODevice::ReadOnly)) {
        qCWarning(lcFakeHttp) << "cannot read test certificate or key" << certFile << keyFile;
        return false;
    }
    const QSslKey privateKey(&key, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (privateKey.isNull()) {
        qCWarning(lcFakeHttp) << "cannot parse test key" << keyFile;
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.constFirst());
    configuration.setPrivateKey(privateKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    m_sslConfiguration = configuration;
    return true;
}

bool FakeHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_mode == Mode::Https && !m_sslReady) {
        qCWarning(lcFakeHttp) << "TLS material not loaded; not listening";
        return false;
    }
    if (!m_listener->listen(address, port)) {
        qCWarning(lcFakeHttp) << "cannot listen on" << address << port << m_listener->errorString();
        return false;
    }
    return true;
}

quint16 FakeHttpServer::port() const
{
    return m_listener->serverPort();
}

QUrl FakeHttpServer::baseUrl() const
{
    if (!m_listener->isListening())
        return {};
    QHostAddress host = m_listener->serverAddress();
    if (host == QHostAddress(QHostAddress::AnyIPv6))
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    else if (host == QHostAddress(QHostAddress::Any) || host == QHostAddress(QHostAddress::AnyIPv4))
        host = QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(m_mode == Mode::Https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

void FakeHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeHttpServer::setReply(const FakeReply &reply)
{
    m_handler = [reply](const RecordedRequest &) { return reply; };
}

void FakeHttpServer::useUntrustedCertificate()
{
    if (m_mode != Mode::Https) {
        qCWarning(lcFakeHttp) << "useUntrustedCertificate() needs Https mode";
        return;
    }
    m_sslReady = loadCertificate(tlsFile(QStringLiteral("untrusted-server.pem")),
                                 tlsFile(QStringLiteral("untrusted-server.key")));
}

bool FakeHttpServer::useCertificate(const QString &certFile, const QString &keyFile)
{
    if (m_mode != Mode::Https) {
        qCWarning(lcFakeHttp) << "useCertificate() needs Https mode";
        return false;
    }
    m_sslReady = loadCertificate(certFile, keyFile);
    return m_sslReady;
}

QList<RecordedRequest> FakeHttpServer::requests() const
{
    return m_requests;
}

void FakeHttpServer::clearRequests()
{
    m_requests.clear();
    m_maxInProgress = m_inProgress;
}

int FakeHttpServer::activeConnections() const
{
    return int(m_connections.size());
}

int FakeHttpServer::acceptedConnections() const
{
    return m_accepted;
}

int FakeHttpServer::maxConcurrentRequests() const
{
    return m_maxInProgress;
}

QString FakeHttpServer::caFile()
{
    return tlsFile(QStringLiteral("ca.pem"));
}

QString FakeHttpServer::untrustedCaFile()
{
    return tlsFile(QStringLiteral("untrusted-ca.pem"));
}

void FakeHttpServer::acceptConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = nullptr;
    QSslSocket *sslSocket = nullptr;
    if (m_mode == Mode::Https) {
        sslSocket = new QSslSocket;
        sslSocket->setSslConfiguration(m_sslConfiguration);
        socket = sslSocket;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcFakeHttp) << "cannot adopt accepted socket:" << socket->errorString();
        delete socket;
        return;
    }
    ++m_accepted;
    m_connections.append(new FakeHttpConnection(this, socket));
    if (sslSocket)
        sslSocket->startServerEncryption();
}

FakeReply FakeHttpServer::dispatch(const RecordedRequest &request)
{
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    // A copy: the handler may replace itself through setHandler().
    const Handler handler = m_handler;
    return handler ? handler(request) : FakeReply();
}

void FakeHttpServer::requestStarted()
{
    ++m_inProgress;
    m_maxInProgress = std::max(m_maxInProgress, m_inProgress);
}

void FakeHttpServer::requestFinished()
{
    --m_inProgress;
}

void FakeHttpServer::connectionClosed(FakeHttpConnection *connection)
{
    m_connections.removeOne(connection);
}

} // namespace Qddns::Test
