// The engine in-process (enginefixture.h), to observe what the end-to-end runs of qddns-agent
// (tst_agentonce) cannot: detection once per cycle, concurrency, dry runs, the state and history
// the engine keeps, cycles requested during cycles.
#include "enginefixture.h"

class TstEngine : public EngineFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void detectsEachFamilyOncePerCycle();
    void undetectedFamilyIsCarriedAlong();
    void resentFamilyIsReportedOnce();
    void profilesUpdateConcurrently();
    void perServerLimitCapsConcurrency();
    void dryRunSendsAndChangesNothing();
    void dryRunShowsEachRecordsOwnRequest();
    void dryRunLeavesInMemoryStateAlone();
    void successIsRecordedInState();
    void historyRecordsOnlyChanges();
    void removedProfileIsPruned();
    void runCycleDuringCycleIsQueuedOnce();
    void runCycleFromFinishedSlotWithOneQueued();
    void destroyedMidCycle();
};

void TstEngine::detectsEachFamilyOncePerCycle()
{
    QVERIFY(startEngine({dyndns("dyn1", {"one.example.net"}),
                         dyndns("dyn2", {"two.example.net"}, true),
                         [&] { auto p = dyndns("dyn3", {"three.example.net"}, true); p.insert("ipv4", false); return p; }(),
                         duck("duck1", {"duckone"}),
                         duck("duck2", {"ducktwo"}, true)}));
    QVERIFY(cycle());
    QCOMPARE(echoRequests("/v4"), 1);
    QCOMPARE(echoRequests("/v6"), 1);
    QCOMPARE(m_echo->requests().size(), 2);
    // Every profile got the shared result: one request each, every record updated.
    QCOMPARE(updates().size(), 5);
    QCOMPARE(m_reports.size(), 7);
    for (const RecordEvent &r : std::as_const(m_reports)) {
        COMPARE_RESULT(r, "updated");
        QCOMPARE(r.address, r.type == RecordType::A ? kV4 : kV6);
    }
    QCOMPARE(report("dyn3", "three.example.net", RecordType::AAAA).address, kV6);
    QCOMPARE(report("duck2", "ducktwo", RecordType::AAAA).address, kV6);

    // Each cycle detects afresh, again once per family, even when every profile sends.
    m_echo->clearRequests();
    m_provider->clearRequests();
    QVERIFY(cycle({.force = true}));
    QCOMPARE(echoRequests("/v4"), 1);
    QCOMPARE(echoRequests("/v6"), 1);
    QCOMPARE(updates().size(), 5);
}

void TstEngine::undetectedFamilyIsCarriedAlong()
{
    QVERIFY(startEngine({dyndns("dyn", {"home.example.net"}, true)}));
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);

    // IPv6 detection fails this cycle while IPv4 changes: a DynDNS2 service would drop the AAAA
    // record if only the IPv4 address were sent, so the last IPv6 address goes along unchanged.
    m_provider->clearRequests();
    m_v4 = kV4b;
    m_v6 = "192.168.1.20";
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue("myip"), kV4b + "," + kV6);
    COMPARE_RESULT(report("dyn", "home.example.net", RecordType::A), "updated");
    COMPARE_RESULT(report("dyn", "home.example.net", RecordType::AAAA), "failed");
    QCOMPARE(m_engine->state().find("dyn", "home.example.net", RecordType::AAAA)->address, kV6);
}

void TstEngine::resentFamilyIsReportedOnce()
{
    QVERIFY(startEngine({dyndns("dyn", {"home.example.net"}, true)}));
    QVERIFY(cycle());
    // Only IPv4 changes; DynDNS2 gets both addresses again, and each record is reported once.
    m_provider->clearRequests();
    m_v4 = kV4b;
    QVERIFY(cycle());
    QCOMPARE(updates().at(0).queryValue("myip"), kV4b + "," + kV6);
    QCOMPARE(m_reports.size(), 2);
    COMPARE_RESULT(report("dyn", "home.example.net", RecordType::A), "updated");
    COMPARE_RESULT(report("dyn", "home.example.net", RecordType::AAAA), "updated");
}

