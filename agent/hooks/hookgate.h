#pragma once

#include "config/hookspec.h"
#include "engine/recordevent.h"
#include "hooks/hooknotice.h"
#include "state/notificationrule.h"

#include <QHash>
#include <QList>

#include <array>
#include <chrono>
#include <optional>

namespace Qddns {

/// \brief Decides what one hook is told, and when: the tray's rule (state/notificationrule.h) per
/// subject. An address or a record flapping within the hook's quiet period gives one notice when
/// it ends, stating where it is now; a record's trouble is told once when it begins, its recovery
/// once when it ends. Pure: no timer, no clock; the runner calls takeDue() at nextDue().
///
/// It is handed only what the configuration routes to the hook (its families, its profiles and
/// the profiles that name it) and keeps to the events the hook wants.
class HookGate
{
public:
    /// \brief \a collect: how long an event waits for the rest of its cycle (cycleFinished() ends
    /// the wait).
    explicit HookGate(const HookSpec &spec, std::chrono::seconds collect = std::chrono::seconds(60));

    const HookSpec &spec() const { return m_spec; }
    void addressChanged(Family family, const QString &oldAddress, const QString &newAddress, const QDateTime &now);
    void record(const RecordEvent &event, const QDateTime &now);
    void cycleFinished(const QDateTime &now);
    void agentStarted(const HookNotice &notice);

    /// \brief When takeDue() will next have something (invalid: nothing pending).
    QDateTime nextDue() const;
    /// \brief The notices due at \a now, oldest subject first; clears them.
    QList<HookNotice> takeDue(const QDateTime &now);

private:
    struct Address
    {
        ChangeCollapse change;
        NotificationPacer pacer;
    };
    struct Record
    {
        ChangeCollapse address;           // updated: the address as last told
        NotificationPacer updatedPacer;
        std::optional<RecordEvent> updated; // the newest update (its addresses set when told)
        NotificationPacer troublePacer;
        std::optional<HookNotice> trouble; // failed or held, not yet told
        bool troubleTold = false;          // the hook heard of the record's trouble
        NotificationPacer recoveredPacer;
        std::optional<HookNotice> recovered;
    };
    Record &recordFor(const QString &key);
    void troubleBegins(const QString &key, Record &r, const RecordEvent &event, const QDateTime &now);
    void troubleEnds(const QString &key, Record &r, const RecordEvent &event, const QDateTime &now);

    HookSpec m_spec;
    std::chrono::seconds m_collect;
    std::array<Address, 2> m_addresses; // ipv4, ipv6
    QHash<QString, Record> m_records;   // profile/host/type
    QStringList m_order;                // record keys in the order first seen
    TroubleRule m_trouble;
    QList<HookNotice> m_immediate;      // agentStarted: due at once
};

} // namespace Qddns
