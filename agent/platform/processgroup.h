#pragma once

#include <QProcess>

namespace Qddns {

/// \brief Starts \a process (not yet started) as the leader of a process group of its own, so
/// that signalProcessGroup() reaches everything it starts: a hook that forks must not leave its
/// children running past its timeout. Unix: a new session (setsid) in the child; elsewhere a
/// plain process.
void useOwnProcessGroup(QProcess &process);

/// \brief Sends the process group led by \a process (started with useOwnProcessGroup()) a request
/// to stop (SIGTERM) or, with \a kill, SIGKILL. Elsewhere: the process alone (terminate/kill).
/// \a groupId is the leader's pid, which stays the group's id after the leader exited.
void signalProcessGroup(QProcess &process, qint64 groupId, bool kill);

/// \brief Whether any process of the group \a groupId is still alive (false where there are no
/// process groups).
bool processGroupAlive(qint64 groupId);

} // namespace Qddns
