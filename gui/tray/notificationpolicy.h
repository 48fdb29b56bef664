#pragma once

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
/// Failures and holds are told once per record when they begin: a record that keeps failing at
/// every retry is not told again until it has succeeded in between.
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
    struct AddressChange
    {
        bool pending = false;
        QString from;
        QString to;
        QList<QPair<QString, QString>> updated; // host, address it was updated to
    };
    struct RecordIssue
    {
        QString key;        // profile/host/type
        QString host;
        QString type;
        QString text;
    };

    static int index(NotificationKind kind) { return static_cast<int>(kind); }
    bool isPending(NotificationKind kind) const;
    void markPending(NotificationKind kind, const QDateTime &now, std::chrono::seconds wait);
    QDateTime effectiveDue(NotificationKind kind) const;
    void dropIssue(const QString &key);
    std::optional<Notification> buildAddressChanged();
    Notification buildIssues(NotificationKind kind, const QList<RecordIssue> &issues) const;

    NotificationTiming m_timing;
    std::array<bool, kNotificationKindCount> m_muted{};
    std::array<QDateTime, kNotificationKindCount> m_lastShown;
    std::array<QDateTime, kNotificationKindCount> m_due;        // invalid: nothing pending of that kind
    std::array<AddressChange, 2> m_address;                       // ipv4, ipv6
    std::array<QString, 2> m_told;                                // address the user last heard of
    std::array<bool, 2> m_hasTold{};
    QList<RecordIssue> m_failed;
    QList<RecordIssue> m_held;
    QHash<QString, NotificationKind> m_bad;                       // records known failing or held
};

} // namespace Qddns::Gui
