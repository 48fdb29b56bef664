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

    // GENA: the WAN connection service's events.
    /// \brief Subscriptions are granted for this long (TIMEOUT: Second-n).
    void setGrantedTimeout(int seconds) { m_granted = seconds; }
    /// \brief false: subscriptions are accepted but no event is ever sent (a broken router).
    void setSendsEvents(bool sends) { m_sendsEvents = sends; }
    int subscriptions() const { return m_subscriptions; }
    int renewals() const { return m_renewals; }
    QUrl callback() const { return m_callback; }
    /// \brief Sends the current ExternalIPAddress to the subscriber, from \a from (default: the LAN address).
    void notify(const QHostAddress &from = {});
    FakeHttpServer &http() { return m_http; }
    QUrl location() const;

Q_SIGNALS:
    /// \brief The subscriber answered a NOTIFY with \a statusLine ("HTTP/1.1 200 OK").
    void notifyAnswered(const QByteArray &statusLine);

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
    int m_granted = 1800;
    bool m_sendsEvents = true;
    int m_subscriptions = 0;
    int m_renewals = 0;
    int m_seq = 0;
    QUrl m_callback;
};

} // namespace Qddns::Test
