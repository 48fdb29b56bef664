#include "ipc/endpoint.h"

#include "core/paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace Qddns::Ipc {

namespace {
QString stateSuffix(const QString &stateDir)
{
    const QString canonical = QDir::cleanPath(QFileInfo(stateDir).absoluteFilePath());
    if (canonical == QDir::cleanPath(QFileInfo(defaultStateDirectory()).absoluteFilePath()))
        return {};
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QLatin1Char('-') + QString::fromLatin1(hash);
}
} // namespace

QString defaultSocketPath(const QString &stateDir)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        return runtime + QStringLiteral("/qddns/agent") + stateSuffix(stateDir) + QStringLiteral(".socket");
    return QDir::cleanPath(stateDir) + QStringLiteral("/agent.socket");
#else
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    user.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("qddns-agent-") + user + stateSuffix(stateDir);
#endif
}

} // namespace Qddns::Ipc
