#include "platform/netwatch.h"
#include "fakes/netns.h"

#include <QElapsedTimer>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

// The test changes addresses, so it runs itself again under `unshare -n` (tests/fakes/netns.h):
// everything it does happens in a private network namespace that vanishes with the child.

class TstNetWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changesInNamespace();

private:
    void runChild();
    void scenario();
};

#define IP(args)                                                                                                       \
    do {                                                                                                               \
        const QString error = ip(QStringLiteral(args));                                                                \
        QVERIFY2(error.isEmpty(), qPrintable(error));                                                                  \
    } while (false)

void TstNetWatch::changesInNamespace()
{
    if (qEnvironmentVariableIsSet(kNetnsChildVariable))
        scenario();
    else
        runChild();
}

void TstNetWatch::runChild()
{
    if (const QString why = namespaceUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));

    QProcess child;
    startInNamespace(child, QStringLiteral("changesInNamespace"));
    QVERIFY2(child.waitForFinished(60000), "the namespace child did not finish within 60 s");
    qInfo().noquote() << "namespace child output:\n" + QString::fromLocal8Bit(child.readAll()).trimmed();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
}

void TstNetWatch::scenario()
{
    QVERIFY2(inFreshPrivateNamespace(), "refusing to change addresses: not in a fresh private network namespace");

    // The dummy link type is not available everywhere; a veth pair is.
    IP("link set lo up");
    IP("link add qddns0 type veth peer name qddns1");
    IP("link set qddns0 up");
    IP("link set qddns1 up");

    NetworkWatcher watcher;
    watcher.setDebounce(300ms);
    QVERIFY(watcher.start());
    QVERIFY(watcher.isActive());
    QSignalSpy spy(&watcher, &NetworkWatcher::changed);

    // The links' carrier comes up asynchronously: let those events pass first.
    for (int i = 0; i < 5 && spy.wait(1000); ++i)
        qInfo().noquote() << "settling:" << spy.last().at(0).toString();
    spy.clear();

    // One address: one signal, well within a second of starting `ip`.
    QElapsedTimer timer;
    timer.start();
    IP("addr add 81.2.69.160/24 dev qddns0");
    QVERIFY2(spy.wait(2000), "no signal after adding an address");
    const qint64 addMs = timer.elapsed();
    qInfo() << "address added -> changed() in" << addMs << "ms (debounce 300 ms, including starting ip)";
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("RTM_NEWADDR on qddns0"));
    QVERIFY2(addMs < 1000, qPrintable(QStringLiteral("took %1 ms").arg(addMs)));

    // A burst spread over the window, with the event loop running in between: one signal.
    spy.clear();
    watcher.setDebounce(500ms);
    timer.restart();
    const char *burst[] = {"addr add 81.2.69.161/24 dev qddns0",
                           "addr add 2a02:8070:d18f:5a00::10/64 dev qddns0 nodad",
                           "addr add 2a02:8070:d18f:5a00::11/64 dev qddns0 nodad",
                           "addr add 81.2.69.160/24 dev qddns1",
                           "addr add 2a02:8070:d18f:5a00::10/64 dev qddns1 nodad"};
    for (const char *args : burst) {
        const QString error = ip(QString::fromLatin1(args));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTest::qWait(40);
    }
    const qint64 burstMs = timer.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    const qint64 burstSignalMs = timer.elapsed();
    QTest::qWait(1000);
    qInfo() << "burst of 5 adds over" << burstMs << "ms -> 1 changed() after" << burstSignalMs << "ms:"
            << spy.at(0).at(0).toString();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("RTM_NEWADDR on qddns0 (+4 more)"));
    QVERIFY2(burstSignalMs < 1000, qPrintable(QStringLiteral("took %1 ms").arg(burstSignalMs)));
    watcher.setDebounce(300ms);

    // Noise that cannot change a published address: a link-local address, a lifetime refresh.
    spy.clear();
    IP("addr add fe80::10/64 dev qddns0 nodad");
    IP("addr change 2a02:8070:d18f:5a00::10/64 dev qddns0 valid_lft 3000 preferred_lft 3000 nodad");
    QVERIFY2(!spy.wait(1000), qPrintable(QStringLiteral("unexpected: ") + spy.value(0).value(0).toString()));

    // Deletion (of the secondary address: deleting a primary takes its secondaries along).
    spy.clear();
    timer.restart();
    IP("addr del 81.2.69.161/24 dev qddns0");
    QVERIFY2(spy.wait(2000), "no signal after deleting an address");
    qInfo() << "address deleted -> changed() in" << timer.elapsed() << "ms";
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("RTM_DELADDR on qddns0"));

    // A new default route.
    spy.clear();
    IP("route add default dev qddns0");
    QVERIFY2(spy.wait(2000), "no signal after adding a default route");
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("RTM_NEWROUTE default on qddns0"));

    // Link down (IPv6 addresses and routes go with it, in the same window).
    spy.clear();
    IP("link set qddns0 down");
    QVERIFY2(spy.wait(2000), "no signal after setting the link down");
    qInfo().noquote() << "link down:" << spy.at(0).at(0).toString();
    QVERIFY(spy.at(0).at(0).toString().contains(QStringLiteral(" on qddns")));
    QTest::qWait(500);
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TstNetWatch)
#include "tst_netwatch.moc"
