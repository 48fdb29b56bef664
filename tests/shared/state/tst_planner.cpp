// The record planner and the record-state transitions, with fake time and no network: what a
// cycle sends, in which requests, and what an outcome does to a record.
#include "config/config.h"
#include "fakes/checks.h"
#include "providers/providerregistry.h"
#include "state/planner.h"
#include "state/recordstate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

namespace {
const QHostAddress kV4(QStringLiteral("81.2.69.160"));
const QHostAddress kV4b(QStringLiteral("81.2.69.161"));
const QHostAddress kV6(QStringLiteral("2a02:8070:d18f:5a00::10"));
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-20T12:00:00Z"), Qt::ISODate);

QStringList numbered(int n)
{
    QStringList hosts;
    for (int i = 1; i <= n; ++i)
        hosts << QStringLiteral("h%1.example.org").arg(i);
    return hosts;
}
} // namespace

class TstPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neverPublishedIsSent();
    void unchangedIsNotSent();
    void changedAddressIsSent();
    void forceInterval();
    void forceSendsUnchanged();
    void noAddressWithoutDetection();
    void batchesOfTheProvidersHostsPerRequest_data();
    void batchesOfTheProvidersHostsPerRequest();
    void familiesSplitAndCarried();
    void holdUntilProfileOrCredentialsChange();
    void backoffSchedule_data();
    void backoffSchedule();
    void retrySpreadIsFixedPerRecord();
    void serverTroubleWaitsThirtyMinutes();
    void waitingUntilRetryAfter();
    void successClearsFailures();
    void nextRetryIsTheEarliest();
    void unexpectedRepliesHoldUntilAnotherVersion();
    void ipv6SuffixFollowsThePrefix();

private:
    // \a extra: a boolean key set to false in the profile (it changes the profile's fingerprint).
    Config config(const QString &provider, const QStringList &hosts, bool ipv6 = false, const QString &extra = {});
    QList<RecordDecision> plan(const Config &config, const State &state, const QDateTime &now = kNow, bool force = false,
                               std::optional<QHostAddress> v4 = kV4, std::optional<QHostAddress> v6 = kV6);

    ProviderRegistry m_registry;
};

Config TstPlanner::config(const QString &provider, const QStringList &hosts, bool ipv6, const QString &extra)
{
    QJsonObject profile{{QStringLiteral("name"), QStringLiteral("home")},
                        {QStringLiteral("provider"), provider},
                        {QStringLiteral("hosts"), QJsonArray::fromStringList(hosts)},
                        {QStringLiteral("ipv6"), ipv6},
                        {QStringLiteral("username"), QStringLiteral("alice")},
                        {QStringLiteral("server"), QStringLiteral("https://dyn.example.net")}};
    if (!extra.isEmpty())
        profile.insert(extra, false); // a key whose presence changes the profile as written
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("forceInterval"), QStringLiteral("25d")},
                           {QStringLiteral("profiles"), QJsonArray{profile}}};
    auto parsed = parseConfig(QJsonDocument(root).toJson(), m_registry);
    if (!parsed)
        qFatal("%s", qPrintable(failure(parsed)));
    return std::move(parsed).value();
}

QList<RecordDecision> TstPlanner::plan(const Config &config, const State &state, const QDateTime &now, bool force,
                                       std::optional<QHostAddress> v4, std::optional<QHostAddress> v6)
{
    PlanInput input;
    input.config = &config;
    input.state = &state;
    input.detected = {v4, v6};
    input.now = now;
    input.force = force;
    return planRecords(input);
}

namespace {
// A record as the engine leaves it after publishing \a address at \a when.
void published(State &state, const Config &config, const QString &host, RecordType type, const QHostAddress &address,
               const QDateTime &when)
{
    RecordState &r = state.record(QStringLiteral("home"), host, type);
    r = afterAttempt(forProfile(r, config.profiles.at(0).fingerprint), {host, type, Outcome::Updated, QString(), 0s},
                     {address, when, config.profiles.at(0).fingerprint, {}, QStringLiteral("home/") + host});
}
} // namespace

