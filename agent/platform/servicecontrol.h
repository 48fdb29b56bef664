#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace Qddns::ServiceControl {

/// \brief Whether `qddns-agent service install|uninstall|start|stop|run` exist here: Windows,
/// through its Service Control Manager (winservice_win.cpp). Elsewhere systemd and launchd do
/// this with the files in installers/.
bool available();

/// \brief install (this agent, `service run` with \a runArguments), uninstall, start or stop;
/// an error text, empty when done.
QString control(const QString &subcommand, const QStringList &runArguments);

/// \brief What the service control handler asks of the running agent, delivered in the
/// receiver's thread (the handler runs in a thread of the SCM's).
class Requests : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void stopRequested();
    void resumedFromSleep();
};

/// \brief Runs \a run (the agent's event loop) as the service the SCM started, with \a requests
/// told when the SCM asks it to stop or the machine wakes up. Returns \a run's exit code, or -1
/// with \a error set when this process was not started as a service.
int runAsService(const std::function<int()> &run, Requests *requests, QString *error);

} // namespace Qddns::ServiceControl
