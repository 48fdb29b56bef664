#include "dns/dnsmessage.h"

#include <QHash>
#include <QtEndian>

namespace Qddns::Dns {

namespace {

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool labelEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (asciiLower(a.at(i)) != asciiLower(b.at(i)))
            return false;
    }
    return true;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

constexpr int kHeaderBytes = 12;
constexpr int kMinQuestionBytes = 5;   // root name + type + class
constexpr int kMinRecordBytes = 11;    // root name + type + class + ttl + rdlength

// Reads from untrusted bytes. Every read checks its bounds; the first failure is kept in m_error.
class Reader
{
public:
    Reader(const QByteArray &wire, const DecodeLimits &limits) : m_wire(wire), m_limits(limits) {}

    qsizetype pos() const { return m_pos; }
    qsizetype size() const { return m_wire.size(); }
    qsizetype remaining() const { return m_wire.size() - m_pos; }
    const QString &error() const { return m_error; }
    bool fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
        return false;
    }

    bool need(qsizetype n, qsizetype end, const QString &what)
    {
        if (n > end - m_pos)
            return fail(QStringLiteral("%1 at offset %2 needs %3 bytes, only %4 left").arg(what).arg(m_pos).arg(n).arg(end - m_pos));
        return true;
    }
    quint8 u8() { return quint8(m_wire.at(m_pos++)); }
    quint16 u16()
    {
        const quint16 v = qFromBigEndian<quint16>(m_wire.constData() + m_pos);
        m_pos += 2;
        return v;
    }
    quint32 u32()
    {
        const quint32 v = qFromBigEndian<quint32>(m_wire.constData() + m_pos);
        m_pos += 4;
        return v;
    }
    QByteArray bytes(qsizetype n)
    {
        const QByteArray v = m_wire.mid(m_pos, n);
        m_pos += n;
        return v;
    }

    // RFC 1035 4.1.4. Labels read in place must stay before \a end (the rdata's end, or the
    // message's); pointers may reach anywhere earlier in the message. Each pointer must point
    // before the previous one's target (or before this name's start), so a chain cannot loop.
    bool name(Name &out, qsizetype end)
    {
        const qsizetype start = m_pos;
        QList<QByteArray> labels;
        int wireLength = 1;
        qsizetype cur = m_pos;
        qsizetype limit = m_pos;
        qsizetype bound = end;
        bool jumped = false;
        int hops = 0;
        for (;;) {
            if (cur >= bound)
                return fail(QStringLiteral("name at offset %1 runs past the end of its data").arg(start));
            const quint8 len = quint8(m_wire.at(cur));
            if ((len & 0xC0) == 0xC0) {
                if (cur + 1 >= bound)
                    return fail(QStringLiteral("compression pointer at offset %1 is cut off").arg(cur));
                const qsizetype target = ((len & 0x3F) << 8) | quint8(m_wire.at(cur + 1));
                if (target >= m_wire.size())
                    return fail(QStringLiteral("compression pointer at offset %1 points to offset %2, outside the message (%3 bytes)")
                                    .arg(cur).arg(target).arg(m_wire.size()));
                if (target >= limit)
                    return fail(QStringLiteral("compression pointer at offset %1 points forward or into a loop (to offset %2); "
                                               "pointers must point to an earlier name").arg(cur).arg(target));
                if (++hops > m_limits.maxPointerHops)
                    return fail(QStringLiteral("name at offset %1 follows more than %2 compression pointers").arg(start).arg(m_limits.maxPointerHops));
                if (!jumped)
                    m_pos = cur + 2;
                jumped = true;
                limit = target;
                cur = target;
                bound = m_wire.size();
                continue;
            }
            if (len & 0xC0)
                return fail(QStringLiteral("label length byte 0x%1 at offset %2: labels are at most 63 bytes "
                                           "(extended label types are not supported)").arg(len, 2, 16, QLatin1Char('0')).arg(cur));
            if (len == 0) {
                if (!jumped)
                    m_pos = cur + 1;
                break;
            }
            if (cur + 1 + len > bound)
                return fail(QStringLiteral("label at offset %1 (%2 bytes) runs past the end of its data").arg(cur).arg(len));
            wireLength += 1 + len;
            if (wireLength > Name::kMaxWireLength)
                return fail(QStringLiteral("name at offset %1 is longer than %2 bytes").arg(start).arg(Name::kMaxWireLength));
            labels.append(m_wire.mid(cur + 1, len));
            cur += 1 + len;
        }
        auto built = Name::fromLabels(labels);
        if (!built)
            return fail(built.error());
        out = std::move(built.value());
        return true;
    }

private:
    const QByteArray &m_wire;
    DecodeLimits m_limits;
    qsizetype m_pos = 0;
    QString m_error;
};

