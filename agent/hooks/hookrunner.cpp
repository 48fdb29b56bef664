#include "hooks/hookrunner.h"

#include "core/logging.h"
#include "core/version.h"
#include "engine/clock.h"
#include "engine/engine.h"
#include "net/httpclient.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

#include <algorithm>

namespace Qddns {

namespace {
// What a heartbeat's ping is called in logs and `runFinished`.
HookNotice heartbeatNotice(const QString &what, const QDateTime &time)
{
    HookNotice n;
    n.event = what;
    n.time = time;
    return n;
}
} // namespace

HookRunner::HookRunner(Services services, QObject *parent) : QObject(parent), m_services(services)
{
    if (!m_services.clock) {
        static const Clock systemClock;
        m_services.clock = &systemClock;
    }
    if (m_services.http) {
        m_http = m_services.http;
    } else {
        // Its own connections: a webhook that never answers holds none of the updates' slots.
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_ownHttp = std::make_unique<HttpClient>(m_nam.get());
        m_http = m_ownHttp.get();
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HookRunner::dispatchDue);
}

HookRunner::~HookRunner()
{
    stop();
}

QDateTime HookRunner::now() const
{
    return m_services.clock->now();
}

void HookRunner::setConfig(const Config &config)
{
    m_config = config;
    if (m_ownHttp) {
        m_ownHttp->setTimeout(config.timeout);
        QList<QSslCertificate> cas;
        if (QFile file(config.caFile); !config.caFile.isEmpty() && file.open(QIODevice::ReadOnly))
            cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        m_ownHttp->setExtraCaCertificates(cas);
    }
    QList<HookPtr> hooks;
    for (const HookSpec &spec : config.hooks) {
        const auto same = std::find_if(m_hooks.cbegin(), m_hooks.cend(), [&spec](const HookPtr &h) {
            return h->spec.name == spec.name && h->spec.fingerprint == spec.fingerprint;
        });
        if (same != m_hooks.cend()) {
            (*same)->spec = spec; // what it was told and its queue stay
            hooks.append(*same);
            continue;
        }
        auto hook = std::make_shared<Hook>();
        hook->spec = spec;
        if (!spec.isHeartbeat())
            hook->gate = std::make_unique<HookGate>(spec, m_limits.collect);
        hook->status.name = spec.name;
        hook->status.type = spec.type;
        hooks.append(hook);
    }
    // A removed hook's run in progress ends; nothing more of it starts.
    m_hooks = hooks;
    m_next = 0;
    schedule();
}

void HookRunner::watch(Engine *engine)
{
    connect(engine, &Engine::cycleStarted, this, &HookRunner::cycleStarted);
    connect(engine, &Engine::addressChanged, this,
            [this](Family family, const QString &oldAddress, const QString &newAddress, const QString &) {
                addressChanged(family, oldAddress, newAddress);
            });
    connect(engine, &Engine::cycleFinished, this, &HookRunner::cycleFinished);
}

void HookRunner::agentStarted()
{
    const HookNotice notice = agentStartedNotice(QStringLiteral(QDDNS_VERSION), QCoreApplication::applicationPid(), now());
    for (const HookPtr &hook : std::as_const(m_hooks)) {
        if (hook->gate)
            hook->gate->agentStarted(notice);
    }
    dispatchDue();
}

void HookRunner::cycleStarted()
{
    m_cycleTime.start();
    for (const HookPtr &hook : std::as_const(m_hooks)) {
        if (hook->spec.kind == HookSpec::Kind::Healthchecks)
            enqueue(hook, {heartbeatNotice(QStringLiteral("start"), now()), healthchecksRequest(hook->spec, HealthchecksPing::Start)});
    }
    pump();
}

void HookRunner::addressChanged(Family family, const QString &oldAddress, const QString &newAddress)
{
    const QDateTime t = now();
    for (const HookPtr &hook : std::as_const(m_hooks)) {
        if (hook->gate)
            hook->gate->addressChanged(family, oldAddress, newAddress, t);
    }
}

void HookRunner::cycleFinished(const QList<RecordEvent> &events)
{
    const QDateTime t = now();
    const qint64 took = m_cycleTime.isValid() ? m_cycleTime.elapsed() : 0;
    for (const HookPtr &hook : std::as_const(m_hooks)) {
        QList<RecordEvent> mine;
        for (const RecordEvent &e : events) {
            if (m_config.tellsHook(hook->spec, e.profile))
                mine.append(e);
        }
        if (hook->gate) {
            for (const RecordEvent &e : std::as_const(mine))
                hook->gate->record(e, t);
            hook->gate->cycleFinished(t);
            continue;
        }
        const QString log = failureLog(mine);
        const HookNotice notice = heartbeatNotice(log.isEmpty() ? QStringLiteral("up") : QStringLiteral("down"), t);
        if (hook->spec.kind == HookSpec::Kind::Healthchecks) {
            enqueue(hook, {notice, healthchecksRequest(hook->spec, log.isEmpty() ? HealthchecksPing::Success : HealthchecksPing::Fail, log)});
        } else {
            const qsizetype failing = std::count_if(mine.cbegin(), mine.cend(), [](const RecordEvent &e) { return e.failedOrHeld(); });
            const QString message = failing == 0 ? QStringLiteral("OK: %1 record(s) current").arg(mine.size())
                                                 : QStringLiteral("%1 record(s) failing: %2").arg(failing).arg(log.section(QLatin1Char('\n'), 0, 0));
            enqueue(hook, {notice, uptimeKumaRequest(hook->spec, failing == 0, message, took)});
        }
    }
    dispatchDue();
}

void HookRunner::dispatchDue()
{
    const QDateTime t = now();
    for (const HookPtr &hook : std::as_const(m_hooks)) {
        if (!hook->gate)
            continue;
        for (HookNotice &notice : hook->gate->takeDue(t))
            enqueue(hook, {std::move(notice), std::nullopt});
    }
    schedule();
    pump();
}

void HookRunner::schedule()
{
    QDateTime next;
    for (const HookPtr &hook : std::as_const(m_hooks)) {
        const QDateTime due = hook->gate ? hook->gate->nextDue() : QDateTime();
        if (due.isValid() && (!next.isValid() || due < next))
            next = due;
    }
    if (!next.isValid() || m_stopped) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::chrono::milliseconds(std::clamp<qint64>(now().msecsTo(next), 0, 24 * 3600 * 1000)));
}

