#include "fakes/fakeigd.h"

#include <QNetworkDatagram>

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
    // What a router answers an action it does not know: UPnP error 401 Invalid Action.
    reply.status = 500;
    reply.body = "<?xml version=\"1.0\"?>\r\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                 "<faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail>"
                 "<UPnPError xmlns=\"urn:schemas-upnp-org:control-1-0\"><errorCode>401</errorCode>"
                 "<errorDescription>Invalid Action</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>\r\n";
    return reply;
}

} // namespace Qddns::Test
