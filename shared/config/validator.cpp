#include "config/validator.h"

#include "config/configcheck.h"

#include <QJsonObject>

#include <algorithm>

namespace Qddns {

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

} // namespace

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

void ConfigValidator::checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed,
                                const QString &context)
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

std::optional<bool> ConfigValidator::boolean(const QJsonObject &o, const QString &path, const QString &key)
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

std::optional<QString> ConfigValidator::string(const QJsonObject &o, const QString &path, const QString &key, bool required)
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
std::optional<QString> ConfigValidator::userPath(const QJsonObject &o, const QString &path, const QString &key, bool required)
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

std::optional<std::chrono::seconds> ConfigValidator::duration(const QJsonObject &o, const QString &path, const QString &key,
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

std::optional<QUrl> ConfigValidator::httpUrl(const QString &text, const QString &path, bool allowInsecure)
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


void ConfigValidator::parseSecret(const QJsonValue &value, const QString &path, SecretRef &secret)
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

} // namespace Qddns
