#include "config/config.h"
#include "core/agenttext.h"

#include "config/validator_p.h"

#include "config/configcheck.h"
#include "config/configkeys.h"
#include "config/hookconfig.h"
#include "config/jsonscanner.h"
#include "config/providerschema.h"
#include "core/addressrules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>

#include <algorithm>
#include <cmath>

namespace Qddns {

using namespace std::chrono_literals;

QString secretSourceName(SecretRef::Source source)
{
    switch (source) {
    case SecretRef::Source::Keychain: return QStringLiteral("keychain");
    case SecretRef::Source::File: return QStringLiteral("file");
    case SecretRef::Source::Env: return QStringLiteral("env");
    case SecretRef::Source::SystemdCredential: return QStringLiteral("systemd-credential");
    }
    return {};
}

QString SecretRef::describe() const
{
    switch (source) {
    case Source::Keychain: return QStringLiteral("the keychain (service \"qddns\")");
    case Source::File: return QStringLiteral("file %1").arg(path);
    case Source::Env: return QStringLiteral("environment variable %1").arg(name);
    case Source::SystemdCredential: return QStringLiteral("systemd credential %1").arg(name);
    }
    return {};
}

QString DetectorSpec::describe() const
{
    switch (type) {
    case Type::Web:
        // The source is part of the name: two detectors of one URL over two uplinks are two voters.
        return QStringLiteral("web ") + url.toString()
               + (!sourceAddress.isNull() ? QStringLiteral(" from ") + sourceAddress.toString()
                  : !sourceInterface.isEmpty() ? QStringLiteral(" via ") + sourceInterface : QString());
    case Type::Interface: return QStringLiteral("interface ") + interfaceName;
    case Type::Command: return QStringLiteral("command ") + argv.value(0);
    case Type::Dns: return QStringLiteral("dns ") + dnsPreset + (dnsServer.isEmpty() ? QString() : QStringLiteral(" at ") + dnsServer);
    case Type::Upnp: return QStringLiteral("upnp");
    }
    return {};
}

QStringList dnsDetectorPresets()
{
    return {QStringLiteral("opendns"), QStringLiteral("cloudflare"), QStringLiteral("google")};
}

QStringList Config::secretEnvironment() const
{
    QStringList names;
    for (const Profile &p : profiles) {
        for (const CredentialRef &c : p.credentials) {
            if (c.ref.source == SecretRef::Source::Env && !names.contains(c.ref.name))
                names.append(c.ref.name);
        }
    }
    for (const HookSpec &h : hooks) {
        if (h.secret && h.secret->source == SecretRef::Source::Env && !names.contains(h.secret->name))
            names.append(h.secret->name);
    }
    return names;
}

const HookSpec *Config::hook(const QString &name) const
{
    for (const HookSpec &h : hooks) {
        if (h.name == name)
            return &h;
    }
    return nullptr;
}

bool Config::tellsHook(const HookSpec &hook, const QString &profile) const
{
    if (!hook.wantsProfile(profile))
        return false;
    const Profile *p = this->profile(profile);
    return !p || !p->hooks || p->hooks->contains(hook.name);
}

const Profile *Config::profile(const QString &name) const
{
    for (const Profile &p : profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QList<DetectorSpec> defaultDetectors(Family family)
{
    // Independent operators, each answering with the bare address over HTTPS; the host
    // names resolve to one family only, so the connection itself picks the family.
    const QStringList urls = family == Family::IPv4
        ? QStringList{QStringLiteral("https://api.ipify.org/"), QStringLiteral("https://ipv4.icanhazip.com/"),
                      QStringLiteral("https://v4.ident.me/"), QStringLiteral("https://ipv4.wtfismyip.com/text")}
        : QStringList{QStringLiteral("https://api6.ipify.org/"), QStringLiteral("https://ipv6.icanhazip.com/"),
                      QStringLiteral("https://v6.ident.me/"), QStringLiteral("https://ipv6.wtfismyip.com/text")};
    QList<DetectorSpec> list;
    for (const QString &url : urls) {
        DetectorSpec spec;
        spec.type = DetectorSpec::Type::Web;
        spec.url = QUrl(url);
        list.append(spec);
    }
    return list;
}

Config Config::defaults()
{
    Config config;
    config.ipv4.detectors = defaultDetectors(Family::IPv4);
    config.ipv6.detectors = defaultDetectors(Family::IPv6);
    return config;
}

QString hostNameProblem(const QString &host, const QLocale &locale)
{
    const auto translated = [&locale](const char *source) { return agentText(locale, "Qddns::Config", QString::fromUtf8(source)); };
    if (host.isEmpty())
        return translated(QT_TRANSLATE_NOOP("Qddns::Config", "is empty"));
    if (host.endsWith(QLatin1Char('.')))
        return translated(QT_TRANSLATE_NOOP("Qddns::Config", "ends with a dot; write the name without it"));
    if (host.size() > 253)
        return translated(QT_TRANSLATE_NOOP("Qddns::Config", "is longer than 253 characters"));
    const QStringList labels = host.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        if (i == 0 && label == QLatin1String("*") && labels.size() > 1)
            continue;
        if (label.isEmpty())
            return translated(QT_TRANSLATE_NOOP("Qddns::Config", "has an empty label"));
        if (label.size() > 63)
            return translated(QT_TRANSLATE_NOOP("Qddns::Config", "has a label longer than 63 characters"));
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return translated(QT_TRANSLATE_NOOP("Qddns::Config", "has a label that starts or ends with '-'"));
        for (QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('-') || c == QLatin1Char('_');
            if (!ok)
                return translated(QT_TRANSLATE_NOOP("Qddns::Config", "contains '%1'")).arg(c);
        }
    }
    return {};
}

std::optional<std::chrono::seconds> parseDuration(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Range first: casting 1e300 (or NaN) to an integer is undefined behaviour.
        if (!(d >= 0 && d <= 1e10) || d != std::floor(d))
            return std::nullopt;
        return std::chrono::seconds(static_cast<qint64>(d));
    }
    if (!value.isString())
        return std::nullopt;
    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*([smhd]?)"));
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype pos = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != pos)
            return std::nullopt;
        pos = m.capturedEnd();
        while (pos < text.size() && text.at(pos).isSpace())
            ++pos;
        bool ok = false;
        const qint64 n = m.captured(1).toLongLong(&ok);
        const QString unit = m.captured(2);
        const qint64 factor = unit == QLatin1String("m") ? 60 : unit == QLatin1String("h") ? 3600
                            : unit == QLatin1String("d") ? 86400 : 1;
        // Anything near the limits is a typo; refuse it rather than wrap around.
        if (!ok || n > qint64(1e12) / factor)
            return std::nullopt;
        total += n * factor;
        if (total > qint64(1e12))
            return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    return std::chrono::seconds(total);
}