void TstPlanner::neverPublishedIsSent()
{
    const Config c = config(QStringLiteral("dyndns2"), {QStringLiteral("home.example.org")}, true);
    const auto d = plan(c, State());
    QCOMPARE(d.size(), 2);
    QCOMPARE(d.at(0).key.type, RecordType::A);
    QCOMPARE(d.at(0).plan, RecordPlan::Send);
    QCOMPARE(d.at(1).key.type, RecordType::AAAA);
    QCOMPARE(d.at(1).plan, RecordPlan::Send);
}

void TstPlanner::unchangedIsNotSent()
{
    const Config c = config(QStringLiteral("dyndns2"), {QStringLiteral("home.example.org")});
    State s;
    published(s, c, QStringLiteral("home.example.org"), RecordType::A, kV4, kNow.addDays(-1));
    const auto d = plan(c, s);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.at(0).plan, RecordPlan::UpToDate);
    QVERIFY(planBatches(c.profiles.at(0), m_registry.find(QStringLiteral("dyndns2"))->info(), {}, {kV4, {}}, {}).isEmpty());
}

void TstPlanner::changedAddressIsSent()
{
    const Config c = config(QStringLiteral("dyndns2"), {QStringLiteral("home.example.org")});
    State s;
    published(s, c, QStringLiteral("home.example.org"), RecordType::A, kV4, kNow.addDays(-1));
    const auto d = plan(c, s, kNow, false, kV4b);
    QCOMPARE(d.at(0).plan, RecordPlan::Send);
    QCOMPARE(d.at(0).address, std::optional<QHostAddress>(kV4b));
}

void TstPlanner::forceInterval()
{
    const Config c = config(QStringLiteral("dyndns2"), {QStringLiteral("home.example.org")});
    State s;
    published(s, c, QStringLiteral("home.example.org"), RecordType::A, kV4, kNow.addDays(-24));
    QCOMPARE(plan(c, s).at(0).plan, RecordPlan::UpToDate);
    // 25 days after it was published, the same address is sent again: free names do not expire.
    QCOMPARE(plan(c, s, kNow.addDays(1)).at(0).plan, RecordPlan::Send);
}

void TstPlanner::forceSendsUnchanged()
{
    const Config c = config(QStringLiteral("dyndns2"), {QStringLiteral("home.example.org")});
    State s;
    published(s, c, QStringLiteral("home.example.org"), RecordType::A, kV4, kNow.addDays(-1));
    QCOMPARE(plan(c, s, kNow, true).at(0).plan, RecordPlan::Send);
}

void TstPlanner::noAddressWithoutDetection()
{
    const Config c = config(QStringLiteral("dyndns2"), {QStringLiteral("home.example.org")}, true);
    const auto d = plan(c, State(), kNow, false, kV4, std::nullopt);
    QCOMPARE(d.at(0).plan, RecordPlan::Send);
    QCOMPARE(d.at(1).plan, RecordPlan::NoAddress);
}

void TstPlanner::batchesOfTheProvidersHostsPerRequest_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("hosts");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("DynDNS2: 25 hosts in 20 + 5") << "dyndns2" << 25 << QList<int>{20, 5};
    QTest::newRow("DynDNS2: 20 hosts in one") << "dyndns2" << 20 << QList<int>{20};
    QTest::newRow("one host per request (infomaniak)") << "infomaniak" << 3 << QList<int>{1, 1, 1};
}

void TstPlanner::batchesOfTheProvidersHostsPerRequest()
{
    QFETCH(QString, provider);
    QFETCH(int, hosts);
    QFETCH(QList<int>, sizes);
    const Config c = config(provider, numbered(hosts));
    QList<RecordKey> send;
    for (const RecordDecision &d : plan(c, State()))
        send.append(d.key);
    const ProviderInfo &info = m_registry.find(provider)->info();
    const QList<Batch> batches = planBatches(c.profiles.at(0), info, send, {kV4, {}}, {});
    QList<int> got;
    QStringList all;
    for (const Batch &b : batches) {
        got.append(int(b.hosts.size()));
        all += b.hosts;
        QCOMPARE(b.addresses.ipv4, std::optional<QHostAddress>(kV4));
        QVERIFY(!b.addresses.ipv6);
        QVERIFY(b.sends(RecordType::A));
    }
    QCOMPARE(got, sizes);
    QCOMPARE(all, numbered(hosts)); // each once, in configuration order
}

