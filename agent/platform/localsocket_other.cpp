#include "platform/localsocket.h"

namespace Qddns::LocalSocketPlatform {

// Windows: a named pipe created with QLocalServer::UserAccessOption admits only this user; there
// is no file to prepare and no peer credential to ask for.
Expected<bool, QString> prepare(const QString &name)
{
    Q_UNUSED(name)
    return true;
}

QString restrictToOwner(const QString &path)
{
    Q_UNUSED(path)
    return {};
}

PeerCheck checkPeer(qintptr descriptor)
{
    Q_UNUSED(descriptor)
    return {};
}

bool shutdownWrite(qintptr descriptor)
{
    Q_UNUSED(descriptor)
    return false;
}

} // namespace Qddns::LocalSocketPlatform
