#pragma once

#include <QJsonObject>
#include <QStringList>

class QCommandLineParser;
class QCoreApplication;

namespace Qddns {

/// \brief One record's result as `once` and `update` print it: tab-separated profile, host,
/// type, address, result, message.
QString recordResultLine(const QJsonObject &result);

/// \brief Whether \a command is one of the commands that talk to a running agent.
bool isClientCommand(const QString &command);

/// \brief `status`, `update`, `pause`, `resume`, `logs`, `history`: clients of the running agent's socket at
/// \a socketPath. Exit code 0 success, 1 failure (3 when no agent answers), 2 bad usage.
int runClientCommand(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args, const QString &socketPath);

} // namespace Qddns
