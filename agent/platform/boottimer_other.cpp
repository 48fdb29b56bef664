#include "platform/boottimer.h"

#include <QTimer>

namespace Qddns {

// Without a boot-time clock the poll is a QTimer; the platform's network-change signal
// (QNetworkInformation) then has to cover the wake-up.
struct BootTimer::Backend
{
    QTimer timer;
};

BootTimer::BootTimer(QObject *parent) : QObject(parent), m_backend(std::make_unique<Backend>())
{
    connect(&m_backend->timer, &QTimer::timeout, this, &BootTimer::timeout);
}

BootTimer::~BootTimer() = default;

void BootTimer::start(std::chrono::milliseconds interval)
{
    m_interval = interval;
    start();
}

void BootTimer::start()
{
    m_backend->timer.setSingleShot(m_singleShot);
    m_backend->timer.start(m_interval);
}

void BootTimer::stop() { m_backend->timer.stop(); }
bool BootTimer::isActive() const { return m_backend->timer.isActive(); }
qint64 BootTimer::remainingTime() const { return m_backend->timer.remainingTime(); }

} // namespace Qddns
