#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Qddns::Ipc {
class AgentClient;
}

namespace Qddns::Gui {

class SecretKeeper;

/// Settings, Alerts: the configuration's `hooks` as a list, and a form for the two kinds a desktop
/// user sets up by hand, a webhook and an ntfy topic (others are kept as written and can be tested).
/// "Send test" asks the agent to run the entry on display, saved or not (`hooks.test`); a token
/// typed here goes to the keychain (`hook:NAME`), never into the configuration or over the socket.
class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPage(Ipc::AgentClient *client, QWidget *parent = nullptr);

    /// The window's profiles and this page as two tabs; \a profileOnly shows with the profiles only.
    QTabWidget *withProfiles(QLayout *profiles, const QList<QWidget *> &profileOnly);
    QTabWidget *tabs() const { return m_tabs; }

    /// The saved entries (from `config.get`); what is typed but not saved is dropped.
    void setHooks(const QJsonArray &hooks);
    QJsonArray hooks() const { return m_hooks; }
    /// Puts the edited `hooks` into \a document (none: the key is left out).
    void applyTo(QJsonObject &document) const;
    /// The validation's errors whose path is a hook's.
    void setErrors(const QJsonArray &errors);
    static bool isAlertsPath(const QString &path);
    /// After a save: the typed tokens into the keychain; then secretsStored().
    void storeSecrets();

    void addTarget(const QString &type); ///< "webhook" or "ntfy"
    void removeCurrent();
    void select(int row);
    int currentRow() const { return m_current; }
    void sendTest();

    // For tests.
    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QCheckBox *eventBox(const QString &event) const { return m_events.value(event); }
    QPushButton *testButton() const { return m_test; }
    QString testResultText() const;
    QString errorText() const;

Q_SIGNALS:
    void edited();
    /// A `hooks.test` answer is on display.
    void tested();
    void secretsStored();

private:
    void showCurrent();
    void formEdited();
    void refreshList();
    QString uniqueName(const QString &base) const;
    void requestTest(const QJsonObject &hook, const QString &removeAfter);

    Ipc::AgentClient *m_client;
    SecretKeeper *m_keeper; ///< the tray's keychain client (shared/secrets)
    QTabWidget *m_tabs = nullptr;
    QJsonArray m_hooks;
    QSet<QString> m_savedNames;
    QHash<QString, QString> m_pendingSecrets; ///< hook name → typed token
    QJsonArray m_errors;
    int m_current = -1;
    bool m_filling = false;

    QListWidget *m_list;
    QPushButton *m_addWebhook;
    QPushButton *m_addNtfy;
    QPushButton *m_remove;
    QWidget *m_form;
    QLabel *m_kindNote;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QHash<QString, QCheckBox *> m_events;
    QComboBox *m_method;
    QPlainTextEdit *m_body;
    QLineEdit *m_title;
    QComboBox *m_priority;
    QLineEdit *m_tags;
    QLineEdit *m_token;
    QList<QWidget *> m_webhookOnly;
    QList<QWidget *> m_ntfyOnly;
    QLabel *m_errorLabel;
    QPushButton *m_test;
    QLabel *m_testResult;
};

} // namespace Qddns::Gui
