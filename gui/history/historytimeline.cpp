#include "history/historytimeline.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Qddns::Gui {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
// The shortest range shown: a history of a few seconds still gets a lane to fill.
constexpr qint64 MinRangeMs = 2 * MinuteMs;
constexpr int Margin = 6;
constexpr int LaneGap = 8;
constexpr int MaxLaneHeight = 40;
constexpr int TickOverhang = 3;

constexpr Family Families[] = {Family::IPv4, Family::IPv6};

// Axis tick steps, finest first; the first one whose labels do not collide is used.
enum class Unit { Minutes, Hours, Days, Months };
struct Step
{
    Unit unit;
    int count;
    qint64 approxMs() const
    {
        switch (unit) {
        case Unit::Minutes:
            return count * MinuteMs;
        case Unit::Hours:
            return count * HourMs;
        case Unit::Days:
            return count * DayMs;
        case Unit::Months:
            break;
        }
        return qint64(count * 30.44 * DayMs);
    }
};
constexpr Step Steps[] = {{Unit::Minutes, 1}, {Unit::Minutes, 2}, {Unit::Minutes, 5}, {Unit::Minutes, 10},
                          {Unit::Minutes, 15}, {Unit::Minutes, 30},
                          {Unit::Hours, 1}, {Unit::Hours, 2},  {Unit::Hours, 3},  {Unit::Hours, 6},
                          {Unit::Hours, 12}, {Unit::Days, 1},  {Unit::Days, 2},   {Unit::Days, 7},
                          {Unit::Days, 14},  {Unit::Months, 1}, {Unit::Months, 3}, {Unit::Months, 6},
                          {Unit::Months, 12}, {Unit::Months, 24}, {Unit::Months, 60}};

// The first tick at or after `from` (local time), aligned to the step so labels read round.
QDateTime firstTick(const QDateTime &from, Step step)
{
    const QDateTime local = from.toLocalTime();
    const QDate date = local.date();
    QDateTime tick;
    switch (step.unit) {
    case Unit::Minutes:
        tick = QDateTime(date, QTime(local.time().hour(), local.time().minute() / step.count * step.count));
        break;
    case Unit::Hours:
        tick = QDateTime(date, QTime(local.time().hour() / step.count * step.count, 0));
        break;
    case Unit::Days:
        // Weeks start on the locale's first day of the week.
        if (step.count == 7 || step.count == 14) {
            const int back = (date.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7;
            tick = date.addDays(-back).startOfDay();
        } else {
            tick = date.startOfDay();
        }
        break;
    case Unit::Months:
        if (step.count <= 12)
            tick = QDate(date.year(), (date.month() - 1) / step.count * step.count + 1, 1).startOfDay();
        else
            tick = QDate(date.year() / (step.count / 12) * (step.count / 12), 1, 1).startOfDay();
        break;
    }
    return tick;
}

QDateTime nextTick(const QDateTime &tick, Step step)
{
    switch (step.unit) {
    case Unit::Minutes:
        return tick.addSecs(qint64(step.count) * 60);
    case Unit::Hours:
        return tick.addSecs(qint64(step.count) * 3600);
    case Unit::Days:
        return tick.date().addDays(step.count).startOfDay();
    case Unit::Months:
        break;
    }
    return tick.date().addMonths(step.count).startOfDay();
}

// The locale's short time format without seconds: an axis counts minutes at the finest (the
// C locale's short format is "HH:mm:ss").
QString hourMinuteFormat(const QLocale &locale)
{
    static const QRegularExpression seconds(QStringLiteral("[.:]?s+"));
    return locale.timeFormat(QLocale::ShortFormat).remove(seconds).trimmed();
}

QString tickLabel(const QDateTime &tick, Step step)
{
    const QLocale locale;
    const QDateTime local = tick.toLocalTime();
    if ((step.unit == Unit::Hours || step.unit == Unit::Minutes) && local.time() != QTime(0, 0))
        return locale.toString(local.time(), hourMinuteFormat(locale));
    if (step.unit == Unit::Months && step.count >= 12)
        return locale.toString(local.date(), QStringLiteral("yyyy"));
    if (step.unit == Unit::Months)
        return locale.toString(local.date(),
                               QCoreApplication::translate("Qddns::Gui::HistoryTimeline", "MMM yyyy",
                                                           "timeline axis: month label, QDate format"));
    return locale.toString(local.date(), QCoreApplication::translate("Qddns::Gui::HistoryTimeline", "d MMM",
                                                                     "timeline axis: day label, QDate format"));
}

// WCAG relative luminance, to pick black or white text on a segment.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor textColorOn(const QColor &fill)
{
    const double l = luminance(fill);
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

HistoryTimeline::HistoryTimeline(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HistoryTimeline::setModel(const HistoryModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            setHovered(std::nullopt);
            update();
        });
    }
    setHovered(std::nullopt);
    update();
}

