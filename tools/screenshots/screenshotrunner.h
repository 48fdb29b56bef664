#pragma once

#include "tray/notificationpolicy.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QObject>
#include <QRect>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace Qddns::Gui {
class SettingsWindow;
class TrayApp;
}

namespace Qddns::Tools {

struct ScreenshotOptions
{
    QString socketPath;      ///< the agent with the profile, its history and its log
    QString setupSocketPath; ///< an agent without profiles, for the first-run settings
    QString fakeDir;         ///< qddns-fakeprovider's directory: DIR/ip is what its /ip answers
    QString newAddress;      ///< written to DIR/ip for the address-change notification
    QString outputDir;
    QString language;        ///< set: only the first-run settings, as settings-<language>.png
};

/// Drives the tray app's real widgets against running agents, one screenshot after the other:
/// the tray menu, the address-change notification, the first-run settings, the provider picker
/// filtered by a search, the history, the port
/// check and the log view. Screen grabs (tray, menu, balloon) come from the X server's root
/// window, so what they show is what the tray really drew; windows are grabbed on their own.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    explicit ScreenshotRunner(ScreenshotOptions options, QObject *parent = nullptr);
    ~ScreenshotRunner() override;

    /// All seven in order (with a language, only its settings window); 0 when every PNG was written.
    int run();

private:
    bool connectTray();
    bool trayMenu();
    bool notification();
    bool firstRunSettings();
    bool providerPicker(Gui::SettingsWindow &window);
    bool history();
    bool portCheck();
    bool logs();

    bool waitFor(const std::function<bool()> &condition, int timeoutMs, const QString &what);
    void settle(int ms = 400);
    /// The screen around \a area, stretched to the screen's top and right edges where the tray is.
    QImage grabTrayCorner(const QRect &area) const;
    bool present(QWidget *window);
    bool save(const QImage &image, const QString &name);

    ScreenshotOptions m_options;
    std::unique_ptr<QWidget> m_desktop;
    std::unique_ptr<Gui::TrayApp> m_tray;
    QList<Gui::Notification> m_notifications;
    QElapsedTimer m_clock;
};

} // namespace Qddns::Tools
