#pragma once

// Running part of a test in a private network namespace: the test runs itself again under
// `unshare -n`; the child refuses to touch a namespace it did not create.

#include <QCoreApplication>
#include <QNetworkInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <sys/stat.h>
#include <unistd.h>

namespace Qddns::Test {

/// The variable carries the parent's namespace so the child can refuse to run in it.
inline constexpr char kNetnsChildVariable[] = "QDDNS_NETNS_CHILD";

/// \brief The network namespace's inode number (its identity); empty when unreadable.
inline QString networkNamespace(const QString &process = QStringLiteral("self"))
{
    struct stat st = {};
    if (::stat(qPrintable(QStringLiteral("/proc/%1/ns/net").arg(process)), &st) != 0)
        return {};
    return QString::number(st.st_ino);
}

inline QString findTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

/// \brief Runs `ip <args>`; an empty string on success, else what went wrong.
inline QString ip(const QString &args)
{
    QProcess process;
    process.start(findTool(QStringLiteral("ip")), args.split(QLatin1Char(' ')));
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("ip %1: %2").arg(args, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return {};
}

/// \brief Why this test may not run its namespace part here (empty: it may): needs root,
/// unshare (util-linux) and ip (iproute2).
inline QString namespaceUnavailable()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root: the test creates a network namespace with unshare -n");
    if (findTool(QStringLiteral("unshare")).isEmpty() || findTool(QStringLiteral("ip")).isEmpty())
        return QStringLiteral("needs unshare (util-linux) and ip (iproute2)");
    return {};
}

/// \brief In the child: whether this is a fresh private namespace made for us (differs from the
/// parent's, holds nothing but lo). The variable alone proves nothing: it may be set by hand.
inline bool inFreshPrivateNamespace()
{
    const QString own = networkNamespace();
    if (own.isEmpty() || own == qEnvironmentVariable(kNetnsChildVariable)
        || own == networkNamespace(QString::number(::getppid())))
        return false;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    return interfaces.size() == 1 && interfaces.first().flags().testFlag(QNetworkInterface::IsLoopBack);
}

/// \brief Starts this test binary again as `unshare -n <self> <testFunction>` with the marker set.
inline void startInNamespace(QProcess &child, const QString &testFunction)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kNetnsChildVariable), networkNamespace());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(findTool(QStringLiteral("unshare")), {QStringLiteral("-n"), QCoreApplication::applicationFilePath(), testFunction});
}

} // namespace Qddns::Test
