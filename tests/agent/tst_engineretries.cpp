// The engine over days (enginefixture.h, fake clock): backoff, holds, forceInterval.
#include "enginefixture.h"
#include "state/recordstate.h"

class TstEngineRetries : public EngineFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void forceIntervalResendsUnchangedAddress();
    void backoffDoublesUpToSixHours_data();
    void backoffDoublesUpToSixHours();
    void serverTroubleWaitsThirtyMinutes();
    void httpErrorBacksOffAndDoubles();
    void badauthHoldsUntilSecretChanges();
    void abuseHolds();
    void missingSecretFailsWithoutHold();
};

void TstEngineRetries::forceIntervalResendsUnchangedAddress()
{
    QVERIFY(startEngine({dyndns("home", {"home.example.net"})}));
    const QDateTime t0 = m_clock.now();
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    COMPARE_RESULT(report("home", "home.example.net"), "updated");

    for (const auto later : {1h * 24, 24h * 24}) {
        m_provider->clearRequests();
        m_clock.set(t0.addSecs(std::chrono::seconds(later).count()));
        QVERIFY(cycle());
        QCOMPARE(updates().size(), 0);
        COMPARE_RESULT(report("home", "home.example.net"), "unchanged");
        QCOMPARE(record("home", "home.example.net")->published, t0);
    }

    // Past the default 25 days the unchanged address is confirmed once, then fresh again.
    m_clock.set(t0.addDays(26));
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue("myip"), kV4);
    COMPARE_RESULT(report("home", "home.example.net"), "updated");
    QCOMPARE(record("home", "home.example.net")->published, t0.addDays(26));
    m_provider->clearRequests();
    m_clock.advance(1h);
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 0);

    // --force re-sends regardless.
    QVERIFY(cycle({.force = true}));
    QCOMPARE(updates().size(), 1);
}

void TstEngineRetries::backoffDoublesUpToSixHours_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("0 (as 1)") << 0 << qint64(60);
    QTest::newRow("1") << 1 << qint64(60);
    QTest::newRow("2") << 2 << qint64(120);
    QTest::newRow("3") << 3 << qint64(240);
    QTest::newRow("4") << 4 << qint64(480);
    QTest::newRow("5") << 5 << qint64(960);
    QTest::newRow("6") << 6 << qint64(1920);
    QTest::newRow("7") << 7 << qint64(3840);
    QTest::newRow("8") << 8 << qint64(7680);
    QTest::newRow("9") << 9 << qint64(15360);
    QTest::newRow("10 capped") << 10 << qint64(6 * 3600);
    QTest::newRow("11 capped") << 11 << qint64(6 * 3600);
    QTest::newRow("64 capped") << 64 << qint64(6 * 3600);
    QTest::newRow("INT_MAX capped") << std::numeric_limits<int>::max() << qint64(6 * 3600);
    QTest::newRow("negative") << -5 << qint64(60);
}

void TstEngineRetries::backoffDoublesUpToSixHours()
{
    QFETCH(int, failures);
    QFETCH(qint64, seconds);
    QCOMPARE(qint64(backoff(failures).count()), seconds);
    // The spread differs between records, so records that failed together do not retry together.
    if (failures >= 3)
        QVERIFY(retryDelay(failures, "a/x.example.net/A") != retryDelay(failures, "b/y.example.net/A"));
}

void TstEngineRetries::serverTroubleWaitsThirtyMinutes()
{
    m_dyndns = [](const RecordedRequest &) { return FakeReply{200, "911"}; };
    QVERIFY(startEngine({dyndns("home", {"home.example.net"})}));
    const QDateTime t0 = m_clock.now();
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    COMPARE_RESULT(report("home", "home.example.net"), "failed");
    QVERIFY(report("home", "home.example.net").message.contains("911"));
    QCOMPARE(record("home", "home.example.net")->failures, 1);
    QCOMPARE(record("home", "home.example.net")->retryAfter, t0.addSecs(30 * 60));
    QCOMPARE(m_engine->nextRetry(), t0.addSecs(30 * 60));

    m_dyndns = [](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r)}; };
    for (const int minutes : {0, 29}) {
        m_provider->clearRequests();
        m_clock.set(t0.addSecs(minutes * 60));
        QVERIFY(cycle());
        QCOMPARE(updates().size(), 0);
        COMPARE_RESULT(report("home", "home.example.net"), "failed");
        QVERIFY(report("home", "home.example.net").message.contains("waiting until"));
    }
    m_clock.set(t0.addSecs(31 * 60));
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    COMPARE_RESULT(report("home", "home.example.net"), "updated");
    QCOMPARE(record("home", "home.example.net")->failures, 0);
    QVERIFY(!record("home", "home.example.net")->retryAfter.isValid());
    QVERIFY(!m_engine->nextRetry().isValid());
}