void TstPlanner::familiesSplitAndCarried()
{
    // dyndns2 drops a family left out (myip=v4,v6): when only A is due, AAAA goes along.
    const Config c = config(QStringLiteral("dyndns2"), {QStringLiteral("a.example.org"), QStringLiteral("b.example.org")}, true);
    const ProviderInfo &info = m_registry.find(QStringLiteral("dyndns2"))->info();
    QVERIFY(info.sendsAllFamilies);
    const QList<RecordKey> onlyA{{QStringLiteral("home"), QStringLiteral("a.example.org"), RecordType::A}};
    QList<Batch> b = planBatches(c.profiles.at(0), info, onlyA, {kV4, kV6}, {});
    QCOMPARE(b.size(), 1);
    QCOMPARE(b.at(0).hosts, QStringList{QStringLiteral("a.example.org")});
    QVERIFY(b.at(0).sends(RecordType::A) && b.at(0).sends(RecordType::AAAA));

    // IPv6 not detected this cycle: its last known address is carried, but not reported on.
    b = planBatches(c.profiles.at(0), info, onlyA, {kV4, {}}, {{}, kV6});
    QCOMPARE(b.at(0).addresses.ipv6, std::optional<QHostAddress>(kV6));
    QVERIFY(b.at(0).carried.ipv6);
    QVERIFY(!b.at(0).sends(RecordType::AAAA));
    // A last known address that is not publishable is never carried.
    b = planBatches(c.profiles.at(0), info, onlyA, {kV4, {}}, {{}, QHostAddress(QStringLiteral("fd00::1"))});
    QVERIFY(!b.at(0).addresses.ipv6);

    // A service with a key per family and no such quirk: only what is due.
    const Config d = config(QStringLiteral("infomaniak"), {QStringLiteral("a.example.org")}, true);
    b = planBatches(d.profiles.at(0), m_registry.find(QStringLiteral("infomaniak"))->info(),
                    {{QStringLiteral("home"), QStringLiteral("a.example.org"), RecordType::AAAA}}, {kV4, kV6}, {});
    QCOMPARE(b.size(), 1);
    QVERIFY(!b.at(0).addresses.ipv4);
    QVERIFY(b.at(0).sends(RecordType::AAAA));
}

void TstPlanner::holdUntilProfileOrCredentialsChange()
{
    const Config c = config(QStringLiteral("dyndns2"), {QStringLiteral("home.example.org")});
    State s;
    const QByteArray credentials = s.credentialsFingerprint({{"secret", "old-password"}});
    RecordState &r = s.record(QStringLiteral("home"), QStringLiteral("home.example.org"), RecordType::A);
    r = afterAttempt(forProfile(r, c.profiles.at(0).fingerprint),
                     {QStringLiteral("home.example.org"), RecordType::A, Outcome::AuthFailed, QStringLiteral("badauth"), 0s},
                     {kV4, kNow, c.profiles.at(0).fingerprint, credentials, QStringLiteral("k")});
    QVERIFY(isHeld(r));
    QCOMPARE(r.secretFingerprint, credentials);
    // Days later, a new address: still held, nothing sent.
    QCOMPARE(plan(c, s, kNow.addDays(3), false, kV4b).at(0).plan, RecordPlan::Held);
    QCOMPARE(plan(c, s, kNow.addDays(3), true, kV4b).at(0).plan, RecordPlan::Held); // not even forced

    // The same credentials keep it held (the engine compares fingerprints); new ones lift it.
    QCOMPARE(s.credentialsFingerprint({{"secret", "old-password"}}), r.secretFingerprint);
    QVERIFY(s.credentialsFingerprint({{"secret", "new-password"}}) != r.secretFingerprint);
    const RecordState lifted = withHoldLifted(r);
    QVERIFY(!isHeld(lifted));
    QCOMPARE(lifted.failures, 0);

    // A changed profile (another server) starts the record afresh.
    const Config changed = config(QStringLiteral("dyndns2"), {QStringLiteral("home.example.org")}, false,
                                  QStringLiteral("allowInsecureHttp"));
    QVERIFY(changed.profiles.at(0).fingerprint != c.profiles.at(0).fingerprint);
    const auto d = plan(changed, s, kNow.addDays(3));
    QCOMPARE(d.at(0).plan, RecordPlan::Send);
    QVERIFY(d.at(0).profileChanged);
    QVERIFY(!isHeld(d.at(0).state));
}

