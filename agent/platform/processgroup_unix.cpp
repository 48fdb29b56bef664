#include "platform/processgroup.h"

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Qddns {

void useOwnProcessGroup(QProcess &process)
{
    // A new session: its own process group, and no controlling terminal, so a Ctrl-C meant for a
    // foreground agent does not reach its hooks (the agent ends them itself).
    process.setChildProcessModifier([] { ::setsid(); });
}

void signalProcessGroup(QProcess &process, qint64 groupId, bool kill)
{
    Q_UNUSED(process); // the group reaches it, and its children after it exited
    if (groupId > 0)
        ::kill(-static_cast<pid_t>(groupId), kill ? SIGKILL : SIGTERM); // ESRCH: all gone already
}

bool processGroupAlive(qint64 groupId)
{
    return groupId > 0 && (::kill(-static_cast<pid_t>(groupId), 0) == 0 || errno == EPERM);
}

} // namespace Qddns
