#pragma once

#include "providers/closedservices.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Qddns {

/// \brief The providers the agent knows, by id. Built from the generated built-in list.
class ProviderRegistry : public ProviderCatalog
{
public:
    /// \brief The built-in providers (every qddns_add_provider() of the build).
    ProviderRegistry();
    explicit ProviderRegistry(ProviderList providers);

    const Provider *find(const QString &id) const;
    QList<const Provider *> providers() const;

    // ProviderCatalog: what the config layer validates profiles against.
    const ProviderInfo *info(const QString &id) const override;
    QStringList ids() const override;
    QList<ConfigError> validateProfile(const QString &id, const QJsonObject &profile, const QString &path) const override;
    QString closedService(const QString &id, const QLocale &locale) const override;

    /// \brief The services that shut down (closedservices.json), which no profile may name.
    const QList<ClosedService> &closedServices() const { return m_closed; }

    /// \brief Every provider's metadata as JSON (for `providers --json` and the GUI), its texts in
    /// \a locale's language (QLocale::c(): English).
    QJsonArray describe(const QLocale &locale = QLocale::c()) const;

private:
    ProviderList m_providers;
    QList<ClosedService> m_closed = builtinClosedServices();
};

/// \brief One provider's metadata as JSON, its fields named by Ipc::ProviderField, its texts in
/// \a locale's language.
QJsonObject describeProvider(const ProviderInfo &info, const QLocale &locale = QLocale::c());

namespace Providers {
ProviderList builtinProviders();
}

} // namespace Qddns