bool decodeRdata(Reader &r, ResourceRecord &rr, quint16 rdlength)
{
    const qsizetype end = r.pos() + rdlength;
    const QString what = typeName(rr.type) + QStringLiteral(" rdata");
    auto mustEnd = [&]() {
        if (r.pos() != end)
            return r.fail(QStringLiteral("%1 is %2 bytes, its fields take %3").arg(what).arg(rdlength).arg(rdlength - (end - r.pos())));
        return true;
    };
    // RFC 2136 deletions carry no rdata, whatever the type.
    if (rdlength == 0 && rr.type != RRType::OPT) {
        rr.rdata = RawRdata{};
        return true;
    }
    switch (rr.type) {
    case RRType::A:
    case RRType::AAAA: {
        const int expected = rr.type == RRType::A ? 4 : 16;
        if (rdlength != expected)
            return r.fail(QStringLiteral("%1 is %2 bytes, expected %3").arg(what).arg(rdlength).arg(expected));
        const QByteArray raw = r.bytes(rdlength);
        QHostAddress address;
        if (expected == 4)
            address.setAddress(qFromBigEndian<quint32>(raw.constData()));
        else
            address.setAddress(reinterpret_cast<const quint8 *>(raw.constData()));
        rr.rdata = AddressRdata{address};
        return true;
    }
    case RRType::NS:
    case RRType::CNAME: {
        NameRdata data;
        if (!r.name(data.name, end))
            return false;
        rr.rdata = std::move(data);
        return mustEnd();
    }
    case RRType::SOA: {
        SoaRdata soa;
        if (!r.name(soa.mname, end) || !r.name(soa.rname, end) || !r.need(20, end, what))
            return false;
        soa.serial = r.u32();
        soa.refresh = r.u32();
        soa.retry = r.u32();
        soa.expire = r.u32();
        soa.minimum = r.u32();
        rr.rdata = std::move(soa);
        return mustEnd();
    }
    case RRType::TXT: {
        TxtRdata txt;
        while (r.pos() < end) {
            const quint8 len = r.u8();
            if (!r.need(len, end, QStringLiteral("TXT string")))
                return false;
            txt.strings.append(r.bytes(len));
        }
        rr.rdata = std::move(txt);
        return true;
    }
    case RRType::OPT: {
        OptRdata opt;
        while (r.pos() < end) {
            if (!r.need(4, end, QStringLiteral("EDNS option header")))
                return false;
            EdnsOption option;
            option.code = r.u16();
            const quint16 len = r.u16();
            if (!r.need(len, end, QStringLiteral("EDNS option %1").arg(option.code)))
                return false;
            option.data = r.bytes(len);
            opt.options.append(option);
        }
        rr.rdata = std::move(opt);
        return true;
    }
    case RRType::TSIG: {
        TsigRdata tsig;
        if (!r.name(tsig.algorithm, end) || !r.need(10, end, what))
            return false;
        tsig.timeSigned = (quint64(r.u16()) << 32) | r.u32();
        tsig.fudge = r.u16();
        const quint16 macSize = r.u16();
        if (!r.need(macSize, end, QStringLiteral("TSIG MAC")))
            return false;
        tsig.mac = r.bytes(macSize);
        if (!r.need(6, end, what))
            return false;
        tsig.originalId = r.u16();
        tsig.error = r.u16();
        const quint16 otherLen = r.u16();
        if (!r.need(otherLen, end, QStringLiteral("TSIG other data")))
            return false;
        tsig.otherData = r.bytes(otherLen);
        rr.rdata = std::move(tsig);
        return mustEnd();
    }
    default:
        rr.rdata = RawRdata{r.bytes(rdlength)};
        return true;
    }
}

