#include "config/config.h"

#include "config/configcheck.h"
#include "config/configkeys.h"
#include "config/jsonscanner.h"
#include "config/providerschema.h"

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
    case Type::Web: return QStringLiteral("web ") + url.toString();
    case Type::Interface: return QStringLiteral("interface ") + interfaceName;
    case Type::Command: return QStringLiteral("command ") + argv.value(0);
    }
    return {};
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
    return names;
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

QString hostNameProblem(const QString &host)
{
    if (host.isEmpty())
        return QStringLiteral("is empty");
    if (host.endsWith(QLatin1Char('.')))
        return QStringLiteral("ends with a dot; write the name without it");
    if (host.size() > 253)
        return QStringLiteral("is longer than 253 characters");
    const QStringList labels = host.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        if (i == 0 && label == QLatin1String("*") && labels.size() > 1)
            continue;
        if (label.isEmpty())
            return QStringLiteral("has an empty label");
        if (label.size() > 63)
            return QStringLiteral("has a label longer than 63 characters");
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return QStringLiteral("has a label that starts or ends with '-'");
        for (QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('-') || c == QLatin1Char('_');
            if (!ok)
                return QStringLiteral("contains '%1'").arg(c);
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

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString didYouMean(const QString &word, const QStringList &candidates)
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
    return best.isEmpty() ? QString() : QStringLiteral(" (did you mean \"%1\"?)").arg(best);
}

QString quoted(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// Validation context: collects every error with its path.
class Validator
{
public:
    explicit Validator(const ProviderCatalog &catalog) : m_catalog(catalog) {}

    ConfigErrors errors;
    QSet<Family> brokenFamilies; ///< families whose detector list has errors

    void error(const QString &path, const QString &message) { errors.append({path, message}); }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString &path, qsizetype i) { return path + QStringLiteral("[%1]").arg(i); }

    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed,
                   const QString &context = {})
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (allowed.contains(it.key()))
                continue;
            static const QStringList secretWords{QStringLiteral("password"), QStringLiteral("token"),
                                                 QStringLiteral("apiKey"), QStringLiteral("key"),
                                                 QStringLiteral("pass")};
            if (secretWords.contains(it.key(), Qt::CaseInsensitive)) {
                error(join(path, it.key()),
                      QStringLiteral("secrets are never stored in the config file; use \"secret\": "
                                     "{\"source\": \"keychain\"} and `qddns-agent secret set PROFILE`, or a file, "
                                     "env or systemd-credential source"));
                continue;
            }
            error(join(path, it.key()), QStringLiteral("unknown key%1%2")
                                            .arg(context.isEmpty() ? QString() : QLatin1Char(' ') + context,
                                                 didYouMean(it.key(), allowed)));
        }
    }

    std::optional<bool> boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool()) {
            error(join(path, key), QStringLiteral("must be true or false, not %1").arg(quoted(v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<QString> string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(join(path, key), QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            error(join(path, key), QStringLiteral("must be a non-empty string, not %1").arg(quoted(v)));
            return std::nullopt;
        }
        return v.toString();
    }

    // A file path: absolute or ~/…, never relative to wherever the agent was started.
    std::optional<QString> userPath(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const auto text = string(o, path, key, required);
        if (!text)
            return std::nullopt;
        auto resolved = resolveConfigPath(*text);
        if (!resolved) {
            error(join(path, key), resolved.error());
            return std::nullopt;
        }
        return resolved.value();
    }

    std::optional<std::chrono::seconds> duration(const QJsonObject &o, const QString &path, const QString &key,
                                                 std::chrono::seconds min, std::chrono::seconds max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        const auto d = parseDuration(v);
        if (!d) {
            error(join(path, key),
                  QStringLiteral("must be a number of seconds or a duration like \"5m\", \"12h\", \"25d\", not %1")
                      .arg(quoted(v)));
            return std::nullopt;
        }
        if (*d < min || *d > max) {
            error(join(path, key), QStringLiteral("must be between %1 and %2 seconds, not %3")
                                       .arg(min.count()).arg(max.count()).arg(d->count()));
            return std::nullopt;
        }
        return d;
    }

    std::optional<QUrl> httpUrl(const QString &text, const QString &path, bool allowInsecure)
    {
        const QUrl url(text, QUrl::StrictMode);
        if (url.isValid() && !url.userInfo().isEmpty()) {
            // Not quoted: the text holds a credential.
            error(path, QStringLiteral("must not contain a username or password; use \"username\" and \"secret\""));
            return std::nullopt;
        }
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            error(path, QStringLiteral("\"%1\" is not an http(s) URL").arg(text));
            return std::nullopt;
        }
        if (url.scheme() == QLatin1String("http") && !allowInsecure) {
            error(path, QStringLiteral("plain http:// is refused: it would travel unencrypted; use https://, or set "
                                       "\"allowInsecureHttp\": true (meant for loopback test servers)"));
            return std::nullopt;
        }
        return url;
    }

    void parseDetection(const QJsonValue &value, const QString &path, Config &config)
    {
        if (!value.isObject()) {
            error(path, QStringLiteral("must be an object with \"ipv4\", \"ipv6\" and \"agree\""));
            return;
        }
        const QJsonObject o = value.toObject();
        checkKeys(o, path, {QStringLiteral("ipv4"), QStringLiteral("ipv6"), QStringLiteral("agree")});
        for (Family family : {Family::IPv4, Family::IPv6}) {
            const QString key = familyName(family);
            FamilyDetection &target = family == Family::IPv4 ? config.ipv4 : config.ipv6;
            const QJsonValue list = o.value(key);
            if (list.isUndefined())
                continue;
            if (!list.isArray()) {
                error(join(path, key), QStringLiteral("must be a list of detectors (empty to not detect %1)")
                                           .arg(family == Family::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6")));
                continue;
            }
            target.detectors.clear();
            const QJsonArray array = list.toArray();
            const qsizetype before = errors.size();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (auto spec = parseDetector(array.at(i), index(join(path, key), i)))
                    target.detectors.append(*spec);
            }
            if (errors.size() != before)
                brokenFamilies.insert(family);
        }
        const QJsonValue agree = o.value(QStringLiteral("agree"));
        if (agree.isUndefined())
            return;
        if (!agree.isObject()) {
            error(join(path, QStringLiteral("agree")), QStringLiteral("must be an object like {\"ipv4\": 2}"));
            return;
        }
        const QJsonObject ao = agree.toObject();
        checkKeys(ao, join(path, QStringLiteral("agree")), {QStringLiteral("ipv4"), QStringLiteral("ipv6")});
        for (Family family : {Family::IPv4, Family::IPv6}) {
            const QJsonValue v = ao.value(familyName(family));
            if (v.isUndefined())
                continue;
            const QString p = join(join(path, QStringLiteral("agree")), familyName(family));
            FamilyDetection &target = family == Family::IPv4 ? config.ipv4 : config.ipv6;
            if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1 || v.toInt() > 5) {
                error(p, QStringLiteral("must be a whole number from 1 to 5, not %1").arg(quoted(v)));
                continue;
            }
            if (brokenFamilies.contains(family))
                continue; // counting detectors that are already reported as broken says nothing new
            if (v.toInt() > target.detectors.size()) {
                error(p, QStringLiteral("asks %1 detectors to agree but only %2 %3 configured")
                             .arg(v.toInt()).arg(target.detectors.size())
                             .arg(target.detectors.size() == 1 ? QStringLiteral("is") : QStringLiteral("are")));
                continue;
            }
            target.agree = v.toInt();
        }
    }

    std::optional<DetectorSpec> parseDetector(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            error(path, QStringLiteral("must be an object like {\"type\": \"web\", \"url\": \"https://…\"}"));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        const auto type = string(o, path, QStringLiteral("type"), true);
        if (!type)
            return std::nullopt;
        DetectorSpec spec;
        const qsizetype before = errors.size();
        if (*type == QLatin1String("web")) {
            spec.type = DetectorSpec::Type::Web;
            checkKeys(o, path, {QStringLiteral("type"), QStringLiteral("url"), QStringLiteral("allowInsecureHttp")},
                      QStringLiteral("for a web detector"));
            spec.allowInsecureHttp = boolean(o, path, QStringLiteral("allowInsecureHttp")).value_or(false);
            if (const auto url = string(o, path, QStringLiteral("url"), true)) {
                if (const auto parsed = httpUrl(*url, join(path, QStringLiteral("url")), spec.allowInsecureHttp))
                    spec.url = *parsed;
            }
        } else if (*type == QLatin1String("interface")) {
            spec.type = DetectorSpec::Type::Interface;
            checkKeys(o, path, {QStringLiteral("type"), QStringLiteral("name")},
                      QStringLiteral("for an interface detector"));
            spec.interfaceName = string(o, path, QStringLiteral("name"), true).value_or(QString());
        } else if (*type == QLatin1String("command")) {
            spec.type = DetectorSpec::Type::Command;
            checkKeys(o, path, {QStringLiteral("type"), QStringLiteral("argv"), QStringLiteral("timeout")},
                      QStringLiteral("for a command detector"));
            const QJsonValue argv = o.value(QStringLiteral("argv"));
            const QJsonArray array = argv.toArray();
            const bool allStrings = std::all_of(array.begin(), array.end(),
                                                [](const QJsonValue &v) { return v.isString() && !v.toString().isEmpty(); });
            if (!argv.isArray() || array.isEmpty() || !allStrings) {
                error(join(path, QStringLiteral("argv")),
                      QStringLiteral("must be a non-empty list of strings: the program and its arguments "
                                     "(run without a shell)"));
            } else {
                for (const QJsonValue &v : array)
                    spec.argv.append(v.toString());
                if (const auto program = resolveConfigProgram(spec.argv.first()))
                    spec.argv.first() = *program;
                else
                    error(join(path, QStringLiteral("argv[0]")), program.error());
            }
            if (const auto t = duration(o, path, QStringLiteral("timeout"), 1s, 300s))
                spec.timeout = *t;
        } else {
            error(join(path, QStringLiteral("type")),
                  QStringLiteral("\"%1\" is not a detector type; use \"web\", \"interface\" or \"command\"").arg(*type));
            return std::nullopt;
        }
        if (errors.size() != before)
            return std::nullopt;
        return spec;
    }

    void parseTls(const QJsonValue &value, const QString &path, Config &config)
    {
        if (!value.isObject()) {
            error(path, QStringLiteral("must be an object like {\"caFile\": \"/path/ca.pem\"}"));
            return;
        }
        const QJsonObject o = value.toObject();
        checkKeys(o, path, {QStringLiteral("caFile")});
        const auto file = userPath(o, path, QStringLiteral("caFile"), false);
        if (!file)
            return;
        QFile f(*file);
        if (!f.open(QIODevice::ReadOnly)) {
            error(join(path, QStringLiteral("caFile")), QStringLiteral("cannot read %1: %2").arg(*file, f.errorString()));
            return;
        }
        if (QSslCertificate::fromData(f.readAll(), QSsl::Pem).isEmpty()) {
            error(join(path, QStringLiteral("caFile")), QStringLiteral("%1 holds no PEM certificate").arg(*file));
            return;
        }
        config.caFile = *file;
    }

    void parseSecret(const QJsonValue &value, const QString &path, SecretRef &secret)
    {
        if (value.isUndefined())
            return;
        if (!value.isObject()) {
            error(path, QStringLiteral("secrets are never stored in the config file; give where to find it: "
                                       "{\"source\": \"keychain\"} (then `qddns-agent secret set PROFILE`), "
                                       "{\"source\": \"file\", \"path\": …}, {\"source\": \"env\", \"name\": …} or "
                                       "{\"source\": \"systemd-credential\", \"name\": …}"));
            return;
        }
        const QJsonObject o = value.toObject();
        const QJsonValue sourceValue = o.value(QStringLiteral("source"));
        if (!sourceValue.isUndefined() && !sourceValue.isString()) {
            error(join(path, QStringLiteral("source")),
                  QStringLiteral("%1 is not a secret source; use \"keychain\", \"file\", \"env\" or "
                                 "\"systemd-credential\"").arg(quoted(sourceValue)));
            return;
        }
        const QString source = sourceValue.toString(QStringLiteral("keychain"));
        if (source == QLatin1String("keychain")) {
            secret.source = SecretRef::Source::Keychain;
            checkKeys(o, path, {QStringLiteral("source")}, QStringLiteral("for a keychain secret"));
        } else if (source == QLatin1String("file")) {
            secret.source = SecretRef::Source::File;
            checkKeys(o, path, {QStringLiteral("source"), QStringLiteral("path")}, QStringLiteral("for a file secret"));
            secret.path = userPath(o, path, QStringLiteral("path"), true).value_or(QString());
        } else if (source == QLatin1String("env") || source == QLatin1String("systemd-credential")) {
            secret.source = source == QLatin1String("env") ? SecretRef::Source::Env : SecretRef::Source::SystemdCredential;
            checkKeys(o, path, {QStringLiteral("source"), QStringLiteral("name")},
                      QStringLiteral("for a %1 secret").arg(source));
            secret.name = string(o, path, QStringLiteral("name"), true).value_or(QString());
        } else {
            error(join(path, QStringLiteral("source")),
                  QStringLiteral("\"%1\" is not a secret source; use \"keychain\", \"file\", \"env\" or "
                                 "\"systemd-credential\"").arg(source));
        }
    }

    // The provider's credentials in order, the primary first: where each comes from.
    void parseCredentials(const QJsonObject &o, const QString &path, const ProviderInfo &info, Profile &p)
    {
        if (info.secret != Need::Unused)
            p.credentials.append({QString(kPrimaryCredential), p.secret});
        const QString credentialsPath = join(path, QStringLiteral("credentials"));
        const QJsonValue value = o.value(QStringLiteral("credentials"));
        if (!value.isUndefined() && !value.isObject()) {
            error(credentialsPath, QStringLiteral("must be an object naming where each credential comes from, e.g. "
                                                  "{\"%1\": {\"source\": \"keychain\"}}").arg(info.extraCredentials.value(0).id));
            return;
        }
        const QJsonObject given = value.toObject();
        QStringList ids;
        for (const CredentialField &field : info.extraCredentials) {
            ids.append(field.id);
            CredentialRef credential{field.id, SecretRef{}};
            parseSecret(given.value(field.id), join(credentialsPath, field.id), credential.ref);
            p.credentials.append(credential);
        }
        checkKeys(given, credentialsPath, ids, QStringLiteral("among the credentials of provider \"%1\"").arg(info.id));
    }

    void checkOption(const QJsonObject &o, const QString &path, const ProviderOption &option)
    {
        const QJsonValue v = o.value(option.key);
        const QString p = join(path, option.key);
        if (v.isUndefined()) {
            if (option.required)
                error(p, QStringLiteral("is required by this provider: %1").arg(option.help));
            return;
        }
        switch (option.kind) {
        case ProviderOption::Kind::Bool:
            if (!v.isBool())
                error(p, QStringLiteral("must be true or false, not %1").arg(quoted(v)));
            break;
        case ProviderOption::Kind::Integer:
            if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
                error(p, QStringLiteral("must be a whole number, not %1").arg(quoted(v)));
            break;
        case ProviderOption::Kind::Regex:
            if (!v.isString()) {
                error(p, QStringLiteral("must be a regular expression string, not %1").arg(quoted(v)));
            } else if (QRegularExpression re(v.toString()); !re.isValid()) {
                error(p, QStringLiteral("is not a valid regular expression: %1 (at offset %2)")
                             .arg(re.errorString()).arg(re.patternErrorOffset()));
            }
            break;
        case ProviderOption::Kind::String:
        case ProviderOption::Kind::Url:
            if (!v.isString() || v.toString().trimmed().isEmpty())
                error(p, QStringLiteral("must be a non-empty string, not %1").arg(quoted(v)));
            break;
        }
    }

    void parseProfile(const QJsonValue &value, const QString &path, Config &config)
    {
        if (!value.isObject()) {
            error(path, QStringLiteral("must be an object with \"name\", \"provider\" and \"hosts\""));
            return;
        }
        const QJsonObject o = value.toObject();
        const qsizetype before = errors.size();
        Profile p;
        p.name = string(o, path, QStringLiteral("name"), true).value_or(QString());
        static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        if (!p.name.isEmpty()) {
            if (!nameRe.match(p.name).hasMatch())
                error(join(path, QStringLiteral("name")),
                      QStringLiteral("\"%1\" must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit").arg(p.name));
            else if (config.profile(p.name))
                error(join(path, QStringLiteral("name")), QStringLiteral("\"%1\" is used by another profile").arg(p.name));
        }

        const ProviderInfo *provider = nullptr;
        if (const auto id = string(o, path, QStringLiteral("provider"), true)) {
            provider = m_catalog.info(*id);
            if (!provider)
                error(join(path, QStringLiteral("provider")),
                      QStringLiteral("\"%1\" is not a known provider%2; `qddns-agent providers` lists them")
                          .arg(*id, didYouMean(*id, m_catalog.ids())));
            p.provider = *id;
        }

        QStringList allowed = ConfigKey::commonProfileKeys();
        if (provider) {
            if (!provider->extraCredentials.isEmpty())
                allowed.append(ConfigKey::Credentials);
            // A TTL the provider never sends would silently do nothing: unknown, like a typo.
            if (provider->supportsTtl)
                allowed.append(ConfigKey::Ttl);
            for (const ProviderOption &option : provider->options)
                allowed.append(option.key);
            checkKeys(o, path, allowed, QStringLiteral("for provider \"%1\"").arg(p.provider));
        }

        const QJsonValue hosts = o.value(QStringLiteral("hosts"));
        if (!hosts.isArray() || hosts.toArray().isEmpty()) {
            error(join(path, QStringLiteral("hosts")), hosts.isUndefined()
                      ? QStringLiteral("is required: the list of host names to keep current")
                      : QStringLiteral("must be a non-empty list of host names"));
        } else {
            const QJsonArray array = hosts.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString hp = index(join(path, QStringLiteral("hosts")), i);
                const QJsonValue h = array.at(i);
                if (!h.isString()) {
                    error(hp, QStringLiteral("must be a host name string, not %1").arg(quoted(h)));
                    continue;
                }
                const QString ace = QString::fromLatin1(QUrl::toAce(h.toString().trimmed()));
                const QString problem = hostNameProblem(ace.isEmpty() ? h.toString() : ace);
                if (!problem.isEmpty() || h.toString() != h.toString().trimmed())
                    error(hp, QStringLiteral("\"%1\" is not a valid hostname: it %2")
                                  .arg(h.toString(), problem.isEmpty() ? QStringLiteral("has spaces around it") : problem));
                else if (p.hosts.contains(ace.toLower()))
                    error(hp, QStringLiteral("\"%1\" is listed twice").arg(h.toString()));
                else
                    p.hosts.append(ace.toLower());
            }
        }

        p.ipv4 = boolean(o, path, QStringLiteral("ipv4")).value_or(true);
        p.ipv6 = boolean(o, path, QStringLiteral("ipv6")).value_or(false);
        if (!p.ipv4 && !p.ipv6)
            error(join(path, QStringLiteral("ipv4")), QStringLiteral("\"ipv4\" and \"ipv6\" are both false: nothing to publish"));
        if (provider && p.ipv6 && !provider->supportsIpv6)
            error(join(path, QStringLiteral("ipv6")), QStringLiteral("provider \"%1\" cannot publish IPv6 addresses").arg(p.provider));
        if (provider && p.ipv4 && !provider->supportsIpv4)
            error(join(path, QStringLiteral("ipv4")), QStringLiteral("provider \"%1\" cannot publish IPv4 addresses").arg(p.provider));

        p.allowInsecureHttp = boolean(o, path, QStringLiteral("allowInsecureHttp")).value_or(false);
        if (const auto server = string(o, path, QStringLiteral("server"), false)) {
            if (const auto url = httpUrl(*server, join(path, QStringLiteral("server")), p.allowInsecureHttp))
                p.server = *url;
        }

        if (const auto user = string(o, path, QStringLiteral("username"), false))
            p.username = *user;
        if (provider) {
            const ProviderInfo &info = *provider;
            if (info.username == Need::Required && p.username.isEmpty() && !o.contains(QStringLiteral("username")))
                error(join(path, QStringLiteral("username")), QStringLiteral("is required by provider \"%1\"%2")
                                                                .arg(info.id, info.usernameHelp.isEmpty()
                                                                         ? QString() : QStringLiteral(": ") + info.usernameHelp));
            if (info.username == Need::Unused && o.contains(QStringLiteral("username")))
                error(join(path, QStringLiteral("username")),
                      QStringLiteral("provider \"%1\" does not use a username").arg(info.id));
            if (info.secret == Need::Unused && o.contains(QStringLiteral("secret")))
                error(join(path, QStringLiteral("secret")), QStringLiteral("provider \"%1\" does not use a secret").arg(info.id));
        }
        parseSecret(o.value(QStringLiteral("secret")), join(path, QStringLiteral("secret")), p.secret);
        if (provider)
            parseCredentials(o, path, *provider, p);

        const QJsonValue ttl = o.value(QStringLiteral("ttl"));
        if (!ttl.isUndefined() && (!provider || provider->supportsTtl)) {
            if (!ttl.isDouble() || ttl.toDouble() != double(ttl.toInt()) || ttl.toInt() < 1 || ttl.toInt() > 86400)
                error(join(path, QStringLiteral("ttl")), QStringLiteral("must be a whole number of seconds from 1 to 86400, not %1").arg(quoted(ttl)));
            else
                p.ttl = ttl.toInt();
        }

        if (provider) {
            for (const ProviderOption &option : provider->options) {
                checkOption(o, path, option);
                if (o.contains(option.key))
                    p.options.insert(option.key, o.value(option.key));
                else if (!option.defaultValue.isUndefined() && !option.defaultValue.isNull())
                    p.options.insert(option.key, option.defaultValue);
            }
            // Provider checks build on valid generic fields: one error per problem.
            if (errors.size() == before)
                errors += m_catalog.validateProfile(p.provider, o, path);
        }

        // Everything but the host list: each host is its own record, and adding one must not
        // make the others look changed (that would re-send them and lift their holds).
        QJsonObject identity = o;
        identity.remove(QStringLiteral("hosts"));
        p.fingerprint = QCryptographicHash::hash(QJsonDocument(identity).toJson(QJsonDocument::Compact),
                                                 QCryptographicHash::Sha256).toHex().left(32);
        if (errors.size() == before)
            config.profiles.append(p);
        else if (!p.name.isEmpty() && !config.profile(p.name))
            config.profiles.append(p); // keep the name known so duplicates are still reported
    }

private:
    const ProviderCatalog &m_catalog;
};

} // namespace

