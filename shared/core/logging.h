#pragma once

#include <QLoggingCategory>

// Every logging category of qddns, in one place. Enable with
// QT_LOGGING_RULES="qddns.*.debug=true" or the agent's --verbose.
namespace Qddns {
Q_DECLARE_LOGGING_CATEGORY(lcAgent)     // qddns.agent
Q_DECLARE_LOGGING_CATEGORY(lcEngine)    // qddns.engine: cycles, record decisions
Q_DECLARE_LOGGING_CATEGORY(lcScheduler) // qddns.scheduler
Q_DECLARE_LOGGING_CATEGORY(lcDetect)    // qddns.detect
Q_DECLARE_LOGGING_CATEGORY(lcHttp)      // qddns.http: requests (redacted), replies
Q_DECLARE_LOGGING_CATEGORY(lcDns)       // qddns.dns: DNS messages sent and received (never TSIG secrets)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)    // qddns.config
Q_DECLARE_LOGGING_CATEGORY(lcState)     // qddns.state
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)   // qddns.secrets
Q_DECLARE_LOGGING_CATEGORY(lcIpc)       // qddns.ipc
Q_DECLARE_LOGGING_CATEGORY(lcGui)       // qddns.gui
Q_DECLARE_LOGGING_CATEGORY(lcHooks)     // qddns.hooks: commands and webhooks told about events, heartbeats
// Providers are pure and log only parsing details, each under qddns.provider.<id>: the category
// qddns_add_provider(<id>) declares for its source (QDDNS_PROVIDER_LOGGING(), providers/providerkit.h).
} // namespace Qddns
