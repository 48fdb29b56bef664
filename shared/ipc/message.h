#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Builders for the frames of protocol.h, so that agent and clients spell them the same way.
namespace Qddns::Ipc {

/// \brief One frame on the wire: compact JSON and the terminating newline.
QByteArray encodeLine(const QJsonObject &message);

QJsonObject makeRequest(qint64 id, QLatin1StringView method, const QJsonObject &params = {});
QJsonObject makeReply(const QJsonValue &id, const QJsonObject &result);
/// \brief An error reply; \a extra fields (e.g. errors[]) are merged into the error object.
QJsonObject makeError(const QJsonValue &id, QLatin1StringView code, const QString &message, const QJsonObject &extra = {});
QJsonObject makeEvent(QLatin1StringView name, qint64 seq, const QJsonObject &data);

/// \brief UTC, milliseconds, 'Z': the one time format of the protocol (null when invalid).
QJsonValue timeValue(const class QDateTime &time);

} // namespace Qddns::Ipc