void TstEngineRetries::httpErrorBacksOffAndDoubles()
{
    m_dyndns = [](const RecordedRequest &) { return FakeReply{500, "oops"}; };
    QVERIFY(startEngine({dyndns("home", {"home.example.net"})}));

    // Each failure waits retryDelay(failures): 60 s, 120 s, 240 s plus this record's fixed spread
    // of up to 20 %; nothing is sent a second early.
    QDateTime attempt = m_clock.now();
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    for (int failures = 1; failures <= 3; ++failures) {
        const RecordState *r = record("home", "home.example.net");
        COMPARE_RESULT(report("home", "home.example.net"), "failed");
        QCOMPARE(r->failures, failures);
        QCOMPARE(r->lastResult, "retry");
        const auto delay = retryDelay(failures, "home/home.example.net/A");
        QVERIFY(delay >= backoff(failures) && delay <= backoff(failures) * 6 / 5);
        QCOMPARE(r->retryAfter, attempt.addSecs(delay.count()));
        QCOMPARE(m_engine->nextRetry(), r->retryAfter);
        const QDateTime retryAfter = r->retryAfter;

        m_provider->clearRequests();
        m_clock.set(retryAfter.addSecs(-1));
        QVERIFY(cycle());
        QCOMPARE(updates().size(), 0);

        m_clock.set(retryAfter);
        if (failures == 3)
            m_dyndns = [](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r)}; };
        QVERIFY(cycle());
        QCOMPARE(updates().size(), 1);
        attempt = retryAfter;
    }

    // Success resets the count: the next failure waits one minute again, not eight.
    COMPARE_RESULT(report("home", "home.example.net"), "updated");
    QCOMPARE(record("home", "home.example.net")->failures, 0);
    QVERIFY(!record("home", "home.example.net")->retryAfter.isValid());
    m_dyndns = [](const RecordedRequest &) { return FakeReply{500, "oops"}; };
    m_v4 = kV4b;
    m_clock.advance(1h);
    QVERIFY(cycle());
    QCOMPARE(record("home", "home.example.net")->failures, 1);
    QCOMPARE(record("home", "home.example.net")->retryAfter,
             m_clock.now().addSecs(retryDelay(1, "home/home.example.net/A").count()));

    // A Retry-After longer than the backoff wins.
    m_dyndns = [](const RecordedRequest &) { return FakeReply{503, "busy", {{"Retry-After", "900"}}}; };
    m_clock.advance(1h);
    QVERIFY(cycle());
    QCOMPARE(record("home", "home.example.net")->failures, 2);
    QCOMPARE(record("home", "home.example.net")->retryAfter, m_clock.now().addSecs(900));
}