void TstEngine::profilesUpdateConcurrently()
{
    FakeHttpServer slow;
    QVERIFY(slow.listen());
    slow.setHandler([](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r), {}, 3000}; });
    QVERIFY(startEngine({dyndns("slow", {"slow.example.net"}, false, &slow), dyndns("fast", {"fast.example.net"})}));

    QElapsedTimer clock;
    qint64 slowAt = -1, fastAt = -1;
    connect(&slow, &FakeHttpServer::requestReceived, this, [&] { slowAt = clock.elapsed(); });
    connect(m_provider.get(), &FakeHttpServer::requestReceived, this, [&] { fastAt = clock.elapsed(); });
    QSignalSpy finished(m_engine.get(), &Engine::cycleFinished);
    clock.start();
    m_engine->runCycle();

    // The fast profile is done while the slow server still sits on its request.
    QTRY_VERIFY(record("fast", "fast.example.net") && record("fast", "fast.example.net")->lastResult == "updated");
    QVERIFY(m_engine->isRunning());
    QTRY_VERIFY(slowAt >= 0);
    QVERIFY(!record("slow", "slow.example.net") || record("slow", "slow.example.net")->lastResult.isEmpty());
    QCOMPARE(finished.count(), 0);

    QVERIFY(finished.wait(10000));
    QCOMPARE(record("slow", "slow.example.net")->lastResult, "updated");
    // Sent side by side: one after the other would put the 3 s of the slow reply between them.
    qInfo() << "slow request at" << slowAt << "ms, fast request at" << fastAt << "ms";
    QVERIFY2(std::abs(fastAt - slowAt) < 1000, qPrintable(QStringLiteral("%1 ms apart").arg(std::abs(fastAt - slowAt))));
    QVERIFY(clock.elapsed() >= 2500); // the fake's coarse 3 s timer may fire up to 5 % early
}

void TstEngine::perServerLimitCapsConcurrency()
{
    m_dyndns = [](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r), {}, 300}; };
    QJsonArray profiles;
    for (int i = 1; i <= 6; ++i)
        profiles.append(dyndns(QStringLiteral("p%1").arg(i), {QStringLiteral("p%1.example.net").arg(i)}));
    QVERIFY(startEngine(profiles));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 6);
    // Two at a time: concurrent (not 1), and never more than HttpClient's default of 2.
    QCOMPARE(m_provider->maxConcurrentRequests(), 2);
    // Three rounds of 300 ms (coarse timers may fire 5 % early); all at once would take one.
    QVERIFY(clock.elapsed() >= 750);
    QCOMPARE(m_reports.size(), 6);
    for (const RecordEvent &r : std::as_const(m_reports))
        COMPARE_RESULT(r, "updated");
}

