#pragma once

#include "dns/dnsmessage.h"
#include "core/expected.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

// RFC 8945 TSIG: HMAC signatures over DNS messages with a secret shared with the server.
namespace Qddns::Dns {

enum class TsigAlgorithm { HmacSha256, HmacSha512, HmacSha384, HmacSha224, HmacSha1 };

/// \brief "hmac-sha256", …: the names BIND, Knot and PowerDNS use.
QString tsigAlgorithmText(TsigAlgorithm algorithm);
/// \brief The algorithm's domain name in the TSIG record ("hmac-sha256.").
Name tsigAlgorithmName(TsigAlgorithm algorithm);
/// \brief Parses "hmac-sha256" (any case, an optional trailing dot); the error lists what is supported.
Expected<TsigAlgorithm, QString> tsigAlgorithmFromText(const QString &text);
/// \brief Full MAC length in bytes.
int tsigMacLength(TsigAlgorithm algorithm);

/// \brief A TSIG key: its name, algorithm and secret (raw bytes; never logged).
struct TsigKey
{
    Name name;
    TsigAlgorithm algorithm = TsigAlgorithm::HmacSha256;
    QByteArray secret;

    /// \brief Builds a key from a name, an algorithm name (empty: hmac-sha256) and the secret in
    /// base64 as `tsig-keygen` prints it.
    static Expected<TsigKey, QString> fromBase64(const QString &name, const QString &algorithm, const QByteArray &secretBase64);
    /// \brief Parses a key file in BIND's format: `key "name" { algorithm hmac-sha256; secret "…"; };`
    /// Comments (#, //, /* */) are allowed. With \a keyName the key of that name, else the only
    /// key in the file.
    static Expected<TsigKey, QString> fromBindKeyFile(const QByteArray &text, const QString &keyName = {});
};

/// \brief A signed message and what the response must chain to.
struct TsigSigned
{
    QByteArray wire;  ///< the message with the TSIG record appended
    QByteArray mac;   ///< the request MAC, chained into the response's digest
};

/// \brief Signs the encoded message \a wire (RFC 8945 5.1): appends a TSIG record with \a timeSigned
/// and \a fudge and bumps ARCOUNT. For a response pass the request's MAC as \a requestMac.
Expected<TsigSigned, QString> tsigSign(const QByteArray &wire, const TsigKey &key, quint64 timeSigned,
                                       quint16 fudge = 300, const QByteArray &requestMac = {}, quint16 error = 0,
                                       const QByteArray &otherData = {});

/// \brief The outcome of checking a response's TSIG.
struct TsigCheck
{
    enum class Status {
        Verified,       ///< signed with our key, MAC and time valid
        Unsigned,       ///< no TSIG record at all
        ServerError,    ///< the server reports a TSIG error (BADSIG, BADKEY, BADTIME…) in \c error
        Invalid,        ///< signature wrong, other key, truncated, out of time…: never trust the answer
    };
    Status status = Status::Invalid;
    quint16 error = 0;       ///< the TSIG error, the server's or the one we found (BADSIG, BADTIME, …)
    qint64 clockOffset = 0;  ///< server time minus ours in seconds, when the server said BADTIME
    QString text;            ///< what happened, for logs and the user

    bool verified() const { return status == Status::Verified; }
};

/// \brief Verifies the TSIG of the response \a wire (decoded from exactly these bytes by
/// Message::decode(), which records where the TSIG starts) to a request signed
/// with \a requestMac, at time \a now (seconds since the epoch).
TsigCheck tsigVerifyResponse(const QByteArray &wire, const Message &response, const TsigKey &key,
                             const QByteArray &requestMac, quint64 now);

} // namespace Qddns::Dns
