#pragma once

#include "config/hookspec.h"
#include "config/secretref.h"
#include "core/configerror.h"
#include "core/expected.h"
#include "core/addressrules.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Qddns {

class ProviderCatalog;


/// \brief The id of every provider's primary credential: the profile's `secret` key, the keychain
/// entry named after the profile. Other credentials have their own ids (e.g. "secretApiKey").
inline constexpr QLatin1StringView kPrimaryCredential{"secret"};
/// \brief The credential of a profile's proxy whose URL names a user: its password.
inline constexpr QLatin1StringView kProxyPasswordCredential{"proxyPassword"};

/// \brief One credential a profile reads: the provider's field and where its value comes from.
struct CredentialRef
{
    QString field; ///< kPrimaryCredential or a provider's own credential id
    SecretRef ref;
};

/// \brief One way to learn the public address of a family.
struct DetectorSpec
{
    enum class Type { Web, Interface, Command, Dns, Upnp };
    Type type = Type::Web;
    QUrl url;                  ///< Web
    QString interfaceName;     ///< Interface
    QStringList argv;          ///< Command: program and arguments, run without a shell
    QString dnsPreset;         ///< Dns: one of dnsDetectorPresets()
    QString dnsServer;         ///< Dns: "host[:port]" asked instead of the preset's servers (empty: theirs)
    std::chrono::milliseconds timeout{10000};
    bool allowInsecureHttp = false;
    QHostAddress sourceAddress; ///< Web: requests leave from this local address (null: the system's choice)
    QString sourceInterface;    ///< Web: ... from this interface's address of the family (empty: not set)

    QString describe() const;  ///< "web https://api.ipify.org", "interface eth0", "command /usr/bin/upnpc"
};

/// \brief The ordered detectors of one family and how many must agree.
struct FamilyDetection
{
    QList<DetectorSpec> detectors; ///< empty: the family is not detected at all
    int agree = 1;
};

/// \brief A host that publishes its own IPv6 address: the detected address's prefix with this
/// interface identifier (a NAS, a printer behind the agent), so its AAAA follows a prefix change.
struct Ipv6Suffix
{
    QHostAddress suffix;  ///< e.g. ::1234: only the bits after the prefix
    int prefixLength = 64;
};

/// \brief One set of hosts kept current at one provider account.
struct Profile
{
    QString name;
    QString provider;
    QStringList hosts;        ///< ASCII (IDNA) form
    QHash<QString, Ipv6Suffix> ipv6Suffixes; ///< hosts (of `hosts`) that publish the detected prefix + their own suffix
    bool ipv4 = true;
    bool ipv6 = false;
    QUrl server;              ///< empty: the provider's default
    QString username;
    SecretRef secret;         ///< where the primary credential comes from
    /// Every credential the provider uses, the primary first (empty when it uses none): the
    /// primary from `secret`, the others from `credentials` (keychain when not given).
    QList<CredentialRef> credentials;
    std::optional<int> ttl;
    bool allowInsecureHttp = false;
    QJsonObject options;      ///< provider-specific keys, already validated against ProviderInfo::options
    /// After an update, ask the zone's authoritative servers until they answer the new address
    /// (`nameservers`): those named, or found with an NS lookup when the profile says "auto".
    bool checkPropagation = false;
    QStringList nameservers;  ///< "host[:port]"; empty with checkPropagation: NS lookup
    /// The proxy of this profile's provider requests (unset: the global `proxy`; empty: none). A
    /// user name in it means the password is the credential kProxyPasswordCredential.
    std::optional<QUrl> proxy;
    /// The hooks told about this profile's records (unset: every hook; see HookSpec::profiles).
    std::optional<QStringList> hooks;
    QByteArray fingerprint;   ///< hash of the profile as written, hosts aside: a change clears holds and re-sends

    bool publishes(Family family) const { return family == Family::IPv4 ? ipv4 : ipv6; }
};

/// \brief The whole configuration, validated.
struct Config
{
    std::chrono::seconds interval{300};
    std::chrono::seconds forceInterval{25 * 24 * 3600};
    std::chrono::seconds timeout{10};
    FamilyDetection ipv4;
    FamilyDetection ipv6;
    QString caFile;
    /// Provider and echo requests go through this proxy: http://host:port or socks5://host:port
    /// (empty: direct). Requests to the LAN router (upnp) never do.
    QUrl proxy;
    QList<Profile> profiles;
    QList<HookSpec> hooks;

    const FamilyDetection &detection(Family family) const { return family == Family::IPv4 ? ipv4 : ipv6; }
    const Profile *profile(const QString &name) const;
    const HookSpec *hook(const QString &name) const;
    /// \brief Whether the records of \a profile are told to \a hook (the hook's own filter and
    /// the profile's list of hooks).
    bool tellsHook(const HookSpec &hook, const QString &profile) const;
    /// \brief The environment variables profiles and hooks read secrets from: child processes
    /// never inherit them.
    QStringList secretEnvironment() const;

    /// \brief The configuration used when there is no file: default detectors, no profile.
    static Config defaults();
};

/// \brief The built-in detector list of a family: independent HTTPS echo services.
QList<DetectorSpec> defaultDetectors(Family family);

/// \brief The services a `dns` detector can ask ("opendns", "cloudflare", "google"); the
/// detect layer knows what each is asked and where.
QStringList dnsDetectorPresets();

/// \brief Parses and validates a configuration file's contents. Every problem is reported,
/// each naming its JSON path; unknown keys are errors (a typo must not silently do nothing).
/// The messages are worded in \a locale's language where the agent catalogue has it (the CLI
/// passes the system locale, the socket the client's); QLocale::c() is English.
Expected<Config, ConfigErrors> parseConfig(const QByteArray &json, const ProviderCatalog &catalog,
                                           const QLocale &locale = QLocale::c());

/// \brief Whether \a host is a valid DNS host name (labels of letters, digits, '-', '_';
/// an optional leading "*." wildcard). Returns the reason when not, in \a locale's language.
QString hostNameProblem(const QString &host, const QLocale &locale = QLocale::c());

/// \brief Parses "300", 300, "5m", "25d", "1h30m" into seconds.
std::optional<std::chrono::seconds> parseDuration(const class QJsonValue &value);

} // namespace Qddns
