#include "secrets/secretstore.h"
#include "core/atomicfile.h"

#include "config/configstore.h"
#include "core/logging.h"
#include "secrets/keychain.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Qddns {

QString stripTrailingNewline(QString text)
{
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

SecretResult readSecretFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Unexpected{QStringLiteral("secret file %1 does not exist").arg(path)};
    const auto open = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & open)
        return Unexpected{QStringLiteral("secret file %1 is readable or writable by others; "
                                         "run `chmod 600 %1` to make it owner-only").arg(path)};
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::geteuid())
        return Unexpected{QStringLiteral("secret file %1 belongs to another user").arg(path)};
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected{QStringLiteral("cannot read secret file %1: %2").arg(path, file.errorString())};
    const QString secret = stripTrailingNewline(QString::fromUtf8(file.read(64 * 1024)));
    if (secret.isEmpty())
        return Unexpected{QStringLiteral("secret file %1 is empty").arg(path)};
    return secret;
}

QString keychainUnreachable(const QString &profile, const QString &detail)
{
    // Over SSH, from cron or in a container there is no D-Bus session, so no Secret Service.
    const bool noSession = qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && !QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus"));
    const QString why = noSession ? QStringLiteral("there is no D-Bus session, as over SSH, from cron or in a service")
                                  : QStringLiteral("no Secret Service (such as gnome-keyring) answers on the D-Bus session");
    const QString name = profile.isEmpty() ? QStringLiteral("PROFILE") : profile;
    return QStringLiteral("no keychain is reachable: %1 (%2). Keep the secret in an owner-only file instead: "
                          "`qddns-agent secret set %3 --file ~/.config/qddns/%3.secret --write-config`, "
                          "or use the \"env\" or \"systemd-credential\" source (README, section Secrets)")
        .arg(why, detail.trimmed(), name);
}

Expected<bool, QString> writeSecretFile(const QString &path, const QString &secret)
{
    if (secret.isEmpty())
        return Unexpected{QStringLiteral("an empty secret is not written")};
    if (QFileInfo(path).isDir())
        return Unexpected{QStringLiteral("%1 is a directory; give the path of the file to write").arg(path)};
    // Owner-only before the first byte is written (the temporary file, then the rename).
    return writeFileAtomically(path, secret.toUtf8() + '\n');
}

namespace {
// Answers on the next event-loop turn so callers see one behaviour for every backend.
void answerLater(QObject *context, SecretCallback done, SecretResult result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

QString keychainError(const KeychainAnswer &answer, const QString &profile)
{
    switch (answer.status) {
    case KeychainAnswer::Status::NotFound: return QStringLiteral("no secret stored in the keychain");
    case KeychainAnswer::Status::Refused: return QStringLiteral("the keychain refused access");
    case KeychainAnswer::Status::Unavailable: return keychainUnreachable(profile, answer.detail);
    case KeychainAnswer::Status::Ok:
    case KeychainAnswer::Status::Failed: break;
    }
    return QStringLiteral("keychain error: %1").arg(answer.detail);
}

// The answer to a write or delete: success, or the keychain's error.
KeychainCallback reporting(const QString &key, SecretCallback done)
{
    return [key, done = std::move(done)](const KeychainAnswer &answer) {
        if (answer.status == KeychainAnswer::Status::Ok)
            done(QString());
        else
            done(Unexpected{keychainError(answer, key.section(QLatin1Char('/'), 0, 0))});
    };
}
} // namespace

QString keychainKey(const QString &profile, const QString &field)
{
    return field == kPrimaryCredential ? profile : profile + QLatin1Char('/') + field;
}

QString secretSetCommand(const QString &profile, const QString &field)
{
    return QStringLiteral("`qddns-agent secret set %1%2`")
        .arg(profile, field == kPrimaryCredential ? QString() : QStringLiteral(" --field ") + field);
}

void readCredentials(SecretStore &store, const Profile &profile, QObject *context,
                     std::function<void(const CredentialsResult &)> done)
{
    if (profile.credentials.isEmpty()) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(Credentials{}); });
        return;
    }
    // One read after the other: the first failure answers, the rest are not asked.
    struct Reading
    {
        QList<CredentialRef> left;
        Credentials values;
        std::function<void(const CredentialsResult &)> done;
    };
    auto reading = std::make_shared<Reading>(Reading{profile.credentials, {}, std::move(done)});
    auto next = std::make_shared<std::function<void()>>();
    *next = [&store, profile = profile.name, context, reading, next] {
        if (reading->left.isEmpty()) {
            reading->done(reading->values);
            *next = nullptr; // breaks the cycle through the captured pointer
            return;
        }
        const CredentialRef credential = reading->left.takeFirst();
        store.read(credential.ref, profile, credential.field, context, [reading, next, credential](const SecretResult &r) {
            if (!r) {
                reading->done(Unexpected{credential.field == kPrimaryCredential
                                             ? r.error()
                                             : QStringLiteral("credential %1: %2").arg(credential.field, r.error())});
                *next = nullptr;
                return;
            }
            reading->values.insert(credential.field, *r);
            (*next)();
        });
    };
    (*next)();
}

