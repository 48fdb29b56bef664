#include "detect/upnp.h"

#include "core/addressrules.h"
#include "core/logging.h"
#include "net/httpclient.h"

#include <QNetworkDatagram>
#include <QPointer>
#include <QTimer>
#include <QUdpSocket>
#include <QXmlStreamReader>

namespace Qddns {

namespace {

// An IPv4 peer may show up as ::ffff:a.b.c.d on a dual-stack socket.
QHostAddress plainAddress(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : address;
}

bool sameHost(const QUrl &url, const QHostAddress &address)
{
    return plainAddress(QHostAddress(url.host())) == plainAddress(address);
}

// One M-SEARCH and its answers; deletes itself after the first usable answer or the timeout.
class SsdpSearch : public QObject
{
public:
    using Done = std::function<void(const Expected<std::pair<QHostAddress, QUrl>, QString> &)>;

    SsdpSearch(std::chrono::milliseconds timeout, QObject *parent, Done done)
        : QObject(parent), m_done(std::move(done))
    {
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] { read(); });
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            finish(Unexpected{QStringLiteral("no Internet Gateway Device answered the UPnP search (SSDP) within %1 s")
                                  .arg(double(m_deadline.interval()) / 1000.0)});
        });
        m_deadline.start(timeout);
        // UDP may lose the datagram: ask again once, a little later.
        m_resend.setSingleShot(true);
        connect(&m_resend, &QTimer::timeout, this, [this] { send(); });
        m_resend.start(std::max(std::chrono::milliseconds(100), timeout / 4));
    }

    void start()
    {
        if (!m_socket.bind(QHostAddress::AnyIPv4, 0)) {
            fail(QStringLiteral("cannot open a UDP socket for the UPnP search: %1").arg(m_socket.errorString()));
            return;
        }
        // Routers are on the local link: UDA 1.1 asks for a TTL of 2.
        m_socket.setSocketOption(QAbstractSocket::MulticastTtlOption, 2);
        send();
    }

private:
    void send()
    {
        const QByteArray search = QByteArrayLiteral("M-SEARCH * HTTP/1.1\r\nHOST: ") + kSsdpGroup + ':'
            + QByteArray::number(kSsdpPort) + QByteArrayLiteral("\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\nST: ")
            + kIgdDeviceType + QByteArrayLiteral("\r\n\r\n");
        if (m_socket.writeDatagram(search, QHostAddress(QLatin1String(kSsdpGroup)), kSsdpPort) < 0)
            qCDebug(lcDetect).noquote() << "UPnP search not sent:" << m_socket.errorString();
    }

    void read()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket.receiveDatagram(8192);
            const QList<QByteArray> lines = datagram.data().split('\n');
            if (lines.isEmpty() || !lines.first().startsWith("HTTP/1.1 200"))
                continue;
            QByteArray location;
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "location")
                    location = line.mid(colon + 1).trimmed();
            }
            const QUrl url(QString::fromLatin1(location), QUrl::StrictMode);
            const QHostAddress sender = plainAddress(datagram.senderAddress());
            // Only a description on the answering device itself: nobody on the LAN may send the
            // agent's plain-HTTP requests elsewhere.
            if (!url.isValid() || url.scheme() != QLatin1String("http") || !sameHost(url, sender)) {
                qCDebug(lcDetect).noquote() << "ignoring the SSDP answer from" << sender.toString() << "with location"
                                            << QString::fromLatin1(location.left(200));
                continue;
            }
            qCDebug(lcDetect).noquote() << "UPnP gateway" << sender.toString() << "at" << url.toString();
            finish(std::pair<QHostAddress, QUrl>(sender, url));
            return;
        }
    }

    void fail(const QString &error)
    {
        QTimer::singleShot(0, this, [this, error] { finish(Unexpected{error}); });
    }

    void finish(const Expected<std::pair<QHostAddress, QUrl>, QString> &result)
    {
        if (!m_done)
            return;
        m_deadline.stop();
        m_resend.stop();
        m_socket.close();
        Done done = std::move(m_done);
        m_done = nullptr;
        deleteLater();
        done(result);
    }

    QUdpSocket m_socket;
    QTimer m_deadline;
    QTimer m_resend;
    Done m_done;
};

HttpClient::Options lanOptions()
{
    HttpClient::Options options;
    options.allowInsecureHttp = true; // a LAN router has no certificate; the requests carry no secret
    options.direct = true;            // and it is reached on the LAN, never through a proxy
    return options;
}

bool isWanConnectionService(const QString &type)
{
    return type.startsWith(QLatin1String("urn:schemas-upnp-org:service:WANIPConnection:"))
        || type.startsWith(QLatin1String("urn:schemas-upnp-org:service:WANPPPConnection:"));
}

} // namespace