void TstEngine::dryRunSendsAndChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StateStore store(dir.path());
    IpHistory history(dir.path());
    QVERIFY(startEngine({duck("duck", {"myhome"}, true)}, &store, &history));
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    const QByteArray stateBefore = m_engine->state().toJson();
    QFile stateFile(store.path());
    QVERIFY(stateFile.open(QIODevice::ReadOnly));
    const QByteArray fileBefore = stateFile.readAll();
    stateFile.close();
    const auto historyBefore = history.read();
    QCOMPARE(historyBefore.size(), 2);

    // The address changes: a real cycle would update; a dry run only says what it would send.
    m_v4 = kV4b;
    m_provider->clearRequests();
    QSignalSpy changed(m_engine.get(), &Engine::addressChanged);
    m_clock.advance(1h);
    QVERIFY(cycle({.dryRun = true}));
    QCOMPARE(updates().size(), 0);
    QCOMPARE(m_secrets->reads("duck"), 2);
    QCOMPARE(m_reports.size(), 2);
    const RecordEvent r = report("duck", "myhome");
    COMPARE_RESULT(r, "dry-run");
    QVERIFY2(r.message.startsWith("would send GET " + m_provider->baseUrl().toString() + "/update?"), qPrintable(r.message));
    QVERIFY2(r.message.contains("token=***"), qPrintable(r.message));
    QVERIFY2(r.message.contains("ip=" + kV4b), qPrintable(r.message));
    QVERIFY2(!r.message.contains(kToken), qPrintable(r.message));
    QCOMPARE(r.address, kV4b);
    COMPARE_RESULT(report("duck", "myhome", RecordType::AAAA), "unchanged"); // its address did not change
    QCOMPARE(m_engine->state().toJson(), stateBefore);
    QCOMPARE(m_engine->state().family(Family::IPv4).address, kV4);
    QVERIFY(stateFile.open(QIODevice::ReadOnly));
    QCOMPARE(stateFile.readAll(), fileBefore);
    stateFile.close();
    QCOMPARE(history.read(), historyBefore);
    QCOMPARE(changed.count(), 0);

    // Nothing was marked done: the next real cycle sends the new address.
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue("ip"), kV4b);
    QCOMPARE(changed.count(), 1);
}

// Services with one request per family: the AAAA line once showed the IPv4 request.
void TstEngine::dryRunShowsEachRecordsOwnRequest()
{
    QJsonObject profile = dyndns("info", {"home.example.net"}, true);
    profile["provider"] = "infomaniak";
    QVERIFY(startEngine({profile}));
    QVERIFY(cycle({.dryRun = true}));
    QCOMPARE(updates().size(), 0);
    const RecordEvent a = report("info", "home.example.net", RecordType::A);
    const RecordEvent aaaa = report("info", "home.example.net", RecordType::AAAA);
    COMPARE_RESULT(a, "dry-run");
    COMPARE_RESULT(aaaa, "dry-run");
    QVERIFY2(a.message.contains("myip=" + kV4) && !a.message.contains(kV6), qPrintable(a.message));
    QVERIFY2(aaaa.message.contains("myip=" + kV6) && !aaaa.message.contains(kV4), qPrintable(aaaa.message));
}

void TstEngine::dryRunLeavesInMemoryStateAlone()
{
    // A record never seen before.
    QVERIFY(startEngine({dyndns("home", {"home.example.net"})}));
    const QByteArray fresh = m_engine->state().toJson();
    QVERIFY(cycle({.dryRun = true}));
    QCOMPARE(updates().size(), 0);
    COMPARE_RESULT(report("home", "home.example.net"), "dry-run");
    QCOMPARE(m_engine->state().toJson(), fresh);

    // A held record whose secret changed: a dry run must not lift the hold.
    m_acceptedSecret = QStringLiteral("rotated-S3cret");
    QVERIFY(cycle());
    COMPARE_RESULT(report("home", "home.example.net"), "held");
    const QByteArray held = m_engine->state().toJson();
    m_secrets->setSecret("home", QStringLiteral("rotated-S3cret"));
    m_provider->clearRequests();
    QVERIFY(cycle({.dryRun = true}));
    QCOMPARE(updates().size(), 0);
    QCOMPARE(record("home", "home.example.net")->hold, "auth-failed");
    QCOMPARE(m_engine->state().toJson(), held);
}

