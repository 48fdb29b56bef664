#include "providers/providerregistry.h"

#include "config/config.h"
#include "core/agenttext.h"
#include "ipc/protocol.h"

#include <QJsonObject>

#include <algorithm>

namespace Qddns {

ProviderRegistry::ProviderRegistry() : ProviderRegistry(Providers::builtinFactories()) {}

ProviderRegistry::ProviderRegistry(std::span<const ProviderFactory> factories)
    : m_factories(factories), m_built(factories.size(), false)
{
}

ProviderRegistry::ProviderRegistry(ProviderList providers) : m_providers(std::move(providers))
{
    std::sort(m_providers.begin(), m_providers.end(),
              [](const auto &a, const auto &b) { return a->info().id < b->info().id; });
}

const Provider *ProviderRegistry::findBuilt(const QString &id) const
{
    const auto it = std::lower_bound(m_providers.begin(), m_providers.end(), id,
                                     [](const auto &p, const QString &key) { return p->info().id < key; });
    return it != m_providers.end() && (*it)->info().id == id ? it->get() : nullptr;
}

void ProviderRegistry::build(size_t factory) const
{
    if (m_built[factory])
        return;
    m_built[factory] = true;
    ProviderList added;
    m_factories[factory].add(added);
    for (auto &provider : added) {
        const auto at = std::upper_bound(m_providers.begin(), m_providers.end(), provider->info().id,
                                         [](const QString &key, const auto &p) { return key < p->info().id; });
        m_providers.insert(at, std::move(provider));
    }
}

void ProviderRegistry::buildAll() const
{
    for (size_t i = 0; i < m_factories.size(); ++i)
        build(i);
}

const Provider *ProviderRegistry::find(const QString &id) const
{
    const QMutexLocker lock(&m_mutex);
    if (const Provider *provider = findBuilt(id))
        return provider;
    // Most files add one provider named like the file; presets and GET-URL services are found
    // only by building everything.
    for (size_t i = 0; i < m_factories.size(); ++i) {
        if (!m_built[i] && id == QLatin1String(m_factories[i].id)) {
            build(i);
            if (const Provider *provider = findBuilt(id))
                return provider;
        }
    }
    buildAll();
    return findBuilt(id);
}

QList<const Provider *> ProviderRegistry::providers() const
{
    const QMutexLocker lock(&m_mutex);
    buildAll();
    QList<const Provider *> list;
    for (const auto &p : m_providers)
        list.append(p.get());
    return list;
}

int ProviderRegistry::constructedCount() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_providers.size());
}

const ProviderInfo *ProviderRegistry::info(const QString &id) const
{
    const Provider *provider = find(id);
    return provider ? &provider->info() : nullptr;
}

QList<ConfigError> ProviderRegistry::validateProfile(const QString &id, const QJsonObject &profile, const QString &path) const
{
    const Provider *provider = find(id);
    return provider ? provider->validate(profile, path) : QList<ConfigError>{};
}

QString ProviderRegistry::closedService(const QString &id, const QLocale &locale) const
{
    for (const ClosedService &service : m_closed) {
        if (service.id == id)
            return service.message(locale);
    }
    return {};
}

QStringList ProviderRegistry::ids() const
{
    QStringList list;
    for (const Provider *p : providers())
        list.append(p->info().id);
    return list;
}

static QString needName(Need need)
{
    switch (need) {
    case Need::Unused: return Ipc::NeedWord::Unused;
    case Need::Optional: return Ipc::NeedWord::Optional;
    case Need::Required: return Ipc::NeedWord::Required;
    }
    return {};
}

// Every credential a profile of the provider reads, the primary first: a form shows one
// password field for each, and stores each under keychainKey(profile, id).
static QJsonArray credentialsJson(const ProviderInfo &info, const QString &defaultLabel)
{
    using namespace Ipc;
    QJsonArray list;
    if (info.secret != Need::Unused)
        list.append(QJsonObject{{ProviderField::Id, QString(kPrimaryCredential)},
                                {ProviderField::Label, info.secretLabel.isEmpty() ? defaultLabel : info.secretLabel},
                                {ProviderField::Help, info.secretHelp},
                                {ProviderField::Required, info.secret == Need::Required}});
    for (const CredentialField &field : info.extraCredentials)
        list.append(QJsonObject{{ProviderField::Id, field.id},
                                {ProviderField::Label, field.label},
                                {ProviderField::Help, field.help},
                                {ProviderField::Required, field.required}});
    return list;
}

QJsonObject describeProvider(const ProviderInfo &original, const QLocale &locale)
{
    using namespace Ipc;
    const ProviderInfo info = localized(original, locale);
    QJsonArray options;
    for (const ProviderOption &o : info.options) {
        QJsonObject option{{ProviderField::Key, o.key},
                           {ProviderField::Kind, optionKindName(o.kind)},
                           {ProviderField::Required, o.required},
                           {ProviderField::Help, o.help}};
        if (!o.defaultValue.isUndefined() && !o.defaultValue.isNull())
            option.insert(ProviderField::Default, o.defaultValue);
        if (!o.label.isEmpty())
            option.insert(ProviderField::Label, o.label);
        options.append(option);
    }
    // The words a form needs, with generic ones where a provider has none of its own, so a
    // client can build any provider's form from this alone.
    const auto orDefault = [&locale](const QString &value, const char *fallback) {
        return value.isEmpty() ? agentText(locale, "Qddns::ProviderText", QString::fromUtf8(fallback)) : value;
    };
    const QString defaultSecretLabel = orDefault(info.secretLabel, QT_TRANSLATE_NOOP("Qddns::ProviderText", "Password"));
    QJsonObject object{
        {ProviderField::Id, info.id},
        {ProviderField::Name, info.name},
        {ProviderField::Protocol, info.protocol},
        {ProviderField::Category, categoryName(info.category)},
        {ProviderField::Website, info.website},
        {ProviderField::Documentation, info.documentation.toString()},
        {ProviderField::Help, info.help},
        {ProviderField::Server, info.defaultServer.toString()},
        {ProviderField::HostExample, orDefault(info.hostExample, "home.example.org")},
        {ProviderField::HostHelp, info.hostHelp},
        {ProviderField::Username, needName(info.username)},
        {ProviderField::UsernameLabel, orDefault(info.usernameLabel, QT_TRANSLATE_NOOP("Qddns::ProviderText", "Username"))},
        {ProviderField::UsernameHelp, info.usernameHelp},
        {ProviderField::Secret, needName(info.secret)},
        {ProviderField::SecretLabel, defaultSecretLabel},
        {ProviderField::SecretHelp, info.secretHelp},
        {ProviderField::Credentials, credentialsJson(info, defaultSecretLabel)},
        {ProviderField::MaxHostsPerRequest, info.maxHostsPerRequest},
        {ProviderField::Ipv4, info.supportsIpv4},
        {ProviderField::Ipv6, info.supportsIpv6},
        {ProviderField::Ttl, info.supportsTtl},
        {ProviderField::Options, options},
    };
    // Absent rather than empty: a date that was never checked is not a date.
    if (info.checked.isValid())
        object.insert(ProviderField::Checked, info.checked.toString(Qt::ISODate));
    return object;
}

QJsonArray ProviderRegistry::describe(const QLocale &locale) const
{
    QJsonArray list;
    for (const Provider *p : providers())
        list.append(describeProvider(p->info(), locale));
    return list;
}

} // namespace Qddns
