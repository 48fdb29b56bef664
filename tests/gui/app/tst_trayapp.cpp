// The tray app against a real `qddns-agent run` with loopback fakes for the echo service and the
// DynDNS2 provider: its state follows the agent, an address change notifies once, a stopped agent
// shows NotRunning with no address, a restarted one is found again; "Start the agent", pause,
// and the history and log windows fed over the same connection.
#include "app/statuswindow.h"
#include "app/trayapp.h"
#include "app/trayprofilemodel.h"
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "history/historymodel.h"
#include "history/historywindow.h"
#include "ipc/agentclient.h"
#include "logs/logmodel.h"
#include "logs/logwindow.h"
#include "portcheck/portcheckwindow.h"
#include "settings/profileform.h"
#include "settings/profilelistmodel.h"
#include "settings/settingswindow.h"
#include "tray/trayicons.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Qddns;
using namespace Qddns::Gui;
using namespace Qddns::Test;

namespace {

const char kSecret[] = "tray-s3cret-Pq4";

bool sameImage(const QIcon &a, const QIcon &b)
{
    return !a.isNull() && a.pixmap(22, 22).toImage() == b.pixmap(22, 22).toImage();
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator() && action->isVisible())
            texts << action->text();
    }
    return texts;
}

bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    // A zombie nobody reaped yet has stopped too.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    return paren > 0 && text.mid(paren + 2, 1) == "Z";
}

} // namespace

class TstTrayApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void followsTheAgent();
    void startTheAgentFromTheMenu();
    void brokenConfigSaysWhyAndOpensSettings();
    void pauseAndResume();
    void windowsFedOverTheConnection();
    void mutedNotificationsStayQuiet();
    void helloCarriesTheLanguage();

private:
    QStringList agentArgs() const
    {
        return {"--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state"), "--socket",
                socketPath()};
    }
    QString socketPath() const { return m_dir->filePath("agent.socket"); }
    void startAgent();
    void stopAgent();
    std::unique_ptr<TrayApp> makeTray(TrayAppOptions options = {});
    void waitForCurrent(TrayApp &tray, const QString &address);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    std::unique_ptr<QProcess> m_agent;
    QByteArray m_log;
    qint64 m_detachedPid = 0;
    QList<Notification> m_notifications;
};

void TstTrayApp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString secretFile = m_dir->filePath("secret");
    QVERIFY(writeSecretFile(secretFile, kSecret));
    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));

    const QJsonObject profile{{"name", "home"}, {"provider", "dyndns2"}, {"server", m_provider->baseUrl().toString()},
                              {"hosts", QJsonArray{"home.example.org"}}, {"username", "alice"},
                              {"secret", QJsonObject{{"source", "file"}, {"path", secretFile}}}};
    const QJsonObject config{
        {"version", 1},
        {"interval", "1h"},
        {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString() + "/ip"}}}},
                                  {"ipv6", QJsonArray{}}}},
        {"profiles", QJsonArray{profile}}};
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    m_notifications.clear();
}

void TstTrayApp::cleanup()
{
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        m_agent->kill();
        m_agent->waitForFinished();
    }
    m_agent.reset();
    if (m_detachedPid > 0) {
        ::kill(pid_t(m_detachedPid), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(m_detachedPid), 5000);
        m_detachedPid = 0;
    }
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

void TstTrayApp::startAgent()
{
    m_agent = std::make_unique<QProcess>();
    m_agent->start(QStringLiteral(QDDNS_AGENT_BINARY), QStringList{"run", "--verbose"} + agentArgs());
    QVERIFY(m_agent->waitForStarted());
    m_log.clear();
    QTRY_VERIFY_WITH_TIMEOUT((m_log += m_agent->readAllStandardError()).contains("listening on"), 5000);
}

void TstTrayApp::stopAgent()
{
    m_agent->terminate();
    QTRY_COMPARE_WITH_TIMEOUT(m_agent->state(), QProcess::NotRunning, 6000);
}

