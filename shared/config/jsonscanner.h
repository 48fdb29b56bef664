#pragma once

#include "core/configerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Qddns {

/// \brief Where one value sits in a JSON text: its path as configuration errors name it
/// (`profiles[0].secret`, empty for the root) and its byte range.
struct JsonSpan
{
    QString path;
    qsizetype keyBegin = -1; ///< the member's key (its opening quote); -1 for array elements and the root
    qsizetype begin = 0;     ///< the value's first byte
    qsizetype end = 0;       ///< one past the value's last byte
};

/// \brief Reads a JSON text the way a person wrote it: names the usual hand-editing mistakes
/// (comments, single quotes, unquoted keys, trailing or missing commas) with their line, and
/// finds duplicate keys, which QJsonDocument accepts silently by keeping the last one.
class JsonScanner
{
public:
    explicit JsonScanner(const QByteArray &text);

    /// \brief Whether the text is one well-formed JSON value (duplicate keys aside).
    bool isValid() const { return !m_failed; }

    /// \brief The first mistake it can name ("comments are not allowed in JSON (line 3, column 5)…");
    /// nullopt when the text is valid JSON or its mistake has no better name than the parser's.
    const std::optional<ConfigError> &syntaxError() const { return m_syntaxError; }
    /// \brief One error per repeated key, at the key's path (e.g. `profiles[0].hosts`).
    const ConfigErrors &duplicateKeys() const { return m_duplicates; }
    /// \brief Every value's location, in text order (complete only when the text is valid).
    const QList<JsonSpan> &spans() const { return m_spans; }
    const JsonSpan *find(const QString &path) const;

    /// \brief "line 3, column 5" for a byte offset (columns count characters, from 1).
    QString lineColumn(qsizetype offset) const;
    int lineOf(qsizetype offset) const;

private:
    bool value(const QString &path, qsizetype keyBegin, int depth);
    bool object(const QString &path, int depth);
    bool array(const QString &path, int depth);
    bool string(QString *decoded);
    bool literalOrWord();
    bool skipSpace();
    bool fail(const QString &message);
    bool failUnnamed();
    QString wordAt(qsizetype offset) const;

    QByteArray m_text;
    qsizetype m_pos = 0;
    bool m_failed = false;
    std::optional<ConfigError> m_syntaxError;
    ConfigErrors m_duplicates;
    QList<JsonSpan> m_spans;
};

} // namespace Qddns