void TstPlanner::backoffSchedule_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("1") << 1 << qint64(60);
    QTest::newRow("2") << 2 << qint64(120);
    QTest::newRow("3") << 3 << qint64(240);
    QTest::newRow("9") << 9 << qint64(15360);
    QTest::newRow("10: capped at 6 h") << 10 << qint64(21600);
    QTest::newRow("1000") << 1000 << qint64(21600);
}

void TstPlanner::backoffSchedule()
{
    QFETCH(int, failures);
    QFETCH(qint64, seconds);
    QCOMPARE(qint64(backoff(failures).count()), seconds);
    // The spread: between the backoff and 20 % more, fixed for a record.
    const auto delay = retryDelay(failures, QStringLiteral("home/home.example.org/A"));
    QVERIFY(delay >= backoff(failures));
    QVERIFY(delay <= backoff(failures) * 6 / 5);
}

void TstPlanner::retrySpreadIsFixedPerRecord()
{
    QCOMPARE(retryDelay(5, QStringLiteral("a/x.example.org/A")), retryDelay(5, QStringLiteral("a/x.example.org/A")));
    int differ = 0;
    for (int i = 0; i < 20; ++i)
        differ += retryDelay(5, QStringLiteral("p/h%1/A").arg(i)) != retryDelay(5, QStringLiteral("q/h%1/A").arg(i)) ? 1 : 0;
    QVERIFY2(differ >= 15, qPrintable(QString::number(differ)));

    // Consecutive failures of one record follow the schedule.
    RecordState r;
    QDateTime t = kNow;
    for (int failures = 1; failures <= 4; ++failures) {
        r = afterAttempt(r, {QStringLiteral("h"), RecordType::A, Outcome::RetryLater, QStringLiteral("HTTP 500"), 0s},
                         {kV4, t, {}, {}, QStringLiteral("home/h/A")});
        QCOMPARE(r.failures, failures);
        QCOMPARE(r.retryAfter, t.addSecs(retryDelay(failures, QStringLiteral("home/h/A")).count()));
        t = r.retryAfter;
    }
}

void TstPlanner::serverTroubleWaitsThirtyMinutes()
{
    // DynDNS2's 911: at least 30 minutes, even on a first failure (whose backoff is 1 minute).
    const RecordState r = afterAttempt({}, {QStringLiteral("h"), RecordType::A, Outcome::RetryLater, QStringLiteral("911"), 30min},
                                       {kV4, kNow, {}, {}, QStringLiteral("home/h/A")});
    QCOMPARE(r.failures, 1);
    QVERIFY(r.retryAfter >= kNow.addSecs(30 * 60));
    QVERIFY(isWaiting(r, kNow.addSecs(29 * 60)));
    QVERIFY(!isWaiting(r, kNow.addSecs(31 * 60)));
}

void TstPlanner::waitingUntilRetryAfter()
{
    const Config c = config(QStringLiteral("dyndns2"), {QStringLiteral("home.example.org")});
    State s;
    RecordState &r = s.record(QStringLiteral("home"), QStringLiteral("home.example.org"), RecordType::A);
    r = afterAttempt(forProfile(r, c.profiles.at(0).fingerprint),
                     {QStringLiteral("home.example.org"), RecordType::A, Outcome::RetryLater, QStringLiteral("HTTP 503"), 0s},
                     {kV4, kNow, c.profiles.at(0).fingerprint, {}, QStringLiteral("home/home.example.org/A")});
    QCOMPARE(plan(c, s, kNow.addSecs(30)).at(0).plan, RecordPlan::Waiting);
    QCOMPARE(plan(c, s, kNow.addSecs(30), true).at(0).plan, RecordPlan::Waiting); // force respects backoff
    QCOMPARE(plan(c, s, r.retryAfter.addSecs(1)).at(0).plan, RecordPlan::Send);
}

