#pragma once

#include "dns/dnsmessage.h"
#include "dns/tsig.h"
#include "core/expected.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

namespace Qddns::Dns {

/// \brief A DNS server to talk to: a host name or an IP address, and a port.
struct ServerAddress
{
    QString host;  ///< "ns1.example.net", "127.0.0.1", "::1"
    quint16 port = 53;

    /// \brief Parses "host", "host:port", "1.2.3.4:53", "[::1]:5353" or a bare IPv6 address.
    static Expected<ServerAddress, QString> parse(const QString &text, quint16 defaultPort = 53);
    /// \brief "host:port", with brackets around an IPv6 address.
    QString toString() const;
};

/// \brief What one request ended with: a decoded reply, or an error text.
struct DnsReply
{
    QString error;        ///< empty when a reply arrived; otherwise what went wrong
    Message message;      ///< the decoded reply (its id and question match the request)
    QByteArray wire;      ///< the reply's bytes
    bool viaTcp = false;  ///< came over TCP (asked for, or after a truncated UDP reply)
    QHostAddress serverAddress;
    std::optional<TsigCheck> tsig;  ///< set when the request was signed: the reply's TSIG check

    bool ok() const { return error.isEmpty(); }
};

class DnsTransaction;

/// \brief Sends DNS messages over UDP and TCP: one request, one callback with the reply or an error.
///
/// Each request gets a random id and goes out from a random source port; only a datagram from the
/// server with that id, opcode and question is taken as the reply (others are logged and ignored).
/// UDP is retried after a timeout; a truncated (TC) reply is asked again over TCP, with the two-byte
/// length framing of RFC 1035 4.2.2. Replies larger than the cap are refused. With a TSIG key the
/// request is signed and the reply's TSIG checked (DnsReply::tsig): an unsigned or wrongly signed
/// reply is for the caller to refuse.
class DnsClient : public QObject
{
    Q_OBJECT
public:
    explicit DnsClient(QObject *parent = nullptr);
    ~DnsClient() override;

    struct Options
    {
        std::chrono::milliseconds timeout{2000};  ///< per attempt
        int udpRetries = 1;           ///< extra UDP attempts after a timeout
        bool tcpOnly = false;
        int maxReplyBytes = 65535;    ///< larger replies are an error
        std::optional<TsigKey> tsigKey;
        quint16 tsigFudge = 300;
        /// Seconds added to the clock when signing and checking: a retry after a server's signed
        /// BADTIME answer told how far its clock is from ours (RFC 8945 5.2.3).
        qint64 tsigClockOffset = 0;
    };
    using Callback = std::function<void(const DnsReply &)>;

    /// \brief Sends \a request (its id is replaced by a random one) to \a server. \a done runs once,
    /// from the event loop, unless \a context is gone. Returns a handle for cancel().
    quint64 send(const Message &request, const ServerAddress &server, const Options &options, QObject *context,
                 Callback done);
    /// \brief Stops request \a handle; its callback gets the error "cancelled".
    void cancel(quint64 handle);
    /// \brief Cancels every request in flight.
    void abortAll();
    int inFlight() const { return int(m_transactions.size()); }

    /// \brief Seconds since the epoch for TSIG (tests set a skewed clock to provoke BADTIME).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    friend class DnsTransaction;
    void finished(quint64 handle, const DnsReply &reply);

    QHash<quint64, DnsTransaction *> m_transactions;
    QHash<quint64, Callback> m_callbacks;
    quint64 m_nextHandle = 1;
    std::function<qint64()> m_clock;
};

} // namespace Qddns::Dns
