#pragma once

#include <QObject>

#include <memory>

namespace Qddns {

/// \brief The platform's requests to stop or reload, delivered in the event loop: SIGTERM and
/// SIGINT (stop), SIGHUP (reload) on Unix, where SIGPIPE is also ignored (a client gone
/// mid-write is an error return, not a reason to die). Only one may exist at a time.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signal);
    void reloadRequested();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Qddns
