#pragma once

#include "config/configstore.h"
#include "platform/boottimer.h"
#include "engine/engine.h"
#include "core/expected.h"
#include "net/httpclient.h"
#include "secrets/secretstore.h"
#include "state/history.h"
#include "state/state.h"

#include <QLockFile>
#include <QNetworkAccessManager>
#include <QLocale>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Qddns {

class NetworkWatcher;
class PropagationChecker;
class ProviderRegistry;
class SdNotifier;
class UpnpEventWatcher;

/// \brief Everything a cycle needs, shared by `run` and `once`.
struct Runtime
{
    Runtime(const ProviderRegistry &registry, const Config &config, const QString &stateDir);
    ~Runtime();
    void applyNetworkSettings(const Config &config);

    StateStore stateStore;
    IpHistory history;
    QNetworkAccessManager nam;
    HttpClient http;
    SystemSecretStore secrets;
    std::unique_ptr<Engine> engine;
};

/// \brief Where the service keeps its things.
struct ServiceSettings
{
    QString configArgument; ///< --config as given (empty: the default path)
    QString stateDir;
    QString socketPath;
};

/// \brief `qddns-agent run`: the engine on a schedule (poll, retries, network changes), the
/// lock against a second agent, systemd notifications, reload and stop. It knows no client: the
/// socket API (agent/server) is wired to it by the command line.
class AgentService : public QObject
{
    Q_OBJECT
public:
    AgentService(const ProviderRegistry &registry, LoadedConfig loaded, ServiceSettings settings, QObject *parent = nullptr);
    ~AgentService() override;

    /// \brief Takes the state directory's lock (no second agent on the same state); the error
    /// says who holds it or why it cannot be taken.
    Expected<bool, QString> lock();
    /// \brief Starts the schedule, the network watcher and the first cycle (after lock()).
    void start();
    /// \brief Cancels what is in flight (at most 5 s), saves the state; then finished().
    void stop();
    /// \brief SIGHUP: reads the configuration file again; a bad one is logged and the running one kept.
    void reload();
    struct SetConfigError
    {
        ConfigErrors errors; ///< the document is invalid: nothing written
        QString writeError;  ///< valid, but the file could not be written: nothing applied
    };
    /// \brief Validates \a document and, when it is valid, writes it atomically and applies it.
    Expected<bool, SetConfigError> setConfig(const QJsonObject &document, const QLocale &locale = QLocale::c());

    Engine *engine() const;
    const ProviderRegistry &registry() const { return m_registry; }
    const LoadedConfig &loaded() const { return m_loaded; }
    const ServiceSettings &settings() const { return m_settings; }
    IpHistory &history() { return m_runtime.history; }
    /// \brief Whether the zone's servers answer what was published (profiles with `nameservers`).
    PropagationChecker *propagation() const { return m_propagation; }
    QDateTime started() const { return m_started; }
    /// \brief When the next automatic cycle is due (poll or retry); invalid while paused.
    QDateTime nextCheck() const;
    bool isStopping() const { return m_stopping; }

    bool isPaused() const { return m_paused; }
    /// \brief Pausing stops automatic cycles (poll, retries, network changes); explicit
    /// `update` and `detect` requests still run.
    void setPaused(bool paused);

Q_SIGNALS:
    /// \brief stop() began: clients of the service (the socket API) answer what waits and close.
    void stopping();
    void configApplied();
    void pausedChanged(bool paused);
    void finished();

private:
    void applyLoaded(LoadedConfig loaded);
    void automaticCycle(const QString &why);
    void watchUpnpEvents();
    void onCycleFinished(const QList<RecordEvent> &reports);

    const ProviderRegistry &m_registry;
    LoadedConfig m_loaded;
    ServiceSettings m_settings;
    Runtime m_runtime;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<SdNotifier> m_systemd;
    NetworkWatcher *m_watcher = nullptr;
    UpnpEventWatcher *m_upnpEvents = nullptr; ///< only while an IPv4 detector is `upnp`
    PropagationChecker *m_propagation = nullptr;
    BootTimer m_interval; // counts suspended time: a poll due during a suspend runs at wake-up
    BootTimer m_retry;
    QTimer m_watchdog;
    QDateTime m_started;
    bool m_stopping = false;
    bool m_paused = false;
};

/// \brief Why the state directory could not be locked: another agent holds it (its pid), or the
/// lock file cannot be created (the message says why).
struct StateLockError
{
    qint64 otherPid = 0; ///< non-zero: a running agent holds the lock
    QString message;
};

/// \brief Takes the lock that keeps two agents (`run`, `once`) off one state directory, creating
/// the directory (owner-only) when missing.
Expected<std::unique_ptr<QLockFile>, StateLockError> lockStateDirectory(const QString &stateDir);

/// \brief Why files cannot be created in \a dir (or the nearest existing parent), in the
/// system's words ("Read-only file system"); empty when they can.
QString directoryWriteProblem(const QString &dir);

/// \brief Logs, when no profile is configured, what the agent does anyway and how to add one.
void announceProfiles(const LoadedConfig &loaded, const QString &stateDir);

/// \brief One line for systemd's STATUS=: the addresses and how the records stand.
QByteArray statusLine(const Engine &engine, const QList<RecordEvent> &reports);

} // namespace Qddns
