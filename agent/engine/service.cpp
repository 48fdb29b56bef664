#include "engine/service.h"
#include "engine/propagation.h"
#include "core/atomicfile.h"

#include "platform/memory.h"
#include "detect/upnpevents.h"
#include "platform/netwatch.h"
#include "platform/sdnotify.h"
#include "core/logging.h"
#include "providers/providerregistry.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTemporaryFile>

namespace Qddns {

namespace {
State loadState(const StateStore &store)
{
    auto state = store.load();
    if (state)
        return std::move(state).value();
    // Keep the unreadable file for inspection rather than overwriting it; start afresh.
    const QString aside = store.path() + QStringLiteral(".corrupt-") + QString::number(QDateTime::currentSecsSinceEpoch());
    QFile::rename(store.path(), aside);
    qCWarning(lcState).noquote() << state.error() << "- moved to" << aside << "and starting with an empty state";
    return State();
}
} // namespace

Runtime::Runtime(const ProviderRegistry &registry, const Config &config, const QString &stateDir)
    : stateStore(stateDir), history(stateDir), http(&nam)
{
    applyNetworkSettings(config);
    Engine::Services services;
    services.registry = &registry;
    services.secrets = &secrets;
    services.http = &http;
    services.stateStore = &stateStore;
    services.history = &history;
    engine = std::make_unique<Engine>(config, loadState(stateStore), services);
}

Runtime::~Runtime() = default;

void Runtime::applyNetworkSettings(const Config &config)
{
    http.setTimeout(config.timeout);
    QList<QSslCertificate> cas;
    if (!config.caFile.isEmpty()) {
        QFile file(config.caFile);
        if (file.open(QIODevice::ReadOnly))
            cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    }
    http.setExtraCaCertificates(cas);
    http.setProxy(networkProxy(config.proxy));
}

QByteArray statusLine(const Engine &engine, const QList<RecordEvent> &reports)
{
    QStringList parts;
    for (Family f : {Family::IPv4, Family::IPv6}) {
        const QString address = engine.state().family(f).address;
        if (!address.isEmpty())
            parts << (f == Family::IPv4 ? QStringLiteral("IPv4 ") : QStringLiteral("IPv6 ")) + address;
    }
    int good = 0, bad = 0;
    for (const RecordEvent &r : reports)
        (r.failedOrHeld() ? bad : good)++;
    if (!reports.isEmpty())
        parts << QStringLiteral("%1 record(s) current, %2 failing or held").arg(good).arg(bad);
    return "STATUS=" + (parts.isEmpty() ? QStringLiteral("no public address detected") : parts.join(QStringLiteral("; "))).toUtf8();
}

AgentService::AgentService(const ProviderRegistry &registry, LoadedConfig loaded, ServiceSettings settings, QObject *parent)
    : QObject(parent), m_registry(registry), m_loaded(std::move(loaded)), m_settings(std::move(settings)),
      m_runtime(registry, m_loaded.config, m_settings.stateDir), m_systemd(std::make_unique<SdNotifier>())
{
    Engine *engine = m_runtime.engine.get();
    m_interval.setInterval(m_loaded.config.interval);
    connect(&m_interval, &BootTimer::timeout, this, [this] { automaticCycle(QStringLiteral("poll")); });
    m_retry.setSingleShot(true);
    connect(&m_retry, &BootTimer::timeout, this, [this] { automaticCycle(QStringLiteral("retry")); });
    connect(engine, &Engine::cycleFinished, this, &AgentService::onCycleFinished);
    m_propagation = new PropagationChecker(this);
    m_propagation->setConfig(m_loaded.config);
    connect(engine, &Engine::recordEvent, m_propagation, &PropagationChecker::onRecordEvent);
}

AgentService::~AgentService() = default;

Engine *AgentService::engine() const { return m_runtime.engine.get(); }

Expected<bool, QString> AgentService::lock()
{
    auto lock = lockStateDirectory(m_settings.stateDir);
    if (!lock)
        return Unexpected{lock.error().message};
    m_lock = std::move(lock).value();
    return true;
}

void AgentService::start()
{
    qCInfo(lcAgent).noquote() << QStringLiteral("qddns-agent %1 running with %2%3 - state in %4")
                                     .arg(QStringLiteral(QDDNS_VERSION), m_loaded.path,
                                          m_loaded.fromFile ? QString() : QStringLiteral(" (no file: defaults)"), m_settings.stateDir);
    announceProfiles(m_loaded, m_settings.stateDir);
    m_started = QDateTime::currentDateTimeUtc();
    m_interval.start();

    // Address changes start a cycle at once; the poll stays as the safety net and is the only
    // trigger where the platform cannot tell (start() has then logged why).
    m_watcher = new NetworkWatcher(this);
    // Short: a burst of kernel events mostly arrives within a few ms, and a late straggler only
    // queues one more cycle, while every millisecond here delays publishing a new address.
    m_watcher->setDebounce(std::chrono::milliseconds(100));
    connect(m_watcher, &NetworkWatcher::changed, this, [this](const QString &reason) {
        automaticCycle(QStringLiteral("network changed (%1)").arg(reason));
    });
    m_watcher->start();
    watchUpnpEvents();

    if (const auto every = m_systemd->watchdogInterval()) {
        connect(&m_watchdog, &QTimer::timeout, this, [this] { m_systemd->notify("WATCHDOG=1"); });
        m_watchdog.start(*every);
    }
    m_systemd->notify("READY=1\nSTATUS=detecting the public address");
    QTimer::singleShot(0, engine(), [this] { engine()->runCycle(); });
}

// A router behind which the agent runs changes its WAN address without any local event: with a
// `upnp` detector its events (GENA) start a cycle at once instead of waiting for the poll.
void AgentService::watchUpnpEvents()
{
    const QList<DetectorSpec> &detectors = m_loaded.config.ipv4.detectors;
    const auto upnp = std::find_if(detectors.begin(), detectors.end(),
                                   [](const DetectorSpec &d) { return d.type == DetectorSpec::Type::Upnp; });
    if (upnp == detectors.end()) {
        delete m_upnpEvents;
        m_upnpEvents = nullptr;
        return;
    }
    if (m_upnpEvents)
        return;
    m_upnpEvents = new UpnpEventWatcher(&m_runtime.http, this);
    m_upnpEvents->setSearchTimeout(upnp->timeout);
    connect(m_upnpEvents, &UpnpEventWatcher::externalAddressChanged, this, [this](const QString &address) {
        automaticCycle(QStringLiteral("the router reports a new WAN address (%1)").arg(address));
    });
    m_upnpEvents->start();
}

void AgentService::automaticCycle(const QString &why)
{
    if (m_stopping || m_paused)
        return;
    if (why != QLatin1String("poll")) {
        qCInfo(lcAgent).noquote() << why + QStringLiteral(": checking addresses");
        m_interval.start(); // the poll counts from this check
    }
    engine()->runCycle(); // while a cycle runs this is remembered and run once after it
}

void AgentService::onCycleFinished(const QList<RecordEvent> &reports)
{
    // Between cycles the agent idles for minutes: pooled connections would keep Qt's network
    // thread and a keep-alive timer awake, and the heap would keep what the cycle freed.
    m_runtime.nam.clearConnectionCache();
    releaseFreeMemory();
    m_systemd->notify(statusLine(*engine(), reports));
    if (m_stopping) {
        Q_EMIT finished();
        return;
    }
    const QDateTime next = engine()->nextRetry();
    if (next.isValid()) {
        const qint64 ms = std::max<qint64>(1000, QDateTime::currentDateTimeUtc().msecsTo(next));
        if (ms < m_interval.remainingTime()) {
            qCDebug(lcScheduler) << "retry in" << ms / 1000 << "s";
            m_retry.start(std::chrono::milliseconds(ms));
        }
    }
}

QDateTime AgentService::nextCheck() const
{
    if (m_paused || m_stopping || !m_interval.isActive())
        return {};
    qint64 ms = m_interval.remainingTime();
    if (m_retry.isActive())
        ms = std::min<qint64>(ms, m_retry.remainingTime());
    return QDateTime::currentDateTimeUtc().addMSecs(ms);
}

void AgentService::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    qCInfo(lcAgent) << (paused ? "automatic updates paused" : "automatic updates resumed");
    if (paused) {
        m_retry.stop();
    } else {
        m_interval.start();
        engine()->runCycle();
    }
    Q_EMIT pausedChanged(paused);
}