void HookRunner::enqueue(const HookPtr &hook, Job job)
{
    if (m_stopped)
        return;
    if (qsizetype(hook->queue.size()) >= m_limits.maxQueued) {
        qCWarning(lcHooks).noquote() << QStringLiteral("hook %1 is %2 notices behind: the oldest (%3) is dropped")
                                            .arg(hook->spec.name).arg(hook->queue.size()).arg(hook->queue.front().notice.event);
        hook->queue.pop_front();
    }
    hook->queue.push_back(std::move(job));
}

void HookRunner::pump()
{
    while (!m_stopped && m_running < m_limits.maxRunning && !m_hooks.isEmpty()) {
        // Round robin, so that one busy hook does not keep the others waiting.
        HookPtr chosen;
        for (qsizetype i = 0; i < m_hooks.size() && !chosen; ++i) {
            const HookPtr &candidate = m_hooks.at((m_next + i) % m_hooks.size());
            if (!candidate->running && !candidate->queue.empty()) {
                chosen = candidate;
                m_next = (m_next + i + 1) % m_hooks.size();
            }
        }
        if (!chosen)
            return;
        Job job = std::move(chosen->queue.front());
        chosen->queue.pop_front();
        start(chosen, std::move(job));
    }
}

void HookRunner::start(const HookPtr &hook, Job job)
{
    hook->running = true;
    hook->status.running = true;
    ++m_running;
    run(hook->spec, job, m_limits.retry.maxAttempts, this,
        [this, hook, job](const HookRunResult &result) { finished(hook, job, result); }, &hook->command);
}

