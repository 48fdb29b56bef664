#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

namespace Qddns {

// When to speak about what the agent does: the one rule the tray's notifications and the agent's
// hooks share. Pure: nothing here keeps a timer or reads a clock; every call takes `now`.

/// \brief Pacing of one stream of notifications: an event makes it due after a collect window
/// (so the rest of its cycle joins), at most one is given per quiet period, and what happens
/// meanwhile is told when the period ends.
class NotificationPacer
{
public:
    explicit NotificationPacer(std::chrono::seconds quietPeriod = std::chrono::minutes(15)) : m_quiet(quietPeriod) {}

    void setQuietPeriod(std::chrono::seconds quietPeriod) { m_quiet = quietPeriod; }
    /// \brief Something to tell: due after \a wait, unless it is pending already.
    void markPending(const QDateTime &now, std::chrono::seconds wait);
    /// \brief The cycle ended: its events are all in, so what is pending is due now (the quiet
    /// period still applies).
    void endCollecting(const QDateTime &now);
    /// \brief Nothing to tell any more (recovered before it was told, muted).
    void drop() { m_due = {}; }
    bool isPending() const { return m_due.isValid(); }
    /// \brief When it may be told: the later of its due time and the end of the quiet period;
    /// invalid when nothing is pending.
    QDateTime due() const;
    bool isDue(const QDateTime &now) const;
    /// \brief It was taken at \a now; \a spoke: a notification was given, which starts the quiet
    /// period (nothing said, e.g. a flap back, spends nothing).
    void taken(const QDateTime &now, bool spoke);

private:
    std::chrono::seconds m_quiet;
    QDateTime m_due;       // invalid: nothing pending
    QDateTime m_lastSpoke; // invalid: never
};

/// \brief One address as told: changes collapse into one from what was last told to what it is
/// now, so a flap A→B→A→B is one change A→B, and a flap that ends where it began is none.
class ChangeCollapse
{
public:
    struct Change
    {
        QString from; ///< what was last told (empty: nothing known)
        QString to;   ///< the address now (empty: no longer known)
    };
    /// \brief The address went from \a oldAddress to \a newAddress.
    void changed(const QString &oldAddress, const QString &newAddress);
    bool isPending() const { return m_pending; }
    /// \brief The change to tell, from what was last told; nullopt when there is none or it
    /// ended where it began. Either way the current address is now the one told.
    std::optional<Change> take();
    /// \brief Forgets a pending change, taking its address as told (muting, so that unmuting
    /// later does not announce an old change).
    void dropPending();
    /// \brief The address is now \a address without telling (a muted kind).
    void setTold(const QString &address);

private:
    bool m_pending = false;
    QString m_from;
    QString m_to;
    QString m_told;
    bool m_hasTold = false;
};

/// \brief Trouble of a record is told once, when it begins: a record that fails at every retry
/// is news again only after it succeeded in between; a hold after a failure is news, a failure
/// after a hold is not.
class TroubleRule
{
public:
    enum class Trouble { Failed, Held };
    /// \brief The record \a key failed or is held now; true when that is news.
    bool begins(const QString &key, Trouble trouble);
    /// \brief The record \a key succeeded; true when it was failing or held (it recovered).
    bool ends(const QString &key);
    bool isTroubled(const QString &key) const { return m_bad.contains(key); }

private:
    QHash<QString, Trouble> m_bad;
};

} // namespace Qddns
