#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace Qddns {

/// \brief One key a preset takes in the configuration (beside the keys of every hook).
struct HookPresetOption
{
    enum class Kind {
        Url,     ///< an http(s) URL, put into the templates as written
        Text,    ///< text that may hold {placeholders}, escaped for where it goes
        Integer, ///< a whole number, e.g. a priority in a JSON body
    };
    QString key;
    Kind kind = Kind::Text;
    bool required = false;
    QString label;
    QString help;
    QString example;
    QJsonValue defaultValue; ///< undefined: none (an empty header is left out)
};

/// \brief A webhook as data (shared/config/hookpresets.json): ntfy, Gotify, Discord, Slack,
/// Matrix, Telegram, Pushover. Its templates name its options as [[key]] and the
/// notification's values as {placeholder}; the configuration's reader expands a hook of the
/// preset's type into a plain webhook.
struct HookPreset
{
    QString id;
    QString name;
    QString help;
    QList<HookPresetOption> options;
    bool usesSecret = false;
    bool secretRequired = false;
    QString secretLabel;
    QString secretHelp;
    QByteArray method;
    QString url;
    QList<std::pair<QString, QString>> headers;
    QString body;
    QString contentType;
};

/// \brief The built-in presets, in the order a list should show them.
const QList<HookPreset> &hookPresets();
const HookPreset *findHookPreset(const QString &id);

} // namespace Qddns
