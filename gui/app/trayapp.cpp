#include "app/trayapp.h"

#include "app/autostart.h"
#include "app/processwatch.h"
#include "app/statuswindow.h"
#include "app/trayprofilemodel.h"
#include "core/paths.h"
#include "history/historywindow.h"
#include "ipc/agentclient.h"
#include "ipc/protocol.h"
#include "core/logging.h"
#include "logs/logwindow.h"
#include "portcheck/portcheckwindow.h"
#include "tray/trayicons.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QSystemTrayIcon>

namespace Qddns::Gui {

namespace Field = Ipc::Field;
namespace Method = Ipc::Method;
namespace Event = Ipc::Event;

namespace {

// After "Start the agent": reconnect attempts this often, this many times, while it starts
// listening (the client's own backoff may be at 10 s by then).
constexpr int kStartRetryMs = 400;
constexpr int kStartRetries = 10;
// How long a started agent is watched for an early exit (a bad configuration ends it at once).
constexpr int kStartWatchTicks = 75;
// Of what it wrote: the last lines, at most this much.
constexpr qint64 kStartLogTail = 8192;
constexpr int kStartLogLines = 15;
constexpr int kNotificationShownMs = 10000;

const QString kDisconnected = QStringLiteral("disconnected");

QSystemTrayIcon::MessageIcon messageIcon(NotificationKind kind)
{
    return kind == NotificationKind::AddressChanged ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning;
}

// A menu line that only informs: greyed out, with an icon.
struct InfoLine
{
    QString text;
    TrayIconKind icon = TrayIconKind::Current;
    bool hasIcon = false;
    bool operator==(const InfoLine &) const = default;
};

// Creates what is missing of \a dir owner-only, as the agent does for its socket directory; an
// existing directory is left as it is.
bool createOwnerOnlyDirectories(const QString &dir)
{
    QStringList missing;
    for (QString d = dir; !QFileInfo::exists(d) && d != QFileInfo(d).path(); d = QFileInfo(d).path())
        missing.prepend(d);
    for (const QString &d : std::as_const(missing)) {
        if (!QDir().mkdir(d) && !QFileInfo(d).isDir())
            return false;
        QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return QFileInfo(dir).isDir();
}

} // namespace

TrayApp::TrayApp(TrayAppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new Ipc::AgentClient(m_options.socketPath, QStringLiteral("qddns"), this))
    , m_policy(m_options.notificationTiming)
    , m_menu(std::make_unique<QMenu>())
{
    m_client->setAutoReconnect(true);
    // Provider help and configuration errors in the language the windows are built in (the
    // default locale installTranslations() set; a new choice applies from the next start).
    m_client->setLocale(QLocale().name());
    connect(m_client, &Ipc::AgentClient::connected, this, &TrayApp::onConnected);
    connect(m_client, &Ipc::AgentClient::disconnected, this, &TrayApp::onConnectionLost);
    connect(m_client, &Ipc::AgentClient::connectFailed, this, [this](const QString &reason) {
        qCDebug(lcGui).noquote() << "cannot connect to the agent:" << reason;
        if (m_connection != ConnectionState::NotRunning)
            setConnection(ConnectionState::NotRunning);
    });
    connect(m_client, &Ipc::AgentClient::eventReceived, this,
            [this](const QString &name, const QJsonObject &data, qint64) { onEvent(name, data); });

    m_notifyTimer.setSingleShot(true);
    connect(&m_notifyTimer, &QTimer::timeout, this, &TrayApp::showDueNotifications);
    m_startRetry.setSingleShot(true);
    connect(&m_startRetry, &QTimer::timeout, this, &TrayApp::watchStartedAgent);

    createActions();
    m_trayIcon = new QSystemTrayIcon(this);
    m_trayIcon->setContextMenu(m_menu.get());
    connect(m_trayIcon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showStatusWindow();
    });
    connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, &TrayApp::showStatusWindow);

