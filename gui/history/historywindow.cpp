#include "history/historywindow.h"

#include "history/historymodel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Qddns::Gui {

HistoryWindow::HistoryWindow(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
    , m_timeline(new HistoryTimeline(this))
    , m_zoomButtons(new QButtonGroup(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyPage(new QWidget(this))
    , m_summaryV4(new QLabel(this))
    , m_summaryV6(new QLabel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("IP Address History"));
    m_timeline->setModel(m_model);

    auto *emptyLabel = new QLabel(tr("No address change recorded yet"), m_emptyPage);
    emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    auto *emptyHint = new QLabel(tr("The agent adds an entry each time your public address changes."), m_emptyPage);
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyHint->setWordWrap(true);
    emptyHint->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyLabel);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addStretch();

    auto *zoomRow = new QHBoxLayout;
    zoomRow->addWidget(new QLabel(tr("Show:"), this));
    const std::pair<HistoryTimeline::Zoom, QString> zooms[] = {
        {HistoryTimeline::Zoom::Day, tr("Day")},
        {HistoryTimeline::Zoom::Week, tr("Week")},
        {HistoryTimeline::Zoom::Month, tr("Month")},
        {HistoryTimeline::Zoom::All, tr("All")},
    };
    for (const auto &[zoom, text] : zooms) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setChecked(zoom == m_timeline->zoom());
        m_zoomButtons->addButton(button, int(zoom));
        zoomRow->addWidget(button);
    }
    zoomRow->addStretch();
    connect(m_zoomButtons, &QButtonGroup::idClicked, m_timeline,
            [this](int id) { m_timeline->setZoom(HistoryTimeline::Zoom(id)); });
    connect(m_timeline, &HistoryTimeline::zoomChanged, this, [this](HistoryTimeline::Zoom zoom) {
        if (QAbstractButton *button = m_zoomButtons->button(int(zoom)))
            button->setChecked(true);
    });

    for (QLabel *summary : {m_summaryV4, m_summaryV6}) {
        summary->setWordWrap(true);
        summary->setTextFormat(Qt::PlainText);
        summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(zoomRow);
    contentLayout->addWidget(m_timeline);
    contentLayout->addWidget(m_summaryV4);
    contentLayout->addWidget(m_summaryV6);
    contentLayout->addWidget(m_table, 1);

    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::refresh);
    refresh();
    resize(800, 540); // the timeline reads best wide; the table shows a dozen changes
}

void HistoryWindow::setEntries(const QJsonArray &entries, const QDateTime &now)
{
    m_model->setEntries(entries, now);
}

QAbstractButton *HistoryWindow::zoomButton(HistoryTimeline::Zoom zoom) const
{
    return m_zoomButtons->button(int(zoom));
}

bool HistoryWindow::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_emptyPage;
}

QString HistoryWindow::summaryText(Family family) const
{
    return (family == Family::IPv4 ? m_summaryV4 : m_summaryV6)->text();
}

void HistoryWindow::refresh()
{
    m_pages->setCurrentIndex(m_model->isEmpty() ? 0 : 1);
    m_summaryV4->setText(m_model->summary(Family::IPv4));
    m_summaryV6->setText(m_model->summary(Family::IPv6));
    // All but the last, which keeps filling the rest of the width.
    for (int column = 0; column < HistoryModel::ColumnCount - 1; ++column)
        m_table->resizeColumnToContents(column);
}

} // namespace Qddns::Gui
