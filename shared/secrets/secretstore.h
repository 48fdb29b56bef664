#pragma once

#include "config/config.h"
#include "core/expected.h"
#include "secrets/keychainservice.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Qddns {

class Keychain;

using SecretResult = Expected<QString, QString>;
using SecretCallback = std::function<void(const SecretResult &)>;

/// \brief A keychain entry's name: the profile for its primary credential (as before named
/// credentials existed), "PROFILE/FIELD" for the others.
QString keychainKey(const QString &profile, const QString &field = QString(kPrimaryCredential));

/// \brief The command that stores a credential, for messages: `qddns-agent secret set P [--field F]`.
QString secretSetCommand(const QString &profile, const QString &field = QString(kPrimaryCredential));

/// \brief Reads and writes secrets. Every call answers exactly once, asynchronously, through
/// \a done, unless \a context is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// \brief Reads the credential \a field of \a profile from where \a ref says.
    virtual void read(const SecretRef &ref, const QString &profile, const QString &field, QObject *context,
                      SecretCallback done) = 0;
    /// \brief Writes and deletes keychain entries by keychainKey().
    virtual void writeKeychain(const QString &key, const QString &secret, QObject *context, SecretCallback done) = 0;
    virtual void deleteKeychain(const QString &key, QObject *context, SecretCallback done) = 0;
};

/// \brief A profile's credential values by field id (kPrimaryCredential for the primary).
using Credentials = QMap<QString, QString>;
using CredentialsResult = Expected<Credentials, QString>;

/// \brief Reads every credential of \a profile; \a done gets them all, or the first failure
/// (naming its field when it is not the primary), unless \a context is destroyed first.
void readCredentials(SecretStore &store, const Profile &profile, QObject *context,
                     std::function<void(const CredentialsResult &)> done);

/// \brief One credential to put in the keychain, e.g. one an import read from another tool's file.
struct KeychainEntry
{
    QString profile;
    QString field = QString(kPrimaryCredential);
    QString value;
};
/// \brief Why storeNewKeychainEntries() stored nothing.
struct KeychainStoreError
{
    QString message;
    QStringList taken; ///< keys holding another value; empty when the keychain failed
};
using KeychainKeysResult = Expected<QStringList, KeychainStoreError>;

/// \brief Puts \a entries in the keychain without ever replacing a value: a key that holds the
/// same value already is left alone; when any key holds another value, nothing is written and the
/// error names those keys. All or nothing: when a write fails, the entries written before it are
/// removed again. \a done gets the keys written (a caller whose next step fails takes them back).
void storeNewKeychainEntries(SecretStore &store, const QList<KeychainEntry> &entries, QObject *context,
                             std::function<void(const KeychainKeysResult &)> done);

/// \brief The real backends: keychain (createSystemKeychain(), service "qddns", keys from keychainKey()),
/// owner-only file, environment variable, systemd credential ($CREDENTIALS_DIRECTORY/name).
class SystemSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit SystemSecretStore(QObject *parent = nullptr);
    ~SystemSecretStore() override;
    void read(const SecretRef &ref, const QString &profile, const QString &field, QObject *context,
              SecretCallback done) override;
    void writeKeychain(const QString &key, const QString &secret, QObject *context, SecretCallback done) override;
    void deleteKeychain(const QString &key, QObject *context, SecretCallback done) override;

private:
    Keychain &keychain(); ///< createSystemKeychain(), on first use
    std::unique_ptr<Keychain> m_keychain;
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
