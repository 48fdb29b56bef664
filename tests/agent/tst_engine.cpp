// The engine in-process: a fake clock, a fake secret store and loopback fake servers, to observe
// what the end-to-end runs of qddns-agent (tst_agentonce) cannot: timing, concurrency, backoff
// over days, holds, and the state and history the engine keeps.
#include "engine/engine.h"
#include "fakeclock.h"
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakesecretstore.h"
#include "net/httpclient.h"
#include "providers/providerregistry.h"
#include "state/history.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

namespace {
const QString kUser = QStringLiteral("alice");
const QString kSecret = QStringLiteral("Sup3r-s3cret/pa ss+word");
const QString kToken = QStringLiteral("d5f2a6c4-0b1e-4c39-9a55-1f0e8b7c3d21");
const QString kV4 = QStringLiteral("81.2.69.160");
const QString kV4b = QStringLiteral("81.2.69.161");
const QString kV6 = QStringLiteral("2a02:8070:d18f:5a00::10");

} // namespace

class TstEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void detectsEachFamilyOncePerCycle();
    void undetectedFamilyIsCarriedAlong();
    void resentFamilyIsReportedOnce();
    void profilesUpdateConcurrently();
    void perServerLimitCapsConcurrency();
    void forceIntervalResendsUnchangedAddress();
    void backoffDoublesUpToSixHours_data();
    void backoffDoublesUpToSixHours();
    void serverTroubleWaitsThirtyMinutes();
    void httpErrorBacksOffAndDoubles();
    void badauthHoldsUntilSecretChanges();
    void abuseHolds();
    void missingSecretFailsWithoutHold();
    void dryRunSendsAndChangesNothing();
    void dryRunLeavesInMemoryStateAlone();
    void dryRunShowsEachRecordsOwnRequest();
    void successIsRecordedInState();
    void historyRecordsOnlyChanges();
    void removedProfileIsPruned();
    void runCycleDuringCycleIsQueuedOnce();
    void runCycleFromFinishedSlotWithOneQueued();
    void destroyedMidCycle();

private:
    QString echoUrl(const QString &path) const { return m_echo->baseUrl().toString() + path; }
    // Profiles as JSON; each also puts the profile's secret in the fake store.
    QJsonObject dyndns(const QString &name, const QStringList &hosts, bool ipv6 = false,
                       const FakeHttpServer *server = nullptr);
    QJsonObject duck(const QString &name, const QStringList &hosts, bool ipv6 = false);
    std::optional<Config> parse(const QJsonArray &profiles) const;
    bool startEngine(const QJsonArray &profiles, const StateStore *store = nullptr, IpHistory *history = nullptr);
    bool cycle(const CycleOptions &options = {});
    RecordReport report(const QString &profile, const QString &host, RecordType type = RecordType::A) const;
    const RecordState *record(const QString &profile, const QString &host, RecordType type = RecordType::A) const;
    QList<RecordedRequest> updates() const { return m_provider->requests(); }
    int echoRequests(const QString &path) const;

    ProviderRegistry m_registry;
    FakeClock m_clock;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
    QString m_v4;
    QString m_v6;
    QString m_acceptedSecret;                                  // what the DynDNS2 fake takes
    std::function<FakeReply(const RecordedRequest &)> m_dyndns; // its answer to an accepted request
    QList<RecordReport> m_reports;                             // of the last cycle()
};

