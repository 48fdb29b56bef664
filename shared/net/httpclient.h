#pragma once

#include "core/http.h"

#include <QHash>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <deque>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Qddns {

/// \brief Sends prepared HttpRequests for providers and detectors: the one place with the
/// network rules every request obeys. TLS verification always on (extra CAs only add trust),
/// plain http refused unless allowed, no redirects followed for credentials, a total timeout,
/// a cap on reply size, the qddns User-Agent, and a per-server concurrency limit.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    struct Options
    {
        bool allowInsecureHttp = false;
        bool followRedirects = false;  ///< only for requests without credentials (echo services)
        QStringList secrets;           ///< masked in every log line about this request
        bool direct = false;           ///< never through the proxy (the LAN router)
        /// This request's proxy (a profile's own, NoProxy: none), with its credentials; unset: setProxy()'s.
        std::optional<QNetworkProxy> proxy;
    };
    using Callback = std::function<void(const HttpReply &)>;

    /// \brief Sends \a request; \a done runs once with the reply, unless \a context is gone.
    void send(const HttpRequest &request, const Options &options, QObject *context, Callback done);

    /// \brief Sends a GET from the local address \a source (a detector on one of several uplinks):
    /// the same rules as send() — verification, CAs, size cap, timeout, redirects — but never a proxy.
    void sendFrom(const QHostAddress &source, const HttpRequest &request, const Options &options, QObject *context,
                  Callback done);

    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    /// \brief Sends requests (not those marked direct) through \a proxy; NoProxy: direct.
    void setProxy(const QNetworkProxy &proxy);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setPerServerLimit(int limit) { m_perServerLimit = std::max(1, limit); }
    /// \brief Aborts everything in flight and queued: each callback gets a "cancelled" error.
    void abortAll();

    int inFlight() const { return m_inFlight; }
    static constexpr qint64 kMaxReplyBytes = 1024 * 1024;
    /// \brief "reply from HOST is larger than kMaxReplyBytes bytes", for every path that reads a reply.
    static QString tooLargeMessage(const QString &host);

private:
    struct Pending
    {
        HttpRequest request;
        Options options;
        QPointer<QObject> context;
        Callback done;
    };
    void start(const QString &server, Pending pending);
    void finish(const QString &server);
    void clearConnectionCaches(); ///< of every network manager: the direct one and each proxy's
    static QString serverKey(const QUrl &url);
    QNetworkAccessManager *managerFor(const Options &options);

    QNetworkAccessManager *m_nam;
    QNetworkAccessManager *m_directNam = nullptr; ///< for direct requests while a proxy is set
    /// One per proxy requests name (Options::proxy): a manager has one proxy. Keyed by all of it.
    QHash<QByteArray, QNetworkAccessManager *> m_proxyNams;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout{10000};
    int m_perServerLimit = 2;
    int m_inFlight = 0;
    bool m_clearCachePending = false; ///< new CAs arrived while requests were in flight
    QHash<QString, int> m_active;
    QHash<QString, std::deque<Pending>> m_queued;
    QHash<QNetworkReply *, std::function<void()>> m_abortReasons; ///< in flight: how to cancel each
};

/// \brief The proxy a configuration's `proxy` URL names (http:// or socks5://, with its user name
/// and \a password if given); NoProxy for an empty URL.
QNetworkProxy networkProxy(const QUrl &url, const QString &password = {});

/// \brief A proxy for messages: "http proxy 127.0.0.1:3128 (user alice)", never its password.
QString describeProxy(const QNetworkProxy &proxy);

} // namespace Qddns
