#pragma once

#include "core/expected.h"
#include "core/addressrules.h"
#include "core/records.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QJsonObject>
#include <QString>

namespace Qddns {

struct Config;

/// \brief What is known of one record (profile, host, type).
struct RecordState
{
    QString address;            ///< last address published successfully
    QDateTime published;        ///< when it was published (or confirmed unchanged by the provider)
    QString lastResult;         ///< outcomeName() of the last attempt
    QString message;            ///< the last attempt's message
    QDateTime lastAttempt;
    int failures = 0;           ///< consecutive RetryLater results
    QDateTime retryAfter;       ///< no attempt before this (backoff)
    QString hold;               ///< outcomeName() of the hold; empty when not held
    QByteArray fingerprint;     ///< profile fingerprint the address / hold belongs to
    QByteArray secretFingerprint; ///< salted fingerprint of the secret at the time of the hold
    int unexpected = 0;         ///< consecutive replies the provider's parser did not recognise
    QString holdVersion;        ///< the agent version that held it for unrecognised replies (a newer one tries again)

    QJsonObject toJson() const;
    static RecordState fromJson(const QJsonObject &o);
};

/// \brief The last detected public address of a family.
struct FamilyState
{
    QString address;
    QString detector;
    QDateTime detected;
};

/// \brief Everything the agent remembers between runs. Holds no secret: only a salted fingerprint.
class State
{
public:
    State();

    RecordState &record(const QString &profile, const QString &host, RecordType type);
    const RecordState *find(const QString &profile, const QString &host, RecordType type) const;
    FamilyState &family(Family family) { return family == Family::IPv4 ? m_ipv4 : m_ipv6; }
    const FamilyState &family(Family family) const { return family == Family::IPv4 ? m_ipv4 : m_ipv6; }

    /// \brief Drops records of profiles and hosts no longer configured.
    void prune(const Config &config);

    /// \brief HMAC-SHA256 of \a secret with this state's random salt: tells a changed secret
    /// from the same one without storing anything that reveals it.
    QByteArray secretFingerprint(const QString &secret) const;
    /// \brief The same over a profile's credentials (field → value); for the primary alone it is
    /// secretFingerprint() of its value, so holds recorded before named credentials keep.
    QByteArray credentialsFingerprint(const QMap<QString, QString> &credentials) const;

    QByteArray toJson() const;
    static Expected<State, QString> fromJson(const QByteArray &json);

    int recordCount() const { return int(m_records.size()); }

private:
    static QString key(const QString &profile, const QString &host, RecordType type);
    QHash<QString, RecordState> m_records;
    FamilyState m_ipv4;
    FamilyState m_ipv6;
    QByteArray m_salt;
};

/// \brief state.json in the state directory, written atomically and owner-only.
class StateStore
{
public:
    explicit StateStore(QString directory);
    QString directory() const { return m_directory; }
    QString path() const;
    /// \brief The saved state; a fresh one when there is none yet.
    Expected<State, QString> load() const;
    Expected<bool, QString> save(const State &state) const;


private:
    QString m_directory;
};

} // namespace Qddns
