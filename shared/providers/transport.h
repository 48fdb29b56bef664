#pragma once

#include "core/http.h"
#include "dns/dnsclient.h"
#include "dns/dnsmessage.h"

#include <QStringList>

#include <variant>

namespace Qddns {

/// \brief A DNS message a provider's transaction wants sent (RFC 2136 updates, record reads):
/// the DNS transport sends it to the server, signing it and checking the reply's TSIG when the
/// options carry a key.
struct DnsRequest
{
    Dns::Message message;
    Dns::ServerAddress server;
    Dns::DnsClient::Options options;
};

/// \brief One step of an update: an HTTP request or a DNS message. The engine hands each to the
/// transport that speaks it; the provider only prepares steps and reads their replies.
using TransportRequest = std::variant<HttpRequest, DnsRequest>;
/// \brief What came back for a TransportRequest: an HttpReply for an HttpRequest, a Dns::DnsReply
/// for a DnsRequest.
using TransportReply = std::variant<HttpReply, Dns::DnsReply>;

/// \brief One line for logs and dry runs, credentials masked: "GET https://…?token=***",
/// "DNS UPDATE zone example.org.; home.example.org. 0 ANY A …; … to ns1.example.net:53 (TSIG ddns-key.)".
QString describeRequest(const TransportRequest &request, const QStringList &secrets);

} // namespace Qddns
