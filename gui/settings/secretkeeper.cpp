#include "settings/secretkeeper.h"

#include "config/configkeys.h"
#include "core/logging.h"
#include "secrets/secretstore.h"
#include "settings/profileeditormodel.h"
#include "settings/profilelistmodel.h"

#include <QCoreApplication>

#include <memory>

namespace Qddns::Gui {

namespace {
// A keychain read: the only way through SecretStore to learn whether an entry exists. Its failure
// means "not stored" as much as "no keychain": either way there is nothing to move or remove.
const SecretRef kKeychain{};
} // namespace

SecretKeeper::SecretKeeper(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store ? store : new SystemSecretStore(this))
{
}

void SecretKeeper::probe(const QString &profile, const QString &field, QObject *context, std::function<void(bool)> done)
{
    m_store->read(kKeychain, profile, field, context, [profile, field, done = std::move(done)](const SecretResult &r) {
        if (!r)
            qCDebug(lcGui).noquote() << "no credential" << keychainKey(profile, field) << "in the keychain:" << r.error();
        done(r.hasValue());
    });
}

void SecretKeeper::write(const QString &profile, const QString &field, const QString &secret, QObject *context, Done done)
{
    const QString key = keychainKey(profile, field);
    m_store->writeKeychain(key, secret, context, [key, done = std::move(done)](const SecretResult &r) {
        if (!r)
            qCWarning(lcGui).noquote() << "storing" << key << "in the keychain failed:" << r.error();
        done(r ? QString() : r.error());
    });
}

void SecretKeeper::remove(const QString &profile, const QString &field, QObject *context, Done done)
{
    const QString key = keychainKey(profile, field);
    QPointer<QObject> guard(context);
    m_store->read(kKeychain, profile, field, context, [this, key, guard, done = std::move(done)](const SecretResult &r) {
        if (!r || !guard) {
            done(QString());
            return;
        }
        m_store->deleteKeychain(key, guard, [done](const SecretResult &removed) { done(removed ? QString() : removed.error()); });
    });
}

void SecretKeeper::move(const QString &from, const QString &to, const QString &field, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    m_store->read(kKeychain, from, field, context, [this, from, to, field, guard, done = std::move(done)](const SecretResult &r) {
        if (!r || !guard) {
            done(QString());
            return;
        }
        write(to, field, *r, guard, [this, from, field, guard, done](const QString &error) {
            if (!error.isEmpty() || !guard) {
                done(error);
                return;
            }
            remove(from, field, guard, done);
        });
    });
}

void SecretKeeper::run(QList<KeychainStep> steps, QObject *context, Finished done)
{
    struct Run
    {
        QList<KeychainStep> left;
        QList<KeychainStep> succeeded;
        QStringList errors;
        Finished done;
    };
    auto state = std::make_shared<Run>(Run{std::move(steps), {}, {}, std::move(done)});
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, context, state, next] {
        if (state->left.isEmpty()) {
            state->done(state->succeeded, state->errors);
            *next = nullptr; // breaks the cycle of shared pointers
            return;
        }
        const KeychainStep step = state->left.takeFirst();
        const auto after = [step, state, next](const QString &error) {
            const QString owner = step.kind == KeychainStep::Kind::Remove ? step.from : step.to;
            if (!error.isEmpty()) {
                state->errors.append(QCoreApplication::translate("SecretKeeper", "%1: %2").arg(keychainKey(owner, step.field), error));
            } else {
                KeychainStep done = step;
                done.secret.clear(); // no copy of a secret lives longer than needed
                state->succeeded.append(done);
            }
            (*next)();
        };
        switch (step.kind) {
        case KeychainStep::Kind::Remove: remove(step.from, step.field, context, after); break;
        case KeychainStep::Kind::Move: move(step.from, step.to, step.field, context, after); break;
        case KeychainStep::Kind::Write: write(step.to, step.field, step.secret, context, after); break;
        }
    };
    (*next)();
}

QList<KeychainStep> SecretKeeper::stepsForSave(const ProfileListModel &profiles, const ProviderCatalog &catalog)
{
    const auto keychainIds = [&catalog](const QJsonObject &profile) {
        return ProfileEditorModel::keychainCredentials(profile, catalog.find(profile.value(ConfigKey::Provider).toString()));
    };
    QList<KeychainStep> removes;
    QList<KeychainStep> moves;
    QList<KeychainStep> writes;
    const QList<ProfileListModel::Row> removed = profiles.removedRows();
    for (const ProfileListModel::Row &r : removed) {
        for (const QString &id : keychainIds(r.savedProfile))
            removes.append({KeychainStep::Kind::Remove, id, r.savedName, {}, {}});
    }
    for (int row = 0; row < profiles.rowCount(); ++row) {
        const ProfileListModel::Row &r = profiles.row(row);
        const QString name = r.profile.value(ConfigKey::Name).toString();
        const QStringList current = keychainIds(r.profile);
        if (!r.savedName.isEmpty()) {
            const bool renamed = r.savedName != name;
            for (const QString &id : keychainIds(r.savedProfile)) {
                if (!current.contains(id) || (renamed && r.pendingSecrets.contains(id)))
                    removes.append({KeychainStep::Kind::Remove, id, r.savedName, {}, {}});
                else if (renamed)
                    moves.append({KeychainStep::Kind::Move, id, r.savedName, name, {}});
            }
        }
        for (const QString &id : current) {
            if (r.pendingSecrets.contains(id))
                writes.append({KeychainStep::Kind::Write, id, {}, name, r.pendingSecrets.value(id)});
        }
    }
    return removes + moves + writes;
}

} // namespace Qddns::Gui
