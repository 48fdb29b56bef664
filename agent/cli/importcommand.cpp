#include "cli/importcommand.h"

#include "cli/cli.h"
#include "config/configcheck.h"
#include "config/jsonscanner.h"
#include "core/atomicfile.h"
#include "core/paths.h"
#include "core/records.h"
#include "import/importer.h"
#include "providers/providerregistry.h"
#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace Qddns {

namespace {

// A keychain may wait to be unlocked, and an import must end: as long as check-config waits.
constexpr int kKeychainTimeoutMs = 20000;

struct Request
{
    ImportTool tool = ImportTool::Ddclient;
    QString file;
    bool write = false;
    QString target; ///< the configuration file written with --write (absolute): PATH, --config or the default
    bool merge = false;
    ImportOptions::SecretTarget secrets = ImportOptions::SecretTarget::Keychain;
    QString secretDirectory; ///< File: as the configuration will name it (absolute or ~/)
};

// A path typed on the command line: relative to the current directory, or ~/ for the home.
Expected<QString, QString> absolutePath(const QString &text)
{
    if (text.startsWith(QLatin1Char('~')))
        return resolveConfigPath(text);
    return QDir::cleanPath(QFileInfo(text).absoluteFilePath());
}

QString defaultPathsHint()
{
    QStringList hints;
    for (const QString &name : importToolNames()) {
        const auto tool = importToolFromName(name);
        hints << QStringLiteral("%1 %2").arg(name, importToolDefaultPaths(*tool).join(QStringLiteral(" or ")));
    }
    return QStringLiteral("the files are usually: ") + hints.join(QStringLiteral(", "));
}

Expected<Request, QString> readRequest(const QCommandLineParser &parser, QStringList words)
{
    Request r;
    r.write = parser.isSet(QStringLiteral("write"));
    r.merge = parser.isSet(QStringLiteral("merge"));
    words.removeFirst(); // "import"
    QString writePath;
    if (r.write) {
        // --write takes an optional PATH, which QCommandLineParser cannot say: the word right after it.
        const QStringList raw = QCoreApplication::arguments();
        const qsizetype at = raw.indexOf(QStringLiteral("--write"));
        if (at > 0 && at + 1 < raw.size() && !raw.at(at + 1).startsWith(QLatin1Char('-')) && words.contains(raw.at(at + 1))) {
            writePath = raw.at(at + 1);
            words.removeAt(words.lastIndexOf(writePath));
        }
    }
    if (words.size() < 2)
        return Unexpected{QStringLiteral("usage: %1 (%2)").arg(importUsage(), defaultPathsHint())};
    if (words.size() > 2)
        return Unexpected{QStringLiteral("unexpected argument \"%1\" (a file to write is given as --write PATH); usage: %2")
                              .arg(words.at(2), importUsage())};
    const auto tool = importToolFromName(words.at(0));
    if (!tool)
        return Unexpected{QStringLiteral("import reads the configuration of %1, not \"%2\"; usage: %3")
                              .arg(importToolNames().join(QStringLiteral(", ")), words.at(0), importUsage())};
    r.tool = *tool;
    r.file = words.at(1);
    if (r.merge && !r.write)
        return Unexpected{QStringLiteral("--merge applies to --write: it adds the imported profiles to an existing configuration file")};
    const QString given = writePath.isEmpty() ? parser.value(QStringLiteral("config")) : writePath;
    const auto target = given.isEmpty() ? Expected<QString, QString>(defaultConfigPath()) : absolutePath(given);
    if (!target)
        return Unexpected{(writePath.isEmpty() ? QStringLiteral("--config ") : QStringLiteral("--write ")) + target.error()};
    r.target = target.value();
    if (parser.isSet(QStringLiteral("secrets"))) {
        const QString store = parser.value(QStringLiteral("secrets"));
        if (store == QLatin1String("keychain")) {
            r.secrets = ImportOptions::SecretTarget::Keychain;
        } else if (store == QLatin1String("keep-out")) {
            r.secrets = ImportOptions::SecretTarget::KeepOut;
        } else if (store.startsWith(QLatin1String("file:")) && store.size() > 5) {
            r.secrets = ImportOptions::SecretTarget::File;
            const QString dir = store.mid(5);
            const auto resolved = absolutePath(dir);
            if (!resolved)
                return Unexpected{QStringLiteral("--secrets file:%1").arg(resolved.error())};
            // ~/ stays in the configuration, which then works for the same user on any machine.
            r.secretDirectory = dir.startsWith(QLatin1Char('~')) ? dir : resolved.value();
        } else {
            return Unexpected{QStringLiteral("--secrets \"%1\" is not a secret store: use keychain (the default), file:DIR "
                                             "(owner-only files in DIR) or keep-out (store none, list what is needed)").arg(store)};
        }
    }
    return r;
}

QByteArray compact(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// The spaces and tabs before \a offset on its line, or nullopt when other text precedes it there.
std::optional<QByteArray> indentBefore(const QByteArray &text, qsizetype offset)
{
    const qsizetype lineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
    const QByteArray indent = text.mid(lineStart, offset - lineStart);
    if (!std::all_of(indent.cbegin(), indent.cend(), [](char c) { return c == ' ' || c == '\t'; }))
        return std::nullopt;
    return indent;
}

// \a value as indented JSON whose lines after the first start with \a indent.
QByteArray laidOut(const QJsonValue &value, const QByteArray &indent)
{
    QByteArray json = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                      : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    if (json.endsWith('\n'))
        json.chop(1);
    return json.replace("\n", QByteArray("\n" + indent));
}

// Answers of the secret store come through the event loop: waits until \a pending is 0 or the deadline.
bool waitFor(QEventLoop &loop, const int &pending)
{
    if (pending == 0)
        return true;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(kKeychainTimeoutMs);
    loop.exec();
    return pending == 0;
}

// A path under the home directory as ~/…, as people write it.
QString homeRelative(const QString &path)
{
    const QString home = QDir::homePath();
    return path.startsWith(home + QLatin1Char('/')) ? QStringLiteral("~") + path.mid(home.size()) : path;
}

QString quotedNames(const QStringList &names)
{
    return QLatin1Char('"') + names.join(QStringLiteral("\", \"")) + QLatin1Char('"');
}

Expected<QStringList, QString> storeInKeychain(const QList<ImportedSecret> &secrets)
{
    QList<KeychainEntry> entries;
    for (const ImportedSecret &s : secrets)
        entries.append({s.profile, s.field, s.value});
    SystemSecretStore store;
    QEventLoop loop;
    QObject context; // destroyed first: answers after the deadline go nowhere
    int pending = 1;
    std::optional<KeychainKeysResult> result;
    storeNewKeychainEntries(store, entries, &context, [&](const KeychainKeysResult &r) {
        result = r;
        pending = 0;
        loop.quit();
    });
    if (!waitFor(loop, pending))
        return Unexpected{QStringLiteral("the keychain did not answer within %1 s (is it waiting to be unlocked?); nothing "
                                         "was stored").arg(kKeychainTimeoutMs / 1000)};
    if (!*result && !result->error().taken.isEmpty())
        return Unexpected{result->error().message + QStringLiteral(". Remove them first with `qddns-agent secret delete PROFILE` "
                                                                   "(--field F for PROFILE/F), or import with --secrets file:DIR")};
    if (!*result)
        return Unexpected{result->error().message + QStringLiteral("; to import without a keychain, use --secrets file:DIR "
                                                                   "(owner-only files) or --secrets keep-out (store them later)")};
    QStringList keys;
    for (const KeychainEntry &e : std::as_const(entries))
        keys << keychainKey(e.profile, e.field);
    return keys;
}

Expected<QStringList, QString> storeInFiles(const QList<ImportedSecret> &secrets)
{
    QStringList paths;
    QList<bool> there;
    for (const ImportedSecret &s : secrets) {
        const auto path = resolveConfigPath(s.path);
        if (!path)
            return Unexpected{path.error() + QStringLiteral("; nothing was stored")};
        bool same = false;
        if (QFileInfo::exists(path.value())) {
            const SecretResult held = readSecretFile(path.value());
            if (!held)
                return Unexpected{held.error() + QStringLiteral("; nothing was stored")};
            if (held.value() != s.value)
                return Unexpected{QStringLiteral("%1 already holds another secret (an earlier import's?); nothing was stored. "
                                                 "Remove it, or import with another --secrets file:DIR").arg(path.value())};
            same = true;
        }
        paths << path.value();
        there << same;
    }
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        if (there.at(i))
            continue;
        if (const auto written = writeSecretFile(paths.at(i), secrets.at(i).value); !written)
            return Unexpected{written.error() + (i > 0 ? QStringLiteral("; the files before it are written") : QString())};
    }
    return paths;
}

QJsonObject profileNamed(const QJsonObject &config, const QString &name)
{
    for (const QJsonValue &p : config.value(QStringLiteral("profiles")).toArray()) {
        if (p.toObject().value(QStringLiteral("name")).toString() == name)
            return p.toObject();
    }
    return {};
}

QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./~:@%+=-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

// The `secret set` commands that store what the profiles still need, one per credential.
QStringList secretCommands(const ImportResult &result, const Request &r, const QJsonArray &providers)
{
    const QString config = r.target != defaultConfigPath() ? QStringLiteral(" --config ") + shellWord(r.target) : QString();
    QStringList lines;
    for (const QString &name : result.profilesNeedingSecret) {
        const QJsonObject profile = profileNamed(result.config, name);
        const QString provider = profile.value(QStringLiteral("provider")).toString();
        QJsonArray credentials;
        for (const QJsonValue &p : providers) {
            if (p.toObject().value(QStringLiteral("id")).toString() == provider)
                credentials = p.toObject().value(QStringLiteral("credentials")).toArray();
        }
        for (const QJsonValue &value : std::as_const(credentials)) {
            const QJsonObject c = value.toObject();
            const QString field = c.value(QStringLiteral("id")).toString();
            const bool primary = field == kPrimaryCredential;
            QString line = QStringLiteral("  qddns-agent%1 secret set %2").arg(config, name);
            if (!primary)
                line += QStringLiteral(" --field ") + field;
            const QJsonObject ref = primary ? profile.value(QStringLiteral("secret")).toObject()
                                            : profile.value(QStringLiteral("credentials")).toObject().value(field).toObject();
            if (ref.value(QStringLiteral("source")).toString() == QLatin1String("file"))
                line += QStringLiteral(" --file ") + shellWord(ref.value(QStringLiteral("path")).toString());
            if (!c.value(QStringLiteral("required")).toBool())
                line += QStringLiteral("   (if you use one)");
            lines << line;
        }
    }
    return lines;
}

QString detectorsText(const Config &config, Family family)
{
    QStringList list;
    for (const DetectorSpec &d : config.detection(family).detectors)
        list << d.describe();
    return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "));
}

// Settings of the whole configuration are the existing file's: its profiles already run with them.
// Each imported one that differs is said, so nothing is dropped silently.
QStringList settingsNotMerged(const QJsonObject &existingDocument, const Config &existing, const QJsonObject &imported,
                              const Config &importedConfig, const QString &path)
{
    QStringList lines;
    const auto kept = [&](const QString &key) {
        const QJsonValue v = existingDocument.value(key);
        return v.isUndefined() ? QStringLiteral("qddns's default") : QString::fromUtf8(compact(v));
    };
    const auto compare = [&](const char *key, bool differs) {
        const QString k = QString::fromLatin1(key);
        if (imported.contains(k) && differs)
            lines << QStringLiteral("%1: the file's %2 is not applied: %3 keeps its own (%4), which its profiles use")
                         .arg(k, QString::fromUtf8(compact(imported.value(k))), path, kept(k));
    };
    compare("interval", importedConfig.interval != existing.interval);
    compare("forceInterval", importedConfig.forceInterval != existing.forceInterval);
    compare("timeout", importedConfig.timeout != existing.timeout);
    compare("tls", importedConfig.caFile != existing.caFile);
    const QJsonObject detectors = imported.value(QStringLiteral("detectors")).toObject();
    for (const Family family : kFamilies) {
        const QString name = familyName(family);
        if (!detectors.contains(name) || detectorsText(importedConfig, family) == detectorsText(existing, family))
            continue;
        const bool own = existingDocument.value(QStringLiteral("detectors")).toObject().contains(name);
        lines << QStringLiteral("detectors.%1: the file's detectors (%2) are not applied: %3 keeps %4 (%5)")
                     .arg(name, detectorsText(importedConfig, family), path,
                          own ? QStringLiteral("its own") : QStringLiteral("qddns's default echo services"),
                          detectorsText(existing, family));
    }
    return lines;
}

void printConfigErrors(const QString &where, const ConfigErrors &errors)
{
    for (const ConfigError &e : errors)
        printError(QStringLiteral("qddns-agent: %1: %2").arg(where, e.toString()));
    printError(Cli::tr("qddns-agent: %n configuration error(s); nothing was imported", nullptr, int(errors.size())));
}

struct Existing
{
    QByteArray text;
    QJsonObject document;
    Config config;
};

} // namespace

