#pragma once

#include "tray/notificationpolicy.h"
#include "tray/traystate.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QListView;

namespace Qddns::Gui {

class TrayProfileModel;

/// The same TrayState the tray icon shows, as a small window: the icon and headline, the public
/// addresses and last update, the problems, the profiles, and buttons for the tray menu's
/// actions. The main window where no system tray exists; otherwise opened from the tray.
class StatusWindow : public QWidget
{
    Q_OBJECT
public:
    explicit StatusWindow(QWidget *parent = nullptr);

    void setState(const TrayState &state);
    /// The latest notification, kept in view: where no tray exists, nothing else shows it.
    void setLastNotification(const Notification &notification, const QDateTime &time);
    /// One button per action, in rows (a null action starts a new row); each button follows its
    /// action's text, enabled state and visibility.
    void setActions(const QList<QAction *> &actions);

    QString headlineText() const;
    QString addressText() const;
    QString problemsText() const;
    QString lastNotificationText() const;
    TrayProfileModel *profileModel() const { return m_profiles; }

private:
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_addresses;
    QLabel *m_problems;
    QLabel *m_lastNotification;
    QLabel *m_profilesLabel;
    QListView *m_profileView;
    TrayProfileModel *m_profiles;
    QWidget *m_buttons;
};

} // namespace Qddns::Gui
