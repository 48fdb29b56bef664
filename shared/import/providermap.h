#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Qddns {

/// \brief One way a service's credentials are written in the other tool's file.
struct AuthSet
{
    QString username;   ///< the tool's key, "$host" or "$domain"; empty: no username
    QString secret;     ///< the tool's key of the primary secret; empty: none
    QList<std::pair<QString, QString>> credentials;          ///< qddns field id, the tool's key
    QList<std::pair<QString, QRegularExpression>> when;      ///< the set applies when these match
    QString unsupported; ///< non-empty: this form of credentials cannot be imported, and why
};

/// \brief How one of the other tool's service names maps onto a qddns provider.
struct ServiceMapping
{
    QString name;          ///< the tool's own name for it (protocol=, provider, service_name)
    QString provider;      ///< qddns provider id; empty for a closed service
    QString closed;        ///< why the service is gone
    bool byServer = false; ///< the update server names the real service ("servers" table)
    QString defaultServer; ///< the tool's server when none is given
    QList<AuthSet> auth;   ///< empty: the tool's usual username + password keys
    QList<std::pair<QString, QString>> options; ///< the tool's key (or "$domain"), qddns profile key
    QHash<QString, QString> explain;            ///< the tool's key, why qddns needs no counterpart
    /// How the tool writes hosts: "host@zone" (host@zone), "below:login" (names relative to the
    /// domain in login, "@" for the domain itself), "username.domain" (the host in username, its
    /// domain in domain)
    QString hosts;
    QString family;        ///< "ipv4" / "ipv6": the name always publishes that family
};

/// \brief The mapping table of shared/import/importproviders.json: for each tool, its service
/// names to qddns provider ids and how their options map. Data, so that a provider added to
/// qddns only needs its id to be known to the table.
class ProviderMap
{
public:
    /// \brief The table built into the library.
    static const ProviderMap &builtin();
    /// \brief Reads a table; \a errors lists entries that were skipped and why.
    static ProviderMap fromJson(const QByteArray &json, QStringList *errors = nullptr);

    std::optional<ServiceMapping> ddclient(const QString &protocol) const;
    /// \brief inadyn's lookup: the exact name (":ID" removed) or an alias, else the first name
    /// that contains it.
    std::optional<ServiceMapping> inadyn(const QString &name) const;
    std::optional<ServiceMapping> openwrt(const QString &serviceName) const;
    std::optional<ServiceMapping> ddnsUpdater(const QString &provider) const;

    /// \brief The qddns provider of a DynDNS2-style update server (host name), or empty.
    QString providerForServer(const QString &host) const;
    /// \brief The display name of a provider qddns is planned to have, or empty.
    QString plannedName(const QString &id) const;
    /// \brief Every provider id the table maps to (for the table's own test).
    QStringList providerIds() const;

private:
    QHash<QString, ServiceMapping> m_ddclient;
    QList<std::pair<QStringList, ServiceMapping>> m_inadyn; ///< in inadyn's search order
    QHash<QString, ServiceMapping> m_openwrt;
    QHash<QString, ServiceMapping> m_ddnsUpdater;
    QHash<QString, QString> m_servers;
    QHash<QString, QString> m_planned;
};

} // namespace Qddns
