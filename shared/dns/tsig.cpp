#include "dns/tsig.h"

#include "dns/rcode.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <cstdlib>

namespace Qddns::Dns {

namespace {

struct AlgorithmInfo
{
    TsigAlgorithm algorithm;
    const char *text;
    QCryptographicHash::Algorithm hash;
    int macLength;
};

constexpr AlgorithmInfo kAlgorithms[] = {
    {TsigAlgorithm::HmacSha256, "hmac-sha256", QCryptographicHash::Sha256, 32},
    {TsigAlgorithm::HmacSha512, "hmac-sha512", QCryptographicHash::Sha512, 64},
    {TsigAlgorithm::HmacSha384, "hmac-sha384", QCryptographicHash::Sha384, 48},
    {TsigAlgorithm::HmacSha224, "hmac-sha224", QCryptographicHash::Sha224, 28},
    {TsigAlgorithm::HmacSha1, "hmac-sha1", QCryptographicHash::Sha1, 20},
};

const AlgorithmInfo &info(TsigAlgorithm algorithm)
{
    for (const AlgorithmInfo &a : kAlgorithms) {
        if (a.algorithm == algorithm)
            return a;
    }
    return kAlgorithms[0];
}

void appendU16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v));
}

void appendU32(QByteArray &out, quint32 v)
{
    appendU16(out, quint16(v >> 16));
    appendU16(out, quint16(v));
}

void appendU48(QByteArray &out, quint64 v)
{
    appendU16(out, quint16(v >> 32));
    appendU32(out, quint32(v));
}

// RFC 8945 4.3.3: the TSIG variables that follow the message in the digest.
QByteArray tsigVariables(const TsigKey &key, quint64 timeSigned, quint16 fudge, quint16 error, const QByteArray &otherData)
{
    QByteArray v = key.name.toWire(true);
    appendU16(v, quint16(RRClass::ANY));
    appendU32(v, 0);
    v.append(tsigAlgorithmName(key.algorithm).toWire(true));
    appendU48(v, timeSigned);
    appendU16(v, fudge);
    appendU16(v, error);
    appendU16(v, quint16(otherData.size()));
    v.append(otherData);
    return v;
}

