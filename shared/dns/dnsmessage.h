#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

// The DNS message model and its wire codec (RFC 1035, EDNS0 from RFC 6891, TSIG from RFC 8945).
// Decoding takes untrusted bytes: every length is checked and every failure is a text naming the
// part of the message that is wrong.
namespace Qddns::Dns {

enum class RRType : quint16 {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    TXT = 16,
    AAAA = 28,
    OPT = 41,
    TSIG = 250,
    ANY = 255,
};

enum class RRClass : quint16 {
    IN = 1,
    CH = 3,
    NONE = 254,  ///< RFC 2136: delete one RR
    ANY = 255,   ///< RFC 2136: delete an RRset; TSIG records
};

enum class Opcode : quint8 { Query = 0, Notify = 4, Update = 5 };

/// \brief "A", "AAAA", … or "TYPE65280" for a type without a name here.
QString typeName(RRType type);
/// \brief "IN", "CH", … or "CLASS42".
QString className(RRClass rrClass);

/// \brief A domain name: at most 127 labels of 1-63 bytes, 255 bytes on the wire. Always absolute.
class Name
{
public:
    Name() = default;  ///< the root
    /// \brief Parses presentation form: "home.example.test" or "home.example.test." (same name),
    /// "." for the root; "\." and "\\" escape, "\DDD" is a byte in decimal.
    static Expected<Name, QString> fromText(const QString &text);
    /// \brief Builds a name from raw labels, checking the same limits as the decoder.
    static Expected<Name, QString> fromLabels(const QList<QByteArray> &labels);

    const QList<QByteArray> &labels() const { return m_labels; }
    bool isRoot() const { return m_labels.isEmpty(); }
    /// \brief Presentation form with a trailing dot ("." for the root); unprintable bytes as \DDD.
    QString toText() const;
    /// \brief Uncompressed wire form; lower-case when \a canonical (RFC 4034 6.2, used by TSIG).
    QByteArray toWire(bool canonical = false) const;
    /// \brief Wire length including the root label.
    int wireLength() const;
    /// \brief True if this name equals \a zone or lies below it (ASCII case-insensitive).
    bool isSubdomainOf(const Name &zone) const;

    /// \brief ASCII case-insensitive, as DNS compares names.
    friend bool operator==(const Name &a, const Name &b);
    friend bool operator!=(const Name &a, const Name &b) { return !(a == b); }

    static constexpr int kMaxWireLength = 255;
    static constexpr int kMaxLabelLength = 63;

private:
    explicit Name(QList<QByteArray> labels) : m_labels(std::move(labels)) {}
    QList<QByteArray> m_labels;
};

/// \brief Rdata kept as bytes: types without a model here, and the empty rdata of RFC 2136 deletions.
struct RawRdata
{
    QByteArray bytes;
};
/// \brief A (IPv4) or AAAA (IPv6), by the record's type.
struct AddressRdata
{
    QHostAddress address;
};
/// \brief NS or CNAME.
struct NameRdata
{
    Name name;
};
struct TxtRdata
{
    QList<QByteArray> strings;  ///< each at most 255 bytes
};
struct SoaRdata
{
    Name mname;
    Name rname;
    quint32 serial = 0;
    quint32 refresh = 0;
    quint32 retry = 0;
    quint32 expire = 0;
    quint32 minimum = 0;
};
struct EdnsOption
{
    quint16 code = 0;
    QByteArray data;
};
/// \brief The options of an OPT pseudo-record; its other fields live in the record's class and TTL.
struct OptRdata
{
    QList<EdnsOption> options;
};
/// \brief RFC 8945 4.2.
struct TsigRdata
{
    Name algorithm;
    quint64 timeSigned = 0;  ///< 48 bits, seconds since the epoch
    quint16 fudge = 300;
    QByteArray mac;
    quint16 originalId = 0;
    quint16 error = 0;
    QByteArray otherData;
};

using Rdata = std::variant<RawRdata, AddressRdata, NameRdata, TxtRdata, SoaRdata, OptRdata, TsigRdata>;

/// \brief One resource record; \c rdata holds the model matching \c type (RawRdata if none, or if empty).
struct ResourceRecord
{
    Name name;
    RRType type = RRType::A;
    RRClass rrClass = RRClass::IN;
    quint32 ttl = 0;
    Rdata rdata;

    /// \brief The address of an A/AAAA record, or nullopt.
    std::optional<QHostAddress> address() const;
    /// \brief Short presentation form for logs and errors: "home.example.test. 60 IN A 81.2.69.160".
    QString toText() const;
};

struct Question
{
    Name name;
    RRType type = RRType::A;
    RRClass rrClass = RRClass::IN;

    friend bool operator==(const Question &a, const Question &b)
    {
        return a.name == b.name && a.type == b.type && a.rrClass == b.rrClass;
    }
};

/// \brief The EDNS0 view of an OPT record (RFC 6891 6.1.3).
struct Edns
{
    quint16 udpPayloadSize = 1232;
    quint8 extendedRcode = 0;  ///< upper 8 bits of the 12-bit rcode
    quint8 version = 0;
    bool dnssecOk = false;
    QList<EdnsOption> options;
};

/// \brief Limits applied while decoding untrusted input.
struct DecodeLimits
{
    int maxMessageBytes = 65535;
    int maxRecords = 4096;        ///< in all sections together
    int maxPointerHops = 64;      ///< per name; pointers must also point backwards
};

/// \brief A DNS message. For UPDATE (RFC 2136 2.2) the sections are zone, prerequisite, update
/// and additional, in this order: \c questions, \c answers, \c authorities, \c additionals.
struct Message
{
    quint16 id = 0;
    bool qr = false;  ///< response
    Opcode opcode = Opcode::Query;
    bool aa = false;
    bool tc = false;
    bool rd = false;
    bool ra = false;
    bool z = false;
    bool ad = false;
    bool cd = false;
    quint8 rcode = 0;  ///< the header's 4 bits; see fullRcode()
    QList<Question> questions;
    QList<ResourceRecord> answers;
    QList<ResourceRecord> authorities;
    QList<ResourceRecord> additionals;

    /// \brief Set by decode(): offset of the TSIG record in the decoded bytes, -1 if unsigned.
    qsizetype tsigOffset = -1;

    /// \brief Decodes \a wire; the error names the section, the record and what is wrong.
    static Expected<Message, QString> decode(const QByteArray &wire, const DecodeLimits &limits = {});
    /// \brief Encodes; with \a compress, names repeat as pointers (never inside TSIG or unknown rdata).
    Expected<QByteArray, QString> encode(bool compress = true) const;

    /// \brief The OPT record's EDNS view, if the message has one.
    std::optional<Edns> edns() const;
    /// \brief Adds (or replaces) the OPT record.
    void setEdns(const Edns &edns);
    /// \brief The 12-bit rcode: the header's 4 bits and the OPT record's upper 8.
    quint16 fullRcode() const;
    /// \brief The TSIG record (the last additional), or nullptr.
    const ResourceRecord *tsig() const;
    const TsigRdata *tsigRdata() const;
};

} // namespace Qddns::Dns