void TstPlanner::successClearsFailures()
{
    RecordState r;
    r = afterAttempt(r, {QStringLiteral("h"), RecordType::A, Outcome::RetryLater, QStringLiteral("timeout"), 0s},
                     {kV4, kNow, {}, {}, QStringLiteral("k")});
    r = afterAttempt(r, {QStringLiteral("h"), RecordType::A, Outcome::Updated, QStringLiteral("good"), 0s},
                     {kV4b, kNow.addSecs(120), {}, {}, QStringLiteral("k")});
    QCOMPARE(r.failures, 0);
    QVERIFY(!r.retryAfter.isValid());
    QCOMPARE(r.address, kV4b.toString());
    QCOMPARE(r.published, kNow.addSecs(120));
    QCOMPARE(r.lastResult, QStringLiteral("updated"));
}

void TstPlanner::nextRetryIsTheEarliest()
{
    const Config c = config(QStringLiteral("dyndns2"), {QStringLiteral("a.example.org"), QStringLiteral("b.example.org")});
    State s;
    QVERIFY(!nextRetry(c, s).isValid());
    s.record(QStringLiteral("home"), QStringLiteral("a.example.org"), RecordType::A).retryAfter = kNow.addSecs(600);
    s.record(QStringLiteral("home"), QStringLiteral("b.example.org"), RecordType::A).retryAfter = kNow.addSecs(300);
    QCOMPARE(nextRetry(c, s), kNow.addSecs(300));
    // A held record waits for no time.
    RecordState &held = s.record(QStringLiteral("home"), QStringLiteral("b.example.org"), RecordType::A);
    held.hold = QStringLiteral("auth-failed");
    QCOMPARE(nextRetry(c, s), kNow.addSecs(600));
}

// A changed API answers with HTML or unknown words: after three in a row the record is held, not
// retried forever; another qddns version (a fixed parser) tries again.
void TstPlanner::unexpectedRepliesHoldUntilAnotherVersion()
{
    const Config c = config(QStringLiteral("dyndns2"), {QStringLiteral("home.example.org")});
    State s;
    RecordState &r = s.record(QStringLiteral("home"), QStringLiteral("home.example.org"), RecordType::A);
    r = forProfile(r, c.profiles.at(0).fingerprint);
    const RecordResult unexpected{QStringLiteral("home.example.org"), RecordType::A, Outcome::RetryLater,
                                  QStringLiteral("unexpected reply from DynDNS2: HTTP 200 \"<html>\""), 0s, true};
    const RecordResult ordinary{QStringLiteral("home.example.org"), RecordType::A, Outcome::RetryLater, QStringLiteral("HTTP 503"), 0s};
    QDateTime t = kNow;
    auto attempt = [&](const RecordResult &result) {
        r = afterAttempt(r, result, {kV4, t, c.profiles.at(0).fingerprint, {}, QStringLiteral("k"), QStringLiteral("0.1.0")});
        t = t.addDays(1);
    };
    attempt(unexpected);
    attempt(unexpected);
    attempt(ordinary); // not in a row any more
    QCOMPARE(r.unexpected, 0);
    attempt(unexpected);
    attempt(unexpected);
    QVERIFY(!isHeld(r));
    attempt(unexpected);
    QVERIFY(isHeld(r));
    QCOMPARE(r.hold, QStringLiteral("unexpected-reply"));
    QVERIFY2(r.message.contains(QStringLiteral("3 replies in a row")), qPrintable(r.message));
    // Held for this version, even days later and forced…
    PlanInput input;
    input.config = &c;
    input.state = &s;
    input.detected = {kV4, {}};
    input.now = t.addDays(5);
    input.force = true;
    input.agentVersion = QStringLiteral("0.1.0");
    QCOMPARE(planRecords(input).at(0).plan, RecordPlan::Held);
    // …but another version tries again.
    input.agentVersion = QStringLiteral("0.2.0");
    const auto d = planRecords(input);
    QCOMPARE(d.at(0).plan, RecordPlan::Send);
    QVERIFY(d.at(0).holdLifted);
    // It survives a restart: the counter and the version are in the state file.
    const auto reloaded = State::fromJson(s.toJson());
    QVERIFY(reloaded);
    QCOMPARE(reloaded->find(QStringLiteral("home"), QStringLiteral("home.example.org"), RecordType::A)->holdVersion, QStringLiteral("0.1.0"));
}

