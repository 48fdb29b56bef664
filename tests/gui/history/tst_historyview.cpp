#include "history/historymodel.h"
#include "history/historytimeline.h"
#include "history/historywindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonObject>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Gui;

namespace {

const QDateTime Now = QDateTime::fromString("2026-11-30T00:00:00.000Z", Qt::ISODateWithMs);

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

QJsonObject entry(const char *time, const char *family, const char *oldAddress, const char *newAddress)
{
    return QJsonObject{{"time", time},
                       {"family", family},
                       {"old", oldAddress},
                       {"new", newAddress},
                       {"detector", "web https://api.ipify.org"}};
}

// IPv4: first seen on 1 Nov, changes on 10, 20 and 29 Nov -> 3 changes, mean (29 - 10) / 2 = 9.5 days.
// IPv6: first seen on 5 Nov, changes on 29 Nov 06:00 and 18:00 -> 2 changes, mean 12 hours.
QJsonArray sampleHistory()
{
    return QJsonArray{
        entry("2026-11-01T00:00:00.000Z", "ipv4", "", "81.2.69.160"),
        entry("2026-11-05T00:00:00.000Z", "ipv6", "", "2a02:8070:d18f:5a00::10"),
        entry("2026-11-10T00:00:00.000Z", "ipv4", "81.2.69.160", "81.2.69.161"),
        entry("2026-11-20T00:00:00.000Z", "ipv4", "81.2.69.161", "81.2.69.162"),
        entry("2026-11-29T00:00:00.000Z", "ipv4", "81.2.69.162", "81.2.69.160"),
        entry("2026-11-29T06:00:00.000Z", "ipv6", "2a02:8070:d18f:5a00::10", "2a02:8070:d18f:5a00::11"),
        entry("2026-11-29T18:00:00.000Z", "ipv6", "2a02:8070:d18f:5a00::11", "2a02:8070:d18f:5a00::10"),
    };
}

// Pixels of `color` inside `rect` (logical coordinates) of a grabbed image.
int countPixels(const QImage &image, const QRect &rect, const QColor &color)
{
    const qreal dpr = image.devicePixelRatio();
    const QRect device(QPoint(int(rect.left() * dpr), int(rect.top() * dpr)),
                       QPoint(int((rect.right() + 1) * dpr) - 1, int((rect.bottom() + 1) * dpr) - 1));
    int count = 0;
    for (int y = device.top(); y <= device.bottom(); ++y) {
        for (int x = device.left(); x <= device.right(); ++x) {
            if (image.pixelColor(x, y).rgb() == color.rgb())
                ++count;
        }
    }
    return count;
}

void sendMouseMove(QWidget *widget, const QPoint &pos)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), widget->mapToGlobal(QPointF(pos)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &move);
}

} // namespace

class TstHistoryView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void segmentsAndStatistics();
    void orderAndBadEntries();
    void summaries();
    void durationText_data();
    void durationText();
    void segmentDescription();
    void zoomChangesVisibleRange();
    void rendersSegmentsPerLane();
    void emptyHistoryDrawsNoSegment();
    void hoverLookup();
    void shortHistoryFillsTheView();
    void windowStates();
};

void TstHistoryView::initTestCase()
{
    // Decimal separators in the summaries are locale-dependent.
    QLocale::setDefault(QLocale::c());
}

