#pragma once

#include "core/http.h"
#include "core/outcome.h"
#include "state/state.h"

#include <QDateTime>
#include <QHostAddress>

#include <chrono>

namespace Qddns {

// What happens to one record's state: pure functions of (state, event, time), the one owner of
// that decision. The engine applies them; tests drive them with fake time and no network.

/// \brief Waiting time after \a failures consecutive transient failures: 1 min, doubling, at most
/// kMaxRetryDelay (6 h).
std::chrono::seconds backoff(int failures);

/// \brief backoff() plus up to 20 % more, fixed per record (\a recordKey): records and clients that
/// failed together do not all retry in the same second.
std::chrono::seconds retryDelay(int failures, const QString &recordKey);

/// \brief The longest retryDelay() can be: kMaxRetryDelay and its 20 %.
inline constexpr std::chrono::seconds kLongestRetryDelay = kMaxRetryDelay + kMaxRetryDelay / 5;

/// \brief A record as it stands for a profile of \a profileFingerprint: a profile changed since
/// the record was written (new server, account, options…) starts afresh, its hold lifted.
RecordState forProfile(RecordState record, const QByteArray &profileFingerprint);

/// \brief A held record whose credentials changed since the hold: it may be tried again.
RecordState withHoldLifted(RecordState record);

/// \brief Everything an attempt's outcome needs besides the record.
struct Attempt
{
    QHostAddress sent;                 ///< the address the request carried
    QDateTime now;
    QByteArray profileFingerprint;
    QByteArray credentialsFingerprint; ///< kept with a hold: only other credentials lift it
    QString recordKey;                 ///< for the per-record retry spread
    QString agentVersion;              ///< kept with a hold for unrecognised replies
};

/// \brief The record after an attempt that ended with \a result: success publishes the address and
/// clears failures and holds; a hold (bad credentials, refusal, abuse) stops the record until the
/// profile or a credential changes; anything else backs off (at least the provider's minimum).
RecordState afterAttempt(RecordState record, const RecordResult &result, const Attempt &attempt);

/// \brief Whether the record is held (no request until the profile or a credential changes, or,
/// for replies the provider's parser did not recognise, until another qddns version runs).
inline bool isHeld(const RecordState &record) { return !record.hold.isEmpty(); }

/// \brief A record held for unrecognised replies by another agent version than \a agentVersion:
/// the hold is lifted, the new version may read the replies.
RecordState forAgentVersion(RecordState record, const QString &agentVersion);

/// \brief Whether the record waits for its retry at \a now. A retry time further ahead than the
/// longest wait can only come from a clock that went back since: it is not waited for (that could
/// be years); the record is tried and backs off again from the new time.
inline bool isWaiting(const RecordState &record, const QDateTime &now)
{
    return record.retryAfter.isValid() && record.retryAfter > now
           && now.secsTo(record.retryAfter) <= kLongestRetryDelay.count();
}

} // namespace Qddns
