#include "cli/secretcommands.h"
#include "core/atomicfile.h"

#include "config/configcheck.h"
#include "config/jsonscanner.h"
#include "cli/cli.h"
#include "providers/providerregistry.h"
#include "platform/terminal.h"
#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>


namespace Qddns {

namespace {

QString readSecretFromStdin(const QString &profile)
{
    const HiddenInput hidden(QStringLiteral("Secret for profile %1 (input hidden): ").arg(profile));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    // readLine() waits for the newline or the end of input, however the pipe delivers it.
    const QByteArray data = in.readLine(64 * 1024);
    // A secret is one line: what follows the first newline is not part of it.
    const QString text = QString::fromUtf8(data);
    return stripTrailingNewline(text.section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n'));
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray fileReference(const QString &path)
{
    return "{\"source\": \"file\", \"path\": " + jsonString(path) + '}';
}

qsizetype profileIndex(const QJsonObject &document, const QString &name)
{
    const QJsonArray profiles = document.value(QStringLiteral("profiles")).toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).toObject().value(QStringLiteral("name")).toString() == name)
            return i;
    }
    return -1;
}

// "the secret of profile "home"" or "credential secretApiKey of profile "home"".
QString whose(const QString &profile, const QString &field)
{
    return field == kPrimaryCredential ? Cli::tr("the secret of profile \"%1\"").arg(profile)
                                       : Cli::tr("credential %1 of profile \"%2\"").arg(field, profile);
}

// "profile "home" reads its secret" or "profile "home" reads credential secretApiKey".
QString readsWhat(const QString &profile, const QString &field)
{
    return field == kPrimaryCredential ? Cli::tr("profile \"%1\" reads its secret").arg(profile)
                                       : Cli::tr("profile \"%1\" reads credential %2").arg(profile, field);
}

int keychainCommand(QCoreApplication &app, const QString &action, const QString &profile, const QString &field)
{
    SystemSecretStore store;
    int code = Exit::Failure;
    auto done = [&](const QString &what) {
        return [&, what](const SecretResult &r) {
            if (r) {
                printError(what.arg(whose(profile, field)));
                code = Exit::Ok;
            } else {
                printError(QStringLiteral("qddns-agent: %1: %2").arg(whose(profile, field), r.error()));
            }
            app.exit(code);
        };
    };
    const QString key = keychainKey(profile, field);
    if (action == QLatin1String("set")) {
        const QString secret = readSecretFromStdin(profile);
        if (secret.isEmpty()) {
            printError(Cli::tr("qddns-agent: no secret on standard input; nothing stored"));
            return Exit::Failure;
        }
        store.writeKeychain(key, secret, &app, done(Cli::tr("qddns-agent: %1 is stored in the keychain")));
    } else {
        store.deleteKeychain(key, &app, done(Cli::tr("qddns-agent: %1 was deleted from the keychain")));
    }
    app.exec();
    return code;
}

// Where the configuration puts the reference of credential \a field: "secret" or "credentials.F".
QString referencePath(qsizetype profileIndex, const QString &field)
{
    return QStringLiteral("profiles[%1].").arg(profileIndex)
        + (field == kPrimaryCredential ? QStringLiteral("secret") : QStringLiteral("credentials.") + field);
}

// Inserts `"key": value` as the first member of the object spanning \a object, laid out as that
// member is: on a line of its own or inline.
QByteArray insertMember(const QByteArray &json, const JsonScanner &scanner, const JsonSpan &object, const QByteArray &member)
{
    QByteArray out = json;
    const QList<JsonSpan> &spans = scanner.spans();
    const auto it = std::find_if(spans.cbegin(), spans.cend(), [&](const JsonSpan &s) { return s.begin == object.begin && s.path == object.path; });
    const auto first = it + 1;
    if (first == spans.cend() || !first->path.startsWith(object.path + QLatin1Char('.')) || first->keyBegin < 0) {
        out.insert(object.begin + 1, member); // an empty object
        return out;
    }
    const qsizetype lineStart = json.lastIndexOf('\n', first->keyBegin - 1) + 1;
    const QByteArray indent = json.mid(lineStart, first->keyBegin - lineStart);
    const bool ownLine = std::all_of(indent.cbegin(), indent.cend(), [](char c) { return c == ' ' || c == '\t'; });
    out.insert(first->keyBegin, member + (ownLine ? ",\n" + indent : QByteArray(", ")));
    return out;
}

} // namespace

