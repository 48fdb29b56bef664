#pragma once

#include "logs/diagnostics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Qddns::Gui {

class LogFilterModel;
class LogModel;

/// The agent's recent log lines: a level filter, a search field, the table, and "Copy
/// diagnostics". It only shows what it is given: the owner feeds the `logs` reply, the `log`
/// events, the status and the agent's version through the setters.
class LogWindow : public QWidget
{
    Q_OBJECT
public:
    explicit LogWindow(QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    LogFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }

    /// The `lines` of a `logs` reply (replaces the lines shown).
    void setLines(const QJsonArray &lines);
    /// The data of a `log` event.
    void appendLine(const QJsonObject &line);
    /// The agent's last `status` reply, for the diagnostics; empty when not connected.
    void setStatus(const QJsonObject &status);
    /// Empty version: not connected.
    void setAgentVersion(const QString &version, int protocol);

    /// "debug" (all), "info", "warning" or "error"; selects it in the level box.
    void setMinimumLevel(const QString &level);
    void setSearchText(const QString &text);

    /// What copyDiagnostics() puts on the clipboard, at \a now.
    QString diagnosticsText(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// Puts the diagnostics on the clipboard and says so in the window.
    void copyDiagnostics();
    /// The line under the table ("Copied…", "Not connected…"); for tests.
    QString noticeText() const;
    /// The selected log line in full, as shown under the table; empty when none is selected.
    QString detailText() const;

Q_SIGNALS:
    /// Shown or hidden: the owner receives `log` events only while the window is visible.
    void visibilityChanged(bool visible);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateNotice();
    void updateDetail();

    LogModel *m_model;
    LogFilterModel *m_filter;
    QComboBox *m_level;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_notice;
    QLabel *m_detail;
    QPushButton *m_copyButton;
    Diagnostics m_diagnostics;
    bool m_copied = false;
    bool m_followTail = true;
};

} // namespace Qddns::Gui
