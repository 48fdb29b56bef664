#pragma once

#include "core/expected.h"
#include "core/records.h"

#include <QHostAddress>
#include <QString>

namespace Qddns {

/// \brief Why \a address must not be published (private, loopback, CGNAT, documentation…),
/// or an empty string when it is a global unicast address.
QString nonGlobalReason(const QHostAddress &address);
inline bool isGlobalUnicast(const QHostAddress &address) { return nonGlobalReason(address).isEmpty(); }

/// \brief Reads \a text as an IP address only in a canonical textual form: IPv4 as four decimal
/// parts 0–255 without sign or leading zeros (`010.8.8.8` is not read as octal, `0x51…` not as hex);
/// IPv6 as RFC 4291 hex groups (one `::` at most, an optional dotted IPv4 tail), no zone id.
/// The error names the text and what is wrong with it.
Expected<QHostAddress, QString> parseAddressText(QStringView text);

/// \brief The address made of the first \a prefixLength bits of \a prefix and the rest of
/// \a suffix (IPv6): what a host behind the agent has after a prefix change.
QHostAddress withIpv6Suffix(const QHostAddress &prefix, const QHostAddress &suffix, int prefixLength);

/// \brief Whether \a suffix has no bit set within the first \a prefixLength bits.
bool fitsAfterPrefix(const QHostAddress &suffix, int prefixLength);

/// \brief Reads an echo service's or command's answer: after trimming it must be exactly one
/// global unicast address of \a family. The error says why not (HTML, empty, two lines, wrong family…).
Expected<QHostAddress, QString> parseSingleAddress(const QByteArray &text, Family family);

} // namespace Qddns
