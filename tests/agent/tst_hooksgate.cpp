// What one hook is told and when (HookGate): the tray's rule per subject, with fake time. A
// flapping address gives at most two notices, the last stating where it is now; a record's
// trouble is told once when it begins, its recovery once when it ends.
#include "engine/recordevent.h"
#include "hooks/hookgate.h"

#include <QTest>

using namespace Qddns;
using namespace std::chrono_literals;

namespace {
const QDateTime t0(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
const QStringList kAddresses{"81.2.69.160", "81.2.69.161", "81.2.69.162", "81.2.69.163"};

HookSpec spec(QList<HookEvent> events, std::chrono::seconds quiet = 15min)
{
    HookSpec s;
    s.name = "h";
    s.kind = HookSpec::Kind::Webhook;
    s.events = std::move(events);
    s.quietPeriod = quiet;
    return s;
}

RecordEvent record(RecordEvent::Result result, const QString &address, const QString &previous = {},
                   RecordType type = RecordType::A)
{
    RecordEvent e;
    e.profile = "home";
    e.host = "myhome.example.org";
    e.type = type;
    e.result = result;
    e.address = address;
    e.previous = previous;
    e.message = result == RecordEvent::Result::Failed ? "HTTP 503" : QString();
    return e;
}

QStringList describe(const QList<HookNotice> &notices)
{
    QStringList list;
    for (const HookNotice &n : notices)
        list << n.event + ":" + n.oldAddress + ">" + n.newAddress;
    return list;
}

// What the runner does: a cycle's events, its end, then whatever is due, and again at nextDue().
struct Driver
{
    HookGate gate;
    QList<HookNotice> told;
    void due(const QDateTime &now)
    {
        while (gate.nextDue().isValid() && gate.nextDue() <= now)
            told += gate.takeDue(gate.nextDue());
    }
};
} // namespace

class TstHooksGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flappingAddressGivesAtMostTwo();
    void flapBackSaysNothing();
    void quietPeriodZeroTellsEveryChange();
    void updatesCollapseLikeAddresses();
    void troubleToldOnceRecoveryOnce();
    void recoveryWithoutFailureEvents();
    void troubleThatEndsBeforeItIsToldIsNotTold();
    void filtersFamiliesAndEvents();
    void agentStartedAtOnce();
};

void TstHooksGate::flappingAddressGivesAtMostTwo()
{
    // Told an hour ago; then six changes in a minute, one per cycle: A→B→C→D→A→B→C.
    Driver d{HookGate(spec({HookEvent::AddressChanged}))};
    QString current = kAddresses.at(0);
    d.gate.addressChanged(Family::IPv4, QString(), current, t0.addSecs(-3600));
    d.gate.cycleFinished(t0.addSecs(-3600));
    d.due(t0.addSecs(-3600));
    QCOMPARE(describe(d.told), QStringList{"addressChanged:>81.2.69.160"});
    d.told.clear();

    for (int i = 0; i < 6; ++i) {
        const QDateTime now = t0.addSecs(10 * i);
        const QString next = kAddresses.at((i + 1) % kAddresses.size());
        d.gate.addressChanged(Family::IPv4, current, next, now);
        d.gate.cycleFinished(now);
        d.due(now);
        current = next;
    }
    d.due(t0.addSecs(3600));
    QVERIFY2(d.told.size() <= 2, qPrintable(describe(d.told).join(", ")));
    QCOMPARE(describe(d.told), (QStringList{"addressChanged:81.2.69.160>81.2.69.161",   // the first, at once
                                            "addressChanged:81.2.69.161>81.2.69.162"})); // where it is when the quiet period ends
    QCOMPARE(d.told.last().newAddress, current);
    QCOMPARE(d.told.last().time, t0.addSecs(15 * 60));
    QVERIFY(!d.gate.nextDue().isValid());
}

