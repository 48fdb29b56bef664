#pragma once

#include "app/statuswindow.h"
#include "history/historywindow.h"
#include "logs/logwindow.h"
#include "portcheck/portcheckwindow.h"
#include "settings/settingswindow.h"
#include "tray/notificationpolicy.h"
#include "tray/traystate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Qddns::Ipc {
class AgentClient;
}

namespace Qddns::Gui {

/// Where TrayApp shows itself.
enum class TrayAppMode {
    Auto,   ///< the tray icon when a system tray exists, else the status window
    Tray,   ///< always the tray icon
    Window, ///< always the status window (the tray icon object exists but is not shown)
};

struct TrayAppOptions
{
    QString socketPath;                               ///< the agent's socket
    QString agentProgram;                             ///< empty: qddns-agent beside this program, else from PATH
    QStringList agentArguments{QStringLiteral("run")}; ///< for "Start the agent"
    TrayAppMode mode = TrayAppMode::Auto;
    NotificationTiming notificationTiming;
};

/// The tray application: one AgentClient (reconnecting) for the whole process; refreshes the
/// agent's status on its events (one `status` request in flight at most), turns it into a
/// TrayState for the tray icon, its menu and the status window, shows the notifications the
/// NotificationPolicy decides, and opens the history, port check and log windows.
class TrayApp : public QObject
{
    Q_OBJECT
public:
    explicit TrayApp(TrayAppOptions options, QObject *parent = nullptr);
    ~TrayApp() override;

    /// Shows the tray icon (or the status window) and connects to the agent.
    void start();

    Ipc::AgentClient *client() const { return m_client; }
    bool usesTray() const { return m_usesTray; }
    ConnectionState connectionState() const { return m_connection; }
    const TrayState &state() const { return m_state; }
    /// The agent's last `status` reply; empty while not connected.
    const QJsonObject &status() const { return m_status; }
    NotificationPolicy &notificationPolicy() { return m_policy; }

    /// Exists in every mode (shown only in tray mode), so its icon and tooltip are always current.
    QSystemTrayIcon *trayIcon() const { return m_trayIcon; }
    QMenu *menu() const { return m_menu.get(); }
    StatusWindow *statusWindow() const { return m_statusWindow; }
    HistoryWindow *historyWindow() const { return m_historyWindow; }
    PortCheckWindow *portCheckWindow() const { return m_portCheckWindow; }
    LogWindow *logWindow() const { return m_logWindow; }
    SettingsWindow *settingsWindow() const { return m_settingsWindow; }

    QAction *startAgentAction() const { return m_startAgentAction; }
    QAction *updateAction() const { return m_updateAction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *portCheckAction() const { return m_portCheckAction; }
    QAction *logsAction() const { return m_logsAction; }
    /// The Notifications submenu: one checkable action per NotificationKind, in enum order.
    QList<QAction *> notificationActions() const { return m_notificationActions; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *autostartAction() const { return m_autostartAction; }

    /// The program "Start the agent" runs: the option, else qddns-agent beside this program, else
    /// from PATH; empty when none is found.
    QString agentProgram() const;
    /// Process id of the agent "Start the agent" started last; 0 when none.
    qint64 startedAgentPid() const { return m_startedAgentPid; }
    /// Where an agent started from here writes its output (beside its socket, "agent.log" for
    /// "agent.socket"): what it says when it cannot start is shown from there.
    QString agentLogPath() const;
    /// The configuration file the started agent reads (its --config, else the default).
    QString configPath() const;
    /// The error lines of the last start that failed; empty once an agent answers.
    QString startFailure() const { return m_startFailure; }

public Q_SLOTS:
    void showStatusWindow();
    void showHistoryWindow();
    void showPortCheckWindow();
    void showLogWindow();
    /// Opens the settings (one window, on this connection; \a firstRun: no configuration yet).
    void showSettingsWindow(bool firstRun = false);
    void updateNow();
    void togglePause();
    /// Starts a detached `qddns-agent run` and reconnects to it; when it exits before answering,
    /// shows why (its error lines) and opens the settings.
    bool startAgent();

Q_SIGNALS:
    /// The settings were opened; \a firstRun when the agent has no configuration yet (they open by
    /// themselves after connecting then).
    void settingsRequested(bool firstRun);
    /// Emitted for each notification shown (also where no tray shows it).
    void notified(const Qddns::Gui::Notification &notification);
    /// The TrayState changed (connection or status).
    void stateChanged();
    /// Starting the agent failed; \a reason is people text.
    void agentStartFailed(const QString &reason);

private:
    void createActions();
    void onConnected();
    void onConnectionLost();
    void onEvent(const QString &name, const QJsonObject &data);
    void subscribe();
    void requestStatus();
    void checkFirstRun();
    void setConnection(ConnectionState connection);
    void applyState();
    void updateMenu();
    void showDueNotifications();
    void createNotificationMenu(QMenu *menu);
    void createAutostartAction(QMenu *menu);
    void refreshHistory();
    void requestLogs();
    void feedPortCheck();
    void watchStartedAgent();
    void startedAgentExited();

    TrayAppOptions m_options;
    Ipc::AgentClient *m_client;
    NotificationPolicy m_policy;
    QTimer m_notifyTimer;
    QTimer m_startRetry; // quick reconnect attempts right after "Start the agent", and whether it still runs
    int m_startRetries = 0;
    QString m_startFailure; // what the started agent said before it exited

    ConnectionState m_connection = ConnectionState::Connecting;
    QJsonObject m_status;
    TrayState m_state;
    bool m_statusInFlight = false;
    bool m_statusStale = false; // an event came while a request was in flight: ask again
    bool m_firstRunChecked = false;
    bool m_usesTray = false;
    bool m_logsWanted = false;
    bool m_historyStale = false; // an address changed during the running cycle
    qint64 m_startedAgentPid = 0;
    QString m_portCheckHost; // the host name the port check window checks

    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_trayIcon = nullptr;
    QList<QAction *> m_infoActions; // header, addresses, profiles: rebuilt from the state
    QAction *m_infoEnd = nullptr;   // separator after them
    QAction *m_startAgentAction = nullptr;
    QAction *m_updateAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_portCheckAction = nullptr;
    QAction *m_logsAction = nullptr;
    QList<QAction *> m_notificationActions; // one per NotificationKind: checked = shown
    QAction *m_quitAction = nullptr;
    QAction *m_autostartAction = nullptr;

    // Top-level windows without a parent; owned here.
    QPointer<StatusWindow> m_statusWindow;
    QPointer<HistoryWindow> m_historyWindow;
    QPointer<PortCheckWindow> m_portCheckWindow;
    QPointer<LogWindow> m_logWindow;
    QPointer<SettingsWindow> m_settingsWindow;
};

} // namespace Qddns::Gui
