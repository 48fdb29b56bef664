#include "platform/localsocket.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <optional>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

namespace Qddns::LocalSocketPlatform {

namespace {
QString errnoText(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

// Creates what is missing of \a dir, owner-only: these directories are the agent's own.
Expected<bool, QString> createDirectories(const QString &dir)
{
    QStringList missing;
    for (QString d = dir; !QFileInfo::exists(d) && d != QFileInfo(d).path(); d = QFileInfo(d).path())
        missing.prepend(d);
    for (const QString &d : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(d);
        if (::mkdir(name.constData(), S_IRWXU) != 0) {
            if (errno == EEXIST)
                continue; // made by someone else meanwhile: checked like any directory not ours
            return Unexpected{QStringLiteral("cannot create the socket directory %1: %2").arg(d, errnoText(errno))};
        }
        ::chmod(name.constData(), S_IRWXU); // whatever the umask took away
        qCInfo(lcIpc).noquote() << "created the socket directory" << d << "(mode 0700)";
    }
    return true;
}

// The directory is left as it is (the agent never changes the mode of one it did not create),
// but it must not let another user replace the socket: clients trust what answers there.
Expected<bool, QString> checkDirectory(const QString &dir)
{
    struct stat st{};
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0)
        return Unexpected{QStringLiteral("cannot use the socket directory %1: %2").arg(dir, errnoText(errno))};
    if (!S_ISDIR(st.st_mode))
        return Unexpected{QStringLiteral("the socket directory %1 is not a directory").arg(dir)};
    if (st.st_uid != ::geteuid() && st.st_uid != 0)
        return Unexpected{QStringLiteral("the socket directory %1 belongs to another user (uid %2), who could replace the socket; "
                                         "choose a directory of your own").arg(dir).arg(st.st_uid)};
    // A sticky world-writable directory (/tmp) is safe: only the owner of a name may remove it.
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) && !(st.st_mode & S_ISVTX))
        return Unexpected{QStringLiteral("the socket directory %1 is writable by other users (mode %2), who could replace the socket; "
                                         "choose a directory only you can write to (the agent does not change the mode of a directory it did not create)")
                              .arg(dir, QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0')))};
    return true;
}

// Clears \a path for a new socket: nothing there, or a socket nobody listens on any more (an
// agent that died: the caller holds the state directory's lock). Anything else stays.
Expected<bool, QString> clearSocketPath(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un addr{};
    if (size_t(name.size()) >= sizeof addr.sun_path)
        return Unexpected{QStringLiteral("the socket path %1 is too long (%2 bytes; at most %3)").arg(path).arg(name.size()).arg(sizeof addr.sun_path - 1)};
    struct stat st{};
    if (::lstat(name.constData(), &st) != 0) {
        if (errno == ENOENT)
            return true;
        return Unexpected{QStringLiteral("cannot use the socket path %1: %2").arg(path, errnoText(errno))};
    }
    if (!S_ISSOCK(st.st_mode))
        return Unexpected{QStringLiteral("%1 exists and is not a socket: the agent does not replace it; remove it or choose another --socket path").arg(path)};
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, name.constData(), size_t(name.size()));
    const int probe = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int connected = probe < 0 ? -1 : ::connect(probe, reinterpret_cast<const sockaddr *>(&addr), sizeof addr);
    const int error = connected == 0 ? 0 : errno;
    if (probe >= 0)
        ::close(probe);
    if (connected == 0 || error == EAGAIN)
        return Unexpected{QStringLiteral("another process listens on %1 (an agent with another state directory?); choose another --socket path").arg(path)};
    if (error != ECONNREFUSED)
        return Unexpected{QStringLiteral("cannot use the socket path %1: %2").arg(path, errnoText(error))};
    if (::unlink(name.constData()) != 0)
        return Unexpected{QStringLiteral("cannot remove the stale socket %1: %2").arg(path, errnoText(errno))};
    qCDebug(lcIpc).noquote() << "removed the stale socket" << path;
    return true;
}

Expected<bool, QString> prepareSocketPath(const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (const auto created = createDirectories(dir); !created)
        return created;
    if (const auto checked = checkDirectory(dir); !checked)
        return checked;
    return clearSocketPath(path);
}

// The uid of the process at the other end.
std::optional<uint> peerUid(qintptr fd, qint64 *pid)
{
#if defined(Q_OS_LINUX)
    ucred cred{};
    socklen_t len = sizeof cred;
    if (::getsockopt(int(fd), SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
        return std::nullopt;
    *pid = cred.pid;
    return uint(cred.uid);
#else
    uid_t uid = 0;
    gid_t gid = 0;
    *pid = -1;
    if (::getpeereid(int(fd), &uid, &gid) != 0)
        return std::nullopt;
    return uint(uid);
#endif
}
} // namespace

Expected<bool, QString> prepare(const QString &name)
{
    // Where QLocalServer puts it: a name without a leading '/' goes into the temporary directory.
    const QString path = name.startsWith(QLatin1Char('/')) ? name : QDir::cleanPath(QDir::tempPath()) + QLatin1Char('/') + name;
    return prepareSocketPath(path);
}

QString restrictToOwner(const QString &path)
{
    // QLocalServer leaves it 0700 (UserAccessOption); connecting needs read and write only.
    if (::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR) != 0)
        return QStringLiteral("cannot make %1 mode 0600: %2").arg(path, errnoText(errno));
    return {};
}

PeerCheck checkPeer(qintptr descriptor)
{
    qint64 pid = -1;
    const auto uid = peerUid(descriptor, &pid);
    if (uid && *uid == uint(::geteuid()))
        return {};
    return {false,
            QStringLiteral("refused a connection from uid %1 (pid %2): only uid %3 may use this agent")
                .arg(uid ? QString::number(*uid) : QStringLiteral("unknown")).arg(pid).arg(::geteuid()),
            QStringLiteral("this agent serves only its own user (uid %1)").arg(::geteuid())};
}

bool shutdownWrite(qintptr descriptor)
{
    return ::shutdown(int(descriptor), SHUT_WR) == 0;
}

} // namespace Qddns::LocalSocketPlatform
