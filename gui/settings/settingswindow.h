#pragma once

#include "settings/providercatalog.h"
#include "settings/languagechooser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace Qddns::Ipc {
class AgentClient;
struct Reply;
}

namespace Qddns::Gui {

class AgentNotice;
class AlertsPage;
class FormArea;
class GlobalSettingsWidget;
class ImportDialog;
class ProfileEditorModel;
class ProfileForm;
class ProfileListModel;
class SecretKeeper;
struct KeychainStep;

/// Settings: the profile list, the form of the selected profile (built from the agent's provider
/// metadata), live validation by the agent, Test (a dry run by the agent) and Save (config.set,
/// then the typed credentials into the keychain and `secretChanged`). It edits a copy of the agent's
/// config document; it never writes the config file or talks to a provider itself.
class SettingsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsWindow(Ipc::AgentClient *client, QWidget *parent = nullptr);

    /// Fetches `providers` and `config.get`, then asks the keychain which credentials are stored.
    void reload();
    /// What reload() fetches, for an owner that has it already.
    void setCatalog(const ProviderCatalog &catalog);
    void setConfigDocument(const QJsonObject &config);

    /// First run: opens with a new profile and a short introduction.
    void setFirstRun(bool firstRun);
    /// The agent runs under another account: secrets cannot go to this user's keychain.
    void setAgentIsOtherUser(bool otherUser);
    /// Why the agent is not running (e.g. its error lines when it did not start); shown, with
    /// what to do, while the window has no agent. Empty: it is simply not running.
    void setAgentProblem(const QString &problem);
    /// The configuration file the agent reads, offered for fixing by hand while it cannot start.
    void setConfigPath(const QString &path);
    /// The text the window shows while it has no agent; empty while connected.
    QString agentNoticeText() const;

    void addProfile();
    void removeCurrentProfile();
    /// Starts editing the selected profile's name in the list.
    void renameCurrentProfile();
    void selectProfile(int row);
    int currentRow() const { return m_current; }
    /// Asks the agent for a dry run of the profile on display.
    void test();
    /// Sends the edited config to the agent (config.set).
    void save();
    /// Import…: opens the dialog that adds profiles from another client's configuration; null
    /// (and the status says why) while there are unsaved edits or the agent is another user's.
    ImportDialog *openImport();

    /// The config as Save would send it.
    QJsonObject document() const;

    // For tests and the main window.
    ProfileEditorModel *editor() const { return m_editor; }
    ProfileListModel *profileList() const { return m_profiles; }
    ProfileForm *form() const { return m_form; }
    LanguageChooser *languageChooser() const { return m_language; }
    GlobalSettingsWidget *globalSettings() const { return m_global; }
    AlertsPage *alerts() const { return m_alerts; }
    QString generalErrorText() const;
    QString testResultText() const;
    QString statusText() const;
    QString introText() const;
    bool isValidationScheduled() const { return m_validateTimer.isActive(); }
    QScrollArea *formArea() const;

Q_SIGNALS:
    /// reload() got the providers and the config.
    void loaded();
    /// A `config.validate` answer is on display.
    void validated();
    /// A `test` answer is on display.
    void tested();
    /// The agent took the config and the typed secrets are in the keychain.
    void saved();
    void saveFailed(const QString &reason);
    /// The user asked to start the agent (the window itself cannot: the tray app does).
    void startAgentRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    /// Width and height of the largest provider's form (the window opens with room for it).
    QSize largestFormSize() const;
    void updateFormSize();
    QSize naturalSize() const;
    /// Grows the window (within the screen) when it got more to show.
    void growToFit();
    QSize availableSize() const;
    void scheduleValidation();
    void followConfigChange();
    void requestTest(const QJsonObject &profile, qsizetype index, bool untestedSecret, const QList<KeychainStep> &cleanup);
    void validate();
    void showErrors(const QJsonArray &errors, qsizetype profileIndex);
    void onEdited();
    void probeSecrets();
    void storeSecrets();
    void finishSave(const QList<KeychainStep> &succeeded, const QStringList &errors);
    void setStatus(const QString &text, bool error);
    void updateButtons();
    /// Without an agent nothing can be checked or saved: says so and what to do.
    void updateAgentNotice();
    QString describeFailure(const Ipc::Reply &reply) const;

    Ipc::AgentClient *m_client;
    ProviderCatalog m_catalog;
    QJsonObject m_saved;       ///< the config as the agent has it
    QJsonObject m_globals;     ///< the edited config without its profiles
    QJsonArray m_lastErrors;   ///< of the last validation of the whole document
    ProfileListModel *m_profiles;
    ProfileEditorModel *m_editor;
    SecretKeeper *m_keeper;
    int m_current = -1;
    bool m_firstRun = false;
    bool m_firstRunProfileAdded = false;
    bool m_agentIsOtherUser = false;
    bool m_busy = false;       ///< a save is under way
    bool m_sizeRestored = false; ///< the user's size from last time is in use
    QSize m_naturalSize;         ///< the size it opened at, when not the user's
    quint64 m_validation = 0;  ///< the latest validation request; older answers are dropped
    int m_loading = 0;         ///< replies reload() still waits for
    QTimer m_validateTimer;

    bool m_reloadOnConnect = false; ///< the agent was away: fetch everything again when it is back

    QLabel *m_intro;
    AgentNotice *m_agentNotice;
    LanguageChooser *m_language = new LanguageChooser(this); // the tray's own setting
    QLabel *m_generalErrors;
    QListView *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_rename;
    QStackedWidget *m_pages;
    QWidget *m_formPage;
    FormArea *m_scroll;
    ProfileForm *m_form;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    GlobalSettingsWidget *m_global;
    AlertsPage *m_alerts;
    QPlainTextEdit *m_testResult;
    QPushButton *m_test;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace Qddns::Gui
