#include "engine/cli.h"

#include "config/configstore.h"
#include "engine/engine.h"
#include "engine/logsink.h"
#include "engine/clientcommands.h"
#include "engine/service.h"
#include "ipc/endpoint.h"
#include "logging.h"
#include "net/httpclient.h"
#include "providers/providerregistry.h"
#include "secrets/secretstore.h"
#include "state/history.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace Qddns {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitConfig = 2;

void printErr(const QString &text)
{
    const QByteArray line = text.toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    const QByteArray line = text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

struct Context
{
    ProviderRegistry registry;
    LoadedConfig loaded;
    QString configArgument; ///< --config as given (empty: the default path)
    QString stateDir;
    QString socketPath;
};

// Loads and validates the configuration; prints every error and returns false when it is bad.
bool loadContext(const QCommandLineParser &parser, Context &ctx)
{
    auto loaded = loadConfig(parser.value(QStringLiteral("config")), ctx.registry);
    if (!loaded) {
        const QString path = parser.value(QStringLiteral("config")).isEmpty() ? defaultConfigPath()
                                                                            : parser.value(QStringLiteral("config"));
        for (const ConfigError &e : loaded.error())
            printErr(QStringLiteral("qddns-agent: %1: %2").arg(path, e.toString()));
        printErr(QStringLiteral("qddns-agent: %1 configuration error(s); nothing was done").arg(loaded.error().size()));
        return false;
    }
    ctx.loaded = std::move(loaded).value();
    ctx.configArgument = parser.value(QStringLiteral("config"));
    ctx.stateDir = parser.value(QStringLiteral("state-dir"));
    if (ctx.stateDir.isEmpty())
        ctx.stateDir = StateStore::defaultDirectory();
    ctx.socketPath = parser.value(QStringLiteral("socket"));
    if (ctx.socketPath.isEmpty())
        ctx.socketPath = Ipc::defaultSocketPath(ctx.stateDir);
    return true;
}

int commandOnce(QCoreApplication &app, const QCommandLineParser &parser, Context &ctx)
{
    Runtime runtime(ctx.registry, ctx.loaded.config, ctx.stateDir);
    announceProfiles(ctx.loaded, ctx.stateDir);
    CycleOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.force = parser.isSet(QStringLiteral("force"));
    const bool json = parser.isSet(QStringLiteral("json"));

    QHash<int, DetectionResult> detections;
    QObject::connect(runtime.engine.get(), &Engine::detectionFinished, &app,
                     [&detections](const DetectionResult &r) { detections.insert(int(r.family), r); });
    QObject::connect(runtime.engine.get(), &Engine::cycleFinished, &app, [&](const QList<RecordReport> &reports) {
        bool ok = std::none_of(reports.cbegin(), reports.cend(), [](const RecordReport &r) { return r.failedOrHeld(); });
        // What was sent is not remembered: the next run would send it again. Say so and fail.
        if (const QString error = runtime.engine->saveError(); !error.isEmpty()) {
            printErr(QStringLiteral("qddns-agent: cannot save the state: %1; the next run may send the same updates again").arg(error));
            ok = false;
        }
        if (ctx.loaded.config.profiles.isEmpty()) {
            for (const DetectionResult &d : std::as_const(detections))
                ok = ok && d.address.has_value();
        }
        if (json) {
            QJsonArray results;
            for (const RecordReport &r : reports)
                results.append(r.toJson());
            QJsonObject addresses;
            for (const DetectionResult &d : std::as_const(detections))
                addresses.insert(familyName(d.family), d.address ? QJsonValue(d.address->toString()) : QJsonValue());
            const QJsonObject root{{QStringLiteral("results"), results}, {QStringLiteral("addresses"), addresses}};
            printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)));
        } else {
            for (const DetectionResult &d : std::as_const(detections))
                printOut(QStringLiteral("%1\t%2").arg(familyName(d.family), d.address ? d.address->toString() : QStringLiteral("none: ") + d.error));
            for (const RecordReport &r : reports)
                printOut(recordResultLine(r.toJson()));
        }
        app.exit(ok ? kExitOk : kExitFailure);
    });
    QTimer::singleShot(0, runtime.engine.get(), [&runtime, options] { runtime.engine->runCycle(options); });
    return app.exec();
}

#ifdef Q_OS_UNIX
int g_signalFd[2] = {-1, -1};
void onSignal(int signal)
{
    const char c = char(signal);
    [[maybe_unused]] auto n = ::write(g_signalFd[1], &c, 1);
}
#endif

