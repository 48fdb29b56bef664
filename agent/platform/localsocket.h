#pragma once

#include "core/expected.h"

#include <QString>

#include <optional>

namespace Qddns::LocalSocketPlatform {

/// \brief The group a system agent shares its socket with (`run --socket-group`), if any.
struct SocketGroup
{
    uint gid = 0;
    QString name; ///< as given, or the group's name when a number was given and it has one
};

/// \brief Reads `--socket-group`: a group name or number; an error naming what is wrong.
Expected<SocketGroup, QString> resolveGroup(const QString &nameOrNumber);

/// \brief Gets a socket name ready for QLocalServer::listen(): on Unix the missing directories
/// are created owner-only (0710 and owned by \a group when there is one, so its members can
/// reach the socket), an existing directory is checked (never chmod-ed) so that no other user
/// could replace the socket, and only a stale socket nobody listens on is removed.
Expected<bool, QString> prepare(const QString &name, const std::optional<SocketGroup> &group = std::nullopt);

/// \brief Makes the socket file owner-only (0600), or 0660 owned by \a group; an error text
/// when it cannot. A warning when members of the group cannot pass the socket's directory.
QString restrictAccess(const QString &path, const std::optional<SocketGroup> &group = std::nullopt);

/// \brief What the process at the other end may do: everything (the agent's own user or
/// root), what a member of the socket group may (see LocalServer), or nothing.
enum class PeerAccess { Refused, Member, Owner };

/// \brief Whether the process at the other end of \a descriptor may use this agent.
struct PeerCheck
{
    PeerAccess access = PeerAccess::Owner;
    QString who;     ///< "uid 1000 (pid 42)", for the log
    QString logLine; ///< for the agent's log when refused
    QString reply;   ///< for the refused client
};
/// \brief Asks the kernel who connected (SO_PEERCRED and SO_PEERGROUPS on Linux, getpeereid
/// elsewhere) and admits this user and root as owners, and a peer whose primary or
/// supplementary groups include \a group as a member. Where the platform cannot tell, the
/// socket's own access rights are what protects it.
PeerCheck checkPeer(qintptr descriptor, const std::optional<SocketGroup> &group = std::nullopt);

/// \brief Stops sending on the connection while still reading (a refused client gets its error
/// even when it writes first); false where that is not possible.
bool shutdownWrite(qintptr descriptor);

} // namespace Qddns::LocalSocketPlatform