void TstHooksGate::flapBackSaysNothing()
{
    Driver d{HookGate(spec({HookEvent::AddressChanged}))};
    d.gate.addressChanged(Family::IPv4, QString(), kAddresses.at(0), t0);
    d.gate.cycleFinished(t0);
    d.due(t0);
    d.gate.addressChanged(Family::IPv4, kAddresses.at(0), kAddresses.at(1), t0.addSecs(60));
    d.gate.cycleFinished(t0.addSecs(60));
    d.due(t0.addSecs(60));
    d.gate.addressChanged(Family::IPv4, kAddresses.at(1), kAddresses.at(0), t0.addSecs(120));
    d.gate.addressChanged(Family::IPv4, kAddresses.at(0), kAddresses.at(1), t0.addSecs(180));
    d.gate.addressChanged(Family::IPv4, kAddresses.at(1), kAddresses.at(0), t0.addSecs(240));
    d.gate.cycleFinished(t0.addSecs(240));
    d.due(t0.addSecs(7200));
    // A at once; the change to B waits for the quiet period, by whose end the address is back at
    // A: nothing to tell.
    QCOMPARE(describe(d.told), (QStringList{"addressChanged:>81.2.69.160"}));
}

void TstHooksGate::quietPeriodZeroTellsEveryChange()
{
    Driver d{HookGate(spec({HookEvent::AddressChanged}, 0s))};
    QString current;
    for (int i = 0; i < 4; ++i) {
        const QDateTime now = t0.addSecs(10 * i);
        d.gate.addressChanged(Family::IPv4, current, kAddresses.at(i), now);
        d.gate.cycleFinished(now);
        d.due(now);
        current = kAddresses.at(i);
    }
    QCOMPARE(d.told.size(), 4);
}

void TstHooksGate::updatesCollapseLikeAddresses()
{
    Driver d{HookGate(spec({HookEvent::Updated}))};
    QString published;
    for (int i = 0; i < 6; ++i) {
        const QDateTime now = t0.addSecs(10 * i);
        const QString next = kAddresses.at((i + 1) % kAddresses.size());
        d.gate.record(record(RecordEvent::Result::Updated, next, published), now);
        d.gate.cycleFinished(now);
        d.due(now);
        published = next;
    }
    d.due(t0.addSecs(3600));
    QCOMPARE(describe(d.told), (QStringList{"updated:>81.2.69.161", "updated:81.2.69.161>81.2.69.162"}));
    QCOMPARE(d.told.last().newAddress, published);
    QVERIFY(d.told.last().message.endsWith("now points to 81.2.69.162 (was 81.2.69.161)"));
}

void TstHooksGate::troubleToldOnceRecoveryOnce()
{
    Driver d{HookGate(spec({HookEvent::Failed, HookEvent::Held, HookEvent::Recovered}))};
    QDateTime now = t0;
    const auto cycle = [&d, &now](RecordEvent::Result result) {
        now = now.addSecs(3600);
        d.gate.record(record(result, kAddresses.at(1), kAddresses.at(0)), now);
        d.gate.cycleFinished(now);
        d.due(now);
    };
    cycle(RecordEvent::Result::Failed);
    cycle(RecordEvent::Result::Failed);    // its retries fail too: no news
    cycle(RecordEvent::Result::Held);      // a hold after a failure is news
    cycle(RecordEvent::Result::Held);
    cycle(RecordEvent::Result::Failed);    // a failure after a hold is not
    cycle(RecordEvent::Result::Updated);   // recovered
    cycle(RecordEvent::Result::Unchanged); // still fine
    cycle(RecordEvent::Result::Failed);    // news again
    QCOMPARE(describe(d.told), (QStringList{"failed:81.2.69.160>81.2.69.161", "held:81.2.69.160>81.2.69.161",
                                            "recovered:81.2.69.160>81.2.69.161", "failed:81.2.69.160>81.2.69.161"}));
    QCOMPARE(d.told.first().result, "failed");
    QVERIFY(d.told.first().message.endsWith("the update failed: HTTP 503"));
}

