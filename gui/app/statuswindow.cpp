#include "app/statuswindow.h"

#include "app/trayprofilemodel.h"
#include "tray/trayicons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Qddns::Gui {

StatusWindow::StatusWindow(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_addresses(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_lastNotification(new QLabel(this))
    , m_profilesLabel(new QLabel(tr("Profiles"), this))
    , m_profileView(new QListView(this))
    , m_profiles(new TrayProfileModel(this))
    , m_buttons(new QWidget(this))
{
    setWindowTitle(tr("qddns"));

    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    m_headline->setFont(headlineFont);
    for (QLabel *label : {m_headline, m_addresses, m_problems, m_lastNotification}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_problems->setVisible(false);
    m_lastNotification->setVisible(false);
    m_lastNotification->setForegroundRole(QPalette::PlaceholderText);

    m_profileView->setModel(m_profiles);
    m_profileView->setSelectionMode(QAbstractItemView::NoSelection);
    m_profileView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_profileView->setWordWrap(true);
    m_profileView->setFocusPolicy(Qt::NoFocus);

    auto *header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(m_headline);
    headerText->addWidget(m_addresses);
    header->addLayout(headerText, 1);

    m_profilesLabel->setBuddy(m_profileView);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_problems);
    layout->addWidget(m_lastNotification);
    layout->addWidget(m_profilesLabel);
    layout->addWidget(m_profileView, 1);
    layout->addStretch(0); // takes the room while there is no profile to list
    layout->addWidget(m_buttons);
    new QVBoxLayout(m_buttons);
    m_buttons->layout()->setContentsMargins(0, 0, 0, 0);
    resize(460, 360);
}

void StatusWindow::setState(const TrayState &state)
{
    const QIcon icon = iconFor(state.icon);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setPixmap(icon.pixmap(size, size));
    setWindowIcon(icon);
    m_headline->setText(state.headline);

    // The tooltip's lines between the headline and the problems: addresses and last update, or
    // what not being connected means.
    const QStringList tooltip = state.tooltip.split(QLatin1Char('\n'));
    QStringList lines;
    for (qsizetype i = 1; i < tooltip.size() && !state.problems.contains(tooltip.at(i)); ++i)
        lines.append(tooltip.at(i));
    m_addresses->setText(lines.join(QLatin1Char('\n')));
    m_addresses->setVisible(!m_addresses->text().isEmpty());

    m_problems->setText(state.problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!state.problems.isEmpty());
    m_profiles->setProfiles(state.profiles);
    m_profilesLabel->setVisible(!state.profiles.isEmpty());
    m_profileView->setVisible(!state.profiles.isEmpty());
}

void StatusWindow::setActions(const QList<QAction *> &actions)
{
    auto *rows = static_cast<QVBoxLayout *>(m_buttons->layout());
    QHBoxLayout *row = nullptr;
    for (QAction *action : actions) {
        if (!action) {
            if (row)
                row->addStretch();
            row = nullptr;
            continue;
        }
        if (!row) {
            row = new QHBoxLayout;
            rows->addLayout(row);
        }
        auto *button = new QToolButton(m_buttons);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setDefaultAction(action);
        button->setVisible(action->isVisible());
        // setDefaultAction() follows text and enabled state, not visibility.
        connect(action, &QAction::changed, button, [button, action] { button->setVisible(action->isVisible()); });
        row->addWidget(button);
    }
    if (row)
        row->addStretch();
}

void StatusWindow::setLastNotification(const Notification &notification, const QDateTime &time)
{
    m_lastNotification->setText(tr("%1 — %2\n%3").arg(trayTimeText(time), notification.title, notification.message));
    m_lastNotification->setVisible(true);
}

QString StatusWindow::lastNotificationText() const
{
    return m_lastNotification->isHidden() ? QString() : m_lastNotification->text();
}

QString StatusWindow::headlineText() const
{
    return m_headline->text();
}

QString StatusWindow::addressText() const
{
    return m_addresses->text();
}

QString StatusWindow::problemsText() const
{
    return m_problems->text();
}

} // namespace Qddns::Gui
