#pragma once

#include <QString>

namespace Qddns::Ipc {

/// \brief Where the agent with state directory \a stateDir listens, and where its clients look.
/// Linux: $XDG_RUNTIME_DIR/qddns/agent.socket for the default state directory,
/// agent-<hash of the directory>.socket for another (so agents of different configurations
/// never meet); the state directory itself when XDG_RUNTIME_DIR is unset. Elsewhere: a name
/// per user and state directory, which QLocalServer places in the system's per-user space.
QString defaultSocketPath(const QString &stateDir);

} // namespace Qddns::Ipc
