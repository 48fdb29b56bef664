#pragma once

#include "core/expected.h"

#include <QString>

namespace Qddns::LocalSocketPlatform {

/// \brief Gets a socket name ready for QLocalServer::listen(): on Unix the missing directories
/// are created owner-only, an existing directory is checked (never chmod-ed) so that no other
/// user could replace the socket, and only a stale socket nobody listens on is removed.
Expected<bool, QString> prepare(const QString &name);

/// \brief Makes the socket file owner-only (0600); an error text when it cannot.
QString restrictToOwner(const QString &path);

/// \brief Whether the process at the other end of \a descriptor may use this agent.
struct PeerCheck
{
    bool allowed = true;
    QString logLine; ///< for the agent's log when refused
    QString reply;   ///< for the refused client
};
/// \brief Asks the kernel who connected (SO_PEERCRED, getpeereid) and admits only this user.
/// Where the platform cannot tell, the socket's own access rights are what protects it.
PeerCheck checkPeer(qintptr descriptor);

/// \brief Stops sending on the connection while still reading (a refused client gets its error
/// even when it writes first); false where that is not possible.
bool shutdownWrite(qintptr descriptor);

} // namespace Qddns::LocalSocketPlatform
