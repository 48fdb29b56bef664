#include "config/hookconfig.h"

#include "config/configcheck.h"
#include "config/configkeys.h"
#include "config/hookpresets.h"
#include "config/hooktemplate.h"
#include "config/validator_p.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Qddns {

using namespace std::chrono_literals;
namespace Key = ConfigKey;

QString hookEventName(HookEvent event)
{
    switch (event) {
    case HookEvent::AddressChanged: return QStringLiteral("addressChanged");
    case HookEvent::Updated: return QStringLiteral("updated");
    case HookEvent::Failed: return QStringLiteral("failed");
    case HookEvent::Held: return QStringLiteral("held");
    case HookEvent::Recovered: return QStringLiteral("recovered");
    case HookEvent::AgentStarted: return QStringLiteral("agentStarted");
    }
    return {};
}

std::optional<HookEvent> hookEventFromName(const QString &name)
{
    for (const HookEvent e : kHookEvents) {
        if (hookEventName(e) == name)
            return e;
    }
    return std::nullopt;
}

QString hookSecretOwner(const QString &hookName)
{
    return QStringLiteral("hook:") + hookName;
}

QStringList hookTypes()
{
    QStringList types{HookType::Command, HookType::Webhook};
    for (const HookPreset &p : hookPresets())
        types.append(p.id);
    types << HookType::Healthchecks << HookType::UptimeKuma;
    return types;
}

namespace {

QStringList eventNames()
{
    QStringList names;
    for (const HookEvent e : kHookEvents)
        names.append(hookEventName(e));
    return names;
}

// A list of strings, each one of \a known (empty \a known: any non-empty string).
std::optional<QStringList> stringList(ConfigValidator &v, const QJsonObject &o, const QString &path, const QString &key,
                                      const QStringList &known, const QString &what)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return std::nullopt;
    const QString p = ConfigValidator::join(path, key);
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty()) {
        v.error(p, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be a non-empty list of %1%2")).arg(what, known.isEmpty() ? QString()
                                                                         : QStringLiteral(": ") + known.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    QStringList list;
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString text = array.at(i).toString();
        if (!array.at(i).isString() || text.isEmpty()) {
            v.error(ConfigValidator::index(p, i), v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be a non-empty string, not %1")).arg(v.quoted(array.at(i))));
            ok = false;
        } else if (!known.isEmpty() && !known.contains(text)) {
            v.error(ConfigValidator::index(p, i), v.text(QT_TRANSLATE_NOOP("Qddns::Config", "\"%1\" is not one of %2%3"))
                                                      .arg(text, known.join(QStringLiteral(", ")), v.didYouMean(text, known)));
            ok = false;
        } else if (!list.contains(text)) {
            list.append(text);
        }
    }
    return ok ? std::optional<QStringList>(list) : std::nullopt;
}

// Placeholders a template may use; {secret} only when the hook has a secret.
bool checkPlaceholders(ConfigValidator &v, const QString &text, const QString &path, bool haveSecret)
{
    bool ok = true;
    const QStringList known = hookPlaceholders();
    for (const QString &name : placeholdersIn(text)) {
        if (!known.contains(name)) {
            v.error(path, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "{%1} is not a placeholder%2; they are {%3}"))
                              .arg(name, v.didYouMean(name, known), known.join(QStringLiteral("}, {"))));
            ok = false;
        } else if (name == kSecretPlaceholder && !haveSecret) {
            v.error(path, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "{secret} needs the hook's \"secret\": where to read it from")));
            ok = false;
        }
    }
    return ok;
}

bool usesSecret(const HookSpec &spec)
{
    const auto uses = [](const QString &text) { return placeholdersIn(text).contains(QString(kSecretPlaceholder)); };
    if (uses(spec.url) || uses(spec.body))
        return true;
    return std::any_of(spec.headers.cbegin(), spec.headers.cend(), [&uses](const auto &h) { return uses(h.second); });
}

bool validHeaderName(const QString &name)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    return token.match(name).hasMatch();
}