QString importUsage()
{
    return QStringLiteral("qddns-agent import ddclient|inadyn|openwrt|ddns-updater FILE [--write [PATH]] [--merge] "
                          "[--secrets keychain|file:DIR|keep-out]");
}

Expected<QStringList, QString> storeImportedSecrets(const QList<ImportedSecret> &secrets, ImportOptions::SecretTarget target)
{
    if (secrets.isEmpty() || target == ImportOptions::SecretTarget::KeepOut)
        return QStringList{};
    return target == ImportOptions::SecretTarget::File ? storeInFiles(secrets) : storeInKeychain(secrets);
}

Expected<QByteArray, QString> withProfilesAdded(const QByteArray &existing, const QJsonArray &profiles)
{
    if (profiles.isEmpty())
        return existing;
    const JsonScanner scanner(existing);
    if (!scanner.isValid() || scanner.spans().isEmpty() || existing.at(scanner.spans().first().begin) != '{')
        return Unexpected{QStringLiteral("the configuration is not a JSON object")};
    QByteArray out = existing;
    if (const JsonSpan *list = scanner.find(QStringLiteral("profiles"))) {
        if (existing.at(list->begin) != '[')
            return Unexpected{QStringLiteral("its \"profiles\" is not a list")};
        const JsonSpan *last = nullptr;
        for (qsizetype i = 0;; ++i) {
            const JsonSpan *element = scanner.find(QStringLiteral("profiles[%1]").arg(i));
            if (!element)
                break;
            last = element;
        }
        if (!last) {
            // An empty list: the profiles on lines of their own, one level deeper than its key.
            out.replace(list->begin, list->end - list->begin, laidOut(profiles, indentBefore(existing, list->keyBegin).value_or(QByteArray())));
            return out;
        }
        // After the last profile, laid out as it is: on lines of its own or inline.
        const auto indent = indentBefore(existing, last->begin);
        QByteArray added;
        for (const QJsonValue &p : profiles)
            added += indent ? QByteArray(",\n" + *indent + laidOut(p, *indent)) : QByteArray(", " + compact(p));
        out.insert(last->end, added);
        return out;
    }
    const JsonSpan *lastMember = nullptr;
    for (const JsonSpan &span : scanner.spans()) {
        if (span.keyBegin >= 0 && !span.path.contains(QLatin1Char('.')) && !span.path.contains(QLatin1Char('[')))
            lastMember = &span;
    }
    if (!lastMember) {
        const JsonSpan &root = scanner.spans().first();
        out.replace(root.begin, root.end - root.begin, laidOut(QJsonObject{{QStringLiteral("profiles"), profiles}}, {}));
        return out;
    }
    const auto indent = indentBefore(existing, lastMember->keyBegin);
    const QByteArray member = "\"profiles\": " + laidOut(profiles, indent.value_or(QByteArray()));
    out.insert(lastMember->end, indent ? QByteArray(",\n" + *indent + member) : QByteArray(", " + member));
    return out;
}

