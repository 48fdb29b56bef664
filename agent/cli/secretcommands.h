#pragma once

#include "config/configstore.h"

class QCommandLineParser;
class QCoreApplication;

namespace Qddns {

class ProviderRegistry;

/// \brief Profile \a profileIndex of the configuration text \a json with the reference of its
/// credential \a field ("secret", or "credentials"."F" for another) set to \a reference (a JSON
/// value), the rest of the text untouched; an error when the text has no such profile.
Expected<QByteArray, QString> withSecretReference(const QByteArray &json, qsizetype profileIndex, const QByteArray &reference,
                                                  const QString &field = QString(kPrimaryCredential));

/// \brief `secret set PROFILE [--field F] [--file PATH [--write-config]]` and `secret delete PROFILE
/// [--field F]`: the
/// secret is read from stdin and stored in the keychain, or in an owner-only file whose
/// "secret" reference is printed (or written into the profile). Returns the exit code.
int runSecretCommand(QCoreApplication &app, const QCommandLineParser &parser, const QString &action,
                     const QString &profile, const LoadedConfig &loaded, const ProviderRegistry &registry);

} // namespace Qddns
