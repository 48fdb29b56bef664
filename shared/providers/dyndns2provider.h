#pragma once

#include "providers/provider.h"

#include <QHash>

namespace Qddns {

/// \brief One DynDNS2-compatible service: its endpoint and quirks, as listed in dyndns2presets.json.
struct Dyndns2Preset
{
    QString id;
    QString name;
    ProviderCategory category = ProviderCategory::DynDns;
    QString website;
    QUrl documentation;                           ///< the service's documentation of its update API
    QDate checked;                                ///< when the preset was last checked against it
    QString help;
    QString usernameHelp;
    QString secretHelp;
    QString hostExample;                          ///< e.g. "myhome.ddns.net"; empty: a generic one
    QString hostHelp;
    QString usernameLabel;                        ///< the service's word, e.g. "Username or email"
    QString secretLabel;                          ///< e.g. "DDNS key"
    QUrl server;                                  ///< https base URL; empty for the generic "dyndns2"
    QString path = QStringLiteral("/nic/update");
    QList<std::pair<QString, QString>> query;     ///< fixed extra query items, e.g. OVH's system=dyndns
    int maxHosts = 20;                            ///< hostnames per request (1..20)
    bool familiesInOneRequest = true;             ///< false: one request per address family
    bool usernameIsHost = false;                  ///< the hostname is the username (he.net, nsupdate.info)
    QString fixedUsername;                        ///< Basic auth user for services that check only the secret
    bool sendsAddress = true;                     ///< false: no address item, the service takes the sender's
    bool ipv4 = true;
    bool ipv6 = true;
    QString ipv4Param = QStringLiteral("myip");   ///< query key of the IPv4 address
    QString ipv6Param = QStringLiteral("myip");   ///< same key as ipv4Param: "myip=v4,v6"
    QString keepValue;                            ///< with separate keys: value that keeps an unpublished family
    QString ipv4KeepParam;                        ///< sent as <key>=1 when a request leaves IPv4 out (keepipv4)
    QString ipv6KeepParam;                        ///< sent as <key>=1 when a request leaves IPv6 out (keepipv6)
    QHash<QString, QString> codeAliases;          ///< provider words for dyndns2 codes ("no_change" -> "nochg")
};

/// \brief Parses the presets file ({"presets": [...]}). Invalid presets are skipped and
/// described in \a errors.
QList<Dyndns2Preset> parseDyndns2Presets(const QByteArray &json, QStringList *errors = nullptr);

/// \brief The presets built into qddns (the embedded dyndns2presets.json).
QList<Dyndns2Preset> builtinDyndns2Presets();

/// \brief The DynDNS2 update protocol (GET <server>/nic/update?hostname=…&myip=…, HTTP Basic
/// auth, one status line per hostname) for one preset.
class Dyndns2Provider : public Provider
{
public:
    explicit Dyndns2Provider(Dyndns2Preset preset);

    const ProviderInfo &info() const override { return m_info; }
    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override;
    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override;

    const Dyndns2Preset &preset() const { return m_preset; }

private:
    Dyndns2Preset m_preset;
    ProviderInfo m_info;
};

} // namespace Qddns
