#pragma once

#include "config/config.h"
#include "config/providerschema.h"
#include "core/records.h"
#include "state/state.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>

#include <optional>

namespace Qddns {

// The record planner: which records a cycle sends, in which requests, and which wait, are held,
// are current or have no address. Pure: no secret, no network, no clock but the one given.

/// \brief What a cycle does with one record, decided before any credential is read.
enum class RecordPlan {
    Send,      ///< due: never published, another address, forced, or forceInterval passed
    UpToDate,  ///< the provider has the detected address (published within forceInterval)
    Held,      ///< held: only changed credentials lift it (checked once they are read)
    Waiting,   ///< backing off after a failure until `until`
    NoAddress, ///< its family was not detected this cycle
};

struct RecordDecision
{
    RecordKey key;
    RecordPlan plan = RecordPlan::Send;
    std::optional<QHostAddress> address; ///< the detected address of its family
    /// The record's state for the profile as configured now (forProfile()): what the cycle
    /// works from and, unless it is a dry run, keeps.
    RecordState state;
    bool profileChanged = false;         ///< the profile changed since the record was written
    bool holdLifted = false;             ///< a hold for unrecognised replies of another version was lifted
};

struct PlanInput
{
    const Config *config = nullptr;
    const State *state = nullptr;
    PerFamily<std::optional<QHostAddress>> detected; ///< this cycle's addresses
    QDateTime now;
    bool force = false;      ///< send records whose address is unchanged (holds and backoff still apply)
    QStringList profiles;    ///< only these profiles (empty: all)
    QString agentVersion;    ///< a hold for unrecognised replies made by another version is lifted
};

/// \brief The address record (\a host, \a family) of \a profile publishes when \a detected was detected:
/// the detected one, or for a host with an IPv6 suffix the detected prefix with that suffix.
std::optional<QHostAddress> hostAddress(const Profile &profile, const QString &host, Family family,
                                        const std::optional<QHostAddress> &detected);

/// \brief Every record of the selected profiles, host by host, A before AAAA, in configuration order.
QList<RecordDecision> planRecords(const PlanInput &input);

/// \brief The records of one request: hosts of one profile and the address sent per family.
struct Batch
{
    QStringList hosts;
    PerFamily<std::optional<QHostAddress>> addresses; ///< unset: that family is not in the request
    /// Sent only so that a provider dropping a family left out keeps its record: that family was
    /// not detected this cycle, so its records are neither reported nor changed by the request.
    PerFamily<bool> carried;

    bool sends(RecordType type) const { return addresses[type].has_value() && !carried[type]; }
};

/// \brief Groups the records to send (\a send: keys of one profile) into requests: hosts needing
/// the same families together, in configuration order, at most info.maxHostsPerRequest each.
/// A provider that drops a family left out of an update (info.sendsAllFamilies) gets every family
/// the profile publishes for each host it sends; a family not detected this cycle is carried with
/// its last known address (\a lastKnown) when that one is publishable.
QList<Batch> planBatches(const Profile &profile, const ProviderInfo &info, const QList<RecordKey> &send,
                         const PerFamily<std::optional<QHostAddress>> &detected,
                         const PerFamily<std::optional<QHostAddress>> &lastKnown);

/// \brief The earliest time a record of \a config waits for in \a state (invalid when none waits).
QDateTime nextRetry(const Config &config, const State &state);

} // namespace Qddns
