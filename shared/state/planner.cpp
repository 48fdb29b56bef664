#include "state/planner.h"

#include "core/addressrules.h"
#include "state/recordstate.h"

#include <map>

namespace Qddns {

std::optional<QHostAddress> hostAddress(const Profile &profile, const QString &host, Family family,
                                        const std::optional<QHostAddress> &detected)
{
    if (!detected || family != Family::IPv6)
        return detected;
    const auto suffix = profile.ipv6Suffixes.constFind(host);
    if (suffix == profile.ipv6Suffixes.constEnd())
        return detected;
    return withIpv6Suffix(*detected, suffix->suffix, suffix->prefixLength);
}

QList<RecordDecision> planRecords(const PlanInput &input)
{
    QList<RecordDecision> decisions;
    for (const Profile &p : input.config->profiles) {
        if (!input.profiles.isEmpty() && !input.profiles.contains(p.name))
            continue;
        for (const QString &host : p.hosts) {
            for (const Family f : kFamilies) {
                if (!p.publishes(f))
                    continue;
                RecordDecision d;
                d.key = {p.name, host, typeOf(f)};
                const RecordState *known = input.state->find(p.name, host, typeOf(f));
                const RecordState before = known ? *known : RecordState{};
                const RecordState current = forProfile(before, p.fingerprint);
                d.state = forAgentVersion(current, input.agentVersion);
                d.profileChanged = !before.fingerprint.isEmpty() && before.fingerprint != p.fingerprint;
                d.holdLifted = isHeld(current) && !isHeld(d.state);
                d.address = hostAddress(p, host, f, input.detected[f]);
                if (!d.address) {
                    d.plan = RecordPlan::NoAddress;
                } else if (isHeld(d.state)) {
                    d.plan = RecordPlan::Held;
                } else if (isWaiting(d.state, input.now)) {
                    d.plan = RecordPlan::Waiting;
                } else {
                    const bool fresh = d.state.published.isValid()
                        && d.state.published.addSecs(input.config->forceInterval.count()) > input.now;
                    const bool same = d.state.address == d.address->toString();
                    d.plan = same && fresh && !input.force ? RecordPlan::UpToDate : RecordPlan::Send;
                }
                decisions.append(d);
            }
        }
    }
    return decisions;
}

QList<Batch> planBatches(const Profile &profile, const ProviderInfo &info, const QList<RecordKey> &send,
                         const PerFamily<std::optional<QHostAddress>> &detected,
                         const PerFamily<std::optional<QHostAddress>> &lastKnown)
{
    // Hosts that need the same families with the same addresses go together, in config order.
    std::map<QString, std::pair<Batch, QStringList>> groups;
    QStringList order;
    for (const QString &host : profile.hosts) {
        PerFamily<bool> due;
        for (const RecordKey &key : send) {
            if (key.profile == profile.name && key.host == host)
                due[key.type] = true;
        }
        if (!due.ipv4 && !due.ipv6)
            continue;
        if (info.sendsAllFamilies) {
            for (const Family f : kFamilies) {
                const bool known = detected[f] || (lastKnown[f] && isGlobalUnicast(*lastKnown[f]));
                due[f] = profile.publishes(f) && known;
            }
        }
        Batch shape;
        QString id;
        for (const Family f : kFamilies) {
            if (!due[f])
                continue;
            shape.carried[f] = !detected[f];
            shape.addresses[f] = hostAddress(profile, host, f, detected[f] ? detected[f] : lastKnown[f]);
            id += familyName(f) + QLatin1Char('=') + shape.addresses[f]->toString() + QLatin1Char(';');
        }
        auto [it, inserted] = groups.try_emplace(id, shape, QStringList{});
        if (inserted)
            order.append(id);
        it->second.second.append(host);
    }
    QList<Batch> batches;
    const int chunk = std::max(1, info.maxHostsPerRequest);
    for (const QString &id : std::as_const(order)) {
        const auto &[shape, hosts] = groups.at(id);
        for (qsizetype i = 0; i < hosts.size(); i += chunk) {
            Batch batch = shape;
            batch.hosts = hosts.mid(i, chunk);
            batches.append(batch);
        }
    }
    return batches;
}

QDateTime nextRetry(const Config &config, const State &state)
{
    QDateTime earliest;
    for (const Profile &p : config.profiles) {
        for (const QString &host : p.hosts) {
            for (const Family f : kFamilies) {
                const RecordState *r = state.find(p.name, host, typeOf(f));
                if (r && !isHeld(*r) && r->retryAfter.isValid() && (!earliest.isValid() || r->retryAfter < earliest))
                    earliest = r->retryAfter;
            }
        }
    }
    return earliest;
}

} // namespace Qddns