void AgentService::stop()
{
    if (std::exchange(m_stopping, true))
        return;
    m_systemd->notify("STOPPING=1");
    m_interval.stop();
    m_retry.stop();
    Q_EMIT stopping();
    if (!engine()->isRunning()) {
        QTimer::singleShot(0, this, &AgentService::finished);
        return;
    }
    // In-flight requests are cancelled; the cycle then ends and saves the state.
    engine()->stop();
    QTimer::singleShot(5000, this, &AgentService::finished);
}

void AgentService::applyLoaded(LoadedConfig loaded)
{
    m_loaded = std::move(loaded);
    m_runtime.applyNetworkSettings(m_loaded.config);
    engine()->setConfig(m_loaded.config);
    m_propagation->setConfig(m_loaded.config);
    m_interval.setInterval(m_loaded.config.interval);
    if (!m_stopping)
        m_interval.start();
    announceProfiles(m_loaded, m_settings.stateDir);
    if (m_watcher) // started
        watchUpnpEvents();
    Q_EMIT configApplied();
    if (!m_stopping)
        engine()->runCycle();
}

void AgentService::reload()
{
    m_systemd->notify("RELOADING=1");
    auto loaded = loadConfig(m_settings.configArgument, m_registry);
    if (!loaded) {
        for (const ConfigError &e : loaded.error())
            qCWarning(lcConfig).noquote() << m_loaded.path + QStringLiteral(": ") + e.toString();
        qCWarning(lcConfig).noquote() << "the new configuration has" << loaded.error().size() << "error(s): keeping the running one";
    } else {
        applyLoaded(std::move(loaded).value());
        qCInfo(lcConfig).noquote() << "configuration reloaded from" << m_loaded.path << "with"
                                   << m_loaded.config.profiles.size() << "profile(s)";
    }
    m_systemd->notify("READY=1");
}

