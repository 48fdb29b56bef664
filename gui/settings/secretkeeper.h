#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Qddns {
class SecretStore;
}

namespace Qddns::Gui {

class ProfileListModel;
class ProviderCatalog;

/// One change to the keychain, for one credential of a profile (entry keychainKey(PROFILE, FIELD)).
struct KeychainStep
{
    enum class Kind { Remove, Move, Write };
    Kind kind = Kind::Write;
    QString field;  ///< the credential: kPrimaryCredential or a provider's credential id
    QString from;   ///< Remove, Move: the profile it is stored under now
    QString to;     ///< Move, Write: the profile it belongs to afterwards
    QString secret; ///< Write
};

/// The tray's side of the keychain, through shared/secrets (the agent's SecretStore and its naming:
/// service "qddns", entry PROFILE for the primary credential, PROFILE/FIELD for the others): typed
/// credentials go from the password field straight to the OS keychain, where the agent reads them;
/// they never enter the config or cross the socket. Every call answers exactly once,
/// asynchronously, unless \a context is destroyed first. An error is text for people that never
/// holds a secret; empty on success.
class SecretKeeper : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QString &error)>;
    using Finished = std::function<void(const QList<KeychainStep> &succeeded, const QStringList &errors)>;

    /// Works through \a store; through the system's keychain (SystemSecretStore) when null.
    explicit SecretKeeper(SecretStore *store = nullptr, QObject *parent = nullptr);

    /// Whether the keychain holds the credential; the value read is dropped at once.
    void probe(const QString &profile, const QString &field, QObject *context, std::function<void(bool stored)> done);
    void write(const QString &profile, const QString &field, const QString &secret, QObject *context, Done done);
    /// Nothing stored is a success.
    void remove(const QString &profile, const QString &field, QObject *context, Done done);
    /// Moves the credential of a renamed profile; nothing stored under \a from is a success.
    void move(const QString &from, const QString &to, const QString &field, QObject *context, Done done);

    /// Runs \a steps one after the other (a failed one does not stop the rest); \a done gets the
    /// steps that succeeded (their secrets emptied) and one line per step that failed.
    void run(QList<KeychainStep> steps, QObject *context, Finished done);

    /// What a save asks of the keychain, in the order it must happen: the credentials of removed
    /// profiles and those a profile no longer reads from the keychain are removed, a renamed
    /// profile's move to its new name, then what was typed is written (so that a new profile
    /// taking a renamed one's old name does not have its secret moved away).
    static QList<KeychainStep> stepsForSave(const ProfileListModel &profiles, const ProviderCatalog &catalog);

private:
    SecretStore *m_store;
};

} // namespace Qddns::Gui