void storeNewKeychainEntries(SecretStore &store, const QList<KeychainEntry> &entries, QObject *context,
                             std::function<void(const KeychainKeysResult &)> done)
{
    struct Storing
    {
        QList<KeychainEntry> entries;
        QList<std::optional<QString>> held; // what each key holds now
        QStringList written;
        QString failure;
        int pending = 0;
        std::function<void(const KeychainKeysResult &)> done;
    };
    auto s = std::make_shared<Storing>();
    s->entries = entries;
    s->held.resize(entries.size());
    s->done = std::move(done);
    if (entries.isEmpty()) {
        QTimer::singleShot(0, context, [s] { s->done(QStringList{}); });
        return;
    }
    // Writes the keys that are free once every read has answered; each step answers asynchronously.
    const auto write = [&store, context, s] {
        QStringList taken;
        for (qsizetype i = 0; i < s->entries.size(); ++i) {
            if (s->held.at(i) && *s->held.at(i) != s->entries.at(i).value)
                taken << keychainKey(s->entries.at(i).profile, s->entries.at(i).field);
        }
        if (!taken.isEmpty()) {
            const QString names = QLatin1Char('"') + taken.join(QStringLiteral("\", \"")) + QLatin1Char('"');
            s->done(Unexpected{KeychainStoreError{QStringLiteral("the keychain already holds other secrets under %1 (an earlier "
                                                                 "import's, or a profile of another configuration); nothing was "
                                                                 "stored").arg(names), taken}});
            return;
        }
        for (qsizetype i = 0; i < s->entries.size(); ++i) {
            if (s->held.at(i))
                continue; // the same value is there already
            const QString key = keychainKey(s->entries.at(i).profile, s->entries.at(i).field);
            ++s->pending;
            store.writeKeychain(key, s->entries.at(i).value, context, [&store, context, s, key](const SecretResult &r) {
                if (r)
                    s->written << key;
                else if (s->failure.isEmpty())
                    s->failure = r.error();
                if (--s->pending > 0)
                    return;
                if (s->failure.isEmpty()) {
                    s->done(s->written);
                    return;
                }
                for (const QString &k : std::as_const(s->written))
                    store.deleteKeychain(k, context, [](const SecretResult &) {});
                s->done(Unexpected{KeychainStoreError{s->failure + QStringLiteral("; nothing was stored"), {}}});
            });
        }
        if (s->pending == 0)
            s->done(QStringList{});
    };
    s->pending = int(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        store.read(SecretRef{}, entries.at(i).profile, entries.at(i).field, context, [s, i, write](const SecretResult &r) {
            if (r)
                s->held[i] = r.value();
            if (--s->pending == 0)
                write();
        });
    }
}

void SystemSecretStore::read(const SecretRef &ref, const QString &profile, const QString &field, QObject *context,
                             SecretCallback done)
{
    switch (ref.source) {
    case SecretRef::Source::Keychain:
        keychain().read(keychainKey(profile, field), context, [done, profile, field](const KeychainAnswer &answer) {
            if (answer.status == KeychainAnswer::Status::Ok && !answer.text.isEmpty())
                done(answer.text);
            else if (answer.status == KeychainAnswer::Status::NotFound || answer.status == KeychainAnswer::Status::Ok)
                done(Unexpected{QStringLiteral("no secret stored in the keychain; run %1").arg(secretSetCommand(profile, field))});
            else
                done(Unexpected{keychainError(answer, profile)});
        });
        return;
    case SecretRef::Source::File:
        if (!QFileInfo::exists(ref.path)) {
            answerLater(context, std::move(done),
                        Unexpected{QStringLiteral("secret file %1 does not exist; write it with `qddns-agent secret set %2%3 --file %1`")
                                       .arg(ref.path, profile,
                                            field == kPrimaryCredential ? QString() : QStringLiteral(" --field ") + field)});
            return;
        }
        answerLater(context, std::move(done), readSecretFile(ref.path));
        return;
    case SecretRef::Source::Env: {
        const QString value = qEnvironmentVariable(ref.name.toLocal8Bit().constData());
        answerLater(context, std::move(done), value.isEmpty()
            ? SecretResult(Unexpected{QStringLiteral("environment variable %1 is not set for the agent (a unit sets it with "
                                                     "Environment= or EnvironmentFile=)").arg(ref.name)})
            : SecretResult(value));
        return;
    }
    case SecretRef::Source::SystemdCredential: {
        const QString dir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
        if (dir.isEmpty()) {
            answerLater(context, std::move(done),
                        Unexpected{QStringLiteral("systemd credential %1: $CREDENTIALS_DIRECTORY is not set "
                                                  "(add LoadCredential=%1:… to the service unit)").arg(ref.name)});
            return;
        }
        // systemd makes the directory private to the service; the file check still guards a hand-made one.
        answerLater(context, std::move(done), readSecretFile(dir + QLatin1Char('/') + ref.name));
        return;
    }
    }
}

SystemSecretStore::SystemSecretStore(QObject *parent) : SecretStore(parent) {}

SystemSecretStore::~SystemSecretStore() = default;

Keychain &SystemSecretStore::keychain()
{
    if (!m_keychain)
        m_keychain = createSystemKeychain();
    return *m_keychain;
}

void SystemSecretStore::writeKeychain(const QString &key, const QString &secret, QObject *context, SecretCallback done)
{
    keychain().write(key, secret, context, reporting(key, std::move(done)));
}

void SystemSecretStore::deleteKeychain(const QString &key, QObject *context, SecretCallback done)
{
    // Deleting a missing entry "succeeds" in libsecret; look first so the user hears the truth.
    keychain().read(key, context, [this, key, context, done](const KeychainAnswer &answer) {
        if (answer.status == KeychainAnswer::Status::NotFound) {
            done(Unexpected{QStringLiteral("no secret is stored in the keychain; nothing to delete")});
            return;
        }
        keychain().remove(key, context, reporting(key, done));
    });
}

} // namespace Qddns