void TstHistoryView::segmentsAndStatistics()
{
    HistoryModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEntries(sampleHistory(), Now);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.now(), Now);
    QCOMPARE(model.firstTime(), at("2026-11-01T00:00:00.000Z"));

    const QList<HistorySegment> &v4 = model.segments(Family::IPv4);
    QCOMPARE(v4.size(), 4);
    const char *v4Bounds[][3] = {
        {"81.2.69.160", "2026-11-01T00:00:00.000Z", "2026-11-10T00:00:00.000Z"},
        {"81.2.69.161", "2026-11-10T00:00:00.000Z", "2026-11-20T00:00:00.000Z"},
        {"81.2.69.162", "2026-11-20T00:00:00.000Z", "2026-11-29T00:00:00.000Z"},
        {"81.2.69.160", "2026-11-29T00:00:00.000Z", "2026-11-30T00:00:00.000Z"},
    };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(v4[i].index, i);
        QCOMPARE(v4[i].family, Family::IPv4);
        QCOMPARE(v4[i].address, QString::fromLatin1(v4Bounds[i][0]));
        QCOMPARE(v4[i].start, at(v4Bounds[i][1]));
        QCOMPARE(v4[i].end, at(v4Bounds[i][2]));
        QCOMPARE(v4[i].current, i == 3);
        QCOMPARE(v4[i].startIsChange, i != 0);
    }
    // The first address ever seen is no change.
    QCOMPARE(model.changeCount(Family::IPv4), 3);
    QCOMPARE(model.changePoints(Family::IPv4),
             (QList<QDateTime>{at("2026-11-10T00:00:00.000Z"), at("2026-11-20T00:00:00.000Z"),
                               at("2026-11-29T00:00:00.000Z")}));
    QCOMPARE(model.meanChangeIntervalMs(Family::IPv4), std::optional<qint64>(qint64(19) * 24 * 3600 * 1000 / 2));

    const QList<HistorySegment> &v6 = model.segments(Family::IPv6);
    QCOMPARE(v6.size(), 3);
    QCOMPARE(v6[0].address, "2a02:8070:d18f:5a00::10");
    QCOMPARE(v6[0].start, at("2026-11-05T00:00:00.000Z"));
    QCOMPARE(v6[0].end, at("2026-11-29T06:00:00.000Z"));
    QCOMPARE(v6[1].address, "2a02:8070:d18f:5a00::11");
    QCOMPARE(v6[1].end, at("2026-11-29T18:00:00.000Z"));
    QCOMPARE(v6[2].end, Now);
    QCOMPARE(model.changeCount(Family::IPv6), 2);
    QCOMPARE(model.meanChangeIntervalMs(Family::IPv6), std::optional<qint64>(qint64(12) * 3600 * 1000));

    // Segment lookup by time: start inclusive, end exclusive, `now` belongs to the current one.
    QCOMPARE(model.segmentAt(Family::IPv4, at("2026-11-10T00:00:00.000Z"))->address, "81.2.69.161");
    QCOMPARE(model.segmentAt(Family::IPv4, at("2026-11-09T23:59:59.000Z"))->address, "81.2.69.160");
    QCOMPARE(model.segmentAt(Family::IPv4, Now)->index, 3);
    QVERIFY(!model.segmentAt(Family::IPv4, at("2026-10-31T00:00:00.000Z")));
    QVERIFY(!model.segmentAt(Family::IPv6, at("2026-11-04T00:00:00.000Z")));

    // Table rows: newest first.
    QCOMPARE(model.index(0, HistoryModel::AddressColumn).data().toString(), "2a02:8070:d18f:5a00::10");
    QCOMPARE(model.index(6, HistoryModel::AddressColumn).data().toString(), "81.2.69.160");
    QVERIFY(model.index(6, HistoryModel::PreviousColumn).data().toString() != "");
    QCOMPARE(model.index(0, HistoryModel::FamilyColumn).data().toString(), "IPv6");
}

void TstHistoryView::orderAndBadEntries()
{
    QJsonArray shuffled;
    const QJsonArray sample = sampleHistory();
    for (int i = int(sample.size()) - 1; i >= 0; --i)
        shuffled.append(sample.at(i));
    shuffled.append(entry("not a time", "ipv4", "81.2.69.160", "81.2.69.161"));
    shuffled.append(entry("2026-11-15T00:00:00.000Z", "ipx", "", "81.2.69.161"));
    shuffled.append(entry("2026-11-15T00:00:00.000Z", "ipv4", "81.2.69.161", ""));

    HistoryModel model;
    for (int i = 0; i < 3; ++i)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping unreadable entry"));
    model.setEntries(shuffled, Now);
    QCOMPARE(model.rowCount(), 7);
    HistoryModel reference;
    reference.setEntries(sampleHistory(), Now);
    QCOMPARE(model.segments(Family::IPv4), reference.segments(Family::IPv4));
    QCOMPARE(model.segments(Family::IPv6), reference.segments(Family::IPv6));

    // A repeated report of the same address extends the segment instead of counting a change.
    model.setEntries(QJsonArray{entry("2026-11-01T00:00:00.000Z", "ipv4", "", "81.2.69.160"),
                                entry("2026-11-02T00:00:00.000Z", "ipv4", "81.2.69.160", "81.2.69.160")},
                     Now);
    QCOMPARE(model.segments(Family::IPv4).size(), 1);
    QCOMPARE(model.segments(Family::IPv4).first().end, Now);
    QCOMPARE(model.changeCount(Family::IPv4), 0);

    // `now` before the last entry (clock went backwards): no negative segment.
    model.setEntries(QJsonArray{entry("2026-12-01T00:00:00.000Z", "ipv4", "", "81.2.69.160")}, Now);
    QCOMPARE(model.segments(Family::IPv4).first().durationMs(), 0);
}