int commandRun(QCoreApplication &app, Context &ctx)
{
    AgentService service(ctx.registry, ctx.loaded, {ctx.configArgument, ctx.stateDir, ctx.socketPath});
    QObject::connect(&service, &AgentService::finished, &app, [&app] { app.exit(kExitOk); });
    if (const auto started = service.start(); !started) {
        qCCritical(lcAgent).noquote() << started.error();
        return kExitFailure;
    }
#ifdef Q_OS_UNIX
    // Signals arrive through a socket pair so that the handler does nothing but write one byte.
    ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd);
    QSocketNotifier notifier(g_signalFd[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&service] {
        char c = 0;
        [[maybe_unused]] auto n = ::read(g_signalFd[0], &c, 1);
        if (c == SIGHUP) {
            service.reload();
            return;
        }
        qCInfo(lcAgent) << "signal" << int(c) << "received: stopping";
        service.stop();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGHUP, onSignal);
    std::signal(SIGPIPE, SIG_IGN); // a client gone mid-write is an error return, not a reason to die
#endif
    return app.exec();
}

int commandProviders(const QCommandLineParser &parser, const Context &ctx)
{
    const QJsonArray list = ctx.registry.describe();
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return kExitOk;
    }
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        QStringList keys;
        if (p.value(QStringLiteral("username")).toString() != QLatin1String("unused"))
            keys << QStringLiteral("username (%1)").arg(p.value(QStringLiteral("username")).toString());
        if (p.value(QStringLiteral("secret")).toString() != QLatin1String("unused"))
            keys << QStringLiteral("secret (%1)").arg(p.value(QStringLiteral("secret")).toString());
        for (const QJsonValue &o : p.value(QStringLiteral("options")).toArray()) {
            const QJsonObject option = o.toObject();
            keys << QStringLiteral("%1 (%2%3)").arg(option.value(QStringLiteral("key")).toString(),
                                                    option.value(QStringLiteral("kind")).toString(),
                                                    option.value(QStringLiteral("required")).toBool() ? QStringLiteral(", required") : QString());
        }
        printOut(QStringLiteral("%1\t%2\t%3\t%4").arg(p.value(QStringLiteral("id")).toString(),
                                                   p.value(QStringLiteral("name")).toString(),
                                                   p.value(QStringLiteral("server")).toString(), keys.join(QStringLiteral(", "))));
    }
    return kExitOk;
}

QString readSecretFromStdin(const QString &profile)
{
#ifdef Q_OS_UNIX
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fprintf(stderr, "Secret for profile %s (input hidden): ", profile.toLocal8Bit().constData());
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
#else
    Q_UNUSED(profile)
#endif
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    // readLine() waits for the newline or the end of input, however the pipe delivers it.
    const QByteArray data = in.readLine(64 * 1024);
#ifdef Q_OS_UNIX
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
#endif
    // A secret is one line: what follows the first newline is not part of it.
    const QString text = QString::fromUtf8(data);
    return stripTrailingNewline(text.section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n'));
}

int commandSecret(QCoreApplication &app, const QStringList &args, const Context &ctx)
{
    if (args.size() != 3 || (args.at(1) != QLatin1String("set") && args.at(1) != QLatin1String("delete"))) {
        printErr(QStringLiteral("qddns-agent: usage: qddns-agent secret set|delete PROFILE"));
        return kExitConfig;
    }
    const QString profile = args.at(2);
    const Profile *configured = ctx.loaded.config.profile(profile);
    if (!configured)
        printErr(QStringLiteral("qddns-agent: note: no profile named \"%1\" in %2 yet").arg(profile, ctx.loaded.path));
    else if (configured->secret.source != SecretRef::Source::Keychain)
        printErr(QStringLiteral("qddns-agent: note: profile \"%1\" reads its secret from %2, not the keychain")
                     .arg(profile, configured->secret.describe()));
    SystemSecretStore store;
    int code = kExitFailure;
    auto done = [&](const QString &what) {
        return [&, what](const SecretResult &r) {
            if (r) {
                printErr(QStringLiteral("qddns-agent: the secret of profile \"%1\" %2").arg(profile, what));
                code = kExitOk;
            } else {
                printErr(QStringLiteral("qddns-agent: profile \"%1\": %2").arg(profile, r.error()));
            }
            app.exit(code);
        };
    };
    if (args.at(1) == QLatin1String("set")) {
        const QString secret = readSecretFromStdin(profile);
        if (secret.isEmpty()) {
            printErr(QStringLiteral("qddns-agent: no secret on standard input; nothing stored"));
            return kExitFailure;
        }
        store.writeKeychain(profile, secret, &app, done(QStringLiteral("is stored in the keychain")));
    } else {
        store.deleteKeychain(profile, &app, done(QStringLiteral("was deleted from the keychain")));
    }
    app.exec();
    return code;
}

} // namespace

