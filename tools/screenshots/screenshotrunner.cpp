#include "screenshotrunner.h"

#include "app/trayapp.h"
#include "history/historymodel.h"
#include "history/historywindow.h"
#include "ipc/agentclient.h"
#include "logs/logmodel.h"
#include "logs/logwindow.h"
#include "portcheck/portcheckwindow.h"
#include "settings/profileform.h"
#include "settings/settingswindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QLinearGradient>
#include <QLocale>
#include <QAbstractItemView>
#include <QMenu>
#include <QSaveFile>
#include <QScreen>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTest>
#include <QWindow>

#include <cstdio>

namespace Qddns::Tools {

using namespace Qddns::Gui;

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "qddns-screenshots: %s\n", qPrintable(text));
}

// What the first-run screenshot fills in: a popular free DynDNS2 service, as a new user would.
const QString kProvider = QStringLiteral("noip");
const QString kProviderHost = QStringLiteral("myhome.ddns.net");
const QString kProviderUser = QStringLiteral("me@example.org");
const QString kProviderSecret = QStringLiteral("correct-horse-battery");
// What the picker's screenshot searches for: names across several groups.
const QString kProviderSearch = QStringLiteral("cloud");

// Margin around the interesting part of a screen grab.
constexpr int kMargin = 24;

} // namespace

ScreenshotRunner::ScreenshotRunner(ScreenshotOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

ScreenshotRunner::~ScreenshotRunner() = default;

int ScreenshotRunner::run()
{
    m_clock.start();
    // Xvfb's root window is black: a plain desktop behind the tray, the menu and the balloon.
    m_desktop = std::make_unique<QWidget>(nullptr, Qt::FramelessWindowHint | Qt::WindowStaysOnBottomHint);
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    QLinearGradient gradient(0, 0, 0, screen.height());
    gradient.setColorAt(0, QColor(0x3b, 0x56, 0x76));
    gradient.setColorAt(1, QColor(0x1f, 0x2d, 0x3d));
    QPalette palette = m_desktop->palette();
    palette.setBrush(QPalette::Window, gradient);
    m_desktop->setPalette(palette);
    m_desktop->setAutoFillBackground(true);
    m_desktop->setGeometry(screen);
    m_desktop->show();
    if (m_desktop->windowHandle())
        m_desktop->windowHandle()->lower(); // under trayer's panel

    using Step = std::pair<const char *, bool (ScreenshotRunner::*)()>;
    QList<Step> steps = {
        {"tray", &ScreenshotRunner::connectTray},
        {"tray-menu.png", &ScreenshotRunner::trayMenu},
        {"notification.png", &ScreenshotRunner::notification},
        {"settings-first-run.png", &ScreenshotRunner::firstRunSettings},
        {"history.png", &ScreenshotRunner::history},
        {"port-check.png", &ScreenshotRunner::portCheck},
        {"logs.png", &ScreenshotRunner::logs},
    };
    if (!m_options.language.isEmpty())
        steps = {{"settings", &ScreenshotRunner::firstRunSettings}};
    for (const auto &[name, step] : std::as_const(steps)) {
        const qint64 start = m_clock.elapsed();
        if (!(this->*step)()) {
            say(QStringLiteral("%1 failed").arg(QLatin1String(name)));
            return 1;
        }
        say(QStringLiteral("%1 done in %2 ms").arg(QLatin1String(name)).arg(m_clock.elapsed() - start));
    }
    m_tray.reset();
    return 0;
}

bool ScreenshotRunner::connectTray()
{
    // trayer may still be starting.
    if (!waitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000, QStringLiteral("a system tray")))
        return false;
    TrayAppOptions options;
    options.socketPath = m_options.socketPath;
    options.mode = TrayAppMode::Tray;
    m_tray = std::make_unique<TrayApp>(options);
    connect(m_tray.get(), &TrayApp::notified, this, [this](const Notification &n) { m_notifications.append(n); });
    m_tray->start();
    // The agent has published both records of its profile: everything current.
    return waitFor(
        [this] {
            const TrayState &s = m_tray->state();
            return s.icon == TrayIconKind::Current && !s.ipv4.isEmpty() && !s.ipv6.isEmpty() && !s.profiles.isEmpty()
                && !m_tray->trayIcon()->geometry().isEmpty();
        },
        20000, QStringLiteral("the agent's records to be current"));
}

bool ScreenshotRunner::trayMenu()
{
    const QRect icon = m_tray->trayIcon()->geometry();
    QMenu *menu = m_tray->menu();
    menu->popup(QPoint(icon.left(), icon.bottom() + 1));
    if (!waitFor([menu] { return menu->isVisible(); }, 5000, QStringLiteral("the tray menu")))
        return false;
    menu->setActiveAction(m_tray->updateAction()); // as under the mouse pointer
    settle();
    const bool ok = save(grabTrayCorner(icon.united(menu->geometry())), QStringLiteral("tray-menu.png"));
    menu->hide();
    settle(200);
    return ok;
}