    m_statusWindow = new StatusWindow;
    m_statusWindow->setActions({m_startAgentAction, m_updateAction, m_pauseAction, nullptr, m_settingsAction,
                                m_historyAction, m_portCheckAction, m_logsAction});
    applyState();
}

TrayApp::~TrayApp()
{
    m_client->disconnect(this);
    delete m_trayIcon; // before the menu it shows
    delete m_statusWindow.data();
    delete m_historyWindow.data();
    delete m_portCheckWindow.data();
    delete m_logWindow.data();
    delete m_settingsWindow.data();
}

void TrayApp::createActions()
{
    QMenu *menu = m_menu.get();
    m_infoEnd = menu->addSeparator();
    m_startAgentAction = menu->addAction(tr("Start the agent"), this, &TrayApp::startAgent);
    m_startAgentAction->setToolTip(tr("Start qddns-agent, which keeps your DNS records up to date"));
    m_updateAction = menu->addAction(tr("Update now"), this, &TrayApp::updateNow);
    m_updateAction->setToolTip(tr("Detect the public address and update every record that needs it"));
    m_pauseAction = menu->addAction(tr("Pause updates"), this, &TrayApp::togglePause);
    menu->addSeparator();
    m_settingsAction = menu->addAction(tr("Settings…"), this, [this] { showSettingsWindow(false); });
    m_historyAction = menu->addAction(tr("History…"), this, &TrayApp::showHistoryWindow);
    m_portCheckAction = menu->addAction(tr("Check ports…"), this, &TrayApp::showPortCheckWindow);
    m_logsAction = menu->addAction(tr("Logs…"), this, &TrayApp::showLogWindow);
    createNotificationMenu(menu->addMenu(tr("Notifications")));
    createAutostartAction(menu);
    menu->addSeparator();
    m_quitAction = menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    m_quitAction->setToolTip(tr("Close the tray icon; the agent keeps running"));
}

// "Start at login": the XDG autostart entry or the Windows Run key, read each time the menu opens (another tool may change it).
void TrayApp::createAutostartAction(QMenu *menu)
{
    m_autostartAction = menu->addAction(tr("Start at login"));
    m_autostartAction->setCheckable(true);
    m_autostartAction->setToolTip(tr("Show this tray icon when you log in"));
    m_autostartAction->setVisible(QDDNS_HAS_AUTOSTART); // macOS: not yet
    const auto refresh = [this] {
        const QSignalBlocker blocker(m_autostartAction);
        m_autostartAction->setChecked(Autostart::fromEnvironment().isEnabled());
    };
    refresh();
    connect(menu, &QMenu::aboutToShow, this, refresh);
    connect(m_autostartAction, &QAction::toggled, this, [this, refresh](bool on) {
        const QString error = Autostart::fromEnvironment().setEnabled(on);
        if (!error.isEmpty()) {
            qCWarning(lcGui).noquote() << "Start at login:" << error;
            m_trayIcon->showMessage(tr("Start at login"), tr("Not changed: %1").arg(error), QSystemTrayIcon::Warning);
        }
        refresh();
    });
}

// One switch per kind of notification, remembered in the tray's own settings.
void TrayApp::createNotificationMenu(QMenu *menu)
{
    const std::pair<NotificationKind, QString> kinds[] = {
        {NotificationKind::AddressChanged, tr("Address changes")},
        {NotificationKind::UpdateFailed, tr("Failed updates")},
        {NotificationKind::Held, tr("Records on hold")},
        {NotificationKind::AgentGone, tr("Agent stopped")},
    };
    for (const auto &entry : kinds) {
        const auto kind = entry.first; // a plain variable: clang 14 cannot capture structured bindings
        const QString &label = entry.second;
        const QString key = QStringLiteral("notifications/muted%1").arg(int(kind));
        const bool muted = QSettings().value(key, false).toBool();
        m_policy.setMuted(kind, muted);
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(!muted);
        connect(action, &QAction::toggled, this, [this, kind, key](bool on) {
            m_policy.setMuted(kind, !on);
            QSettings().setValue(key, !on);
            showDueNotifications();
        });
        m_notificationActions.append(action);
    }
}

