#pragma once

#include "state/notificationrule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>
#include <chrono>
#include <optional>

namespace Qddns::Gui {

/// \brief What a desktop notification is about; each kind can be muted on its own.
enum class NotificationKind { AddressChanged, UpdateFailed, Held, AgentGone };
inline constexpr int kNotificationKindCount = 4;

/// \brief A notification to show: title and message are translated people text.
struct Notification
{
    NotificationKind kind = NotificationKind::AddressChanged;
    QString title;
    QString message;
};

/// \brief How long the policy waits and how often it may speak.
struct NotificationTiming
{
    /// Wait after an event so the rest of its cycle (the updateResults after an addressChanged,
    /// the other failing records) joins the same notification. cycleFinished() ends it early.
    std::chrono::seconds collect{20};
    /// At most one notification per kind in this time; what happens meanwhile is summed up when it
    /// ends, so an address flapping A→B→A→B gives one notification (A→B), not four.
    std::chrono::seconds rateLimit{15 * 60};
    /// The agent may come back this soon (a restart, an upgrade) without a notification.
    std::chrono::seconds agentGoneGrace{30};
};

/// \brief Pure: decides which agent events become desktop notifications. It keeps no timer and
/// reads no clock: every method takes `now`; the caller shows what takeDue() returns and, if
/// nextDue() is valid, arms one single-shot timer for it (nothing pending: no timer).
///
/// When to speak is the rule the agent's hooks use too (state/notificationrule.h): one
/// notification per kind and quiet period, an address flap collapsed into one change from what
/// was last told, and failures and holds told once per record when they begin: a record that
/// keeps failing at every retry is not told again until it has succeeded in between. This class
/// adds what the tray says and its muting.
class NotificationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Qddns::Gui::NotificationPolicy)
public:
    explicit NotificationPolicy(NotificationTiming timing = {});

    /// \brief A muted kind produces nothing; muting drops what of it is pending.
    void setMuted(NotificationKind kind, bool muted);
    bool isMuted(NotificationKind kind) const;

    /// \brief The `addressChanged` event's data: {family "ipv4"|"ipv6", old, new, detector}.
    void addressChanged(const QJsonObject &data, const QDateTime &now);
    /// \brief The `updateResult` event's data: {profile, host, type, address, result, message}.
    void updateResult(const QJsonObject &data, const QDateTime &now);
    /// \brief The cycle ended (statusChanged to idle): its results are all in, stop collecting.
    void cycleFinished(const QDateTime &now);
    /// \brief The connection to the agent was lost / is back.
    void agentGone(const QDateTime &now);
    void agentBack(const QDateTime &now);

    /// \brief When takeDue() will next have something; invalid when nothing is pending.
    QDateTime nextDue() const;
    /// \brief The notifications due at \a now, in NotificationKind order; clears them.
    QList<Notification> takeDue(const QDateTime &now);

private:
    struct RecordIssue
    {
        QString key;        // profile/host/type
        QString host;
        QString type;
        QString text;
    };

    static int index(NotificationKind kind) { return static_cast<int>(kind); }
    NotificationPacer &pacer(NotificationKind kind) { return m_pacers[index(kind)]; }
    void dropIssue(const QString &key);
    std::optional<Notification> buildAddressChanged();
    Notification buildIssues(NotificationKind kind, const QList<RecordIssue> &issues) const;

    NotificationTiming m_timing;
    std::array<bool, kNotificationKindCount> m_muted{};
    std::array<NotificationPacer, kNotificationKindCount> m_pacers;
    std::array<ChangeCollapse, 2> m_address;                      // ipv4, ipv6
    std::array<QList<QPair<QString, QString>>, 2> m_updated;      // host, address it was updated to
    QList<RecordIssue> m_failed;
    QList<RecordIssue> m_held;
    TroubleRule m_trouble;                                        // records known failing or held
};

} // namespace Qddns::Gui