int runAgentCli(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("qddns"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QDDNS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "qddns-agent keeps DNS names pointing at this network's public address.\n\n"
        "Commands:\n"
        "  run                      run as a service in the foreground (logs to stderr)\n"
        "  once                     one detection and update cycle, then exit\n"
        "                           (exit 0: all records current, 1: a failure, 2: bad configuration)\n"
        "  check-config             validate the configuration and exit\n"
        "  providers                list the providers and their options\n"
        "  secret set PROFILE       store a profile's secret in the keychain (read from stdin)\n"
        "  secret delete PROFILE    remove it\n\n"
        "Commands for the running agent (through its local socket; exit 3 when none runs):\n"
        "  status                   addresses, records and what the agent does next\n"
        "  update [PROFILE]         run an update cycle now (all profiles or one) and show its results\n"
        "  logs                     recent log lines (--follow: keep printing new ones)\n"
        "  history                  changes of the public address (--since 7d or 2026-11-01)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("run, once, check-config, providers, secret, status, update, logs or history"));
    parser.addOptions({
        {QStringLiteral("config"), QStringLiteral("Configuration file (default %1).").arg(defaultConfigPath()), QStringLiteral("path")},
        {QStringLiteral("state-dir"), QStringLiteral("State directory (default %1).").arg(StateStore::defaultDirectory()), QStringLiteral("dir")},
        {QStringLiteral("verbose"), QStringLiteral("Log debug messages of every qddns category.")},
        {QStringLiteral("dry-run"), QStringLiteral("once: detect and show what would be sent; send and change nothing.")},
        {QStringLiteral("force"), QStringLiteral("once, update: send records even when their address is unchanged.")},
        {QStringLiteral("json"), QStringLiteral("once, providers, status, history: print JSON.")},
        {QStringLiteral("socket"), QStringLiteral("The agent's local socket (default: derived from the state directory, %1).")
                                       .arg(Ipc::defaultSocketPath(StateStore::defaultDirectory())), QStringLiteral("path")},
        {QStringLiteral("follow"), QStringLiteral("logs: keep printing new lines until interrupted.")},
        {QStringLiteral("level"), QStringLiteral("logs: the least severe level shown: debug, info (default), warning or error."), QStringLiteral("level")},
        {QStringLiteral("limit"), QStringLiteral("logs: at most this many recent lines."), QStringLiteral("n")},
        {QStringLiteral("since"), QStringLiteral("history: changes since a date/time (2026-11-01, 2026-11-01T08:00:00Z) or a duration ago (7d, 12h)."), QStringLiteral("when")},
    });
    parser.process(app);
    installLogSink(parser.isSet(QStringLiteral("verbose")));

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0, QStringLiteral("run"));
    const QStringList known{QStringLiteral("run"), QStringLiteral("once"), QStringLiteral("check-config"),
                            QStringLiteral("providers"), QStringLiteral("secret")};
    if (isClientCommand(command)) {
        // A client needs only the socket: a broken configuration file must not stop `status`.
        QString socket = parser.value(QStringLiteral("socket"));
        if (socket.isEmpty()) {
            const QString stateDir = parser.value(QStringLiteral("state-dir"));
            socket = Ipc::defaultSocketPath(stateDir.isEmpty() ? StateStore::defaultDirectory() : stateDir);
        }
        return runClientCommand(app, parser, args, socket);
    }
    if (!known.contains(command)) {
        printErr(QStringLiteral("qddns-agent: unknown command \"%1\"; see --help").arg(command));
        return kExitConfig;
    }
    if (command != QLatin1String("secret") && args.size() > 1) {
        printErr(QStringLiteral("qddns-agent: unexpected argument \"%1\"; see --help").arg(args.at(1)));
        return kExitConfig;
    }

    Context ctx;
    if (command == QLatin1String("providers"))
        return commandProviders(parser, ctx);
    if (!loadContext(parser, ctx))
        return kExitConfig;
    if (command == QLatin1String("check-config")) {
        printOut(QStringLiteral("%1: valid, %2 profile(s)%3").arg(ctx.loaded.path).arg(ctx.loaded.config.profiles.size())
                     .arg(ctx.loaded.fromFile ? QString() : QStringLiteral(" (no file: built-in defaults)")));
        return kExitOk;
    }
    if (command == QLatin1String("secret"))
        return commandSecret(app, args, ctx);
    if (command == QLatin1String("once"))
        return commandOnce(app, parser, ctx);
    return commandRun(app, ctx);
}

} // namespace Qddns
