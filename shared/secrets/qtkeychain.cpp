#include "secrets/keychain.h"
#include "secrets/keychainservice.h"

#include <qt6keychain/keychain.h>

namespace Qddns {

namespace {

KeychainAnswer answerOf(const QKeychain::Job &job)
{
    KeychainAnswer answer;
    answer.detail = job.errorString();
    if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
        answer.text = read->textData();
    switch (job.error()) {
    case QKeychain::NoError: answer.status = KeychainAnswer::Status::Ok; break;
    case QKeychain::EntryNotFound: answer.status = KeychainAnswer::Status::NotFound; break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: answer.status = KeychainAnswer::Status::Refused; break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError: answer.status = KeychainAnswer::Status::Unavailable; break;
    default: answer.status = KeychainAnswer::Status::Failed; break;
    }
    return answer;
}

template<typename Job>
Job *makeJob(const QString &key)
{
    auto *job = new Job(QString(kKeychainService));
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

void start(QKeychain::Job *job, QObject *context, KeychainCallback done)
{
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] { done(answerOf(*job)); });
    job->start();
}

class QtKeychain final : public Keychain
{
public:
    void read(const QString &key, QObject *context, KeychainCallback done) override
    {
        start(makeJob<QKeychain::ReadPasswordJob>(key), context, std::move(done));
    }

    void write(const QString &key, const QString &secret, QObject *context, KeychainCallback done) override
    {
        auto *job = makeJob<QKeychain::WritePasswordJob>(key);
        job->setTextData(secret);
        start(job, context, std::move(done));
    }

    void remove(const QString &key, QObject *context, KeychainCallback done) override
    {
        start(makeJob<QKeychain::DeletePasswordJob>(key), context, std::move(done));
    }
};

} // namespace

std::unique_ptr<Keychain> createQtKeychain()
{
    return std::make_unique<QtKeychain>();
}

} // namespace Qddns
