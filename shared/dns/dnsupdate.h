#pragma once

#include "dns/dnsmessage.h"
#include "core/expected.h"

#include <QList>

// Building the two requests a DNS-native client sends: an RFC 2136 UPDATE that replaces one
// RRset, and a query.
namespace Qddns::Dns {

/// \brief EDNS0 payload size advertised in queries: fits the common path MTU without
/// fragmentation (the DNS flag day 2020 value).
constexpr quint16 kEdnsUdpPayload = 1232;

/// \brief Builds an UPDATE (RFC 2136) for \a zone that deletes the \a type RRset of \a owner and
/// adds one record per \a rdatas with \a ttl, in one message (the server applies it atomically).
/// The id is left 0: the client picks a random one. Errors: owner outside the zone, empty rdatas,
/// rdata not matching the type.
Expected<Message, QString> makeReplaceUpdate(const Name &zone, const Name &owner, RRType type, quint32 ttl,
                                             const QList<Rdata> &rdatas);

/// \brief Convenience: replace the A or AAAA RRset of \a owner with \a address (the type follows
/// the address family).
Expected<Message, QString> makeAddressUpdate(const Name &zone, const Name &owner, const QHostAddress &address, quint32 ttl);

struct QueryOptions
{
    bool recursionDesired = false;  ///< authoritative servers and echo services need none
    bool edns = true;               ///< advertise kEdnsUdpPayload so larger answers need no TCP
};

/// \brief Builds a query for \a name, \a type, \a rrClass (id 0: the client picks one).
Message makeQuery(const Name &name, RRType type, RRClass rrClass = RRClass::IN, const QueryOptions &options = {});

} // namespace Qddns::Dns
