#pragma once

#include "core/expected.h"
#include "core/http.h"

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Qddns {

/// \brief How a provider's reply body is read by ReplyMatcher paths.
enum class ReplyFormat { Text, Json, Xml };
QString replyFormatName(ReplyFormat format);
std::optional<ReplyFormat> replyFormatFromName(const QString &name);

/// \brief The value at \a path in \a body, or nullopt when the body is not of the format or the path
/// names nothing. JSON: member names and indexes, "result.errors[0].code" (or "errors.0.code"); a
/// string as it is, a number or boolean as JSON writes it. XML: element names from the root, then
/// optionally an attribute, "interface-response/ErrCount" or "reply/status/@code"; an element's text,
/// trimmed. Text has no paths: an empty path is the whole body, trimmed, in every format.
std::optional<QString> replyValue(ReplyFormat format, const QByteArray &body, const QString &path);

/// \brief One condition on a reply, as a service row writes it. Every condition given must hold:
/// the HTTP status, the value at a path (or the whole body, or a header) equal to a text, matching
/// a regular expression, or merely present.
struct ReplyMatcher
{
    QList<int> statuses;                ///< empty: any status
    QString path;                       ///< empty: the whole body, trimmed
    QByteArray header;                  ///< a reply header's value instead of the body (DDNSS answers in one)
    std::optional<QString> equals;
    std::optional<QRegularExpression> regex;
    bool exists = false;                ///< only that the path names something
    QString message;                    ///< the result's message for people; empty: a generic one
    QString messagePath;                ///< a value quoted after the message (the provider's own error text)

    bool matches(ReplyFormat format, const HttpReply &reply) const;
};

/// \brief Reads a matcher of a service row: a string is a regular expression on the whole body;
/// an object has "status" (a number or a list), "path" or "header", "equals", "regex", "exists",
/// "message" and "messagePath". The error says what is wrong, for the row's own error message.
Expected<ReplyMatcher, QString> parseReplyMatcher(const QJsonValue &value, ReplyFormat format);

} // namespace Qddns