void TstHistoryView::summaries()
{
    HistoryModel model;
    model.setEntries(sampleHistory(), Now);
    const QString v4 = model.summary(Family::IPv4);
    QVERIFY2(v4.contains("IPv4") && v4.contains("3 time") && v4.contains("every 9.5 days"), qPrintable(v4));
    const QString v6 = model.summary(Family::IPv6);
    QVERIFY2(v6.contains("IPv6") && v6.contains("2 time") && v6.contains("every 12.0 hours"), qPrintable(v6));

    // One change: no mean to give.
    model.setEntries(QJsonArray{entry("2026-11-01T00:00:00.000Z", "ipv4", "", "81.2.69.160"),
                                entry("2026-11-02T00:00:00.000Z", "ipv4", "81.2.69.160", "81.2.69.161")},
                     Now);
    QCOMPARE(model.changeCount(Family::IPv4), 1);
    QVERIFY(!model.meanChangeIntervalMs(Family::IPv4));
    QVERIFY2(model.summary(Family::IPv4).contains("1 time") && !model.summary(Family::IPv4).contains("average"),
             qPrintable(model.summary(Family::IPv4)));
    QVERIFY2(model.summary(Family::IPv6).contains("No public IPv6 address"), qPrintable(model.summary(Family::IPv6)));

    // Only the first address ever seen.
    model.setEntries(QJsonArray{entry("2026-11-01T00:00:00.000Z", "ipv6", "", "2a02:8070:d18f:5a00::10")}, Now);
    QCOMPARE(model.summary(Family::IPv6), "No change of your public IPv6 address recorded yet.");
}

void TstHistoryView::durationText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    const qint64 minute = 60 * 1000;
    QTest::newRow("minutes") << 45 * minute << "45 minute";
    QTest::newRow("hours") << 330 * minute << "5.5 hours";
    QTest::newRow("just below two days") << 47 * 60 * minute << "47.0 hours";
    QTest::newRow("two days") << 48 * 60 * minute << "2.0 days";
    QTest::newRow("days") << qint64(9.3 * 24 * 60 * minute) << "9.3 days";
}

void TstHistoryView::durationText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    const QString text = HistoryModel::durationText(ms);
    QVERIFY2(text.startsWith(expected), qPrintable(text));
}

void TstHistoryView::segmentDescription()
{
    HistoryModel model;
    model.setEntries(sampleHistory(), Now);
    const QString past = HistoryModel::segmentDescription(model.segments(Family::IPv4).at(1));
    QVERIFY2(past.contains("81.2.69.161") && past.contains("10.0 days") && past.contains("from"), qPrintable(past));
    const QString current = HistoryModel::segmentDescription(model.segments(Family::IPv6).last());
    QVERIFY2(current.contains("2a02:8070:d18f:5a00::10") && current.contains("since") && current.contains("6.0 hours"),
             qPrintable(current));
}

