#include "hooks/hookrun.h"

#include "core/logging.h"
#include "core/redact.h"
#include "detect/detector.h"
#include "ipc/protocol.h"
#include "platform/processgroup.h"

#include <QProcess>

namespace Qddns {

namespace {
// A chatty hook must not flood the agent's log (and its ring buffer): this much per run.
constexpr qint64 kMaxLoggedOutput = 64 * 1024;

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0);
}
} // namespace

QString hookOutcomeName(HookRunResult::Outcome outcome)
{
    switch (outcome) {
    case HookRunResult::Outcome::Ok: return Ipc::HookResultWord::Ok;
    case HookRunResult::Outcome::Failed: return Ipc::HookResultWord::Failed;
    case HookRunResult::Outcome::TimedOut: return Ipc::HookResultWord::TimedOut;
    }
    return {};
}

CommandRun::CommandRun(const HookSpec &spec, const HookNotice &notice, const QStringList &withheldEnvironment,
                       std::chrono::milliseconds killGrace, QObject *parent)
    : QObject(parent), m_spec(spec), m_notice(notice), m_withheld(withheldEnvironment), m_killGrace(killGrace)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early: a timeout is a promise
    m_grace.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &CommandRun::timedOut);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        if (m_process)
            signalProcessGroup(*m_process, m_group, true);
    });
}

CommandRun::~CommandRun()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        signalProcessGroup(*m_process, m_group, true);
        m_process->waitForFinished(1000); // killed: only reaping is left
    }
}

void CommandRun::start()
{
    m_process = new QProcess(this);
    // The agent's environment without the variables secrets are read from, and without anything
    // that looks like ours but did not come from this notice.
    QProcessEnvironment env = childEnvironment(m_withheld);
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("QDDNS_")))
            env.remove(name);
    }
    for (const auto &[name, value] : m_notice.environment(m_spec.name))
        env.insert(name, value);
    m_process->setProcessEnvironment(env);
    m_process->setProgram(m_spec.argv.value(0));
    m_process->setArguments(m_spec.argv.mid(1));
    m_process->setStandardInputFile(QProcess::nullDevice());
    useOwnProcessGroup(*m_process);

    connect(m_process, &QProcess::started, this, [this] { m_group = m_process->processId(); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { readOutput(false); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readOutput(true); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done({HookRunResult::Outcome::Failed,
                  QStringLiteral("cannot start %1: %2").arg(m_spec.argv.value(0), m_process->errorString())});
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readOutput(false);
        readOutput(true);
        if (m_timedOut) {
            // The leader is gone; what it started and what ignored SIGTERM goes now.
            signalProcessGroup(*m_process, m_group, true);
            done({HookRunResult::Outcome::TimedOut,
                  QStringLiteral("did not finish within %1 s: its process group was killed").arg(m_spec.timeout.count())});
        } else if (status == QProcess::CrashExit) {
            done({HookRunResult::Outcome::Failed, QStringLiteral("%1 was killed by a signal").arg(m_spec.argv.value(0))});
        } else if (code != 0) {
            done({HookRunResult::Outcome::Failed, QStringLiteral("%1 exited with code %2%3")
                                                      .arg(m_spec.argv.value(0)).arg(code)
                                                      .arg(m_lastError.isEmpty() ? QString() : QStringLiteral(": ") + m_lastError)});
        } else {
            done({HookRunResult::Outcome::Ok, QString()});
        }
    });
    m_timeout.start(m_spec.timeout);
    m_process->start(QIODevice::ReadOnly);
}

void CommandRun::abort()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        signalProcessGroup(*m_process, m_group, true);
    done({HookRunResult::Outcome::Failed, QStringLiteral("stopped: the agent is stopping")});
}

void CommandRun::readOutput(bool errorChannel)
{
    if (!m_process)
        return;
    QByteArray &partial = m_partial[errorChannel ? 1 : 0];
    partial += errorChannel ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    const bool flush = m_process->state() == QProcess::NotRunning;
    qsizetype end;
    while ((end = partial.indexOf('\n')) >= 0 || (flush && !partial.isEmpty())) {
        const QByteArray line = end >= 0 ? partial.left(end) : partial;
        partial.remove(0, end >= 0 ? end + 1 : partial.size());
        const QString text = QString::fromLocal8Bit(line).trimmed();
        if (text.isEmpty())
            continue;
        if (errorChannel)
            m_lastError = text.left(200);
        if (m_logged <= kMaxLoggedOutput) {
            m_logged += line.size();
            qCDebug(lcHooks).noquote() << QStringLiteral("hook %1 %2: %3").arg(m_spec.name, errorChannel ? QStringLiteral("stderr")
                                                                                                   : QStringLiteral("stdout"), text);
            if (m_logged > kMaxLoggedOutput)
                qCDebug(lcHooks).noquote() << "hook" << m_spec.name << "wrote more: the rest of its output is not logged";
        }
    }
}

void CommandRun::timedOut()
{
    m_timedOut = true;
    qCWarning(lcHooks).noquote() << QStringLiteral("hook %1 did not finish within %2 s: stopping its process group")
                                        .arg(m_spec.name).arg(m_spec.timeout.count());
    signalProcessGroup(*m_process, m_group, false);
    m_grace.start(m_killGrace);
}

void CommandRun::done(const HookRunResult &result)
{
    if (std::exchange(m_finished, true))
        return;
    m_timeout.stop();
    m_grace.stop();
    Q_EMIT finished(result);
}

HttpRun::HttpRun(HttpClient *http, const HttpRequest &request, const HttpClient::Options &options, const RetryPolicy &policy,
                 const QString &hook, QObject *parent)
    : QObject(parent), m_http(http), m_request(request), m_options(options), m_policy(policy), m_hook(hook)
{
    m_wait.setSingleShot(true);
    m_wait.setTimerType(Qt::PreciseTimer); // never sooner than a Retry-After asked
    connect(&m_wait, &QTimer::timeout, this, &HttpRun::attempt);
}

void HttpRun::start()
{
    attempt();
}

void HttpRun::attempt()
{
    ++m_attempts;
    m_http->send(m_request, m_options, this, [this](const HttpReply &reply) { answered(reply); });
}

void HttpRun::answered(const HttpReply &reply)
{
    // What the receiver said, shortened; a reply that echoes the secret is masked.
    const QString host = m_request.url.host();
    QString what = reply.error; // names the host already
    if (what.isEmpty()) {
        const QString body = QString::fromUtf8(reply.body.left(120)).simplified();
        what = QStringLiteral("HTTP %1 from %2").arg(reply.status).arg(host)
            + (body.isEmpty() || reply.isSuccess() ? QString() : QStringLiteral(": ") + body);
    }
    what = redactText(what, m_options.secrets);
    if (reply.isSuccess()) {
        Q_EMIT finished({HookRunResult::Outcome::Ok, what, m_attempts, reply.status});
        return;
    }
    if (const auto delay = retryDelay(m_policy, reply, m_attempts)) {
        qCInfo(lcHooks).noquote() << QStringLiteral("hook %1: %2; attempt %3 of %4 in %5 s")
                                         .arg(m_hook, what).arg(m_attempts + 1).arg(m_policy.maxAttempts).arg(seconds(*delay));
        m_wait.start(*delay);
        return;
    }
    Q_EMIT finished({HookRunResult::Outcome::Failed,
                     what + (m_attempts > 1 ? QStringLiteral(" (%1 attempts)").arg(m_attempts) : QString()), m_attempts,
                     reply.status});
}

} // namespace Qddns