void TstEngine::init()
{
    m_clock = FakeClock();
    m_v4 = kV4;
    m_v6 = kV6;
    m_echo = std::make_unique<FakeHttpServer>();
    QVERIFY(m_echo->listen());
    m_echo->setHandler([this](const RecordedRequest &r) {
        if (r.path == QLatin1String("/v4"))
            return FakeReply{200, m_v4.toLatin1() + '\n'};
        if (r.path == QLatin1String("/v6"))
            return FakeReply{200, m_v6.toLatin1() + '\n'};
        return FakeReply{404, "not found"};
    });

    m_acceptedSecret = kSecret;
    m_dyndns = [](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r)}; };
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(m_provider->listen());
    m_provider->setHandler([this](const RecordedRequest &r) {
        if (r.path == QLatin1String("/nic/update")) {
            const QByteArray expected = "Basic " + (kUser + QLatin1Char(':') + m_acceptedSecret).toUtf8().toBase64();
            if (r.header("Authorization") != expected)
                return FakeReply{200, "badauth"};
            return m_dyndns(r);
        }
        if (r.path == QLatin1String("/update")) {
            // DuckDNS with verbose=true: OK, what it now holds, UPDATED.
            if (r.queryValue(QStringLiteral("token")) != kToken)
                return FakeReply{200, "KO"};
            return FakeReply{200, "OK\n" + r.queryValue(QStringLiteral("ip")).toLatin1() + '\n'
                                      + r.queryValue(QStringLiteral("ipv6")).toLatin1() + "\nUPDATED"};
        }
        return FakeReply{404, "not found"};
    });

    m_nam = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_nam.get());
    QFile ca(FakeHttpServer::caFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    m_http->setExtraCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    m_secrets = std::make_unique<FakeSecretStore>();
    m_reports.clear();
}

void TstEngine::cleanup()
{
    m_engine.reset();
    m_secrets.reset();
    m_http.reset();
    m_nam.reset();
    m_provider.reset();
    m_echo.reset();
}

QJsonObject TstEngine::dyndns(const QString &name, const QStringList &hosts, bool ipv6, const FakeHttpServer *server)
{
    m_secrets->setSecret(name, kSecret);
    return QJsonObject{{"name", name},
                       {"provider", "dyndns2"},
                       {"server", (server ? server : m_provider.get())->baseUrl().toString()},
                       {"hosts", QJsonArray::fromStringList(hosts)},
                       {"username", kUser},
                       {"ipv6", ipv6}};
}

QJsonObject TstEngine::duck(const QString &name, const QStringList &hosts, bool ipv6)
{
    m_secrets->setSecret(name, kToken);
    return QJsonObject{{"name", name},
                       {"provider", "duckdns"},
                       {"server", m_provider->baseUrl().toString()},
                       {"hosts", QJsonArray::fromStringList(hosts)},
                       {"ipv6", ipv6}};
}

std::optional<Config> TstEngine::parse(const QJsonArray &profiles) const
{
    const QJsonObject root{
        {"version", 1},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", echoUrl("/v4")}}}},
                                  {"ipv6", QJsonArray{QJsonObject{{"type", "web"}, {"url", echoUrl("/v6")}}}}}},
        {"profiles", profiles}};
    auto config = parseConfig(QJsonDocument(root).toJson(), m_registry);
    if (!config) {
        for (const ConfigError &e : config.error())
            qWarning().noquote() << "config error:" << e.toString();
        return std::nullopt;
    }
    return std::move(config).value();
}

bool TstEngine::startEngine(const QJsonArray &profiles, const StateStore *store, IpHistory *history)
{
    auto config = parse(profiles);
    if (!config)
        return false;
    Engine::Services services;
    services.registry = &m_registry;
    services.secrets = m_secrets.get();
    services.http = m_http.get();
    services.stateStore = store;
    services.history = history;
    services.clock = &m_clock;
    m_engine = std::make_unique<Engine>(*config, State(), services);
    return true;
}

bool TstEngine::cycle(const CycleOptions &options)
{
    bool finished = false;
    const auto connection = connect(m_engine.get(), &Engine::cycleFinished, this, [&](const QList<RecordReport> &reports) {
        m_reports = reports;
        finished = true;
    });
    m_engine->runCycle(options);
    const bool done = QTest::qWaitFor([&finished] { return finished; }, 20000);
    disconnect(connection);
    return done;
}

RecordReport TstEngine::report(const QString &profile, const QString &host, RecordType type) const
{
    for (const RecordReport &r : m_reports) {
        if (r.profile == profile && r.host == host && r.type == type)
            return r;
    }
    RecordReport none;
    none.message = QStringLiteral("no report for %1 %2 %3").arg(profile, host, recordTypeName(type));
    return none;
}

