#include "state/history.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns;

namespace {

const QDateTime kStart(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

// The n-th change (1-based): one minute apart, alternating the two test addresses.
HistoryEntry entry(int n, Family family = Family::IPv4)
{
    HistoryEntry e;
    e.time = kStart.addSecs(60 * (n - 1));
    e.family = family;
    if (family == Family::IPv4) {
        e.oldAddress = n == 1 ? QString() : (n % 2 ? "81.2.69.161" : "81.2.69.160");
        e.newAddress = n % 2 ? "81.2.69.160" : "81.2.69.161";
    } else {
        e.oldAddress = n == 1 ? QString() : (n % 2 ? "2a02:8070:d18f:5a00::11" : "2a02:8070:d18f:5a00::10");
        e.newAddress = n % 2 ? "2a02:8070:d18f:5a00::10" : "2a02:8070:d18f:5a00::11";
    }
    e.detector = QStringLiteral("web https://api.ipify.org/ #%1").arg(n);
    return e;
}

int lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count('\n'));
}

bool appendRaw(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(data) == data.size();
}

} // namespace

class TstHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendAndRead();
    void readMissingFile();
    void filters_data();
    void filters();
    void survivesRestart();
    void bounded();
    void boundedAcrossRestart();
    void readServesAtMostTheBound();
    void tornLastLine();
    void permissions();
};

void TstHistory::appendAndRead()
{
    QTemporaryDir dir;
    IpHistory history(dir.path());
    QCOMPARE(history.path(), dir.path() + "/history.jsonl");
    const QList<HistoryEntry> written{entry(1), entry(1, Family::IPv6), entry(2), entry(3), entry(2, Family::IPv6)};
    for (const HistoryEntry &e : written)
        QVERIFY(history.append(e));
    QCOMPARE(history.read(), written);
    QCOMPARE(lineCount(history.path()), written.size());
    QVERIFY(history.read().first().oldAddress.isEmpty());
    QCOMPARE(history.read().at(1).family, Family::IPv6);
}

void TstHistory::readMissingFile()
{
    QTemporaryDir dir;
    const IpHistory history(dir.filePath("not-yet"));
    QVERIFY(history.read().isEmpty());
}

void TstHistory::filters_data()
{
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<QDateTime>("until");
    QTest::addColumn<QList<int>>("expected"); // entry numbers

    // Entries 1..5 at 12:00, 12:01, ... 12:04 UTC.
    QTest::newRow("open") << QDateTime() << QDateTime() << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("since is inclusive") << kStart.addSecs(120) << QDateTime() << QList<int>{3, 4, 5};
    QTest::newRow("since between entries") << kStart.addSecs(90) << QDateTime() << QList<int>{3, 4, 5};
    QTest::newRow("until is exclusive") << QDateTime() << kStart.addSecs(120) << QList<int>{1, 2};
    QTest::newRow("window") << kStart.addSecs(60) << kStart.addSecs(180) << QList<int>{2, 3};
    QTest::newRow("window in another zone")
        << kStart.addSecs(60).toOffsetFromUtc(7200) << kStart.addSecs(180).toOffsetFromUtc(-3600) << QList<int>{2, 3};
    QTest::newRow("since after all") << kStart.addDays(1) << QDateTime() << QList<int>{};
    QTest::newRow("until before all") << QDateTime() << kStart << QList<int>{};
    QTest::newRow("empty window") << kStart.addSecs(120) << kStart.addSecs(120) << QList<int>{};
}

void TstHistory::filters()
{
    QFETCH(QDateTime, since);
    QFETCH(QDateTime, until);
    QFETCH(QList<int>, expected);

    QTemporaryDir dir;
    IpHistory history(dir.path());
    for (int n = 1; n <= 5; ++n)
        QVERIFY(history.append(entry(n)));
    QList<HistoryEntry> wanted;
    for (int n : expected)
        wanted.append(entry(n));
    QCOMPARE(history.read(since, until), wanted);
}

void TstHistory::survivesRestart()
{
    QTemporaryDir dir;
    {
        IpHistory history(dir.path());
        QVERIFY(history.append(entry(1)));
        QVERIFY(history.append(entry(2)));
    }
    IpHistory history(dir.path());
    QCOMPARE(history.read(), (QList<HistoryEntry>{entry(1), entry(2)}));
    QVERIFY(history.append(entry(3)));
    QCOMPARE(history.read(), (QList<HistoryEntry>{entry(1), entry(2), entry(3)}));
    QCOMPARE(IpHistory(dir.path()).read().size(), 3);
}

