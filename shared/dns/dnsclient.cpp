#include "dns/dnsclient.h"

#include "dns/rcode.h"
#include "core/logging.h"

#include <QDateTime>
#include <QHostInfo>
#include <QNetworkDatagram>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace Qddns::Dns {

// ---- ServerAddress ----

Expected<ServerAddress, QString> ServerAddress::parse(const QString &text, quint16 defaultPort)
{
    const QString t = text.trimmed();
    ServerAddress server;
    server.port = defaultPort;
    QString portText;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Unexpected(QStringLiteral("server \"%1\": '[' without ']'").arg(text));
        server.host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return Unexpected(QStringLiteral("server \"%1\": expected ':port' after ']'").arg(text));
            portText = rest.mid(1);
        }
        if (QHostAddress(server.host).protocol() != QAbstractSocket::IPv6Protocol)
            return Unexpected(QStringLiteral("server \"%1\": brackets hold an IPv6 address").arg(text));
    } else if (t.count(QLatin1Char(':')) > 1) {
        server.host = t;  // a bare IPv6 address
        if (QHostAddress(server.host).protocol() != QAbstractSocket::IPv6Protocol)
            return Unexpected(QStringLiteral("server \"%1\" is not a valid IPv6 address (write [address]:port to give a port)").arg(text));
    } else {
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        server.host = colon < 0 ? t : t.left(colon);
        if (colon >= 0)
            portText = t.mid(colon + 1);
    }
    if (server.host.isEmpty())
        return Unexpected(QStringLiteral("server \"%1\" has no host").arg(text));
    for (const QChar c : std::as_const(server.host)) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char(':')
            && c != QLatin1Char('_'))
            return Unexpected(QStringLiteral("server \"%1\": the host contains '%2'").arg(text, c));
    }
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return Unexpected(QStringLiteral("server \"%1\": port \"%2\" is not a number from 1 to 65535").arg(text, portText));
        server.port = quint16(port);
    }
    return server;
}

QString ServerAddress::toString() const
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

// ---- DnsTransaction ----

// One request: resolve the server if needed, UDP with retries, TCP when truncated or asked for.
class DnsTransaction : public QObject
{
public:
    DnsTransaction(DnsClient *client, quint64 handle, const ServerAddress &server, const DnsClient::Options &options)
        : QObject(client), m_client(client), m_handle(handle), m_server(server), m_options(options)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
    }
    ~DnsTransaction() override
    {
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
    }

    void start(const Message &request, qint64 now)
    {
        Message m = request;
        m.id = quint16(QRandomGenerator::system()->bounded(0x10000));
        m.qr = false;
        m_request = m;
        auto wire = m.encode();
        if (!wire)
            return fail(QStringLiteral("cannot encode the request: %1").arg(wire.error()));
        m_wire = wire.value();
        if (m_options.tsigKey) {
            auto signedWire = tsigSign(m_wire, *m_options.tsigKey, quint64(now + m_options.tsigClockOffset), m_options.tsigFudge);
            if (!signedWire)
                return fail(signedWire.error());
            m_wire = signedWire->wire;
            m_requestMac = signedWire->mac;
        }
        const QHostAddress literal(m_server.host);
        if (!literal.isNull()) {
            m_address = literal;
            return sendFirst();
        }
        m_lookupId = QHostInfo::lookupHost(m_server.host, this, [this](const QHostInfo &info) {
            m_lookupId = -1;
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
                return fail(QStringLiteral("cannot resolve the DNS server %1: %2").arg(m_server.host, info.errorString()));
            m_address = info.addresses().constFirst();
            sendFirst();
        });
    }

    void fail(const QString &error)
    {
        DnsReply reply;
        reply.error = error;
        reply.serverAddress = m_address;
        done(reply);
    }

