#include "tray/notificationpolicy.h"

#include "core/records.h"
#include "ipc/protocol.h"
#include "tray/traystate.h"

namespace Qddns::Gui {

namespace Field = Ipc::Field;
namespace RecordCode = Ipc::RecordCode;
namespace ResultWord = Ipc::ResultWord;

namespace {

// Hosts and records named in one notification before "and N more": notifications are small.
constexpr qsizetype kMaxNamed = 3;

int familyIndex(const QString &family)
{
    if (family == familyName(Family::IPv4))
        return 0;
    if (family == familyName(Family::IPv6))
        return 1;
    return -1;
}

int familyIndexOfType(const QString &type)
{
    if (type == QLatin1String("A"))
        return 0;
    if (type == QLatin1String("AAAA"))
        return 1;
    return -1;
}

QString familyLabel(int index)
{
    return index == 1 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

// What a record's result means here: decided on its record code where the agent sends one (an
// agent before codes sends only the result word), never on its English message.
enum class Verdict { Success, Failed, Held, Nothing };

Verdict verdictOf(const QString &result, const QString &code)
{
    if (code == RecordCode::Updated || code == RecordCode::Unchanged || code == RecordCode::Current)
        return Verdict::Success;
    if (code == RecordCode::AuthFailed || code == RecordCode::Rejected || code == RecordCode::Abuse
        || code == RecordCode::Unexpected || code == RecordCode::Held)
        return Verdict::Held;
    if (code == RecordCode::Retry || code == RecordCode::Waiting || code == RecordCode::NoAddress
        || code == RecordCode::CredentialsUnavailable)
        return Verdict::Failed;
    if (code == RecordCode::DryRun)
        return Verdict::Nothing;
    // No code, or one a later agent may add: the result word decides.
    if (result == ResultWord::Updated || result == ResultWord::Unchanged)
        return Verdict::Success;
    if (result == ResultWord::Held)
        return Verdict::Held;
    if (result == ResultWord::Failed)
        return Verdict::Failed;
    return Verdict::Nothing;
}

// The line a notification gives a failing or held record: the code in the user's words, with the
// agent's message where the code alone does not say what went wrong.
QString issueText(const QString &result, const QString &code, const QString &message)
{
    const QString codeText = code.isEmpty() ? QString() : resultCodeText(code);
    if (codeText.isEmpty() || codeText == code) // no code, or one this tray has no words for
        return message.isEmpty() ? resultCodeText(result) : message;
    const bool detailMatters = code == RecordCode::Retry || code == RecordCode::Rejected
        || code == RecordCode::CredentialsUnavailable || code == RecordCode::NoAddress;
    return detailMatters && !message.isEmpty() ? NotificationPolicy::tr("%1 (%2)").arg(codeText, message) : codeText;
}

} // namespace

NotificationPolicy::NotificationPolicy(NotificationTiming timing)
    : m_timing(timing)
{
    for (NotificationPacer &p : m_pacers)
        p.setQuietPeriod(timing.rateLimit);
}

void NotificationPolicy::setMuted(NotificationKind kind, bool muted)
{
    m_muted[index(kind)] = muted;
    if (!muted)
        return;
    pacer(kind).drop();
    switch (kind) {
    case NotificationKind::AddressChanged:
        for (int i = 0; i < 2; ++i) {
            // What the user would have been told becomes the baseline, so unmuting later
            // does not announce an old change.
            m_address[i].dropPending();
            m_updated[i].clear();
        }
        break;
    case NotificationKind::UpdateFailed: m_failed.clear(); break;
    case NotificationKind::Held: m_held.clear(); break;
    case NotificationKind::AgentGone: break;
    }
}

bool NotificationPolicy::isMuted(NotificationKind kind) const
{
    return m_muted[index(kind)];
}

void NotificationPolicy::addressChanged(const QJsonObject &data, const QDateTime &now)
{
    const int i = familyIndex(data.value(Field::Family).toString());
    if (i < 0)
        return;
    const QString oldAddress = data.value(Field::Old).toString();
    const QString newAddress = data.value(Field::New).toString();
    if (isMuted(NotificationKind::AddressChanged)) {
        m_address[i].setTold(newAddress);
        return;
    }
    if (!m_address[i].isPending())
        m_updated[i].clear();
    m_address[i].changed(oldAddress, newAddress);
    pacer(NotificationKind::AddressChanged).markPending(now, m_timing.collect);
}

void NotificationPolicy::dropIssue(const QString &key)
{
    const auto sameKey = [&key](const RecordIssue &issue) { return issue.key == key; };
    m_failed.removeIf(sameKey);
    m_held.removeIf(sameKey);
    if (m_failed.isEmpty())
        pacer(NotificationKind::UpdateFailed).drop();
    if (m_held.isEmpty())
        pacer(NotificationKind::Held).drop();
}

void NotificationPolicy::updateResult(const QJsonObject &data, const QDateTime &now)
{
    const QString profile = data.value(Field::Profile).toString();
    const QString host = data.value(Field::Host).toString();
    const QString type = data.value(Field::Type).toString();
    const QString address = data.value(Field::Address).toString();
    const QString result = data.value(Field::Result).toString();
    const QString code = data.value(Field::Code).toString();
    const QString message = data.value(Field::Message).toString();
    const QString key = profile + QLatin1Char('/') + host + QLatin1Char('/') + type;
    const Verdict verdict = verdictOf(result, code);

    if (verdict == Verdict::Success) {
        // Recovered before we spoke: nothing to tell; a later failure is news again.
        m_trouble.ends(key);
        dropIssue(key);
        const int i = familyIndexOfType(type);
        const bool updated = code.isEmpty() ? result == ResultWord::Updated : code == RecordCode::Updated;
        if (updated && i >= 0 && m_address[i].isPending()) {
            const QPair<QString, QString> entry{host, address};
            if (!m_updated[i].contains(entry))
                m_updated[i].append(entry);
        }
        return;
    }

    if (verdict == Verdict::Nothing)
        return; // dry-run, or a result a later agent may add
    const bool held = verdict == Verdict::Held;
    const NotificationKind kind = held ? NotificationKind::Held : NotificationKind::UpdateFailed;
    // Told once when the trouble begins; a failure after a hold is no news either.
    if (!m_trouble.begins(key, held ? TroubleRule::Trouble::Held : TroubleRule::Trouble::Failed))
        return;
    dropIssue(key);
    if (isMuted(kind))
        return;
    const RecordIssue issue{key, host, type, issueText(result, code, message)};
    (held ? m_held : m_failed).append(issue);
    pacer(kind).markPending(now, m_timing.collect);
}

void NotificationPolicy::cycleFinished(const QDateTime &now)
{
    for (const NotificationKind kind :
         {NotificationKind::AddressChanged, NotificationKind::UpdateFailed, NotificationKind::Held})
        pacer(kind).endCollecting(now);
}

void NotificationPolicy::agentGone(const QDateTime &now)
{
    if (isMuted(NotificationKind::AgentGone))
        return;
    pacer(NotificationKind::AgentGone).markPending(now, m_timing.agentGoneGrace);
}

void NotificationPolicy::agentBack(const QDateTime &now)
{
    Q_UNUSED(now);
    pacer(NotificationKind::AgentGone).drop();
}

QDateTime NotificationPolicy::nextDue() const
{
    QDateTime next;
    for (const NotificationPacer &p : m_pacers) {
        const QDateTime due = p.due();
        if (due.isValid() && (!next.isValid() || due < next))
            next = due;
    }
    return next;
}

QList<Notification> NotificationPolicy::takeDue(const QDateTime &now)
{
    QList<Notification> out;
    for (int k = 0; k < kNotificationKindCount; ++k) {
        const auto kind = static_cast<NotificationKind>(k);
        if (!m_pacers[k].isDue(now))
            continue;
        std::optional<Notification> notification;
        switch (kind) {
        case NotificationKind::AddressChanged: notification = buildAddressChanged(); break;
        case NotificationKind::UpdateFailed:
            notification = buildIssues(kind, m_failed);
            m_failed.clear();
            break;
        case NotificationKind::Held:
            notification = buildIssues(kind, m_held);
            m_held.clear();
            break;
        case NotificationKind::AgentGone:
            notification = Notification{kind, tr("qddns agent stopped"),
                                        tr("The qddns agent is not running, so your DNS records are not "
                                           "kept up to date.")};
            break;
        }
        // Nothing said (e.g. the address flapped back): the rate limit is not spent.
        m_pacers[k].taken(now, notification.has_value());
        if (notification)
            out.append(*notification);
    }
    return out;
}

std::optional<Notification> NotificationPolicy::buildAddressChanged()
{
    QStringList lines;
    QString onlyFamily;
    for (int i = 0; i < 2; ++i) {
        const QList<QPair<QString, QString>> updated = std::exchange(m_updated[i], {});
        const std::optional<ChangeCollapse::Change> taken = m_address[i].take();
        if (!taken)
            continue;
        const ChangeCollapse::Change &change = *taken;
        const QString label = familyLabel(i);
        onlyFamily = lines.isEmpty() ? label : QString();
        QStringList hosts;
        for (const auto &entry : updated) {
            if (entry.second == change.to && !hosts.contains(entry.first))
                hosts.append(entry.first);
        }
        QString hostText;
        if (hosts.size() > kMaxNamed)
            hostText = tr("%1 and %n more", nullptr, int(hosts.size() - kMaxNamed))
                           .arg(hosts.mid(0, kMaxNamed).join(QStringLiteral(", ")));
        else
            hostText = hosts.join(QStringLiteral(", "));

        if (change.to.isEmpty())
            lines.append(tr("Public %1 is no longer detected (was %2)").arg(label, change.from));
        else if (change.from.isEmpty())
            lines.append(hosts.isEmpty() ? tr("Public %1 is now %2").arg(label, change.to)
                                         : tr("Public %1 is now %2 — %3 updated").arg(label, change.to, hostText));
        else
            lines.append(hosts.isEmpty()
                             ? tr("Public %1 changed from %2 to %3").arg(label, change.from, change.to)
                             : tr("Public %1 changed from %2 to %3 — %4 updated").arg(label, change.from, change.to,
                                                                                       hostText));
    }
    if (lines.isEmpty())
        return std::nullopt;
    const QString title = lines.size() == 1 ? tr("Public %1 address changed").arg(onlyFamily)
                                            : tr("Public addresses changed");
    return Notification{NotificationKind::AddressChanged, title, lines.join(QLatin1Char('\n'))};
}

Notification NotificationPolicy::buildIssues(NotificationKind kind, const QList<RecordIssue> &issues) const
{
    const bool held = kind == NotificationKind::Held;
    const int count = int(issues.size());
    QStringList lines;
    for (qsizetype i = 0; i < std::min(issues.size(), kMaxNamed); ++i) {
        const RecordIssue &issue = issues.at(i);
        lines.append(tr("%1 (%2): %3").arg(issue.host, recordFamilyLabel(issue.type), issue.text));
    }
    if (issues.size() > kMaxNamed)
        lines.append(tr("…and %n more", nullptr, int(issues.size() - kMaxNamed)));
    if (held)
        lines.append(count == 1 ? tr("No update is sent for it until its profile or secret changes.")
                                : tr("No update is sent for them until their profile or secret changes."));
    const QString title = held ? tr("DNS updates stopped for %n record(s)", nullptr, count)
                               : tr("DNS update failed for %n record(s)", nullptr, count);
    return Notification{kind, title, lines.join(QLatin1Char('\n'))};
}

} // namespace Qddns::Gui
