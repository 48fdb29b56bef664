#pragma once

#include <QAbstractSocket>
#include <QString>

#include <array>

namespace Qddns {

/// \brief IPv4 or IPv6.
enum class Family { IPv4, IPv6 };
/// \brief Both families, IPv4 first: the order every loop over families uses.
inline constexpr std::array<Family, 2> kFamilies{Family::IPv4, Family::IPv6};
QString familyName(Family family);          ///< "ipv4" / "ipv6" (config keys, wire words)
QString familyDisplayName(Family family);   ///< "IPv4" / "IPv6" (messages)
QAbstractSocket::NetworkLayerProtocol toProtocol(Family family);

/// \brief DNS record types a profile can publish: one per family.
enum class RecordType { A, AAAA };
QString recordTypeName(RecordType type); ///< "A" / "AAAA"
constexpr Family familyOf(RecordType type) { return type == RecordType::A ? Family::IPv4 : Family::IPv6; }
constexpr RecordType typeOf(Family family) { return family == Family::IPv4 ? RecordType::A : RecordType::AAAA; }

/// \brief One value per family, indexed by Family: replaces `family == IPv4 ? a : b`.
template<typename T>
struct PerFamily
{
    T ipv4{};
    T ipv6{};

    T &operator[](Family f) { return f == Family::IPv4 ? ipv4 : ipv6; }
    const T &operator[](Family f) const { return f == Family::IPv4 ? ipv4 : ipv6; }
    T &operator[](RecordType t) { return (*this)[familyOf(t)]; }
    const T &operator[](RecordType t) const { return (*this)[familyOf(t)]; }
};

/// \brief One record a profile keeps current.
struct RecordKey
{
    QString profile;
    QString host;
    RecordType type = RecordType::A;

    QString toString() const; ///< "profile/host/A": the state file's key
    bool operator==(const RecordKey &) const = default;
};

} // namespace Qddns