std::unique_ptr<TrayApp> TstTrayApp::makeTray(TrayAppOptions options)
{
    options.socketPath = socketPath();
    auto tray = std::make_unique<TrayApp>(options);
    connect(tray.get(), &TrayApp::notified, this, [this](const Notification &n) { m_notifications.append(n); });
    return tray;
}

void TstTrayApp::waitForCurrent(TrayApp &tray, const QString &address)
{
    QTRY_VERIFY2_WITH_TIMEOUT(tray.state().icon == TrayIconKind::Current && tray.state().ipv4 == address,
                              qPrintable(tray.state().tooltip), 20000);
}

void TstTrayApp::followsTheAgent()
{
    startAgent();
    // The agent publishes first; the tray connects to an agent that is up to date.
    QTRY_COMPARE_WITH_TIMEOUT(m_provider->requests().size(), 1, 10000);
    auto tray = makeTray();
    QCOMPARE(tray->connectionState(), ConnectionState::Connecting);
    tray->start();
    QCOMPARE(tray->usesTray(), QSystemTrayIcon::isSystemTrayAvailable());
    if (!tray->usesTray())
        QVERIFY(tray->statusWindow()->isVisible()); // the main window where no tray exists

    waitForCurrent(*tray, "81.2.69.160");
    QCOMPARE(tray->connectionState(), ConnectionState::Connected);
    const TrayState state = tray->state();
    QVERIFY(state.tooltip.contains("81.2.69.160"));
    QCOMPARE(tray->trayIcon()->toolTip(), state.tooltip);
    QVERIFY(sameImage(tray->trayIcon()->icon(), iconFor(TrayIconKind::Current)));
    QVERIFY(!sameImage(tray->trayIcon()->icon(), iconFor(TrayIconKind::NotRunning)));
    QCOMPARE(tray->statusWindow()->headlineText(), state.headline);
    QVERIFY(tray->statusWindow()->addressText().contains("81.2.69.160"));
    const QStringList menu = menuTexts(tray->menu());
    QCOMPARE(menu.first(), state.headline);
    // The profile's line (English plurals come from the translation, not loaded here).
    QCOMPARE(state.profiles.size(), 1);
    QCOMPARE(state.profiles.first().icon, TrayIconKind::Current);
    QVERIFY2(menu.contains("home — " + state.profiles.first().summary), qPrintable(menu.join(" | ")));
    QVERIFY(state.profiles.first().summary.startsWith("1 record"));
    QCOMPARE(tray->statusWindow()->profileModel()->rowCount(), 1);
    QVERIFY(!tray->startAgentAction()->isVisible());
    QVERIFY(tray->updateAction()->isEnabled());
    QVERIFY(m_notifications.isEmpty());

    // A new address, through "Update now": exactly one notification, and nothing left pending
    // (so no timer is armed).
    m_echo->setReply({200, "81.2.69.161\n"});
    tray->updateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_notifications.size(), 1, 10000);
    const Notification n = m_notifications.first();
    QCOMPARE(n.kind, NotificationKind::AddressChanged);
    QVERIFY2(n.message.contains("81.2.69.160") && n.message.contains("81.2.69.161"), qPrintable(n.message));
    QVERIFY2(n.message.contains("home.example.org"), qPrintable(n.message));
    QVERIFY(tray->statusWindow()->lastNotificationText().contains(n.title)); // seen where no tray is
    waitForCurrent(*tray, "81.2.69.161");
    QTest::qWait(500);
    QCOMPARE(m_notifications.size(), 1);
    QVERIFY(!tray->notificationPolicy().nextDue().isValid());
    QVERIFY(!QJsonDocument(tray->status()).toJson().contains(kSecret));

    // The agent stops: NotRunning, and no address is shown anywhere.
    stopAgent();
    QTRY_COMPARE_WITH_TIMEOUT(tray->connectionState(), ConnectionState::NotRunning, 5000);
    QCOMPARE(tray->state().icon, TrayIconKind::NotRunning);
    QVERIFY(tray->status().isEmpty());
    QVERIFY(sameImage(tray->trayIcon()->icon(), iconFor(TrayIconKind::NotRunning)));
    const QString tooltip = tray->trayIcon()->toolTip();
    QCOMPARE(tooltip, tray->state().tooltip);
    QVERIFY2(tooltip.contains("not running"), qPrintable(tooltip));
    QVERIFY(!tooltip.contains("81.2.69."));
    QVERIFY(!tray->statusWindow()->addressText().contains("81.2.69."));
    QVERIFY(tray->startAgentAction()->isVisible());
    QVERIFY(!tray->updateAction()->isEnabled());
    QVERIFY(!menuTexts(tray->menu()).join(" ").contains("81.2.69."));
    // "Agent stopped" waits for its grace time: one timer, for that.
    QVERIFY(tray->notificationPolicy().nextDue().isValid());

    // Started again: the client finds it and the state is current.
    startAgent();
    waitForCurrent(*tray, "81.2.69.161");
    QVERIFY(!tray->startAgentAction()->isVisible());
    QVERIFY(!tray->notificationPolicy().nextDue().isValid()); // back within the grace time: nothing to say
    QCOMPARE(m_notifications.size(), 1);
}