void TstHistory::bounded()
{
    QTemporaryDir dir;
    IpHistory history(dir.path(), 50);
    QCOMPARE(history.maxEntries(), 50);
    int maxLines = 0;
    for (int n = 1; n <= 200; ++n) {
        QVERIFY(history.append(entry(n)));
        const int lines = lineCount(history.path());
        maxLines = std::max(maxLines, lines);
        QVERIFY2(lines <= 55, qPrintable(QStringLiteral("%1 lines after entry %2").arg(lines).arg(n)));
    }
    QVERIFY(maxLines > 50); // compaction has slack: it does not rewrite the file on every append

    // The file may hold slack; what is read never exceeds the bound: the newest ones, in order.
    const QList<HistoryEntry> entries = history.read();
    QCOMPARE(entries.size(), 50);
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i), entry(151 + int(i)));
}

void TstHistory::boundedAcrossRestart()
{
    QTemporaryDir dir;
    for (int n = 1; n <= 120; ++n) {
        // A new instance for every append: the line count must come from the file.
        IpHistory history(dir.path(), 20);
        QVERIFY(history.append(entry(n)));
        QVERIFY2(lineCount(history.path()) <= 22, qPrintable(QString::number(lineCount(history.path()))));
    }
    const QList<HistoryEntry> entries = IpHistory(dir.path(), 20).read();
    QCOMPARE(entries.size(), 20);
    QCOMPARE(entries.first(), entry(101));
    QCOMPARE(entries.last(), entry(120));
}

void TstHistory::readServesAtMostTheBound()
{
    QTemporaryDir dir;
    IpHistory history(dir.path(), 10);
    // Appends stop short of a compaction: the file holds 10 % slack past the bound.
    for (int n = 1; n <= 11; ++n)
        QVERIFY(history.append(entry(n)));
    QCOMPARE(lineCount(history.path()), 11);
    QList<HistoryEntry> newest;
    for (int n = 2; n <= 11; ++n)
        newest.append(entry(n));
    QCOMPARE(history.read(), newest);
    // Filters apply to the newest entries only: the slack is as good as dropped. Entry 1 is
    // at 12:00, entry 2 at 12:01.
    QCOMPARE(history.read({}, kStart.addSecs(120)), QList<HistoryEntry>{entry(2)});
    QCOMPARE(history.read(kStart, kStart.addSecs(60)), QList<HistoryEntry>{});
    // Torn or foreign lines do not count against the bound.
    QVERIFY(appendRaw(history.path(), "not json\n{\"time\":\"2024-05-01T12:0"));
    QCOMPARE(history.read(), newest);
}

void TstHistory::tornLastLine()
{
    QTemporaryDir dir;
    IpHistory history(dir.path());
    for (int n = 1; n <= 3; ++n)
        QVERIFY(history.append(entry(n)));
    // A crash in the middle of a write leaves a partial line without its newline.
    QVERIFY(appendRaw(history.path(), "{\"time\":\"2024-05-01T12:0"));
    QCOMPARE(history.read(), (QList<HistoryEntry>{entry(1), entry(2), entry(3)}));

    // After a restart, appending still works and the torn line stays skipped.
    IpHistory restarted(dir.path());
    QVERIFY(restarted.append(entry(4)));
    QVERIFY(restarted.append(entry(5)));
    const QList<HistoryEntry> entries = restarted.read();
    QCOMPARE(entries, (QList<HistoryEntry>{entry(1), entry(2), entry(3), entry(4), entry(5)}));
}

void TstHistory::permissions()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix permission bits");
#else
    constexpr auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    constexpr auto ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QTemporaryDir dir;
    const QString stateDir = dir.filePath("qddns");
    IpHistory history(stateDir, 5);
    QVERIFY(history.append(entry(1)));
    QCOMPARE(QFile::permissions(history.path()) & all, ownerFile);
    // Still owner-only after the file was rewritten by a compaction.
    for (int n = 2; n <= 12; ++n)
        QVERIFY(history.append(entry(n)));
    QVERIFY(lineCount(history.path()) <= 6);
    QCOMPARE(QFile::permissions(history.path()) & all, ownerFile);
    // A file left readable by others (older version, hand edit) is tightened on the next append.
    QVERIFY(QFile::setPermissions(history.path(), ownerFile | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(IpHistory(stateDir, 5).append(entry(13)));
    QCOMPARE(QFile::permissions(history.path()) & all, ownerFile);

    QCOMPARE(QFile::permissions(stateDir) & all, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#endif
}

QTEST_GUILESS_MAIN(TstHistory)
#include "tst_history.moc"