private:
    QString where() const { return m_server.toString(); }

    void sendFirst()
    {
        // Without EDNS a UDP request must fit 512 bytes (RFC 1035 4.2.1).
        if (m_options.tcpOnly || m_wire.size() > 512)
            return startTcp();
        startUdp();
    }

    void startUdp()
    {
        m_udp = new QUdpSocket(this);
        const QHostAddress any = m_address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4;
        // A random source port as well as a random id makes forged replies harder (RFC 5452).
        bool bound = false;
        for (int i = 0; i < 8 && !bound; ++i)
            bound = m_udp->bind(any, quint16(1024 + QRandomGenerator::system()->bounded(0x10000 - 1024)));
        if (!bound && !m_udp->bind(any, 0))
            return fail(QStringLiteral("cannot open a UDP socket: %1").arg(m_udp->errorString()));
        connect(m_udp, &QUdpSocket::readyRead, this, [this] { onDatagrams(); });
        sendUdp();
    }

    void sendUdp()
    {
        ++m_udpAttempts;
        qCDebug(lcDns).noquote() << "UDP" << m_request.questions.value(0).name.toText() << "id" << m_request.id << "to" << where()
                                 << "attempt" << m_udpAttempts;
        if (m_udp->writeDatagram(m_wire, m_address, m_server.port) != m_wire.size())
            return fail(QStringLiteral("cannot send to %1: %2").arg(where(), m_udp->errorString()));
        m_timer.start(m_options.timeout);
    }

    void onDatagrams()
    {
        while (m_udp && m_udp->hasPendingDatagrams()) {
            const qint64 size = m_udp->pendingDatagramSize();
            const QNetworkDatagram datagram = m_udp->receiveDatagram(std::max<qint64>(size, 0));
            if (datagram.senderAddress() != m_address || datagram.senderPort() != m_server.port) {
                qCDebug(lcDns).noquote() << "ignoring a datagram from" << datagram.senderAddress().toString() << datagram.senderPort();
                continue;
            }
            if (size > m_options.maxReplyBytes) {
                m_lastProblem = QStringLiteral("a reply of %1 bytes, more than the cap of %2").arg(size).arg(m_options.maxReplyBytes);
                qCDebug(lcDns).noquote() << "ignoring" << m_lastProblem;
                continue;
            }
            const QByteArray data = datagram.data();
            if (accept(data, false))
                return;
        }
    }

    // True when \a data is the reply (then the transaction is over, or went on to TCP).
    bool accept(const QByteArray &data, bool viaTcp)
    {
        DecodeLimits limits;
        limits.maxMessageBytes = m_options.maxReplyBytes;
        auto decoded = Message::decode(data, limits);
        if (!decoded) {
            // A forged or broken datagram must not end the wait for the real reply.
            const bool ours = data.size() >= 2 && qFromBigEndian<quint16>(data.constData()) == m_request.id;
            const QString problem = QStringLiteral("a malformed reply: %1").arg(decoded.error());
            if (viaTcp) {
                fail(QStringLiteral("%1 over TCP from %2").arg(problem, where()));
                return true;
            }
            if (ours)
                m_lastProblem = problem;
            qCDebug(lcDns).noquote() << "ignoring" << problem;
            return false;
        }
        const Message &m = decoded.value();
        const bool questionsMatch = m.questions == m_request.questions || (m.questions.isEmpty() && m.rcode != NoError);
        if (m.id != m_request.id || !m.qr || m.opcode != m_request.opcode || !questionsMatch) {
            const QString problem = QStringLiteral("a reply that does not match the request (id %1, question %2)")
                                        .arg(m.id).arg(m.questions.isEmpty() ? QStringLiteral("none") : m.questions.first().name.toText());
            if (viaTcp) {
                fail(QStringLiteral("%1 over TCP from %2").arg(problem, where()));
                return true;
            }
            qCDebug(lcDns).noquote() << "ignoring" << problem;
            return false;
        }
        if (m.tc && !viaTcp) {
            qCDebug(lcDns).noquote() << "truncated reply from" << where() << "- asking again over TCP";
            closeUdp();
            startTcp();
            return true;
        }
        DnsReply reply;
        reply.message = m;
        reply.wire = data;
        reply.viaTcp = viaTcp;
        reply.serverAddress = m_address;
        if (m_options.tsigKey)
            reply.tsig = tsigVerifyResponse(data, m, *m_options.tsigKey, m_requestMac,
                                            quint64(m_client->m_clock() + m_options.tsigClockOffset));
        qCDebug(lcDns).noquote() << "reply from" << where() << rcodeName(m.fullRcode()) << m.answers.size() << "answers"
                                 << (reply.tsig ? reply.tsig->text : QString());
        done(reply);
        return true;
    }

    void closeUdp()
    {
        if (m_udp) {
            m_udp->disconnect(this);
            m_udp->close();
            m_udp->deleteLater();
            m_udp = nullptr;
        }
    }

    void startTcp()
    {
        m_tcp = new QTcpSocket(this);
        m_tcpBuffer.clear();
        connect(m_tcp, &QTcpSocket::connected, this, [this] {
            QByteArray framed(2, '\0');
            qToBigEndian<quint16>(quint16(m_wire.size()), framed.data());
            framed.append(m_wire);
            m_tcp->write(framed);
        });
        connect(m_tcp, &QTcpSocket::readyRead, this, [this] { onTcpData(); });
        connect(m_tcp, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            fail(QStringLiteral("TCP to %1 failed after %2 bytes of the reply: %3").arg(where()).arg(m_tcpBuffer.size()).arg(m_tcp->errorString()));
        });
        qCDebug(lcDns).noquote() << "TCP" << m_request.questions.value(0).name.toText() << "id" << m_request.id << "to" << where();
        m_tcp->connectToHost(m_address, m_server.port);
        m_timer.start(m_options.timeout);
    }

    void onTcpData()
    {
        m_tcpBuffer.append(m_tcp->readAll());
        if (m_tcpBuffer.size() < 2)
            return;
        const quint16 length = qFromBigEndian<quint16>(m_tcpBuffer.constData());
        if (length > m_options.maxReplyBytes)
            return fail(QStringLiteral("%1 announces a reply of %2 bytes over TCP, more than the cap of %3")
                            .arg(where()).arg(length).arg(m_options.maxReplyBytes));
        if (m_tcpBuffer.size() < 2 + length)
            return;
        if (m_tcpBuffer.size() > 2 + length)
            return fail(QStringLiteral("%1 sent %2 bytes more than the reply over TCP").arg(where()).arg(m_tcpBuffer.size() - 2 - length));
        accept(m_tcpBuffer.mid(2, length), true);
    }

    void onTimeout()
    {
        if (m_tcp)
            return fail(QStringLiteral("no complete answer from %1 over TCP within %2 ms").arg(where()).arg(m_options.timeout.count()));
        if (m_udpAttempts <= m_options.udpRetries)
            return sendUdp();
        QString error = QStringLiteral("no answer from %1 within %2 ms (%3 attempts over UDP)")
                            .arg(where()).arg(m_options.timeout.count()).arg(m_udpAttempts);
        if (!m_lastProblem.isEmpty())
            error += QStringLiteral("; received only %1").arg(m_lastProblem);
        fail(error);
    }

    void done(const DnsReply &reply)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        closeUdp();
        if (m_tcp) {
            m_tcp->disconnect(this);
            m_tcp->abort();
        }
        m_client->finished(m_handle, reply);
    }

    DnsClient *m_client;
    quint64 m_handle;
    ServerAddress m_server;
    DnsClient::Options m_options;
    Message m_request;
    QByteArray m_wire;
    QByteArray m_requestMac;
    QHostAddress m_address;
    int m_lookupId = -1;
    QUdpSocket *m_udp = nullptr;
    QTcpSocket *m_tcp = nullptr;
    QByteArray m_tcpBuffer;
    QTimer m_timer;
    int m_udpAttempts = 0;
    QString m_lastProblem;
    bool m_finished = false;
};

