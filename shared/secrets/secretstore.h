#pragma once

#include "config/config.h"
#include "core/expected.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Qddns {

using SecretResult = Expected<QString, QString>;
using SecretCallback = std::function<void(const SecretResult &)>;

/// \brief Reads and writes profile secrets. Every call answers exactly once, asynchronously,
/// through \a done, unless \a context is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void read(const Profile &profile, QObject *context, SecretCallback done) = 0;
    virtual void writeKeychain(const QString &profile, const QString &secret, QObject *context, SecretCallback done) = 0;
    virtual void deleteKeychain(const QString &profile, QObject *context, SecretCallback done) = 0;
};

/// \brief The real backends: keychain (QtKeychain, service "qddns", key = profile name),
/// owner-only file, environment variable, systemd credential ($CREDENTIALS_DIRECTORY/name).
class SystemSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const Profile &profile, QObject *context, SecretCallback done) override;
    void writeKeychain(const QString &profile, const QString &secret, QObject *context, SecretCallback done) override;
    void deleteKeychain(const QString &profile, QObject *context, SecretCallback done) override;

    static constexpr const char *kKeychainService = "qddns";

private:
    void removeKeychainEntry(const QString &profile, QObject *context, SecretCallback done);
};

/// \brief Reads a secret file, refusing one that others can read or write or that another user owns.
SecretResult readSecretFile(const QString &path);

/// \brief Writes \a secret (and one newline) to \a path atomically, owner-only (0600), creating its
/// directory owner-only (0700) when missing: the file `readSecretFile()` and the "file" source read.
Expected<bool, QString> writeSecretFile(const QString &path, const QString &secret);

/// \brief Why the keychain cannot be used and what to do instead (the file, env or
/// systemd-credential source), for \a profile; \a detail is the keychain's own error text.
QString keychainUnreachable(const QString &profile, const QString &detail);

/// \brief Strips one trailing newline (as `echo` and editors leave), nothing else.
QString stripTrailingNewline(QString text);

} // namespace Qddns