UpnpGatewayResult parseIgdDescription(const QByteArray &xml, const QUrl &location)
{
    QXmlStreamReader reader(xml);
    QUrl base = location;
    QString serviceType, control, event;
    bool inService = false;
    std::optional<UpnpGateway> found;
    while (!reader.atEnd() && !found) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("URLBase")) {
                const QUrl b(reader.readElementText().trimmed());
                if (b.isValid() && !b.isRelative())
                    base = b;
            } else if (name == QLatin1String("service")) {
                inService = true;
                serviceType.clear();
                control.clear();
                event.clear();
            } else if (inService && name == QLatin1String("serviceType")) {
                serviceType = reader.readElementText().trimmed();
            } else if (inService && name == QLatin1String("controlURL")) {
                control = reader.readElementText().trimmed();
            } else if (inService && name == QLatin1String("eventSubURL")) {
                event = reader.readElementText().trimmed();
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("service")) {
            inService = false;
            if (isWanConnectionService(serviceType) && !control.isEmpty()) {
                UpnpGateway g;
                g.location = location;
                g.serviceType = serviceType;
                g.controlUrl = base.resolved(QUrl(control));
                if (!event.isEmpty())
                    g.eventUrl = base.resolved(QUrl(event));
                found = g;
            }
        }
    }
    if (reader.hasError() && !found)
        return Unexpected{QStringLiteral("the router's description %1 is not valid XML: %2 (line %3)")
                              .arg(location.toString(), reader.errorString()).arg(reader.lineNumber())};
    if (!found)
        return Unexpected{QStringLiteral("the router's description %1 has no WANIPConnection or WANPPPConnection service")
                              .arg(location.toString())};
    for (const QUrl &url : {found->controlUrl, found->eventUrl}) {
        if (!url.isEmpty() && (url.scheme() != QLatin1String("http") || url.host() != location.host()))
            return Unexpected{QStringLiteral("the router's description points at %1, not at the router (%2)")
                                  .arg(url.toString(), location.host())};
    }
    return *found;
}

Expected<QString, QString> parseExternalAddressReply(int status, const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QString address, errorCode, errorDescription;
    bool haveAddress = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("NewExternalIPAddress")) {
            address = reader.readElementText().trimmed();
            haveAddress = true;
        } else if (reader.name() == QLatin1String("errorCode")) {
            errorCode = reader.readElementText().trimmed();
        } else if (reader.name() == QLatin1String("errorDescription")) {
            errorDescription = reader.readElementText().trimmed();
        }
    }
    if (!errorCode.isEmpty() || status != 200)
        return Unexpected{QStringLiteral("the router refused GetExternalIPAddress: HTTP status %1%2").arg(status)
                              .arg(errorCode.isEmpty() ? QString() : QStringLiteral(", UPnP error %1 %2").arg(errorCode, errorDescription).trimmed())};
    if (reader.hasError())
        return Unexpected{QStringLiteral("the router's GetExternalIPAddress reply is not valid XML: %1").arg(reader.errorString())};
    if (!haveAddress)
        return Unexpected{QStringLiteral("the router's GetExternalIPAddress reply has no NewExternalIPAddress")};
    if (address.isEmpty())
        return Unexpected{QStringLiteral("the router has no external address (its WAN connection is down)")};
    return address;
}

QString upnpWanProblem(const QHostAddress &wan)
{
    const QString reason = nonGlobalReason(wan);
    if (reason.isEmpty())
        return {};
    return QStringLiteral("the router's WAN address %1 %2: the router is behind another NAT (double NAT)")
        .arg(wan.toString(), reason);
}

WanNat upnpWanNat(const QHostAddress &wan)
{
    if (isGlobalUnicast(wan))
        return WanNat::None;
    const auto in = [&wan](const char *subnet) { return wan.isInSubnet(QHostAddress::parseSubnet(QLatin1String(subnet))); };
    if (in("100.64.0.0/10"))
        return WanNat::CarrierGrade;
    if (in("10.0.0.0/8") || in("172.16.0.0/12") || in("192.168.0.0/16"))
        return WanNat::Private;
    return WanNat::Other;
}

void findUpnpGateway(HttpClient *http, std::chrono::milliseconds timeout, QObject *context,
                     std::function<void(const UpnpGatewayResult &)> done)
{
    QPointer<QObject> guard(context);
    auto *search = new SsdpSearch(timeout, context, [http, guard, done](const auto &found) {
        if (!found) {
            done(Unexpected{found.error()});
            return;
        }
        const QHostAddress address = found->first;
        const QUrl location = found->second;
        HttpRequest request;
        request.url = location;
        http->send(request, lanOptions(), guard.data(), [done, address, location](const HttpReply &reply) {
            if (!reply.isSuccess()) {
                done(Unexpected{QStringLiteral("the router's description %1: %2").arg(location.toString(),
                     reply.error.isEmpty() ? QStringLiteral("HTTP status %1").arg(reply.status) : reply.error)});
                return;
            }
            UpnpGatewayResult gateway = parseIgdDescription(reply.body, location);
            if (gateway)
                gateway->address = address;
            done(gateway);
        });
    });
    search->start();
}

void readUpnpExternalAddress(HttpClient *http, const UpnpGateway &gateway, QObject *context,
                             std::function<void(const UpnpAddressResult &)> done)
{
    HttpRequest request;
    request.method = "POST";
    request.url = gateway.controlUrl;
    const QByteArray service = gateway.serviceType.toLatin1();
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/xml; charset=\"utf-8\"")});
    request.headers.append({QByteArrayLiteral("SOAPAction"), '"' + service + QByteArrayLiteral("#GetExternalIPAddress\"")});
    request.body = QByteArrayLiteral("<?xml version=\"1.0\"?>\r\n"
                                     "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                                     "s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\">"
                                     "<s:Body><u:GetExternalIPAddress xmlns:u=\"")
        + service + QByteArrayLiteral("\"></u:GetExternalIPAddress></s:Body></s:Envelope>\r\n");
    http->send(request, lanOptions(), context, [done = std::move(done)](const HttpReply &reply) {
        if (!reply.error.isEmpty()) {
            done(Unexpected{QStringLiteral("the router's GetExternalIPAddress: %1").arg(reply.error)});
            return;
        }
        const auto text = parseExternalAddressReply(reply.status, reply.body);
        if (!text) {
            done(Unexpected{text.error()});
            return;
        }
        const auto address = parseAddressText(*text);
        if (!address || address->protocol() != QAbstractSocket::IPv4Protocol) {
            done(Unexpected{QStringLiteral("the router's external address \"%1\" is not an IPv4 address").arg(text->left(64))});
            return;
        }
        done(*address);
    });
}

} // namespace Qddns