bool ScreenshotRunner::notification()
{
    m_notifications.clear();
    QSaveFile ip(QDir(m_options.fakeDir).filePath(QStringLiteral("ip")));
    if (!ip.open(QIODevice::WriteOnly) || ip.write(m_options.newAddress.toLatin1() + '\n') < 0 || !ip.commit()) {
        say(QStringLiteral("cannot write %1").arg(ip.fileName()));
        return false;
    }
    m_tray->updateNow();
    if (!waitFor([this] { return !m_notifications.isEmpty(); }, 15000, QStringLiteral("the address-change notification")))
        return false;
    if (m_notifications.first().kind != NotificationKind::AddressChanged) {
        say(QStringLiteral("unexpected notification: %1").arg(m_notifications.first().message));
        return false;
    }
    // Qt's own balloon (no notification daemon in this session) beside the tray icon.
    QWidget *balloon = nullptr;
    const auto findBalloon = [&balloon] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->inherits("QBalloonTip") && w->isVisible())
                balloon = w;
        }
        return balloon != nullptr;
    };
    if (!waitFor(findBalloon, 5000, QStringLiteral("the notification balloon")))
        return false;
    settle(600);
    const bool ok = save(grabTrayCorner(m_tray->trayIcon()->geometry().united(balloon->geometry())),
                         QStringLiteral("notification.png"));
    balloon->hide();
    return ok;
}

bool ScreenshotRunner::firstRunSettings()
{
    // A second agent that has no profile yet, as on a first start; the window talks only to it.
    Ipc::AgentClient client(m_options.setupSocketPath, QStringLiteral("qddns-screenshots"));
    client.setLocale(QLocale().name()); // as the tray does: provider help in the window's language
    client.connectToAgent();
    if (!waitFor([&client] { return client.isConnected(); }, 5000, QStringLiteral("the first-run agent")))
        return false;
    SettingsWindow window(&client);
    window.setFirstRun(true);
    QSignalSpy loaded(&window, &SettingsWindow::loaded);
    window.reload();
    if (!waitFor([&loaded] { return !loaded.isEmpty(); }, 5000, QStringLiteral("the providers and the config")))
        return false;
    if (!present(&window))
        return false;

    QComboBox *combo = window.form()->providerCombo();
    const int index = combo->findData(kProvider);
    if (index < 0) {
        say(QStringLiteral("the agent offers no provider %1").arg(kProvider));
        return false;
    }
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // as the user's pick
    const auto typeInto = [&window](const QString &key, const QString &text) {
        QWidget *editor = window.form()->fieldEditor(key);
        auto *edit = qobject_cast<QLineEdit *>(editor);
        if (!edit && editor)
            edit = editor->findChild<QLineEdit *>();
        if (!edit) {
            say(QStringLiteral("no field %1 in the form").arg(key));
            return false;
        }
        QTest::keyClicks(edit, text);
        return true;
    };
    if (!typeInto(QStringLiteral("hosts"), kProviderHost) || !typeInto(QStringLiteral("username"), kProviderUser)
        || !typeInto(QStringLiteral("secret"), kProviderSecret))
        return false;

    // The agent's live validation has checked what was typed (no Test: a first run has no secret
    // in the keychain yet, and the typed one is stored only by Save).
    QSignalSpy validated(&window, &SettingsWindow::validated);
    if (!waitFor([&validated] { return !validated.isEmpty(); }, 5000, QStringLiteral("the agent's validation")))
        return false;
    window.form()->fieldEditor(QStringLiteral("hosts"))->setFocus();
    settle();
    if (!m_options.language.isEmpty())
        return save(window.grab().toImage(), QStringLiteral("settings-%1.png").arg(m_options.language));
    if (!save(window.grab().toImage(), QStringLiteral("settings-first-run.png")))
        return false;
    return providerPicker(window);
}

bool ScreenshotRunner::providerPicker(SettingsWindow &window)
{
    // The list of about ninety providers narrowed by a search, its groups under their headings.
    QLineEdit *search = window.form()->providerSearch();
    search->setFocus();
    QTest::keyClicks(search, kProviderSearch);
    QComboBox *combo = window.form()->providerCombo();
    combo->showPopup();
    QWidget *popup = combo->view()->window();
    if (!waitFor([popup] { return popup->isVisible() && popup->windowHandle() && popup->windowHandle()->isExposed(); }, 5000,
                 QStringLiteral("the provider list")))
        return false;
    settle();
    // The window with the open list over it.
    QScreen *screen = QGuiApplication::primaryScreen();
    const QRect crop = window.frameGeometry().united(popup->geometry());
    const bool ok = save(screen->grabWindow(0).toImage().copy(crop.intersected(screen->geometry())),
                         QStringLiteral("settings-provider-search.png"));
    combo->hidePopup();
    search->clear();
    return ok;
}

