#include "providers/replymatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace Qddns {

namespace {

// "result.errors[0].code" -> result, errors, 0, code.
QStringList jsonPathParts(const QString &path)
{
    QString normalised = path;
    normalised.replace(QLatin1Char('['), QLatin1Char('.'));
    normalised.remove(QLatin1Char(']'));
    return normalised.split(QLatin1Char('.'), Qt::SkipEmptyParts);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Whole numbers as JSON writes them: 0, not 0.0. Only those within qint64's range are
        // converted (converting a larger double is undefined; a reply may hold 1e300).
        const double d = value.toDouble();
        if (std::abs(d) < 0x1p63 && std::trunc(d) == d)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

std::optional<QString> jsonValue(const QByteArray &body, const QString &path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return std::nullopt;
    QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    for (const QString &part : jsonPathParts(path)) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (value.isArray() && isIndex) {
            const QJsonArray array = value.toArray();
            if (index < 0 || index >= array.size())
                return std::nullopt;
            value = array.at(index);
        } else if (value.isObject() && value.toObject().contains(part)) {
            value = value.toObject().value(part);
        } else {
            return std::nullopt;
        }
    }
    return jsonText(value);
}

std::optional<QString> xmlValue(const QByteArray &body, const QString &path)
{
    QStringList elements = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString attribute;
    if (!elements.isEmpty() && elements.last().startsWith(QLatin1Char('@')))
        attribute = elements.takeLast().mid(1);
    if (elements.isEmpty())
        return std::nullopt;
    // Some services declare encoding="utf-16" and send UTF-8 (Namecheap does): bytes without a NUL
    // cannot be UTF-16, and read from a QString the declaration is ignored.
    QXmlStreamReader xml;
    if (body.contains('\0'))
        xml.addData(body);
    else
        xml.addData(QString::fromUtf8(body));
    QStringList stack;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            stack.append(xml.name().toString());
            if (stack != elements)
                continue;
            if (!attribute.isEmpty()) {
                if (!xml.attributes().hasAttribute(attribute))
                    return std::nullopt;
                return xml.attributes().value(attribute).toString();
            }
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            return xml.hasError() ? std::nullopt : std::optional<QString>(text.trimmed());
        }
        if (token == QXmlStreamReader::EndElement && !stack.isEmpty())
            stack.removeLast();
    }
    return std::nullopt;
}

} // namespace

QString replyFormatName(ReplyFormat format)
{
    switch (format) {
    case ReplyFormat::Text: return QStringLiteral("text");
    case ReplyFormat::Json: return QStringLiteral("json");
    case ReplyFormat::Xml: return QStringLiteral("xml");
    }
    return {};
}

std::optional<ReplyFormat> replyFormatFromName(const QString &name)
{
    for (ReplyFormat f : {ReplyFormat::Text, ReplyFormat::Json, ReplyFormat::Xml}) {
        if (replyFormatName(f) == name)
            return f;
    }
    return std::nullopt;
}

std::optional<QString> replyValue(ReplyFormat format, const QByteArray &body, const QString &path)
{
    if (path.isEmpty())
        return QString::fromUtf8(body).trimmed();
    switch (format) {
    case ReplyFormat::Text: return std::nullopt;
    case ReplyFormat::Json: return jsonValue(body, path);
    case ReplyFormat::Xml: return xmlValue(body, path);
    }
    return std::nullopt;
}

bool ReplyMatcher::matches(ReplyFormat format, const HttpReply &reply) const
{
    if (!reply.error.isEmpty())
        return false;
    if (!statuses.isEmpty() && !statuses.contains(reply.status))
        return false;
    if (path.isEmpty() && header.isEmpty() && !equals && !regex && !exists)
        return true; // a status-only matcher
    std::optional<QString> value;
    if (!header.isEmpty()) {
        const bool present = std::any_of(reply.headers.cbegin(), reply.headers.cend(), [this](const auto &h) {
            return h.first.compare(header, Qt::CaseInsensitive) == 0;
        });
        if (present)
            value = QString::fromUtf8(reply.header(header)).trimmed();
    } else {
        value = replyValue(format, reply.body, path);
    }
    if (!value)
        return false;
    if (equals && *value != *equals)
        return false;
    if (regex && !regex->match(*value).hasMatch())
        return false;
    return true;
}

Expected<ReplyMatcher, QString> parseReplyMatcher(const QJsonValue &value, ReplyFormat format)
{
    ReplyMatcher m;
    if (value.isString()) {
        m.regex = QRegularExpression(value.toString());
        if (!m.regex->isValid())
            return Unexpected(QStringLiteral("\"%1\" is not a valid regular expression: %2").arg(value.toString(), m.regex->errorString()));
        return m;
    }
    if (!value.isObject())
        return Unexpected(QStringLiteral("a matcher is a regular expression or an object"));
    const QJsonObject o = value.toObject();
    static const QStringList known{QStringLiteral("status"), QStringLiteral("path"), QStringLiteral("header"),
                                   QStringLiteral("equals"), QStringLiteral("regex"), QStringLiteral("exists"),
                                   QStringLiteral("message"), QStringLiteral("messagePath")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return Unexpected(QStringLiteral("unknown matcher key \"%1\"").arg(it.key()));
    }
    const QJsonValue status = o.value(QLatin1String("status"));
    const QJsonArray statuses = status.isArray() ? status.toArray() : QJsonArray{status};
    if (!status.isUndefined()) {
        for (const QJsonValue &s : statuses) {
            if (!s.isDouble() || s.toInt() < 100 || s.toInt() > 599)
                return Unexpected(QStringLiteral("\"status\" must be an HTTP status or a list of them"));
            m.statuses.append(s.toInt());
        }
    }
    m.path = o.value(QLatin1String("path")).toString();
    m.header = o.value(QLatin1String("header")).toString().toLatin1();
    if (!m.path.isEmpty() && !m.header.isEmpty())
        return Unexpected(QStringLiteral("a matcher reads a \"path\" of the body or a \"header\", not both"));
    m.messagePath = o.value(QLatin1String("messagePath")).toString();
    if (format == ReplyFormat::Text && (!m.path.isEmpty() || !m.messagePath.isEmpty()))
        return Unexpected(QStringLiteral("a text reply has no paths"));
    if (o.contains(QLatin1String("equals"))) {
        const QJsonValue equals = o.value(QLatin1String("equals"));
        if (equals.isArray() || equals.isObject())
            return Unexpected(QStringLiteral("\"equals\" must be a string, number or boolean"));
        m.equals = jsonText(equals);
    }
    if (o.contains(QLatin1String("regex"))) {
        m.regex = QRegularExpression(o.value(QLatin1String("regex")).toString());
        if (!m.regex->isValid())
            return Unexpected(QStringLiteral("\"regex\" is not a valid regular expression: %1").arg(m.regex->errorString()));
    }
    m.exists = o.value(QLatin1String("exists")).toBool(false);
    if (m.exists && m.path.isEmpty() && m.header.isEmpty())
        return Unexpected(QStringLiteral("\"exists\" needs a \"path\" or a \"header\""));
    if (m.statuses.isEmpty() && m.path.isEmpty() && m.header.isEmpty() && !m.equals && !m.regex)
        return Unexpected(QStringLiteral("a matcher needs a status, a path or a text to match"));
    m.message = o.value(QLatin1String("message")).toString();
    return m;
}

} // namespace Qddns
