#pragma once

#include "config/config.h"

#include <QJsonValue>

namespace Qddns {

namespace ConfigValidation {
class Validator;
}
using ConfigValidator = ConfigValidation::Validator;

/// \brief The hook types that are no preset (hookpresets.h lists those).
namespace HookType {
inline constexpr QLatin1StringView Command{"command"};
inline constexpr QLatin1StringView Webhook{"webhook"};
inline constexpr QLatin1StringView Healthchecks{"healthchecks"};
inline constexpr QLatin1StringView UptimeKuma{"uptimekuma"};
} // namespace HookType

/// \brief Every type a hook may have: command, webhook, each preset, the heartbeats.
QStringList hookTypes();

/// \brief Reads the configuration's `hooks` list (at \a path) into config.hooks, presets expanded
/// into webhooks; every problem is an error of \a v with its JSON path.
void parseHooks(ConfigValidator &v, const QJsonValue &value, const QString &path, Config &config);

/// \brief A profile's `hooks`: the names of the hooks told about its records.
std::optional<QStringList> parseProfileHooks(ConfigValidator &v, const QJsonValue &value, const QString &path);

/// \brief The names hooks and profiles give each other exist (\a root is the document).
void checkHookReferences(ConfigValidator &v, const QJsonObject &root, const Config &config);

} // namespace Qddns