void TrayApp::start()
{
    m_usesTray = m_options.mode == TrayAppMode::Tray
                 || (m_options.mode == TrayAppMode::Auto && QSystemTrayIcon::isSystemTrayAvailable());
    if (m_usesTray) {
        m_trayIcon->show();
    } else {
        qCInfo(lcGui) << "no system tray: showing the status window";
        showStatusWindow();
    }
    m_client->connectToAgent();
}

QString TrayApp::agentProgram() const
{
    if (!m_options.agentProgram.isEmpty())
        return m_options.agentProgram;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("qddns-agent.exe");
#else
    const QString name = QStringLiteral("qddns-agent");
#endif
    const QFileInfo beside(QDir(QCoreApplication::applicationDirPath()).filePath(name));
    if (beside.isFile() && beside.isExecutable())
        return beside.absoluteFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("qddns-agent"));
}

QString TrayApp::agentLogPath() const
{
    // Beside a socket that is a file; for a plain name (a local socket name elsewhere than on
    // Unix), in the app's data directory.
    const QFileInfo socket(m_options.socketPath);
    const QString dir = socket.isAbsolute() ? socket.absolutePath()
                                            : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(socket.completeBaseName() + QStringLiteral(".log"));
}

QString TrayApp::configPath() const
{
    const qsizetype option = m_options.agentArguments.indexOf(QStringLiteral("--config"));
    if (option >= 0 && option + 1 < m_options.agentArguments.size())
        return m_options.agentArguments.at(option + 1);
    return defaultConfigPath();
}

bool TrayApp::startAgent()
{
    const QString program = agentProgram();
    QString reason;
    qint64 pid = 0;
    // Detached, so it outlives the tray; its output goes to a file (owner-only, emptied at each
    // start), not to the tray's stderr, so that what it says when it cannot start can be shown.
    const QString log = agentLogPath();
    QFile logFile(log);
    const bool logReady = createOwnerOnlyDirectories(QFileInfo(log).absolutePath())
        && logFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && logFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    logFile.close();
    if (!logReady)
        qCWarning(lcGui).noquote() << "cannot write" << log << "(" << logFile.errorString() << "): the agent's messages go to this program's output";
    QProcess process;
    process.setProgram(program);
    process.setArguments(m_options.agentArguments);
    if (logReady) {
        process.setStandardOutputFile(log, QIODevice::Append);
        process.setStandardErrorFile(log, QIODevice::Append);
    }
    if (program.isEmpty())
        reason = tr("The qddns-agent program was found neither next to qddns nor in PATH.");
    else if (!process.startDetached(&pid))
        reason = tr("%1 could not be started.").arg(QDir::toNativeSeparators(program));
    if (!reason.isEmpty()) {
        qCWarning(lcGui).noquote() << "starting the agent failed:" << reason;
        Q_EMIT agentStartFailed(reason);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("qddns"), reason, QMessageBox::Ok);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->show();
        return false;
    }
    qCInfo(lcGui).noquote() << "started the agent:" << program << m_options.agentArguments.join(QLatin1Char(' ')) << "as process" << pid;
    m_startedAgentPid = pid;
    m_startFailure.clear();
    m_startRetries = 0;
    m_startRetry.start(kStartRetryMs);
    applyState();
    return true;
}

void TrayApp::watchStartedAgent()
{
    if (m_client->isConnected())
        return;
    if (!isProcessRunning(m_startedAgentPid)) {
        startedAgentExited();
        return;
    }
    // A few quick attempts while it starts listening (the client's own backoff may be long by now).
    if (m_startRetries < kStartRetries)
        m_client->connectToAgent();
    if (++m_startRetries < kStartWatchTicks)
        m_startRetry.start(kStartRetryMs);
}

