// rtnetlink backend: the kernel multicasts address, route and link changes to every
// NETLINK_ROUTE socket bound to the groups, so no polling and no privileges are needed.
#include "platform/netwatch.h"

#include "core/logging.h"

#include <QByteArray>
#include <QHash>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Qddns {

struct NetworkWatcher::Backend
{
    int fd = -1;
    QSocketNotifier *notifier = nullptr;
    // Last flags seen per address (key: ifindex, family, address bytes): the kernel re-sends
    // RTM_NEWADDR whenever a lifetime is refreshed (every IPv6 router advertisement), which
    // must not start a cycle, while a tentative address becoming usable must.
    QHash<QByteArray, quint8> addresses;
    // Last IFF_UP | IFF_RUNNING per link: RTM_NEWLINK also reports MTU, name and wireless
    // changes (Wi-Fi drivers send them on every scan), which cannot change an address.
    // Both tables start empty, so the first message about an existing link or address is
    // reported once: cheaper than dumping the tables at start, and harmless.
    QHash<int, unsigned> links;

    ~Backend()
    {
        delete notifier;
        if (fd >= 0)
            ::close(fd);
    }
};

namespace {

QString interfaceName(int index)
{
    char name[IF_NAMESIZE] = {};
    if (::if_indextoname(unsigned(index), name))
        return QString::fromLocal8Bit(name);
    return QStringLiteral("interface %1").arg(index); // already gone (deleted link)
}

QString reasonText(const char *type, int index)
{
    return QStringLiteral("%1 on %2").arg(QLatin1String(type), interfaceName(index));
}

// The reason to report for one message, or a null string when it cannot matter.
QString inspect(const nlmsghdr *h, QHash<QByteArray, quint8> &addresses, QHash<int, unsigned> &links)
{
    switch (h->nlmsg_type) {
    case RTM_NEWADDR:
    case RTM_DELADDR: {
        if (h->nlmsg_len < NLMSG_LENGTH(sizeof(ifaddrmsg)))
            return {};
        const auto *ifa = static_cast<const ifaddrmsg *>(NLMSG_DATA(h));
        // Loopback and link-local addresses are never published.
        if (ifa->ifa_scope >= RT_SCOPE_LINK)
            return {};
        QByteArray key(reinterpret_cast<const char *>(&ifa->ifa_index), sizeof(ifa->ifa_index));
        key.append(char(ifa->ifa_family));
        int len = int(IFA_PAYLOAD(h));
        for (auto *rta = IFA_RTA(ifa); RTA_OK(rta, len); rta = RTA_NEXT(rta, len)) {
            if (rta->rta_type == IFA_ADDRESS || rta->rta_type == IFA_LOCAL) // LOCAL differs on point-to-point links
                key.append(static_cast<const char *>(RTA_DATA(rta)), int(RTA_PAYLOAD(rta)));
        }
        if (h->nlmsg_type == RTM_DELADDR) {
            addresses.remove(key);
            return reasonText("RTM_DELADDR", int(ifa->ifa_index));
        }
        const quint8 state = ifa->ifa_flags & (IFA_F_TENTATIVE | IFA_F_DEPRECATED | IFA_F_DADFAILED);
        const auto known = addresses.constFind(key);
        if (known != addresses.cend() && *known == state)
            return {};
        addresses.insert(key, state);
        return reasonText("RTM_NEWADDR", int(ifa->ifa_index));
    }
    case RTM_NEWROUTE:
    case RTM_DELROUTE: {
        if (h->nlmsg_len < NLMSG_LENGTH(sizeof(rtmsg)))
            return {};
        // Only default routes: prefix, local and multicast routes come and go with the
        // addresses already reported.
        const auto *rtm = static_cast<const rtmsg *>(NLMSG_DATA(h));
        if (rtm->rtm_dst_len != 0 || rtm->rtm_type != RTN_UNICAST || rtm->rtm_table == RT_TABLE_LOCAL)
            return {};
        int index = 0;
        int len = int(RTM_PAYLOAD(h));
        for (auto *rta = RTM_RTA(rtm); RTA_OK(rta, len); rta = RTA_NEXT(rta, len)) {
            if (rta->rta_type == RTA_OIF && RTA_PAYLOAD(rta) >= sizeof(int))
                std::memcpy(&index, RTA_DATA(rta), sizeof(int));
        }
        const char *type = h->nlmsg_type == RTM_NEWROUTE ? "RTM_NEWROUTE default" : "RTM_DELROUTE default";
        return index ? reasonText(type, index) : QString::fromLatin1(type);
    }
    case RTM_NEWLINK:
    case RTM_DELLINK: {
        if (h->nlmsg_len < NLMSG_LENGTH(sizeof(ifinfomsg)))
            return {};
        const auto *ifi = static_cast<const ifinfomsg *>(NLMSG_DATA(h));
        // A deleted link's addresses and routes are withdrawn with their own messages.
        if (h->nlmsg_type == RTM_DELLINK) {
            links.remove(ifi->ifi_index);
            return {};
        }
        const unsigned state = ifi->ifi_flags & (IFF_UP | IFF_RUNNING);
        const auto known = links.constFind(ifi->ifi_index);
        if (known != links.cend() && *known == state)
            return {};
        links.insert(ifi->ifi_index, state);
        return reasonText(state == (IFF_UP | IFF_RUNNING) ? "RTM_NEWLINK up" : "RTM_NEWLINK down", ifi->ifi_index);
    }
    default:
        return {};
    }
}

} // namespace

