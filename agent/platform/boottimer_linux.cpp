#include "platform/boottimer.h"

#include "core/logging.h"

#include <QSocketNotifier>

#include <sys/timerfd.h>
#include <unistd.h>

namespace Qddns {

struct BootTimer::Backend
{
    int fd = -1;
    bool active = false;
    std::unique_ptr<QSocketNotifier> notifier;
};

BootTimer::BootTimer(QObject *parent) : QObject(parent), m_backend(std::make_unique<Backend>())
{
    m_backend->fd = ::timerfd_create(CLOCK_BOOTTIME, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_backend->fd < 0) {
        qCCritical(lcScheduler).noquote() << "timerfd_create(CLOCK_BOOTTIME) failed:" << qt_error_string(errno);
        return;
    }
    m_backend->notifier = std::make_unique<QSocketNotifier>(m_backend->fd, QSocketNotifier::Read);
    connect(m_backend->notifier.get(), &QSocketNotifier::activated, this, [this] {
        quint64 expirations = 0;
        if (::read(m_backend->fd, &expirations, sizeof expirations) != sizeof expirations)
            return;
        if (m_singleShot)
            m_backend->active = false;
        Q_EMIT timeout(); // once, however many periods passed during a suspend
    });
}

BootTimer::~BootTimer()
{
    m_backend->notifier.reset();
    if (m_backend->fd >= 0)
        ::close(m_backend->fd);
}

namespace {
timespec toTimespec(std::chrono::milliseconds ms)
{
    // 0 would disarm the timer: the shortest wait is 1 ms.
    const qint64 value = std::max<qint64>(1, ms.count());
    return {time_t(value / 1000), long(value % 1000) * 1000000L};
}
} // namespace

void BootTimer::start(std::chrono::milliseconds interval)
{
    m_interval = interval;
    start();
}

void BootTimer::start()
{
    if (m_backend->fd < 0)
        return;
    itimerspec spec{};
    spec.it_value = toTimespec(m_interval);
    if (!m_singleShot)
        spec.it_interval = spec.it_value;
    ::timerfd_settime(m_backend->fd, 0, &spec, nullptr);
    m_backend->active = true;
}

void BootTimer::stop()
{
    if (m_backend->fd < 0)
        return;
    const itimerspec disarm{};
    ::timerfd_settime(m_backend->fd, 0, &disarm, nullptr);
    quint64 drained = 0;
    [[maybe_unused]] auto n = ::read(m_backend->fd, &drained, sizeof drained); // an expiry not yet seen
    m_backend->active = false;
}

bool BootTimer::isActive() const { return m_backend->active; }

qint64 BootTimer::remainingTime() const
{
    if (!m_backend->active || m_backend->fd < 0)
        return -1;
    itimerspec spec{};
    if (::timerfd_gettime(m_backend->fd, &spec) != 0)
        return -1;
    return qint64(spec.it_value.tv_sec) * 1000 + spec.it_value.tv_nsec / 1000000;
}

} // namespace Qddns
