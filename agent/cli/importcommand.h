#pragma once

#include "core/expected.h"
#include "import/importresult.h"

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

class QCommandLineParser;
class QCoreApplication;

namespace Qddns {

class ProviderRegistry;

/// \brief The usage line of `import`, for its errors and the command table.
QString importUsage();

/// \brief `import TOOL FILE [--write [PATH]] [--merge] [--secrets keychain|file:DIR|keep-out]`:
/// reads another client's configuration, stores its secrets and prints the equivalent
/// configuration, or validates and writes it. \a args are the positional arguments, "import"
/// first. Returns the exit code: 0 all imported, 1 something not (or a store or file failed),
/// 2 bad usage, a file not in the tool's format, or nothing imported for another reason.
int runImportCommand(const QCommandLineParser &parser, const QStringList &args, const ProviderRegistry &registry);

/// \brief Stores \a secrets in the keychain (under keychainKey(profile, field)) or, for File, in
/// the owner-only file each names (a leading ~/ is your home). Nothing is overwritten: when an
/// entry or a file already holds another value, nothing is stored and the error names it. Returns
/// where each went ("keychain entry home", "file /x/home.secret"), or why nothing was stored.
Expected<QStringList, QString> storeImportedSecrets(const QList<ImportedSecret> &secrets, ImportOptions::SecretTarget target);

/// \brief The configuration text \a existing with \a profiles appended to its "profiles" list (the
/// list added when it has none), laid out as the list is; every byte of \a existing is kept.
Expected<QByteArray, QString> withProfilesAdded(const QByteArray &existing, const QJsonArray &profiles);

} // namespace Qddns