Expected<bool, AgentService::SetConfigError> AgentService::setConfig(const QJsonObject &document, const QLocale &locale)
{
    const QByteArray data = QJsonDocument(document).toJson(QJsonDocument::Indented);
    auto parsed = parseConfig(data, m_registry, locale);
    if (!parsed)
        return Unexpected(SetConfigError{parsed.error(), {}});
    if (const auto written = writeFileAtomically(m_loaded.path, data); !written)
        return Unexpected(SetConfigError{{}, written.error()});
    LoadedConfig loaded;
    loaded.config = std::move(parsed).value();
    loaded.path = m_loaded.path;
    loaded.fromFile = true;
    loaded.document = document;
    qCInfo(lcConfig).noquote() << "configuration written to" << loaded.path << "with" << loaded.config.profiles.size()
                               << "profile(s) and applied";
    applyLoaded(std::move(loaded));
    return true;
}

QString directoryWriteProblem(const QString &dir)
{
    QString existing = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    while (!QFileInfo(existing).isDir() && existing != QDir::rootPath())
        existing = QFileInfo(existing).absolutePath();
    // One byte written through: a full disk lets an empty file be created, not a lock file.
    QTemporaryFile probe(existing + QStringLiteral("/.qddns-write-test-XXXXXX"));
    if (probe.open() && probe.write("x", 1) == 1 && probe.flush())
        return {};
    return probe.errorString();
}

Expected<std::unique_ptr<QLockFile>, StateLockError> lockStateDirectory(const QString &stateDir)
{
    // One agent per state directory: two would overwrite each other's state and history.
    if (!QFileInfo(stateDir).isDir()) {
        if (!QDir().mkpath(stateDir))
            return Unexpected{StateLockError{0, QStringLiteral("cannot create the state directory %1: %2")
                                                    .arg(stateDir, directoryWriteProblem(stateDir))}};
        QFile::setPermissions(stateDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    auto lock = std::make_unique<QLockFile>(stateDir + QStringLiteral("/agent.lock"));
    lock->setStaleLockTime(0); // never by age: a lock is stale only when its process is gone
    if (lock->tryLock(0))
        return Expected<std::unique_ptr<QLockFile>, StateLockError>(std::move(lock));
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return Unexpected{StateLockError{std::max<qint64>(pid, 1),
                                         QStringLiteral("another qddns-agent (pid %1) already runs with the state directory %2")
                                             .arg(pid).arg(stateDir)}};
    }
    // QLockFile keeps errno to itself: ask the file system again to have the reason in words.
    const QString why = directoryWriteProblem(stateDir);
    return Unexpected{StateLockError{0, QStringLiteral("cannot create the lock file %1/agent.lock: %2")
                                            .arg(stateDir, why.isEmpty() ? QStringLiteral("unknown reason") : why)}};
}

void announceProfiles(const LoadedConfig &loaded, const QString &stateDir)
{
    if (!loaded.config.profiles.isEmpty())
        return;
    qCInfo(lcAgent).noquote() << "no profile is configured: qddns only detects the public address and records each change in"
                              << stateDir + QStringLiteral("/history.jsonl.");
    qCInfo(lcAgent).noquote() << "to keep a DNS name current, add a profile to" << loaded.path
                              << "(see the README, section Configuration; `qddns-agent providers` lists the providers)";
}

} // namespace Qddns
