#pragma once

#include "settings/providercatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace Qddns::Gui {

/// One input of the profile form, derived from the provider's metadata.
struct FieldSpec
{
    enum class Editor {
        HostList, ///< line edit of comma-separated host names -> "hosts": [...]
        LineEdit, ///< string, url, regex and the username/server
        Secret,   ///< password entry of one credential; the value never enters the profile
        CheckBox, ///< boolean option
        SpinBox,  ///< integer option
    };
    QString key;           ///< the profile key ("hosts", "username", "secret", "server", an option key) or
                           ///< "credentials.ID" for a credential besides the primary
    QString credential;    ///< Secret: the credential's id (kPrimaryCredential for "secret")
    Editor editor = Editor::LineEdit;
    QString kind;          ///< the option kind from the agent ("string", "url", ...); empty for built-in keys
    QString label;
    bool required = false;
    QString help;
    QString placeholder;
    QJsonValue defaultValue;
    bool isOption = false;
    bool tristate = false; ///< a boolean without default: "not set" leaves the choice to the provider
};

/// The profile being edited, as the config's JSON object, and what its form shows for the chosen
/// provider. Pure: no widgets, no socket. Error paths from `config.validate`, `config.set` and
/// `test` ("profiles[N].hosts[1]") are mapped to the fields of the profile at index N; every other
/// error becomes a general message.
class ProfileEditorModel : public QObject
{
    Q_OBJECT
public:
    explicit ProfileEditorModel(QObject *parent = nullptr);

    void setCatalog(const ProviderCatalog &catalog);
    const ProviderCatalog &catalog() const { return m_catalog; }

    /// Starts editing \a profile, found at \a index of the config's "profiles" list. Forgets errors.
    void setProfile(const QJsonObject &profile, qsizetype index);
    QJsonObject profile() const { return m_profile; }
    qsizetype profileIndex() const { return m_index; }
    void setProfileIndex(qsizetype index) { m_index = index; }

    QString name() const;
    void setName(const QString &name);
    QString providerId() const;
    const ProviderEntry *provider() const;
    /// Switches provider: its server becomes the placeholder, keys the new provider does not take
    /// (its options, username or secret when unused, an explicit server) are dropped.
    void setProvider(const QString &id);

    /// The fields the form shows for the current provider, in order (none without a provider).
    QList<FieldSpec> fields() const;
    bool hasField(const QString &key) const;

    QJsonValue value(const QString &key) const { return m_profile.value(key); }
    /// Sets a profile key as the user edited it; an undefined, null or empty-string value removes it.
    void setValue(const QString &key, const QJsonValue &value);
    /// The host names, whether written as a name or as {"name", "ipv6Suffix", ...}.
    QStringList hostNames() const;
    QString hostsText() const;
    /// Sets the names; a host that stays keeps its IPv6 suffix.
    void setHostsText(const QString &text);
    static QStringList splitHosts(const QString &text);
    /// A host's own IPv6 interface identifier (published with the detected prefix), as written.
    struct HostSuffix
    {
        QString suffix;       ///< empty: the host publishes the detected address itself
        int prefixLength = 0; ///< 0: not set (the agent's default)
    };
    HostSuffix hostSuffix(const QString &host) const;
    /// Writes \a host as {"name", "ipv6Suffix"[, "prefixLength"]}, or as its name alone when
    /// \a suffix is empty.
    void setHostSuffix(const QString &host, const QString &suffix, int prefixLength);

    /// Where the credential \a id comes from: the profile's "secret" for the primary, its
    /// "credentials" entry for the others; undefined when not written (the keychain).
    QJsonValue credentialSource(const QString &id) const;
    /// Whether a source (as credentialSource() gives it) is the keychain, where the tray stores.
    static bool isKeychainSource(const QJsonValue &source);
    /// The credentials of \a provider that \a profile reads from the keychain, the primary first.
    static QStringList keychainCredentials(const QJsonObject &profile, const ProviderEntry *provider);
    /// The form's key of a credential ("secret", "credentials.secretApiKey") and back (empty: none).
    static QString credentialFieldKey(const QString &id);
    static QString credentialOfFieldKey(const QString &key);

    /// The provider's own help, then what its username, secret and options are; plain text.
    QString helpText() const;
    /// helpText() as rich text with links to the provider's website and to the documentation the
    /// agent's requests were checked against (with the day).
    QString helpHtml() const;

    /// Maps errors [{path, message}] whose path names profile \a index (profileIndex() when left out).
    void setErrors(const QJsonArray &errors, qsizetype index);
    void setErrors(const QJsonArray &errors) { setErrors(errors, m_index); }
    void clearErrors();
    /// The messages for one field, one per line; empty when none (or the field is untouched).
    QString fieldError(const QString &key) const;
    /// Errors that belong to no field on display, "Label: message". Those of a field that has
    /// no place yet (the host names before a provider is chosen) only after touchAll().
    QStringList generalErrors() const;
    bool hasErrors() const;

    /// Errors of fields the user has not touched yet stay hidden (a new profile is not born red).
    void touch(const QString &key);
    void touchAll();

    /// The profile key an error path is about when it names profile \a index ("hosts" for
    /// "profiles[2].hosts[0]"), else an empty string.
    static QString keyForPath(const QString &path, qsizetype index);
    /// "zoneId" -> "Zone id", "url" -> "URL": a label for an option the GUI knows nothing about.
    static QString labelForKey(const QString &key);
    /// The provider's word for its username / secret, or a generic one.
    static QString usernameLabel(const ProviderEntry &provider);
    static QString secretLabel(const ProviderEntry &provider);
    /// Whether the form offers the record TTL: the provider takes one, or the profile has one.
    bool showsTtl() const;
    /// What the form calls a profile key ("Host names" for "hosts").
    QString keyLabel(const QString &key) const;

Q_SIGNALS:
    /// The provider changed: the form must be rebuilt from fields().
    void fieldsChanged();
    /// The profile changed through a setter.
    void edited();
    void errorsChanged();

private:
    bool isFieldKey(const QString &key) const;

    ProviderCatalog m_catalog;
    QJsonObject m_profile;
    qsizetype m_index = 0;
    QHash<QString, QStringList> m_fieldErrors;
    QStringList m_general;
    QStringList m_unplaced; ///< errors of fields not on display yet, "Label: message"
    QSet<QString> m_touched;
    bool m_allTouched = false;
};

} // namespace Qddns::Gui
