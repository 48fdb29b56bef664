#pragma once

#include <QObject>

#include <chrono>
#include <memory>

namespace Qddns {

/// \brief A timer on the clock that keeps running while the machine sleeps (CLOCK_BOOTTIME on
/// Linux). QTimer counts monotonic time, which stops during suspend: a 5-minute poll due when
/// a laptop went to sleep would come 5 minutes after it wakes up, on a network that has
/// likely changed. This one fires as soon as the machine resumes when its time passed meanwhile.
/// Elsewhere it is a QTimer.
class BootTimer : public QObject
{
    Q_OBJECT
public:
    explicit BootTimer(QObject *parent = nullptr);
    ~BootTimer() override;

    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }
    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    void start();
    void start(std::chrono::milliseconds interval);
    void stop();
    bool isActive() const;
    /// \brief Milliseconds until it fires; -1 when stopped.
    qint64 remainingTime() const;

Q_SIGNALS:
    void timeout();

private:
    struct Backend; // defined in boottimer_<platform>.cpp
    std::unique_ptr<Backend> m_backend;
    std::chrono::milliseconds m_interval{0};
    bool m_singleShot = false;
};

} // namespace Qddns