void TrayApp::startedAgentExited()
{
    QFile log(agentLogPath());
    QStringList lines;
    if (log.open(QIODevice::ReadOnly)) {
        log.seek(std::max<qint64>(0, log.size() - kStartLogTail));
        const QStringList all = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : all) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
    }
    if (lines.size() > kStartLogLines)
        lines = lines.mid(lines.size() - kStartLogLines);
    m_startFailure = lines.isEmpty() ? tr("It stopped at once without a message.") : lines.join(QLatin1Char('\n'));
    qCWarning(lcGui).noquote() << "the started agent exited:" << m_startFailure;
    applyState();
    Q_EMIT agentStartFailed(tr("The agent did not start:\n%1").arg(m_startFailure));
    // Mostly a configuration it refuses: the settings say why and how to go on.
    showSettingsWindow(false);
}

void TrayApp::onConnected()
{
    qCInfo(lcGui).noquote() << "connected to agent" << m_client->agentVersion() << "on" << m_client->socketPath();
    m_startRetry.stop();
    m_startFailure.clear();
    m_policy.agentBack(QDateTime::currentDateTimeUtc());
    showDueNotifications(); // disarms the agent-gone timer
    subscribe();
    requestStatus();
    if (m_logWindow) {
        m_logWindow->setAgentVersion(m_client->agentVersion(), m_client->agentProtocol());
        if (m_logsWanted)
            requestLogs();
    }
}

void TrayApp::onConnectionLost()
{
    qCInfo(lcGui) << "lost the connection to the agent";
    m_statusInFlight = false;
    m_statusStale = false;
    m_policy.agentGone(QDateTime::currentDateTimeUtc());
    showDueNotifications();
    if (m_logWindow)
        m_logWindow->setAgentVersion({}, 0);
    setConnection(ConnectionState::NotRunning);
}

void TrayApp::setConnection(ConnectionState connection)
{
    m_connection = connection;
    if (connection != ConnectionState::Connected)
        m_status = {}; // no stale address may be shown
    applyState();
}

void TrayApp::subscribe()
{
    QJsonArray events{QString(Event::StatusChanged), QString(Event::UpdateResult), QString(Event::AddressChanged),
                      QString(Event::ConfigChanged)};
    QJsonObject params;
    // Log lines only while someone reads them: an idle tray receives nothing.
    if (m_logsWanted) {
        events.append(QString(Event::Log));
        params.insert(Field::LogLevel, QString(Ipc::Level::Debug));
    }
    params.insert(Field::Events, events);
    m_client->request(Method::Subscribe, params, this, [](const Ipc::Reply &reply) {
        if (!reply.ok() && reply.errorCode != kDisconnected)
            qCWarning(lcGui).noquote() << "subscribing to the agent's events failed:" << reply.errorMessage;
    });
}

void TrayApp::requestStatus()
{
    if (!m_client->isConnected())
        return;
    if (m_statusInFlight) {
        m_statusStale = true;
        return;
    }
    m_statusInFlight = true;
    m_client->request(Method::Status, {}, this, [this](const Ipc::Reply &reply) {
        m_statusInFlight = false;
        if (!reply.ok()) {
            if (reply.errorCode != kDisconnected)
                qCWarning(lcGui).noquote() << "status request failed:" << reply.errorMessage;
            return;
        }
        m_status = reply.result;
        m_connection = ConnectionState::Connected;
        if (std::exchange(m_statusStale, false))
            requestStatus();
        applyState();
        checkFirstRun();
    });
}

void TrayApp::checkFirstRun()
{
    if (std::exchange(m_firstRunChecked, true) || !m_status.value(Field::Profiles).toArray().isEmpty())
        return;
    // No profile: a first run when there is no configuration file at all.
    m_client->request(Method::ConfigGet, {}, this, [this](const Ipc::Reply &reply) {
        if (reply.ok() && !reply.result.value(Field::FromFile).toBool())
            showSettingsWindow(true);
    });
}

