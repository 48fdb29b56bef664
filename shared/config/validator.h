#pragma once

#include "config/config.h"

#include <QJsonValue>

#include <chrono>
#include <optional>

namespace Qddns {

/// \brief " (did you mean "X"?)" for the candidate closest to \a word, or nothing.
QString didYouMean(const QString &word, const QStringList &candidates);
/// \brief A JSON value as a message shows it: "text", 5, true, a list, an object.
QString quoted(const QJsonValue &value);

/// \brief The checks every part of the configuration is validated with; collects every error
/// with its JSON path instead of stopping at the first.
class ConfigValidator
{
public:
    ConfigErrors errors;

    void error(const QString &path, const QString &message) { errors.append({path, message}); }
    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString &path, qsizetype i) { return path + QStringLiteral("[%1]").arg(i); }

    /// \brief Every key of \a object not in \a allowed is an error (a secret-like key says where
    /// secrets go instead).
    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed, const QString &context = {});
    std::optional<bool> boolean(const QJsonObject &o, const QString &path, const QString &key);
    /// \brief A non-empty string.
    std::optional<QString> string(const QJsonObject &o, const QString &path, const QString &key, bool required);
    /// \brief A file path: absolute or ~/…, never relative to wherever the agent was started.
    std::optional<QString> userPath(const QJsonObject &o, const QString &path, const QString &key, bool required);
    std::optional<std::chrono::seconds> duration(const QJsonObject &o, const QString &path, const QString &key,
                                                 std::chrono::seconds min, std::chrono::seconds max);
    /// \brief An http(s) URL without user info; plain http only when \a allowInsecure.
    std::optional<QUrl> httpUrl(const QString &text, const QString &path, bool allowInsecure);
    /// \brief Where a secret comes from (absent: keychain).
    void parseSecret(const QJsonValue &value, const QString &path, SecretRef &secret);
};

} // namespace Qddns
