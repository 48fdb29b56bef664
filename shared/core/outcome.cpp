#include "core/outcome.h"

#include "ipc/protocol.h"

namespace Qddns {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Updated: return Ipc::OutcomeWord::Updated;
    case Outcome::Unchanged: return Ipc::OutcomeWord::Unchanged;
    case Outcome::RetryLater: return Ipc::OutcomeWord::Retry;
    case Outcome::AuthFailed: return Ipc::OutcomeWord::AuthFailed;
    case Outcome::Rejected: return Ipc::OutcomeWord::Rejected;
    case Outcome::Abuse: return Ipc::OutcomeWord::Abuse;
    }
    return {};
}

bool isHold(Outcome outcome)
{
    return outcome == Outcome::AuthFailed || outcome == Outcome::Rejected || outcome == Outcome::Abuse;
}

bool isSuccess(Outcome outcome)
{
    return outcome == Outcome::Updated || outcome == Outcome::Unchanged;
}

} // namespace Qddns