// The request a webhook sends, checked with values that show escaping mistakes: the URL stays an
// http(s) URL and a JSON body stays JSON whatever the message holds.
void checkRequest(ConfigValidator &v, const HookSpec &spec, const QString &urlPath, const QString &bodyPath)
{
    const QHash<QString, QString> samples = samplePlaceholderValues();
    v.httpUrl(renderTemplate(spec.url, samples, TemplateContext::Url), urlPath, spec.allowInsecureHttp);
    if (spec.jsonBody) {
        QJsonParseError error;
        QJsonDocument::fromJson(renderTemplate(spec.body, samples, TemplateContext::Json).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            v.error(bodyPath, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "is not valid JSON once its placeholders are filled in (%1 at offset %2); "
                                             "put each placeholder inside a JSON string, e.g. {\"text\": \"{message}\"}"))
                                  .arg(error.errorString()).arg(error.offset));
    }
    if (spec.method == "GET" && !spec.body.isEmpty())
        v.error(bodyPath, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "a GET request has no body; use \"method\": \"POST\"")));
}

void parseWebhook(ConfigValidator &v, const QJsonObject &o, const QString &path, HookSpec &spec)
{
    const qsizetype before = v.errors.size();
    if (o.contains(Key::Secret)) {
        SecretRef ref;
        v.parseSecret(o.value(Key::Secret), ConfigValidator::join(path, Key::Secret), ref);
        spec.secret = ref;
    }
    const bool haveSecret = spec.secret.has_value();
    if (const auto url = v.string(o, path, Key::Url, true)) {
        spec.url = *url;
        checkPlaceholders(v, *url, ConfigValidator::join(path, Key::Url), haveSecret);
    }
    if (const auto method = v.string(o, path, Key::Method, false)) {
        static const QStringList methods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                         QStringLiteral("PATCH"), QStringLiteral("DELETE")};
        if (!methods.contains(*method))
            v.error(ConfigValidator::join(path, Key::Method),
                    v.text(QT_TRANSLATE_NOOP("Qddns::Config", "\"%1\" is not one of %2")).arg(*method, methods.join(QStringLiteral(", "))));
        else
            spec.method = method->toLatin1();
    }
    const QJsonValue headers = o.value(Key::Headers);
    const QString headersPath = ConfigValidator::join(path, Key::Headers);
    if (!headers.isUndefined() && !headers.isObject())
        v.error(headersPath, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be an object of header names and values, e.g. {\"X-Source\": \"qddns\"}")));
    const QJsonObject headerObject = headers.toObject();
    for (auto it = headerObject.begin(); it != headerObject.end(); ++it) {
        const QString p = ConfigValidator::join(headersPath, it.key());
        if (!validHeaderName(it.key()))
            v.error(p, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "\"%1\" is not a valid header name")).arg(it.key()));
        else if (it.key().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
            v.error(p, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "give the body's type as \"contentType\"")));
        else if (it.key().compare(QLatin1String("Host"), Qt::CaseInsensitive) == 0
                 || it.key().compare(QLatin1String("Content-Length"), Qt::CaseInsensitive) == 0)
            v.error(p, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "is set by qddns itself")));
        else if (!it.value().isString())
            v.error(p, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be a string, not %1")).arg(v.quoted(it.value())));
        else if (checkPlaceholders(v, it.value().toString(), p, haveSecret))
            spec.headers.append({it.key(), it.value().toString()});
    }
    if (o.contains(Key::Body)) {
        const QJsonValue body = o.value(Key::Body);
        if (!body.isString())
            v.error(ConfigValidator::join(path, Key::Body),
                    v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be a string (a JSON body is written as a string: \"{\\\"text\\\": \\\"{message}\\\"}\"), not %1"))
                        .arg(v.quoted(body)));
        else if (checkPlaceholders(v, body.toString(), ConfigValidator::join(path, Key::Body), haveSecret))
            spec.body = body.toString();
    }
    spec.contentType = v.string(o, path, Key::ContentType, false).value_or(QString());
    const QString trimmed = spec.body.trimmed();
    if (spec.contentType.isEmpty() && !spec.body.isEmpty())
        spec.contentType = trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))
            ? QStringLiteral("application/json")
            : QStringLiteral("text/plain; charset=utf-8");
    spec.jsonBody = spec.contentType.contains(QLatin1String("json"), Qt::CaseInsensitive);
    if (haveSecret && !usesSecret(spec))
        v.error(ConfigValidator::join(path, Key::Secret),
                v.text(QT_TRANSLATE_NOOP("Qddns::Config", "is read but sent nowhere: put {secret} where it goes, e.g. \"headers\": "
                               "{\"Authorization\": \"Bearer {secret}\"}")));
    if (v.errors.size() == before)
        checkRequest(v, spec, ConfigValidator::join(path, Key::Url), ConfigValidator::join(path, Key::Body));
}

