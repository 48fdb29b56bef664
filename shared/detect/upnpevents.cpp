#include "detect/upnpevents.h"

#include "core/logging.h"
#include "net/httpclient.h"

#include <QNetworkInterface>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QXmlStreamReader>

namespace Qddns {

namespace {

constexpr qsizetype kMaxNotifyBytes = 64 * 1024;
constexpr auto kRediscoverInterval = std::chrono::minutes(5);

// The address of this host on the router's subnet: where the router can reach the listener.
QHostAddress addressFacing(const QHostAddress &router)
{
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() == router.protocol() && entry.ip() != router && entry.prefixLength() > 0
                && router.isInSubnet(entry.ip(), entry.prefixLength()))
                return entry.ip();
        }
    }
    // The router's own address is local (the agent runs on it): listen there.
    for (const QHostAddress &local : QNetworkInterface::allAddresses()) {
        if (local == router)
            return local;
    }
    return {};
}

HttpClient::Options lanOptions()
{
    HttpClient::Options options;
    options.allowInsecureHttp = true; // the router on the LAN; nothing secret is sent
    options.direct = true;
    return options;
}

// "Second-1800" -> 1800 s; "infinite" or unreadable -> the requested one.
std::chrono::seconds grantedTimeout(const QByteArray &header, std::chrono::seconds requested)
{
    static const QRegularExpression form(QStringLiteral("^Second-(\\d{1,9})$"), QRegularExpression::CaseInsensitiveOption);
    const auto m = form.match(QString::fromLatin1(header.trimmed()));
    return m.hasMatch() ? std::chrono::seconds(m.captured(1).toLongLong()) : requested;
}

// The ExternalIPAddress property of an event's property set (null when it does not carry one).
QString externalAddressProperty(const QByteArray &body)
{
    QXmlStreamReader reader(body);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("ExternalIPAddress")) {
            const QString text = reader.readElementText().trimmed();
            return text.isNull() ? QStringLiteral("") : text;
        }
    }
    return {};
}

void answer(QTcpSocket *socket, const QByteArray &status)
{
    socket->write("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
}

} // namespace

UpnpEventWatcher::UpnpEventWatcher(HttpClient *http, QObject *parent) : QObject(parent), m_http(http)
{
    m_renew.setSingleShot(true);
    connect(&m_renew, &QTimer::timeout, this, [this] { subscribe(); });
    connect(&m_poll, &QTimer::timeout, this, [this] { poll(); });
    m_firstEvent.setSingleShot(true);
    connect(&m_firstEvent, &QTimer::timeout, this, [this] {
        if (!m_eventSeen)
            startPolling(QStringLiteral("the router sent no event after subscribing"));
    });
    m_rediscover.setSingleShot(true);
    connect(&m_rediscover, &QTimer::timeout, this, [this] { discover(); });
}

UpnpEventWatcher::~UpnpEventWatcher() = default;

void UpnpEventWatcher::start()
{
    discover();
}

void UpnpEventWatcher::discover()
{
    findUpnpGateway(m_http, m_searchTimeout, this, [this](const UpnpGatewayResult &gateway) {
        if (!gateway) {
            qCDebug(lcDetect).noquote() << "UPnP events: no gateway;" << gateway.error() << "- searching again in 5 min";
            m_rediscover.start(kRediscoverInterval);
            return;
        }
        m_gateway = *gateway;
        if (m_gateway.eventUrl.isEmpty()) {
            startPolling(QStringLiteral("the router's service has no event URL"));
            return;
        }
        const QHostAddress local = addressFacing(m_gateway.address);
        delete m_server;
        m_server = new QTcpServer(this);
        if (local.isNull() || !m_server->listen(local, 0)) {
            startPolling(QStringLiteral("no local address to receive the router's events on (%1)").arg(m_server->errorString()));
            return;
        }
        connect(m_server, &QTcpServer::newConnection, this, [this] { onConnection(); });
        m_callback.setScheme(QStringLiteral("http"));
        m_callback.setHost(local.toString());
        m_callback.setPort(m_server->serverPort());
        m_callback.setPath(QStringLiteral("/qddns/events"));
        subscribe();
    });
}

