#include "cli/cli.h"
#include "core/paths.h"

#include "config/configcheck.h"
#include "config/configstore.h"
#include "cli/clientcommands.h"
#include "cli/importcommand.h"
#include "engine/engine.h"
#include "platform/logsink.h"
#include "cli/providertable.h"
#include "cli/secretcommands.h"
#include "engine/service.h"
#include "hooks/hookrunner.h"
#include "platform/servicecontrol.h"
#include "platform/signals.h"
#include "server/agentapi.h"
#include "server/localserver.h"
#include "cli/servicecommands.h"
#include "ipc/endpoint.h"
#include "core/logging.h"
#include "providers/providerregistry.h"
#include "secrets/secretstore.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <cstdio>


namespace Qddns {

void printError(const QString &text)
{
    const QByteArray line = text.toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void printOutput(const QString &text)
{
    const QByteArray line = text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

namespace {

// What each command accepts besides the options every command takes (--config, --state-dir,
// --socket, --verbose): anything else is a mistake worth saying, not something to ignore.
struct CommandSpec
{
    QString name;
    QStringList options;
    int minArgs = 0; ///< positional arguments after the command
    int maxArgs = 0;
    QString usage;   ///< shown when the arguments do not fit
};

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs{
        {QStringLiteral("run"), {QStringLiteral("socket-group")}, 0, 0, {}},
        {QStringLiteral("once"), {QStringLiteral("dry-run"), QStringLiteral("force"), QStringLiteral("json")}, 0, 0, {}},
        {QStringLiteral("check-config"), {QStringLiteral("strict")}, 0, 0, {}},
        {QStringLiteral("providers"), {QStringLiteral("json")}, 0, 1, QStringLiteral("qddns-agent providers [ID] [--json]")},
        {QStringLiteral("secret"), {QStringLiteral("field"), QStringLiteral("file"), QStringLiteral("write-config")}, 2, 2,
         QStringLiteral("qddns-agent secret set|delete PROFILE [--field F] [--file PATH [--write-config]] (the secret is read from standard input)")},
        {QStringLiteral("import"), {QStringLiteral("write"), QStringLiteral("merge"), QStringLiteral("secrets")}, 0, 3, importUsage()},
        {QStringLiteral("service"), {}, 1, 1, QStringLiteral("qddns-agent service print-unit|install-unit (Windows: install|uninstall|start|stop)")},
        {QStringLiteral("status"), {QStringLiteral("json")}, 0, 0, {}},
        {QStringLiteral("update"), {QStringLiteral("force")}, 0, 1, QStringLiteral("qddns-agent update [PROFILE] [--force]")},
        {QStringLiteral("pause"), {}, 0, 0, {}},
        {QStringLiteral("resume"), {}, 0, 0, {}},
        {QStringLiteral("logs"), {QStringLiteral("follow"), QStringLiteral("level"), QStringLiteral("limit")}, 0, 0, {}},
        {QStringLiteral("history"), {QStringLiteral("since"), QStringLiteral("json")}, 0, 0, {}},
    };
    return specs;
}

const QStringList &globalOptions()
{
    static const QStringList options{QStringLiteral("config"), QStringLiteral("state-dir"), QStringLiteral("socket"),
                                     QStringLiteral("verbose")};
    return options;
}

QString dashed(const QString &name) { return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name; }

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec &spec : commandSpecs())
        names << spec.name;
    return names;
}

// The command's arguments and options fit it; otherwise says what is wrong (exit 2).
bool checkUsage(const QCommandLineParser &parser, const CommandSpec &spec, const QStringList &args)
{
    for (const QString &option : parser.optionNames()) {
        if (!globalOptions().contains(option) && !spec.options.contains(option)) {
            QStringList own;
            for (const QString &o : spec.options)
                own << dashed(o);
            printError(Cli::tr("qddns-agent: %1 does not apply to %2%3; see qddns-agent --help")
                           .arg(dashed(option), spec.name,
                                own.isEmpty() ? QString() : Cli::tr(" (it takes %1)").arg(own.join(QStringLiteral(", ")))));
            return false;
        }
    }
    const qsizetype extra = args.size() - 1;
    if (extra < spec.minArgs || extra > spec.maxArgs) {
        if (!spec.usage.isEmpty())
            printError(QStringLiteral("qddns-agent: usage: %1").arg(spec.usage));
        else
            printError(Cli::tr("qddns-agent: unexpected argument \"%1\" after %2; see qddns-agent --help").arg(args.at(1), spec.name));
        return false;
    }
    return true;
}

void printUsage()
{
    printError(Cli::tr("qddns-agent: no command given\n"
                              "usage: qddns-agent COMMAND [options], where COMMAND is one of: %1\n"
                              "`qddns-agent run` runs the agent in the foreground; `qddns-agent --help` explains every command")
                   .arg(commandNames().join(QStringLiteral(", "))));
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
    auto loaded = loadConfig(parser.value(QStringLiteral("config")), ctx.registry, QLocale::system());
    if (!loaded) {
        const QString path = parser.value(QStringLiteral("config")).isEmpty() ? defaultConfigPath()
                                                                            : parser.value(QStringLiteral("config"));
        for (const ConfigError &e : loaded.error())
            printError(QStringLiteral("qddns-agent: %1: %2").arg(path, e.toString()));
        printError(Cli::tr("qddns-agent: %n configuration error(s); nothing was done", nullptr, int(loaded.error().size())));
        return false;
    }
    ctx.loaded = std::move(loaded).value();
    ctx.configArgument = parser.value(QStringLiteral("config"));
    ctx.stateDir = parser.value(QStringLiteral("state-dir"));
    if (ctx.stateDir.isEmpty())
        ctx.stateDir = defaultStateDirectory();
    ctx.socketPath = parser.value(QStringLiteral("socket"));
    if (ctx.socketPath.isEmpty())
        ctx.socketPath = Ipc::defaultSocketPath(ctx.stateDir);
    return true;
}

// Without its state an agent re-sends the same update on every run, which DynDNS2 services
// treat as abuse and answer with a ban: `once` refuses to send when it cannot keep it.

int commandOnce(QCoreApplication &app, const QCommandLineParser &parser, Context &ctx)
{
    CycleOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.force = parser.isSet(QStringLiteral("force"));
    const bool json = parser.isSet(QStringLiteral("json"));

    // A dry run changes no file, so it may run beside an agent; a real one takes the agent's lock.
    std::unique_ptr<QLockFile> lock;
    if (!options.dryRun) {
        auto locked = lockStateDirectory(ctx.stateDir);
        if (!locked && locked.error().otherPid) {
            printError(Cli::tr("qddns-agent: another qddns-agent (pid %1) runs with the state directory %2, so `once` "
                                      "does not: ask it with `qddns-agent update` (or `update PROFILE`, `--force`); nothing was sent")
                           .arg(locked.error().otherPid).arg(ctx.stateDir));
            return Exit::Failure;
        }
        if (!locked) {
            printError(Cli::tr("qddns-agent: %1; nothing was sent: without its state every run would send the same update "
                               "again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir")
                           .arg(locked.error().message, ctx.stateDir));
            return Exit::Failure;
        }
        lock = std::move(locked).value();
    }
    const bool firstRun = !QFileInfo::exists(ctx.stateDir + QStringLiteral("/state.json"));
    Runtime runtime(ctx.registry, ctx.loaded.config, ctx.stateDir);
    if (!options.dryRun) {
        // The same write the cycle ends with, before anything is sent.
        if (const auto saved = runtime.stateStore.save(runtime.engine->state()); !saved) {
            printError(Cli::tr("qddns-agent: cannot save the state: %1; nothing was sent: without its state every run "
                               "would send the same update again, which DynDNS2 services count as abuse. Make %2 "
                               "writable, or use another with --state-dir")
                           .arg(saved.error(), ctx.stateDir));
            return Exit::Failure;
        }
    }
    announceProfiles(ctx.loaded, ctx.stateDir);

    QHash<int, DetectionResult> detections;
    QObject::connect(runtime.engine.get(), &Engine::detectionFinished, &app,
                     [&detections](const DetectionResult &r) { detections.insert(int(r.family), r); });
    QObject::connect(runtime.engine.get(), &Engine::cycleFinished, &app, [&](const QList<RecordEvent> &reports) {
        bool ok = std::none_of(reports.cbegin(), reports.cend(), [](const RecordEvent &r) { return r.failedOrHeld(); });
        // What was sent is not remembered: the next run would send it again. Say so and fail.
        if (const QString error = runtime.engine->saveError(); !error.isEmpty()) {
            printError(Cli::tr("qddns-agent: cannot save the state: %1; the next run may send the same updates again").arg(error));
            ok = false;
        }
        if (ctx.loaded.config.profiles.isEmpty()) {
            for (const DetectionResult &d : std::as_const(detections))
                ok = ok && d.address.has_value();
        }
        if (json) {
            QJsonArray results;
            for (const RecordEvent &r : reports)
                results.append(r.toJson());
            QJsonObject addresses;
            for (const DetectionResult &d : std::as_const(detections))
                addresses.insert(familyName(d.family), d.address ? QJsonValue(d.address->toString()) : QJsonValue());
            const QJsonObject root{{QStringLiteral("results"), results}, {QStringLiteral("addresses"), addresses}};
            printOutput(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)));
        } else {
            for (const DetectionResult &d : std::as_const(detections))
                printOutput(QStringLiteral("%1\t%2").arg(familyName(d.family), d.address ? d.address->toString() : QStringLiteral("none: ") + d.error));
            for (const RecordEvent &r : reports)
                printOutput(recordResultLine(r.toJson()));
        }
        // Said once, on the first run that worked: from cron every later run stays quiet.
        if (ok && firstRun && !options.dryRun && !reports.isEmpty())
            printError(Cli::tr("qddns-agent: next: keep the records current with the agent as a service "
                                      "(`qddns-agent service install-unit`, README \"Run it as a service\"), or run "
                                      "`qddns-agent once` from cron"));
        app.exit(ok ? Exit::Ok : Exit::Failure);
    });
    QTimer::singleShot(0, runtime.engine.get(), [&runtime, options] { runtime.engine->runCycle(options); });
    return app.exec();
}


