#pragma once

#include "core/records.h"

#include <QString>

#include <chrono>

namespace Qddns {

/// \brief How one record update ended. Holds stop all requests for the record
/// until its profile or a credential changes.
enum class Outcome {
    Updated,    ///< the provider now holds the address
    Unchanged,  ///< the provider already held the address
    RetryLater, ///< transient failure: back off and retry
    AuthFailed, ///< credentials refused: hold
    Rejected,   ///< request refused for a reason a retry cannot fix (bad host, bad option): hold
    Abuse,      ///< provider blocked us: hold and notify
};
QString outcomeName(Outcome outcome); ///< the word in state files and messages (Ipc::OutcomeWord)
bool isHold(Outcome outcome);
bool isSuccess(Outcome outcome);

/// \brief The result for one record (host + type) of an update.
struct RecordResult
{
    QString host;
    RecordType type = RecordType::A;
    Outcome outcome = Outcome::RetryLater;
    QString message;                            ///< for people; never contains a secret
    std::chrono::seconds minRetryDelay{0};      ///< RetryLater: wait at least this long (dyndns2 911: 30 min)
    /// RetryLater because the provider's parser did not recognise the reply (HTML, unknown JSON or
    /// word): a changed API. After kMaxUnexpectedReplies in a row the record is held.
    bool unexpected = false;
};

/// \brief Unrecognised replies in a row after which a record is held, so that a provider whose
/// API changed is not hammered; the next qddns version (a fixed parser) tries again.
inline constexpr int kMaxUnexpectedReplies = 3;

} // namespace Qddns