Expected<QByteArray, QString> withSecretReference(const QByteArray &json, qsizetype profileIndex, const QByteArray &reference,
                                                  const QString &field)
{
    const JsonScanner scanner(json);
    if (!scanner.isValid())
        return Unexpected{QStringLiteral("the configuration is not valid JSON")};
    const QString profilePath = QStringLiteral("profiles[%1]").arg(profileIndex);
    QByteArray out = json;
    if (const JsonSpan *existing = scanner.find(referencePath(profileIndex, field))) {
        out.replace(existing->begin, existing->end - existing->begin, reference);
        return out;
    }
    const JsonSpan *profile = scanner.find(profilePath);
    if (!profile || json.at(profile->begin) != '{')
        return Unexpected{QStringLiteral("the configuration has no profile object at %1").arg(profilePath)};
    if (field == kPrimaryCredential)
        return insertMember(json, scanner, *profile, "\"secret\": " + reference);
    const JsonSpan *credentials = scanner.find(profilePath + QStringLiteral(".credentials"));
    if (credentials && json.at(credentials->begin) == '{')
        return insertMember(json, scanner, *credentials, jsonString(field) + ": " + reference);
    return insertMember(json, scanner, *profile, "\"credentials\": {" + jsonString(field) + ": " + reference + '}');
}

