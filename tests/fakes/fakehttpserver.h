#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QTcpServer;

namespace Qddns::Test {

/// \brief One HTTP request as the fake server received it.
struct RecordedRequest
{
    QByteArray method;            // "GET"
    QByteArray target;            // raw request target, e.g. "/nic/update?hostname=a&myip=1.2.3.4"
    QString path;                 // percent-decoded path, without the query
    QUrlQuery query;              // parsed query, with QUrlQuery's own semantics ('+' stays '+')
    QList<std::pair<QByteArray, QByteArray>> headers;  // as received, in order, values trimmed
    QByteArray body;
    QHostAddress peer;            // the client's address as the server saw it

    /// \brief Value of the first header called \a name (case-insensitive); empty if absent.
    QByteArray header(const QByteArray &name) const;
    /// \brief Value of the first query item \a key, decoded as a web server would:
    /// '+' is a space, then percent-decoding, then UTF-8. Null if absent, empty if "key=" or "key".
    QString queryValue(const QString &key) const;
};

/// \brief What the fake server answers.
struct FakeReply
{
    int status = 200;
    QByteArray body;
    // Sent in this order. Content-Type defaults to "text/plain" when absent.
    // Content-Length and Connection are always set by the server (given ones are dropped).
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;              // answer after this delay (to test timeouts / concurrency)
    /// \brief How the answer goes wrong on the wire (fault injection).
    enum class Fault {
        None,
        Hang,     ///< never answer; the connection stays open until the client gives up
        Reset,    ///< close the connection with a TCP reset instead of answering
        Truncate, ///< announce the whole body, send its first half, then close
    };
    Fault fault = Fault::None;
};

class FakeHttpConnection;

/// \brief In-process HTTP/1.1 server on loopback standing in for DNS providers and IP echo services.
///
/// Records every request and answers from a handler or a fixed reply (default: 200 with an empty
/// body). Connections are kept alive (HTTP/1.1, unless the client sends "Connection: close"),
/// requests on one connection are answered in order. In Https mode it presents
/// tests/data/tls/server.pem, signed by caFile(); call useUntrustedCertificate() to present a
/// certificate signed by a CA nobody trusts instead.
/// Limits: 64 KiB of request line + headers (431), 4 MiB of body (413); chunked request bodies
/// are refused (501); malformed requests get 400. Each of these closes the connection.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Http, Https };

    explicit FakeHttpServer(Mode mode = Mode::Https, QObject *parent = nullptr);
    ~FakeHttpServer() override;

    /// \brief Starts listening; port 0 picks a free port. False (with a warning) on failure.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    /// \brief "https://127.0.0.1:<port>" (or http, or "https://[::1]:<port>" when listening on ::1).
    QUrl baseUrl() const;

    using Handler = std::function<FakeReply(const RecordedRequest &)>;
    /// \brief Answers each request with \a handler; replaces any earlier handler or reply.
    void setHandler(Handler handler);
    /// \brief Same answer for every request; replaces any earlier handler or reply.
    void setReply(const FakeReply &reply);

    /// \brief Https only: present untrusted-server.pem (signed by untrustedCaFile(), same names
    /// as the trusted one) to connections accepted from now on, to prove verification is on.
    void useUntrustedCertificate();
    /// \brief Https only: present the PEM certificate \a certFile with the EC key \a keyFile (a
    /// test's own, e.g. an expired one) to connections accepted from now on. False if unreadable.
    bool useCertificate(const QString &certFile, const QString &keyFile);

    QList<RecordedRequest> requests() const;
    /// \brief Forgets the recorded requests and restarts maxConcurrentRequests() from the
    /// number of requests in progress now.
    void clearRequests();
    /// \brief Open client connections, including those still in the TLS handshake.
    int activeConnections() const;
    /// \brief Connections accepted since the server started (TLS handshakes that fail included).
    int acceptedConnections() const;
    /// \brief Highest number of requests in progress at once (received, reply not yet written).
    int maxConcurrentRequests() const;

    /// \brief Absolute path of the test CA certificate (PEM) trusted via the agent's tls.caFile.
    static QString caFile();
    /// \brief Absolute path of the CA that signed the untrusted certificate (trusted by no one).
    static QString untrustedCaFile();

Q_SIGNALS:
    void requestReceived(const Qddns::Test::RecordedRequest &request);

private:
    friend class FakeHttpConnection;

    void acceptConnection(qintptr socketDescriptor);
    FakeReply dispatch(const RecordedRequest &request);
    void requestStarted();
    void requestFinished();
    void connectionClosed(FakeHttpConnection *connection);
    bool loadCertificate(const QString &certFile, const QString &keyFile);

    Mode m_mode;
    QTcpServer *m_listener = nullptr;
    QSslConfiguration m_sslConfiguration;
    bool m_sslReady = false;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QList<FakeHttpConnection *> m_connections;
    int m_inProgress = 0;
    int m_maxInProgress = 0;
    int m_accepted = 0;
};

} // namespace Qddns::Test

Q_DECLARE_METATYPE(Qddns::Test::RecordedRequest)
