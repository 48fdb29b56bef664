#pragma once

#include "core/http.h"
#include "detect/upnp.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace Qddns {

class HttpClient;

/// \brief Tells at once when the router's WAN address changes: subscribes to its WAN connection
/// service's events (GENA), listening on the LAN address facing the router and accepting NOTIFY
/// only from the router itself; renews the subscription before it expires. When the router has
/// no events, refuses the subscription or never sends the initial event, it asks the router
/// (GetExternalIPAddress, one LAN request) every poll interval instead.
class UpnpEventWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UpnpEventWatcher(HttpClient *http, QObject *parent = nullptr);
    ~UpnpEventWatcher() override;

    void setSearchTimeout(std::chrono::milliseconds timeout) { m_searchTimeout = timeout; }
    /// \brief How often the router is asked when it sends no events (default 60 s).
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    /// \brief How long the router may take with the initial event before polling starts (default 10 s).
    void setFirstEventTimeout(std::chrono::milliseconds timeout) { m_firstEventTimeout = timeout; }
    /// \brief The subscription asked for; routers may grant less (default 30 min).
    void setSubscriptionTimeout(std::chrono::seconds timeout) { m_requestedTimeout = timeout; }
    void start();

    bool isSubscribed() const { return !m_sid.isEmpty(); }
    bool isPolling() const { return m_poll.isActive(); }
    QUrl callbackUrl() const { return m_callback; }

Q_SIGNALS:
    /// \brief The router reports a WAN address other than the one it reported before.
    void externalAddressChanged(const QString &address);
    /// \brief A subscription was made or renewed (\a sid), or polling started (empty).
    void subscribed(const QString &sid);

private:
    void discover();
    void subscribe();
    void onSubscribed(const HttpReply &reply, bool renewal);
    void startPolling(const QString &why);
    void poll();
    void onConnection();
    void readNotify(QTcpSocket *socket);
    void report(const QString &address, const char *how);

    HttpClient *m_http;
    QTcpServer *m_server = nullptr;
    std::chrono::milliseconds m_searchTimeout{3000};
    std::chrono::milliseconds m_pollInterval{60000};
    std::chrono::milliseconds m_firstEventTimeout{10000};
    std::chrono::seconds m_requestedTimeout{1800};
    UpnpGateway m_gateway;
    QUrl m_callback;
    QString m_sid;
    QString m_last;      ///< the WAN address the router reported last
    bool m_eventSeen = false;
    QTimer m_renew;
    QTimer m_poll;
    QTimer m_firstEvent;
    QTimer m_rediscover;
};

} // namespace Qddns
