#pragma once

#include "import/importresult.h"
#include "import/availableproviders.h"
#include "import/providermap.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <utility>

namespace Qddns {

/// \brief A value of the other tool's file with the line it came from.
struct SourceValue
{
    QString value;
    int line = 0;
};
using SourceValues = QMap<QString, SourceValue>;

/// \brief A detector the other tool's settings ask for.
struct DetectorDraft
{
    enum class Type { Web, Interface, Command };
    Type type = Type::Web;
    QString url;
    QString interfaceName;
    QStringList argv;

    QJsonObject toJson() const;
    bool operator==(const DetectorDraft &other) const { return toJson() == other.toJson(); }
};

/// \brief One profile as read from the other tool, before it is checked against the provider.
struct ProfileDraft
{
    QString origin;       ///< the option that named the service: "protocol", "provider", "service_name"
    QString serviceName;  ///< the tool's name for the service, for messages
    int line = 0;
    QString provider;
    QStringList hosts;
    QHash<QString, QJsonObject> hostSuffixes; ///< host → {"ipv6Suffix", "prefixLength"}: publishes the prefix + its own suffix
    QString domain;       ///< the registered domain ("$domain"); empty: guessed from the first host
    QString username;
    QString usernameOption; ///< the tool's key it came from, for messages
    SourceValue secret;   ///< the primary secret's value and line
    QString secretOption; ///< the tool's key it came from, for messages
    QJsonObject secretRef; ///< a reference the tool already used (an environment variable): no value
    QList<std::pair<QString, SourceValue>> credentials; ///< further named credentials
    QJsonObject fields;   ///< server, zone, proxied, ttl, url, successPattern
    bool ipv4 = true;
    bool ipv6 = false;
    QList<DetectorDraft> detectors4; ///< empty: qddns's default echo services
    QList<DetectorDraft> detectors6;
};

/// \brief Collects what the importers read and turns it into a qddns configuration: checks each
/// profile against the available providers, merges what belongs together, names profiles, places
/// secrets by the chosen target and makes sure none of them reaches the configuration or a message.
class ProfileBuilder
{
public:
    ProfileBuilder(const ImportOptions &options, ImportResult &result, const ProviderMap &map = ProviderMap::builtin());

    const ProviderMap &map() const { return m_map; }
    const AvailableProviders &catalog() const { return m_catalog; }

    void note(const QString &option, int line, const QString &why);
    void explain(const QString &option, int line, const QString &how);
    /// \brief Remembers a secret read from the file, imported or not: finish() makes sure it
    /// appears in neither the configuration nor any message.
    void registerSecret(const QString &value);
    /// \brief Takes back registerSecret() for a value that turned out to be no secret (the path
    /// of a key file given as a password).
    void forgetSecret(const QString &value) { m_secretValues.removeAll(value); }
    /// \brief Marks the file as not of the tool's format; the first error wins.
    void fail(int line, const QString &expected);
    bool failed() const { return m_result.error.has_value(); }

    /// \brief Whether \a mapping's provider is available; otherwise notes why the service (and
    /// its \a hosts) cannot be imported.
    bool available(const ServiceMapping &mapping, const QString &provider, const QString &option, int line,
                   const QStringList &hosts);
    /// \brief Fills the draft's username, secret, named credentials and options from \a values by
    /// the mapping's credential sets; returns the keys it used. \a defaultUsername and
    /// \a defaultSecret are the tool's usual keys, for mappings that name none.
    QSet<QString> applyMapping(ProfileDraft &draft, const ServiceMapping &mapping, const SourceValues &values,
                               const QString &defaultUsername, const QString &defaultSecret);
    /// \brief The registered domain of the draft: its own, else the last two labels of its first host.
    QString registeredDomain(const ProfileDraft &draft, const QString &option, int line);

    /// \brief Checks the draft against its provider and keeps it (or notes why not).
    void addProfile(ProfileDraft draft);

    void setInterval(std::chrono::seconds interval, const QString &option, int line);
    void setForceInterval(std::chrono::seconds interval, const QString &option, int line);
    void setTimeout(std::chrono::seconds timeout, const QString &option, int line);
    void setCaFile(const QString &path, const QString &option, int line);

    /// \brief Writes the configuration and the secrets into the result.
    void finish();

    /// \brief Why \a host cannot be a qddns host name, or empty.
    static QString hostProblem(const QString &host);
    /// \brief A duration for messages and the configuration: "5m", "1h30m", "25d", "45".
    static QString durationText(std::chrono::seconds seconds);

private:
    struct Kept
    {
        ProfileDraft draft;
        QString name;
    };
    bool sameAccount(const ProfileDraft &a, const ProfileDraft &b) const;
    QString uniqueName(const ProfileDraft &draft, const QSet<QString> &taken) const;
    /// The profile as written, without its secret: what the provider's checks see.
    static QJsonObject draftJson(const ProfileDraft &draft, const QString &name);
    /// Leaves out the hosts the provider's own checks refuse (noted); false when nothing is left
    /// or the provider refuses the profile itself.
    bool passesProviderChecks(ProfileDraft &draft, const QString &service);
    QJsonObject profileJson(const Kept &kept, bool &needsSecret);
    QJsonObject detectorsJson() const;
    void scrub();

    const ImportOptions &m_options;
    ImportResult &m_result;
    const ProviderMap &m_map;
    AvailableProviders m_catalog;
    QList<Kept> m_profiles;
    std::optional<std::chrono::seconds> m_interval;
    std::optional<std::chrono::seconds> m_forceInterval;
    std::optional<std::chrono::seconds> m_timeout;
    QString m_caFile;
    QSet<QString> m_seenNotes;
    QStringList m_secretValues;
};

} // namespace Qddns
