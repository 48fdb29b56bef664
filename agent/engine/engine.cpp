#include "engine/engine.h"

#include "engine/clock.h"
#include "engine/cycle.h"
#include "engine/transport.h"
#include "core/logging.h"
#include "state/planner.h"

namespace Qddns {

CycleOptions CycleOptions::mergedWith(const CycleOptions &other) const
{
    CycleOptions merged{force || other.force, dryRun && other.dryRun, {}};
    if (!profiles.isEmpty() && !other.profiles.isEmpty()) {
        merged.profiles = profiles;
        for (const QString &name : other.profiles) {
            if (!merged.profiles.contains(name))
                merged.profiles.append(name);
        }
    }
    return merged;
}

Engine::Engine(Config config, State state, Services services, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_state(std::move(state)), m_services(services)
{
    if (m_services.transport) {
        m_transport = m_services.transport;
    } else {
        m_ownTransport = std::make_unique<NetworkTransport>(m_services.http);
        m_transport = m_ownTransport.get();
    }
    if (!m_services.clock) {
        static const Clock systemClock;
        m_services.clock = &systemClock;
    }
}

Engine::~Engine() = default;

QDateTime Engine::now() const { return m_services.clock->now(); }

bool Engine::setCondition(const QString &key, const QString &condition)
{
    auto it = m_conditions.find(key);
    if (it != m_conditions.end() && *it == condition)
        return false;
    m_conditions.insert(key, condition);
    return true;
}

bool Engine::clearCondition(const QString &key)
{
    return m_conditions.remove(key) > 0;
}

void Engine::stop()
{
    m_stopping = true;
    m_queued.reset();
    m_transport->abortAll();
}

void Engine::setConfig(Config config)
{
    m_config = std::move(config);
}

quint64 Engine::runCycle(const CycleOptions &options)
{
    if (m_cycle) {
        // One cycle waits at most; requests made meanwhile merge into it.
        m_queued = m_queued ? m_queued->mergedWith(options) : options;
        return m_cycleId + 1;
    }
    startCycle(options);
    return m_cycleId;
}

void Engine::startCycle(const CycleOptions &options)
{
    m_cycle = new Cycle(this, options);
    m_cycleOptions = options;
    ++m_cycleId;
    Q_EMIT cycleStarted(m_cycleId);
    m_cycle->start();
}

void Engine::finishCycle()
{
    Cycle *cycle = std::exchange(m_cycle, nullptr);
    const QList<RecordEvent> events = cycle->events();
    cycle->deleteLater();
    if (!m_cycleOptions.dryRun) {
        m_state.prune(m_config);
        if (m_services.stateStore) {
            // On failure the file keeps the previous state and the memory keeps this one: the
            // running agent goes on correctly, and the next cycle tries to save again.
            const auto saved = m_services.stateStore->save(m_state);
            m_saveError = saved ? QString() : saved.error();
            if (!saved)
                qCCritical(lcState).noquote() << "cannot save the state:" << saved.error();
        }
    }
    m_lastFinished = now();
    // Taken before the signal: a slot may call runCycle(), which then starts (or queues) normally.
    const auto queued = std::exchange(m_queued, std::nullopt);
    Q_EMIT cycleFinished(events);
    if (queued)
        runCycle(*queued);
}

QDateTime Engine::nextRetry() const
{
    return Qddns::nextRetry(m_config, m_state);
}

} // namespace Qddns