void TstHistoryView::zoomChangesVisibleRange()
{
    HistoryModel model;
    model.setEntries(sampleHistory(), Now);
    HistoryTimeline timeline;
    timeline.setModel(&model);
    timeline.resize(800, 200);
    QSignalSpy zoomSpy(&timeline, &HistoryTimeline::zoomChanged);

    QCOMPARE(timeline.zoom(), HistoryTimeline::Zoom::All); // the default
    QCOMPARE(timeline.visibleEnd(), Now);
    QCOMPARE(timeline.visibleStart(), at("2026-11-01T00:00:00.000Z"));
    const HistorySegment first = model.segments(Family::IPv4).first();
    QVERIFY(!timeline.segmentRect(first).isEmpty());

    timeline.setZoom(HistoryTimeline::Zoom::Day);
    QCOMPARE(timeline.zoom(), HistoryTimeline::Zoom::Day);
    QCOMPARE(timeline.visibleStart(), at("2026-11-29T00:00:00.000Z"));
    QCOMPARE(timeline.visibleEnd(), Now);
    // Out of range now; the current segment fills the whole lane.
    QVERIFY(timeline.segmentRect(first).isEmpty());
    QCOMPARE(timeline.segmentRect(model.segments(Family::IPv4).last()), timeline.laneRect(Family::IPv4));

    timeline.setZoom(HistoryTimeline::Zoom::Week);
    QCOMPARE(timeline.visibleStart(), at("2026-11-23T00:00:00.000Z"));
    // The month would reach back to 31 Oct, before the first entry: the view starts at the data.
    timeline.setZoom(HistoryTimeline::Zoom::Month);
    QCOMPARE(timeline.visibleStart(), at("2026-11-01T00:00:00.000Z"));
    QCOMPARE(zoomSpy.size(), 3);
    timeline.setZoom(HistoryTimeline::Zoom::Month);
    QCOMPARE(zoomSpy.size(), 3);

    // Time <-> x mapping: the range spans the plot width.
    const QRect lane = timeline.laneRect(Family::IPv4);
    QCOMPARE(qRound(timeline.xForTime(Now)), lane.left() + lane.width());
    QCOMPARE(qRound(timeline.xForTime(timeline.visibleStart())), lane.left());
}

void TstHistoryView::rendersSegmentsPerLane()
{
    HistoryModel model;
    model.setEntries(sampleHistory(), Now);
    HistoryTimeline timeline;
    timeline.setModel(&model);
    timeline.setZoom(HistoryTimeline::Zoom::All);
    timeline.resize(800, 200);
    const QImage image = timeline.grab().toImage();

    const QRect v4 = timeline.laneRect(Family::IPv4);
    const QRect v6 = timeline.laneRect(Family::IPv6);
    QVERIFY(v4.height() > 10 && v6.height() > 10);
    QVERIFY(!v4.intersects(v6));
    QVERIFY(v4.left() > 20); // room for the lane labels
    const QColor even = HistoryTimeline::segmentColor(0);
    const QColor odd = HistoryTimeline::segmentColor(1);
    QVERIFY(even != odd);
    QVERIFY(even != timeline.palette().color(QPalette::Base) && odd != timeline.palette().color(QPalette::Base));
    // Both alternating colours in each lane (IPv4 has four segments, IPv6 three).
    QVERIFY(countPixels(image, v4, even) > 100);
    QVERIFY(countPixels(image, v4, odd) > 100);
    QVERIFY(countPixels(image, v6, even) > 100);
    QVERIFY(countPixels(image, v6, odd) > 10);
    // IPv6 has no address before 5 Nov: the lane's start shows the background.
    const int beforeV6 = int(timeline.xForTime(at("2026-11-03T00:00:00.000Z")));
    QCOMPARE(countPixels(image, QRect(beforeV6, v6.top() + 2, 10, v6.height() - 4), even), 0);
    QCOMPARE(countPixels(image, QRect(beforeV6, v6.top() + 2, 10, v6.height() - 4), odd), 0);
    // A change tick in the text colour at 20 Nov, crossing the IPv4 lane.
    const int tickX = qRound(timeline.xForTime(at("2026-11-20T00:00:00.000Z")));
    const QColor text = timeline.palette().color(QPalette::WindowText);
    QVERIFY(countPixels(image, QRect(tickX, v4.top(), 1, v4.height()), text) > v4.height() / 2);

    // The same history in a dark palette still paints the segments.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::WindowText, Qt::white);
    timeline.setPalette(dark);
    const QImage darkImage = timeline.grab().toImage();
    QVERIFY(countPixels(darkImage, v4, even) > 100);
    QVERIFY(countPixels(darkImage, QRect(tickX, v4.top(), 1, v4.height()), Qt::white) > v4.height() / 2);
}

