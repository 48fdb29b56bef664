#include "providers/providerregistry.h"

#include "config/config.h"

#include <QJsonObject>

#include <algorithm>

namespace Qddns {

ProviderRegistry::ProviderRegistry() : ProviderRegistry(Providers::builtinProviders()) {}

ProviderRegistry::ProviderRegistry(ProviderList providers) : m_providers(std::move(providers))
{
    std::sort(m_providers.begin(), m_providers.end(),
              [](const auto &a, const auto &b) { return a->info().id < b->info().id; });
}

const Provider *ProviderRegistry::find(const QString &id) const
{
    for (const auto &p : m_providers) {
        if (p->info().id == id)
            return p.get();
    }
    return nullptr;
}

QList<const Provider *> ProviderRegistry::providers() const
{
    QList<const Provider *> list;
    for (const auto &p : m_providers)
        list.append(p.get());
    return list;
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

QStringList ProviderRegistry::ids() const
{
    QStringList list;
    for (const auto &p : m_providers)
        list.append(p->info().id);
    return list;
}

static QString needName(Need need)
{
    switch (need) {
    case Need::Unused: return QStringLiteral("unused");
    case Need::Optional: return QStringLiteral("optional");
    case Need::Required: return QStringLiteral("required");
    }
    return {};
}

// Every credential a profile of the provider reads, the primary first: a form shows one
// password field for each, and stores each under keychainKey(profile, id).
static QJsonArray credentialsJson(const ProviderInfo &info)
{
    QJsonArray list;
    if (info.secret != Need::Unused)
        list.append(QJsonObject{{QStringLiteral("id"), QString(kPrimaryCredential)},
                                {QStringLiteral("label"), info.secretLabel.isEmpty() ? QStringLiteral("Password") : info.secretLabel},
                                {QStringLiteral("help"), info.secretHelp},
                                {QStringLiteral("required"), info.secret == Need::Required}});
    for (const CredentialField &field : info.extraCredentials)
        list.append(QJsonObject{{QStringLiteral("id"), field.id},
                                {QStringLiteral("label"), field.label},
                                {QStringLiteral("help"), field.help},
                                {QStringLiteral("required"), field.required}});
    return list;
}

QJsonArray ProviderRegistry::describe() const
{
    QJsonArray list;
    for (const auto &p : m_providers) {
        const ProviderInfo &info = p->info();
        QJsonArray options;
        for (const ProviderOption &o : info.options) {
            QJsonObject option{{QStringLiteral("key"), o.key},
                               {QStringLiteral("kind"), optionKindName(o.kind)},
                               {QStringLiteral("required"), o.required},
                               {QStringLiteral("help"), o.help}};
            if (!o.defaultValue.isUndefined() && !o.defaultValue.isNull())
                option.insert(QStringLiteral("default"), o.defaultValue);
            if (!o.label.isEmpty())
                option.insert(QStringLiteral("label"), o.label);
            options.append(option);
        }
        // The words a form needs, with generic ones where a provider has none of its own, so a
        // client can build any provider's form from this alone.
        const auto orDefault = [](const QString &value, const char *fallback) {
            return value.isEmpty() ? QString::fromLatin1(fallback) : value;
        };
        list.append(QJsonObject{
            {QStringLiteral("id"), info.id},
            {QStringLiteral("name"), info.name},
            {QStringLiteral("protocol"), info.protocol},
            {QStringLiteral("website"), info.website},
            {QStringLiteral("help"), info.help},
            {QStringLiteral("server"), info.defaultServer.toString()},
            {QStringLiteral("hostExample"), orDefault(info.hostExample, "home.example.org")},
            {QStringLiteral("hostHelp"), info.hostHelp},
            {QStringLiteral("username"), needName(info.username)},
            {QStringLiteral("usernameLabel"), orDefault(info.usernameLabel, "Username")},
            {QStringLiteral("usernameHelp"), info.usernameHelp},
            {QStringLiteral("secret"), needName(info.secret)},
            {QStringLiteral("secretLabel"), orDefault(info.secretLabel, "Password")},
            {QStringLiteral("secretHelp"), info.secretHelp},
            {QStringLiteral("credentials"), credentialsJson(info)},
            {QStringLiteral("maxHostsPerRequest"), info.maxHostsPerRequest},
            {QStringLiteral("ipv4"), info.supportsIpv4},
            {QStringLiteral("ipv6"), info.supportsIpv6},
            {QStringLiteral("ttl"), info.supportsTtl},
            {QStringLiteral("options"), options},
        });
    }
    return list;
}

} // namespace Qddns
