#include "platform/localsocket.h"

namespace Qddns::LocalSocketPlatform {

// Windows: a named pipe created with QLocalServer::UserAccessOption admits only this user; there
// is no file to prepare and no peer credential to ask for. Sharing it with a group needs the
// pipe's own DACL (winpipe_win.cpp), which QLocalServer does not take: refused for now.
Expected<SocketGroup, QString> resolveGroup(const QString &nameOrNumber)
{
    Q_UNUSED(nameOrNumber)
    return Unexpected{QStringLiteral("--socket-group is available on Linux and other Unix systems only")};
}

Expected<bool, QString> prepare(const QString &name, const std::optional<SocketGroup> &group)
{
    Q_UNUSED(name)
    Q_UNUSED(group)
    return true;
}

QString restrictAccess(const QString &path, const std::optional<SocketGroup> &group)
{
    Q_UNUSED(path)
    Q_UNUSED(group)
    return {};
}

PeerCheck checkPeer(qintptr descriptor, const std::optional<SocketGroup> &group)
{
    Q_UNUSED(descriptor)
    Q_UNUSED(group)
    return {};
}

bool shutdownWrite(qintptr descriptor)
{
    Q_UNUSED(descriptor)
    return false;
}

} // namespace Qddns::LocalSocketPlatform
