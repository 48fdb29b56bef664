#include "platform/localsocket.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <grp.h>
#include <optional>
#include <vector>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>
#if defined(Q_OS_DARWIN) || defined(Q_OS_FREEBSD)
#include <sys/ucred.h> // xucred, for LOCAL_PEERCRED
#endif

namespace Qddns::LocalSocketPlatform {

namespace {
QString errnoText(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

// Creates what is missing of \a dir, owner-only: these directories are the agent's own. With a
// socket group they are 0710 and the group's, so members pass through them but list nothing.
Expected<bool, QString> createDirectories(const QString &dir, const std::optional<SocketGroup> &group)
{
    const mode_t mode = group ? S_IRWXU | S_IXGRP : S_IRWXU;
    QStringList missing;
    for (QString d = dir; !QFileInfo::exists(d) && d != QFileInfo(d).path(); d = QFileInfo(d).path())
        missing.prepend(d);
    for (const QString &d : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(d);
        if (::mkdir(name.constData(), mode) != 0) {
            if (errno == EEXIST)
                continue; // made by someone else meanwhile: checked like any directory not ours
            return Unexpected{QStringLiteral("cannot create the socket directory %1: %2").arg(d, errnoText(errno))};
        }
        if (group && ::chown(name.constData(), uid_t(-1), gid_t(group->gid)) != 0)
            return Unexpected{QStringLiteral("cannot give the socket directory %1 to group %2 (gid %3): %4; the agent's user must be a member of it")
                                  .arg(d, group->name).arg(group->gid).arg(errnoText(errno))};
        ::chmod(name.constData(), mode); // whatever the umask took away
        qCInfo(lcIpc).noquote() << "created the socket directory" << d << (group ? QStringLiteral("(mode 0710, group %1)").arg(group->name) : QStringLiteral("(mode 0700)"));
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

Expected<bool, QString> prepareSocketPath(const QString &path, const std::optional<SocketGroup> &group)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (const auto created = createDirectories(dir, group); !created)
        return created;
    if (const auto checked = checkDirectory(dir); !checked)
        return checked;
    return clearSocketPath(path);
}

// Who is at the other end: uid, primary gid and (on Linux) supplementary groups.
struct Peer
{
    uint uid = 0;
    uint gid = 0;
    qint64 pid = -1;
    std::vector<gid_t> groups;
};

std::optional<Peer> peerOf(qintptr fd)
{
    Peer peer;
#if defined(Q_OS_LINUX)
    ucred cred{};
    socklen_t len = sizeof cred;
    if (::getsockopt(int(fd), SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
        return std::nullopt;
    peer.uid = cred.uid;
    peer.gid = cred.gid;
    peer.pid = cred.pid;
    // The groups the peer had when it connected, from the kernel: no user database involved.
    peer.groups.resize(32);
    for (int attempt = 0; attempt < 2; ++attempt) {
        socklen_t size = socklen_t(peer.groups.size() * sizeof(gid_t));
        if (::getsockopt(int(fd), SOL_SOCKET, SO_PEERGROUPS, peer.groups.data(), &size) == 0) {
            peer.groups.resize(size / sizeof(gid_t));
            return peer;
        }
        if (errno != ERANGE)
            break;
        peer.groups.resize(size / sizeof(gid_t) + 1);
    }
    peer.groups.clear(); // unknown: only the primary group counts
#else
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(fd), &uid, &gid) != 0)
        return std::nullopt;
    peer.uid = uid;
    peer.gid = gid;
#if defined(LOCAL_PEERCRED) && defined(XUCRED_VERSION)
    // macOS and FreeBSD: the groups the peer had when it connected (at most 16 are reported).
    xucred cred{};
    socklen_t len = sizeof cred;
    if (::getsockopt(int(fd), SOL_LOCAL, LOCAL_PEERCRED, &cred, &len) == 0 && cred.cr_version == XUCRED_VERSION)
        peer.groups.assign(cred.cr_groups, cred.cr_groups + cred.cr_ngroups);
#endif
#endif
    return peer;
}
} // namespace

Expected<SocketGroup, QString> resolveGroup(const QString &nameOrNumber)
{
    if (nameOrNumber.isEmpty())
        return Unexpected{QStringLiteral("--socket-group needs a group name or number")};
    std::vector<char> buffer(16384);
    struct group entry{};
    struct group *found = nullptr;
    bool numeric = false;
    const uint gid = nameOrNumber.toUInt(&numeric);
    if (numeric) {
        // A number needs no entry in the group database (a container, a group of LDAP).
        ::getgrgid_r(gid_t(gid), &entry, buffer.data(), buffer.size(), &found);
        return SocketGroup{gid, found ? QString::fromLocal8Bit(found->gr_name) : nameOrNumber};
    }
    const int error = ::getgrnam_r(QFile::encodeName(nameOrNumber).constData(), &entry, buffer.data(), buffer.size(), &found);
    if (!found)
        return Unexpected{QStringLiteral("--socket-group: there is no group \"%1\"%2; create it (groupadd --system %1) or give a group number")
                              .arg(nameOrNumber, error ? QStringLiteral(" (%1)").arg(errnoText(error)) : QString())};
    return SocketGroup{uint(found->gr_gid), nameOrNumber};
}

Expected<bool, QString> prepare(const QString &name, const std::optional<SocketGroup> &group)
{
    // Where QLocalServer puts it: a name without a leading '/' goes into the temporary directory.
    const QString path = name.startsWith(QLatin1Char('/')) ? name : QDir::cleanPath(QDir::tempPath()) + QLatin1Char('/') + name;
    return prepareSocketPath(path, group);
}

QString restrictAccess(const QString &path, const std::optional<SocketGroup> &group)
{
    const QByteArray name = QFile::encodeName(path);
    if (!group) {
        // QLocalServer leaves it 0700 (UserAccessOption); connecting needs read and write only.
        if (::chmod(name.constData(), S_IRUSR | S_IWUSR) != 0)
            return QStringLiteral("cannot make %1 mode 0600: %2").arg(path, errnoText(errno));
        return {};
    }
    // Group first, mode second: the socket is never open to a group it does not belong to.
    if (::chown(name.constData(), uid_t(-1), gid_t(group->gid)) != 0)
        return QStringLiteral("cannot give the socket %1 to group %2 (gid %3): %4; the agent's user must be a member of it")
            .arg(path, group->name).arg(group->gid).arg(errnoText(errno));
    if (::chmod(name.constData(), S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP) != 0)
        return QStringLiteral("cannot make %1 mode 0660: %2").arg(path, errnoText(errno));
    const QString dir = QFileInfo(path).absolutePath();
    struct stat st{};
    if (::stat(QFile::encodeName(dir).constData(), &st) == 0 && !(st.st_mode & S_IXOTH)
        && !(st.st_gid == gid_t(group->gid) && (st.st_mode & S_IXGRP)))
        return QStringLiteral("members of group %1 cannot reach the socket: its directory %2 (mode %3) lets neither that group nor "
                              "others pass; the agent does not change a directory it did not create")
            .arg(group->name, dir, QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0')));
    return {};
}

PeerCheck checkPeer(qintptr descriptor, const std::optional<SocketGroup> &group)
{
    const auto peer = peerOf(descriptor);
    PeerCheck check;
    check.who = peer ? QStringLiteral("uid %1 (pid %2)").arg(peer->uid).arg(peer->pid) : QStringLiteral("an unknown peer");
    // Root may read the agent's files and memory anyway; refusing it would protect nothing.
    if (peer && (peer->uid == uint(::geteuid()) || peer->uid == 0))
        return check;
    if (peer && group
        && (peer->gid == group->gid || std::find(peer->groups.cbegin(), peer->groups.cend(), gid_t(group->gid)) != peer->groups.cend())) {
        check.access = PeerAccess::Member;
        return check;
    }
    check.access = PeerAccess::Refused;
    if (!group) {
        check.logLine = QStringLiteral("refused a connection from %1: only uid %2 may use this agent").arg(check.who).arg(::geteuid());
        check.reply = QStringLiteral("this agent serves only its own user (uid %1)").arg(::geteuid());
        return check;
    }
    check.logLine = QStringLiteral("refused a connection from %1: not uid %2 and not in group %3 (gid %4)")
                        .arg(check.who).arg(::geteuid()).arg(group->name).arg(group->gid);
    check.reply = QStringLiteral("this agent serves its own user (uid %1) and the members of group \"%2\" (gid %3); to join it: "
                                 "sudo usermod -aG %2 $USER, then log in again")
                      .arg(::geteuid()).arg(group->name).arg(group->gid);
    return check;
}

bool shutdownWrite(qintptr descriptor)
{
    return ::shutdown(int(descriptor), SHUT_WR) == 0;
}

} // namespace Qddns::LocalSocketPlatform
