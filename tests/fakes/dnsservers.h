#pragma once

#include "dns/dnsmessage.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

// DNS servers for tests, all on loopback: real authoritative servers from Debian's packages
// (BIND 9, Knot DNS, PowerDNS) with a TSIG-protected zone, and an in-process responder that
// answers whatever a test scripts.
namespace Qddns::Test {

/// \brief A TSIG key the server accepts for updates of its zone.
struct DnsTestKey
{
    QString name;          ///< "ddns-hmac-sha256"
    QString algorithm;     ///< "hmac-sha256"
    QByteArray secret;     ///< base64, as tsig-keygen prints it
};

/// \brief A real DNS server process serving zone example.test on 127.0.0.1:port() from a
/// temporary folder, with one update key per TSIG algorithm (hmac-sha256, -sha512, -sha384,
/// -sha224, -sha1). The zone starts with its SOA, NS ns1.example.test and ns1 A 127.0.0.1.
/// Started by start(), stopped by stop() or the destructor.
class DnsTestServer
{
public:
    virtual ~DnsTestServer();
    DnsTestServer(const DnsTestServer &) = delete;
    DnsTestServer &operator=(const DnsTestServer &) = delete;

    /// \brief "bind", "knot" or "pdns"; nullptr for another name.
    static std::unique_ptr<DnsTestServer> create(const QString &kind);

    /// \brief Non-empty when the server's programs are not installed: QSKIP with it.
    QString skipReason() const;
    /// \brief Writes the configuration, starts the server and waits until it answers the zone's
    /// SOA (polling with queries, no sleeps). False with error() on failure.
    bool start();
    void stop();

    virtual QString displayName() const = 0;  ///< "BIND 9"
    QString error() const { return m_error; }
    /// \brief What the server printed, for failure messages.
    QString output() const;
    quint16 port() const { return m_port; }
    QHostAddress address() const { return QHostAddress::LocalHost; }
    QString zone() const { return QStringLiteral("example.test"); }
    QString folder() const { return m_dir.path(); }
    QList<DnsTestKey> keys() const { return m_keys; }
    /// \brief The key for \a algorithm (default hmac-sha256).
    DnsTestKey key(const QString &algorithm = QStringLiteral("hmac-sha256")) const;
    /// \brief The server's HTTP API on 127.0.0.1 (PowerDNS: webserver and api on, plain HTTP), or
    /// 0 for a server without one.
    virtual quint16 apiPort() const { return 0; }
    /// \brief The key the HTTP API wants in X-API-Key (random per server).
    virtual QByteArray apiKey() const { return {}; }

protected:
    DnsTestServer();
    virtual QStringList requiredPrograms() const = 0;
    /// \brief Writes the configuration into folder() for port(); may run setup tools.
    virtual bool prepare(QString &error) = 0;
    virtual QString program() const = 0;
    virtual QStringList arguments() const = 0;
    /// \brief The zone file's text (SOA, NS, glue), shared by the servers that read zone files.
    QString zoneFileText() const;
    bool writeFile(const QString &name, const QString &text, QString &error) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    bool startOnce();
    bool waitUntilServing();

    QTemporaryDir m_dir;
    QList<DnsTestKey> m_keys;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
};

/// \brief One request the responder received.
struct ReceivedDnsRequest
{
    QByteArray wire;
    Dns::Message message;  ///< decoded (empty if the bytes did not decode)
    bool decoded = false;
    bool viaTcp = false;
    QHostAddress peer;
    quint16 peerPort = 0;
};

/// \brief An in-process DNS responder on loopback (UDP and TCP on the same port): every request is
/// recorded and answered with the bytes the handler returns (no bytes: no answer).
class FakeDnsResponder : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<QList<QByteArray>(const ReceivedDnsRequest &request)>;

    explicit FakeDnsResponder(QObject *parent = nullptr);
    ~FakeDnsResponder() override;

    /// \brief Listens on UDP and TCP at \a address, on \a port (0: a free one).
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// \brief Over TCP, send each reply's first byte alone and the rest 20 ms later, so the client
    /// must join a frame from pieces.
    void setSplitTcpReplies(bool split) { m_splitTcp = split; }
    const QList<ReceivedDnsRequest> &requests() const { return m_requests; }

    /// \brief Sends \a bytes to \a port from a second socket (another source port), as a forger would.
    void sendFromOtherPort(const QByteArray &bytes, const QHostAddress &to, quint16 port);

    /// \brief A response skeleton for \a request: same id, opcode and questions, QR set.
    static Dns::Message replyTo(const Dns::Message &request);
    /// \brief Encodes \a message (without compression errors: fails the test's expectations loudly).
    static QByteArray encode(const Dns::Message &message);

private:
    void onDatagrams();
    void onTcpConnection();
    void onTcpData(QTcpSocket *socket);
    ReceivedDnsRequest record(const QByteArray &wire, bool viaTcp, const QHostAddress &peer, quint16 peerPort);

    QHostAddress m_address;
    quint16 m_port = 0;
    QUdpSocket *m_udp = nullptr;
    QUdpSocket *m_other = nullptr;
    QTcpServer *m_tcp = nullptr;
    Handler m_handler;
    bool m_splitTcp = false;
    QList<ReceivedDnsRequest> m_requests;
};

} // namespace Qddns::Test
