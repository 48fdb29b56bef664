#pragma once

#include "providers/transport.h"

#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace Qddns {

class HttpClient;

/// \brief Carries a transaction's steps: each HTTP request to the HTTP client, each DNS message
/// to the DNS client. The engine sees only this; logic tests put a scripted fake in its place
/// and run transactions without a socket.
class Transport
{
public:
    struct Options
    {
        bool allowInsecureHttp = false; ///< HTTP: the profile allows plain http://
        QStringList secrets;            ///< masked in every log line about this step
        std::optional<QNetworkProxy> proxy; ///< HTTP: the profile's own proxy (unset: the agent's)
    };
    using Callback = std::function<void(const TransportReply &)>;

    virtual ~Transport() = default;
    /// \brief Sends \a request; \a done runs once with its reply (an error inside it when the
    /// step failed), unless \a context is gone.
    virtual void send(const TransportRequest &request, const Options &options, QObject *context, Callback done) = 0;
    /// \brief Cancels everything in flight: each callback gets a "cancelled" error.
    virtual void abortAll() = 0;
};

/// \brief The real transports: the agent's HttpClient and a DNS client of its own.
class NetworkTransport : public Transport
{
public:
    explicit NetworkTransport(HttpClient *http);
    ~NetworkTransport() override;
    void send(const TransportRequest &request, const Options &options, QObject *context, Callback done) override;
    void abortAll() override;

private:
    HttpClient *m_http;
    std::unique_ptr<Dns::DnsClient> m_dns;
};

} // namespace Qddns
