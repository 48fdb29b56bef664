#pragma once

#include "config/hookspec.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Qddns {

struct RecordEvent;

/// \brief One thing a hook is told: an event and its values. A command hook gets them in its
/// environment (QDDNS_EVENT, …), a webhook in its templates' placeholders ({event}, …).
struct HookNotice
{
    QString event;      ///< hookEventName(), or kHookTestEvent
    QString profile;    ///< record events
    QString host;       ///< record events
    std::optional<Family> family;
    QString type;       ///< "A" or "AAAA" (record events)
    QString oldAddress; ///< what was last told (addressChanged, updated), the record's address before (others)
    QString newAddress; ///< the address now
    QString result;     ///< the record's result word (updated, unchanged, failed, held)
    QString code;       ///< the record's code word (protocol.h RecordCode)
    QString message;    ///< for people; never a secret
    QDateTime time;

    /// \brief The values of the placeholders (not "secret", "id" and "hook", which the sender adds).
    QHash<QString, QString> values() const;
    /// \brief The command hook's environment: QDDNS_EVENT, QDDNS_PROFILE, QDDNS_HOST, QDDNS_FAMILY,
    /// QDDNS_TYPE, QDDNS_OLD, QDDNS_NEW, QDDNS_RESULT, QDDNS_CODE, QDDNS_MESSAGE, QDDNS_TIME, QDDNS_HOOK.
    QList<std::pair<QString, QString>> environment(const QString &hook) const;
};

/// \brief What a notice says, built from what happened. Messages are one line of English.
HookNotice addressChangedNotice(Family family, const QString &from, const QString &to, const QDateTime &time);
HookNotice recordNotice(HookEvent event, const RecordEvent &record, const QDateTime &time);
HookNotice agentStartedNotice(const QString &version, qint64 pid, const QDateTime &time);
HookNotice testNotice(const QString &hook, const QDateTime &time);

} // namespace Qddns
