#include "hooks/hookgate.h"

#include <utility>

namespace Qddns {

namespace {
int familyIndex(Family family)
{
    return family == Family::IPv4 ? 0 : 1;
}

QString recordKey(const RecordEvent &e)
{
    return e.profile + QLatin1Char('/') + e.host + QLatin1Char('/') + recordTypeName(e.type);
}
} // namespace

HookGate::HookGate(const HookSpec &spec, std::chrono::seconds collect) : m_spec(spec), m_collect(collect)
{
    for (Address &a : m_addresses)
        a.pacer.setQuietPeriod(spec.quietPeriod);
}

HookGate::Record &HookGate::recordFor(const QString &key)
{
    auto it = m_records.find(key);
    if (it == m_records.end()) {
        Record r;
        for (NotificationPacer *p : {&r.updatedPacer, &r.troublePacer, &r.recoveredPacer})
            p->setQuietPeriod(m_spec.quietPeriod);
        it = m_records.insert(key, r);
        m_order.append(key);
    }
    return *it;
}

void HookGate::addressChanged(Family family, const QString &oldAddress, const QString &newAddress, const QDateTime &now)
{
    if (!m_spec.wants(HookEvent::AddressChanged) || !m_spec.wantsFamily(family))
        return;
    Address &a = m_addresses[familyIndex(family)];
    a.change.changed(oldAddress, newAddress);
    a.pacer.markPending(now, m_collect);
}

void HookGate::record(const RecordEvent &event, const QDateTime &now)
{
    using R = RecordEvent::Result;
    if (event.result == R::DryRun || !m_spec.wantsFamily(familyOf(event.type)))
        return;
    const QString key = recordKey(event);
    Record &r = recordFor(key);
    switch (event.result) {
    case R::Updated:
        troubleEnds(key, r, event, now);
        if (m_spec.wants(HookEvent::Updated)) {
            r.address.changed(event.previous, event.address);
            r.updated = event;
            r.updatedPacer.markPending(now, m_collect);
        }
        break;
    case R::Unchanged: troubleEnds(key, r, event, now); break;
    case R::Failed:
    case R::Held: troubleBegins(key, r, event, now); break;
    case R::DryRun: break;
    }
}

void HookGate::troubleBegins(const QString &key, Record &r, const RecordEvent &event, const QDateTime &now)
{
    const bool held = event.result == RecordEvent::Result::Held;
    if (!m_trouble.begins(key, held ? TroubleRule::Trouble::Held : TroubleRule::Trouble::Failed))
        return;
    if (r.recovered) {
        // Its recovery was not told yet, so for the hook it never stopped failing: no news.
        r.recovered.reset();
        r.recoveredPacer.drop();
        r.troubleTold = true;
        return;
    }
    const HookEvent kind = held ? HookEvent::Held : HookEvent::Failed;
    if (!m_spec.wants(kind))
        return;
    r.trouble = recordNotice(kind, event, now);
    r.troublePacer.markPending(now, m_collect);
}

void HookGate::troubleEnds(const QString &key, Record &r, const RecordEvent &event, const QDateTime &now)
{
    if (!m_trouble.ends(key))
        return;
    const bool toldTrouble = std::exchange(r.troubleTold, false);
    if (r.trouble) {
        // Recovered before the hook heard of the trouble: nothing to tell about either.
        r.trouble.reset();
        r.troublePacer.drop();
        return;
    }
    // A hook that is not told failures hears of every recovery; one that is, only of those
    // that follow a failure it heard of.
    const bool toldOfTrouble = m_spec.wants(HookEvent::Failed) || m_spec.wants(HookEvent::Held);
    if (!m_spec.wants(HookEvent::Recovered) || (toldOfTrouble && !toldTrouble))
        return;
    r.recovered = recordNotice(HookEvent::Recovered, event, now);
    r.recoveredPacer.markPending(now, m_collect);
}

void HookGate::cycleFinished(const QDateTime &now)
{
    for (Address &a : m_addresses)
        a.pacer.endCollecting(now);
    for (Record &r : m_records) {
        for (NotificationPacer *p : {&r.updatedPacer, &r.troublePacer, &r.recoveredPacer})
            p->endCollecting(now);
    }
}

void HookGate::agentStarted(const HookNotice &notice)
{
    if (m_spec.wants(HookEvent::AgentStarted))
        m_immediate.append(notice);
}

QDateTime HookGate::nextDue() const
{
    QDateTime next;
    const auto consider = [&next](const NotificationPacer &p) {
        const QDateTime due = p.due();
        if (due.isValid() && (!next.isValid() || due < next))
            next = due;
    };
    for (const Address &a : m_addresses)
        consider(a.pacer);
    for (const Record &r : m_records) {
        consider(r.updatedPacer);
        consider(r.troublePacer);
        consider(r.recoveredPacer);
    }
    if (!m_immediate.isEmpty()) {
        const QDateTime first = m_immediate.first().time;
        if (!next.isValid() || first < next)
            next = first;
    }
    return next;
}

QList<HookNotice> HookGate::takeDue(const QDateTime &now)
{
    QList<HookNotice> out = std::exchange(m_immediate, {});
    for (const Family f : kFamilies) {
        Address &a = m_addresses[familyIndex(f)];
        if (!a.pacer.isDue(now))
            continue;
        const auto change = a.change.take();
        a.pacer.taken(now, change.has_value());
        if (change)
            out.append(addressChangedNotice(f, change->from, change->to, now));
    }
    for (const QString &key : std::as_const(m_order)) {
        Record &r = m_records[key];
        if (r.troublePacer.isDue(now)) {
            r.troublePacer.taken(now, r.trouble.has_value());
            if (r.trouble) {
                out.append(*std::exchange(r.trouble, std::nullopt));
                r.troubleTold = true;
            }
        }
        if (r.recoveredPacer.isDue(now)) {
            r.recoveredPacer.taken(now, r.recovered.has_value());
            if (r.recovered)
                out.append(*std::exchange(r.recovered, std::nullopt));
        }
        if (r.updatedPacer.isDue(now)) {
            const auto change = r.address.take();
            r.updatedPacer.taken(now, change.has_value() && r.updated.has_value());
            if (change && r.updated) {
                RecordEvent told = *r.updated;
                told.previous = change->from;
                told.address = change->to;
                out.append(recordNotice(HookEvent::Updated, told, now));
            }
            r.updated.reset();
        }
    }
    return out;
}

} // namespace Qddns
