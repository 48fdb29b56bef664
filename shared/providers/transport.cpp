#include "providers/transport.h"

#include "core/redact.h"

namespace Qddns {

QString describeRequest(const TransportRequest &request, const QStringList &secrets)
{
    if (const auto *http = std::get_if<HttpRequest>(&request))
        return QString::fromLatin1(http->method) + QLatin1Char(' ') + redactUrl(http->url, secrets);
    const auto &dns = std::get<DnsRequest>(request);
    const QString opcode = dns.message.opcode == Dns::Opcode::Update ? QStringLiteral("UPDATE") : QStringLiteral("QUERY");
    QStringList what;
    if (dns.message.opcode == Dns::Opcode::Update) {
        // The zone section names the zone the server must be primary for.
        for (const Dns::Question &q : dns.message.questions)
            what.append(QStringLiteral("zone ") + q.name.toText());
        for (const Dns::ResourceRecord &rr : dns.message.authorities)
            what.append(rr.toText());
    } else {
        for (const Dns::Question &q : dns.message.questions)
            what.append(q.name.toText() + QLatin1Char(' ') + Dns::typeName(q.type));
    }
    const QString key = dns.options.tsigKey ? QStringLiteral(" (TSIG %1)").arg(dns.options.tsigKey->name.toText()) : QString();
    return redactText(QStringLiteral("DNS %1 %2 to %3%4").arg(opcode, what.join(QStringLiteral("; ")), dns.server.toString(), key),
                      secrets);
}

} // namespace Qddns
