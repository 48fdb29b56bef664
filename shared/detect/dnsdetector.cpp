// The `dns` detector: one query to a DNS server that answers with the address the query came
// from. One UDP datagram each way, no TCP or TLS handshake: cheap enough to poll often.
#include "detect/detector.h"

#include "core/logging.h"
#include "dns/dnsclient.h"
#include "dns/dnsupdate.h"
#include "dns/rcode.h"

#include <QTimer>

namespace Qddns {

namespace {

// What each service is asked and where (the addresses, so that detection needs no resolver).
struct DnsEchoPreset
{
    const char *id;
    const char *name;           ///< the owner name asked about
    Dns::RRType ipv4Type;       ///< A, or TXT when the address comes as text
    Dns::RRType ipv6Type;
    Dns::RRClass rrClass;
    const char *ipv4Server;
    const char *ipv6Server;
};

// OpenDNS's resolvers answer myip.opendns.com with the asker's address as an A or AAAA record;
// Cloudflare's 1.1.1.1 answers whoami.cloudflare (class CHAOS) and Google's authoritative
// ns1.google.com answers o-o.myaddr.l.google.com with it as TXT.
const DnsEchoPreset kPresets[] = {
    {"opendns", "myip.opendns.com", Dns::RRType::A, Dns::RRType::AAAA, Dns::RRClass::IN, "208.67.222.222", "2620:119:35::35"},
    {"cloudflare", "whoami.cloudflare", Dns::RRType::TXT, Dns::RRType::TXT, Dns::RRClass::CH, "1.1.1.1", "2606:4700:4700::1111"},
    {"google", "o-o.myaddr.l.google.com", Dns::RRType::TXT, Dns::RRType::TXT, Dns::RRClass::IN, "216.239.32.10",
     "2001:4860:4802:32::a"},
};

const DnsEchoPreset *findPreset(const QString &id)
{
    for (const DnsEchoPreset &p : kPresets) {
        if (id == QLatin1String(p.id))
            return &p;
    }
    return nullptr;
}

// The one address in the answer, through the same checks as every detector's answer.
AddressResult readAnswer(const Dns::DnsReply &reply, const Dns::Question &question, Family family, const QString &where)
{
    if (!reply.ok())
        return Unexpected{reply.error};
    const Dns::Message &m = reply.message;
    if (m.fullRcode() != Dns::NoError)
        return Unexpected{QStringLiteral("%1 answered %2 (%3)").arg(where, Dns::rcodeName(m.fullRcode()), Dns::rcodeMeaning(m.fullRcode()))};
    QList<QByteArray> values;
    for (const Dns::ResourceRecord &rr : m.answers) {
        if (rr.name != question.name || rr.type != question.type)
            continue;
        if (const auto *txt = std::get_if<Dns::TxtRdata>(&rr.rdata)) {
            // Google adds the resolver's client subnet when asked through a resolver that sends one.
            const QByteArray text = txt->strings.join();
            if (!text.startsWith("edns0-client-subnet"))
                values.append(text);
        } else if (const auto address = rr.address()) {
            values.append(address->toString().toLatin1());
        }
    }
    if (values.isEmpty())
        return Unexpected{QStringLiteral("%1 answered no %2 record for %3").arg(where, Dns::typeName(question.type), question.name.toText())};
    if (values.size() > 1)
        return Unexpected{QStringLiteral("%1 answered %2 records for %3, not one address").arg(where).arg(values.size()).arg(question.name.toText())};
    return parseSingleAddress(values.first(), family);
}

} // namespace

void runDnsDetector(const DetectorSpec &spec, Family family, QObject *context, AddressCallback done)
{
    const DnsEchoPreset *preset = findPreset(spec.dnsPreset);
    if (!preset) {
        QTimer::singleShot(0, context, [done = std::move(done), spec] {
            done(Unexpected{QStringLiteral("\"%1\" is not a DNS echo service").arg(spec.dnsPreset)});
        });
        return;
    }
    const QString serverText = !spec.dnsServer.isEmpty() ? spec.dnsServer
                                                         : QLatin1String(family == Family::IPv4 ? preset->ipv4Server : preset->ipv6Server);
    auto server = Dns::ServerAddress::parse(serverText);
    if (!server) {
        QTimer::singleShot(0, context, [done = std::move(done), error = server.error()] { done(Unexpected{error}); });
        return;
    }
    const Dns::Question question{Dns::Name::fromText(QLatin1String(preset->name)).value(),
                                 family == Family::IPv4 ? preset->ipv4Type : preset->ipv6Type, preset->rrClass};
    Dns::DnsClient::Options options;
    // Two attempts within the detector's time: a lost datagram is retried once.
    options.udpRetries = 1;
    options.timeout = std::max(std::chrono::milliseconds(200), spec.timeout / 2);
    auto *client = new Dns::DnsClient(context);
    const QString where = server->toString();
    qCDebug(lcDetect).noquote() << "asking" << where << "for" << question.name.toText() << Dns::className(question.rrClass)
                                << Dns::typeName(question.type);
    client->send(Dns::makeQuery(question.name, question.type, question.rrClass), server.value(), options, client,
                 [client, done = std::move(done), question, family, where](const Dns::DnsReply &reply) {
                     client->deleteLater();
                     done(readAnswer(reply, question, family, where));
                 });
}

} // namespace Qddns
