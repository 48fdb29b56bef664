#pragma once

#include "core/configerror.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Qddns {

// What a profile of each provider may contain, as data: the config validates against it, the
// tray builds its forms from it (through `providers`), and the providers layer supplies it.

/// \brief A provider-specific profile key, described for validation, `providers` and the GUI.
struct ProviderOption
{
    enum class Kind { String, Bool, Integer, Url, Regex };
    QString key;
    Kind kind = Kind::String;
    bool required = false;
    QJsonValue defaultValue;
    QString help;
    QString label; ///< the provider's name for the key in a form, e.g. "Zone"; empty: derived from the key
};
QString optionKindName(ProviderOption::Kind kind);

/// \brief A credential a provider needs besides its primary one (which `secret` describes): an API
/// key's secret half, a second token. A profile names where each comes from under `credentials`.
struct CredentialField
{
    QString id;      ///< the key under the profile's `credentials`, and of its keychain entry PROFILE/ID
    QString label;   ///< the provider's word for it, e.g. "Secret API key"
    QString help;
    bool required = true;
};

/// \brief Whether a provider uses a profile's username / secret.
enum class Need { Unused, Optional, Required };

/// \brief What kind of service a provider is, for the groups of a provider picker
/// (the words are Ipc::ProviderCategoryWord).
enum class ProviderCategory {
    DynDns,     ///< a dynamic DNS service: names under its domains, updated by URL
    DnsHosting, ///< a DNS hosting API: records of a zone the user owns
    Registrar,  ///< a domain registrar's DNS
    SelfHosted, ///< software the user runs (a DNS server's API)
    Generic,    ///< a protocol, not a service: the user names the server
};
QString categoryName(ProviderCategory category);
/// \brief The category of a wire word; nullopt for a word that is none.
std::optional<ProviderCategory> categoryFromName(const QString &name);

/// \brief Static description of a provider: identity, defaults, the keys a profile may use.
struct ProviderInfo
{
    QString id;                    ///< the profile's "provider" value
    QString name;                  ///< display name
    QString protocol;              ///< implementation family, e.g. "dyndns2" for every DynDNS2 preset
    ProviderCategory category = ProviderCategory::Generic;
    QString website;
    QUrl documentation;            ///< the provider's own documentation of the API qddns speaks
    /// The day the requests and replies qddns uses were last checked against that documentation;
    /// null when they have not been checked since the metadata had this field.
    QDate checked;
    QString help;                  ///< where to get credentials, which permission they need
    QUrl defaultServer;            ///< base URL; empty when the profile must give one
    QString hostExample;           ///< a host as this provider's users write it ("myhome" at Duck DNS)
    QString hostHelp;              ///< what a host is here, when more than "a fully qualified name"
    Need username = Need::Unused;
    QString usernameLabel;         ///< the provider's word for it, e.g. "Username or email"
    QString usernameHelp;
    Need secret = Need::Required;
    QString secretLabel;           ///< the provider's word for it, e.g. "Token", "API token"
    QString secretHelp;            ///< e.g. "API token with Zone.DNS:Edit"
    /// Credentials besides the primary one, each read from the store on its own (named credentials).
    QList<CredentialField> extraCredentials;
    /// The profile's "ttl" is sent to the provider; where it is not, "ttl" is an unknown key.
    bool supportsTtl = false;
    int maxHostsPerRequest = 1;
    /// When any record of a host is due, send every family the profile publishes: for services
    /// that drop the record of a family left out of an update (DynDNS2 with myip=v4,v6).
    bool sendsAllFamilies = false;
    bool supportsIpv4 = true;
    bool supportsIpv6 = true;
    QList<ProviderOption> options;
};

/// \brief \a info with every text (help, labels, the options' and credentials' words) in \a locale's
/// language where the agent catalogue has it (context Qddns::ProviderText); the rest unchanged.
ProviderInfo localized(const ProviderInfo &info, const QLocale &locale);

/// \brief The providers a configuration may name: implemented by the providers' registry, so that
/// the config layer validates profiles without knowing any provider.
class ProviderCatalog
{
public:
    virtual ~ProviderCatalog() = default;
    /// \brief The provider's description, or nullptr for an unknown id.
    virtual const ProviderInfo *info(const QString &id) const = 0;
    virtual QStringList ids() const = 0;
    /// \brief The provider's own checks beyond the generic ones; errors name paths below \a path.
    virtual QList<ConfigError> validateProfile(const QString &id, const QJsonObject &profile, const QString &path) const = 0;
    /// \brief For the id of a service that shut down, why it is refused and what to use instead
    /// ("<name> closed (in <when>); use <alternative>") in \a locale's language; empty for any other id.
    virtual QString closedService(const QString &id, const QLocale &locale) const
    {
        Q_UNUSED(id);
        Q_UNUSED(locale);
        return {};
    }
};

} // namespace Qddns
