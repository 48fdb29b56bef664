#include "platform/sdnotify.h"

#include <QCoreApplication>

namespace Qddns {

SdNotifier::SdNotifier() : m_socketPath(qgetenv("NOTIFY_SOCKET")) {}

std::optional<std::chrono::milliseconds> SdNotifier::watchdogInterval() const
{
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    if (!ok || usec <= 0)
        return std::nullopt;
    // WATCHDOG_PID, when set, names the process the watchdog is meant for.
    const QByteArray pid = qgetenv("WATCHDOG_PID");
    if (!pid.isEmpty() && pid.toLongLong() != QCoreApplication::applicationPid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(1, usec / 2000));
}

} // namespace Qddns