void UpnpEventWatcher::subscribe()
{
    const bool renewal = !m_sid.isEmpty();
    HttpRequest request;
    request.method = "SUBSCRIBE";
    request.url = m_gateway.eventUrl;
    if (renewal) {
        request.headers.append({QByteArrayLiteral("SID"), m_sid.toLatin1()});
    } else {
        request.headers.append({QByteArrayLiteral("CALLBACK"), '<' + m_callback.toEncoded() + '>'});
        request.headers.append({QByteArrayLiteral("NT"), QByteArrayLiteral("upnp:event")});
    }
    request.headers.append({QByteArrayLiteral("TIMEOUT"), "Second-" + QByteArray::number(qint64(m_requestedTimeout.count()))});
    m_http->send(request, lanOptions(), this, [this, renewal](const HttpReply &reply) { onSubscribed(reply, renewal); });
}

void UpnpEventWatcher::onSubscribed(const HttpReply &reply, bool renewal)
{
    const QByteArray sid = reply.header("SID").trimmed();
    if (!reply.isSuccess() || sid.isEmpty()) {
        const QString why = reply.error.isEmpty() ? QStringLiteral("HTTP status %1").arg(reply.status) : reply.error;
        if (renewal) {
            // 412: the router forgot the subscription (rebooted): subscribe afresh.
            qCInfo(lcDetect).noquote() << QStringLiteral("UPnP event subscription not renewed (%1): subscribing again").arg(why);
            m_sid.clear();
            subscribe();
            return;
        }
        startPolling(QStringLiteral("the router refused the event subscription (%1)").arg(why));
        return;
    }
    m_sid = QString::fromLatin1(sid);
    const std::chrono::seconds granted = grantedTimeout(reply.header("TIMEOUT"), m_requestedTimeout);
    // Renew at half the time granted: a lost or slow renewal still has the other half.
    m_renew.start(std::max<std::chrono::milliseconds>(std::chrono::milliseconds(500), granted / 2));
    if (!renewal) {
        qCInfo(lcDetect).noquote() << "subscribed to the router's WAN address events at" << m_gateway.eventUrl.toString()
                                   << "for" << granted.count() << "s";
        m_eventSeen = false;
        m_firstEvent.start(m_firstEventTimeout);
    }
    Q_EMIT subscribed(m_sid);
}

void UpnpEventWatcher::startPolling(const QString &why)
{
    qCInfo(lcDetect).noquote() << "UPnP:" << why + QStringLiteral("; asking the router every") << m_pollInterval.count() / 1000 << "s";
    m_poll.start(m_pollInterval);
    Q_EMIT subscribed(QString());
}

void UpnpEventWatcher::poll()
{
    readUpnpExternalAddress(m_http, m_gateway, this, [this](const UpnpAddressResult &wan) {
        if (wan)
            report(wan->toString(), "asked");
        else
            qCDebug(lcDetect).noquote() << "UPnP poll:" << wan.error();
    });
}

void UpnpEventWatcher::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Events come from the router only: anyone else on the LAN could fake a change.
        if (socket->peerAddress() != m_gateway.address) {
            qCWarning(lcDetect).noquote() << "refused an event from" << socket->peerAddress().toString()
                                          << "- only the router" << m_gateway.address.toString() << "may send them";
            answer(socket, "403 Forbidden");
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readNotify(socket); });
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
    }
}

void UpnpEventWatcher::readNotify(QTcpSocket *socket)
{
    QByteArray data = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", data);
    if (data.size() > kMaxNotifyBytes) {
        answer(socket, "413 Payload Too Large");
        return;
    }
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = data.left(end).split('\n');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = headers.value("content-length").toLongLong();
    if (data.size() - end - 4 < length)
        return; // more to come
    if (!lines.first().startsWith("NOTIFY ") || headers.value("nt") != "upnp:event" || headers.value("nts") != "upnp:propchange") {
        answer(socket, "400 Bad Request");
        return;
    }
    if (m_sid.isEmpty() || headers.value("sid") != m_sid.toLatin1()) {
        answer(socket, "412 Precondition Failed");
        return;
    }
    answer(socket, "200 OK");
    m_eventSeen = true;
    m_firstEvent.stop();
    m_poll.stop();
    const QString address = externalAddressProperty(data.mid(end + 4, length));
    if (!address.isNull())
        report(address, "event");
}

void UpnpEventWatcher::report(const QString &address, const char *how)
{
    if (address == m_last)
        return;
    const bool first = m_last.isNull();
    m_last = address;
    if (first)
        return; // the initial value: the cycles know it already
    qCInfo(lcDetect).noquote() << QStringLiteral("the router reports a new WAN address (%1): %2").arg(QLatin1String(how), address);
    Q_EMIT externalAddressChanged(address);
}

} // namespace Qddns