void TstHistoryView::emptyHistoryDrawsNoSegment()
{
    HistoryModel model;
    model.setEntries(QJsonArray(), Now);
    HistoryTimeline timeline;
    timeline.setModel(&model);
    timeline.resize(800, 200);
    for (HistoryTimeline::Zoom zoom : {HistoryTimeline::Zoom::All, HistoryTimeline::Zoom::Day}) {
        timeline.setZoom(zoom);
        const QImage image = timeline.grab().toImage();
        QCOMPARE(countPixels(image, timeline.rect(), HistoryTimeline::segmentColor(0)), 0);
        QCOMPARE(countPixels(image, timeline.rect(), HistoryTimeline::segmentColor(1)), 0);
        // The lanes are still drawn (base colour), so the widget is not blank.
        QVERIFY(countPixels(image, timeline.laneRect(Family::IPv4), timeline.palette().color(QPalette::Base)) > 100);
        QVERIFY(!timeline.segmentAt(timeline.laneRect(Family::IPv4).center()));
    }
}

void TstHistoryView::hoverLookup()
{
    HistoryModel model;
    model.setEntries(sampleHistory(), Now);
    HistoryTimeline timeline;
    timeline.setModel(&model);
    timeline.resize(800, 200);
    timeline.setZoom(HistoryTimeline::Zoom::All);

    const QRect v4 = timeline.laneRect(Family::IPv4);
    const QRect v6 = timeline.laneRect(Family::IPv6);
    const auto pointAt = [&](const char *time, const QRect &lane) {
        return QPoint(qRound(timeline.xForTime(at(time))), lane.center().y());
    };
    std::optional<HistorySegment> s = timeline.segmentAt(pointAt("2026-11-15T00:00:00.000Z", v4));
    QVERIFY(s);
    QCOMPARE(s->address, "81.2.69.161");
    QCOMPARE(s->start, at("2026-11-10T00:00:00.000Z"));
    QCOMPARE(s->end, at("2026-11-20T00:00:00.000Z"));
    s = timeline.segmentAt(pointAt("2026-11-15T00:00:00.000Z", v6));
    QVERIFY(s);
    QCOMPARE(s->address, "2a02:8070:d18f:5a00::10");
    QCOMPARE(s->index, 0);
    // Before the first IPv6 entry, between the lanes, on the labels: nothing.
    QVERIFY(!timeline.segmentAt(pointAt("2026-11-03T00:00:00.000Z", v6)));
    QVERIFY(!timeline.segmentAt(QPoint(v4.center().x(), (v4.bottom() + v6.top()) / 2)));
    QVERIFY(!timeline.segmentAt(QPoint(2, v4.center().y())));

    // Zoomed to the last day, the 12-hour IPv6 segment is wide enough to hit in its middle.
    timeline.setZoom(HistoryTimeline::Zoom::Day);
    s = timeline.segmentAt(pointAt("2026-11-29T12:00:00.000Z", v6));
    QVERIFY(s);
    QCOMPARE(s->address, "2a02:8070:d18f:5a00::11");
    QCOMPARE(s->end, at("2026-11-29T18:00:00.000Z"));

    // Mouse tracking keeps the hovered segment, leaving clears it.
    QVERIFY(timeline.hasMouseTracking());
    sendMouseMove(&timeline, pointAt("2026-11-29T21:00:00.000Z", v6));
    QVERIFY(timeline.hoveredSegment());
    QCOMPARE(timeline.hoveredSegment()->index, 2);
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(&timeline, &leave);
    QVERIFY(!timeline.hoveredSegment());
}

