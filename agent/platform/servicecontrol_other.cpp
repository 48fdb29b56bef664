#include "platform/servicecontrol.h"

namespace Qddns::ServiceControl {

bool available() { return false; }

QString control(const QString &subcommand, const QStringList &runArguments)
{
    Q_UNUSED(runArguments)
    return QStringLiteral("`service %1` is for Windows; here the agent runs under systemd (service install-unit) or launchd "
                          "(installers/macos)").arg(subcommand);
}

int runAsService(const std::function<int()> &run, Requests *requests, QString *error)
{
    Q_UNUSED(run)
    Q_UNUSED(requests)
    *error = QStringLiteral("running under a Service Control Manager is for Windows");
    return -1;
}

} // namespace Qddns::ServiceControl