// The service subcommands of this platform: systemd units everywhere, the Service Control
// Manager's on Windows too.
QStringList serviceSubcommands()
{
    QStringList names{QStringLiteral("print-unit"), QStringLiteral("install-unit")};
    if (ServiceControl::available())
        names << QStringLiteral("install") << QStringLiteral("uninstall") << QStringLiteral("start") << QStringLiteral("stop")
              << QStringLiteral("run");
    return names;
}

// \a requests: the Windows service control handler's stop and wake-up requests, when the SCM runs it.
int commandRun(QCoreApplication &app, const QCommandLineParser &parser, Context &ctx, ServiceControl::Requests *requests = nullptr)
{
    std::optional<LocalSocketPlatform::SocketGroup> socketGroup;
    if (parser.isSet(QStringLiteral("socket-group"))) {
        auto resolved = LocalSocketPlatform::resolveGroup(parser.value(QStringLiteral("socket-group")));
        if (!resolved) {
            printError(QStringLiteral("qddns-agent: ") + resolved.error());
            return Exit::Usage;
        }
        socketGroup = resolved.value();
    }
    // The service and its socket API are wired here: neither constructs the other.
    AgentService service(ctx.registry, ctx.loaded, {ctx.configArgument, ctx.stateDir, ctx.socketPath});
    if (const auto locked = service.lock(); !locked) {
        qCCritical(lcAgent).noquote() << locked.error();
        return Exit::Failure;
    }
    LocalServer server;
    if (const auto listening = server.listen(ctx.socketPath, socketGroup); !listening) {
        qCCritical(lcAgent).noquote() << listening.error();
        return Exit::Failure;
    }
    // Hooks follow the engine's events beside the socket; they read secrets as the engine does.
    const Engine::Services &engine = service.engine()->services();
    HookRunner hooks({engine.secrets, engine.clock, nullptr});
    hooks.setConfig(service.loaded().config);
    hooks.watch(service.engine());
    QObject::connect(&service, &AgentService::configApplied, &hooks, [&hooks, &service] { hooks.setConfig(service.loaded().config); });
    AgentApi api(&service, &server);
    api.setHooks(&hooks);
    QObject::connect(&service, &AgentService::stopping, &api, [&api, &server, &hooks] {
        hooks.stop();
        api.shutDown();
        server.shutDown();
    });
    QObject::connect(&service, &AgentService::finished, &app, [&app] { app.exit(Exit::Ok); });

    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::reloadRequested, &service, &AgentService::reload);
    QObject::connect(&signals, &SignalWatcher::stopRequested, &service, [&service](int signal) {
        qCInfo(lcAgent).noquote() << QStringLiteral("signal %1 received: stopping").arg(signal);
        service.stop();
    });
    if (requests) {
        QObject::connect(requests, &ServiceControl::Requests::stopRequested, &service, [&service] {
            qCInfo(lcAgent) << "the Service Control Manager asks to stop: stopping";
            service.stop();
        });
        // After a sleep the network, and perhaps the public address, is new.
        QObject::connect(requests, &ServiceControl::Requests::resumedFromSleep, &service, [&service] {
            if (!service.isPaused() && !service.isStopping() && !service.engine()->isRunning())
                service.engine()->runCycle({});
        });
    }
    service.start();
    hooks.agentStarted();
    const int code = app.exec();
    server.shutDown();
    return code;
}

