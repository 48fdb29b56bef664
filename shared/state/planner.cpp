#include "state/planner.h"

#include "core/addressrules.h"
#include "state/recordstate.h"

#include <map>

namespace Qddns {

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
                d.address = input.detected[f];
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
    // The families of each host to send, as a bit mask (A = 1, AAAA = 2), hosts in config order.
    std::map<int, QStringList> byFamilies;
    for (const QString &host : profile.hosts) {
        int mask = 0;
        for (const RecordKey &key : send) {
            if (key.profile == profile.name && key.host == host)
                mask |= key.type == RecordType::A ? 1 : 2;
        }
        if (mask && info.sendsAllFamilies) {
            mask = 0;
            for (const Family f : kFamilies) {
                const bool known = detected[f] || (lastKnown[f] && isGlobalUnicast(*lastKnown[f]));
                if (profile.publishes(f) && known)
                    mask |= f == Family::IPv4 ? 1 : 2;
            }
        }
        if (mask)
            byFamilies[mask].append(host);
    }
    QList<Batch> batches;
    const int chunk = std::max(1, info.maxHostsPerRequest);
    for (const auto &[mask, hosts] : byFamilies) {
        for (qsizetype i = 0; i < hosts.size(); i += chunk) {
            Batch batch;
            batch.hosts = hosts.mid(i, chunk);
            for (const Family f : kFamilies) {
                if (!(mask & (f == Family::IPv4 ? 1 : 2)))
                    continue;
                batch.carried[f] = !detected[f];
                batch.addresses[f] = detected[f] ? detected[f] : lastKnown[f];
            }
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