void TstEngine::successIsRecordedInState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StateStore store(dir.path());
    QVERIFY(startEngine({dyndns("home", {"home.example.net"}, true)}, &store));
    const QDateTime t0 = m_clock.now();
    QVERIFY(cycle());
    const QByteArray fingerprint = m_engine->config().profile("home")->fingerprint;
    QVERIFY(!fingerprint.isEmpty());
    for (const RecordType type : {RecordType::A, RecordType::AAAA}) {
        const RecordState *r = record("home", "home.example.net", type);
        QVERIFY(r);
        QCOMPARE(r->address, type == RecordType::A ? kV4 : kV6);
        QCOMPARE(r->published, t0);
        QCOMPARE(r->lastAttempt, t0);
        QCOMPARE(r->lastResult, "updated");
        QVERIFY2(r->message.contains("good"), qPrintable(r->message));
        QCOMPARE(r->failures, 0);
        QVERIFY(!r->retryAfter.isValid());
        QVERIFY(r->hold.isEmpty());
        QCOMPARE(r->fingerprint, fingerprint);
        QVERIFY(r->secretFingerprint.isEmpty());
    }
    const FamilyState &v4 = m_engine->state().family(Family::IPv4);
    QCOMPARE(v4.address, kV4);
    QCOMPARE(v4.detector, "web " + echoUrl("/v4"));
    QCOMPARE(v4.detected, t0);
    QCOMPARE(m_engine->state().family(Family::IPv6).address, kV6);
    // What the engine holds is what it saved.
    auto saved = store.load();
    QVERIFY(saved);
    QCOMPARE(saved->toJson(), m_engine->state().toJson());

    // "nochg" on a forced re-send: confirmed, so published moves on.
    m_dyndns = [](const RecordedRequest &) { return FakeReply{200, "nochg"}; };
    m_clock.advance(1h);
    QVERIFY(cycle({.force = true}));
    COMPARE_RESULT(report("home", "home.example.net"), "unchanged");
    QCOMPARE(record("home", "home.example.net")->lastResult, "unchanged");
    QCOMPARE(record("home", "home.example.net")->published, t0.addSecs(3600));
    QCOMPARE(record("home", "home.example.net")->address, kV4);
}

void TstEngine::historyRecordsOnlyChanges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    IpHistory history(dir.path());
    QVERIFY(startEngine({dyndns("home", {"home.example.net"}, true)}, nullptr, &history));
    QSignalSpy changed(m_engine.get(), &Engine::addressChanged);
    const QDateTime t0 = m_clock.now();
    QVERIFY(cycle());
    QList<HistoryEntry> entries = history.read();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(changed.count(), 2);
    for (const HistoryEntry &e : std::as_const(entries)) {
        QCOMPARE(e.time, t0);
        QVERIFY(e.oldAddress.isEmpty());
        QCOMPARE(e.newAddress, e.family == Family::IPv4 ? kV4 : kV6);
        QCOMPARE(e.detector, "web " + echoUrl(e.family == Family::IPv4 ? "/v4" : "/v6"));
    }

    m_clock.advance(5min);
    QVERIFY(cycle());
    QCOMPARE(history.read().size(), 2);
    QCOMPARE(changed.count(), 2);

    // Only IPv4 changes: exactly one entry, with both addresses and the detector.
    m_v4 = kV4b;
    m_clock.advance(5min);
    QVERIFY(cycle());
    entries = history.read();
    QCOMPARE(entries.size(), 3);
    const HistoryEntry expected{m_clock.now(), Family::IPv4, kV4, kV4b, "web " + echoUrl("/v4")};
    QCOMPARE(entries.last(), expected);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.last().at(1).toString(), kV4);
    QCOMPARE(changed.last().at(2).toString(), kV4b);
    QCOMPARE(changed.last().at(3).toString(), expected.detector);

    // A dry run journals nothing, even a change.
    m_v4 = kV4;
    m_clock.advance(5min);
    QVERIFY(cycle({.dryRun = true}));
    QCOMPARE(history.read().size(), 3);
    QCOMPARE(changed.count(), 3);
}