// ---- DnsClient ----

DnsClient::DnsClient(QObject *parent) : QObject(parent), m_clock([] { return QDateTime::currentSecsSinceEpoch(); }) {}

DnsClient::~DnsClient()
{
    // Callbacks do not run for a client that is gone; the transactions are children.
    m_callbacks.clear();
}

quint64 DnsClient::send(const Message &request, const ServerAddress &server, const Options &options, QObject *context,
                        Callback done)
{
    const quint64 handle = m_nextHandle++;
    auto *transaction = new DnsTransaction(this, handle, server, options);
    m_transactions.insert(handle, transaction);
    m_callbacks.insert(handle, [guard = QPointer<QObject>(context), hasContext = context != nullptr,
                                done = std::move(done)](const DnsReply &reply) {
        if (hasContext && !guard)
            return;
        done(reply);
    });
    transaction->start(request, m_clock());
    return handle;
}

void DnsClient::cancel(quint64 handle)
{
    if (DnsTransaction *transaction = m_transactions.value(handle))
        transaction->fail(QStringLiteral("cancelled"));
}

void DnsClient::abortAll()
{
    const QList<quint64> handles = m_transactions.keys();
    for (quint64 handle : handles)
        cancel(handle);
}

void DnsClient::finished(quint64 handle, const DnsReply &reply)
{
    DnsTransaction *transaction = m_transactions.take(handle);
    if (!transaction)
        return;
    transaction->deleteLater();
    Callback callback = m_callbacks.take(handle);
    // Always from the event loop: never inside send() nor inside a socket's signal, so a callback
    // may start new requests or delete the client.
    QTimer::singleShot(0, this, [callback = std::move(callback), reply] {
        if (callback)
            callback(reply);
    });
}

} // namespace Qddns::Dns
