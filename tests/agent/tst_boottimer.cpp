// The poll timer on the boot-time clock: fires, repeats, stops, reports what remains.
// (That it counts suspended time is the kernel's CLOCK_BOOTTIME; a test cannot suspend.)
#include "platform/boottimer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qddns;
using namespace std::chrono_literals;

class TstBootTimer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleShotFiresOnce()
    {
        BootTimer timer;
        timer.setSingleShot(true);
        QSignalSpy spy(&timer, &BootTimer::timeout);
        QElapsedTimer elapsed;
        elapsed.start();
        timer.start(100ms);
        QVERIFY(timer.isActive());
        QVERIFY(timer.remainingTime() > 0 && timer.remainingTime() <= 100);
        QVERIFY(spy.wait(2000));
        QVERIFY2(elapsed.elapsed() >= 95, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(!timer.isActive());
        QCOMPARE(timer.remainingTime(), -1);
        QTest::qWait(250);
        QCOMPARE(spy.size(), 1);
    }

    void periodicRepeatsUntilStopped()
    {
        BootTimer timer;
        QSignalSpy spy(&timer, &BootTimer::timeout);
        timer.start(50ms);
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 3, 2000);
        QVERIFY(timer.isActive());
        timer.stop();
        const qsizetype count = spy.size();
        QTest::qWait(200);
        QCOMPARE(spy.size(), count);
        QVERIFY(!timer.isActive());
    }

    void restartPostponesTheDeadline()
    {
        BootTimer timer;
        timer.setSingleShot(true);
        QSignalSpy spy(&timer, &BootTimer::timeout);
        timer.start(300ms);
        QTest::qWait(200);
        timer.start(); // the poll counts from a check triggered by a network change
        QTest::qWait(200);
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(2000));
    }
};

QTEST_GUILESS_MAIN(TstBootTimer)
#include "tst_boottimer.moc"
