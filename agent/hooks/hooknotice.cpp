#include "hooks/hooknotice.h"

#include "engine/recordevent.h"

namespace Qddns {

QHash<QString, QString> HookNotice::values() const
{
    return {{QStringLiteral("event"), event},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("host"), host},
            {QStringLiteral("family"), family ? familyName(*family) : QString()},
            {QStringLiteral("type"), type},
            {QStringLiteral("old"), oldAddress},
            {QStringLiteral("new"), newAddress},
            {QStringLiteral("result"), result},
            {QStringLiteral("code"), code},
            {QStringLiteral("message"), message},
            {QStringLiteral("time"), time.toUTC().toString(Qt::ISODate)}};
}

QList<std::pair<QString, QString>> HookNotice::environment(const QString &hook) const
{
    const QHash<QString, QString> v = values();
    QList<std::pair<QString, QString>> env;
    for (const char *name : {"event", "profile", "host", "family", "type", "old", "new", "result", "code", "message", "time"})
        env.append({QStringLiteral("QDDNS_") + QString::fromLatin1(name).toUpper(), v.value(QString::fromLatin1(name))});
    env.append({QStringLiteral("QDDNS_HOOK"), hook});
    return env;
}

HookNotice addressChangedNotice(Family family, const QString &from, const QString &to, const QDateTime &time)
{
    HookNotice n;
    n.event = hookEventName(HookEvent::AddressChanged);
    n.family = family;
    n.oldAddress = from;
    n.newAddress = to;
    n.time = time;
    const QString name = familyDisplayName(family);
    if (to.isEmpty())
        n.message = QStringLiteral("the public %1 address is no longer detected (was %2)").arg(name, from);
    else if (from.isEmpty())
        n.message = QStringLiteral("the public %1 address is %2").arg(name, to);
    else
        n.message = QStringLiteral("the public %1 address changed from %2 to %3").arg(name, from, to);
    return n;
}

HookNotice recordNotice(HookEvent event, const RecordEvent &record, const QDateTime &time)
{
    HookNotice n;
    n.event = hookEventName(event);
    n.profile = record.profile;
    n.host = record.host;
    n.family = familyOf(record.type);
    n.type = recordTypeName(record.type);
    n.oldAddress = record.previous;
    n.newAddress = record.address;
    n.result = resultName(record.result);
    n.code = codeName(record.code);
    n.time = time;
    const QString what = QStringLiteral("%1 (%2, profile %3)").arg(record.host, n.type, record.profile);
    switch (event) {
    case HookEvent::Updated:
        n.message = QStringLiteral("%1 now points to %2").arg(what, record.address);
        if (!record.previous.isEmpty() && record.previous != record.address)
            n.message += QStringLiteral(" (was %1)").arg(record.previous);
        break;
    case HookEvent::Failed:
        n.message = QStringLiteral("%1: the update failed: %2").arg(what, record.message);
        break;
    case HookEvent::Held:
        n.message = QStringLiteral("%1 is held, no more updates until its profile or secret changes: %2").arg(what, record.message);
        break;
    case HookEvent::Recovered:
        n.message = QStringLiteral("%1 is current again: %2").arg(what, record.address);
        break;
    case HookEvent::AddressChanged:
    case HookEvent::AgentStarted:
        n.message = record.message;
        break;
    }
    return n;
}

HookNotice agentStartedNotice(const QString &version, qint64 pid, const QDateTime &time)
{
    HookNotice n;
    n.event = hookEventName(HookEvent::AgentStarted);
    n.time = time;
    n.message = QStringLiteral("qddns-agent %1 started (pid %2)").arg(version).arg(pid);
    return n;
}

HookNotice testNotice(const QString &hook, const QDateTime &time)
{
    HookNotice n;
    n.event = QString(kHookTestEvent);
    n.time = time;
    n.message = QStringLiteral("a test of hook %1 from qddns: it works").arg(hook);
    return n;
}

} // namespace Qddns
