#pragma once

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;

namespace Qddns::Gui {

class ProfileEditorModel;
struct FieldSpec;

/// The form of one profile, built from ProfileEditorModel::fields(): name, provider, then one
/// editor per field with its error line beneath, the provider's help, and (advancedWidget())
/// the profile's record settings. Thin: every edit goes to the model, the widgets are rebuilt
/// when the provider changes.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(ProfileEditorModel *model, QWidget *parent = nullptr);

    /// IPv4/IPv6, TTL and plain-http settings of the profile, for the window's advanced section.
    QWidget *advancedWidget() const;

    /// The credentials (ids) the keychain holds for this profile; their fields say so (never show them).
    void setStoredCredentials(const QSet<QString> &stored);
    /// Puts typed but not yet saved credentials back into their fields (after switching profiles);
    /// the fields of the others are emptied.
    void setPendingSecrets(const QHash<QString, QString> &secrets);
    /// The agent runs under another account and cannot read this user's keychain: explain the
    /// other ways instead of offering a field.
    void setAgentIsOtherUser(bool otherUser);

    // For tests and the window.
    QComboBox *providerCombo() const { return m_provider; }
    /// Narrows the provider list by name, id, website or group.
    QLineEdit *providerSearch() const { return m_search; }
    /// A provider group's heading in the list, for a `category` word of the agent.
    static QString categoryLabel(const QString &category);
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *helpLabel() const { return m_help; }
    QWidget *fieldEditor(const QString &key) const { return m_editors.value(key); }
    QLabel *fieldLabel(const QString &key) const { return m_labels.value(key); }
    /// Whether the advanced section offers the record TTL.
    bool offersTtl() const;
    /// The message on display next to a field; empty when none.
    QString fieldErrorText(const QString &key) const;
    /// Keys of the provider fields on display, in order.
    QStringList fieldKeys() const { return m_keys; }
    /// Of the credential \a credential ("secret", the primary, when empty).
    QString secretStatusText(const QString &credential = {}) const;
    /// The password field of a credential ("secret", the primary, when empty); null when it has
    /// none (another source, another account).
    QLineEdit *secretEdit(const QString &credential = {}) const;

Q_SIGNALS:
    /// The user typed in the password field of \a credential (the text stays out of the profile).
    void secretEdited(const QString &credential, const QString &secret);

private:
    void rebuild();
    void populateProviders();
    void refreshAdvanced();
    void showErrors();
    QWidget *createEditor(const FieldSpec &field, QWidget *parent);
    QWidget *createSecretEditor(const FieldSpec &field, QWidget *parent);
    void updateSecretPlaceholders();

    ProfileEditorModel *m_model;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QLineEdit *m_search;
    QStandardItemModel *m_providerModel = nullptr;
    QStringList m_listedIds;  ///< what the provider list was built from
    QString m_listedSearch;
    QString m_listedCurrent;
    QLabel *m_help;
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_errors;
    QStringList m_keys;
    QHash<QString, QLineEdit *> m_secrets;     ///< credential id -> its password field
    QHash<QString, QLabel *> m_secretStatus;   ///< credential id -> "stored" / "not stored"
    QSet<QString> m_stored;
    bool m_agentIsOtherUser = false;

    QGroupBox *m_advanced;
    QFormLayout *m_advancedForm = nullptr;
    QWidget *m_ttlCell = nullptr;
    QCheckBox *m_ipv4;
    QCheckBox *m_ipv6;
    QSpinBox *m_ttl;
    QCheckBox *m_insecure;
    QLabel *m_insecureWarning;
};

} // namespace Qddns::Gui