bool decodeRecord(Reader &r, ResourceRecord &rr)
{
    if (!r.name(rr.name, r.size()) || !r.need(10, r.size(), QStringLiteral("record header")))
        return false;
    rr.type = RRType(r.u16());
    rr.rrClass = RRClass(r.u16());
    rr.ttl = r.u32();
    const quint16 rdlength = r.u16();
    if (!r.need(rdlength, r.size(), typeName(rr.type) + QStringLiteral(" rdata")))
        return false;
    return decodeRdata(r, rr, rdlength);
}

class Writer
{
public:
    explicit Writer(bool compress) : m_compress(compress) {}
    QByteArray out;

    void u8(quint8 v) { out.append(char(v)); }
    void u16(quint16 v)
    {
        u8(quint8(v >> 8));
        u8(quint8(v));
    }
    void u32(quint32 v)
    {
        u16(quint16(v >> 16));
        u16(quint16(v));
    }
    void name(const Name &name, bool mayCompress)
    {
        const QList<QByteArray> &labels = name.labels();
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QByteArray suffix = suffixKey(labels, i);
            if (m_compress && mayCompress) {
                const auto it = m_offsets.constFind(suffix);
                if (it != m_offsets.constEnd()) {
                    u16(quint16(0xC000 | it.value()));
                    return;
                }
            }
            // Only offsets a 14-bit pointer can reach are useful later.
            if (m_compress && out.size() < 0x4000 && !m_offsets.contains(suffix))
                m_offsets.insert(suffix, int(out.size()));
            u8(quint8(labels.at(i).size()));
            out.append(labels.at(i));
        }
        u8(0);
    }

private:
    static QByteArray suffixKey(const QList<QByteArray> &labels, qsizetype from)
    {
        QByteArray key;
        for (qsizetype i = from; i < labels.size(); ++i) {
            key.append(char(labels.at(i).size()));
            for (char c : labels.at(i))
                key.append(asciiLower(c));
        }
        return key;
    }

    bool m_compress;
    QHash<QByteArray, int> m_offsets;
};

bool encodeRdata(Writer &w, const ResourceRecord &rr, QString &error)
{
    const bool compressible = rr.type == RRType::NS || rr.type == RRType::CNAME || rr.type == RRType::SOA;
    if (const auto *raw = std::get_if<RawRdata>(&rr.rdata)) {
        w.out.append(raw->bytes);
    } else if (const auto *a = std::get_if<AddressRdata>(&rr.rdata)) {
        bool ok = false;
        if (rr.type == RRType::A) {
            const quint32 v4 = a->address.toIPv4Address(&ok);
            if (ok && a->address.protocol() == QAbstractSocket::IPv4Protocol)
                w.u32(v4);
            else
                ok = false;
        } else if (rr.type == RRType::AAAA && a->address.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR v6 = a->address.toIPv6Address();
            w.out.append(reinterpret_cast<const char *>(v6.c), 16);
            ok = true;
        }
        if (!ok) {
            error = QStringLiteral("%1 record cannot hold the address \"%2\"").arg(typeName(rr.type), a->address.toString());
            return false;
        }
    } else if (const auto *n = std::get_if<NameRdata>(&rr.rdata)) {
        w.name(n->name, compressible);
    } else if (const auto *soa = std::get_if<SoaRdata>(&rr.rdata)) {
        w.name(soa->mname, compressible);
        w.name(soa->rname, compressible);
        w.u32(soa->serial);
        w.u32(soa->refresh);
        w.u32(soa->retry);
        w.u32(soa->expire);
        w.u32(soa->minimum);
    } else if (const auto *txt = std::get_if<TxtRdata>(&rr.rdata)) {
        for (const QByteArray &s : txt->strings) {
            if (s.size() > 255) {
                error = QStringLiteral("TXT string of %1 bytes is longer than 255").arg(s.size());
                return false;
            }
            w.u8(quint8(s.size()));
            w.out.append(s);
        }
    } else if (const auto *opt = std::get_if<OptRdata>(&rr.rdata)) {
        for (const EdnsOption &o : opt->options) {
            if (o.data.size() > 0xFFFF) {
                error = QStringLiteral("EDNS option %1 is too long").arg(o.code);
                return false;
            }
            w.u16(o.code);
            w.u16(quint16(o.data.size()));
            w.out.append(o.data);
        }
    } else if (const auto *tsig = std::get_if<TsigRdata>(&rr.rdata)) {
        // RFC 8945 4.2: the algorithm name is never compressed.
        w.name(tsig->algorithm, false);
        w.u16(quint16(tsig->timeSigned >> 32));
        w.u32(quint32(tsig->timeSigned));
        w.u16(tsig->fudge);
        if (tsig->mac.size() > 0xFFFF || tsig->otherData.size() > 0xFFFF) {
            error = QStringLiteral("TSIG MAC or other data is too long");
            return false;
        }
        w.u16(quint16(tsig->mac.size()));
        w.out.append(tsig->mac);
        w.u16(tsig->originalId);
        w.u16(tsig->error);
        w.u16(quint16(tsig->otherData.size()));
        w.out.append(tsig->otherData);
    }
    return true;
}

