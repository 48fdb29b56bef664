#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Qddns {

// A hook's URL, headers and body are templates: `{name}` stands for a value of the notification
// (hookPlaceholders()), filled in escaped for where it stands, so that whatever a message holds
// (quotes, backslashes, newlines, `&`, non-ASCII) the URL stays one URL, a header one header and
// a JSON body valid JSON. Anything else in braces ("{\"text\": …}") is left as written.

/// \brief Where a template's text goes, which decides how a value is escaped.
enum class TemplateContext {
    Text,   ///< as is (a plain-text body)
    Url,    ///< percent-encoded (UTF-8), all but letters, digits, "-._~" and ":@"
    Json,   ///< escaped for the inside of a JSON string
    Header, ///< control characters (CR, LF) replaced with spaces: one header stays one header
};

/// \brief The placeholder names: event, profile, host, family, type, old, new, result, code,
/// message, time, hook, id (unique per notification) and secret (only where a hook has one).
QStringList hookPlaceholders();
inline constexpr QLatin1StringView kSecretPlaceholder{"secret"};

/// \brief The placeholder names used in \a text, in order (repeats included).
QStringList placeholdersIn(const QString &text);

/// \brief \a text with each placeholder named in \a values replaced by its value escaped for
/// \a context; a placeholder without a value is left as written.
QString renderTemplate(const QString &text, const QHash<QString, QString> &values, TemplateContext context);

/// \brief \a text escaped for \a context, placeholders kept as they are (for a preset's option
/// that becomes part of a template).
QString escapeLiteral(const QString &text, TemplateContext context);

/// \brief One value escaped for \a context.
QString escapeValue(const QString &value, TemplateContext context);

/// \brief Values for every placeholder that make escaping mistakes show: quotes, a backslash, a
/// newline, `&`, `#`, `/`, `?`, spaces and non-ASCII. The configuration checks templates with them.
QHash<QString, QString> samplePlaceholderValues();

} // namespace Qddns