int runImportCommand(const QCommandLineParser &parser, const QStringList &args, const ProviderRegistry &registry)
{
    const auto request = readRequest(parser, args);
    if (!request) {
        printError(QStringLiteral("qddns-agent: ") + request.error());
        return Exit::Usage;
    }
    const Request &r = request.value();

    QFile in(r.file);
    if (!in.open(QIODevice::ReadOnly)) {
        printError(Cli::tr("qddns-agent: cannot read %1: %2; nothing was imported").arg(r.file, in.errorString()));
        return Exit::Usage;
    }
    const QByteArray data = in.readAll();

    std::optional<Existing> existing;
    if (r.write && QFileInfo::exists(r.target)) {
        if (!r.merge) {
            printError(Cli::tr("qddns-agent: %1 exists, and an import never overwrites it; nothing was imported. Add "
                                      "--merge to put the imported profiles beside its own, or write another file with "
                                      "--write PATH").arg(r.target));
            return Exit::Usage;
        }
        QFile file(r.target);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(Cli::tr("qddns-agent: cannot read %1: %2; nothing was imported").arg(r.target, file.errorString()));
            return Exit::Usage;
        }
        Existing e;
        e.text = file.readAll();
        auto parsed = parseConfig(e.text, registry);
        if (!parsed) {
            for (const ConfigError &error : parsed.error())
                printError(QStringLiteral("qddns-agent: %1: %2").arg(r.target, error.toString()));
            printError(Cli::tr("qddns-agent: fix %1 first (`qddns-agent check-config`), then import again; nothing "
                                      "was imported").arg(r.target));
            return Exit::Usage;
        }
        e.config = std::move(parsed).value();
        e.document = QJsonDocument::fromJson(e.text).object();
        existing = std::move(e);
    }

    ImportOptions options;
    options.providers = registry.describe();
    options.checkProfile = [&registry](const QString &provider, const QJsonObject &profile, const QString &path) {
        return registry.validateProfile(provider, profile, path);
    };
    options.secrets = r.secrets;
    options.secretDirectory = r.secretDirectory;
    const ImportResult result = importConfig(r.tool, data, options);
    if (result.error) {
        printError(Cli::tr("qddns-agent: %1 cannot be read as %2's configuration: %3; nothing was imported")
                       .arg(r.file, importToolName(r.tool), result.error->toString()));
        return Exit::Usage;
    }
    const QJsonArray profiles = result.config.value(QStringLiteral("profiles")).toArray();

    // Validated as every configuration change is, with this agent's providers.
    const QByteArray imported = QJsonDocument(result.config).toJson(QJsonDocument::Indented);
    auto importedConfig = parseConfig(imported, registry);
    if (!importedConfig) {
        printConfigErrors(QStringLiteral("the imported configuration"), importedConfig.error());
        return Exit::Usage;
    }
    QByteArray text = imported;
    QStringList notMerged;
    if (existing) {
        QStringList clashes;
        for (const QJsonValue &p : profiles) {
            const QString name = p.toObject().value(QStringLiteral("name")).toString();
            if (existing->config.profile(name))
                clashes << name;
        }
        if (!clashes.isEmpty()) {
            printError(Cli::tr("qddns-agent: %1 already has profiles named %2; nothing was imported. Rename or remove "
                                      "them there, or write the import to another file with --write PATH")
                           .arg(r.target, quotedNames(clashes)));
            return Exit::Usage;
        }
        const auto merged = withProfilesAdded(existing->text, profiles);
        if (!merged) {
            printError(Cli::tr("qddns-agent: cannot add the profiles to %1: %2; nothing was imported").arg(r.target, merged.error()));
            return Exit::Usage;
        }
        text = merged.value();
        if (const auto parsed = parseConfig(text, registry); !parsed) {
            printConfigErrors(r.target, parsed.error());
            return Exit::Usage;
        }
        notMerged = settingsNotMerged(existing->document, existing->config, result.config, importedConfig.value(), r.target);
    }

    for (const Unsupported &n : result.notes)
        printError(Cli::tr("not imported: %1").arg(n.toString()));
    for (const Mapped &m : result.explanations)
        printError(QStringLiteral("mapped: ") + m.toString());
    for (const QString &line : std::as_const(notMerged))
        printError(Cli::tr("not merged: %1").arg(line));
    const int code = std::max(result.exitCode(), notMerged.isEmpty() ? Exit::Ok : Exit::Failure);

    if (r.write && profiles.isEmpty()) {
        printError(Cli::tr("qddns-agent: no profile could be imported from %1 (see above); nothing was written").arg(r.file));
        return Exit::Failure;
    }
    const auto stored = storeImportedSecrets(result.secrets, r.secrets);
    if (!stored) {
        printError((r.write ? Cli::tr("qddns-agent: %1; no configuration was written")
                            : Cli::tr("qddns-agent: %1; no configuration was printed")).arg(stored.error()));
        return Exit::Failure;
    }
    if (r.write) {
        if (const auto written = writeFileAtomically(r.target, text); !written) {
            printError(Cli::tr("qddns-agent: %1; the configuration is not written%2")
                           .arg(written.error(), stored->isEmpty() ? QString() : Cli::tr(" (its secrets are stored)")));
            return Exit::Failure;
        }
    } else {
        printOutput(QString::fromUtf8(text).trimmed());
    }

    if (!stored->isEmpty()) {
        if (r.secrets == ImportOptions::SecretTarget::File)
            printError(Cli::tr("qddns-agent: %n secret(s) in files readable by you only: %1", nullptr, int(stored->size()))
                           .arg(stored->join(QStringLiteral(", "))));
        else
            printError(Cli::tr("qddns-agent: %n secret(s) in the keychain (service %1), under %2", nullptr, int(stored->size()))
                           .arg(QString(kKeychainService), stored->join(QStringLiteral(", "))));
    }
    if (!result.profilesNeedingSecret.isEmpty()) {
        printError(Cli::tr("qddns-agent: no secret stored for %n profile(s); store each (it is read from standard input):", nullptr,
                               int(result.profilesNeedingSecret.size())));
        for (const QString &line : secretCommands(result, r, options.providers))
            printError(line);
    }
    const QString checkCommand = r.target != defaultConfigPath()
        ? QStringLiteral("qddns-agent --config %1 check-config").arg(shellWord(r.target))
        : QStringLiteral("qddns-agent check-config");
    if (r.write)
        printError(Cli::tr("qddns-agent: %n profile(s) written to %1%2; next: `%3`", nullptr, int(profiles.size()))
                       .arg(r.target,
                                                 existing ? Cli::tr(" beside its %1 own").arg(existing->config.profiles.size()) : QString(),
                                                 checkCommand));
    else
        printError(Cli::tr("qddns-agent: next: save the configuration above as %1 (or import again with --write), "
                                  "then `%2`").arg(homeRelative(r.target), checkCommand));
    return code;
}

} // namespace Qddns
