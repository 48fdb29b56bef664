#pragma once

#include <QJsonObject>
#include <QString>

namespace Qddns::Gui {

/// Plain words for the agent's `test` reply {addresses, results[]}: the detected addresses, then
/// per record what would be sent (the agent masks the secret) or why nothing could be.
QString describeTestReply(const QJsonObject &reply);

/// A record result code ("dry-run", "failed", ...) in words.
QString describeResultCode(const QString &code);

} // namespace Qddns::Gui