bool encodeRecord(Writer &w, const ResourceRecord &rr, QString &error)
{
    w.name(rr.name, rr.type != RRType::TSIG);
    w.u16(quint16(rr.type));
    w.u16(quint16(rr.rrClass));
    w.u32(rr.ttl);
    const qsizetype lengthAt = w.out.size();
    w.u16(0);
    if (!encodeRdata(w, rr, error))
        return false;
    const qsizetype rdlength = w.out.size() - lengthAt - 2;
    if (rdlength > 0xFFFF) {
        error = QStringLiteral("rdata of %1 is %2 bytes, more than 65535").arg(rr.toText()).arg(rdlength);
        return false;
    }
    qToBigEndian<quint16>(quint16(rdlength), w.out.data() + lengthAt);
    return true;
}

const char *sectionName(int section)
{
    static const char *const names[] = {"question", "answer", "authority", "additional"};
    return names[section];
}

} // namespace

QString typeName(RRType type)
{
    switch (type) {
    case RRType::A: return QStringLiteral("A");
    case RRType::NS: return QStringLiteral("NS");
    case RRType::CNAME: return QStringLiteral("CNAME");
    case RRType::SOA: return QStringLiteral("SOA");
    case RRType::TXT: return QStringLiteral("TXT");
    case RRType::AAAA: return QStringLiteral("AAAA");
    case RRType::OPT: return QStringLiteral("OPT");
    case RRType::TSIG: return QStringLiteral("TSIG");
    case RRType::ANY: return QStringLiteral("ANY");
    }
    return QStringLiteral("TYPE%1").arg(quint16(type));
}

QString className(RRClass rrClass)
{
    switch (rrClass) {
    case RRClass::IN: return QStringLiteral("IN");
    case RRClass::CH: return QStringLiteral("CH");
    case RRClass::NONE: return QStringLiteral("NONE");
    case RRClass::ANY: return QStringLiteral("ANY");
    }
    return QStringLiteral("CLASS%1").arg(quint16(rrClass));
}

// ---- Name ----

Expected<Name, QString> Name::fromLabels(const QList<QByteArray> &labels)
{
    int length = 1;
    for (const QByteArray &label : labels) {
        if (label.isEmpty())
            return Unexpected(QStringLiteral("a name has an empty label"));
        if (label.size() > kMaxLabelLength)
            return Unexpected(QStringLiteral("label \"%1\" is %2 bytes long; labels are at most %3")
                                  .arg(QString::fromLatin1(label.left(20)) + QStringLiteral("…")).arg(label.size()).arg(kMaxLabelLength));
        length += 1 + int(label.size());
    }
    if (length > kMaxWireLength)
        return Unexpected(QStringLiteral("name is %1 bytes long on the wire; names are at most %2").arg(length).arg(kMaxWireLength));
    return Name(labels);
}