void TstEngine::removedProfileIsPruned()
{
    const QJsonObject a = dyndns("a", {"a.example.net", "b.example.net"});
    const QJsonObject b = duck("b", {"bhome"});
    QVERIFY(startEngine({a, b}));
    QVERIFY(cycle());
    QVERIFY(record("a", "a.example.net"));
    QVERIFY(record("a", "b.example.net"));
    QVERIFY(record("b", "bhome"));
    QCOMPARE(m_engine->state().recordCount(), 3);

    // Profile b removed, and a host removed from a.
    const QJsonObject aNow = dyndns("a", {"a.example.net"});
    auto config = parse({aNow});
    QVERIFY(config);
    m_engine->setConfig(*config);
    // A dry run changes nothing, so it prunes nothing either.
    QVERIFY(cycle({.dryRun = true}));
    QVERIFY(record("b", "bhome"));
    QVERIFY(record("a", "b.example.net"));
    m_provider->clearRequests();
    QVERIFY(cycle());
    QVERIFY(!record("b", "bhome"));
    QVERIFY(!record("a", "b.example.net"));
    QVERIFY(record("a", "a.example.net"));
    QCOMPARE(m_engine->state().recordCount(), 1);
    QCOMPARE(m_reports.size(), 1);
    for (const RecordedRequest &r : updates())
        QCOMPARE(r.path, "/nic/update"); // nothing went to b's provider
}

void TstEngine::runCycleDuringCycleIsQueuedOnce()
{
    m_dyndns = [](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r), {}, 300}; };
    QVERIFY(startEngine({dyndns("home", {"home.example.net"})}));
    QSignalSpy finished(m_engine.get(), &Engine::cycleFinished);
    m_engine->runCycle();
    QVERIFY(m_engine->isRunning());
    // Two more requests while it runs: they collapse into one queued cycle (the last options).
    m_engine->runCycle({.force = true});
    m_engine->runCycle({.force = true});
    QTRY_COMPARE(finished.count(), 2);
    // The queued cycle starts inside finishCycle(); not running now means no third is pending.
    QVERIFY(!m_engine->isRunning());
    QCOMPARE(echoRequests("/v4"), 2);
    // The second cycle ran with force: it re-sent the unchanged address.
    QCOMPARE(updates().size(), 2);
    const auto reports = finished.at(1).at(0).value<QList<RecordEvent>>();
    QCOMPARE(reports.size(), 1);
    COMPARE_RESULT(reports.first(), "updated");
    QCOMPARE(finished.count(), 2);
}

void TstEngine::runCycleFromFinishedSlotWithOneQueued()
{
    m_dyndns = [](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r), {}, 300}; };
    QVERIFY(startEngine({dyndns("home", {"home.example.net"})}));
    QList<qsizetype> sizes;
    connect(m_engine.get(), &Engine::cycleFinished, this, [&](const QList<RecordEvent> &reports) {
        sizes.append(reports.size());
        if (sizes.size() == 1)
            m_engine->runCycle({.dryRun = true}); // quick: no provider request
    });
    m_engine->runCycle();
    m_engine->runCycle({.force = true}); // queued: 300 ms at the provider
    QTRY_VERIFY_WITH_TIMEOUT(sizes.size() >= 2 && !m_engine->isRunning(), 10000);
    // Each cycle has one record, so every cycleFinished must carry one report.
    const bool complete = std::all_of(sizes.cbegin(), sizes.cend(), [](qsizetype n) { return n == 1; });
    QStringList counts;
    for (const qsizetype n : std::as_const(sizes))
        counts.append(QString::number(n));
    QVERIFY2(complete, qPrintable("report counts per cycleFinished: " + counts.join(", ")));
}

void TstEngine::destroyedMidCycle()
{
    m_dyndns = [](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r), {}, 300}; };
    QVERIFY(startEngine({dyndns("home", {"home.example.net"}), duck("duck", {"myhome"})}));
    m_engine->runCycle();
    // Gone while the provider holds the request: late replies and secrets must find nothing to call.
    const auto dyndnsSent = [this] {
        return std::any_of(updates().cbegin(), updates().cend(),
                           [](const RecordedRequest &r) { return r.path == QLatin1String("/nic/update"); });
    };
    QTRY_VERIFY(dyndnsSent());
    QVERIFY(m_engine->isRunning());
    QVERIFY(m_http->inFlight() > 0);
    m_engine.reset();
    QTRY_COMPARE(m_http->inFlight(), 0);
    QTest::qWait(0);
}

QTEST_GUILESS_MAIN(TstEngine)
#include "tst_engine.moc"