const RecordState *TstEngine::record(const QString &profile, const QString &host, RecordType type) const
{
    return m_engine->state().find(profile, host, type);
}

int TstEngine::echoRequests(const QString &path) const
{
    int n = 0;
    for (const RecordedRequest &r : m_echo->requests())
        n += r.path == path ? 1 : 0;
    return n;
}

// Compares a report's result by name, so that a failure prints both names and the message.
#define COMPARE_RESULT(report, expected)                                                                  \
    do {                                                                                                  \
        const RecordReport r_ = (report);                                                                 \
        QVERIFY2(resultName(r_.result) == QLatin1String(expected),                                        \
                 qPrintable(QStringLiteral("%1 %2: %3 (%4), expected %5")                                 \
                                .arg(r_.profile, r_.host, resultName(r_.result), r_.message, expected))); \
    } while (false)

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
    for (const RecordReport &r : std::as_const(m_reports)) {
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
    for (const RecordReport &r : std::as_const(m_reports))
        COMPARE_RESULT(r, "updated");
}

void TstEngine::forceIntervalResendsUnchangedAddress()
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

void TstEngine::backoffDoublesUpToSixHours_data()
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

void TstEngine::backoffDoublesUpToSixHours()
{
    QFETCH(int, failures);
    QFETCH(qint64, seconds);
    QCOMPARE(qint64(Engine::backoff(failures).count()), seconds);
    // The spread differs between records, so records that failed together do not retry together.
    if (failures >= 3)
        QVERIFY(Engine::retryDelay(failures, "a/x.example.net/A") != Engine::retryDelay(failures, "b/y.example.net/A"));
}

void TstEngine::serverTroubleWaitsThirtyMinutes()
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

void TstEngine::httpErrorBacksOffAndDoubles()
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
        const auto delay = Engine::retryDelay(failures, "home/home.example.net/A");
        QVERIFY(delay >= Engine::backoff(failures) && delay <= Engine::backoff(failures) * 6 / 5);
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
             m_clock.now().addSecs(Engine::retryDelay(1, "home/home.example.net/A").count()));

    // A Retry-After longer than the backoff wins.
    m_dyndns = [](const RecordedRequest &) { return FakeReply{503, "busy", {{"Retry-After", "900"}}}; };
    m_clock.advance(1h);
    QVERIFY(cycle());
    QCOMPARE(record("home", "home.example.net")->failures, 2);
    QCOMPARE(record("home", "home.example.net")->retryAfter, m_clock.now().addSecs(900));
}

void TstEngine::badauthHoldsUntilSecretChanges()
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

void TstEngine::abuseHolds()
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

void TstEngine::missingSecretFailsWithoutHold()
{
    const QString error = QStringLiteral("The specified item could not be found in the keychain");
    QVERIFY(startEngine({dyndns("home", {"home.example.net", "nas.example.net"}, true)}));
    m_secrets->setError("home", error);
    for (int attempt = 1; attempt <= 2; ++attempt) {
        QVERIFY(cycle());
        QCOMPARE(updates().size(), 0);
        QCOMPARE(m_secrets->reads("home"), attempt);
        QCOMPARE(m_reports.size(), 4);
        for (const RecordReport &r : std::as_const(m_reports)) {
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
    for (const RecordReport &r : std::as_const(m_reports))
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
    const RecordReport r = report("duck", "myhome");
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
    const RecordReport a = report("info", "home.example.net", RecordType::A);
    const RecordReport aaaa = report("info", "home.example.net", RecordType::AAAA);
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
    const auto reports = finished.at(1).at(0).value<QList<RecordReport>>();
    QCOMPARE(reports.size(), 1);
    COMPARE_RESULT(reports.first(), "updated");
    QCOMPARE(finished.count(), 2);
}

void TstEngine::runCycleFromFinishedSlotWithOneQueued()
{
    m_dyndns = [](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r), {}, 300}; };
    QVERIFY(startEngine({dyndns("home", {"home.example.net"})}));
    QList<qsizetype> sizes;
    connect(m_engine.get(), &Engine::cycleFinished, this, [&](const QList<RecordReport> &reports) {
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