void TstTrayApp::mutedNotificationsStayQuiet()
{
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(m_provider->requests().size(), 1, 10000); // the first address is known
    auto tray = makeTray();
    const QList<QAction *> switches = tray->notificationActions();
    QCOMPARE(switches.size(), kNotificationKindCount);
    QVERIFY(switches.first()->isChecked());
    switches.at(int(NotificationKind::AddressChanged))->setChecked(false);
    tray->start();
    waitForCurrent(*tray, "81.2.69.160");

    m_echo->setReply({200, "81.2.69.161\n"});
    tray->updateAction()->trigger();
    waitForCurrent(*tray, "81.2.69.161");
    QTest::qWait(300);
    QVERIFY(m_notifications.isEmpty());
    QVERIFY(!tray->notificationPolicy().nextDue().isValid()); // and no timer armed for it

    // Remembered: the next start of the tray keeps it muted.
    tray.reset();
    auto again = makeTray();
    QVERIFY(!again->notificationActions().at(int(NotificationKind::AddressChanged))->isChecked());
    QVERIFY(again->notificationPolicy().isMuted(NotificationKind::AddressChanged));
    again->notificationActions().at(int(NotificationKind::AddressChanged))->setChecked(true);
}

void TstTrayApp::startTheAgentFromTheMenu()
{
    TrayAppOptions options;
    options.agentProgram = QStringLiteral(QDDNS_AGENT_BINARY);
    options.agentArguments = QStringList{"run"} + agentArgs();
    auto tray = makeTray(options);
    QCOMPARE(tray->agentProgram(), QStringLiteral(QDDNS_AGENT_BINARY));
    tray->start();
    QTRY_COMPARE_WITH_TIMEOUT(tray->connectionState(), ConnectionState::NotRunning, 5000);
    QVERIFY(tray->startAgentAction()->isVisible());
    QVERIFY(menuTexts(tray->menu()).contains("Start the agent"));
    QVERIFY(tray->settingsAction()->isEnabled()); // says what is needed, rather than greyed out

    tray->startAgentAction()->trigger();
    m_detachedPid = tray->startedAgentPid();
    QVERIFY(m_detachedPid > 0);
    // Reconnects soon, not after the client's backoff.
    QTRY_COMPARE_WITH_TIMEOUT(tray->connectionState(), ConnectionState::Connected, 5000);
    waitForCurrent(*tray, "81.2.69.160");
    QCOMPARE(tray->status().value("agent").toObject().value("pid").toInteger(), m_detachedPid);
    QVERIFY(!tray->startAgentAction()->isVisible());

    ::kill(pid_t(m_detachedPid), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(tray->connectionState(), ConnectionState::NotRunning, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(m_detachedPid), 5000);
    m_detachedPid = 0;
}

void TstTrayApp::brokenConfigSaysWhyAndOpensSettings()
{
    // A configuration the agent refuses: it exits at once with code 2 and says why on stderr.
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    QJsonObject broken = QJsonDocument::fromJson(good).object();
    QJsonArray profiles = broken.value("profiles").toArray();
    QJsonObject profile = profiles.at(0).toObject();
    profile.insert("ttl", 60); // the DynDNS2 protocol has no TTL
    profiles.replace(0, profile);
    broken.insert("profiles", profiles);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(broken).toJson());
    file.close();

    TrayAppOptions options;
    options.agentProgram = QStringLiteral(QDDNS_AGENT_BINARY);
    options.agentArguments = QStringList{"run"} + agentArgs();
    auto tray = makeTray(options);
    QCOMPARE(tray->configPath(), m_dir->filePath("config.json"));
    tray->start();
    QTRY_COMPARE_WITH_TIMEOUT(tray->connectionState(), ConnectionState::NotRunning, 5000);
    // While the agent is down the port check says so, not "no public address yet".
    tray->portCheckAction()->trigger();
    QVERIFY2(tray->portCheckWindow()->addressText().contains("agent is not running"),
             qPrintable(tray->portCheckWindow()->addressText()));

    QSignalSpy failed(tray.get(), &TrayApp::agentStartFailed);
    tray->startAgentAction()->trigger();
    m_detachedPid = tray->startedAgentPid();
    QVERIFY(m_detachedPid > 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const QString expected = "profiles[0].ttl: unknown key for provider \"dyndns2\"";
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(expected), qPrintable(reason));
    // Its words, not the tray's stderr: in the file beside the socket, the tray's state and the settings.
    QFile log(tray->agentLogPath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains(expected.toUtf8()));
    QCOMPARE(tray->state().headline, "The agent did not start");
    QVERIFY2(tray->state().tooltip.contains(expected), qPrintable(tray->state().tooltip));
    QVERIFY(tray->statusWindow()->problemsText().contains(expected));
    QVERIFY(tray->startAgentAction()->isVisible());

    SettingsWindow *settings = tray->settingsWindow();
    QVERIFY(settings);
    QVERIFY(settings->isVisible());
    const QString notice = settings->agentNoticeText();
    QVERIFY2(notice.contains(expected), qPrintable(notice));
    QVERIFY2(notice.contains(m_dir->filePath("config.json")), qPrintable(notice));
    QVERIFY(!settings->form()->isEnabled()); // nothing can be checked or saved without the agent
    QPushButton *open = nullptr;
    QPushButton *start = nullptr;
    for (QPushButton *button : settings->findChildren<QPushButton *>()) {
        if (button->text() == "Open the configuration file")
            open = button;
        if (button->text() == "Start the agent")
            start = button;
    }
    QVERIFY(open && open->isVisible());
    QVERIFY(start && start->isVisible());

    // Fixed by hand, started again from the settings: the agent answers and the settings work.
    QVERIFY(processGone(m_detachedPid));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(good);
    file.close();
    QSignalSpy loaded(settings, &SettingsWindow::loaded);
    start->click();
    m_detachedPid = tray->startedAgentPid();
    QTRY_COMPARE_WITH_TIMEOUT(tray->connectionState(), ConnectionState::Connected, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
    QCOMPARE(settings->agentNoticeText(), QString());
    QVERIFY(settings->form()->isEnabled());
    QCOMPARE(settings->profileList()->rowCount(), 1);
    QVERIFY(tray->startFailure().isEmpty());
    waitForCurrent(*tray, "81.2.69.160");
}

void TstTrayApp::pauseAndResume()
{
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(m_provider->requests().size(), 1, 10000);
    auto tray = makeTray();
    QSignalSpy settings(tray.get(), &TrayApp::settingsRequested);
    tray->start();
    waitForCurrent(*tray, "81.2.69.160");
    // A configuration exists: no first-run settings; the menu asks for the ordinary ones.
    QVERIFY(settings.isEmpty());
    tray->settingsAction()->trigger();
    QCOMPARE(settings.size(), 1);
    QCOMPARE(settings.at(0).at(0).toBool(), false);

    QCOMPARE(tray->pauseAction()->text(), "Pause updates");
    tray->pauseAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(tray->state().paused, 5000);
    QCOMPARE(tray->state().icon, TrayIconKind::Paused);
    QCOMPARE(tray->pauseAction()->text(), "Resume updates");
    QVERIFY(sameImage(tray->trayIcon()->icon(), iconFor(TrayIconKind::Paused)));
    tray->pauseAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!tray->state().paused, 5000);
    // Resuming runs a cycle at once: the icon may show it updating before it is current again.
    QTRY_COMPARE_WITH_TIMEOUT(tray->state().icon, TrayIconKind::Current, 5000);
    QCOMPARE(tray->pauseAction()->text(), "Pause updates");
}

