// A GET that leaves from a chosen local address, for detectors on routers with several uplinks.
// QNetworkAccessManager cannot bind a local address, so this is a minimal HTTP/1.1 client over a
// socket bound before it connects. It keeps HttpClient's rules: TLS verification always on (the
// configured CAs only add trust), plain http only when allowed, the same size cap and timeout,
// redirects only within the origin and only when the request allows them; no proxy.
#include "net/httpclient.h"

#include "core/logging.h"
#include "core/redact.h"
#include "core/version.h"

#include <QHostInfo>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace Qddns {

namespace {

constexpr int kMaxRedirects = 5;
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

bool isRedirect(int status) { return status == 301 || status == 302 || status == 303 || status == 307 || status == 308; }

int defaultPort(const QUrl &url) { return url.scheme() == QLatin1String("https") ? 443 : 80; }

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

// One exchange, start to end; deletes itself after calling back.
class BoundGet : public QObject
{
public:
    BoundGet(const QHostAddress &source, const HttpRequest &request, const HttpClient::Options &options,
             const QList<QSslCertificate> &cas, std::chrono::milliseconds timeout, QObject *context,
             HttpClient::Callback done, QObject *parent)
        : QObject(parent), m_source(source), m_request(request), m_options(options), m_cas(cas), m_context(context),
          m_done(std::move(done)), m_url(request.url), m_timeoutMs(timeout)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            fail(QStringLiteral("no answer from %1 within %2 s").arg(m_url.host()).arg(double(m_timeoutMs.count()) / 1000));
        });
    }

    void start()
    {
        m_timer.start(m_timeoutMs);
        attempt();
    }

