#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Qddns::Gui {

/// What the settings window shows while it has no agent: that the agent is not running (and,
/// when it did not start, its error lines and the configuration file to fix), with buttons to
/// start it and to open that file.
class AgentNotice : public QFrame
{
    Q_OBJECT
public:
    explicit AgentNotice(QWidget *parent = nullptr);

    /// Why the agent is not running, e.g. its error lines; empty: it is simply not running.
    void setProblem(const QString &problem);
    void setConfigPath(const QString &path);
    QString text() const;

Q_SIGNALS:
    void startRequested();
    /// The configuration file could not be opened; \a reason is people text.
    void openFailed(const QString &reason);

private:
    void refresh();

    QLabel *m_text;
    QPushButton *m_start;
    QPushButton *m_open;
    QString m_problem;
    QString m_configPath;
};

} // namespace Qddns::Gui
