#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Qddns {

/// \brief What the keychain answered one request.
struct KeychainAnswer
{
    enum class Status {
        Ok,          ///< done; a read's secret is in text (which may be empty)
        NotFound,    ///< no such entry
        Refused,     ///< the keychain refused access
        Unavailable, ///< no keychain answers (no Secret Service, no D-Bus session, no module)
        Failed,      ///< any other error
    };
    Status status = Status::Failed;
    QString text;   ///< the secret, for a read that is Ok
    QString detail; ///< the keychain's own words, for the errors
};
using KeychainCallback = std::function<void(const KeychainAnswer &)>;

/// \brief The OS keychain's entries of service kKeychainService, by key. Each call answers once,
/// asynchronously, unless \a context is destroyed first.
class Keychain
{
public:
    virtual ~Keychain() = default;
    virtual void read(const QString &key, QObject *context, KeychainCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, KeychainCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, KeychainCallback done) = 0;
};

/// \brief The system's keychain (QtKeychain). Which definition a program links chooses how:
/// qddns_secrets links QtKeychain in; the Linux agent links qddns_keychain_loader instead, which
/// loads the keychain module (libqddns-keychain.so) on first use, so an agent whose secrets are
/// files never maps QtKeychain, QtDBus and their libraries.
std::unique_ptr<Keychain> createSystemKeychain();

/// \brief A keychain over QtKeychain (qtkeychain.cpp: in qddns_secrets and in the module).
std::unique_ptr<Keychain> createQtKeychain();

} // namespace Qddns
