#pragma once

#include "config/hookspec.h"
#include "hooks/hooknotice.h"
#include "hooks/hookrequests.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

class QProcess;

namespace Qddns {

/// \brief How one run of a hook ended.
struct HookRunResult
{
    enum class Outcome { Ok, Failed, TimedOut };
    Outcome outcome = Outcome::Ok;
    QString message;  ///< for people and `status`; never a secret
    int attempts = 1; ///< HTTP: requests sent
    int status = 0;   ///< HTTP: the last answer's status (0: none)
};
/// \brief The outcome's word in `status` and `hooks.test` (ipc/protocol.h, HookResultWord).
QString hookOutcomeName(HookRunResult::Outcome outcome);

/// \brief One run of a command hook: the program without a shell, in a process group of its own,
/// its environment the agent's minus the variables secrets are read from, plus the notice's
/// QDDNS_* values. Its output goes to the agent's log at debug level. At the timeout the whole
/// group gets SIGTERM, and SIGKILL when it exits or after \a killGrace, whichever comes first.
class CommandRun : public QObject
{
    Q_OBJECT
public:
    CommandRun(const HookSpec &spec, const HookNotice &notice, const QStringList &withheldEnvironment,
               std::chrono::milliseconds killGrace, QObject *parent = nullptr);
    ~CommandRun() override;
    void start();
    /// \brief Ends it now (the agent stops): the group is killed.
    void abort();

Q_SIGNALS:
    void finished(const Qddns::HookRunResult &result);

private:
    void readOutput(bool errorChannel);
    void timedOut();
    void done(const HookRunResult &result);

    HookSpec m_spec;
    HookNotice m_notice;
    QStringList m_withheld;
    std::chrono::milliseconds m_killGrace;
    QProcess *m_process = nullptr;
    qint64 m_group = 0;
    QTimer m_timeout;
    QTimer m_grace;
    QByteArray m_partial[2];
    QString m_lastError; ///< the last line on standard error, for the failure message
    qint64 m_logged = 0;
    bool m_timedOut = false;
    bool m_finished = false;
};

/// \brief One delivery of an HTTP request (webhook or heartbeat), retried per RetryPolicy: the
/// gaps grow, a reply's Retry-After is honoured up to its cap, attempts are bounded. TLS as
/// everywhere (HttpClient); \a secrets are masked in every log line.
class HttpRun : public QObject
{
    Q_OBJECT
public:
    HttpRun(HttpClient *http, const HttpRequest &request, const HttpClient::Options &options, const RetryPolicy &policy,
            const QString &hook, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const Qddns::HookRunResult &result);

private:
    void attempt();
    void answered(const HttpReply &reply);

    HttpClient *m_http;
    HttpRequest m_request;
    HttpClient::Options m_options;
    RetryPolicy m_policy;
    QString m_hook;
    int m_attempts = 0;
    QTimer m_wait;
};

} // namespace Qddns

Q_DECLARE_METATYPE(Qddns::HookRunResult)
