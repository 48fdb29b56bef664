#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QTimer>

namespace Qddns::Test {

/// \brief Secrets by keychain key, answered asynchronously like the real backends; counts reads.
/// No Q_OBJECT: the header is not listed in CMake, so AUTOMOC would not see it (none is needed).
class FakeSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;

    void setSecret(const QString &profile, const QString &secret)
    {
        m_errors.remove(profile);
        m_secrets.insert(profile, secret);
    }
    /// \brief Reads of \a profile fail with \a error until setSecret().
    void setError(const QString &profile, const QString &error) { m_errors.insert(profile, error); }

    int reads(const QString &profile) const { return m_reads.value(profile); }
    int totalReads() const
    {
        int total = 0;
        for (int n : m_reads)
            total += n;
        return total;
    }

    /// \brief Keyed like the keychain (keychainKey()): the profile for its primary credential,
    /// "PROFILE/FIELD" for the others, whatever source the profile names.
    void read(const SecretRef &, const QString &profile, const QString &field, QObject *context, SecretCallback done) override
    {
        const QString key = keychainKey(profile, field);
        ++m_reads[key];
        // Decided now, delivered later: what the store held when the engine asked.
        SecretResult result = m_errors.contains(key)
            ? SecretResult(Unexpected{m_errors.value(key)})
            : m_secrets.contains(key)
            ? SecretResult(m_secrets.value(key))
            : SecretResult(Unexpected{QStringLiteral("no secret stored for %1").arg(key)});
        answer(context, std::move(done), std::move(result));
    }

    /// \brief Writes of \a key fail with \a error.
    void setWriteError(const QString &key, const QString &error) { m_writeErrors.insert(key, error); }
    bool holds(const QString &key) const { return m_secrets.contains(key); }

    void writeKeychain(const QString &key, const QString &secret, QObject *context, SecretCallback done) override
    {
        if (m_writeErrors.contains(key)) {
            answer(context, std::move(done), SecretResult(Unexpected{m_writeErrors.value(key)}));
            return;
        }
        setSecret(key, secret);
        answer(context, std::move(done), SecretResult(secret));
    }

    void deleteKeychain(const QString &key, QObject *context, SecretCallback done) override
    {
        m_secrets.remove(key);
        answer(context, std::move(done), SecretResult(QString()));
    }

private:
    static void answer(QObject *context, SecretCallback done, SecretResult result)
    {
        QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
    }

    QHash<QString, QString> m_secrets;
    QHash<QString, QString> m_errors;
    QHash<QString, QString> m_writeErrors;
    QHash<QString, int> m_reads;
};

} // namespace Qddns::Test
