#include "platform/processgroup.h"

namespace Qddns {

// No process groups to speak of: the process alone is stopped (Windows would need a job object).
void useOwnProcessGroup(QProcess &) {}

void signalProcessGroup(QProcess &process, qint64, bool kill)
{
    if (process.state() == QProcess::NotRunning)
        return;
    if (kill)
        process.kill();
    else
        process.terminate();
}

bool processGroupAlive(qint64)
{
    return false;
}

} // namespace Qddns
