#pragma once

#include "history/historymodel.h"

#include <QPointer>
#include <QWidget>

#include <optional>

namespace Qddns::Gui {

// Paints one lane per family with a rectangle per address segment, ticks at the change points
// and a time axis. The visible range always ends at the model's `now`; the zoom picks its start.
// Geometry and hover lookup are public so tests need no pixels for them.
class HistoryTimeline : public QWidget
{
    Q_OBJECT
public:
    enum class Zoom { Day, Week, Month, All };
    Q_ENUM(Zoom)

    explicit HistoryTimeline(QWidget *parent = nullptr);

    // Not owned; the timeline repaints on the model's reset.
    void setModel(const HistoryModel *model);
    const HistoryModel *model() const { return m_model; }

    Zoom zoom() const { return m_zoom; }
    void setZoom(Zoom zoom);

    // The visible time range [start, end], end being the model's `now`. The zoom picks the
    // start; a history shorter than that starts at its first entry (at least two minutes shown).
    QDateTime visibleStart() const;
    QDateTime visibleEnd() const;

    QRect laneRect(Family family) const;
    // Where a segment is drawn, clipped to its lane; empty when outside the visible range.
    QRect segmentRect(const HistorySegment &segment) const;
    // The segment under `pos` (widget coordinates), if any.
    std::optional<HistorySegment> segmentAt(const QPoint &pos) const;
    std::optional<HistorySegment> hoveredSegment() const { return m_hovered; }

    double xForTime(const QDateTime &time) const;
    QDateTime timeForX(double x) const;

    // Fill colour of the segment with `index` in its lane: two alternating hues (blue/orange,
    // told apart with colour-vision deficiencies too) with at least 3:1 contrast against both
    // a light and a dark base.
    static QColor segmentColor(int index);

    // The ticks of the time axis; a label's text is empty where it would collide with the last one.
    struct AxisLabel
    {
        int x = 0;
        QString text;
        QRect rect;
    };
    QList<AxisLabel> axisLabels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void zoomChanged(Qddns::Gui::HistoryTimeline::Zoom zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect plotRect() const; // the area of the lanes, without the labels and the axis
    int labelWidth() const;
    void drawLane(QPainter &painter, Family family) const;
    void drawAxis(QPainter &painter) const;
    void setHovered(const std::optional<HistorySegment> &segment);

    QPointer<const HistoryModel> m_model;
    Zoom m_zoom = Zoom::All;
    std::optional<HistorySegment> m_hovered;
};

} // namespace Qddns::Gui
