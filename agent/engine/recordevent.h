#pragma once

#include "core/records.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Qddns {

/// \brief What happened to one record in a cycle: the one typed event that the socket's
/// `updateResult`, `once --json`, the tray's notifications and hooks all read, so that no
/// consumer parses another's English.
struct RecordEvent
{
    enum class Result { Updated, Unchanged, Failed, Held, DryRun };
    /// Why the result is what it is; its word is in ipc/protocol.h (RecordCode).
    enum class Code {
        Updated, Unchanged, Current, NoAddress, Waiting, Retry, Held, AuthFailed, Rejected, Abuse, Unexpected,
        CredentialsUnavailable, DryRun
    };
    QString profile;
    QString host;
    RecordType type = RecordType::A;
    QString address;  ///< the detected address this cycle worked with (empty: none)
    QString previous; ///< the address the provider had from qddns before (empty: none known)
    Result result = Result::Failed;
    Code code = Code::Retry;
    QString message;  ///< for people; never a secret
    QDateTime time;

    bool failedOrHeld() const { return result == Result::Failed || result == Result::Held; }
    /// \brief {profile, host, type, address, previous, result, code, message}.
    QJsonObject toJson() const;
};
QString resultName(RecordEvent::Result result); ///< Ipc::ResultWord
QString codeName(RecordEvent::Code code);       ///< Ipc::RecordCode

} // namespace Qddns