void HistoryTimeline::setZoom(Zoom zoom)
{
    if (m_zoom == zoom)
        return;
    m_zoom = zoom;
    setHovered(std::nullopt);
    update();
    Q_EMIT zoomChanged(zoom);
}

QDateTime HistoryTimeline::visibleEnd() const
{
    // Without data there is no `now`; the clock is only read here, on demand.
    if (m_model && m_model->now().isValid())
        return m_model->now();
    return QDateTime::currentDateTimeUtc();
}

QDateTime HistoryTimeline::visibleStart() const
{
    const QDateTime end = visibleEnd();
    const QDateTime first = m_model ? m_model->firstTime() : QDateTime();
    QDateTime start;
    switch (m_zoom) {
    case Zoom::Day:
        start = end.addMSecs(-DayMs);
        break;
    case Zoom::Week:
        start = end.addMSecs(-7 * DayMs);
        break;
    case Zoom::Month:
        start = end.addMSecs(-30 * DayMs);
        break;
    case Zoom::All:
        start = first.isValid() ? first : end.addMSecs(-7 * DayMs);
        break;
    }
    // A history shorter than the range fills the view (a first day's minute would be a sliver at
    // the edge of a day), but an instant is not a range.
    if (first.isValid() && first > start)
        start = first;
    return std::min(start, end.addMSecs(-MinRangeMs));
}

QList<HistoryTimeline::AxisLabel> HistoryTimeline::axisLabels() const
{
    const QRect plot = plotRect();
    const QFontMetrics fm = fontMetrics();
    const QDateTime start = visibleStart();
    const QDateTime end = visibleEnd();
    const qint64 rangeMs = std::max<qint64>(1, start.msecsTo(end));
    // Room for the widest label this step could produce, plus a gap.
    const int labelRoom = fm.horizontalAdvance(QStringLiteral("00:00 MMM 0000")) + 8;
    Step step = Steps[std::size(Steps) - 1];
    for (const Step &candidate : Steps) {
        if (double(candidate.approxMs()) / rangeMs * plot.width() >= labelRoom) {
            step = candidate;
            break;
        }
    }
    QList<AxisLabel> labels;
    int lastLabelRight = std::numeric_limits<int>::min();
    for (QDateTime tick = firstTick(start, step); tick <= end; tick = nextTick(tick, step)) {
        if (tick < start)
            continue;
        const int x = int(std::lround(xForTime(tick)));
        const QString text = tickLabel(tick, step);
        const int w = fm.horizontalAdvance(text);
        QRect rect(x - w / 2, plot.bottom() + 1 + 2 * TickOverhang + 1, w, fm.height());
        if (rect.right() >= width())
            rect.moveRight(width() - 1);
        const bool fits = rect.left() > lastLabelRight + 4;
        labels.append({x, fits ? text : QString(), rect});
        if (fits)
            lastLabelRight = rect.right();
    }
    return labels;
}

int HistoryTimeline::labelWidth() const
{
    const QFontMetrics fm = fontMetrics();
    return std::max(fm.horizontalAdvance(HistoryModel::familyLabel(Family::IPv4)),
                    fm.horizontalAdvance(HistoryModel::familyLabel(Family::IPv6)))
        + 2 * Margin;
}

QRect HistoryTimeline::plotRect() const
{
    const int axisHeight = fontMetrics().height() + TickOverhang + 6;
    const int left = labelWidth();
    const int available = height() - 2 * Margin - axisHeight;
    const int laneHeight = std::clamp((available - LaneGap) / 2, 1, MaxLaneHeight);
    return QRect(left, Margin, std::max(1, width() - left - Margin), 2 * laneHeight + LaneGap);
}

QRect HistoryTimeline::laneRect(Family family) const
{
    const QRect plot = plotRect();
    const int laneHeight = (plot.height() - LaneGap) / 2;
    const int top = family == Family::IPv4 ? plot.top() : plot.top() + laneHeight + LaneGap;
    return QRect(plot.left(), top, plot.width(), laneHeight);
}

double HistoryTimeline::xForTime(const QDateTime &time) const
{
    const QRect plot = plotRect();
    const QDateTime start = visibleStart();
    const double range = double(std::max<qint64>(1, start.msecsTo(visibleEnd())));
    return plot.left() + double(start.msecsTo(time)) / range * plot.width();
}

QDateTime HistoryTimeline::timeForX(double x) const
{
    const QRect plot = plotRect();
    const QDateTime start = visibleStart();
    const double range = double(start.msecsTo(visibleEnd()));
    return start.addMSecs(qint64(std::llround((x - plot.left()) / plot.width() * range)));
}