NetworkWatcher::NetworkWatcher(QObject *parent) : QObject(parent)
{
    setUp();
}

NetworkWatcher::~NetworkWatcher() = default;

bool NetworkWatcher::start()
{
    if (m_backend)
        return true;
    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, NETLINK_ROUTE);
    if (fd < 0) {
        qCWarning(lcScheduler) << "network changes will not be noticed before the next poll: netlink socket:"
                               << std::strerror(errno);
        return false;
    }
    sockaddr_nl local = {};
    local.nl_family = AF_NETLINK;
    local.nl_groups = RTMGRP_LINK | RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR | RTMGRP_IPV4_ROUTE | RTMGRP_IPV6_ROUTE;
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&local), sizeof(local)) < 0) {
        qCWarning(lcScheduler) << "network changes will not be noticed before the next poll: netlink bind:"
                               << std::strerror(errno);
        ::close(fd);
        return false;
    }
    m_backend = std::make_unique<Backend>();
    m_backend->fd = fd;
    m_backend->notifier = new QSocketNotifier(fd, QSocketNotifier::Read);
    connect(m_backend->notifier, &QSocketNotifier::activated, this, [this] {
        // Drain everything pending: one activation may stand for many messages.
        alignas(nlmsghdr) char buffer[32768];
        for (;;) {
            sockaddr_nl from = {};
            socklen_t fromLen = sizeof(from);
            const ssize_t n = ::recvfrom(m_backend->fd, buffer, sizeof(buffer), 0, reinterpret_cast<sockaddr *>(&from), &fromLen);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                // ENOBUFS: the kernel dropped messages because we were slow; something changed.
                if (errno == ENOBUFS)
                    noteChange(QStringLiteral("netlink overflow"));
                else if (errno != EAGAIN && errno != EWOULDBLOCK)
                    qCWarning(lcScheduler) << "netlink receive:" << std::strerror(errno);
                return;
            }
            if (from.nl_pid != 0) // only the kernel speaks on these groups
                continue;
            int len = int(n);
            // glibc's NLMSG_OK compares the header's unsigned length with the int length.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsign-compare"
            for (auto *h = reinterpret_cast<const nlmsghdr *>(buffer); NLMSG_OK(h, len); h = NLMSG_NEXT(h, len)) {
#pragma GCC diagnostic pop
                const QString reason = inspect(h, m_backend->addresses, m_backend->links);
                if (reason.isEmpty())
                    continue;
                qCDebug(lcScheduler).noquote() << "network event:" << reason;
                noteChange(reason);
            }
        }
    });
    qCDebug(lcScheduler) << "watching rtnetlink for address, route and link changes";
    return true;
}

} // namespace Qddns