Expected<Config, ConfigErrors> parseConfig(const QByteArray &json, const ProviderCatalog &catalog)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    // Qt's parser names few mistakes ("unterminated object" for a comment) and keeps the last of
    // two equal keys without a word: the scanner explains the first and finds the second.
    const JsonScanner scanner(json);
    if (parseError.error != QJsonParseError::NoError) {
        if (scanner.syntaxError())
            return Unexpected{ConfigErrors{*scanner.syntaxError()}};
        return Unexpected{ConfigErrors{{QString(), QStringLiteral("not valid JSON at %1: %2")
                                                       .arg(scanner.lineColumn(std::max(0, parseError.offset - 1)), parseError.errorString())}}};
    }
    if (!scanner.duplicateKeys().isEmpty())
        return Unexpected{scanner.duplicateKeys()};
    if (!doc.isObject())
        return Unexpected{ConfigErrors{{QString(), QStringLiteral("the configuration must be a JSON object")}}};

    const QJsonObject root = doc.object();
    Validator v(catalog);
    Config config = Config::defaults();

    v.checkKeys(root, QString(), ConfigKey::documentKeys());
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        v.error(QStringLiteral("version"), QStringLiteral("is required: write \"version\": 1"));
    else if (version != QJsonValue(1))
        v.error(QStringLiteral("version"), QStringLiteral("%1 is not supported; this qddns reads version 1").arg(quoted(version)));

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

    const QJsonValue profiles = root.value(QStringLiteral("profiles"));
    if (!profiles.isUndefined()) {
        if (!profiles.isArray()) {
            v.error(QStringLiteral("profiles"), QStringLiteral("must be a list of profiles"));
        } else {
            const QJsonArray array = profiles.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                v.parseProfile(array.at(i), Validator::index(QStringLiteral("profiles"), i), config);
        }
    }
    for (const Profile &p : std::as_const(config.profiles)) {
        for (Family family : {Family::IPv4, Family::IPv6}) {
            if (p.publishes(family) && config.detection(family).detectors.isEmpty() && !v.brokenFamilies.contains(family))
                v.error(QStringLiteral("detectors.") + familyName(family),
                        QStringLiteral("is empty, but profile \"%1\" publishes %2 addresses").arg(p.name, familyName(family)));
        }
    }

    if (!v.errors.isEmpty())
        return Unexpected{v.errors};
    return config;
}

} // namespace Qddns