Expected<Name, QString> Name::fromText(const QString &text)
{
    if (text.isEmpty())
        return Unexpected(QStringLiteral("empty name (write \".\" for the root)"));
    if (text == QLatin1String("."))
        return Name();
    QList<QByteArray> labels;
    QByteArray label;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.unicode() > 0x7E || c.unicode() < 0x21)
            return Unexpected(QStringLiteral("name \"%1\" contains %2: only printable ASCII is allowed "
                                             "(write international names in their xn-- form)")
                                  .arg(text, c.isSpace() ? QStringLiteral("a space") : QStringLiteral("'%1'").arg(c)));
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= n)
                return Unexpected(QStringLiteral("name \"%1\" ends with a lone backslash").arg(text));
            if (text.at(i + 1).isDigit()) {
                bool ok = false;
                const int value = text.mid(i + 1, 3).toInt(&ok);
                if (i + 3 >= n || !ok || value > 255 || !text.at(i + 2).isDigit() || !text.at(i + 3).isDigit())
                    return Unexpected(QStringLiteral("name \"%1\": a \\DDD escape needs three decimal digits up to 255").arg(text));
                label.append(char(value));
                i += 3;
            } else {
                label.append(char(text.at(i + 1).unicode()));
                ++i;
            }
        } else if (c == QLatin1Char('.')) {
            if (label.isEmpty())
                return Unexpected(QStringLiteral("name \"%1\" has an empty label").arg(text));
            labels.append(label);
            label.clear();
        } else {
            label.append(char(c.unicode()));
        }
    }
    if (!label.isEmpty())
        labels.append(label);
    auto name = fromLabels(labels);
    if (!name)
        return Unexpected(QStringLiteral("name \"%1\": %2").arg(text.left(80), name.error()));
    return name;
}

QString Name::toText() const
{
    if (m_labels.isEmpty())
        return QStringLiteral(".");
    QString text;
    for (const QByteArray &label : m_labels) {
        for (char ch : label) {
            const quint8 c = quint8(ch);
            if (c == '.' || c == '\\' || c == '"' || c == ';' || c == '(' || c == ')')
                text += QLatin1Char('\\') + QLatin1Char(char(c));
            else if (c >= 0x21 && c <= 0x7E)
                text += QLatin1Char(char(c));
            else
                text += QStringLiteral("\\%1").arg(c, 3, 10, QLatin1Char('0'));
        }
        text += QLatin1Char('.');
    }
    return text;
}

QByteArray Name::toWire(bool canonical) const
{
    QByteArray wire;
    for (const QByteArray &label : m_labels) {
        wire.append(char(label.size()));
        for (char c : label)
            wire.append(canonical ? asciiLower(c) : c);
    }
    wire.append('\0');
    return wire;
}

int Name::wireLength() const
{
    int length = 1;
    for (const QByteArray &label : m_labels)
        length += 1 + int(label.size());
    return length;
}

bool Name::isSubdomainOf(const Name &zone) const
{
    const qsizetype offset = m_labels.size() - zone.m_labels.size();
    if (offset < 0)
        return false;
    for (qsizetype i = 0; i < zone.m_labels.size(); ++i) {
        if (!labelEquals(m_labels.at(offset + i), zone.m_labels.at(i)))
            return false;
    }
    return true;
}

bool operator==(const Name &a, const Name &b)
{
    return a.m_labels.size() == b.m_labels.size() && a.isSubdomainOf(b);
}

// ---- ResourceRecord ----

std::optional<QHostAddress> ResourceRecord::address() const
{
    if (const auto *a = std::get_if<AddressRdata>(&rdata))
        return a->address;
    return std::nullopt;
}