// Every secret a profile names is read (never printed): a missing file, an unset variable or an
// unreachable keychain is found now rather than at the first update.
ConfigErrors secretWarnings(QCoreApplication &app, const Context &ctx)
{
    SystemSecretStore store;
    QObject context; // answers that come after the deadline go nowhere
    const QJsonArray documents = ctx.loaded.document.value(QStringLiteral("profiles")).toArray();
    ConfigErrors warnings;
    int pending = 0;
    for (qsizetype i = 0; i < ctx.loaded.config.profiles.size(); ++i) {
        const Profile &p = ctx.loaded.config.profiles.at(i);
        const ProviderInfo &info = ctx.registry.find(p.provider)->info();
        for (const CredentialRef &credential : p.credentials) {
            const bool primary = credential.field == kPrimaryCredential;
            // An optional credential left at the default is not expected to be there.
            const bool optional = primary ? info.secret == Need::Optional
                                          : std::any_of(info.extraCredentials.cbegin(), info.extraCredentials.cend(),
                                                        [&credential](const CredentialField &f) { return f.id == credential.field && !f.required; });
            const QJsonObject written = documents.at(i).toObject();
            const bool given = primary ? written.contains(QStringLiteral("secret"))
                                       : written.value(QStringLiteral("credentials")).toObject().contains(credential.field);
            if (optional && !given)
                continue;
            ++pending;
            const QString path = primary ? QStringLiteral("profiles[%1].secret").arg(i)
                                         : QStringLiteral("profiles[%1].credentials.%2").arg(i).arg(credential.field);
            store.read(credential.ref, p.name, credential.field, &context, [&warnings, &pending, &app, path](const SecretResult &r) {
                if (!r)
                    warnings.append({path, r.error()});
                if (--pending == 0)
                    app.exit(0);
            });
        }
    }
    if (pending > 0) {
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &app, [&app] { app.exit(0); });
        deadline.start(20000);
        app.exec();
        if (pending > 0)
            warnings.append({QStringLiteral("profiles"), QStringLiteral("%1 secret(s) did not answer within 20 s (a keychain "
                                                                        "waiting to be unlocked?)").arg(pending)});
    }
    std::sort(warnings.begin(), warnings.end(), [](const ConfigError &a, const ConfigError &b) { return a.path < b.path; });
    return warnings;
}

