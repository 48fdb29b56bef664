#include "logs/logwindow.h"

#include "ipc/protocol.h"
#include "logs/logfiltermodel.h"
#include "logs/logmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace Qddns::Gui {

LogWindow::LogWindow(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(this))
    , m_filter(new LogFilterModel(this))
    , m_level(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_copyButton(new QPushButton(tr("Copy diagnostics"), this))
    , m_diagnostics(Diagnostics::forThisProcess())
{
    setWindowTitle(tr("qddns Agent Log"));
    m_filter->setSourceModel(m_model);

    m_level->addItem(tr("All levels"), QString(Ipc::Level::Debug));
    m_level->addItem(tr("Info and above"), QString(Ipc::Level::Info));
    m_level->addItem(tr("Warnings and errors"), QString(Ipc::Level::Warning));
    m_level->addItem(tr("Errors only"), QString(Ipc::Level::Error));
    m_level->setToolTip(tr("Show log lines of this level or more severe"));
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setMinimumLevel(m_level->itemData(index).toString()); });

    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &LogFilterModel::setSearchText);

    m_view->setModel(m_filter);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    // The reason is usually at a message's end: keep its start and its end, cut the middle.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // One text line per row: a log is read like a file, not like a form.
    m_view->verticalHeader()->setMinimumSectionSize(0);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::LevelColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::CategoryColumn, QHeaderView::ResizeToContents);

    // Follow new lines while the user looks at the end; stay put while they read older ones.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_followTail = bar->value() == bar->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_view->scrollToBottom();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, m_view, &QTableView::scrollToBottom);

    // The selected line whole, wrapped and selectable (the table shows one text line per row).
    m_detail->setObjectName(QStringLiteral("lineDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(4);
    m_detail->hide();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogWindow::updateDetail);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LogWindow::updateDetail);

    m_copyButton->setToolTip(tr("Copy versions, the agent's status and the recent log lines to the clipboard "
                                "for a bug report. They contain no password or token."));
    connect(m_copyButton, &QPushButton::clicked, this, &LogWindow::copyDiagnostics);

    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_level);
    filterRow->addWidget(m_search, 1);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_notice, 1);
    bottomRow->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(bottomRow);
    resize(960, 540);
    updateNotice();
}

void LogWindow::setLines(const QJsonArray &lines)
{
    m_model->setLines(lines);
}

void LogWindow::appendLine(const QJsonObject &line)
{
    m_model->appendLine(line);
}

void LogWindow::setStatus(const QJsonObject &status)
{
    m_diagnostics.status = status;
}

void LogWindow::setAgentVersion(const QString &version, int protocol)
{
    m_diagnostics.agentVersion = version;
    m_diagnostics.agentProtocol = protocol;
    m_copied = false;
    updateNotice();
}

void LogWindow::setMinimumLevel(const QString &level)
{
    const int index = m_level->findData(level);
    if (index >= 0)
        m_level->setCurrentIndex(index);
}

void LogWindow::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QString LogWindow::diagnosticsText(const QDateTime &now) const
{
    Diagnostics d = m_diagnostics;
    d.lines = m_model->lines();
    return d.text(now);
}

void LogWindow::copyDiagnostics()
{
    QApplication::clipboard()->setText(diagnosticsText());
    m_copied = true;
    updateNotice();
}

void LogWindow::updateDetail()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        m_detail->hide();
        return;
    }
    const auto cell = [&current](int column) { return current.siblingAtColumn(column).data().toString(); };
    m_detail->setText(tr("%1  %2  %3\n%4").arg(cell(LogModel::TimeColumn), cell(LogModel::LevelColumn),
                                                cell(LogModel::CategoryColumn), cell(LogModel::MessageColumn)));
    m_detail->show();
}

QString LogWindow::detailText() const
{
    return m_detail->isHidden() ? QString() : m_detail->text();
}

QString LogWindow::noticeText() const
{
    return m_notice->text();
}

void LogWindow::updateNotice()
{
    if (m_copied)
        m_notice->setText(tr("Diagnostics copied to the clipboard."));
    else if (m_diagnostics.agentVersion.isEmpty())
        m_notice->setText(tr("Not connected to the agent: no new lines arrive."));
    else
        m_notice->clear();
}

void LogWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        Q_EMIT visibilityChanged(true);
}

void LogWindow::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous())
        Q_EMIT visibilityChanged(false);
}

} // namespace Qddns::Gui
