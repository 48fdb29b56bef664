#include "core/logging.h"

namespace Qddns {
Q_LOGGING_CATEGORY(lcAgent, "qddns.agent", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "qddns.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScheduler, "qddns.scheduler", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDetect, "qddns.detect", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "qddns.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDns, "qddns.dns", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "qddns.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcState, "qddns.state", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "qddns.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIpc, "qddns.ipc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "qddns.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHooks, "qddns.hooks", QtInfoMsg)
} // namespace Qddns
