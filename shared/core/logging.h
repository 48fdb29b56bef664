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
// Providers are pure and log only parsing details, under qddns.provider.<protocol>.
Q_DECLARE_LOGGING_CATEGORY(lcProviderDyndns2)
Q_DECLARE_LOGGING_CATEGORY(lcProviderDuckdns)
Q_DECLARE_LOGGING_CATEGORY(lcProviderCloudflare)
Q_DECLARE_LOGGING_CATEGORY(lcProviderCustom)
} // namespace Qddns