int runSecretCommand(QCoreApplication &app, const QCommandLineParser &parser, const QString &action,
                     const QString &profile, const LoadedConfig &loaded, const ProviderRegistry &registry)
{
    const bool toFile = parser.isSet(QStringLiteral("file"));
    const bool writeConfig = parser.isSet(QStringLiteral("write-config"));
    if (action == QLatin1String("delete") && (toFile || writeConfig)) {
        printError(Cli::tr("qddns-agent: --file and --write-config apply to `secret set` only (remove a secret file with rm)"));
        return Exit::Usage;
    }
    if (writeConfig && !toFile) {
        printError(Cli::tr("qddns-agent: --write-config needs --file PATH (a keychain secret needs no reference in the configuration)"));
        return Exit::Usage;
    }

    const Profile *configured = loaded.config.profile(profile);
    const QString field = parser.isSet(QStringLiteral("field")) ? parser.value(QStringLiteral("field")) : QString(kPrimaryCredential);
    // The credential as the profile names it: its source, and whether the provider has it at all.
    std::optional<SecretRef> configuredRef;
    if (configured) {
        QStringList fields;
        for (const CredentialRef &c : configured->credentials) {
            fields.append(c.field);
            if (c.field == field)
                configuredRef = c.ref;
        }
        if (!configuredRef) {
            printError(Cli::tr("qddns-agent: provider \"%1\" of profile \"%2\" has no credential \"%3\"%4")
                           .arg(configured->provider, profile, field,
                                fields.isEmpty() ? Cli::tr(" (it uses none)")
                                                 : Cli::tr("; its credentials: %1").arg(fields.join(QStringLiteral(", ")))));
            return Exit::Usage;
        }
    }
    QString filePath;
    if (toFile) {
        const QString given = parser.value(QStringLiteral("file"));
        // On the command line a relative path means the current directory, as in any command.
        auto resolved = given.startsWith(QLatin1Char('~')) ? resolveConfigPath(given)
                                                           : Expected<QString, QString>(QFileInfo(given).absoluteFilePath());
        if (!resolved) {
            printError(QStringLiteral("qddns-agent: --file %1").arg(resolved.error()));
            return Exit::Usage;
        }
        filePath = resolved.value();
    } else if (configuredRef && configuredRef->source == SecretRef::Source::File && action == QLatin1String("set")) {
        filePath = configuredRef->path;
        printError(Cli::tr("qddns-agent: %1 from %2: writing it there").arg(readsWhat(profile, field), configuredRef->describe()));
    }

    QByteArray newConfig;
    if (writeConfig) {
        const qsizetype index = loaded.fromFile ? profileIndex(loaded.document, profile) : -1;
        if (index < 0) {
            printError(Cli::tr("qddns-agent: no profile named \"%1\" in %2: add the profile first (README, "
                                      "\"Configuration\"), then run this again; nothing was stored").arg(profile, loaded.path));
            return Exit::Usage;
        }
        QFile file(loaded.path);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(Cli::tr("qddns-agent: cannot read %1: %2; nothing was stored").arg(loaded.path, file.errorString()));
            return Exit::Failure;
        }
        const auto edited = withSecretReference(file.readAll(), index, fileReference(filePath), field);
        QString problem = edited ? QString() : edited.error();
        if (edited) {
            // The file may have changed since it was loaded: what is written must still be valid.
            if (const auto parsed = parseConfig(edited.value(), registry); !parsed)
                problem = parsed.error().value(0).toString();
        }
        if (!problem.isEmpty()) {
            printError(Cli::tr("qddns-agent: cannot add the reference to %1: %2; nothing was stored").arg(loaded.path, problem));
            return Exit::Failure;
        }
        newConfig = edited.value();
    }

    if (filePath.isEmpty()) {
        if (!configured)
            printError(Cli::tr("qddns-agent: note: no profile named \"%1\" in %2 yet").arg(profile, loaded.path));
        else if (configuredRef->source != SecretRef::Source::Keychain)
            printError(Cli::tr("qddns-agent: note: %1 from %2, not the keychain").arg(readsWhat(profile, field), configuredRef->describe()));
        return keychainCommand(app, action, profile, field);
    }

    const QString secret = readSecretFromStdin(profile);
    if (secret.isEmpty()) {
        printError(Cli::tr("qddns-agent: no secret on standard input; nothing stored"));
        return Exit::Failure;
    }
    if (const auto written = writeSecretFile(filePath, secret); !written) {
        printError(Cli::tr("qddns-agent: %1; nothing stored").arg(written.error()));
        return Exit::Failure;
    }
    printError(Cli::tr("qddns-agent: %1 is written to %2 (readable by you only)").arg(whose(profile, field), filePath));
    const QByteArray reference = field == kPrimaryCredential
        ? QByteArray("\"secret\": " + fileReference(filePath))
        : QByteArray("\"credentials\": {" + jsonString(field) + ": " + fileReference(filePath) + '}');
    if (writeConfig) {
        if (const auto written = writeFileAtomically(loaded.path, newConfig); !written) {
            printError(Cli::tr("qddns-agent: %1; put this in profile \"%2\" by hand: %3")
                           .arg(written.error(), profile, QString::fromUtf8(reference)));
            return Exit::Failure;
        }
        printError(Cli::tr("qddns-agent: profile \"%1\" in %2 now reads it from there; next: `qddns-agent check-config`")
                       .arg(profile, loaded.path));
    } else if (configuredRef && configuredRef->source == SecretRef::Source::File && configuredRef->path == filePath) {
        printError(Cli::tr("qddns-agent: next: `qddns-agent check-config`"));
    } else {
        printOutput(QString::fromUtf8(reference));
        printError(Cli::tr("qddns-agent: next: put the line above in profile \"%1\" of %2 (or run this again with "
                                  "--write-config), then `qddns-agent check-config`").arg(profile, loaded.path));
    }
    return Exit::Ok;
}

} // namespace Qddns
