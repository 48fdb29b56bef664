#include "engine/recordevent.h"

#include "ipc/protocol.h"

namespace Qddns {

QString resultName(RecordEvent::Result result)
{
    using R = RecordEvent::Result;
    switch (result) {
    case R::Updated: return Ipc::ResultWord::Updated;
    case R::Unchanged: return Ipc::ResultWord::Unchanged;
    case R::Failed: return Ipc::ResultWord::Failed;
    case R::Held: return Ipc::ResultWord::Held;
    case R::DryRun: return Ipc::ResultWord::DryRun;
    }
    return {};
}

QString codeName(RecordEvent::Code code)
{
    using C = RecordEvent::Code;
    namespace W = Ipc::RecordCode;
    switch (code) {
    case C::Updated: return W::Updated;
    case C::Unchanged: return W::Unchanged;
    case C::Current: return W::Current;
    case C::NoAddress: return W::NoAddress;
    case C::Waiting: return W::Waiting;
    case C::Retry: return W::Retry;
    case C::Held: return W::Held;
    case C::AuthFailed: return W::AuthFailed;
    case C::Rejected: return W::Rejected;
    case C::Abuse: return W::Abuse;
    case C::Unexpected: return W::Unexpected;
    case C::CredentialsUnavailable: return W::CredentialsUnavailable;
    case C::DryRun: return W::DryRun;
    }
    return {};
}

QJsonObject RecordEvent::toJson() const
{
    namespace F = Ipc::Field;
    QJsonObject o{{F::Profile, profile},
                  {F::Host, host},
                  {F::Type, recordTypeName(type)},
                  {F::Address, address},
                  {F::Result, resultName(result)},
                  {F::Code, codeName(code)},
                  {F::Message, message}};
    if (!previous.isEmpty())
        o.insert(F::Previous, previous);
    return o;
}

} // namespace Qddns