void TstHooksGate::recoveryWithoutFailureEvents()
{
    // A hook that is told recoveries only hears of each one.
    Driver d{HookGate(spec({HookEvent::Recovered}))};
    d.gate.record(record(RecordEvent::Result::Failed, kAddresses.at(1)), t0);
    d.gate.cycleFinished(t0);
    d.due(t0);
    QVERIFY(d.told.isEmpty());
    d.gate.record(record(RecordEvent::Result::Unchanged, kAddresses.at(1)), t0.addSecs(60));
    d.gate.cycleFinished(t0.addSecs(60));
    d.due(t0.addSecs(60));
    QCOMPARE(describe(d.told), QStringList{"recovered:>81.2.69.161"});
}

void TstHooksGate::troubleThatEndsBeforeItIsToldIsNotTold()
{
    // Failure told, recovery told, then fail and recover within the quiet period: the second
    // failure waits, the recovery cancels it, and the recovery of a failure never told is no news.
    Driver d{HookGate(spec({HookEvent::Failed, HookEvent::Recovered}))};
    const auto cycle = [&d](RecordEvent::Result result, int minute) {
        const QDateTime now = t0.addSecs(60 * minute);
        d.gate.record(record(result, kAddresses.at(0)), now);
        d.gate.cycleFinished(now);
        d.due(now);
    };
    cycle(RecordEvent::Result::Failed, 0);
    cycle(RecordEvent::Result::Updated, 1);
    cycle(RecordEvent::Result::Failed, 2);
    cycle(RecordEvent::Result::Updated, 3);
    d.due(t0.addSecs(7200));
    QCOMPARE(describe(d.told), (QStringList{"failed:>81.2.69.160", "recovered:>81.2.69.160"}));
}

void TstHooksGate::filtersFamiliesAndEvents()
{
    HookSpec s = spec({HookEvent::AddressChanged, HookEvent::Failed});
    s.families = {Family::IPv6};
    Driver d{HookGate(s)};
    d.gate.addressChanged(Family::IPv4, QString(), kAddresses.at(0), t0);
    d.gate.record(record(RecordEvent::Result::Failed, kAddresses.at(0)), t0);
    d.gate.record(record(RecordEvent::Result::Updated, kAddresses.at(0)), t0);
    d.gate.addressChanged(Family::IPv6, QString(), "2a02:8070:d18f:5a00::10", t0);
    d.gate.record(record(RecordEvent::Result::Failed, "2a02:8070:d18f:5a00::10", {}, RecordType::AAAA), t0);
    d.gate.record(record(RecordEvent::Result::DryRun, "2a02:8070:d18f:5a00::10", {}, RecordType::AAAA), t0);
    d.gate.cycleFinished(t0);
    d.due(t0);
    QCOMPARE(describe(d.told), (QStringList{"addressChanged:>2a02:8070:d18f:5a00::10", "failed:>2a02:8070:d18f:5a00::10"}));
    QCOMPARE(d.told.at(1).family, std::optional<Family>(Family::IPv6));
    QCOMPARE(d.told.at(1).type, "AAAA");
}

void TstHooksGate::agentStartedAtOnce()
{
    Driver d{HookGate(spec({HookEvent::AgentStarted}))};
    d.gate.agentStarted(agentStartedNotice("0.1.0", 4242, t0));
    QCOMPARE(d.gate.nextDue(), t0);
    d.due(t0);
    QCOMPARE(d.told.size(), 1);
    QCOMPARE(d.told.first().message, "qddns-agent 0.1.0 started (pid 4242)");
    Driver ignoring{HookGate(spec({HookEvent::Failed}))};
    ignoring.gate.agentStarted(agentStartedNotice("0.1.0", 4242, t0));
    QVERIFY(!ignoring.gate.nextDue().isValid());
}

QTEST_GUILESS_MAIN(TstHooksGate)
#include "tst_hooksgate.moc"
