#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qddns::Gui {

/// Whether a provider uses a profile's username or secret ("unused", "optional", "required").
enum class Requirement { Unused, Optional, Required };

/// One provider-specific profile key as the agent describes it.
struct ProviderOptionInfo
{
    QString key;
    QString kind; ///< "string", "url", "regex", "boolean" or "integer"
    bool required = false;
    QJsonValue defaultValue; ///< undefined when the option has no default
    QString help;
    QString label; ///< the provider's name for it; empty: derived from the key
};

/// One credential a profile of the provider reads (an API key, its secret half...), the primary first.
struct CredentialInfo
{
    QString id;   ///< kPrimaryCredential ("secret") for the primary, else the key under the profile's "credentials"
    QString label;
    QString help;
    bool required = true;
};

/// One provider of the agent's `providers` reply. Everything the form needs comes from here,
/// so a provider the GUI has never heard of still gets a complete form.
struct ProviderEntry
{
    QString id;
    QString name;
    QString protocol;
    QString category;      ///< an Ipc::ProviderCategoryWord; empty from an older agent
    QString website;
    QString documentation; ///< the provider's own documentation of the API the agent speaks
    QDate checked;         ///< when the agent's requests were last checked against it; invalid: not yet
    QString help;
    QString server; ///< default server; empty when the profile must give one
    QString hostExample; ///< a host as the provider's users write it; empty from an older agent
    QString hostHelp;
    Requirement username = Requirement::Unused;
    QString usernameLabel; ///< the provider's word; empty from an older agent
    QString usernameHelp;
    Requirement secret = Requirement::Required;
    QString secretLabel;
    QString secretHelp;
    bool ipv4 = true;
    bool ipv6 = true;
    bool ttl = false; ///< the profile's "ttl" applies
    /// Every credential, the primary first; empty when the provider takes none. From an older agent
    /// without `credentials`, the primary alone, made from `secret`, `secretLabel` and `secretHelp`.
    QList<CredentialInfo> credentials;
    QList<ProviderOptionInfo> options;

    const ProviderOptionInfo *option(const QString &key) const;
    const CredentialInfo *credential(const QString &id) const;
    bool hasOption(const QString &key) const { return option(key) != nullptr; }

    static ProviderEntry fromJson(const QJsonObject &json);
};

/// The providers the agent knows, in the agent's order.
class ProviderCatalog
{
public:
    ProviderCatalog() = default;
    /// From the `providers` array (each entry as `qddns-agent providers --json` prints it).
    explicit ProviderCatalog(const QJsonArray &providers);
    /// From the whole `providers` reply: {providers: [...]}.
    static ProviderCatalog fromReply(const QJsonObject &reply);

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    const QList<ProviderEntry> &providers() const { return m_entries; }
    const ProviderEntry *find(const QString &id) const;
    QStringList ids() const;
    /// Adds or replaces (same id) one provider.
    void insert(const ProviderEntry &entry);

private:
    QList<ProviderEntry> m_entries;
};

Requirement requirementFromName(const QString &name);

} // namespace Qddns::Gui