void TrayApp::onEvent(const QString &name, const QJsonObject &data)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (name == Event::Log) {
        if (m_logWindow)
            m_logWindow->appendLine(data);
        return;
    }
    if (name == Event::AddressChanged) {
        m_policy.addressChanged(data, now);
        m_historyStale = true; // read it when the cycle has ended: then the journal surely holds it
    } else if (name == Event::UpdateResult) {
        m_policy.updateResult(data, now);
    } else if (name == Event::StatusChanged) {
        if (data.value(Field::State).toString() == QLatin1String("idle")) {
            m_policy.cycleFinished(now);
            if (std::exchange(m_historyStale, false))
                refreshHistory();
        }
    } else if (name != Event::ConfigChanged) {
        return; // an event a later agent may add
    }
    showDueNotifications();
    requestStatus();
}

void TrayApp::showDueNotifications()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<Notification> due = m_policy.takeDue(now);
    for (const Notification &n : due) {
        qCInfo(lcGui).noquote() << "notification:" << n.title << "—" << n.message;
        if (m_trayIcon->isVisible())
            m_trayIcon->showMessage(n.title, n.message, messageIcon(n.kind), kNotificationShownMs);
        m_statusWindow->setLastNotification(n, now);
        if (!m_usesTray)
            QApplication::alert(m_statusWindow);
        Q_EMIT notified(n);
    }
    // One single-shot timer for the next pending notification, none when nothing is pending.
    const QDateTime next = m_policy.nextDue();
    if (next.isValid())
        m_notifyTimer.start(int(std::clamp<qint64>(now.msecsTo(next), 0, std::numeric_limits<int>::max())));
    else
        m_notifyTimer.stop();
}

void TrayApp::applyState()
{
    const TrayIconKind previousIcon = m_state.icon;
    const bool first = m_trayIcon->icon().isNull();
    m_state = fromStatus(m_status, m_connection);
    if (m_connection == ConnectionState::NotRunning && !m_startFailure.isEmpty() && !m_client->agentIsOtherUser()) {
        m_state.headline = tr("The agent did not start");
        m_state.problems = m_startFailure.split(QLatin1Char('\n'));
        m_state.tooltip = m_state.headline + QLatin1Char('\n') + m_startFailure;
    }
    if (m_connection == ConnectionState::NotRunning && m_client->agentIsOtherUser()) {
        // Not "no agent": one runs, as another account (a system service). This user can neither
        // steer it nor give it secrets through this keychain.
        m_state.headline = tr("The agent runs under another account");
        // A system agent shares its socket with the group qddns (its unit's --socket-group).
        m_state.problems = {tr("The agent at %1 belongs to another user, so this tray app cannot show or change it. "
                               "If it is the system service, join its group to see and steer it from here: "
                               "sudo usermod -aG qddns $USER, then log out and in again. "
                               "Secrets for it are set as that user (qddns-agent secret set PROFILE), with a systemd "
                               "credential, or in an owner-only file named in its configuration.").arg(m_client->socketPath())};
        m_state.tooltip = m_state.headline + QLatin1Char('\n') + m_state.problems.first();
    }
    if (first || previousIcon != m_state.icon)
        m_trayIcon->setIcon(iconFor(m_state.icon));
    if (m_trayIcon->toolTip() != m_state.tooltip)
        m_trayIcon->setToolTip(m_state.tooltip);
    if (m_statusWindow)
        m_statusWindow->setState(m_state);
    updateMenu();
    if (m_logWindow)
        m_logWindow->setStatus(m_status);
    if (m_portCheckWindow)
        feedPortCheck();
    Q_EMIT stateChanged();
}

