#pragma once

#include "config/config.h"
#include "hooks/hookgate.h"
#include "hooks/hookrun.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace Qddns {

class Clock;
class Engine;
class HttpClient;
class SecretStore;

/// \brief The agent's hooks: listens to the engine's events, asks each hook's gate what it is
/// told and when, and runs commands and webhooks beside the updates, never in their way: runs of
/// one hook one after the other, at most a few hooks at once, each bounded in time. Heartbeats
/// ping after every cycle. Remembers how each hook's last run ended, for `status`.
class HookRunner : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        SecretStore *secrets = nullptr; ///< a hook's {secret}
        const Clock *clock = nullptr;   ///< null: the system clock
        HttpClient *http = nullptr;     ///< null: a client of its own (the updates' one is not delayed)
    };
    struct Limits
    {
        int maxRunning = 4;                       ///< hooks running at once
        int maxQueued = 20;                       ///< notices waiting per hook; the oldest is dropped past this
        std::chrono::seconds collect{60};         ///< the longest a notice waits for the rest of its cycle
        std::chrono::milliseconds killGrace{2000}; ///< after SIGTERM at the timeout, SIGKILL
        RetryPolicy retry;
    };
    /// \brief How a hook stands, for `status`.
    struct HookStatus
    {
        QString name;
        QString type;
        int runs = 0;
        int failures = 0; ///< consecutive failed runs
        QDateTime lastRun;
        std::optional<HookRunResult> last;
        bool running = false;
    };

    explicit HookRunner(Services services, QObject *parent = nullptr);
    ~HookRunner() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    /// \brief The hooks of \a config; a hook whose entry did not change keeps what it was told.
    void setConfig(const Config &config);
    /// \brief Follows \a engine's cycles, address changes and record results.
    void watch(Engine *engine);
    void agentStarted();
    /// \brief Runs what is due now and arms the timer for what comes next.
    void dispatchDue();
    /// \brief The agent stops: running commands are killed, nothing more is started.
    void stop();

    /// \brief Runs \a spec once with a test notice (a heartbeat: a success ping), whatever it is
    /// told normally and without retries; \a done gets how it ended, unless \a context is gone.
    void test(const HookSpec &spec, QObject *context, std::function<void(const HookRunResult &)> done);

    QList<HookStatus> status() const;
    int runningCount() const { return m_running; }

Q_SIGNALS:
    /// \brief A run of \a hook for \a event ended.
    void runFinished(const QString &hook, const QString &event, const Qddns::HookRunResult &result);

private:
    struct Job
    {
        HookNotice notice;
        std::optional<HttpRequest> request; ///< heartbeats: built when queued
    };
    struct Hook
    {
        HookSpec spec;
        std::unique_ptr<HookGate> gate; ///< event hooks
        std::deque<Job> queue;
        bool running = false;
        QPointer<CommandRun> command;
        HookStatus status;
    };
    using HookPtr = std::shared_ptr<Hook>;

    QDateTime now() const;
    void cycleStarted();
    void addressChanged(Family family, const QString &oldAddress, const QString &newAddress);
    void cycleFinished(const QList<RecordEvent> &events);
    void enqueue(const HookPtr &hook, Job job);
    void pump();
    void start(const HookPtr &hook, Job job);
    /// Runs \a job of \a spec; \a done gets the result (runs and tests alike).
    void run(const HookSpec &spec, const Job &job, int attempts, QObject *context,
             std::function<void(const HookRunResult &)> done, QPointer<CommandRun> *command = nullptr);
    void send(const HookSpec &spec, const HttpRequest &request, const QString &secret, int attempts, QObject *context,
              std::function<void(const HookRunResult &)> done);
    void finished(const HookPtr &hook, const Job &job, const HookRunResult &result);
    void schedule();

    Services m_services;
    Limits m_limits;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_ownHttp;
    HttpClient *m_http = nullptr;
    Config m_config;
    QList<HookPtr> m_hooks;
    int m_running = 0;
    qsizetype m_next = 0; ///< round robin: where the next free slot looks first
    quint64 m_ids = 0;
    QTimer m_timer;
    QElapsedTimer m_cycleTime;
    bool m_stopped = false;
};

} // namespace Qddns
