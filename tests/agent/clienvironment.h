#pragma once

// What the command-line tests of qddns-agent share: a machine as a user over SSH has it, and a
// read-only file system for the agent alone.

#include "fakes/netns.h"
#include "fakes/process.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <unistd.h>

namespace Qddns::Test {

/// \brief The environment of a login over SSH: a home of its own, no D-Bus session, no display,
/// a runtime directory with no bus in it. The agent finds its default files under \a home.
inline QProcessEnvironment sshEnvironment(const QString &home, const QString &runtimeDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                             "XDG_STATE_HOME", "CREDENTIALS_DIRECTORY", "JOURNAL_STREAM"})
        env.remove(QString::fromLatin1(name));
    QDir().mkpath(home);
    QDir().mkpath(runtimeDir);
    QFile::setPermissions(runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    return env;
}

/// \brief Writes \a text to \a path, creating the directory.
inline bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text) == text.size();
}

inline QByteArray readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// \brief Why this test cannot give the agent a read-only file system (empty: it can): root bypasses
/// permission bits, so a read-only bind mount in a private mount namespace (unshare -m) stands in.
inline QString readOnlyMountUnavailable()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root: a read-only bind mount in a private mount namespace");
    if (findTool(QStringLiteral("unshare")).isEmpty() || findTool(QStringLiteral("mount")).isEmpty())
        return QStringLiteral("needs unshare and mount (util-linux)");
    return {};
}

/// \brief Runs the agent with \a args in a private mount namespace where \a readOnly (a directory
/// or a file) is mounted read-only; nothing outside the agent sees the mount.
inline ProcessRun runAgentWithReadOnly(const QString &readOnly, const QStringList &args,
                                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return runProgram(findTool(QStringLiteral("unshare")),
                      QStringList{QStringLiteral("-m"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("mount --bind -o ro \"$0\" \"$0\" && exec \"$@\""), readOnly,
                                  QStringLiteral(QDDNS_AGENT_BINARY)} + args,
                      env);
}

} // namespace Qddns::Test
