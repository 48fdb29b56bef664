#pragma once

#include "config/config.h"
#include "detect/detector.h"
#include "engine/recordevent.h"
#include "state/state.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace Qddns {

class Clock;
class HttpClient;
class IpHistory;
class ProviderRegistry;
class SecretStore;
class Transport;
class StateStore;

struct CycleOptions
{
    bool force = false;   ///< re-send records whose address is unchanged
    bool dryRun = false;  ///< build requests but send none and change nothing
    QStringList profiles; ///< only these profiles (empty: all)

    /// \brief Options of one cycle that carries out both requests: force wins, a real run beats a
    /// dry one, and the profiles are united (all, when either asks for all).
    CycleOptions mergedWith(const CycleOptions &other) const;
};

/// \brief One update cycle after another: detect each family once, plan every record of every
/// profile (state/planner.h), read the credentials of the profiles that send, hand each request
/// to its transport, apply each outcome to its record (state/recordstate.h), persist the state,
/// and tell what happened to each record (RecordEvent). Profiles run concurrently.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        const ProviderRegistry *registry = nullptr;
        SecretStore *secrets = nullptr;
        HttpClient *http = nullptr;             ///< detection; updates too unless a transport is given
        Transport *transport = nullptr;         ///< null: HTTP through http, DNS through a client of its own
        const StateStore *stateStore = nullptr; ///< null: nothing persisted
        IpHistory *history = nullptr;           ///< null: no journal
        const Clock *clock = nullptr;
    };
    Engine(Config config, State state, Services services, QObject *parent = nullptr);
    ~Engine() override;

    void setConfig(Config config);
    const Config &config() const { return m_config; }
    const State &state() const { return m_state; }
    const Services &services() const { return m_services; }

    /// \brief Starts a cycle; when one is running the request is remembered and run after it.
    /// Returns the id of the cycle that carries it out (cycleFinished() tells it via cycleId()).
    quint64 runCycle(const CycleOptions &options = {});
    bool isRunning() const { return m_cycle != nullptr; }
    /// \brief The id of the running cycle, or of the last one when none runs (0: none yet).
    quint64 cycleId() const { return m_cycleId; }
    /// \brief When the last cycle finished (invalid before the first).
    QDateTime lastCycleFinished() const { return m_lastFinished; }
    /// \brief The last detection of \a family (nullopt: not detected since start).
    std::optional<DetectionResult> lastDetection(Family family) const { return m_lastDetections[family]; }
    /// \brief Shutdown: cancels requests in flight; the cycle then ends and saves the state. A
    /// cancelled record keeps its retry schedule: stopping is not the provider's failure.
    void stop();
    bool isStopping() const { return m_stopping; }
    /// \brief Why the state could not be saved after the last cycle (empty: it was, or nothing was due).
    QString saveError() const { return m_saveError; }
    /// \brief The earliest time a record in backoff may be retried (invalid when none waits).
    QDateTime nextRetry() const;

    /// \brief Records a lasting condition under \a key; true when it is new or different (log it).
    bool setCondition(const QString &key, const QString &condition);
    /// \brief Ends the condition under \a key; true when there was one (log the recovery).
    bool clearCondition(const QString &key);

Q_SIGNALS:
    void cycleStarted(quint64 cycle);
    void addressChanged(Qddns::Family family, const QString &oldAddress, const QString &newAddress, const QString &detector);
    void detectionFinished(const Qddns::DetectionResult &result);
    /// \brief One record's result, as soon as it is known.
    void recordEvent(const Qddns::RecordEvent &event);
    /// \brief cycleId() is the id of the finished cycle while this is emitted.
    void cycleFinished(const QList<Qddns::RecordEvent> &events);

private:
    class Cycle;
    friend class Cycle;
    void startCycle(const CycleOptions &options);
    void finishCycle();
    QDateTime now() const;

    Config m_config;
    State m_state;
    Services m_services;
    std::unique_ptr<Transport> m_ownTransport;
    Transport *m_transport = nullptr;
    Cycle *m_cycle = nullptr;
    CycleOptions m_cycleOptions;
    std::optional<CycleOptions> m_queued;
    quint64 m_cycleId = 0;
    QDateTime m_lastFinished;
    QString m_saveError;
    PerFamily<std::optional<DetectionResult>> m_lastDetections;
    QHash<QString, QString> m_conditions; ///< lasting conditions already logged (see setCondition())
    bool m_stopping = false;
};

} // namespace Qddns