// A preset's option as it goes into a template at \a context.
QString optionText(const HookPresetOption &option, const QJsonValue &value, TemplateContext context)
{
    switch (option.kind) {
    case HookPresetOption::Kind::Url: {
        QString url = value.toString();
        while (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        return url;
    }
    case HookPresetOption::Kind::Integer: return QString::number(value.toInteger());
    case HookPresetOption::Kind::Text: return escapeLiteral(value.toString(), context);
    }
    return {};
}

QString expandPreset(QString text, const QHash<QString, QJsonValue> &values, const HookPreset &preset, TemplateContext context)
{
    for (const HookPresetOption &option : preset.options) {
        const QString token = QStringLiteral("[[") + option.key + QStringLiteral("]]");
        if (text.contains(token))
            text.replace(token, optionText(option, values.value(option.key), context));
    }
    return text;
}

void parsePreset(ConfigValidator &v, const QJsonObject &o, const QString &path, const HookPreset &preset, HookSpec &spec)
{
    const qsizetype before = v.errors.size();
    QHash<QString, QJsonValue> values;
    for (const HookPresetOption &option : preset.options) {
        const QString p = ConfigValidator::join(path, option.key);
        QJsonValue value = o.value(option.key);
        if (value.isUndefined()) {
            if (option.required)
                v.error(p, option.example.isEmpty()
                               ? v.text(QT_TRANSLATE_NOOP("Qddns::Config", "is required for a %1 hook: the %2"))
                                     .arg(preset.name, option.label.toLower())
                               : v.text(QT_TRANSLATE_NOOP("Qddns::Config", "is required for a %1 hook: the %2, e.g. %3"))
                                     .arg(preset.name, option.label.toLower(), option.example));
            value = option.defaultValue;
            if (!value.isUndefined())
                values.insert(option.key, value);
            continue;
        }
        switch (option.kind) {
        case HookPresetOption::Kind::Url:
            if (!value.isString())
                v.error(p, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be a URL string, not %1")).arg(v.quoted(value)));
            else if (!placeholdersIn(value.toString()).isEmpty())
                v.error(p, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "takes no placeholders")));
            else if (v.httpUrl(value.toString(), p, spec.allowInsecureHttp))
                values.insert(option.key, value);
            break;
        case HookPresetOption::Kind::Text:
            if (!value.isString() || value.toString().trimmed().isEmpty())
                v.error(p, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be a non-empty string, not %1")).arg(v.quoted(value)));
            else if (checkPlaceholders(v, value.toString(), p, false))
                values.insert(option.key, value);
            break;
        case HookPresetOption::Kind::Integer:
            if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
                v.error(p, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be a whole number, not %1")).arg(v.quoted(value)));
            else
                values.insert(option.key, value);
            break;
        }
    }
    if (preset.usesSecret) {
        if (o.contains(Key::Secret)) {
            SecretRef ref;
            v.parseSecret(o.value(Key::Secret), ConfigValidator::join(path, Key::Secret), ref);
            spec.secret = ref;
        } else if (preset.secretRequired) {
            spec.secret = SecretRef{}; // the keychain, under hookSecretOwner()
        }
    }
    spec.method = preset.method;
    spec.url = expandPreset(preset.url, values, preset, TemplateContext::Url);
    for (const auto &[name, value] : preset.headers) {
        const QString expanded = expandPreset(value, values, preset, TemplateContext::Header);
        const bool optionMissing = expanded.contains(QLatin1String("[["));
        const bool secretMissing = !spec.secret && placeholdersIn(expanded).contains(QString(kSecretPlaceholder));
        if (!expanded.trimmed().isEmpty() && !optionMissing && !secretMissing)
            spec.headers.append({name, expanded});
    }
    spec.contentType = preset.contentType;
    spec.jsonBody = spec.contentType.contains(QLatin1String("json"));
    spec.body = expandPreset(preset.body, values, preset, spec.jsonBody ? TemplateContext::Json : TemplateContext::Text);
    if (v.errors.size() == before)
        checkRequest(v, spec, path, path);
}

void parseHeartbeat(ConfigValidator &v, const QJsonObject &o, const QString &path, HookSpec &spec)
{
    const auto url = v.string(o, path, Key::Url, true);
    if (!url)
        return;
    const QString p = ConfigValidator::join(path, Key::Url);
    if (!placeholdersIn(*url).isEmpty()) {
        v.error(p, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "takes no placeholders: qddns adds what the monitor needs")));
        return;
    }
    if (const auto parsed = v.httpUrl(*url, p, spec.allowInsecureHttp)) {
        QString text = parsed->toString();
        while (text.endsWith(QLatin1Char('/')))
            text.chop(1);
        spec.url = text;
    }
}