void TstHistoryView::shortHistoryFillsTheView()
{
    // Day one: the agent has seen one address for a minute (mid-afternoon: no midnight on the axis).
    const QDateTime now = at("2026-11-29T14:30:30.000Z");
    const QDateTime first = now.addSecs(-60);
    HistoryModel model;
    model.setEntries({QJsonObject{{"time", first.toString(Qt::ISODateWithMs)}, {"family", "ipv4"}, {"old", ""},
                                  {"new", "81.2.69.160"}, {"detector", "web https://127.0.0.1:8443/ip"}}},
                     now);
    HistoryTimeline timeline;
    timeline.setModel(&model);
    timeline.resize(800, 200);
    const QFontMetrics fm = timeline.fontMetrics();
    for (HistoryTimeline::Zoom zoom : {HistoryTimeline::Zoom::Day, HistoryTimeline::Zoom::Week,
                                       HistoryTimeline::Zoom::Month, HistoryTimeline::Zoom::All}) {
        timeline.setZoom(zoom);
        // At least two minutes, so the minute of history fills half the lane: readable, with its address.
        QCOMPARE(timeline.visibleStart(), now.addSecs(-120));
        const QRect lane = timeline.laneRect(Family::IPv4);
        const QRect segment = timeline.segmentRect(model.segments(Family::IPv4).first());
        QVERIFY2(segment.width() >= lane.width() / 2 - 1, qPrintable(QString::number(segment.width())));
        QVERIFY(segment.width() > fm.horizontalAdvance("81.2.69.160") + 8);
        // The axis counts minutes, with labels as the locale writes a time, without seconds (this
        // test runs in the C locale, whose short time format has them).
        const QList<HistoryTimeline::AxisLabel> labels = timeline.axisLabels();
        QStringList texts;
        for (const HistoryTimeline::AxisLabel &label : labels) {
            if (!label.text.isEmpty())
                texts << label.text;
        }
        QVERIFY2(texts.size() >= 2, qPrintable(texts.join(" ")));
        for (const QString &text : std::as_const(texts))
            QVERIFY2(QRegularExpression("^\\d\\d:\\d\\d$").match(text).hasMatch(), qPrintable(text));
    }

    // A day of history in the Day view: hours, still without seconds.
    HistoryModel day;
    day.setEntries(sampleHistory(), Now);
    timeline.setModel(&day);
    timeline.setZoom(HistoryTimeline::Zoom::Day);
    const QList<HistoryTimeline::AxisLabel> labels = timeline.axisLabels();
    QVERIFY(!labels.isEmpty());
    for (const HistoryTimeline::AxisLabel &label : labels)
        QVERIFY2(!QRegularExpression("\\d:\\d\\d:\\d\\d").match(label.text).hasMatch(), qPrintable(label.text));
}

void TstHistoryView::windowStates()
{
    HistoryWindow window;
    window.resize(800, 500);
    window.setEntries(QJsonArray(), Now);
    QVERIFY(window.isShowingEmptyState());

    window.setEntries(sampleHistory(), Now);
    QVERIFY(!window.isShowingEmptyState());
    QCOMPARE(window.model()->rowCount(), 7);
    QCOMPARE(window.summaryText(Family::IPv4), window.model()->summary(Family::IPv4));
    QVERIFY(window.summaryText(Family::IPv6).contains("12.0 hours"));
    QCOMPARE(window.timeline()->model(), window.model());

    QCOMPARE(window.timeline()->zoom(), HistoryTimeline::Zoom::All);
    QVERIFY(window.zoomButton(HistoryTimeline::Zoom::All)->isChecked());
    window.zoomButton(HistoryTimeline::Zoom::Week)->click();
    QCOMPARE(window.timeline()->zoom(), HistoryTimeline::Zoom::Week);
    QCOMPARE(window.timeline()->visibleStart(), at("2026-11-23T00:00:00.000Z"));
    window.timeline()->setZoom(HistoryTimeline::Zoom::Day);
    QVERIFY(window.zoomButton(HistoryTimeline::Zoom::Day)->isChecked());
    QVERIFY(!window.zoomButton(HistoryTimeline::Zoom::Week)->isChecked());

    window.setEntries(QJsonArray(), Now);
    QVERIFY(window.isShowingEmptyState());
}

QTEST_MAIN(TstHistoryView)
#include "tst_historyview.moc"
