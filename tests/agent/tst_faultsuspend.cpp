// Issue 16, faults: a suspend of hours. The agent's poll and retry timers are BootTimers
// (CLOCK_BOOTTIME, which counts the time asleep). A test machine cannot suspend, so the process
// is kept from running instead, as a suspended one is: its thread blocks for several periods of
// the timer. At "wake-up" the poll that came due runs at once, and once, not once per missed
// period (the timerfd reports them all in one read).
#include "platform/boottimer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <thread>

using namespace Qddns;
using namespace std::chrono_literals;

class TstFaultSuspend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void duePollRunsOnceAtWakeUp();
    void dueRetryRunsAtWakeUp();
};

void TstFaultSuspend::duePollRunsOnceAtWakeUp()
{
    BootTimer poll;
    poll.setInterval(500ms);
    QSignalSpy spy(&poll, &BootTimer::timeout);
    poll.start();
    // "Asleep" for more than three periods: the event loop does not run, as in a suspended process.
    std::this_thread::sleep_for(1600ms);
    QElapsedTimer woke;
    woke.start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 1000);
    // At once, not a period after the wake-up (a generous bound on a loaded machine).
    QVERIFY2(woke.elapsed() < 400, qPrintable(QString::number(woke.elapsed())));
    // Once: the missed periods are not replayed; the next poll comes at its usual time.
    QVERIFY(!QTest::qWaitFor([&spy] { return spy.size() > 1; }, 50));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 3000);
    poll.stop();
}

void TstFaultSuspend::dueRetryRunsAtWakeUp()
{
    BootTimer retry;
    retry.setSingleShot(true);
    QSignalSpy spy(&retry, &BootTimer::timeout);
    retry.start(300ms);
    std::this_thread::sleep_for(700ms);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 1000);
    QVERIFY(!retry.isActive());
    QVERIFY(!QTest::qWaitFor([&spy] { return spy.size() > 1; }, 400));
}

QTEST_GUILESS_MAIN(TstFaultSuspend)
#include "tst_faultsuspend.moc"
