#include "settings/keychainsecrets.h"

#include "core/logging.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace Qddns::Gui::KeychainSecrets {

namespace {
template<typename Job>
Job *makeJob(const QString &profile)
{
    // No insecure fallback: without a Secret Service the job fails and the user is told so,
    // rather than the secret landing in a plain file.
    auto *job = new Job(QString(kService));
    job->setAutoDelete(true);
    job->setKey(profile);
    return job;
}

QString describe(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("KeychainSecrets", "The keychain refused access.");
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate("KeychainSecrets", "No keychain (Secret Service) is available.");
    default:
        return QCoreApplication::translate("KeychainSecrets", "Keychain error: %1").arg(job->errorString());
    }
}
} // namespace

void probe(const QString &profile, QObject *context, Probed done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(profile);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound) {
            done(false, QString());
            return;
        }
        const bool stored = job->error() == QKeychain::NoError && !job->textData().isEmpty();
        done(stored, describe(job));
    });
    job->start();
}

void write(const QString &profile, const QString &secret, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(profile);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, profile, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            qCWarning(lcGui).noquote() << "storing the secret of profile" << profile << "failed:" << job->errorString();
        done(describe(job));
    });
    job->start();
}

void remove(const QString &profile, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(profile);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(job->error() == QKeychain::EntryNotFound ? QString() : describe(job));
    });
    job->start();
}

void move(const QString &from, const QString &to, QObject *context, Done done)
{
    auto *read = makeJob<QKeychain::ReadPasswordJob>(from);
    QObject::connect(read, &QKeychain::Job::finished, context, [read, from, to, context, done = std::move(done)] {
        if (read->error() == QKeychain::EntryNotFound) {
            done(QString());
            return;
        }
        if (read->error() != QKeychain::NoError) {
            done(describe(read));
            return;
        }
        write(to, read->textData(), context, [from, context, done](const QString &error) {
            if (!error.isEmpty()) {
                done(error);
                return;
            }
            remove(from, context, done);
        });
    });
    read->start();
}

} // namespace Qddns::Gui::KeychainSecrets