int commandCheckConfig(QCoreApplication &app, const QCommandLineParser &parser, const Context &ctx)
{
    ConfigErrors warnings = configWarnings(ctx.loaded.config);
    warnings += secretWarnings(app, ctx);
    for (const ConfigError &w : std::as_const(warnings))
        printError(Cli::tr("qddns-agent: warning: %1: %2").arg(ctx.loaded.path, w.toString()));
    const int profiles = int(ctx.loaded.config.profiles.size());
    printOutput(Cli::tr("%1: valid, %n profile(s)%2%3", nullptr, profiles)
                    .arg(ctx.loaded.path,
                         warnings.isEmpty() ? QString() : Cli::tr(", %n warning(s)", nullptr, int(warnings.size())),
                         ctx.loaded.fromFile ? QString() : Cli::tr(" (no file: built-in defaults)")));
    const bool strict = parser.isSet(QStringLiteral("strict"));
    if (!warnings.isEmpty())
        printError(strict ? Cli::tr("qddns-agent: --strict: the warnings count as errors; fix them, then check again")
                          : Cli::tr("qddns-agent: next: fix what the warnings name (they do not stop the agent), then "
                                           "`qddns-agent once` to update now"));
    else if (profiles == 0)
        printError(Cli::tr("qddns-agent: next: add a profile to %1 (README, \"Configuration\"; "
                                  "`qddns-agent providers` lists the providers)").arg(ctx.loaded.path));
    else
        printError(Cli::tr("qddns-agent: next: `qddns-agent once` to update now, then run the agent as a service "
                                  "(README, \"Run it as a service\")"));
    return strict && !warnings.isEmpty() ? Exit::Failure : Exit::Ok;
}

} // namespace

