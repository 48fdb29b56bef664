#include "engine/transport.h"

#include "net/httpclient.h"

namespace Qddns {

NetworkTransport::NetworkTransport(HttpClient *http) : m_http(http), m_dns(std::make_unique<Dns::DnsClient>()) {}

NetworkTransport::~NetworkTransport() = default;

void NetworkTransport::send(const TransportRequest &request, const Options &options, QObject *context, Callback done)
{
    if (const auto *http = std::get_if<HttpRequest>(&request)) {
        HttpClient::Options httpOptions;
        httpOptions.allowInsecureHttp = options.allowInsecureHttp;
        httpOptions.secrets = options.secrets;
        httpOptions.proxy = options.proxy;
        m_http->send(*http, httpOptions, context, [done = std::move(done)](const HttpReply &reply) { done(reply); });
        return;
    }
    const auto &dns = std::get<DnsRequest>(request);
    m_dns->send(dns.message, dns.server, dns.options, context,
                [done = std::move(done)](const Dns::DnsReply &reply) { done(reply); });
}

void NetworkTransport::abortAll()
{
    m_http->abortAll();
    m_dns->abortAll();
}

} // namespace Qddns