QByteArray computeMac(const TsigKey &key, const QByteArray &requestMac, const QByteArray &message, const QByteArray &variables)
{
    QMessageAuthenticationCode mac(info(key.algorithm).hash, key.secret);
    if (!requestMac.isEmpty()) {
        QByteArray prefix;
        appendU16(prefix, quint16(requestMac.size()));
        mac.addData(prefix);
        mac.addData(requestMac);
    }
    mac.addData(message);
    mac.addData(variables);
    return mac.result();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// A tokenizer for BIND's configuration syntax, enough for key statements.
class ConfTokens
{
public:
    explicit ConfTokens(const QByteArray &text) : m_text(text) {}

    int line() const { return m_line; }
    // Next token: a word, a quoted string (quoted = true) or one of { } ;. Empty at the end.
    QByteArray next(bool *quoted = nullptr, QString *error = nullptr)
    {
        if (quoted)
            *quoted = false;
        skipSpaceAndComments(error);
        if (m_pos >= m_text.size())
            return {};
        const char c = m_text.at(m_pos);
        if (c == '{' || c == '}' || c == ';') {
            ++m_pos;
            return QByteArray(1, c);
        }
        if (c == '"') {
            const qsizetype end = m_text.indexOf('"', m_pos + 1);
            if (end < 0) {
                if (error)
                    *error = QStringLiteral("line %1: a quoted string is not closed").arg(m_line);
                m_pos = m_text.size();
                return {};
            }
            const QByteArray s = m_text.mid(m_pos + 1, end - m_pos - 1);
            m_line += int(s.count('\n'));
            m_pos = end + 1;
            if (quoted)
                *quoted = true;
            return s;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !isSpace(m_text.at(m_pos)) && !QByteArrayView("{};\"#").contains(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    void skipSpaceAndComments(QString *error)
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == '\n') {
                ++m_line;
                ++m_pos;
            } else if (isSpace(c)) {
                ++m_pos;
            } else if (c == '#' || m_text.mid(m_pos, 2) == "//") {
                while (m_pos < m_text.size() && m_text.at(m_pos) != '\n')
                    ++m_pos;
            } else if (m_text.mid(m_pos, 2) == "/*") {
                const qsizetype end = m_text.indexOf("*/", m_pos + 2);
                if (end < 0) {
                    if (error)
                        *error = QStringLiteral("line %1: a /* comment is not closed").arg(m_line);
                    m_pos = m_text.size();
                    return;
                }
                m_line += int(m_text.mid(m_pos, end - m_pos).count('\n'));
                m_pos = end + 2;
            } else {
                return;
            }
        }
    }

    QByteArray m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QString tsigAlgorithmText(TsigAlgorithm algorithm)
{
    return QLatin1String(info(algorithm).text);
}

Name tsigAlgorithmName(TsigAlgorithm algorithm)
{
    return Name::fromText(tsigAlgorithmText(algorithm)).value();
}

int tsigMacLength(TsigAlgorithm algorithm)
{
    return info(algorithm).macLength;
}

Expected<TsigAlgorithm, QString> tsigAlgorithmFromText(const QString &text)
{
    QString t = text.trimmed().toLower();
    if (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    QStringList known;
    for (const AlgorithmInfo &a : kAlgorithms) {
        if (t == QLatin1String(a.text))
            return a.algorithm;
        known.append(QLatin1String(a.text));
    }
    return Unexpected(QStringLiteral("unsupported TSIG algorithm \"%1\" (supported: %2)").arg(text, known.join(QStringLiteral(", "))));
}

Expected<TsigKey, QString> TsigKey::fromBase64(const QString &name, const QString &algorithm, const QByteArray &secretBase64)
{
    TsigKey key;
    auto keyName = Name::fromText(name);
    if (!keyName)
        return Unexpected(QStringLiteral("TSIG key name: %1").arg(keyName.error()));
    if (keyName->isRoot())
        return Unexpected(QStringLiteral("TSIG key name is empty"));
    key.name = keyName.value();
    if (!algorithm.isEmpty()) {
        auto alg = tsigAlgorithmFromText(algorithm);
        if (!alg)
            return Unexpected(alg.error());
        key.algorithm = alg.value();
    }
    const QByteArray trimmed = secretBase64.trimmed();
    if (trimmed.isEmpty())
        return Unexpected(QStringLiteral("TSIG key \"%1\": the secret is empty").arg(name));
    auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Unexpected(QStringLiteral("TSIG key \"%1\": the secret is not valid base64 (as tsig-keygen prints it)").arg(name));
    key.secret = decoded.decoded;
    return key;
}

Expected<TsigKey, QString> TsigKey::fromBindKeyFile(const QByteArray &text, const QString &keyName)
{
    ConfTokens tokens(text);
    QString error;
    QList<TsigKey> keys;
    QStringList names;
    auto expect = [&](const char *what) {
        const QByteArray t = tokens.next(nullptr, &error);
        if (t != what && error.isEmpty())
            error = QStringLiteral("line %1: expected '%2', found '%3'").arg(tokens.line()).arg(QLatin1String(what), QString::fromUtf8(t.left(40)));
        return error.isEmpty();
    };
    for (;;) {
        const QByteArray statement = tokens.next(nullptr, &error);
        if (!error.isEmpty())
            return Unexpected(QStringLiteral("key file: %1").arg(error));
        if (statement.isEmpty())
            break;
        if (statement != "key")
            return Unexpected(QStringLiteral("key file: line %1: unexpected '%2' (a key file holds key statements)")
                                  .arg(tokens.line()).arg(QString::fromUtf8(statement.left(40))));
        const QByteArray name = tokens.next(nullptr, &error);
        if (name.isEmpty() || name == "{")
            return Unexpected(QStringLiteral("key file: line %1: a key statement needs a name").arg(tokens.line()));
        if (!expect("{"))
            return Unexpected(QStringLiteral("key file: %1").arg(error));
        QByteArray algorithm;
        QByteArray secret;
        for (;;) {
            const QByteArray field = tokens.next(nullptr, &error);
            if (field == "}" || field.isEmpty() || !error.isEmpty())
                break;
            const QByteArray value = tokens.next(nullptr, &error);
            if (field == "algorithm")
                algorithm = value;
            else if (field == "secret")
                secret = value;
            else
                return Unexpected(QStringLiteral("key file: line %1: unknown key field '%2' (expected algorithm or secret)")
                                      .arg(tokens.line()).arg(QString::fromUtf8(field.left(40))));
            if (!expect(";"))
                return Unexpected(QStringLiteral("key file: %1").arg(error));
        }
        if (!error.isEmpty())
            return Unexpected(QStringLiteral("key file: %1").arg(error));
        if (!expect(";"))
            return Unexpected(QStringLiteral("key file: %1").arg(error));
        const QString keyText = QString::fromUtf8(name);
        if (algorithm.isEmpty() || secret.isEmpty())
            return Unexpected(QStringLiteral("key file: key \"%1\" needs both an algorithm and a secret").arg(keyText));
        auto key = fromBase64(keyText, QString::fromUtf8(algorithm), secret);
        if (!key)
            return Unexpected(QStringLiteral("key file: %1").arg(key.error()));
        keys.append(key.value());
        names.append(keyText);
    }
    if (keys.isEmpty())
        return Unexpected(QStringLiteral("key file: no key statement found"));
    if (keyName.isEmpty()) {
        if (keys.size() > 1)
            return Unexpected(QStringLiteral("key file holds %1 keys (%2): name the one to use").arg(keys.size()).arg(names.join(QStringLiteral(", "))));
        return keys.first();
    }
    auto wanted = Name::fromText(keyName);
    if (wanted) {
        for (const TsigKey &key : keys) {
            if (key.name == wanted.value())
                return key;
        }
    }
    return Unexpected(QStringLiteral("key file has no key \"%1\" (it has: %2)").arg(keyName, names.join(QStringLiteral(", "))));
}

Expected<TsigSigned, QString> tsigSign(const QByteArray &wire, const TsigKey &key, quint64 timeSigned, quint16 fudge,
                                       const QByteArray &requestMac, quint16 error, const QByteArray &otherData)
{
    if (wire.size() < 12)
        return Unexpected(QStringLiteral("cannot sign a message shorter than its header"));
    if (key.secret.isEmpty())
        return Unexpected(QStringLiteral("cannot sign with an empty TSIG secret"));
    const quint16 arcount = qFromBigEndian<quint16>(wire.constData() + 10);
    if (arcount == 0xFFFF)
        return Unexpected(QStringLiteral("message has no room for a TSIG record"));
    const quint16 originalId = qFromBigEndian<quint16>(wire.constData());
    TsigSigned out;
    out.mac = computeMac(key, requestMac, wire, tsigVariables(key, timeSigned, fudge, error, otherData));

    QByteArray rdata = tsigAlgorithmName(key.algorithm).toWire();
    appendU48(rdata, timeSigned);
    appendU16(rdata, fudge);
    appendU16(rdata, quint16(out.mac.size()));
    rdata.append(out.mac);
    appendU16(rdata, originalId);
    appendU16(rdata, error);
    appendU16(rdata, quint16(otherData.size()));
    rdata.append(otherData);

    out.wire = wire;
    qToBigEndian<quint16>(arcount + 1, out.wire.data() + 10);
    out.wire.append(key.name.toWire());
    appendU16(out.wire, quint16(RRType::TSIG));
    appendU16(out.wire, quint16(RRClass::ANY));
    appendU32(out.wire, 0);
    appendU16(out.wire, quint16(rdata.size()));
    out.wire.append(rdata);
    if (out.wire.size() > 0xFFFF)
        return Unexpected(QStringLiteral("signed message is larger than 65535 bytes"));
    return out;
}

TsigCheck tsigVerifyResponse(const QByteArray &wire, const Message &response, const TsigKey &key,
                             const QByteArray &requestMac, quint64 now)
{
    TsigCheck check;
    const ResourceRecord *rr = response.tsig();
    if (!rr) {
        check.status = TsigCheck::Status::Unsigned;
        check.text = QStringLiteral("the response (%1) is not signed").arg(rcodeName(response.fullRcode()));
        return check;
    }
    const auto *tsig = std::get_if<TsigRdata>(&rr->rdata);
    if (!tsig || response.tsigOffset < 12 || response.tsigOffset > wire.size()) {
        check.text = QStringLiteral("the response's TSIG record is empty (or the message was not decoded from these bytes)");
        return check;
    }
    if (rr->name != key.name) {
        check.text = QStringLiteral("the response is signed with key %1, not %2").arg(rr->name.toText(), key.name.toText());
        return check;
    }
    if (tsig->algorithm != tsigAlgorithmName(key.algorithm)) {
        check.text = QStringLiteral("the response is signed with algorithm %1, not %2")
                         .arg(tsig->algorithm.toText(), tsigAlgorithmText(key.algorithm));
        return check;
    }
    // RFC 8945 5.3.2: answers to BADSIG and BADKEY carry no MAC.
    if (tsig->error != 0 && tsig->mac.isEmpty()) {
        check.status = TsigCheck::Status::ServerError;
        check.error = tsig->error;
        check.text = QStringLiteral("the server reports %1: %2").arg(tsigErrorName(tsig->error), tsigErrorMeaning(tsig->error));
        return check;
    }
    const int fullLength = tsigMacLength(key.algorithm);
    if (tsig->mac.size() != fullLength) {
        check.error = BadTrunc;
        check.text = QStringLiteral("the response's MAC is %1 bytes, expected %2 (BADTRUNC: truncated MACs are not accepted)")
                         .arg(tsig->mac.size()).arg(fullLength);
        return check;
    }
    // The digest covers the message as it was before the TSIG was added, with its original id.
    QByteArray bare = wire.left(response.tsigOffset);
    qToBigEndian<quint16>(tsig->originalId, bare.data());
    qToBigEndian<quint16>(quint16(response.additionals.size() - 1), bare.data() + 10);
    const QByteArray expected = computeMac(key, requestMac, bare,
                                           tsigVariables(key, tsig->timeSigned, tsig->fudge, tsig->error, tsig->otherData));
    if (!constantTimeEquals(expected, tsig->mac)) {
        check.error = BadSig;
        check.text = QStringLiteral("the response's TSIG does not verify (BADSIG): it was not signed with this key");
        return check;
    }
    if (tsig->error != 0) {
        check.status = TsigCheck::Status::ServerError;
        check.error = tsig->error;
        check.text = QStringLiteral("the server reports %1: %2").arg(tsigErrorName(tsig->error), tsigErrorMeaning(tsig->error));
        if (tsig->error == BadTime && tsig->otherData.size() == 6) {
            const quint64 serverTime = (quint64(qFromBigEndian<quint16>(tsig->otherData.constData())) << 32)
                                       | qFromBigEndian<quint32>(tsig->otherData.constData() + 2);
            check.clockOffset = qint64(serverTime) - qint64(now);
            check.text += QStringLiteral(" (the server's clock is %1 s %2 ours)")
                              .arg(std::llabs(check.clockOffset)).arg(check.clockOffset >= 0 ? QStringLiteral("ahead of") : QStringLiteral("behind"));
        }
        return check;
    }
    const qint64 offset = qint64(tsig->timeSigned) - qint64(now);
    if (std::llabs(offset) > tsig->fudge) {
        check.error = BadTime;
        check.clockOffset = offset;
        check.text = QStringLiteral("the response was signed %1 s %2 our clock, more than its fudge of %3 s (BADTIME)")
                         .arg(std::llabs(offset)).arg(offset >= 0 ? QStringLiteral("ahead of") : QStringLiteral("behind")).arg(tsig->fudge);
        return check;
    }
    check.status = TsigCheck::Status::Verified;
    check.text = QStringLiteral("TSIG verified (key %1)").arg(key.name.toText());
    return check;
}

} // namespace Qddns::Dns
