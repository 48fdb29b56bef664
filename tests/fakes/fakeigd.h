#pragma once

// A UPnP Internet Gateway Device as a router on the LAN shows it: answers SSDP M-SEARCH on the
// multicast group, serves its description and answers GetExternalIPAddress (SOAP) over plain HTTP.
// For tests in a private network namespace (the SSDP port and group are the real ones).

#include "fakes/fakehttpserver.h"

#include <QHostAddress>
#include <QObject>
#include <QUdpSocket>

namespace Qddns::Test {

class FakeIgd : public QObject
{
    Q_OBJECT
public:
    explicit FakeIgd(QObject *parent = nullptr);

    /// \brief Joins the SSDP group and serves HTTP on \a lanAddress; false (with a warning) on failure.
    bool start(const QHostAddress &lanAddress);
    void setExternalAddress(const QString &address) { m_external = address; }
    /// \brief "WANIPConnection" (default) or "WANPPPConnection".
    void setServiceName(const QString &name) { m_service = name; }
    QString serviceType() const { return QStringLiteral("urn:schemas-upnp-org:service:%1:1").arg(m_service); }
    int searches() const { return m_searches; }
    FakeHttpServer &http() { return m_http; }
    QUrl location() const;

private:
    void readSearch();
    FakeReply answer(const RecordedRequest &request);

    QUdpSocket m_ssdp;
    QUdpSocket m_reply;
    FakeHttpServer m_http{FakeHttpServer::Mode::Http};
    QHostAddress m_lan;
    QString m_external;
    QString m_service = QStringLiteral("WANIPConnection");
    int m_searches = 0;
};

} // namespace Qddns::Test
