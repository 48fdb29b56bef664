// The log view: the bounded model fed by the `logs` reply and `log` events, the level filter and
// search, and the diagnostics text "Copy diagnostics" puts on the clipboard.
#include "logs/diagnostics.h"
#include "logs/logfiltermodel.h"
#include "logs/logmodel.h"
#include "logs/logwindow.h"
#include "core/version.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qddns::Gui;

namespace {

QJsonObject line(const QString &time, const QString &level, const QString &category, const QString &message)
{
    return {{"time", time}, {"level", level}, {"category", category}, {"message", message}};
}

QJsonArray sampleLines()
{
    return {line("2026-11-25T08:00:00.000Z", "debug", "qddns.detect", "web https://127.0.0.1:8443/ip answered 81.2.69.160"),
            line("2026-11-25T08:00:01.000Z", "info", "qddns.engine", "IPv4 address is 81.2.69.160"),
            line("2026-11-25T08:00:02.000Z", "warning", "qddns.http", "request to 127.0.0.1 timed out, retrying"),
            line("2026-11-25T08:00:03.000Z", "error", "qddns.engine", "home.example.org (IPv4): the provider rejected the credentials"),
            line("2026-11-25T08:00:04.000Z", "info", "qddns.scheduler", "next check at 08:05")};
}

QJsonObject sampleStatus()
{
    return {{"agent", QJsonObject{{"version", "0.1.0"}, {"pid", 4242}}},
            {"state", "idle"},
            {"paused", false},
            {"addresses", QJsonObject{{"ipv4", QJsonObject{{"address", "81.2.69.160"}}}}},
            {"profiles", QJsonArray{QJsonObject{{"name", "home"}, {"provider", "dyndns2"}}}}};
}

QStringList messages(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, LogModel::MessageColumn).data().toString();
    return out;
}

} // namespace

class TstLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelShowsLinesAndColumns();
    void eventsAppendAndReplyReplaces();
    void modelIsBounded();
    void levelFilter();
    void searchIsCaseInsensitiveOverMessageAndCategory();
    void filterFollowsNewLines();
    void windowControlsDriveTheFilter();
    void longMessageKeepsItsReason();
    void diagnosticsText();
    void diagnosticsWithoutAgent();
    void copyDiagnosticsFillsTheClipboard();
    void visibilityIsReported();
};