void TrayApp::updateMenu()
{
    const bool connected = m_connection == ConnectionState::Connected;
    QList<InfoLine> lines{{m_state.headline, m_state.icon, true}};
    if (!m_state.ipv4.isEmpty())
        lines.append({tr("IPv4: %1").arg(m_state.ipv4)});
    if (!m_state.ipv6.isEmpty())
        lines.append({tr("IPv6: %1").arg(m_state.ipv6)});
    for (const TrayProfileEntry &profile : m_state.profiles)
        lines.append({TrayProfileModel::lineText(profile), profile.icon, true});

    // Rebuilt only when it changed: the menu may be open while the status refreshes.
    QList<InfoLine> shown;
    for (const QAction *action : std::as_const(m_infoActions))
        shown.append({action->text(), TrayIconKind(action->data().toInt()), !action->icon().isNull()});
    if (shown != lines) {
        qDeleteAll(m_infoActions);
        m_infoActions.clear();
        for (const InfoLine &line : std::as_const(lines)) {
            auto *action = new QAction(line.text, m_menu.get());
            action->setEnabled(false);
            action->setData(int(line.icon));
            if (line.hasIcon)
                action->setIcon(iconFor(line.icon));
            m_menu->insertAction(m_infoEnd, action);
            m_infoActions.append(action);
        }
    }

    m_startAgentAction->setVisible(m_connection == ConnectionState::NotRunning);
    m_updateAction->setEnabled(connected && !m_state.updating);
    m_pauseAction->setEnabled(connected);
    m_pauseAction->setText(m_state.paused ? tr("Resume updates") : tr("Pause updates"));
    // Without an agent the settings say what is needed (and why it did not start).
    m_settingsAction->setEnabled(connected || !m_client->agentIsOtherUser());
    m_historyAction->setEnabled(connected);
}

void TrayApp::showStatusWindow()
{
    m_statusWindow->show();
    m_statusWindow->raise();
    m_statusWindow->activateWindow();
}

void TrayApp::updateNow()
{
    m_client->request(Method::Update, {}, this, [](const Ipc::Reply &reply) {
        if (!reply.ok() && reply.errorCode != kDisconnected)
            qCWarning(lcGui).noquote() << "update failed:" << reply.errorMessage;
    });
}

void TrayApp::togglePause()
{
    const QLatin1StringView method = m_state.paused ? Method::Resume : Method::Pause;
    m_client->request(method, {}, this, [this](const Ipc::Reply &reply) {
        if (!reply.ok() && reply.errorCode != kDisconnected)
            qCWarning(lcGui).noquote() << "pause/resume failed:" << reply.errorMessage;
        requestStatus();
    });
}

void TrayApp::showSettingsWindow(bool firstRun)
{
    if (!m_settingsWindow) {
        // Reloads from the agent each time it opens, so it never edits a stale copy.
        m_settingsWindow = new SettingsWindow(m_client);
        m_settingsWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsWindow->setFirstRun(firstRun);
        m_settingsWindow->setAgentIsOtherUser(m_client->agentIsOtherUser());
        m_settingsWindow->setConfigPath(configPath());
        connect(m_settingsWindow, &SettingsWindow::startAgentRequested, this, &TrayApp::startAgent);
        m_settingsWindow->reload();
    }
    if (!m_startFailure.isEmpty())
        m_settingsWindow->setAgentProblem(m_startFailure);
    m_settingsWindow->show();
    m_settingsWindow->raise();
    m_settingsWindow->activateWindow();
    Q_EMIT settingsRequested(firstRun);
}

void TrayApp::showHistoryWindow()
{
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow;
        m_historyWindow->setAttribute(Qt::WA_DeleteOnClose); // nothing to keep: the agent has the history
    }
    refreshHistory();
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
}

