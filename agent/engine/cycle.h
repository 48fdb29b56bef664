#pragma once

#include "engine/engine.h"
#include "providers/provider.h"
#include "secrets/secretstore.h"
#include "state/planner.h"

#include <QObject>

namespace Qddns {

/// One cycle of the engine: detection, the plan, credentials, requests, outcomes. The state is
/// saved once when it ends (Engine::finishCycle()). Decisions belong to the planner and the record
/// transitions (state/); this class only carries them out and tells what happened.
class Engine::Cycle : public QObject
{
public:
    Cycle(Engine *engine, CycleOptions options);
    void start();
    const QList<RecordEvent> &events() const { return m_events; }

private:
    // How an event is logged. An attempt's outcome is logged at its level; a lasting condition
    // (held, waiting for a retry, no address, nothing to do) only when it begins or changes, then
    // at debug level: a long-failing agent's journal must stay readable.
    enum class Notice { Event, Lasting };
    struct Item
    {
        RecordKey key;
        RecordEvent::Result result;
        RecordEvent::Code code;
        QString message;
        Notice notice = Notice::Event;
        QString condition; ///< the lasting condition's identity (empty: the message)
        std::optional<QString> previous; ///< the address before an attempt (unset: the record's now)
    };

    bool selected(const Profile &p) const;
    void onDetected(const DetectionResult &result);
    void logDetection(const DetectionResult &result);
    std::optional<QHostAddress> detected(Family f) const { return m_detected[f]; }
    PerFamily<std::optional<QHostAddress>> lastKnown() const;

    void planAll();
    void planProfile(const Profile &p, const QList<RecordDecision> &decisions);
    void onCredentials(const Profile &p, QList<RecordKey> send, const QList<RecordDecision> &held,
                       const CredentialsResult &credentials);
    UpdateRequest request(const Profile &p, const ProviderInfo &info, const Batch &batch, const Credentials &credentials) const;
    void dryRun(const Profile &p, const Batch &batch, UpdateTransaction &transaction, const UpdateRequest &request);
    void step(const Profile &p, const Batch &batch, const UpdateRequest &request,
              std::shared_ptr<UpdateTransaction> transaction, const QByteArray &fingerprint);
    void applyResults(const Profile &p, const Batch &batch, const UpdateRequest &request, QList<RecordResult> results,
                      const QByteArray &fingerprint);
    void report(const Item &item);
    void jobDone();
    void finish();

    Engine *m_engine;
    CycleOptions m_options;
    PerFamily<std::optional<QHostAddress>> m_detected;
    PerFamily<QString> m_detectionError;
    QList<RecordEvent> m_events;
    int m_pendingDetections = 0;
    int m_pendingJobs = 0;
    bool m_finished = false;
};

} // namespace Qddns