int runAgentCli(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("qddns"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QDDNS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "qddns-agent keeps DNS names pointing at this network's public address.\n\n"
        "Commands:\n"
        "  run                      run as a service in the foreground (logs to stderr)\n"
        "  once                     one detection and update cycle, then exit (--dry-run, --force, --json)\n"
        "  check-config             validate the configuration; warn about what cannot work here (--strict)\n"
        "  providers [ID]           the providers, their options and help (--json)\n"
        "  secret set PROFILE       store a profile's secret in the keychain (read from stdin), or with\n"
        "                           --file PATH in an owner-only file (--write-config: and point the profile at it);\n"
        "                           --field F for a provider's other credentials (e.g. secretApiKey)\n"
        "  secret delete PROFILE    remove it from the keychain (--field F)\n"
        "  import TOOL FILE         print the configuration of ddclient, inadyn, openwrt or ddns-updater (TOOL)\n"
        "                           as qddns's, its secrets stored in the keychain; --write [PATH] writes it\n"
        "                           (--merge: beside an existing file's profiles); --secrets file:DIR|keep-out\n"
        "  service print-unit       print the systemd user unit for this qddns-agent\n"
        "  service install-unit     write it to ~/.config/systemd/user/ and say how to enable it\n\n"
        "Commands for the running agent (through its local socket):\n"
        "  status                   addresses, records and what the agent does next (--json)\n"
        "  update [PROFILE]         run an update cycle now (all profiles or one) and show its results (--force)\n"
        "  pause, resume            stop and restart automatic updates\n"
        "  logs                     recent log lines (--level, --limit, --follow)\n"
        "  history                  changes of the public address (--since, --json)\n\n"
        "Exit codes: 0 done, 1 a failure (an update failed or is held, a file or lock), 2 bad usage or\n"
        "configuration (nothing was done), 3 no agent answers (commands for the running agent)."));
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("one of the commands above"));
    parser.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")},
        {QStringLiteral("version"), Cli::tr("Show the version.")},
        {QStringLiteral("config"), Cli::tr("Configuration file (default %1).").arg(defaultConfigPath()), QStringLiteral("path")},
        {QStringLiteral("state-dir"), Cli::tr("State directory (default %1).").arg(defaultStateDirectory()), QStringLiteral("dir")},
        {QStringLiteral("socket"), Cli::tr("The agent's local socket (default: derived from the state directory, %1).")
                                       .arg(Ipc::defaultSocketPath(defaultStateDirectory())), QStringLiteral("path")},
        {QStringLiteral("verbose"), Cli::tr("Log debug messages of every qddns category.")},
        {QStringLiteral("socket-group"), Cli::tr("run: share the socket (0660) with this group (name or number): its members may use "
                                                        "status, update, pause, resume, logs and history, not change the configuration or secrets."),
         QStringLiteral("group")},
        {QStringLiteral("dry-run"), Cli::tr("once: detect and show what would be sent; send and change nothing.")},
        {QStringLiteral("force"), Cli::tr("once, update: send records even when their address is unchanged.")},
        {QStringLiteral("json"), Cli::tr("once, providers, status, history: print JSON.")},
        {QStringLiteral("strict"), Cli::tr("check-config: warnings are errors (exit 1).")},
        {QStringLiteral("field"), Cli::tr("secret: which credential of the profile's provider (default: secret, the primary one)."), QStringLiteral("id")},
        {QStringLiteral("file"), Cli::tr("secret set: write the secret to this owner-only file instead of the keychain."), QStringLiteral("path")},
        {QStringLiteral("write-config"), Cli::tr("secret set --file: also set the profile's \"secret\" in the configuration file.")},
        {QStringLiteral("write"), Cli::tr("import: validate and write the configuration, to the PATH after --write, else --config or the default file.")},
        {QStringLiteral("merge"), Cli::tr("import --write: add the imported profiles to an existing configuration file.")},
        {QStringLiteral("secrets"), Cli::tr("import: where the secrets go: keychain (default), file:DIR (owner-only files) or keep-out."), QStringLiteral("store")},
        {QStringLiteral("follow"), Cli::tr("logs: keep printing new lines until interrupted.")},
        {QStringLiteral("level"), Cli::tr("logs: the least severe level shown: debug, info (default), warning or error."), QStringLiteral("level")},
        {QStringLiteral("limit"), Cli::tr("logs: at most this many recent lines."), QStringLiteral("n")},
        {QStringLiteral("since"), Cli::tr("history: changes since a date/time (2026-11-01, 2026-11-01T08:00:00Z) or a duration ago (7d, 12h)."), QStringLiteral("when")},
    });
    // parse(), not process(): process() names the program "qddns" and exits 1 on bad usage.
    if (!parser.parse(QCoreApplication::arguments())) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            printError(Cli::tr("qddns-agent: unknown option %1; see qddns-agent --help").arg(dashed(unknown.first())));
        } else {
            QString text = parser.errorText();
            if (text.endsWith(QLatin1Char('.')))
                text.chop(1);
            printError(Cli::tr("qddns-agent: %1; see qddns-agent --help").arg(text.left(1).toLower() + text.mid(1)));
        }
        return Exit::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOutput(parser.helpText().trimmed());
        return Exit::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOutput(QStringLiteral("qddns-agent ") + QStringLiteral(QDDNS_VERSION));
        return Exit::Ok;
    }

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        printUsage();
        return Exit::Usage;
    }
    const QString command = args.first();
    const auto spec = std::find_if(commandSpecs().cbegin(), commandSpecs().cend(),
                                   [&command](const CommandSpec &s) { return s.name == command; });
    if (spec == commandSpecs().cend()) {
        printError(Cli::tr("qddns-agent: unknown command \"%1\"; the commands are %2 (see --help)")
                       .arg(command, commandNames().join(QStringLiteral(", "))));
        return Exit::Usage;
    }
    if (!checkUsage(parser, *spec, args))
        return Exit::Usage;
    if (command == QLatin1String("secret") && args.at(1) != QLatin1String("set") && args.at(1) != QLatin1String("delete")) {
        printError(QStringLiteral("qddns-agent: usage: %1").arg(spec->usage));
        return Exit::Usage;
    }
    if (command == QLatin1String("service") && !serviceSubcommands().contains(args.at(1))) {
        printError(Cli::tr("qddns-agent: usage: qddns-agent service %1").arg(serviceSubcommands().join(QLatin1Char('|'))));
        return Exit::Usage;
    }
    installLogSink(parser.isSet(QStringLiteral("verbose")));

    if (isClientCommand(command)) {
        // A client needs only the socket: a broken configuration file must not stop `status`.
        QString socket = parser.value(QStringLiteral("socket"));
        if (socket.isEmpty()) {
            const QString stateDir = parser.value(QStringLiteral("state-dir"));
            socket = Ipc::defaultSocketPath(stateDir.isEmpty() ? defaultStateDirectory() : stateDir);
        }
        return runClientCommand(app, parser, args, socket);
    }
    Context ctx;
    if (command == QLatin1String("providers"))
        return printProviders(ctx.registry, args.value(1), parser.isSet(QStringLiteral("json")));
    if (command == QLatin1String("import"))
        return runImportCommand(parser, args, ctx.registry);
    if (command == QLatin1String("service") && args.at(1) == QLatin1String("run")) {
        // Started by the Windows Service Control Manager (`service install` registers this).
        if (!loadContext(parser, ctx))
            return Exit::Usage;
        ServiceControl::Requests requests;
        QString error;
        const int code = ServiceControl::runAsService([&] { return commandRun(app, parser, ctx, &requests); }, &requests, &error);
        if (code < 0) {
            printError(QStringLiteral("qddns-agent: ") + error);
            return Exit::Failure;
        }
        return code;
    }
    if (command == QLatin1String("service")) {
        // The unit runs this agent with the files given here, each as an absolute path.
        QStringList runArguments;
        for (const QString &option : {QStringLiteral("config"), QStringLiteral("state-dir"), QStringLiteral("socket")}) {
            if (parser.isSet(option))
                runArguments << dashed(option) << QFileInfo(parser.value(option)).absoluteFilePath();
        }
        return runServiceCommand(args.at(1), runArguments);
    }
    if (!loadContext(parser, ctx))
        return Exit::Usage;
    if (command == QLatin1String("check-config"))
        return commandCheckConfig(app, parser, ctx);
    if (command == QLatin1String("secret"))
        return runSecretCommand(app, parser, args.at(1), args.at(2), ctx.loaded, ctx.registry);
    if (command == QLatin1String("once"))
        return commandOnce(app, parser, ctx);
    return commandRun(app, parser, ctx);
}

} // namespace Qddns