QRect HistoryTimeline::segmentRect(const HistorySegment &segment) const
{
    if (segment.end <= visibleStart() || segment.start >= visibleEnd())
        return {};
    const QRect lane = laneRect(segment.family);
    const double left = std::max(xForTime(segment.start), double(lane.left()));
    const double right = std::min(xForTime(segment.end), double(lane.left() + lane.width()));
    const int x1 = int(std::lround(left));
    // Every visible segment keeps at least one pixel, so short ones stay discoverable.
    const int x2 = std::max(x1 + 1, int(std::lround(right)));
    return QRect(x1, lane.top(), x2 - x1, lane.height()).intersected(lane);
}

std::optional<HistorySegment> HistoryTimeline::segmentAt(const QPoint &pos) const
{
    if (!m_model)
        return std::nullopt;
    for (Family family : Families) {
        if (!laneRect(family).contains(pos))
            continue;
        const QList<HistorySegment> &segments = m_model->segments(family);
        // Later segments are painted on top where sub-pixel segments share a column.
        for (auto it = segments.crbegin(); it != segments.crend(); ++it) {
            if (segmentRect(*it).contains(pos))
                return *it;
        }
    }
    return std::nullopt;
}

QColor HistoryTimeline::segmentColor(int index)
{
    return index % 2 == 0 ? QColor(0x35, 0x74, 0xb8) : QColor(0xc8, 0x74, 0x1f);
}

QSize HistoryTimeline::sizeHint() const
{
    const int axisHeight = fontMetrics().height() + TickOverhang + 6;
    return {640, 2 * Margin + 2 * MaxLaneHeight + LaneGap + axisHeight};
}

QSize HistoryTimeline::minimumSizeHint() const
{
    const int axisHeight = fontMetrics().height() + TickOverhang + 6;
    return {labelWidth() + 200, 2 * Margin + 2 * fontMetrics().height() + LaneGap + axisHeight};
}

void HistoryTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    for (Family family : Families)
        drawLane(painter, family);
    drawAxis(painter);
}

void HistoryTimeline::drawLane(QPainter &painter, Family family) const
{
    const QRect lane = laneRect(family);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(Margin, lane.top(), lane.left() - 2 * Margin, lane.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, HistoryModel::familyLabel(family));
    painter.fillRect(lane, palette().base());

    const QList<HistorySegment> empty;
    const QList<HistorySegment> &segments = m_model ? m_model->segments(family) : empty;
    if (segments.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(lane, Qt::AlignCenter, tr("No address recorded"));
    }
    const QFontMetrics fm = fontMetrics();
    for (const HistorySegment &s : segments) {
        const QRect r = segmentRect(s);
        if (r.isEmpty())
            continue;
        const QColor fill = segmentColor(s.index);
        painter.fillRect(r, fill);
        const QRect textRect = r.adjusted(4, 0, -4, 0);
        if (fm.horizontalAdvance(s.address) <= textRect.width()) {
            painter.setPen(textColorOn(fill));
            painter.drawText(textRect, Qt::AlignCenter, s.address);
        }
    }
    if (m_hovered && m_hovered->family == family) {
        const QRect r = segmentRect(*m_hovered);
        if (!r.isEmpty()) {
            painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(1, 1, -1, -1));
        }
    }
    // Change points: a tick reaching past the lane so it reads as an event, not a border.
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
    if (m_model) {
        for (const QDateTime &t : m_model->changePoints(family)) {
            if (t < visibleStart() || t > visibleEnd())
                continue;
            const int x = std::min(int(std::lround(xForTime(t))), lane.left() + lane.width() - 1);
            painter.drawLine(x, lane.top() - TickOverhang, x, lane.bottom() + TickOverhang);
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(lane.adjusted(0, 0, -1, -1));
}

void HistoryTimeline::drawAxis(QPainter &painter) const
{
    const QRect plot = plotRect();
    const int y = plot.bottom() + 1 + TickOverhang;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawLine(plot.left(), y, plot.right(), y);
    const QList<AxisLabel> labels = axisLabels();
    for (const AxisLabel &label : labels) {
        painter.drawLine(label.x, y, label.x, y + TickOverhang);
        if (!label.text.isEmpty())
            painter.drawText(label.rect, Qt::AlignCenter, label.text);
    }
}

void HistoryTimeline::setHovered(const std::optional<HistorySegment> &segment)
{
    if (m_hovered == segment)
        return;
    m_hovered = segment;
    update();
}

bool HistoryTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const std::optional<HistorySegment> s = segmentAt(help->pos()))
            QToolTip::showText(help->globalPos(), HistoryModel::segmentDescription(*s), this, segmentRect(*s));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HistoryTimeline::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(segmentAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void HistoryTimeline::leaveEvent(QEvent *event)
{
    setHovered(std::nullopt);
    QWidget::leaveEvent(event);
}

void HistoryTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Qddns::Gui
