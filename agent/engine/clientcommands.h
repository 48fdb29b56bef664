#pragma once

#include <QStringList>

class QCommandLineParser;
class QCoreApplication;

namespace Qddns {

/// \brief Whether \a command is one of the commands that talk to a running agent.
bool isClientCommand(const QString &command);

/// \brief `status`, `update`, `logs`, `history`: clients of the running agent's socket at
/// \a socketPath. Exit code 0 success, 1 failure (3 when no agent answers), 2 bad usage.
int runClientCommand(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args, const QString &socketPath);

} // namespace Qddns
