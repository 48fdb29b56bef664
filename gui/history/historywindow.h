#pragma once

#include "history/historytimeline.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTableView;

namespace Qddns::Gui {

class HistoryModel;

// The IP history window: zoom buttons, the timeline, one summary sentence per family and the
// list of changes, or an empty-state text. It only shows what it is given: the owner fetches
// the agent's `history` reply and calls setEntries().
class HistoryWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWindow(QWidget *parent = nullptr);

    void setEntries(const QJsonArray &entries, const QDateTime &now);

    HistoryModel *model() const { return m_model; }
    HistoryTimeline *timeline() const { return m_timeline; }
    QAbstractButton *zoomButton(HistoryTimeline::Zoom zoom) const;
    bool isShowingEmptyState() const;
    QString summaryText(Family family) const;

private:
    void refresh();

    HistoryModel *m_model;
    HistoryTimeline *m_timeline;
    QButtonGroup *m_zoomButtons;
    QStackedWidget *m_pages;
    QWidget *m_emptyPage;
    QLabel *m_summaryV4;
    QLabel *m_summaryV6;
    QTableView *m_table;
};

} // namespace Qddns::Gui
