#pragma once

#include <QStringList>

namespace Qddns {

/// \brief The systemd user unit that runs \a program `run` with \a runArguments (quoted and
/// escaped as a unit file needs).
QString userUnit(const QString &program, const QStringList &runArguments);

/// \brief `service print-unit` (the unit on stdout) and `service install-unit` (written to
/// ~/.config/systemd/user/qddns-agent.service, then the steps to enable it). ExecStart is this
/// agent's absolute path; \a runArguments are --config/--state-dir/--socket as given. Returns the exit code.
int runServiceCommand(const QString &subcommand, const QStringList &runArguments);

} // namespace Qddns
