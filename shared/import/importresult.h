#pragma once

#include "core/configerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Qddns {

/// \brief The clients whose configuration qddns can import.
enum class ImportTool { Ddclient, Inadyn, OpenWrt, DdnsUpdater };

/// \brief "ddclient", "inadyn", "openwrt", "ddns-updater": the names the command line takes.
QString importToolName(ImportTool tool);
std::optional<ImportTool> importToolFromName(const QString &name);
QStringList importToolNames();
/// \brief Where the tool keeps its configuration by default (e.g. /etc/ddclient/ddclient.conf).
QStringList importToolDefaultPaths(ImportTool tool);

/// \brief A password, token or key read from the other tool's file. Its value goes to a secret
/// store only: never into the configuration, a message or a log.
struct ImportedSecret
{
    QString profile;
    QString field;   ///< "secret" for the primary one, else the provider's credential field id
    QString value;
    QString path;    ///< ImportOptions::SecretTarget::File: the owner-only file to write it to
};

/// \brief An option of the other tool that was not imported, and why.
struct Unsupported
{
    QString option;
    int line = 0;
    QString why;

    QString toString() const;
};

/// \brief An option imported with a different form or meaning, and how.
struct Mapped
{
    QString option;
    int line = 0;
    QString how;

    QString toString() const;
};

/// \brief The file cannot be read as the tool's format: where, and what was expected there.
struct ImportError
{
    int line = 0;
    QString expected;

    QString toString() const; ///< "line 7: expected …"
};

/// \brief Where imported secrets are to go; decides the profiles' "secret" references.
struct ImportOptions
{
    enum class SecretTarget { Keychain, File, KeepOut };

    /// The providers of the qddns that will run the configuration, as `providers --json` (or the
    /// `providers` request) describes them. A service whose qddns provider is not among them is
    /// listed as not imported, so imports start working when the provider lands.
    QJsonArray providers;
    SecretTarget secrets = SecretTarget::Keychain;
    QString secretDirectory;   ///< File: absolute or ~/ directory of the owner-only files
    QStringList reservedNames; ///< profile names already in use (when merging into a configuration)
    /// The provider's own checks of a profile, as ProviderCatalog::validateProfile (the registry's
    /// validate()); errors name paths below \a path. A host they refuse is noted and left out, a
    /// profile they refuse otherwise is noted and not imported, so the import validates. Unset:
    /// not checked here (validating the result then refuses the whole configuration).
    std::function<ConfigErrors(const QString &provider, const QJsonObject &profile, const QString &path)> checkProfile;
};

/// \brief Everything an import produced.
struct ImportResult
{
    /// The qddns configuration as `config.get` shows it ("version": 1, "profiles", …).
    QJsonObject config;
    /// The values to store: one per profile (and named credential). Empty with KeepOut.
    QList<ImportedSecret> secrets;
    /// Options (and whole services) that were not imported: name, line, reason.
    QList<Unsupported> notes;
    /// Options mapped with a different form or meaning (ddclient's daemon=300 → "interval": "5m").
    QList<Mapped> explanations;
    /// Profiles whose secret is still to be stored (KeepOut, or none found in the file).
    QStringList profilesNeedingSecret;
    /// The file is not in the tool's format: nothing else is valid then.
    std::optional<ImportError> error;

    /// 0 when everything was imported, 1 when something was not (see notes), 2 for a file
    /// that cannot be read as the tool's format.
    int exitCode() const { return error ? 2 : notes.isEmpty() ? 0 : 1; }
};

} // namespace Qddns