private:
    void attempt()
    {
        const QHostAddress literal(m_url.host());
        if (!literal.isNull()) {
            connectTo(literal);
            return;
        }
        QHostInfo::lookupHost(m_url.host(), this, [this](const QHostInfo &info) {
            for (const QHostAddress &a : info.addresses()) {
                if (a.protocol() == m_source.protocol()) {
                    connectTo(a);
                    return;
                }
            }
            fail(info.error() != QHostInfo::NoError
                     ? QStringLiteral("%1: %2").arg(m_url.host(), info.errorString())
                     : QStringLiteral("%1 has no address of the family of %2").arg(m_url.host(), m_source.toString()));
        });
    }

    void connectTo(const QHostAddress &address)
    {
        const bool tls = m_url.scheme() == QLatin1String("https");
        QAbstractSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
        if (m_socket)
            m_socket->deleteLater();
        m_socket = socket;
        m_buffer.clear();
        socket->setProxy(QNetworkProxy::NoProxy);
        if (!socket->bind(m_source, 0)) {
            fail(QStringLiteral("cannot send from %1: %2 (is it an address of this machine?)").arg(m_source.toString(), socket->errorString()));
            return;
        }
        connect(socket, &QAbstractSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { onReadable(socket, true); });
        connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError e) {
            if (socket != m_socket)
                return;
            if (e == QAbstractSocket::RemoteHostClosedError) {
                onReadable(socket, true);
                return;
            }
            fail(QStringLiteral("%1: %2").arg(m_url.host(), m_sslErrors.isEmpty() ? socket->errorString() : m_sslErrors));
        });
        const quint16 port = quint16(m_url.port(defaultPort(m_url)));
        qCDebug(lcHttp).noquote() << "GET" << redactUrl(m_url, m_options.secrets) << "from" << m_source.toString();
        if (tls) {
            auto *ssl = static_cast<QSslSocket *>(socket);
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.addCaCertificates(m_cas);
            configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
            ssl->setSslConfiguration(configuration);
            connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
                QStringList texts;
                for (const QSslError &e : errors)
                    texts << e.errorString();
                m_sslErrors = texts.join(QStringLiteral("; ")); // never ignored: the handshake fails
            });
            connect(ssl, &QSslSocket::encrypted, this, [this, socket] { sendRequest(socket); });
            ssl->connectToHostEncrypted(address.toString(), port, m_url.host());
        } else {
            connect(socket, &QAbstractSocket::connected, this, [this, socket] { sendRequest(socket); });
            socket->connectToHost(address, port);
        }
    }

    void sendRequest(QAbstractSocket *socket)
    {
        QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (m_url.hasQuery())
            target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
        QByteArray host = QUrl::toAce(m_url.host());
        if (host.isEmpty())
            host = m_url.host().toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']';
        if (m_url.port(defaultPort(m_url)) != defaultPort(m_url))
            host += ':' + QByteArray::number(m_url.port());
        QByteArray head = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " QDDNS_USER_AGENT "\r\n";
        for (const auto &[name, value] : std::as_const(m_request.headers))
            head += name + ": " + value + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
    }

    // Parses what has arrived; at \a eof a body without length ends here.
    void onReadable(QAbstractSocket *socket, bool eof = false)
    {
        if (socket != m_socket || m_finished)
            return;
        m_buffer += socket->readAll();
        if (m_buffer.size() > HttpClient::kMaxReplyBytes + kMaxHeaderBytes) {
            fail(HttpClient::tooLargeMessage(m_url.host()));
            return;
        }
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (eof || m_buffer.size() > kMaxHeaderBytes)
                fail(QStringLiteral("%1 sent no valid HTTP reply").arg(m_url.host()));
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        bool ok = false;
        HttpReply reply;
        reply.status = statusLine.value(1).toInt(&ok);
        if (!statusLine.first().startsWith("HTTP/1.") || !ok || reply.status < 100 || reply.status > 599) {
            fail(QStringLiteral("%1 sent no valid HTTP reply").arg(m_url.host()));
            return;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                reply.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        const QByteArray rest = m_buffer.mid(headEnd + 4);
        if (reply.header("Transfer-Encoding").toLower().contains("chunked")) {
            const auto body = dechunk(rest);
            if (!body) {
                if (eof)
                    fail(QStringLiteral("%1 closed the connection inside a chunked reply").arg(m_url.host()));
                return;
            }
            reply.body = *body;
        } else if (!reply.header("Content-Length").isEmpty()) {
            const qint64 length = reply.header("Content-Length").toLongLong(&ok);
            if (!ok || length < 0 || length > HttpClient::kMaxReplyBytes) {
                fail(!ok || length < 0 ? QStringLiteral("%1 sent an invalid Content-Length").arg(m_url.host())
                                       : HttpClient::tooLargeMessage(m_url.host()));
                return;
            }
            if (rest.size() < length) {
                if (eof)
                    fail(QStringLiteral("%1 closed the connection before the whole reply").arg(m_url.host()));
                return;
            }
            reply.body = rest.left(length);
        } else {
            if (!eof)
                return;
            reply.body = rest;
        }
        if (reply.body.size() > HttpClient::kMaxReplyBytes) {
            fail(HttpClient::tooLargeMessage(m_url.host()));
            return;
        }
        if (isRedirect(reply.status) && m_options.followRedirects) {
            const QUrl next = m_url.resolved(QUrl(QString::fromLatin1(reply.header("Location"))));
            if (sameOrigin(next, m_url) && m_redirects < kMaxRedirects) {
                ++m_redirects;
                m_url = next;
                m_socket->disconnect(this);
                m_socket->abort();
                attempt();
                return;
            }
            fail(QStringLiteral("%1 redirects to %2: only redirects within the same origin are followed, at most %3")
                     .arg(m_url.host(), redactUrl(next, m_options.secrets)).arg(kMaxRedirects));
            return;
        }
        finish(reply);
    }

    // The body of a complete chunked message; nullopt while incomplete or malformed.
    static std::optional<QByteArray> dechunk(const QByteArray &data)
    {
        QByteArray body;
        qsizetype at = 0;
        while (true) {
            const qsizetype lineEnd = data.indexOf("\r\n", at);
            if (lineEnd < 0)
                return std::nullopt;
            bool ok = false;
            const qint64 size = data.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || size > HttpClient::kMaxReplyBytes)
                return std::nullopt;
            at = lineEnd + 2;
            if (size == 0)
                return body;
            if (data.size() < at + size + 2)
                return std::nullopt;
            body += data.mid(at, size);
            at += size + 2;
        }
    }

    void fail(const QString &error)
    {
        HttpReply reply;
        reply.error = redactText(error, m_options.secrets);
        finish(reply);
    }

    void finish(const HttpReply &reply)
    {
        if (std::exchange(m_finished, true))
            return;
        m_timer.stop();
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
        }
        qCDebug(lcHttp).noquote() << "reply" << reply.status << reply.body.size() << "bytes from"
                                  << redactUrl(m_url, m_options.secrets) << "via" << m_source.toString() << reply.error;
        if (m_context)
            m_done(reply);
        deleteLater();
    }

    QHostAddress m_source;
    HttpRequest m_request;
    HttpClient::Options m_options;
    QList<QSslCertificate> m_cas;
    QPointer<QObject> m_context;
    HttpClient::Callback m_done;
    QUrl m_url;
    std::chrono::milliseconds m_timeoutMs;
    QTimer m_timer;
    QAbstractSocket *m_socket = nullptr;
    QByteArray m_buffer;
    QString m_sslErrors;
    int m_redirects = 0;
    bool m_finished = false;
};

} // namespace

void HttpClient::sendFrom(const QHostAddress &source, const HttpRequest &request, const Options &options, QObject *context,
                          Callback done)
{
    QString refusal;
    if (request.method != "GET")
        refusal = QStringLiteral("only GET requests can leave from a chosen address");
    else if (request.url.scheme() == QLatin1String("http") && !options.allowInsecureHttp)
        refusal = QStringLiteral("refusing plain http:// (%1): it would travel unencrypted; use https://, or set "
                                 "\"allowInsecureHttp\": true (meant for loopback test servers)")
                      .arg(redactUrl(request.url, options.secrets));
    else if (request.url.scheme() != QLatin1String("https") && request.url.scheme() != QLatin1String("http"))
        refusal = QStringLiteral("refusing a non-HTTP URL (%1)").arg(redactUrl(request.url, options.secrets));
    if (!refusal.isEmpty()) {
        HttpReply reply;
        reply.error = refusal;
        QTimer::singleShot(0, context, [done = std::move(done), reply] { done(reply); });
        return;
    }
    auto *get = new BoundGet(source, request, options, m_extraCas, m_timeout, context, std::move(done), this);
    get->start();
}

} // namespace Qddns
