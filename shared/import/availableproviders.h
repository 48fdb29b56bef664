#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace Qddns {

/// \brief What the importer needs to know of one provider of the running qddns.
struct ProviderCapabilities
{
    QString id;
    QString name;
    QString usernameNeed = QStringLiteral("optional"); ///< "unused", "optional" or "required"
    QString secretNeed = QStringLiteral("required");
    bool ipv4 = true;
    bool ipv6 = true;
    QString defaultServer;   ///< e.g. https://dynupdate.no-ip.com; empty when a server must be set
    QStringList options;     ///< provider-specific profile keys (zone, proxied, url, …)
    QStringList requiredOptions;
    bool needsServer = false; ///< the generic DynDNS2 provider: no default server
};

/// \brief The providers available to the imported configuration, read from the metadata that
/// `qddns-agent providers --json` prints: the importer itself knows no provider.
class AvailableProviders
{
public:
    explicit AvailableProviders(const QJsonArray &metadata);

    const ProviderCapabilities *find(const QString &id) const;
    bool has(const QString &id) const { return find(id) != nullptr; }

private:
    QHash<QString, ProviderCapabilities> m_providers;
};

} // namespace Qddns
