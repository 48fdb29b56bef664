#include "tray/traystate.h"

#include "core/records.h"
#include "ipc/protocol.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace Qddns::Gui {

namespace Field = Ipc::Field;
namespace RecordStateCode = Ipc::RecordStateCode;
namespace OutcomeWord = Ipc::OutcomeWord;
namespace ResultWord = Ipc::ResultWord;
namespace RecordCode = Ipc::RecordCode;

namespace {

// Lines of problems the tooltip lists before it says "and N more": some panels cut long tooltips.
constexpr qsizetype kMaxTooltipProblems = 5;

int severity(TrayIconKind kind)
{
    switch (kind) {
    case TrayIconKind::Error: return 2;
    case TrayIconKind::Warning: return 1;
    default: return 0;
    }
}

QDateTime parseTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// The status reply's words for a family ("ipv4"), from a record's type ("A").
QString familyKey(const QString &recordType)
{
    for (const Family family : kFamilies) {
        if (recordType == recordTypeName(typeOf(family)))
            return familyName(family);
    }
    return {};
}

QString familyLabelOfKey(const QString &key)
{
    return familyDisplayName(key == familyName(Family::IPv6) ? Family::IPv6 : Family::IPv4);
}

struct Problem
{
    TrayIconKind kind = TrayIconKind::Current;
    QString text;
};

// One record's health: Current, Warning or Error, with the line that explains it.
Problem recordProblem(const QString &host, const QJsonObject &record)
{
    const QString type = record.value(Field::Type).toString();
    const QString state = record.value(Field::State).toString();
    const QString hold = record.value(Field::Hold).toString();
    const QString lastResult = record.value(Field::LastResult).toString();
    const QString message = record.value(Field::Message).toString();
    const QString family = recordFamilyLabel(type);

    if (!hold.isEmpty() || state == RecordStateCode::Held) {
        const QString code = hold.isEmpty() ? lastResult : hold;
        if (code.isEmpty())
            return {TrayIconKind::Error, TrayState::tr("%1 (%2): held").arg(host, family)};
        return {TrayIconKind::Error,
                TrayState::tr("%1 (%2): held — %3 (%4)").arg(host, family, resultCodeText(code), code)};
    }
    if (state == RecordStateCode::Current) {
        // The provider took it, but an authoritative server still answers something else when the
        // agent's checks ended: the world may not see the address.
        const QString lagging = record.value(Field::Propagation).toObject().value(Field::Warning).toString();
        if (!lagging.isEmpty())
            return {TrayIconKind::Warning, TrayState::tr("%1 (%2): published, not propagated — %3").arg(host, family, lagging)};
        return {TrayIconKind::Current, {}};
    }
    if (state == RecordStateCode::Retrying) {
        const QString reason = message.isEmpty() ? resultCodeText(lastResult) : message;
        const QDateTime retryAfter = parseTime(record.value(Field::RetryAfter));
        const int failures = record.value(Field::Failures).toInt();
        if (!retryAfter.isValid())
            return {TrayIconKind::Warning, TrayState::tr("%1 (%2): retrying — %3").arg(host, family, reason)};
        if (failures > 0)
            return {TrayIconKind::Warning,
                    TrayState::tr("%1 (%2): retrying at %3 after %n failure(s) — %4", nullptr, failures)
                        .arg(host, family, trayTimeText(retryAfter), reason)};
        return {TrayIconKind::Warning,
                TrayState::tr("%1 (%2): retrying at %3 — %4").arg(host, family, trayTimeText(retryAfter), reason)};
    }
    if (state == RecordStateCode::Pending)
        return {TrayIconKind::Warning, TrayState::tr("%1 (%2): waiting to be published").arg(host, family)};
    if (state == RecordStateCode::Unknown || state.isEmpty())
        return {TrayIconKind::Warning,
                TrayState::tr("%1 (%2): waiting for the public %2 address").arg(host, family)};
    // A state a later agent may add: show its code rather than hide it.
    return {TrayIconKind::Warning, TrayState::tr("%1 (%2): %3").arg(host, family, state)};
}

struct CodeText
{
    QLatin1StringView code;
    const char *text;
};

// The agent sends codes; people read these. Hold codes are the agent's outcome names
// (auth-failed, rejected, abuse, unexpected-reply), record codes say why a result is what it is;
// DynDNS2 codes may reach us as lastResult from older agents.
constexpr CodeText kCodeTexts[] = {
    {QLatin1StringView("good"), QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "updated")},
    {ResultWord::Updated, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "updated")},
    {QLatin1StringView("nochg"), QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "already up to date")},
    {ResultWord::Unchanged, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "already up to date")},
    {RecordCode::Current, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "already up to date")},
    {QLatin1StringView("badauth"), QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the provider rejected the credentials")},
    {OutcomeWord::AuthFailed, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the provider rejected the credentials")},
    {OutcomeWord::Abuse, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the provider blocked updates for abuse")},
    {QLatin1StringView("notfqdn"), QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the host name is not a fully qualified domain name")},
    {QLatin1StringView("nohost"), QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the host name does not exist in this account")},
    {QLatin1StringView("numhost"), QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "too many hosts in one request")},
    {QLatin1StringView("911"), QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the provider reports a server problem")},
    {QLatin1StringView("dnserr"), QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the provider reports a DNS error")},
    {QLatin1StringView("badagent"), QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the provider refused this client")},
    {QLatin1StringView("!donator"), QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the option needs a paid account at the provider")},
    {QLatin1StringView("!yours"), QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the host name belongs to another account")},
    {OutcomeWord::Retry, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "a temporary failure")},
    {OutcomeWord::Rejected, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the provider refused the request")},
    {OutcomeWord::Unexpected, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the provider's replies are not as documented")},
    {ResultWord::Failed, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the update failed")},
    {ResultWord::Held, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "stopped until the profile or its secret changes")},
    {ResultWord::DryRun, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "dry run: nothing was sent")},
    {RecordCode::NoAddress, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "the public address is not known")},
    {RecordCode::Waiting, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "waiting to retry after a failure")},
    {RecordCode::CredentialsUnavailable, QT_TRANSLATE_NOOP("Qddns::Gui::TrayState", "a password or token could not be read")},
};

// Double NAT: the router's UPnP answer is not the public address; another detector found that.
QString routerWanText(const QJsonObject &wan)
{
    const QString nat = wan.value(Field::Nat).toString();
    const QString address = wan.value(Field::Address).toString();
    if (nat == Ipc::NatWord::CarrierGrade)
        return TrayState::tr("Router's WAN address %1 is carrier-grade NAT: your provider shares the public address, "
                             "so connections from the Internet may not reach this network").arg(address);
    if (nat == Ipc::NatWord::Private)
        return TrayState::tr("Router's WAN address %1 is private: the router is behind another router (double NAT), "
                             "which must forward incoming connections to it").arg(address);
    return TrayState::tr("Router's WAN address %1 is not a public address (double NAT)").arg(address);
}

TrayState notConnected(ConnectionState connection)
{
    TrayState s;
    s.icon = TrayIconKind::NotRunning;
    if (connection == ConnectionState::Connecting) {
        s.headline = TrayState::tr("Connecting to the qddns agent…");
        s.tooltip = TrayState::tr("qddns: %1").arg(s.headline);
    } else {
        s.headline = TrayState::tr("The qddns agent is not running");
        s.tooltip = TrayState::tr("qddns: %1").arg(s.headline) + QLatin1Char('\n')
                    + TrayState::tr("Your DNS records are not being kept up to date.");
    }
    return s;
}

} // namespace

QString resultCodeText(const QString &code)
{
    const QString key = code.trimmed();
    for (const CodeText &entry : kCodeTexts) {
        if (QString::compare(key, entry.code, Qt::CaseInsensitive) == 0)
            return TrayState::tr(entry.text);
    }
    return code;
}

QString recordFamilyLabel(const QString &recordType)
{
    const QString key = familyKey(recordType);
    return key.isEmpty() ? recordType : familyLabelOfKey(key);
}

QString trayTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

TrayState fromStatus(const QJsonObject &status, ConnectionState connection)
{
    if (connection != ConnectionState::Connected)
        return notConnected(connection);

    TrayState s;
    s.paused = status.value(Field::Paused).toBool();
    s.updating = status.value(Field::State).toString() == QLatin1String("updating");
    const bool cycleRan = parseTime(status.value(Field::LastCycle)).isValid();
    const QJsonArray profiles = status.value(Field::Profiles).toArray();
    const QJsonObject addresses = status.value(Field::Addresses).toObject();

    // Which families the profiles publish: a missing one of those is an error, not a footnote.
    QStringList neededFamilies;
    for (const QJsonValue &p : profiles) {
        for (const QJsonValue &h : p.toObject().value(Field::Hosts).toArray()) {
            for (const QJsonValue &r : h.toObject().value(Field::Records).toArray()) {
                const QString key = familyKey(r.toObject().value(Field::Type).toString());
                if (!key.isEmpty() && !neededFamilies.contains(key))
                    neededFamilies.append(key);
            }
        }
    }

    QList<Problem> problems;
    QStringList addressLines;
    QHash<QString, QString> missingFamily; // family key -> problem text
    for (const Family f : kFamilies) {
        const QString key = familyName(f);
        const QString label = familyDisplayName(f);
        const bool needed = neededFamilies.contains(key);
        if (!addresses.contains(key)) {
            if (needed && cycleRan) {
                const QString text = TrayState::tr("%1 address not detected").arg(label);
                missingFamily.insert(key, text);
                problems.append({TrayIconKind::Error, text});
                addressLines.append(TrayState::tr("%1: not detected").arg(label));
            }
            continue;
        }
        const QJsonObject family = addresses.value(key).toObject();
        const QString address = family.value(Field::Address).toString();
        const QString error = family.value(Field::Error).toString();
        if (family.contains(Field::RouterWan))
            problems.append({TrayIconKind::Warning, routerWanText(family.value(Field::RouterWan).toObject())});
        (f == Family::IPv4 ? s.ipv4 : s.ipv6) = address;
        if (!address.isEmpty()) {
            addressLines.append(TrayState::tr("%1: %2").arg(label, address));
            if (!error.isEmpty())
                problems.append({TrayIconKind::Warning,
                                 TrayState::tr("%1 detection failed, showing the last known address: %2")
                                     .arg(label, error)});
            continue;
        }
        addressLines.append(TrayState::tr("%1: not detected").arg(label));
        if (needed && cycleRan) {
            const QString text = error.isEmpty() ? TrayState::tr("%1 address not detected").arg(label)
                                                 : TrayState::tr("%1 address not detected: %2").arg(label, error);
            missingFamily.insert(key, text);
            problems.append({TrayIconKind::Error, text});
        }
    }

    for (const QJsonValue &p : profiles) {
        const QJsonObject profile = p.toObject();
        TrayProfileEntry entry;
        entry.name = profile.value(Field::Name).toString();
        int records = 0;
        QList<Problem> profileProblems;
        for (const QJsonValue &h : profile.value(Field::Hosts).toArray()) {
            const QJsonObject host = h.toObject();
            const QString hostName = host.value(Field::Host).toString();
            for (const QJsonValue &r : host.value(Field::Records).toArray()) {
                const QJsonObject record = r.toObject();
                ++records;
                const QDateTime published = parseTime(record.value(Field::Published));
                if (published.isValid() && (!s.lastSuccess.isValid() || published > s.lastSuccess))
                    s.lastSuccess = published;
                const Problem problem = recordProblem(hostName, record);
                if (problem.kind != TrayIconKind::Current) {
                    profileProblems.append(problem);
                    problems.append(problem);
                }
                // A family that was not detected explains this profile's trouble better than "pending".
                const QString key = familyKey(record.value(Field::Type).toString());
                if (missingFamily.contains(key))
                    profileProblems.append({TrayIconKind::Error, missingFamily.value(key)});
            }
        }
        std::stable_sort(profileProblems.begin(), profileProblems.end(),
                         [](const Problem &a, const Problem &b) { return severity(a.kind) > severity(b.kind); });
        if (records == 0) {
            entry.icon = TrayIconKind::Warning;
            entry.summary = TrayState::tr("No records");
        } else if (profileProblems.isEmpty()) {
            entry.icon = TrayIconKind::Current;
            entry.summary = TrayState::tr("%n record(s) current", nullptr, records);
        } else {
            entry.icon = profileProblems.first().kind;
            QStringList distinct;
            for (const Problem &problem : std::as_const(profileProblems)) {
                if (!distinct.contains(problem.text))
                    distinct.append(problem.text);
            }
            entry.summary = distinct.size() == 1
                                ? distinct.first()
                                : TrayState::tr("%1 (and %n more)", nullptr, int(distinct.size() - 1)).arg(distinct.first());
        }
        s.profiles.append(entry);
    }

    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return severity(a.kind) > severity(b.kind); });
    int worst = 0;
    for (const Problem &problem : std::as_const(problems)) {
        worst = std::max(worst, severity(problem.kind));
        s.problems.append(problem.text);
    }
    if (profiles.isEmpty()) // the headline says so
        worst = std::max(worst, severity(TrayIconKind::Warning));

    // Precedence as documented at TrayIconKind.
    if (worst == severity(TrayIconKind::Error))
        s.icon = TrayIconKind::Error;
    else if (s.paused)
        s.icon = TrayIconKind::Paused;
    else if (s.updating)
        s.icon = TrayIconKind::Updating;
    else if (worst == severity(TrayIconKind::Warning))
        s.icon = TrayIconKind::Warning;
    else
        s.icon = TrayIconKind::Current;

    if (s.paused)
        s.headline = TrayState::tr("Updates are paused");
    else if (s.updating)
        s.headline = TrayState::tr("Updating…");
    else if (s.icon == TrayIconKind::Current)
        s.headline = TrayState::tr("All records are current");
    else if (profiles.isEmpty())
        s.headline = TrayState::tr("No profile is configured");
    else
        s.headline = TrayState::tr("%n problem(s)", nullptr, int(s.problems.size()));

    QStringList lines{TrayState::tr("qddns: %1").arg(s.headline)};
    if (addressLines.isEmpty())
        lines.append(TrayState::tr("Public address: not detected yet"));
    lines.append(addressLines);
    lines.append(s.lastSuccess.isValid() ? TrayState::tr("Last update: %1").arg(trayTimeText(s.lastSuccess))
                                         : TrayState::tr("Last update: never"));
    const qsizetype shown = std::min(s.problems.size(), kMaxTooltipProblems);
    for (qsizetype i = 0; i < shown; ++i)
        lines.append(s.problems.at(i));
    if (s.problems.size() > shown)
        lines.append(TrayState::tr("…and %n more problem(s)", nullptr, int(s.problems.size() - shown)));
    s.tooltip = lines.join(QLatin1Char('\n'));
    return s;
}

} // namespace Qddns::Gui
