#pragma once

#include <QByteArray>

#include <chrono>
#include <optional>

namespace Qddns {

/// \brief The systemd notification protocol without libsystemd: datagrams to $NOTIFY_SOCKET.
/// Does nothing when the variable is unset (not started by systemd with Type=notify).
class SdNotifier
{
public:
    SdNotifier();
    bool enabled() const { return !m_socketPath.isEmpty(); }
    /// \brief Sends e.g. "READY=1" or "STATUS=…"; false when it could not be sent.
    bool notify(const QByteArray &state) const;
    /// \brief Half of $WATCHDOG_USEC when the watchdog is on for this process (the interval
    /// systemd's documentation recommends for WATCHDOG=1 pings).
    std::optional<std::chrono::milliseconds> watchdogInterval() const;

private:
    QByteArray m_socketPath;
};

} // namespace Qddns