void parseCommand(ConfigValidator &v, const QJsonObject &o, const QString &path, HookSpec &spec)
{
    const QJsonValue argv = o.value(Key::Argv);
    const QJsonArray array = argv.toArray();
    const bool allStrings = std::all_of(array.begin(), array.end(),
                                        [](const QJsonValue &each) { return each.isString() && !each.toString().isEmpty(); });
    if (!argv.isArray() || array.isEmpty() || !allStrings) {
        v.error(ConfigValidator::join(path, Key::Argv),
                v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be a non-empty list of strings: the program and its arguments, run without a shell "
                               "(the event's values are in its environment: QDDNS_EVENT, QDDNS_NEW, …)")));
    } else {
        for (const QJsonValue &each : array)
            spec.argv.append(each.toString());
        if (const auto program = resolveConfigProgram(spec.argv.first()))
            spec.argv.first() = *program;
        else
            v.error(ConfigValidator::join(path, Key::Argv) + QStringLiteral("[0]"), program.error());
    }
    if (const auto t = v.duration(o, path, Key::Timeout, 1s, 3600s))
        spec.timeout = *t;
}

void parseHook(ConfigValidator &v, const QJsonValue &value, const QString &path, Config &config)
{
    if (!value.isObject()) {
        v.error(path, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be an object like {\"name\": \"phone\", \"type\": \"ntfy\", \"url\": "
                                     "\"https://ntfy.sh/my-topic\", \"events\": [\"addressChanged\", \"failed\"]}")));
        return;
    }
    const QJsonObject o = value.toObject();
    const qsizetype before = v.errors.size();
    HookSpec spec;
    spec.name = v.string(o, path, Key::Name, true).value_or(QString());
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!spec.name.isEmpty()) {
        if (!nameRe.match(spec.name).hasMatch())
            v.error(ConfigValidator::join(path, Key::Name),
                    v.text(QT_TRANSLATE_NOOP("Qddns::Config", "\"%1\" must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit")).arg(spec.name));
        else if (config.hook(spec.name))
            v.error(ConfigValidator::join(path, Key::Name), v.text(QT_TRANSLATE_NOOP("Qddns::Config", "\"%1\" is used by another hook")).arg(spec.name));
    }
    const auto type = v.string(o, path, Key::Type, true);
    if (!type)
        return;
    spec.type = *type;
    const HookPreset *preset = findHookPreset(*type);
    QStringList allowed;
    if (*type == HookType::Command) {
        spec.kind = HookSpec::Kind::Command;
        allowed = Key::commandHookKeys();
    } else if (*type == HookType::Webhook || preset) {
        spec.kind = HookSpec::Kind::Webhook;
        if (preset) {
            allowed = Key::eventHookKeys() + QStringList{Key::AllowInsecureHttp};
            if (preset->usesSecret)
                allowed.append(Key::Secret);
            for (const HookPresetOption &option : preset->options)
                allowed.append(option.key);
        } else {
            allowed = Key::webhookKeys();
        }
    } else if (*type == HookType::Healthchecks || *type == HookType::UptimeKuma) {
        spec.kind = *type == HookType::Healthchecks ? HookSpec::Kind::Healthchecks : HookSpec::Kind::UptimeKuma;
        allowed = Key::heartbeatKeys();
    } else {
        v.error(ConfigValidator::join(path, Key::Type), v.text(QT_TRANSLATE_NOOP("Qddns::Config", "\"%1\" is not a hook type%2; use one of %3"))
                                                            .arg(*type, v.didYouMean(*type, hookTypes()), hookTypes().join(QStringLiteral(", "))));
        return;
    }
    v.checkKeys(o, path, allowed, QStringLiteral("for a %1 hook").arg(*type));
    spec.allowInsecureHttp = v.boolean(o, path, Key::AllowInsecureHttp).value_or(false);

    if (!spec.isHeartbeat()) {
        if (!o.contains(Key::Events))
            v.error(ConfigValidator::join(path, Key::Events),
                    v.text(QT_TRANSLATE_NOOP("Qddns::Config", "is required: the events this hook is told about, of %1")).arg(eventNames().join(QStringLiteral(", "))));
        else if (const auto events = stringList(v, o, path, Key::Events, eventNames(), QStringLiteral("events")))
            for (const QString &name : *events)
                spec.events.append(*hookEventFromName(name));
        if (const auto families = stringList(v, o, path, Key::Families, {familyName(Family::IPv4), familyName(Family::IPv6)},
                                             QStringLiteral("families"))) {
            for (const QString &name : *families)
                spec.families.append(name == familyName(Family::IPv4) ? Family::IPv4 : Family::IPv6);
        }
        if (const auto quiet = v.duration(o, path, Key::QuietPeriod, 0s, std::chrono::seconds(7 * 86400)))
            spec.quietPeriod = *quiet;
    }
    spec.profiles = stringList(v, o, path, Key::Profiles, {}, QStringLiteral("profile names")).value_or(QStringList());

    switch (spec.kind) {
    case HookSpec::Kind::Command: parseCommand(v, o, path, spec); break;
    case HookSpec::Kind::Webhook:
        if (preset)
            parsePreset(v, o, path, *preset, spec);
        else
            parseWebhook(v, o, path, spec);
        break;
    case HookSpec::Kind::Healthchecks:
    case HookSpec::Kind::UptimeKuma: parseHeartbeat(v, o, path, spec); break;
    }
    spec.fingerprint = QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                           .toHex().left(32);
    if (v.errors.size() == before)
        config.hooks.append(spec);
    else if (!spec.name.isEmpty() && !config.hook(spec.name))
        config.hooks.append(spec); // keep the name known so duplicates and references are still checked
}

} // namespace

