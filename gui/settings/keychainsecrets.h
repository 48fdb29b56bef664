#pragma once

#include "secrets/secretstore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Qddns::Gui {

/// The GUI's side of the keychain: profile secrets go straight from the password field to the
/// OS keychain (QtKeychain, service "qddns", key = profile name), where the agent reads them.
/// They never enter the config or cross the socket. Every call answers once, asynchronously,
/// unless \a context is destroyed first.
namespace KeychainSecrets {

inline constexpr QLatin1StringView kService = kKeychainService; // one name, shared/secrets

/// \a error is empty on success.
using Done = std::function<void(const QString &error)>;
using Probed = std::function<void(bool stored, const QString &error)>;

/// Whether a secret is stored for \a profile; the value read is dropped at once.
void probe(const QString &profile, QObject *context, Probed done);
void write(const QString &profile, const QString &secret, QObject *context, Done done);
/// Removing an entry that does not exist succeeds.
void remove(const QString &profile, QObject *context, Done done);
/// Moves the entry of a renamed profile; nothing stored under \a from is a success.
void move(const QString &from, const QString &to, QObject *context, Done done);

} // namespace KeychainSecrets

} // namespace Qddns::Gui