void TstLogView::modelShowsLinesAndColumns()
{
    LogModel model;
    model.setLines(sampleLines());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(LogModel::ColumnCount));
    const QModelIndex level = model.index(3, LogModel::LevelColumn);
    QCOMPARE(level.data().toString(), "Error");
    QVERIFY(level.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, LogModel::LevelColumn).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(3, LogModel::CategoryColumn).data().toString(), "qddns.engine");
    QCOMPARE(model.index(1, LogModel::MessageColumn).data().toString(), "IPv4 address is 81.2.69.160");
    QCOMPARE(model.index(0, 0).data(LogModel::LevelRankRole).toInt(), 0);
    QCOMPARE(model.index(3, 0).data(LogModel::LevelRankRole).toInt(), 3);
    // Local time in the table; the exact UTC time in the tooltip.
    const QDateTime utc = QDateTime::fromString("2026-11-25T08:00:01.000Z", Qt::ISODateWithMs);
    QCOMPARE(model.index(1, LogModel::TimeColumn).data().toString(),
             utc.toLocalTime().toString("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(model.line(1).time, utc);
    QCOMPARE(model.headerData(LogModel::MessageColumn, Qt::Horizontal).toString(), "Message");
}

void TstLogView::eventsAppendAndReplyReplaces()
{
    LogModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendLine(line("2026-11-25T07:59:00.000Z", "info", "qddns.agent", "early event"));
    QCOMPARE(inserted.size(), 1);
    // The reply holds every line whose event came before it: it replaces, nothing twice.
    QJsonArray reply = sampleLines();
    reply.prepend(line("2026-11-25T07:59:00.000Z", "info", "qddns.agent", "early event"));
    model.setLines(reply);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(messages(model).count("early event"), 1);
    model.appendLine(line("2026-11-25T08:01:00.000Z", "info", "qddns.engine", "later event"));
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(messages(model).last(), "later event");
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstLogView::modelIsBounded()
{
    LogModel model;
    model.setCapacity(3);
    model.setLines(sampleLines()); // 5 lines: the newest 3 are kept
    QCOMPARE(messages(model), (QStringList{"request to 127.0.0.1 timed out, retrying",
                                           "home.example.org (IPv4): the provider rejected the credentials",
                                           "next check at 08:05"}));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.appendLine(line("2026-11-25T08:00:05.000Z", "info", "qddns.engine", "sixth"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(messages(model).first(), "home.example.org (IPv4): the provider rejected the credentials");
    QCOMPARE(messages(model).last(), "sixth");
    model.setCapacity(1);
    QCOMPARE(messages(model), QStringList{"sixth"});
    QCOMPARE(LogModel().capacity(), 2000); // as many as the agent's ring
}

void TstLogView::levelFilter()
{
    LogModel model;
    model.setLines(sampleLines());
    LogFilterModel filter;
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 5); // debug: everything
    filter.setMinimumLevel("info");
    QCOMPARE(filter.rowCount(), 4);
    filter.setMinimumLevel("warning");
    QCOMPARE(messages(filter), (QStringList{"request to 127.0.0.1 timed out, retrying",
                                            "home.example.org (IPv4): the provider rejected the credentials"}));
    filter.setMinimumLevel("error");
    QCOMPARE(filter.rowCount(), 1);
    filter.setMinimumLevel("debug");
    QCOMPARE(filter.rowCount(), 5);
}

void TstLogView::searchIsCaseInsensitiveOverMessageAndCategory()
{
    LogModel model;
    model.setLines(sampleLines());
    LogFilterModel filter;
    filter.setSourceModel(&model);
    filter.setSearchText("81.2.69.160");
    QCOMPARE(filter.rowCount(), 2);
    filter.setSearchText("  PROVIDER rejected ");
    QCOMPARE(messages(filter), QStringList{"home.example.org (IPv4): the provider rejected the credentials"});
    filter.setSearchText("qddns.scheduler"); // the category
    QCOMPARE(messages(filter), QStringList{"next check at 08:05"});
    // Level and search together.
    filter.setSearchText("qddns.engine");
    QCOMPARE(filter.rowCount(), 2);
    filter.setMinimumLevel("error");
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText("nothing like this");
    QCOMPARE(filter.rowCount(), 0);
    filter.setSearchText("");
    QCOMPARE(filter.rowCount(), 1);
}

void TstLogView::filterFollowsNewLines()
{
    LogModel model;
    LogFilterModel filter;
    filter.setSourceModel(&model);
    filter.setMinimumLevel("warning");
    model.setLines(sampleLines());
    QCOMPARE(filter.rowCount(), 2);
    model.appendLine(line("2026-11-25T08:01:00.000Z", "info", "qddns.engine", "quiet"));
    QCOMPARE(filter.rowCount(), 2);
    model.appendLine(line("2026-11-25T08:01:01.000Z", "error", "qddns.engine", "loud"));
    QCOMPARE(filter.rowCount(), 3);
    QCOMPARE(messages(filter).last(), "loud");
}

void TstLogView::windowControlsDriveTheFilter()
{
    LogWindow window;
    window.setLines(sampleLines());
    QCOMPARE(window.view()->model()->rowCount(), 5);
    auto *level = window.findChild<QComboBox *>();
    QVERIFY(level);
    level->setCurrentIndex(level->findData("warning"));
    QCOMPARE(window.filterModel()->minimumLevel(), "warning");
    QCOMPARE(window.view()->model()->rowCount(), 2);
    window.setMinimumLevel("debug");
    QCOMPARE(level->currentData().toString(), "debug");
    auto *search = window.findChild<QLineEdit *>();
    QVERIFY(search);
    QTest::keyClicks(search, "timed OUT");
    QCOMPARE(window.view()->model()->rowCount(), 1);
    window.setSearchText({});
    QCOMPARE(window.view()->model()->rowCount(), 5);
    window.appendLine(line("2026-11-25T08:01:01.000Z", "error", "qddns.engine", "appended"));
    QCOMPARE(window.model()->rowCount(), 6);
}

void TstLogView::longMessageKeepsItsReason()
{
    const QString message = "home.example.org A: failed (the provider answered HTTP 401 for "
                            "https://dynupdate.no-ip.com/nic/update?hostname=home.example.org&myip=81.2.69.160: "
                            "the provider refused the credentials)";
    LogWindow window;
    window.setLines({line("2026-11-25T08:00:00.000Z", "warning", "qddns.engine", message),
                     line("2026-11-25T08:00:01.000Z", "info", "qddns.engine", "next check at 08:05")});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The message is cut in the middle, so the end (the reason) stays visible...
    QCOMPARE(window.view()->textElideMode(), Qt::ElideMiddle);
    const int width = window.view()->columnWidth(LogModel::MessageColumn);
    QVERIFY2(window.view()->fontMetrics().horizontalAdvance(message) > width, "the message fits: nothing to show");
    // ...and the selected line is shown whole beneath the table.
    QCOMPARE(window.detailText(), QString());
    window.view()->selectRow(0);
    QVERIFY2(window.detailText().contains(message), qPrintable(window.detailText()));
    QVERIFY(window.detailText().contains("qddns.engine"));
    QCOMPARE(window.view()->model()->index(0, LogModel::MessageColumn).data(Qt::ToolTipRole).toString(), message);
    window.view()->selectRow(1);
    QVERIFY(window.detailText().contains("next check at 08:05"));
    window.view()->clearSelection();
    window.view()->setCurrentIndex({});
    QCOMPARE(window.detailText(), QString());
}

void TstLogView::diagnosticsText()
{
    Diagnostics d = Diagnostics::forThisProcess();
    QCOMPARE(d.appVersion, QString(QDDNS_VERSION));
    QCOMPARE(d.qtVersion, QString::fromLatin1(qVersion()));
    QVERIFY(!d.os.isEmpty());
    d.agentVersion = "0.1.0";
    d.agentProtocol = 1;
    d.status = sampleStatus();
    LogModel model;
    model.setLines(sampleLines());
    d.lines = model.lines();
    const QString text = d.text(QDateTime::fromString("2026-11-25T09:00:00Z", Qt::ISODate));
    QVERIFY2(text.contains("qddns: " + d.appVersion), qPrintable(text));
    QVERIFY(text.contains("Agent: 0.1.0 (protocol 1)"));
    QVERIFY(text.contains("Qt: " + d.qtVersion));
    QVERIFY(text.contains("OS: " + d.os));
    QVERIFY(text.contains("2026-11-25T09:00:00Z"));
    // The status as JSON: it parses back to what was given.
    const qsizetype open = text.indexOf("\n{");
    const qsizetype close = text.indexOf("\n}", open);
    QVERIFY(open > 0 && close > open);
    QCOMPARE(QJsonDocument::fromJson(text.mid(open + 1, close - open + 1).toUtf8()).object(), sampleStatus());
    // Every log line, in order, with level and category.
    QVERIFY(text.contains("Recent log lines (5):"));
    QVERIFY(text.contains("2026-11-25T08:00:03.000Z error qddns.engine: home.example.org (IPv4): the provider rejected the credentials"));
    QVERIFY(text.indexOf("answered 81.2.69.160") < text.indexOf("next check at 08:05"));

    // Only the newest kMaxLines lines.
    d.lines.clear();
    for (int i = 0; i < Diagnostics::kMaxLines + 10; ++i)
        d.lines.append({QDateTime::fromString("2026-11-25T08:00:00Z", Qt::ISODate), "info", "qddns.engine",
                        QString("line #%1;").arg(i)});
    const QString many = d.text(QDateTime::currentDateTimeUtc());
    QVERIFY(!many.contains("line #9;"));
    QVERIFY(many.contains("line #10;"));
    QVERIFY(many.contains(QString("line #%1;").arg(Diagnostics::kMaxLines + 9)));
}

void TstLogView::diagnosticsWithoutAgent()
{
    const Diagnostics d = Diagnostics::forThisProcess();
    const QString text = d.text(QDateTime::currentDateTimeUtc());
    QVERIFY(text.contains("Agent: not connected"));
    QVERIFY(text.contains("not connected to the agent"));
    QVERIFY(text.contains("Recent log lines (0):"));
}

void TstLogView::copyDiagnosticsFillsTheClipboard()
{
    LogWindow window;
    QVERIFY(window.noticeText().contains("Not connected"));
    window.setAgentVersion("0.1.0", 1);
    QVERIFY(window.noticeText().isEmpty());
    window.setStatus(sampleStatus());
    window.setLines(sampleLines());
    window.setMinimumLevel("error"); // the diagnostics hold every line, not just the shown ones
    QApplication::clipboard()->clear();
    window.copyDiagnostics();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains("\"pid\": 4242"), qPrintable(copied));
    QVERIFY(copied.contains("\"81.2.69.160\""));
    QVERIFY(copied.contains("Agent: 0.1.0 (protocol 1)"));
    QVERIFY(copied.contains("IPv4 address is 81.2.69.160"));
    QVERIFY(copied.contains("next check at 08:05"));
    QVERIFY(copied.contains("qddns: " QDDNS_VERSION));
    QVERIFY(window.noticeText().contains("copied"));
}

void TstLogView::visibilityIsReported()
{
    LogWindow window;
    QSignalSpy spy(&window, &LogWindow::visibilityChanged);
    window.show();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    window.close();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toBool(), false);
}

QTEST_MAIN(TstLogView)
#include "tst_logview.moc"
