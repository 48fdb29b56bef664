#include "platform/signals.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Qddns {

namespace {
// The handler only writes the signal's number into a socket pair; the event loop reads it.
int g_fd[2] = {-1, -1};

void onSignal(int signal)
{
    const char c = char(signal);
    [[maybe_unused]] auto n = ::write(g_fd[1], &c, 1);
}
} // namespace

struct SignalWatcher::Private
{
    std::unique_ptr<QSocketNotifier> notifier;
};

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fd) != 0)
        return;
    d->notifier = std::make_unique<QSocketNotifier>(g_fd[0], QSocketNotifier::Read);
    connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
        char c = 0;
        if (::read(g_fd[0], &c, 1) != 1)
            return;
        if (c == SIGHUP)
            Q_EMIT reloadRequested();
        else
            Q_EMIT stopRequested(int(c));
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGHUP, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
}

SignalWatcher::~SignalWatcher()
{
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    d->notifier.reset();
    for (int &fd : g_fd) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

} // namespace Qddns
