#pragma once

#include "import/importresult.h"

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Qddns {
class SecretStore;
}

namespace Qddns::Ipc {
class AgentClient;
}

namespace Qddns::Gui {

/// Settings, Import…: reads another DDNS client's configuration (ddclient, inadyn, OpenWrt,
/// ddns-updater) with the same importer as `qddns-agent import`, shows the profiles it would
/// create and the options it could not import, and adds them: their passwords straight into the
/// keychain, then the profiles beside the existing ones through the agent (config.set), which
/// validates them like every change. Nothing is written when any step fails.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a config is the configuration as the agent has it (the profiles are added to it).
    ImportDialog(Ipc::AgentClient *client, const QJsonObject &config, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setTool(ImportTool tool);
    void setPath(const QString &path);
    /// Reads the file and shows what it would import (also on every change of tool or file).
    void preview();
    /// Stores the secrets and sends the configuration with the profiles added.
    void add();

    /// The configuration the agent took (valid after added()).
    QJsonObject addedConfig() const { return m_added; }
    /// The names of the profiles added.
    QStringList addedProfiles() const;
    /// Those whose password was not in the file.
    QStringList profilesNeedingSecret() const { return m_result ? m_result->profilesNeedingSecret : QStringList(); }

    // For tests.
    QTreeWidget *profileList() const { return m_profiles; }
    QString notesText() const;
    QString statusText() const;
    QPushButton *addButton() const { return m_add; }
    QLineEdit *pathEdit() const { return m_path; }

Q_SIGNALS:
    /// The preview is on display (or its error).
    void previewed();
    /// The profiles are in the agent's configuration and their secrets in the keychain.
    void added();
    void addFailed(const QString &reason);

private:
    ImportTool tool() const;
    void browse();
    void fillDefaultPath();
    void showResult();
    QStringList settingsNotApplied() const;
    void fail(const QString &reason, const QStringList &writtenKeys);
    void setBusy(bool busy);

    Ipc::AgentClient *m_client;
    QJsonObject m_config;
    QJsonArray m_providers; ///< the agent's `providers`, which the importer maps services onto
    std::optional<ImportResult> m_result;
    QJsonObject m_added;
    bool m_busy = false;
    std::unique_ptr<SecretStore> m_store;

    QComboBox *m_tool;
    QLineEdit *m_path;
    QLabel *m_hint;
    QTreeWidget *m_profiles;
    QPlainTextEdit *m_notes;
    QLabel *m_status;
    QPushButton *m_add;
};

} // namespace Qddns::Gui