QString ResourceRecord::toText() const
{
    QString data;
    if (const auto *raw = std::get_if<RawRdata>(&rdata)) {
        data = QStringLiteral("\\# %1 %2").arg(raw->bytes.size()).arg(hex(raw->bytes));
    } else if (const auto *a = std::get_if<AddressRdata>(&rdata)) {
        data = a->address.toString();
    } else if (const auto *n = std::get_if<NameRdata>(&rdata)) {
        data = n->name.toText();
    } else if (const auto *soa = std::get_if<SoaRdata>(&rdata)) {
        data = QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(soa->mname.toText(), soa->rname.toText())
                   .arg(soa->serial).arg(soa->refresh).arg(soa->retry).arg(soa->expire).arg(soa->minimum);
    } else if (const auto *txt = std::get_if<TxtRdata>(&rdata)) {
        // Presentation form (RFC 1035 5.1): quoted, '"' and '\\' escaped, unprintable bytes as \DDD.
        QStringList parts;
        for (const QByteArray &s : txt->strings) {
            QString part = QStringLiteral("\"");
            for (char ch : s) {
                const quint8 c = quint8(ch);
                if (c == '"' || c == '\\')
                    part += QLatin1Char('\\') + QLatin1Char(char(c));
                else if (c >= 0x20 && c <= 0x7E)
                    part += QLatin1Char(char(c));
                else
                    part += QStringLiteral("\\%1").arg(c, 3, 10, QLatin1Char('0'));
            }
            parts.append(part + QLatin1Char('"'));
        }
        data = parts.join(QLatin1Char(' '));
    } else if (const auto *opt = std::get_if<OptRdata>(&rdata)) {
        data = QStringLiteral("(%1 options)").arg(opt->options.size());
    } else if (const auto *tsig = std::get_if<TsigRdata>(&rdata)) {
        data = QStringLiteral("%1 %2 %3 %4-byte MAC error %5").arg(tsig->algorithm.toText()).arg(tsig->timeSigned)
                   .arg(tsig->fudge).arg(tsig->mac.size()).arg(tsig->error);
    }
    return QStringLiteral("%1 %2 %3 %4 %5").arg(name.toText()).arg(ttl).arg(className(rrClass), typeName(type), data);
}

// ---- Message ----

Expected<Message, QString> Message::decode(const QByteArray &wire, const DecodeLimits &limits)
{
    if (wire.size() > limits.maxMessageBytes)
        return Unexpected(QStringLiteral("message of %1 bytes is larger than %2").arg(wire.size()).arg(limits.maxMessageBytes));
    if (wire.size() < kHeaderBytes)
        return Unexpected(QStringLiteral("message of %1 bytes is shorter than the 12-byte header").arg(wire.size()));
    Reader r(wire, limits);
    Message m;
    m.id = r.u16();
    const quint8 b2 = r.u8();
    const quint8 b3 = r.u8();
    m.qr = b2 & 0x80;
    m.opcode = Opcode((b2 >> 3) & 0x0F);
    m.aa = b2 & 0x04;
    m.tc = b2 & 0x02;
    m.rd = b2 & 0x01;
    m.ra = b3 & 0x80;
    m.z = b3 & 0x40;
    m.ad = b3 & 0x20;
    m.cd = b3 & 0x10;
    m.rcode = b3 & 0x0F;
    const quint16 counts[4] = {r.u16(), r.u16(), r.u16(), r.u16()};
    // Refuse impossible counts before allocating anything for them.
    const qint64 records = qint64(counts[1]) + counts[2] + counts[3];
    const qint64 minimum = qint64(counts[0]) * kMinQuestionBytes + records * kMinRecordBytes;
    if (minimum > r.remaining())
        return Unexpected(QStringLiteral("header claims %1 questions and %2 records, which need at least %3 bytes; the message has %4 after the header")
                              .arg(counts[0]).arg(records).arg(minimum).arg(r.remaining()));
    if (counts[0] + records > limits.maxRecords)
        return Unexpected(QStringLiteral("header claims %1 entries, more than the limit of %2").arg(counts[0] + records).arg(limits.maxRecords));

    for (int i = 0; i < counts[0]; ++i) {
        Question q;
        if (!r.name(q.name, r.size()) || !r.need(4, r.size(), QStringLiteral("question type and class")))
            return Unexpected(QStringLiteral("question %1: %2").arg(i + 1).arg(r.error()));
        q.type = RRType(r.u16());
        q.rrClass = RRClass(r.u16());
        m.questions.append(q);
    }
    QList<ResourceRecord> *sections[3] = {&m.answers, &m.authorities, &m.additionals};
    for (int s = 0; s < 3; ++s) {
        for (int i = 0; i < counts[s + 1]; ++i) {
            const qsizetype start = r.pos();
            ResourceRecord rr;
            if (!decodeRecord(r, rr))
                return Unexpected(QStringLiteral("%1 record %2: %3").arg(QLatin1String(sectionName(s + 1))).arg(i + 1).arg(r.error()));
            const bool last = s == 2 && i == counts[3] - 1;
            if (rr.type == RRType::TSIG) {
                if (!last)
                    return Unexpected(QStringLiteral("%1 record %2: a TSIG record must be the last additional record")
                                          .arg(QLatin1String(sectionName(s + 1))).arg(i + 1));
                m.tsigOffset = start;
            }
            if (rr.type == RRType::OPT) {
                if (s != 2 || !rr.name.isRoot() || m.edns())
                    return Unexpected(QStringLiteral("%1 record %2: an OPT record must be the only one, in the additional section, owned by the root")
                                          .arg(QLatin1String(sectionName(s + 1))).arg(i + 1));
            }
            sections[s]->append(std::move(rr));
        }
    }
    if (r.remaining() > 0)
        return Unexpected(QStringLiteral("%1 bytes of trailing data after the last record").arg(r.remaining()));
    return m;
}

