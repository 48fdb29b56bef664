#include "fakes/fakeigd.h"

#include <QNetworkDatagram>
#include <QTcpSocket>
#include <QTimer>

namespace Qddns::Test {

FakeIgd::FakeIgd(QObject *parent) : QObject(parent)
{
    connect(&m_ssdp, &QUdpSocket::readyRead, this, [this] { readSearch(); });
    m_http.setHandler([this](const RecordedRequest &request) { return answer(request); });
}

bool FakeIgd::start(const QHostAddress &lanAddress)
{
    m_lan = lanAddress;
    if (!m_ssdp.bind(QHostAddress::AnyIPv4, 1900, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)
        || !m_ssdp.joinMulticastGroup(QHostAddress(QStringLiteral("239.255.255.250")))) {
        qWarning() << "fake IGD: SSDP:" << m_ssdp.errorString();
        return false;
    }
    // Answers come from the LAN address, as a router's do: the detector checks LOCATION against it.
    if (!m_reply.bind(lanAddress, 0)) {
        qWarning() << "fake IGD: reply socket:" << m_reply.errorString();
        return false;
    }
    return m_http.listen(lanAddress);
}

QUrl FakeIgd::location() const
{
    return m_http.baseUrl().resolved(QUrl(QStringLiteral("/rootDesc.xml")));
}

void FakeIgd::readSearch()
{
    while (m_ssdp.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_ssdp.receiveDatagram();
        const QByteArray data = datagram.data();
        if (!data.startsWith("M-SEARCH * HTTP/1.1\r\n") || !data.contains("ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n"))
            continue;
        ++m_searches;
        const QByteArray answer = "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\n"
                                  "ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n"
                                  "USN: uuid:fa4e0000-0000-4000-8000-000000000001::urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n"
                                  "EXT:\r\nSERVER: Linux/6.1 UPnP/1.1 FakeIgd/1.0\r\nLOCATION: "
            + location().toEncoded() + "\r\n\r\n";
        m_reply.writeDatagram(answer, datagram.senderAddress(), quint16(datagram.senderPort()));
    }
}

FakeReply FakeIgd::answer(const RecordedRequest &request)
{
    FakeReply reply;
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/xml; charset=\"utf-8\"")});
    const QByteArray service = serviceType().toLatin1();
    if (request.method == "GET" && request.path == QLatin1String("/rootDesc.xml")) {
        // Relative URLs, nested devices, another service first: as miniupnpd describes itself.
        reply.body = "<?xml version=\"1.0\"?>\r\n<root xmlns=\"urn:schemas-upnp-org:device-1-0\">"
                     "<specVersion><major>1</major><minor>1</minor></specVersion>"
                     "<device><deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType>"
                     "<serviceList><service><serviceType>urn:schemas-upnp-org:service:Layer3Forwarding:1</serviceType>"
                     "<serviceId>urn:upnp-org:serviceId:L3Forwarding1</serviceId><controlURL>/ctl/L3F</controlURL>"
                     "<eventSubURL>/evt/L3F</eventSubURL><SCPDURL>/L3F.xml</SCPDURL></service></serviceList>"
                     "<deviceList><device><deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType>"
                     "<deviceList><device><deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:1</deviceType>"
                     "<serviceList><service><serviceType>" + service + "</serviceType>"
                     "<serviceId>urn:upnp-org:serviceId:WANIPConn1</serviceId><controlURL>/ctl/IPConn</controlURL>"
                     "<eventSubURL>/evt/IPConn</eventSubURL><SCPDURL>/WANIPCn.xml</SCPDURL></service></serviceList>"
                     "</device></deviceList></device></deviceList></device></root>\r\n";
        return reply;
    }
    if (request.method == "POST" && request.path == QLatin1String("/ctl/IPConn")
        && request.header("SOAPAction") == '"' + service + "#GetExternalIPAddress\"") {
        reply.body = "<?xml version=\"1.0\"?>\r\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                     "s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body>"
                     "<u:GetExternalIPAddressResponse xmlns:u=\"" + service + "\"><NewExternalIPAddress>"
                     + m_external.toLatin1() + "</NewExternalIPAddress></u:GetExternalIPAddressResponse></s:Body></s:Envelope>\r\n";
        return reply;
    }
    static const QByteArray kSid = "uuid:fa4e0000-0000-4000-8000-00000000e001";
    if (request.method == "SUBSCRIBE" && request.path == QLatin1String("/evt/IPConn")) {
        reply.headers = {{QByteArrayLiteral("SERVER"), QByteArrayLiteral("Linux/6.1 UPnP/1.1 FakeIgd/1.0")}};
        if (!request.header("SID").isEmpty()) {
            if (request.header("SID") != kSid || !request.header("CALLBACK").isEmpty()) {
                reply.status = request.header("SID") != kSid ? 412 : 400;
                return reply;
            }
            ++m_renewals;
        } else {
            const QByteArray callback = request.header("CALLBACK");
            if (request.header("NT") != "upnp:event" || !callback.startsWith('<') || !callback.endsWith('>')) {
                reply.status = 412;
                return reply;
            }
            m_callback = QUrl::fromEncoded(callback.mid(1, callback.size() - 2));
            ++m_subscriptions;
            m_seq = 0;
            if (m_sendsEvents)
                QTimer::singleShot(50, this, [this] { notify(); }); // the initial event, after the answer
        }
        reply.headers.append({QByteArrayLiteral("SID"), kSid});
        reply.headers.append({QByteArrayLiteral("TIMEOUT"), "Second-" + QByteArray::number(m_granted)});
        return reply;
    }
    // What a router answers an action it does not know: UPnP error 401 Invalid Action.
    reply.status = 500;
    reply.body = "<?xml version=\"1.0\"?>\r\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                 "<faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail>"
                 "<UPnPError xmlns=\"urn:schemas-upnp-org:control-1-0\"><errorCode>401</errorCode>"
                 "<errorDescription>Invalid Action</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>\r\n";
    return reply;
}

} // namespace Qddns::Test

namespace Qddns::Test {

void FakeIgd::notify(const QHostAddress &from)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->bind(from.isNull() ? m_lan : from, 0))
        qWarning() << "fake IGD: cannot send from" << from << socket->errorString();
    const QByteArray body = "<?xml version=\"1.0\"?>\r\n<e:propertyset xmlns:e=\"urn:schemas-upnp-org:event-1-0\"><e:property>"
                            "<ExternalIPAddress>" + m_external.toLatin1() + "</ExternalIPAddress></e:property></e:propertyset>\r\n";
    const QByteArray request = "NOTIFY " + m_callback.path(QUrl::FullyEncoded).toLatin1() + " HTTP/1.1\r\nHOST: "
        + m_callback.authority().toLatin1() + "\r\nCONTENT-TYPE: text/xml; charset=\"utf-8\"\r\nNT: upnp:event\r\n"
        "NTS: upnp:propchange\r\nSID: uuid:fa4e0000-0000-4000-8000-00000000e001\r\nSEQ: " + QByteArray::number(m_seq++)
        + "\r\nCONTENT-LENGTH: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    connect(socket, &QTcpSocket::connected, socket, [socket, request] { socket->write(request); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (socket->canReadLine()) {
            Q_EMIT notifyAnswered(socket->readLine().trimmed());
            socket->disconnectFromHost();
        }
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->connectToHost(QHostAddress(m_callback.host()), quint16(m_callback.port()));
}

} // namespace Qddns::Test
