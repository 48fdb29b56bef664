#include "dns/dnsupdate.h"

namespace Qddns::Dns {

Expected<Message, QString> makeReplaceUpdate(const Name &zone, const Name &owner, RRType type, quint32 ttl,
                                             const QList<Rdata> &rdatas)
{
    if (!owner.isSubdomainOf(zone))
        return Unexpected(QStringLiteral("%1 is not inside the zone %2").arg(owner.toText(), zone.toText()));
    if (rdatas.isEmpty())
        return Unexpected(QStringLiteral("an update replacing %1 %2 needs at least one record").arg(owner.toText(), typeName(type)));
    if (ttl > 0x7FFFFFFF)
        return Unexpected(QStringLiteral("TTL %1 is larger than 2147483647 (RFC 2181 8)").arg(ttl));

    Message m;
    m.opcode = Opcode::Update;
    // Zone section: one SOA question naming the zone (RFC 2136 2.3).
    m.questions.append(Question{zone, RRType::SOA, RRClass::IN});
    // Update section (carried in the authority section): delete the RRset, then add (2.5.2, 2.5.1).
    ResourceRecord remove;
    remove.name = owner;
    remove.type = type;
    remove.rrClass = RRClass::ANY;
    remove.ttl = 0;
    remove.rdata = RawRdata{};
    m.authorities.append(remove);
    for (const Rdata &rdata : rdatas) {
        ResourceRecord add;
        add.name = owner;
        add.type = type;
        add.rrClass = RRClass::IN;
        add.ttl = ttl;
        add.rdata = rdata;
        m.authorities.append(add);
    }
    // Encoding checks that every rdata fits its type.
    auto wire = m.encode();
    if (!wire)
        return Unexpected(wire.error());
    return m;
}

Expected<Message, QString> makeAddressUpdate(const Name &zone, const Name &owner, const QHostAddress &address, quint32 ttl)
{
    RRType type;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        type = RRType::A;
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        type = RRType::AAAA;
    else
        return Unexpected(QStringLiteral("\"%1\" is not an IPv4 or IPv6 address").arg(address.toString()));
    return makeReplaceUpdate(zone, owner, type, ttl, {AddressRdata{address}});
}

Message makeQuery(const Name &name, RRType type, RRClass rrClass, const QueryOptions &options)
{
    Message m;
    m.opcode = Opcode::Query;
    m.rd = options.recursionDesired;
    m.questions.append(Question{name, type, rrClass});
    if (options.edns) {
        Edns edns;
        edns.udpPayloadSize = kEdnsUdpPayload;
        m.setEdns(edns);
    }
    return m;
}

} // namespace Qddns::Dns
