#include "platform/servicecontrol.h"

#include "platform/winservice_win.h"

#include <QCoreApplication>
#include <QDir>
#include <QMetaObject>

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

// The Qt side of winservice_win.cpp (plain Win32): strings, the command line, and the SCM's
// requests carried into the agent's thread. Not compiled on Debian (no Qt for mingw there).
namespace Qddns::ServiceControl {

namespace {
std::wstring wide(const QString &text) { return text.toStdWString(); }
QString narrow(const std::wstring &text) { return QString::fromStdWString(text); }

// Quoted as CommandLineToArgvW reads it: backslashes before a quote doubled, quotes escaped.
QString quoted(const QString &argument)
{
    QString out = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        out += QString(c == QLatin1Char('"') ? backslashes * 2 + 1 : backslashes, QLatin1Char('\\'));
        backslashes = 0;
        out += c;
    }
    out += QString(backslashes * 2, QLatin1Char('\\'));
    return out + QLatin1Char('"');
}

// The SCM runs the service main in a thread of its own, while Qt's event loop must run in the
// main thread: the service main waits there until the agent in the main thread is done. The
// SCM's requests cross into the agent's thread as queued calls.
struct Context
{
    Requests *requests = nullptr;
    std::mutex mutex;
    std::condition_variable changed;
    bool started = false;  ///< the service main runs: the agent may start
    bool finished = false; ///< the agent is done (or will never run)
    int code = 0;
};
int waitForAgent(void *context)
{
    auto *c = static_cast<Context *>(context);
    std::unique_lock<std::mutex> lock(c->mutex);
    c->started = true;
    c->changed.notify_all();
    c->changed.wait(lock, [c] { return c->finished; });
    return c->code;
}
void stopCallback(void *context)
{
    Requests *requests = static_cast<Context *>(context)->requests;
    QMetaObject::invokeMethod(requests, [requests] { Q_EMIT requests->stopRequested(); }, Qt::QueuedConnection);
}
void resumedCallback(void *context)
{
    Requests *requests = static_cast<Context *>(context)->requests;
    QMetaObject::invokeMethod(requests, [requests] { Q_EMIT requests->resumedFromSleep(); }, Qt::QueuedConnection);
}
} // namespace

bool available() { return true; }

QString control(const QString &subcommand, const QStringList &runArguments)
{
    WinService::Outcome outcome;
    if (subcommand == QLatin1String("install")) {
        QString commandLine = quoted(QDir::toNativeSeparators(QCoreApplication::applicationFilePath())) + QStringLiteral(" service run");
        for (const QString &argument : runArguments)
            commandLine += QLatin1Char(' ') + quoted(argument);
        outcome = WinService::install(wide(commandLine));
    } else if (subcommand == QLatin1String("uninstall")) {
        outcome = WinService::uninstall();
    } else if (subcommand == QLatin1String("start")) {
        outcome = WinService::start();
    } else if (subcommand == QLatin1String("stop")) {
        outcome = WinService::stop();
    } else {
        return QStringLiteral("unknown service command \"%1\"").arg(subcommand);
    }
    return outcome.ok ? QString() : narrow(outcome.message);
}

int runAsService(const std::function<int()> &run, Requests *requests, QString *error)
{
    Context context;
    context.requests = requests;
    WinService::Outcome outcome;
    std::thread dispatcher([&context, &outcome] {
        outcome = WinService::runDispatcher({&context, waitForAgent, stopCallback, resumedCallback});
        std::lock_guard<std::mutex> lock(context.mutex);
        context.finished = true; // the dispatcher returned: no service main will run (or it ended)
        context.changed.notify_all();
    });
    bool started = false;
    {
        std::unique_lock<std::mutex> lock(context.mutex);
        context.changed.wait(lock, [&context] { return context.started || context.finished; });
        started = context.started;
    }
    if (started) {
        const int code = run();
        std::lock_guard<std::mutex> lock(context.mutex);
        context.code = code;
        context.finished = true;
        context.changed.notify_all();
    }
    dispatcher.join();
    if (!started || !outcome.ok) {
        *error = narrow(outcome.message);
        return -1;
    }
    return context.code;
}

} // namespace Qddns::ServiceControl
