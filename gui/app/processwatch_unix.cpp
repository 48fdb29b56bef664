#include "app/processwatch.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace Qddns::Gui {

bool isProcessRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    // EPERM: it exists, as another user's process.
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
#ifdef Q_OS_LINUX
    // Field 3 of /proc/PID/stat is the state, after the name in parentheses (which may hold any
    // character, so look for the last ')').
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.read(1024);
    const qsizetype paren = text.lastIndexOf(')');
    if (paren > 0 && paren + 2 < text.size()) {
        const char state = text.at(paren + 2);
        return state != 'Z' && state != 'X';
    }
#endif
    return true;
}

} // namespace Qddns::Gui
