#include "secrets/secretstore.h"

#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

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

namespace {
// Answers on the next event-loop turn so callers see one behaviour for every backend.
void answerLater(QObject *context, SecretCallback done, SecretResult result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

QString keychainError(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound: return QStringLiteral("no secret stored in the keychain");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return QStringLiteral("the keychain refused access");
    case QKeychain::NoBackendAvailable: return QStringLiteral("no keychain (Secret Service) is available");
    default: return QStringLiteral("keychain error: %1").arg(job->errorString());
    }
}

template<typename Job>
Job *makeJob(const QString &profile)
{
    auto *job = new Job(QLatin1String(SystemSecretStore::kKeychainService));
    job->setAutoDelete(true);
    job->setKey(profile);
    return job;
}
// Starts a write or delete job whose only answer is success or the keychain's error.
void startReportingJob(QKeychain::Job *job, QObject *context, SecretCallback done)
{
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(QString());
        else
            done(Unexpected{keychainError(job)});
    });
    job->start();
}
} // namespace

void SystemSecretStore::read(const Profile &profile, QObject *context, SecretCallback done)
{
    const SecretRef &ref = profile.secret;
    switch (ref.source) {
    case SecretRef::Source::Keychain: {
        auto *job = makeJob<QKeychain::ReadPasswordJob>(profile.name);
        const QString name = profile.name;
        connect(job, &QKeychain::Job::finished, context, [job, done, name] {
            if (job->error() == QKeychain::NoError && !job->textData().isEmpty()) {
                done(job->textData());
            } else if (job->error() == QKeychain::EntryNotFound || job->error() == QKeychain::NoError) {
                done(Unexpected{QStringLiteral("no secret stored in the keychain; run `qddns-agent secret set %1`").arg(name)});
            } else {
                done(Unexpected{keychainError(job)});
            }
        });
        job->start();
        return;
    }
    case SecretRef::Source::File:
        answerLater(context, std::move(done), readSecretFile(ref.path));
        return;
    case SecretRef::Source::Env: {
        const QString value = qEnvironmentVariable(ref.name.toLocal8Bit().constData());
        answerLater(context, std::move(done), value.isEmpty()
            ? SecretResult(Unexpected{QStringLiteral("environment variable %1 is not set").arg(ref.name)})
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

void SystemSecretStore::writeKeychain(const QString &profile, const QString &secret, QObject *context, SecretCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(profile);
    job->setTextData(secret);
    startReportingJob(job, context, std::move(done));
}

void SystemSecretStore::deleteKeychain(const QString &profile, QObject *context, SecretCallback done)
{
    // Deleting a missing entry "succeeds" in libsecret; look first so the user hears the truth.
    auto *probe = makeJob<QKeychain::ReadPasswordJob>(profile);
    connect(probe, &QKeychain::Job::finished, context, [this, probe, profile, context, done] {
        if (probe->error() == QKeychain::EntryNotFound) {
            done(Unexpected{QStringLiteral("no secret is stored in the keychain; nothing to delete")});
            return;
        }
        removeKeychainEntry(profile, context, done);
    });
    probe->start();
}

void SystemSecretStore::removeKeychainEntry(const QString &profile, QObject *context, SecretCallback done)
{
    startReportingJob(makeJob<QKeychain::DeletePasswordJob>(profile), context, std::move(done));
}

} // namespace Qddns