Expected<QByteArray, QString> Message::encode(bool compress) const
{
    Writer w(compress);
    w.u16(id);
    w.u8(quint8((qr ? 0x80 : 0) | ((quint8(opcode) & 0x0F) << 3) | (aa ? 0x04 : 0) | (tc ? 0x02 : 0) | (rd ? 0x01 : 0)));
    w.u8(quint8((ra ? 0x80 : 0) | (z ? 0x40 : 0) | (ad ? 0x20 : 0) | (cd ? 0x10 : 0) | (rcode & 0x0F)));
    for (qsizetype n : {questions.size(), answers.size(), authorities.size(), additionals.size()}) {
        if (n > 0xFFFF)
            return Unexpected(QStringLiteral("a section has %1 entries, more than 65535").arg(n));
        w.u16(quint16(n));
    }
    for (const Question &q : questions) {
        w.name(q.name, true);
        w.u16(quint16(q.type));
        w.u16(quint16(q.rrClass));
    }
    QString error;
    for (const QList<ResourceRecord> *section : {&answers, &authorities, &additionals}) {
        for (const ResourceRecord &rr : *section) {
            if (!encodeRecord(w, rr, error))
                return Unexpected(error);
        }
    }
    if (w.out.size() > 0xFFFF)
        return Unexpected(QStringLiteral("message is %1 bytes, more than 65535").arg(w.out.size()));
    return w.out;
}

std::optional<Edns> Message::edns() const
{
    for (const ResourceRecord &rr : additionals) {
        if (rr.type != RRType::OPT)
            continue;
        Edns e;
        e.udpPayloadSize = quint16(rr.rrClass);
        e.extendedRcode = quint8(rr.ttl >> 24);
        e.version = quint8(rr.ttl >> 16);
        e.dnssecOk = rr.ttl & 0x8000;
        if (const auto *opt = std::get_if<OptRdata>(&rr.rdata))
            e.options = opt->options;
        return e;
    }
    return std::nullopt;
}

void Message::setEdns(const Edns &edns)
{
    additionals.removeIf([](const ResourceRecord &rr) { return rr.type == RRType::OPT; });
    ResourceRecord opt;
    opt.type = RRType::OPT;
    opt.rrClass = RRClass(edns.udpPayloadSize);
    opt.ttl = (quint32(edns.extendedRcode) << 24) | (quint32(edns.version) << 16) | (edns.dnssecOk ? 0x8000u : 0u);
    opt.rdata = OptRdata{edns.options};
    // TSIG stays last (RFC 8945 5.1).
    qsizetype at = additionals.size();
    if (at > 0 && additionals.last().type == RRType::TSIG)
        --at;
    additionals.insert(at, opt);
}

quint16 Message::fullRcode() const
{
    const auto e = edns();
    return quint16((e ? quint16(e->extendedRcode) << 4 : 0) | rcode);
}

const ResourceRecord *Message::tsig() const
{
    if (!additionals.isEmpty() && additionals.last().type == RRType::TSIG)
        return &additionals.last();
    return nullptr;
}

const TsigRdata *Message::tsigRdata() const
{
    const ResourceRecord *rr = tsig();
    return rr ? std::get_if<TsigRdata>(&rr->rdata) : nullptr;
}

} // namespace Qddns::Dns
