#include "ipc/message.h"

#include "ipc/protocol.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Qddns::Ipc {

QByteArray encodeLine(const QJsonObject &message)
{
    // Compact JSON escapes control characters, so the only newline is the terminator.
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject makeRequest(qint64 id, QLatin1StringView method, const QJsonObject &params)
{
    QJsonObject request{{Field::Id, id}, {Field::Method, QString(method)}};
    if (!params.isEmpty())
        request.insert(Field::Params, params);
    return request;
}

QJsonObject makeReply(const QJsonValue &id, const QJsonObject &result)
{
    return {{Field::Id, id}, {Field::Result, result}};
}

QJsonObject makeError(const QJsonValue &id, QLatin1StringView code, const QString &message, const QJsonObject &extra)
{
    QJsonObject error = extra;
    error.insert(Field::Code, QString(code));
    error.insert(Field::Message, message);
    return {{Field::Id, id}, {Field::Error, error}};
}

QJsonObject makeEvent(QLatin1StringView name, qint64 seq, const QJsonObject &data)
{
    return {{Field::Event, QString(name)},
            {Field::Seq, seq},
            {Field::Time, timeValue(QDateTime::currentDateTimeUtc())},
            {Field::Data, data}};
}

QJsonValue timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Qddns::Ipc