void HookRunner::run(const HookSpec &spec, const Job &job, int attempts, QObject *context,
                     std::function<void(const HookRunResult &)> done, QPointer<CommandRun> *command)
{
    if (job.request) {
        send(spec, *job.request, {}, attempts, context, std::move(done));
        return;
    }
    if (spec.kind == HookSpec::Kind::Command) {
        auto *run = new CommandRun(spec, job.notice, m_config.secretEnvironment(), m_limits.killGrace, this);
        if (command)
            *command = run;
        connect(run, &CommandRun::finished, context, [run, done = std::move(done)](const HookRunResult &result) {
            run->deleteLater();
            done(result);
        });
        run->start();
        return;
    }
    const QString id = QStringLiteral("qddns-%1-%2").arg(now().toMSecsSinceEpoch()).arg(++m_ids);
    if (!spec.secret) {
        send(spec, webhookRequest(spec, job.notice, {}, id), {}, attempts, context, std::move(done));
        return;
    }
    m_services.secrets->read(*spec.secret, hookSecretOwner(spec.name), QString(kPrimaryCredential), context,
                             [this, spec, job, id, attempts, context, done = std::move(done)](const SecretResult &secret) {
        if (!secret) {
            done({HookRunResult::Outcome::Failed, QStringLiteral("secret unavailable: ") + secret.error(), 0, 0});
            return;
        }
        send(spec, webhookRequest(spec, job.notice, *secret, id), *secret, attempts, context, done);
    });
}

void HookRunner::send(const HookSpec &spec, const HttpRequest &request, const QString &secret, int attempts, QObject *context,
                      std::function<void(const HookRunResult &)> done)
{
    HttpClient::Options options;
    options.allowInsecureHttp = spec.allowInsecureHttp;
    if (!secret.isEmpty())
        options.secrets = {secret};
    RetryPolicy policy = m_limits.retry;
    policy.maxAttempts = attempts;
    auto *run = new HttpRun(m_http, request, options, policy, spec.name, this);
    connect(run, &HttpRun::finished, context, [run, done = std::move(done)](const HookRunResult &result) {
        run->deleteLater();
        done(result);
    });
    run->start();
}

void HookRunner::finished(const HookPtr &hook, const Job &job, const HookRunResult &result)
{
    hook->running = false;
    hook->command.clear();
    --m_running;
    HookStatus &s = hook->status;
    s.running = false;
    ++s.runs;
    s.lastRun = now();
    const int failuresBefore = s.failures;
    s.failures = result.outcome == HookRunResult::Outcome::Ok ? 0 : s.failures + 1;
    s.last = result;
    const QString what = QStringLiteral("hook %1 (%2)").arg(hook->spec.name, job.notice.event);
    if (result.outcome == HookRunResult::Outcome::Ok) {
        if (failuresBefore > 0)
            qCInfo(lcHooks).noquote() << what << "works again";
        else if (hook->spec.isHeartbeat())
            qCDebug(lcHooks).noquote() << what << "pinged";
        else
            qCInfo(lcHooks).noquote() << what
                                      << (hook->spec.kind == HookSpec::Kind::Command ? QStringLiteral("ran") : QStringLiteral("delivered"))
                                             + (result.attempts > 1 ? QStringLiteral(" after %1 attempts").arg(result.attempts) : QString());
    } else if (hook->spec.isHeartbeat() && failuresBefore > 0) {
        qCDebug(lcHooks).noquote() << what << "still failing:" << result.message;
    } else {
        qCWarning(lcHooks).noquote() << what << (result.outcome == HookRunResult::Outcome::TimedOut ? "timed out:" : "failed:")
                                     << result.message;
    }
    Q_EMIT runFinished(hook->spec.name, job.notice.event, result);
    pump();
}

void HookRunner::stop()
{
    m_stopped = true;
    m_timer.stop();
    for (const HookPtr &hook : std::as_const(m_hooks)) {
        hook->queue.clear();
        if (hook->command)
            hook->command->abort();
    }
}

void HookRunner::test(const HookSpec &spec, QObject *context, std::function<void(const HookRunResult &)> done)
{
    Job job{testNotice(spec.name, now()), std::nullopt};
    if (spec.kind == HookSpec::Kind::Healthchecks)
        job.request = healthchecksRequest(spec, HealthchecksPing::Success);
    else if (spec.kind == HookSpec::Kind::UptimeKuma)
        job.request = uptimeKumaRequest(spec, true, job.notice.message, 0);
    qCInfo(lcHooks).noquote() << "testing hook" << spec.name;
    run(spec, job, 1, context, std::move(done));
}

QList<HookRunner::HookStatus> HookRunner::status() const
{
    QList<HookStatus> list;
    for (const HookPtr &hook : m_hooks)
        list.append(hook->status);
    return list;
}

} // namespace Qddns
