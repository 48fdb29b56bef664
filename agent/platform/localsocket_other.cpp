#include "platform/localsocket.h"

#if defined(Q_OS_WIN)
#include "platform/winpipe_win.h"
#endif

namespace Qddns::LocalSocketPlatform {

// Windows: a named pipe created with QLocalServer::UserAccessOption admits only this user (and
// the peer check asks the client's token, winpipe_win.cpp); there is no file to prepare.
// Sharing it with a group needs the pipe's own DACL (WinPipe::makeSecurity), which
// QLocalServer 6.4 does not take: refused for now.
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
    Q_UNUSED(group)
#if defined(Q_OS_WIN)
    std::wstring who;
    const WinPipe::ClientAccess access = WinPipe::checkClient(reinterpret_cast<void *>(descriptor), std::wstring(), &who);
    PeerCheck check;
    check.who = QString::fromStdWString(who);
    if (access == WinPipe::ClientAccess::Owner)
        return check;
    check.access = PeerAccess::Refused;
    check.logLine = QStringLiteral("refused a connection from %1: only this agent's user may use it").arg(check.who);
    check.reply = QStringLiteral("this agent serves only its own user");
    return check;
#else
    Q_UNUSED(descriptor)
    return {};
#endif
}

bool shutdownWrite(qintptr descriptor)
{
    Q_UNUSED(descriptor)
    return false;
}

} // namespace Qddns::LocalSocketPlatform