bool ScreenshotRunner::history()
{
    m_tray->showHistoryWindow();
    HistoryWindow *window = m_tray->historyWindow();
    if (!window || !present(window))
        return false;
    // The journal the agent kept, including the change the notification announced.
    if (!waitFor(
            [this, window] {
                const QList<HistoryEntry> entries = window->model()->entries();
                return !entries.isEmpty() && entries.last().newAddress == m_options.newAddress;
            },
            5000, QStringLiteral("the history with the new address")))
        return false;
    settle();
    const bool ok = save(window->grab().toImage(), QStringLiteral("history.png"));
    window->close();
    return ok;
}

bool ScreenshotRunner::portCheck()
{
    // A server that listens (on 443 where the private network namespace lets us bind it) and
    // one port where nothing does; the UDP one cannot be checked from here and says so.
    QTcpServer server;
    if (!server.listen(QHostAddress::Any, 443) && !server.listen(QHostAddress::Any, 8443) && !server.listen(QHostAddress::Any)) {
        say(QStringLiteral("cannot listen: %1").arg(server.errorString()));
        return false;
    }
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            socket->deleteLater();
    });
    int closed = 22;
    for (QTcpServer probe; !probe.listen(QHostAddress::Any, quint16(closed));)
        ++closed; // something listens there: take the next free one

    m_tray->showPortCheckWindow();
    PortCheckWindow *window = m_tray->portCheckWindow();
    if (!window || !present(window))
        return false;
    window->setPortsText(QStringLiteral("%1, %2, 51820/udp").arg(server.serverPort()).arg(closed));
    window->setTimeout(std::chrono::seconds(3));
    if (!window->startCheck()) {
        say(QStringLiteral("the port list was refused: %1").arg(window->errorText()));
        return false;
    }
    if (!waitFor([window] { return !window->isChecking(); }, 20000, QStringLiteral("the port check")))
        return false;
    // As after a click on Check (no text cursor in the port list).
    if (auto *check = window->findChild<QWidget *>(QStringLiteral("checkButton")))
        check->setFocus();
    settle();
    const bool ok = save(window->grab().toImage(), QStringLiteral("port-check.png"));
    window->close();
    return ok;
}

bool ScreenshotRunner::logs()
{
    m_tray->showLogWindow();
    LogWindow *window = m_tray->logWindow();
    if (!window || !present(window))
        return false;
    if (!waitFor([window] { return window->model()->rowCount() > 0; }, 5000, QStringLiteral("the agent's log lines")))
        return false;
    settle();
    const bool ok = save(window->grab().toImage(), QStringLiteral("logs.png"));
    window->close();
    return ok;
}

bool ScreenshotRunner::waitFor(const std::function<bool()> &condition, int timeoutMs, const QString &what)
{
    if (QTest::qWaitFor(condition, timeoutMs))
        return true;
    say(QStringLiteral("gave up waiting for %1 after %2 ms").arg(what).arg(timeoutMs));
    if (m_tray)
        say(QStringLiteral("tray state: %1").arg(m_tray->state().tooltip));
    return false;
}

void ScreenshotRunner::settle(int ms)
{
    // Let the X server catch up with the last repaint before the grab.
    QTest::qWait(ms);
}

QImage ScreenshotRunner::grabTrayCorner(const QRect &area) const
{
    QScreen *screen = QGuiApplication::primaryScreen();
    const QRect bounds = screen->geometry();
    QRect crop = area.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    crop.setTop(bounds.top());
    crop.setRight(bounds.right());
    return screen->grabWindow(0).toImage().copy(crop.intersected(bounds));
}

bool ScreenshotRunner::present(QWidget *window)
{
    // At the size a user gets: the window's own, never one forced for the picture.
    if (!window->testAttribute(Qt::WA_Resized))
        window->adjustSize(); // what show() does first; here to centre the window before it shows
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    const QSize size = window->size();
    window->move(screen.left() + std::max(0, (screen.width() - size.width()) / 2), screen.top() + 48);
    window->show();
    window->raise();
    window->activateWindow();
    return waitFor([window] { return window->isVisible() && window->windowHandle() && window->windowHandle()->isExposed(); },
                   5000, window->windowTitle());
}

bool ScreenshotRunner::save(const QImage &image, const QString &name)
{
    const QString path = QDir(m_options.outputDir).filePath(name);
    if (image.isNull() || !image.save(path, "PNG")) {
        say(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    say(QStringLiteral("wrote %1 (%2x%3)").arg(path).arg(image.width()).arg(image.height()));
    return true;
}

} // namespace Qddns::Tools
