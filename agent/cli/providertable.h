#pragma once

#include <QString>

namespace Qddns {

class ProviderRegistry;

/// \brief `providers [ID] [--json]`: every provider as a table (id, name, IPv4, IPv6, credentials,
/// options) with its help, or one provider in detail, or the metadata as JSON. Returns the exit code.
int printProviders(const ProviderRegistry &registry, const QString &id, bool json);

} // namespace Qddns
