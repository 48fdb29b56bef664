#pragma once

#include "config/hookspec.h"
#include "core/http.h"
#include "engine/recordevent.h"
#include "hooks/hooknotice.h"

#include <chrono>
#include <optional>

namespace Qddns {

// What a webhook or a heartbeat sends, built from its spec: pure, so the exact requests are
// tested without a network.

/// \brief The webhook's request for \a notice: its templates filled in (URL-encoded in the URL,
/// JSON-escaped in a JSON body, one line per header), \a secret only where {secret} stands,
/// \a id for {id}.
HttpRequest webhookRequest(const HookSpec &spec, const HookNotice &notice, const QString &secret, const QString &id);

/// \brief A Healthchecks ping: /start before a cycle, the URL itself after a good one, /fail with
/// \a log (short, already redacted) after one with a failing record.
enum class HealthchecksPing { Start, Success, Fail };
HttpRequest healthchecksRequest(const HookSpec &spec, HealthchecksPing ping, const QString &log = {});

/// \brief An Uptime Kuma push: status up or down, msg, ping (the cycle's duration in ms).
HttpRequest uptimeKumaRequest(const HookSpec &spec, bool up, const QString &message, qint64 pingMs);

/// \brief The cycle's failing records (of the profiles a heartbeat watches) as a short log:
/// one line each, at most \a maxLines; empty when none failed.
QString failureLog(const QList<RecordEvent> &events, qsizetype maxLines = 10);

/// \brief How a hook's request is retried: transport errors, 5xx, 408 and 429, with a growing
/// gap (or the reply's Retry-After, capped), a bounded number of attempts in all.
struct RetryPolicy
{
    int maxAttempts = 4;
    std::chrono::milliseconds firstDelay{1000};
    std::chrono::seconds maxRetryAfter{60};
};
/// \brief The wait before attempt \a attempt + 1 after \a reply to attempt \a attempt (from 1);
/// nullopt: no retry (success, an answer a retry cannot change, or no attempts left).
std::optional<std::chrono::milliseconds> retryDelay(const RetryPolicy &policy, const HttpReply &reply, int attempt);

} // namespace Qddns