void TstEngineRetries::badauthHoldsUntilSecretChanges()
{
    const QString rotated = QStringLiteral("rotated-S3cret");
    m_acceptedSecret = rotated; // the account's password changed; the store still has the old one
    QVERIFY(startEngine({dyndns("home", {"home.example.net"}, true)}));
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    for (const RecordType type : {RecordType::A, RecordType::AAAA}) {
        COMPARE_RESULT(report("home", "home.example.net", type), "held");
        QVERIFY(!report("home", "home.example.net", type).message.contains(kSecret));
        const RecordState *r = record("home", "home.example.net", type);
        QCOMPARE(r->hold, "auth-failed");
        // A salted fingerprint: tells the secret changed without revealing it.
        QVERIFY(!r->secretFingerprint.isEmpty());
        QVERIFY(!r->secretFingerprint.contains(kSecret.toUtf8()));
        QVERIFY(!QString::fromLatin1(r->secretFingerprint).contains(kSecret));
        QCOMPARE(r->secretFingerprint, m_engine->state().secretFingerprint(kSecret));
        QVERIFY(r->secretFingerprint != m_engine->state().secretFingerprint(rotated));
    }
    QVERIFY(!m_engine->state().toJson().contains(kSecret.toUtf8()));
    QVERIFY(!m_engine->nextRetry().isValid()); // a hold is no backoff: no retry timer
    QCOMPARE(m_secrets->reads("home"), 1);

    // Held: the secret is read (to compare fingerprints), nothing is sent, not even after 26 days.
    for (const std::chrono::seconds later : {std::chrono::seconds(10min), std::chrono::seconds(26 * 24h)}) {
        m_provider->clearRequests();
        m_clock.advance(later);
        const int reads = m_secrets->reads("home");
        QVERIFY(cycle());
        QCOMPARE(updates().size(), 0);
        QCOMPARE(m_secrets->reads("home"), reads + 1);
        COMPARE_RESULT(report("home", "home.example.net", RecordType::A), "held");
        COMPARE_RESULT(report("home", "home.example.net", RecordType::AAAA), "held");
    }

    // The user stores the new password: the hold lifts and the update goes out.
    m_secrets->setSecret("home", rotated);
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    for (const RecordType type : {RecordType::A, RecordType::AAAA}) {
        COMPARE_RESULT(report("home", "home.example.net", type), "updated");
        QVERIFY(record("home", "home.example.net", type)->hold.isEmpty());
        QVERIFY(record("home", "home.example.net", type)->secretFingerprint.isEmpty());
    }
}

void TstEngineRetries::abuseHolds()
{
    m_dyndns = [](const RecordedRequest &) { return FakeReply{200, "abuse"}; };
    QVERIFY(startEngine({dyndns("home", {"home.example.net"})}));
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    COMPARE_RESULT(report("home", "home.example.net"), "held");
    QVERIFY(report("home", "home.example.net").message.contains("abuse"));
    QCOMPARE(record("home", "home.example.net")->hold, "abuse");
    QCOMPARE(record("home", "home.example.net")->secretFingerprint, m_engine->state().secretFingerprint(kSecret));

    // Not even a changed address or --force sends to a provider that blocked us.
    m_provider->clearRequests();
    m_v4 = kV4b;
    m_clock.advance(1h);
    QVERIFY(cycle());
    QVERIFY(cycle({.force = true}));
    QCOMPARE(updates().size(), 0);
    COMPARE_RESULT(report("home", "home.example.net"), "held");
}

void TstEngineRetries::missingSecretFailsWithoutHold()
{
    const QString error = QStringLiteral("The specified item could not be found in the keychain");
    QVERIFY(startEngine({dyndns("home", {"home.example.net", "nas.example.net"}, true)}));
    m_secrets->setError("home", error);
    for (int attempt = 1; attempt <= 2; ++attempt) {
        QVERIFY(cycle());
        QCOMPARE(updates().size(), 0);
        QCOMPARE(m_secrets->reads("home"), attempt);
        QCOMPARE(m_reports.size(), 4);
        for (const RecordEvent &r : std::as_const(m_reports)) {
            COMPARE_RESULT(r, "failed");
            QVERIFY2(r.message.contains(error), qPrintable(r.message));
            const RecordState *state = record("home", r.host, r.type);
            QVERIFY(state);
            QVERIFY(state->hold.isEmpty());
            QCOMPARE(state->failures, 0);
            QVERIFY(!state->retryAfter.isValid());
        }
    }
    // No backoff was started: the first cycle after the secret is stored sends.
    m_secrets->setSecret("home", kSecret);
    QVERIFY(cycle());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue("hostname"), "home.example.net,nas.example.net");
    for (const RecordEvent &r : std::as_const(m_reports))
        COMPARE_RESULT(r, "updated");
}

QTEST_GUILESS_MAIN(TstEngineRetries)
#include "tst_engineretries.moc"