void TstTrayApp::windowsFedOverTheConnection()
{
    startAgent();
    QTRY_COMPARE_WITH_TIMEOUT(m_provider->requests().size(), 1, 10000);
    auto tray = makeTray();
    tray->start();
    waitForCurrent(*tray, "81.2.69.160");

    // History: the first address the agent saw.
    tray->historyAction()->trigger();
    QVERIFY(tray->historyWindow());
    QTRY_VERIFY_WITH_TIMEOUT(!tray->historyWindow()->model()->isEmpty(), 5000);
    QCOMPARE(tray->historyWindow()->model()->entries().last().newAddress, "81.2.69.160");

    // Port check: the profile's host and the public address.
    tray->portCheckAction()->trigger();
    QVERIFY(tray->portCheckWindow());
    QStringList labels;
    for (const QLabel *label : tray->portCheckWindow()->findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.join(" ").contains("home.example.org"), qPrintable(labels.join(" | ")));
    QVERIFY2(labels.join(" ").contains("81.2.69.160"), qPrintable(labels.join(" | ")));

    // Logs: the agent's ring, then its log events while the window is open.
    tray->logsAction()->trigger();
    LogWindow *logs = tray->logWindow();
    QVERIFY(logs);
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > 0, 5000);
    const int before = logs->model()->rowCount();
    m_echo->setReply({200, "81.2.69.162\n"});
    tray->updateAction()->trigger();
    waitForCurrent(*tray, "81.2.69.162");
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > before, 5000);
    bool sawNewAddress = false;
    for (const LogLine &line : logs->model()->lines())
        sawNewAddress = sawNewAddress || line.message.contains("81.2.69.162");
    QVERIFY(sawNewAddress);
    // The history window follows the address change.
    QTRY_COMPARE_WITH_TIMEOUT(tray->historyWindow()->model()->entries().last().newAddress, "81.2.69.162", 5000);

    const QString diagnostics = logs->diagnosticsText();
    QVERIFY(diagnostics.contains("\"81.2.69.162\""));
    QVERIFY(diagnostics.contains(QString::number(m_agent->processId())));
    QVERIFY(!diagnostics.contains(kSecret));

    logs->close(); // deleted on close
    QTRY_VERIFY(!tray->logWindow());
}

// The agent words provider help and configuration errors in the language the tray's windows are
// built in: the tray names it in its hello. A listener in the agent's place reads that hello.
void TstTrayApp::helloCarriesTheLanguage()
{
    QLocalServer listener;
    QVERIFY(listener.listen(socketPath()));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); // what installTranslations() sets
    auto tray = makeTray();
    QLocale::setDefault(before);
    tray->start();
    QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), 5000);
    QLocalSocket *socket = listener.nextPendingConnection();
    QTRY_VERIFY_WITH_TIMEOUT(socket->canReadLine(), 5000);
    const QJsonObject hello = QJsonDocument::fromJson(socket->readLine()).object();
    QCOMPARE(hello.value("method").toString(), "hello");
    QCOMPARE(hello.value("params").toObject().value("locale").toString(), "fr_FR");
}

QTEST_MAIN(TstTrayApp)
#include "tst_trayapp.moc"
