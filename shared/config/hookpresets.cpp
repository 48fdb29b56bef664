#include "config/hookpresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE has to be used outside any namespace; in a static library the linker would
// otherwise drop the resource's initializer.
static void initHookPresetResources()
{
    Q_INIT_RESOURCE(hookpresets);
}

namespace Qddns {

namespace {
HookPresetOption::Kind optionKind(const QString &word)
{
    if (word == QLatin1String("url"))
        return HookPresetOption::Kind::Url;
    if (word == QLatin1String("integer"))
        return HookPresetOption::Kind::Integer;
    return HookPresetOption::Kind::Text;
}

QList<HookPreset> loadPresets()
{
    initHookPresetResources();
    QFile file(QStringLiteral(":/qddns/config/hookpresets.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("hookpresets.json is not compiled in");
    QList<HookPreset> presets;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        HookPreset p;
        p.id = o.value(QLatin1String("id")).toString();
        p.name = o.value(QLatin1String("name")).toString();
        p.help = o.value(QLatin1String("help")).toString();
        for (const QJsonValue &each : o.value(QLatin1String("options")).toArray()) {
            const QJsonObject opt = each.toObject();
            HookPresetOption option;
            option.key = opt.value(QLatin1String("key")).toString();
            option.kind = optionKind(opt.value(QLatin1String("kind")).toString());
            option.required = opt.value(QLatin1String("required")).toBool();
            option.label = opt.value(QLatin1String("label")).toString();
            option.help = opt.value(QLatin1String("help")).toString();
            option.example = opt.value(QLatin1String("example")).toString();
            option.defaultValue = opt.value(QLatin1String("default"));
            p.options.append(option);
        }
        const QJsonValue secret = o.value(QLatin1String("secret"));
        p.usesSecret = secret.isObject();
        p.secretRequired = secret.toObject().value(QLatin1String("required")).toBool();
        p.secretLabel = secret.toObject().value(QLatin1String("label")).toString();
        p.secretHelp = secret.toObject().value(QLatin1String("help")).toString();
        p.method = o.value(QLatin1String("method")).toString().toLatin1();
        p.url = o.value(QLatin1String("url")).toString();
        const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            p.headers.append({it.key(), it.value().toString()});
        p.body = o.value(QLatin1String("body")).toString();
        p.contentType = o.value(QLatin1String("contentType")).toString();
        presets.append(p);
    }
    return presets;
}
} // namespace

const QList<HookPreset> &hookPresets()
{
    static const QList<HookPreset> presets = loadPresets();
    return presets;
}

const HookPreset *findHookPreset(const QString &id)
{
    for (const HookPreset &p : hookPresets()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace Qddns
