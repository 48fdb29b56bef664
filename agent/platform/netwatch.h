#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Qddns {

/// \brief Tells the agent that the machine's addresses, default routes or links changed, so
/// that a cycle runs now instead of at the next poll. Linux listens to rtnetlink; elsewhere
/// QNetworkInformation reachability changes are used where Qt has a backend.
///
/// Kernel events come in bursts (an address, its prefix route, a link flag...): all events within
/// debounce() of the first one give ONE changed(), sent debounce() after that first event. The
/// window is not extended by later events, so a change always reaches the engine quickly.
class NetworkWatcher : public QObject
{
    Q_OBJECT
public:
    explicit NetworkWatcher(QObject *parent = nullptr);
    ~NetworkWatcher() override;

    /// \brief Starts listening; false (with a warning logged) when the platform cannot tell.
    bool start();
    bool isActive() const { return m_backend != nullptr; }

    void setDebounce(std::chrono::milliseconds debounce) { m_timer.setInterval(debounce); }
    std::chrono::milliseconds debounce() const { return m_timer.intervalAsDuration(); }

Q_SIGNALS:
    /// \a reason is short and for logs, e.g. "RTM_NEWADDR on eth0 (+3 more)".
    void changed(const QString &reason);

private:
    // Shared by the platform files (netwatch.cpp): collect one event into the current window.
    void noteChange(const QString &reason);
    void flush();
    void setUp();

    struct Backend; // platform state, defined in netwatch_<platform>.cpp
    std::unique_ptr<Backend> m_backend;
    QTimer m_timer;
    QString m_reason;
    int m_merged = 0;
};

} // namespace Qddns