// A NAS behind the agent publishes the detected prefix with its own interface identifier.
void TstPlanner::ipv6SuffixFollowsThePrefix()
{
    const QJsonObject root{
        {"version", 1},
        {"profiles", QJsonArray{QJsonObject{
                         {"name", "home"}, {"provider", "dyndns2"}, {"server", "https://dyn.example.net"}, {"username", "alice"},
                         {"ipv6", true},
                         {"hosts", QJsonArray{"router.example.org",
                                              QJsonObject{{"name", "nas.example.org"}, {"ipv6Suffix", "::1234"}},
                                              QJsonObject{{"name", "cam.example.org"}, {"ipv6Suffix", "::ab:0:0:5"}, {"prefixLength", 56}}}}}}}};
    auto parsed = parseConfig(QJsonDocument(root).toJson(), m_registry);
    QVERIFY2(parsed, qPrintable(failure(parsed)));
    const Config c = std::move(parsed).value();
    const auto d = plan(c, State());
    auto aaaa = [&d](const QString &host) {
        for (const RecordDecision &x : d) {
            if (x.key.host == host && x.key.type == RecordType::AAAA)
                return x.address;
        }
        return std::optional<QHostAddress>();
    };
    QCOMPARE(aaaa("router.example.org"), std::optional<QHostAddress>(kV6));
    QCOMPARE(aaaa("nas.example.org"), std::optional<QHostAddress>(QHostAddress("2a02:8070:d18f:5a00::1234")));
    QCOMPARE(aaaa("cam.example.org"), std::optional<QHostAddress>(QHostAddress("2a02:8070:d18f:5a00:ab::5")));

    // Each address its own request; IPv4 is the same for all.
    QList<RecordKey> send;
    for (const RecordDecision &x : d)
        send.append(x.key);
    const QList<Batch> batches = planBatches(c.profiles.at(0), m_registry.find("dyndns2")->info(), send, {kV4, kV6}, {});
    QCOMPARE(batches.size(), 3);
    for (const Batch &b : batches) {
        QCOMPARE(b.hosts.size(), 1);
        QCOMPARE(b.addresses.ipv4, std::optional<QHostAddress>(kV4));
    }

    // The ISP changes the prefix: the NAS's record is due again with the new prefix.
    State s;
    published(s, c, "nas.example.org", RecordType::AAAA, QHostAddress("2a02:8070:d18f:5a00::1234"), kNow.addDays(-1));
    QCOMPARE(plan(c, s).at(3).plan, RecordPlan::UpToDate);
    const auto moved = plan(c, s, kNow, false, kV4, QHostAddress("2a02:8070:d18f:7700::99"));
    QCOMPARE(moved.at(3).key.host, QStringLiteral("nas.example.org"));
    QCOMPARE(moved.at(3).plan, RecordPlan::Send);
    QCOMPARE(moved.at(3).address, std::optional<QHostAddress>(QHostAddress("2a02:8070:d18f:7700::1234")));

    // What the configuration refuses.
    for (const auto &[host, error] : QList<std::pair<QJsonObject, QString>>{
             {QJsonObject{{"name", "x.example.org"}, {"ipv6Suffix", "1::1"}}, "reaches into the first 64 bits"},
             {QJsonObject{{"name", "x.example.org"}, {"ipv6Suffix", "10.0.0.1"}}, "must be the host's IPv6 interface identifier"},
             {QJsonObject{{"name", "x.example.org"}, {"ipv6Suffix", "::1"}, {"prefixLength", 130}}, "prefixLength: must be a whole number from 8 to 120"},
             {QJsonObject{{"ipv6Suffix", "::1"}}, "hosts[0].name: is required"},
             {QJsonObject{{"name", "x.example.org"}, {"suffix", "::1"}}, "hosts[0].suffix: unknown key for a host"}}) {
        QJsonObject bad = root;
        QJsonObject profile = bad["profiles"].toArray().at(0).toObject();
        profile["hosts"] = QJsonArray{host};
        bad["profiles"] = QJsonArray{profile};
        const auto refused = parseConfig(QJsonDocument(bad).toJson(), m_registry);
        QVERIFY(!refused);
        QVERIFY2(failure(refused).contains(error), qPrintable(failure(refused)));
    }
}

QTEST_GUILESS_MAIN(TstPlanner)
#include "tst_planner.moc"
