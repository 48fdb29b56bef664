#pragma once

#include "providers/provider.h"

#include <QJsonArray>

namespace Qddns {

/// \brief The providers the agent knows, by id. Built from the generated built-in list.
class ProviderRegistry
{
public:
    /// \brief The built-in providers (every qddns_add_provider() of the build).
    ProviderRegistry();
    explicit ProviderRegistry(ProviderList providers);

    const Provider *find(const QString &id) const;
    QList<const Provider *> providers() const;
    QStringList ids() const;

    /// \brief Every provider's metadata as JSON (for `providers --json` and the GUI).
    QJsonArray describe() const;

private:
    ProviderList m_providers;
};

namespace Providers {
ProviderList builtinProviders();
}

} // namespace Qddns