void parseHooks(ConfigValidator &v, const QJsonValue &value, const QString &path, Config &config)
{
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        v.error(path, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be a list of hooks")));
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        parseHook(v, array.at(i), ConfigValidator::index(path, i), config);
}

std::optional<QStringList> parseProfileHooks(ConfigValidator &v, const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || !std::all_of(array.begin(), array.end(), [](const QJsonValue &each) { return each.isString(); })) {
        v.error(path, v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be a list of hook names (the hooks told about this profile; [] for none)")));
        return std::nullopt;
    }
    QStringList names;
    for (const QJsonValue &each : array)
        names.append(each.toString());
    return names;
}

void checkHookReferences(ConfigValidator &v, const QJsonObject &root, const Config &config)
{
    QStringList hookNames;
    for (const HookSpec &h : config.hooks)
        hookNames.append(h.name);
    QStringList profileNames;
    for (const Profile &p : config.profiles)
        profileNames.append(p.name);
    const QJsonArray profiles = root.value(Key::Profiles).toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QJsonArray names = profiles.at(i).toObject().value(Key::Hooks).toArray();
        for (qsizetype j = 0; j < names.size(); ++j) {
            const QString name = names.at(j).toString();
            if (names.at(j).isString() && !hookNames.contains(name))
                v.error(v.text(QT_TRANSLATE_NOOP("Qddns::Config", "profiles[%1].hooks[%2]")).arg(i).arg(j),
                        v.text(QT_TRANSLATE_NOOP("Qddns::Config", "there is no hook named \"%1\"%2")).arg(name, v.didYouMean(name, hookNames)));
        }
    }
    const QJsonArray hooks = root.value(Key::Hooks).toArray();
    for (qsizetype i = 0; i < hooks.size(); ++i) {
        const QJsonArray names = hooks.at(i).toObject().value(Key::Profiles).toArray();
        for (qsizetype j = 0; j < names.size(); ++j) {
            const QString name = names.at(j).toString();
            if (!name.isEmpty() && !profileNames.contains(name))
                v.error(v.text(QT_TRANSLATE_NOOP("Qddns::Config", "hooks[%1].profiles[%2]")).arg(i).arg(j),
                        v.text(QT_TRANSLATE_NOOP("Qddns::Config", "there is no profile named \"%1\"%2")).arg(name, v.didYouMean(name, profileNames)));
        }
    }
}

} // namespace Qddns