void TrayApp::refreshHistory()
{
    if (!m_historyWindow || !m_client->isConnected())
        return;
    HistoryWindow *window = m_historyWindow;
    m_client->request(Method::History, {}, window, [window](const Ipc::Reply &reply) {
        if (!reply.ok()) {
            if (reply.errorCode != kDisconnected)
                qCWarning(lcGui).noquote() << "history request failed:" << reply.errorMessage;
            return;
        }
        window->setEntries(reply.result.value(Field::Entries).toArray(), QDateTime::currentDateTimeUtc());
    });
}

void TrayApp::showPortCheckWindow()
{
    if (!m_portCheckWindow) {
        m_portCheckWindow = new PortCheckWindow;
        m_portCheckWindow->setAttribute(Qt::WA_DeleteOnClose);
        feedPortCheck();
        // The ports are the user's, per host name, kept in the tray's own settings (never the
        // agent's configuration: the agent has no use for them).
        PortCheckWindow *window = m_portCheckWindow;
        const QString key = QStringLiteral("portCheck/%1/ports").arg(m_portCheckHost);
        const QString saved = QSettings().value(key).toString();
        if (!saved.isEmpty())
            window->setPortsText(saved);
        connect(window, &PortCheckWindow::portsChecked, this, [window, key] { QSettings().setValue(key, window->portsText()); });
        const QString probeKey = QStringLiteral("portCheck/probeUrl");
        window->setProbeUrlTemplate(QSettings().value(probeKey).toString());
        connect(window, &PortCheckWindow::probeUrlTemplateChanged, this, [probeKey](const QString &url) { QSettings().setValue(probeKey, url); });
    }
    m_portCheckWindow->show();
    m_portCheckWindow->raise();
    m_portCheckWindow->activateWindow();
}

void TrayApp::feedPortCheck()
{
    // The window checks one name: the first fully qualified host of the profiles.
    QString host;
    for (const QJsonValue &p : m_status.value(Field::Profiles).toArray()) {
        for (const QJsonValue &h : p.toObject().value(Field::Hosts).toArray()) {
            const QString name = h.toObject().value(Field::Host).toString();
            if (host.isEmpty() || (!host.contains(QLatin1Char('.')) && name.contains(QLatin1Char('.'))))
                host = name;
        }
    }
    const auto address = [](const QString &text) -> std::optional<QHostAddress> {
        const QHostAddress a(text);
        return a.isNull() ? std::nullopt : std::optional<QHostAddress>(a);
    };
    m_portCheckHost = host;
    m_portCheckWindow->setAgentRunning(m_connection != ConnectionState::NotRunning);
    m_portCheckWindow->setHostName(host);
    m_portCheckWindow->setPublicAddresses(address(m_state.ipv4), address(m_state.ipv6));
}

void TrayApp::showLogWindow()
{
    if (!m_logWindow) {
        m_logWindow = new LogWindow;
        m_logWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_logWindow->setStatus(m_status);
        if (m_client->isConnected())
            m_logWindow->setAgentVersion(m_client->agentVersion(), m_client->agentProtocol());
        connect(m_logWindow, &LogWindow::visibilityChanged, this, [this](bool visible) {
            if (visible == m_logsWanted)
                return;
            m_logsWanted = visible;
            if (!m_client->isConnected())
                return;
            subscribe();
            if (visible)
                requestLogs();
        });
        connect(m_logWindow, &QObject::destroyed, this, [this] {
            if (std::exchange(m_logsWanted, false) && m_client->isConnected())
                subscribe();
        });
    }
    m_logWindow->show();
    m_logWindow->raise();
    m_logWindow->activateWindow();
}

void TrayApp::requestLogs()
{
    if (!m_logWindow)
        return;
    LogWindow *window = m_logWindow;
    m_client->request(Method::Logs, {}, window, [window](const Ipc::Reply &reply) {
        if (!reply.ok()) {
            if (reply.errorCode != kDisconnected)
                qCWarning(lcGui).noquote() << "logs request failed:" << reply.errorMessage;
            return;
        }
        window->setLines(reply.result.value(Field::Lines).toArray());
    });
}

} // namespace Qddns::Gui
