// The platform-independent half of NetworkWatcher: the debounce window.
#include "platform/netwatch.h"

namespace Qddns {

// Called by each platform's constructor (there Backend is complete, as unique_ptr needs).
void NetworkWatcher::setUp()
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::milliseconds(300));
    connect(&m_timer, &QTimer::timeout, this, &NetworkWatcher::flush);
}

void NetworkWatcher::noteChange(const QString &reason)
{
    if (m_timer.isActive()) {
        ++m_merged;
        return;
    }
    m_reason = reason;
    m_merged = 0;
    m_timer.start();
}

void NetworkWatcher::flush()
{
    Q_EMIT changed(m_merged ? QStringLiteral("%1 (+%2 more)").arg(m_reason).arg(m_merged) : m_reason);
}

} // namespace Qddns