namespace ConfigValidation {

QString Validator::didYouMean(const QString &word, const QStringList &candidates) const
{
    QString best;
    int bestDistance = 3;
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best.isEmpty() ? QString() : localTr(" (did you mean \"%1\"?)").arg(best);
}

QString Validator::quoted(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String: return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return localTr("a list");
    case QJsonValue::Object: return localTr("an object");
    case QJsonValue::Undefined: break;
    }
    return localTr("nothing");
}

} // namespace ConfigValidation

Expected<Config, ConfigErrors> parseConfig(const QByteArray &json, const ProviderCatalog &catalog, const QLocale &locale)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    // Qt's parser names few mistakes ("unterminated object" for a comment) and keeps the last of
    // two equal keys without a word: the scanner explains the first and finds the second.
    const JsonScanner scanner(json);
    if (parseError.error != QJsonParseError::NoError) {
        if (scanner.syntaxError())
            return Unexpected{ConfigErrors{*scanner.syntaxError()}};
        return Unexpected{ConfigErrors{{QString(), agentText(locale, "Qddns::Config", QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::Config", "not valid JSON at %1: %2")))
                                                       .arg(scanner.lineColumn(std::max(0, parseError.offset - 1)), parseError.errorString())}}};
    }
    if (!scanner.duplicateKeys().isEmpty())
        return Unexpected{scanner.duplicateKeys()};
    if (!doc.isObject())
        return Unexpected{ConfigErrors{{QString(), agentText(locale, "Qddns::Config",
                                                             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::Config", "the configuration must be a JSON object")))}}};

    const QJsonObject root = doc.object();
    ConfigValidation::Validator v(catalog, locale);
    Config config = Config::defaults();

    v.checkKeys(root, QString(), ConfigKey::documentKeys());
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        v.error(QStringLiteral("version"), v.text(QT_TRANSLATE_NOOP("Qddns::Config", "is required: write \"version\": 1")));
    else if (version != QJsonValue(1))
        v.error(QStringLiteral("version"), v.text(QT_TRANSLATE_NOOP("Qddns::Config", "%1 is not supported; this qddns reads version 1"))
                                               .arg(v.quoted(version)));

    if (const auto d = v.duration(root, QString(), QStringLiteral("interval"), 30s, std::chrono::seconds(7 * 86400)))
        config.interval = *d;
    // More often than daily, re-sending an unchanged address counts as abuse at DynDNS2 services.
    if (const auto d = v.duration(root, QString(), QStringLiteral("forceInterval"), std::chrono::seconds(86400),
                                  std::chrono::seconds(365 * 86400)))
        config.forceInterval = *d;
    if (const auto d = v.duration(root, QString(), QStringLiteral("timeout"), 1s, 120s))
        config.timeout = *d;

    if (root.contains(QStringLiteral("detectors")))
        v.parseDetection(root.value(QStringLiteral("detectors")), QStringLiteral("detectors"), config);
    if (root.contains(QStringLiteral("tls")))
        v.parseTls(root.value(QStringLiteral("tls")), QStringLiteral("tls"), config);
    if (root.contains(ConfigKey::Proxy))
        v.parseProxy(root.value(ConfigKey::Proxy), ConfigKey::Proxy, config);

    const QJsonValue profiles = root.value(QStringLiteral("profiles"));
    if (!profiles.isUndefined()) {
        if (!profiles.isArray()) {
            v.error(QStringLiteral("profiles"), v.text(QT_TRANSLATE_NOOP("Qddns::Config", "must be a list of profiles")));
        } else {
            const QJsonArray array = profiles.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                v.parseProfile(array.at(i), ConfigValidation::Validator::index(QStringLiteral("profiles"), i), config);
        }
    }
    parseHooks(v, root.value(ConfigKey::Hooks), ConfigKey::Hooks, config);
    checkHookReferences(v, root, config);
    for (const Profile &p : std::as_const(config.profiles)) {
        for (Family family : {Family::IPv4, Family::IPv6}) {
            if (p.publishes(family) && config.detection(family).detectors.isEmpty() && !v.brokenFamilies.contains(family))
                v.error(QStringLiteral("detectors.") + familyName(family),
                        v.text(QT_TRANSLATE_NOOP("Qddns::Config", "is empty, but profile \"%1\" publishes %2 addresses"))
                            .arg(p.name, familyName(family)));
        }
    }

    if (!v.errors.isEmpty())
        return Unexpected{v.errors};
    return config;
}

} // namespace Qddns
