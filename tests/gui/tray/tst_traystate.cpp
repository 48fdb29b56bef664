#include "tray/notificationpolicy.h"
#include "tray/trayicons.h"
#include "tray/traystate.h"

#include <QImage>
#include <QJsonArray>
#include <QPixmap>
#include <QTest>

using namespace Qddns::Gui;

namespace {

const QString kPublished = "2026-11-25T09:58:00.000Z";
const QString kLastCycle = "2026-11-25T10:00:00.000Z";

QJsonObject record(const QString &type, const QString &state, const QJsonObject &extra = {})
{
    const bool v6 = type == "AAAA";
    QJsonObject r{{"type", type},
                  {"address", v6 ? "2a02:8070:d18f:5a00::10" : "81.2.69.160"},
                  {"published", kPublished},
                  {"lastResult", "updated"},
                  {"message", ""},
                  {"lastAttempt", kPublished},
                  {"failures", 0},
                  {"retryAfter", QJsonValue::Null},
                  {"hold", ""},
                  {"state", state}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        r.insert(it.key(), it.value());
    return r;
}

QJsonObject profile(const QString &name, const QString &host, const QJsonArray &records)
{
    return {{"name", name},
            {"provider", "dyndns2"},
            {"hosts", QJsonArray{QJsonObject{{"host", host}, {"records", records}}}}};
}

QJsonObject family(const QString &address, const QString &error = {})
{
    return {{"address", address},
            {"detector", "web https://127.0.0.1:8443/ip"},
            {"detected", kLastCycle},
            {"error", error}};
}

QJsonObject bothFamilies()
{
    return {{"ipv4", family("81.2.69.160")}, {"ipv6", family("2a02:8070:d18f:5a00::10")}};
}

QJsonObject status(const QJsonArray &profiles, const QJsonObject &addresses = bothFamilies(),
                   const QJsonObject &extra = {})
{
    QJsonObject s{{"agent", QJsonObject{{"version", "0.1.0"}, {"pid", 123}, {"started", "2026-11-25T08:00:00.000Z"},
                                        {"configPath", "/home/u/.config/qddns/config.json"},
                                        {"stateDir", "/home/u/.local/share/qddns"}}},
                  {"state", "idle"},
                  {"paused", false},
                  {"lastCycle", kLastCycle},
                  {"nextCheck", "2026-11-25T10:05:00.000Z"},
                  {"addresses", addresses},
                  {"profiles", profiles}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        s.insert(it.key(), it.value());
    return s;
}

QJsonArray allCurrent()
{
    return {profile("home", "home.example.org", {record("A", "current"), record("AAAA", "current")}),
            profile("office", "office.example.org", {record("A", "current")})};
}

QJsonArray homeWith(const QJsonObject &badRecord)
{
    return {profile("home", "home.example.org", {record("A", "current"), badRecord})};
}

const QDateTime t0(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

QJsonObject addressEvent(const QString &family, const QString &from, const QString &to)
{
    return {{"family", family}, {"old", from}, {"new", to}, {"detector", "web https://127.0.0.1:8443/ip"}};
}

QJsonObject resultEvent(const QString &host, const QString &type, const QString &address, const QString &result,
                        const QString &message = {})
{
    return {{"profile", "home"}, {"host", host},     {"type", type},
            {"address", address}, {"result", result}, {"message", message}};
}

} // namespace

class TstTrayState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromStatus_data();
    void fromStatus();
    void profileEntries();
    void addressesAndLastUpdate();
    void resultCodeText_data();
    void resultCodeText();
    void iconsLoad_data();
    void iconsLoad();
    void iconsDiffer();

    void notifyAddressChangeWithUpdates();
    void cycleFinishedEndsCollecting();
    void flappingAddressNotifiesOnce();
    void flapBackWithinWindowSaysNothing();
    void rateLimitDefersAndSumsUp();
    void failureToldOncePerRecord();
    void recoveryBeforeDueCancels();
    void failuresOfOneCycleCombine();
    void heldNotification();
    void notificationDecidesOnTheRecordCode_data();
    void notificationDecidesOnTheRecordCode();
    void muteKinds();
    void agentGone();
};

void TstTrayState::fromStatus_data()
{
    QTest::addColumn<QJsonObject>("status");
    QTest::addColumn<int>("connection");
    QTest::addColumn<int>("icon");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    const int connected = int(ConnectionState::Connected);
    const QString v4 = "81.2.69.160";
    const QString v6 = "2a02:8070:d18f:5a00::10";

    QTest::newRow("all current") << status(allCurrent()) << connected << int(TrayIconKind::Current)
                                 << QStringList{"All records are current", "IPv4: " + v4, "IPv6: " + v6}
                                 << QStringList{"held", "retrying", "not detected"};
    QTest::newRow("updating") << status(allCurrent(), bothFamilies(), {{"state", "updating"}}) << connected
                              << int(TrayIconKind::Updating) << QStringList{"Updating", v4} << QStringList{};
    QTest::newRow("retrying")
        << status(homeWith(record("AAAA", "retrying",
                                  {{"failures", 2}, {"retryAfter", "2026-11-25T10:04:00.000Z"},
                                   {"lastResult", "retry"}, {"message", "HTTP 503 from the provider"}})))
        << connected << int(TrayIconKind::Warning)
        << QStringList{"home.example.org (IPv6): retrying at", "after 2 failure", "HTTP 503 from the provider"}
        << QStringList{"All records are current"};
    QTest::newRow("pending") << status(homeWith(record("AAAA", "pending"))) << connected
                             << int(TrayIconKind::Warning)
                             << QStringList{"home.example.org (IPv6): waiting to be published"} << QStringList{};
    QTest::newRow("held badauth")
        << status(homeWith(record("AAAA", "held", {{"hold", "badauth"}, {"lastResult", "badauth"}}))) << connected
        << int(TrayIconKind::Error)
        << QStringList{"home.example.org (IPv6): held — the provider rejected the credentials (badauth)"}
        << QStringList{};
    QTest::newRow("held agent outcome name")
        << status(homeWith(record("A", "held", {{"hold", "auth-failed"}, {"lastResult", "auth-failed"}})))
        << connected << int(TrayIconKind::Error)
        << QStringList{"home.example.org (IPv4): held — the provider rejected the credentials (auth-failed)"}
        << QStringList{};
    QTest::newRow("held unknown code shown as code")
        << status(homeWith(record("A", "held", {{"hold", "zzfuture"}}))) << connected << int(TrayIconKind::Error)
        << QStringList{"home.example.org (IPv4): held — zzfuture (zzfuture)"} << QStringList{};
    QTest::newRow("v6 not detected while needed")
        << status(homeWith(record("AAAA", "pending")),
                  {{"ipv4", family(v4)}, {"ipv6", family("", "all detectors failed: timeout")}})
        << connected << int(TrayIconKind::Error)
        << QStringList{"IPv6 address not detected: all detectors failed: timeout", "IPv6: not detected", "IPv4: " + v4}
        << QStringList{v6};
    QTest::newRow("v6 absent while needed")
        << status(homeWith(record("AAAA", "pending")), {{"ipv4", family(v4)}}) << connected
        << int(TrayIconKind::Error) << QStringList{"IPv6 address not detected"} << QStringList{};
    QTest::newRow("v6 absent, not needed")
        << status({profile("home", "home.example.org", {record("A", "current")})}, {{"ipv4", family(v4)}})
        << connected << int(TrayIconKind::Current) << QStringList{"IPv4: " + v4} << QStringList{"IPv6"};
    QTest::newRow("detector failed, old address kept")
        << status(allCurrent(), {{"ipv4", family(v4, "all detectors failed: timeout")}, {"ipv6", family(v6)}})
        << connected << int(TrayIconKind::Warning)
        << QStringList{"IPv4 detection failed, showing the last known address: all detectors failed: timeout"}
        << QStringList{};
    QTest::newRow("before the first cycle")
        << status({profile("home", "home.example.org",
                           {record("A", "unknown", {{"published", QJsonValue::Null}, {"address", ""}})})},
                  QJsonObject{}, {{"lastCycle", QJsonValue::Null}})
        << connected << int(TrayIconKind::Warning)
        << QStringList{"home.example.org (IPv4): waiting for the public IPv4 address", "Public address: not detected yet",
                       "Last update: never"}
        << QStringList{"address not detected"};
    QTest::newRow("agent not running") << status(allCurrent()) << int(ConnectionState::NotRunning)
                                       << int(TrayIconKind::NotRunning) << QStringList{"not running"}
                                       << QStringList{v4, v6, "IPv4", "Last update"};
    QTest::newRow("connecting") << status(allCurrent()) << int(ConnectionState::Connecting)
                                << int(TrayIconKind::NotRunning) << QStringList{"Connecting"}
                                << QStringList{v4, v6, "IPv4"};
    QTest::newRow("paused") << status(allCurrent(), bothFamilies(), {{"paused", true}}) << connected
                            << int(TrayIconKind::Paused) << QStringList{"Updates are paused", v4} << QStringList{};
    QTest::newRow("held outranks paused")
        << status(homeWith(record("A", "held", {{"hold", "abuse"}})), bothFamilies(), {{"paused", true}})
        << connected << int(TrayIconKind::Error)
        << QStringList{"Updates are paused", "held — the provider blocked updates for abuse (abuse)"}
        << QStringList{};
    QTest::newRow("updating outranks retrying")
        << status(homeWith(record("A", "retrying")), bothFamilies(), {{"state", "updating"}}) << connected
        << int(TrayIconKind::Updating) << QStringList{"home.example.org (IPv4): retrying"} << QStringList{};
    const QJsonObject lagging{{"state", "published"}, {"address", v4}, {"checking", false},
                              {"warning", "127.0.0.1:5301 still answers the old address 81.2.69.161 after 9 checks in 247 s"}};
    QTest::newRow("propagation warning")
        << status(homeWith(record("A", "current", {{"propagation", lagging}}))) << connected << int(TrayIconKind::Warning)
        << QStringList{"home.example.org (IPv4): published, not propagated — 127.0.0.1:5301 still answers the old address "
                       "81.2.69.161 after 9 checks in 247 s"}
        << QStringList{"All records are current"};
    // Still being checked, or propagated: nothing to act on.
    QTest::newRow("propagation checking")
        << status(homeWith(record("A", "current", {{"propagation", QJsonObject{{"state", "published"}, {"checking", true}}}})))
        << connected << int(TrayIconKind::Current) << QStringList{"All records are current"} << QStringList{"propagat"};
    QTest::newRow("propagated")
        << status(homeWith(record("A", "current", {{"propagation", QJsonObject{{"state", "propagated"}, {"checking", false}}}})))
        << connected << int(TrayIconKind::Current) << QStringList{"All records are current"} << QStringList{"propagat"};
    // Double NAT: the upnp detector's router has no public WAN address; the next detector found one.
    const auto behindNat = [&](const QString &wan, const QString &nat) {
        QJsonObject v4Family = family(v4);
        v4Family.insert("routerWan", QJsonObject{{"address", wan}, {"nat", nat}, {"detector", "upnp"}});
        return status(allCurrent(), {{"ipv4", v4Family}, {"ipv6", family(v6)}});
    };
    QTest::newRow("router behind carrier-grade NAT")
        << behindNat("100.64.1.2", "cgnat") << connected << int(TrayIconKind::Warning)
        << QStringList{"Router's WAN address 100.64.1.2 is carrier-grade NAT:", "IPv4: " + v4}
        << QStringList{"All records are current", "double NAT"};
    QTest::newRow("router behind another router")
        << behindNat("192.168.178.20", "private") << connected << int(TrayIconKind::Warning)
        << QStringList{"Router's WAN address 192.168.178.20 is private: the router is behind another router (double NAT)"}
        << QStringList{"carrier-grade"};
    QTest::newRow("no profiles") << status({}) << connected << int(TrayIconKind::Warning)
                                 << QStringList{"No profile is configured"} << QStringList{};
}

void TstTrayState::fromStatus()
{
    QFETCH(QJsonObject, status);
    QFETCH(int, connection);
    QFETCH(int, icon);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);

    const TrayState state = Qddns::Gui::fromStatus(status, ConnectionState(connection));
    QCOMPARE(int(state.icon), icon);
    QVERIFY(!state.headline.isEmpty());
    for (const QString &part : contains)
        QVERIFY2(state.tooltip.contains(part), qPrintable("missing \"" + part + "\" in:\n" + state.tooltip));
    for (const QString &part : lacks)
        QVERIFY2(!state.tooltip.contains(part), qPrintable("unexpected \"" + part + "\" in:\n" + state.tooltip));
    if (ConnectionState(connection) != ConnectionState::Connected) {
        QVERIFY(state.ipv4.isEmpty());
        QVERIFY(state.ipv6.isEmpty());
        QVERIFY(state.profiles.isEmpty());
    }
}

void TstTrayState::profileEntries()
{
    const QJsonArray profiles{
        profile("home", "home.example.org",
                {record("A", "held", {{"hold", "badauth"}}), record("AAAA", "pending")}),
        profile("office", "office.example.org", {record("A", "current"), record("AAAA", "current")}),
        profile("lab", "lab.example.org", {record("A", "retrying")}),
    };
    const TrayState state = Qddns::Gui::fromStatus(status(profiles), ConnectionState::Connected);
    QCOMPARE(state.profiles.size(), 3);
    QCOMPARE(state.profiles.at(0).name, "home");
    QCOMPARE(state.profiles.at(0).icon, TrayIconKind::Error);
    QVERIFY2(state.profiles.at(0).summary.startsWith("home.example.org (IPv4): held — the provider rejected"),
             qPrintable(state.profiles.at(0).summary));
    QVERIFY2(state.profiles.at(0).summary.contains("and 1 more"), qPrintable(state.profiles.at(0).summary));
    QCOMPARE(state.profiles.at(1).name, "office");
    QCOMPARE(state.profiles.at(1).icon, TrayIconKind::Current);
    QVERIFY2(state.profiles.at(1).summary.contains("current"), qPrintable(state.profiles.at(1).summary));
    QCOMPARE(state.profiles.at(2).icon, TrayIconKind::Warning);
    // Worst first: the held record leads the problems.
    QCOMPARE(state.problems.size(), 3);
    QVERIFY(state.problems.first().contains("held"));
    QCOMPARE(state.icon, TrayIconKind::Error);
}

void TstTrayState::addressesAndLastUpdate()
{
    QJsonArray profiles{profile(
        "home", "home.example.org",
        {record("A", "current", {{"published", "2026-11-25T09:30:00.000Z"}}),
         record("AAAA", "current", {{"published", "2026-11-25T09:45:00.000Z"}})})};
    const TrayState state = Qddns::Gui::fromStatus(status(profiles), ConnectionState::Connected);
    QCOMPARE(state.ipv4, "81.2.69.160");
    QCOMPARE(state.ipv6, "2a02:8070:d18f:5a00::10");
    const QDateTime latest(QDate(2026, 11, 25), QTime(9, 45), Qt::UTC);
    QCOMPARE(state.lastSuccess, latest);
    QVERIFY(state.tooltip.contains("Last update: " + trayTimeText(latest)));
    QVERIFY(!trayTimeText(latest).isEmpty());
}

void TstTrayState::resultCodeText_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("part"); // empty: the code itself comes back

    QTest::newRow("badauth") << "badauth" << "credentials";
    QTest::newRow("auth-failed") << "auth-failed" << "credentials";
    QTest::newRow("abuse") << "abuse" << "abuse";
    QTest::newRow("notfqdn") << "notfqdn" << "fully qualified";
    QTest::newRow("nohost") << "nohost" << "does not exist";
    QTest::newRow("numhost") << "numhost" << "too many hosts";
    QTest::newRow("911") << "911" << "server problem";
    QTest::newRow("dnserr") << "dnserr" << "DNS error";
    QTest::newRow("badagent") << "badagent" << "refused this client";
    QTest::newRow("!donator") << "!donator" << "paid account";
    QTest::newRow("!yours") << "!yours" << "another account";
    QTest::newRow("good") << "good" << "updated";
    QTest::newRow("nochg") << "nochg" << "already up to date";
    QTest::newRow("retry") << "retry" << "temporary";
    QTest::newRow("rejected") << "rejected" << "refused the request";
    QTest::newRow("upper case") << "BADAUTH" << "credentials";
    QTest::newRow("unknown") << "zzfuture" << "";
}

void TstTrayState::resultCodeText()
{
    QFETCH(QString, code);
    QFETCH(QString, part);
    const QString text = Qddns::Gui::resultCodeText(code);
    if (part.isEmpty()) {
        QCOMPARE(text, code);
    } else {
        QVERIFY2(text.contains(part), qPrintable(text));
        QVERIFY(text != code);
    }
}

void TstTrayState::iconsLoad_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("current") << int(TrayIconKind::Current);
    QTest::newRow("updating") << int(TrayIconKind::Updating);
    QTest::newRow("warning") << int(TrayIconKind::Warning);
    QTest::newRow("error") << int(TrayIconKind::Error);
    QTest::newRow("notrunning") << int(TrayIconKind::NotRunning);
    QTest::newRow("paused") << int(TrayIconKind::Paused);
}

void TstTrayState::iconsLoad()
{
    QFETCH(int, kind);
    const QIcon icon = iconFor(TrayIconKind(kind));
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 22, 32, 48})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));

    const QImage image = icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(16, 16));
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    // A glyph, not an empty or a solid square.
    QVERIFY2(opaque > 60 && opaque < 256, qPrintable(QString::number(opaque)));
}

void TstTrayState::iconsDiffer()
{
    const QList<TrayIconKind> kinds{TrayIconKind::Current, TrayIconKind::Updating, TrayIconKind::Warning,
                                    TrayIconKind::Error, TrayIconKind::NotRunning, TrayIconKind::Paused};
    QList<QImage> images;
    for (const TrayIconKind kind : kinds)
        images.append(iconFor(kind).pixmap(QSize(16, 16)).toImage());
    for (qsizetype i = 0; i < images.size(); ++i)
        for (qsizetype j = i + 1; j < images.size(); ++j)
            QVERIFY2(images.at(i) != images.at(j), qPrintable(iconName(kinds.at(i)) + " == " + iconName(kinds.at(j))));
}

void TstTrayState::notifyAddressChangeWithUpdates()
{
    NotificationPolicy policy;
    QVERIFY(!policy.nextDue().isValid());
    policy.addressChanged(addressEvent("ipv4", "81.2.69.160", "81.2.69.161"), t0);
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "updated"), t0.addSecs(2));
    policy.updateResult(resultEvent("home.example.org", "AAAA", "2a02:8070:d18f:5a00::10", "unchanged"),
                        t0.addSecs(2));
    QCOMPARE(policy.nextDue(), t0.addSecs(20));
    QVERIFY(policy.takeDue(t0.addSecs(19)).isEmpty());
    const QList<Notification> shown = policy.takeDue(t0.addSecs(20));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().kind, NotificationKind::AddressChanged);
    QCOMPARE(shown.first().title, "Public IPv4 address changed");
    QCOMPARE(shown.first().message, "Public IPv4 changed from 81.2.69.160 to 81.2.69.161 — home.example.org updated");
    QVERIFY(!policy.nextDue().isValid()); // idle: no timer needed

    // Both families in one cycle: one notification, one line each.
    policy.addressChanged(addressEvent("ipv4", "81.2.69.161", "81.2.69.162"), t0.addSecs(3600));
    policy.addressChanged(addressEvent("ipv6", "2a02:8070:d18f:5a00::10", "2a02:8070:d18f:5a00::11"),
                          t0.addSecs(3600));
    const QList<Notification> both = policy.takeDue(t0.addSecs(3600 + 20));
    QCOMPARE(both.size(), 1);
    QCOMPARE(both.first().title, "Public addresses changed");
    QCOMPARE(both.first().message, "Public IPv4 changed from 81.2.69.161 to 81.2.69.162\n"
                                   "Public IPv6 changed from 2a02:8070:d18f:5a00::10 to 2a02:8070:d18f:5a00::11");
}

void TstTrayState::cycleFinishedEndsCollecting()
{
    NotificationPolicy policy;
    policy.addressChanged(addressEvent("ipv4", "81.2.69.160", "81.2.69.161"), t0);
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "updated"), t0.addSecs(1));
    policy.cycleFinished(t0.addSecs(1));
    QCOMPARE(policy.nextDue(), t0.addSecs(1));
    QCOMPARE(policy.takeDue(t0.addSecs(1)).size(), 1);
}

void TstTrayState::flappingAddressNotifiesOnce()
{
    NotificationPolicy policy;
    const QStringList sequence{"81.2.69.160", "81.2.69.161", "81.2.69.160", "81.2.69.161"};
    QList<Notification> shown;
    // A→B→A→B, one change a minute; the tray calls takeDue() whenever nextDue() comes.
    for (int second = 0; second <= 3600; ++second) {
        const QDateTime now = t0.addSecs(second);
        if (second % 60 == 0 && second / 60 + 1 < sequence.size()) {
            const int step = second / 60;
            policy.addressChanged(addressEvent("ipv4", sequence.at(step), sequence.at(step + 1)), now);
        }
        if (policy.nextDue().isValid() && policy.nextDue() <= now)
            shown.append(policy.takeDue(now));
    }
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().message, "Public IPv4 changed from 81.2.69.160 to 81.2.69.161");
    QVERIFY(!policy.nextDue().isValid());
}

void TstTrayState::flapBackWithinWindowSaysNothing()
{
    NotificationPolicy policy;
    policy.addressChanged(addressEvent("ipv4", "81.2.69.160", "81.2.69.161"), t0);
    policy.addressChanged(addressEvent("ipv4", "81.2.69.161", "81.2.69.160"), t0.addSecs(5));
    QVERIFY(policy.takeDue(t0.addSecs(60)).isEmpty());
    // Nothing was said, so the rate limit is not spent: a real change is told after the collect window.
    policy.addressChanged(addressEvent("ipv4", "81.2.69.160", "81.2.69.162"), t0.addSecs(120));
    QCOMPARE(policy.nextDue(), t0.addSecs(140));
}

void TstTrayState::rateLimitDefersAndSumsUp()
{
    NotificationPolicy policy;
    policy.addressChanged(addressEvent("ipv4", "81.2.69.160", "81.2.69.161"), t0);
    QCOMPARE(policy.takeDue(t0.addSecs(20)).size(), 1);
    policy.addressChanged(addressEvent("ipv4", "81.2.69.161", "81.2.69.162"), t0.addSecs(60));
    QVERIFY(policy.takeDue(t0.addSecs(80)).isEmpty());
    QCOMPARE(policy.nextDue(), t0.addSecs(20 + 15 * 60));
    const QList<Notification> later = policy.takeDue(t0.addSecs(20 + 15 * 60));
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.first().message, "Public IPv4 changed from 81.2.69.161 to 81.2.69.162");

    // The rate limit is per kind: a failure is not held back by the address notification.
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.162", "failed", "HTTP 503"),
                        t0.addSecs(20 + 15 * 60 + 1));
    QCOMPARE(policy.nextDue(), t0.addSecs(20 + 15 * 60 + 1 + 20));
}

void TstTrayState::failureToldOncePerRecord()
{
    NotificationPolicy policy;
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "failed", "HTTP 503"), t0);
    const QList<Notification> first = policy.takeDue(t0.addSecs(20));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().kind, NotificationKind::UpdateFailed);
    QCOMPARE(first.first().message, "home.example.org (IPv4): HTTP 503");
    // The retries fail too: no news.
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "failed", "HTTP 503"),
                        t0.addSecs(3600));
    QVERIFY(!policy.nextDue().isValid());
    // It recovers, then fails again: news again.
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "updated"), t0.addSecs(7200));
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "failed", "timeout"),
                        t0.addSecs(7300));
    const QList<Notification> again = policy.takeDue(t0.addSecs(7320));
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().message, "home.example.org (IPv4): timeout");
}

void TstTrayState::recoveryBeforeDueCancels()
{
    NotificationPolicy policy;
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "failed"), t0);
    QVERIFY(policy.nextDue().isValid());
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "updated"), t0.addSecs(5));
    QVERIFY(!policy.nextDue().isValid());
    QVERIFY(policy.takeDue(t0.addSecs(60)).isEmpty());
}

void TstTrayState::failuresOfOneCycleCombine()
{
    NotificationPolicy policy;
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "failed", "HTTP 503"), t0);
    policy.updateResult(resultEvent("office.example.org", "AAAA", "2a02:8070:d18f:5a00::11", "failed"),
                        t0.addSecs(3));
    const QList<Notification> shown = policy.takeDue(t0.addSecs(20));
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().title.contains("2"), qPrintable(shown.first().title));
    QCOMPARE(shown.first().message, "home.example.org (IPv4): HTTP 503\n"
                                    "office.example.org (IPv6): the update failed");
}

void TstTrayState::heldNotification()
{
    NotificationPolicy policy;
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "failed", "HTTP 503"), t0);
    // Within the same cycle it becomes a hold: told as a hold, not as a failure.
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "held",
                                    "badauth: the provider rejected the credentials"),
                        t0.addSecs(2));
    const QList<Notification> shown = policy.takeDue(t0.addSecs(22));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().kind, NotificationKind::Held);
    QVERIFY2(shown.first().message.startsWith("home.example.org (IPv4): badauth: the provider rejected the credentials\n"),
             qPrintable(shown.first().message));
    QVERIFY(shown.first().message.contains("until its profile or secret changes"));
    // Each cycle reports the hold again: told once.
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.161", "held"), t0.addSecs(3600));
    QVERIFY(!policy.nextDue().isValid());
}

// The record's `code` decides what a result means and how it is told, not its English message;
// a result without a code (an older agent) falls back on the result word and the message.
void TstTrayState::notificationDecidesOnTheRecordCode_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kind"); // -1: nothing to tell
    QTest::addColumn<QString>("told");

    const int failed = int(NotificationKind::UpdateFailed);
    const int held = int(NotificationKind::Held);
    QTest::newRow("retry, with its detail") << "failed" << "retry" << "HTTP 503" << failed
                                           << "home.example.org (IPv4): a temporary failure (HTTP 503)";
    QTest::newRow("auth-failed, in the tray's words") << "held" << "auth-failed" << "badauth: some English" << held
                                                     << "home.example.org (IPv4): the provider rejected the credentials";
    QTest::newRow("unexpected-reply") << "held" << "unexpected-reply" << "HTML instead of JSON" << held
                                      << "home.example.org (IPv4): the provider's replies are not as documented";
    QTest::newRow("a code beats a misleading message") << "failed" << "credentialsUnavailable" << "updated" << failed
                                                       << "home.example.org (IPv4): a password or token could not be read (updated)";
    QTest::newRow("the code says held") << "failed" << "auth-failed" << "" << held
                                        << "home.example.org (IPv4): the provider rejected the credentials";
    QTest::newRow("dry run: nothing") << "dry-run" << "dry-run" << "would send" << -1 << "";
    QTest::newRow("success by code") << "updated" << "unchanged" << "failed?" << -1 << "";
    QTest::newRow("no code: the message") << "failed" << "" << "HTTP 503" << failed << "home.example.org (IPv4): HTTP 503";
    QTest::newRow("a code this tray does not know") << "held" << "new-code" << "refused for a new reason" << held
                                                    << "home.example.org (IPv4): refused for a new reason";
}

void TstTrayState::notificationDecidesOnTheRecordCode()
{
    QFETCH(QString, result);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, kind);
    QFETCH(QString, told);
    NotificationPolicy policy;
    QJsonObject event = resultEvent("home.example.org", "A", "81.2.69.161", result, message);
    if (!code.isEmpty())
        event.insert("code", code);
    policy.updateResult(event, t0);
    const QList<Notification> shown = policy.takeDue(t0.addSecs(60));
    if (kind < 0) {
        QVERIFY(shown.isEmpty());
        return;
    }
    QCOMPARE(shown.size(), 1);
    QCOMPARE(int(shown.first().kind), kind);
    QCOMPARE(shown.first().message.section('\n', 0, 0), told);
}

void TstTrayState::muteKinds()
{
    NotificationPolicy policy;
    policy.setMuted(NotificationKind::AddressChanged, true);
    QVERIFY(policy.isMuted(NotificationKind::AddressChanged));
    QVERIFY(!policy.isMuted(NotificationKind::UpdateFailed));
    policy.addressChanged(addressEvent("ipv4", "81.2.69.160", "81.2.69.161"), t0);
    QVERIFY(!policy.nextDue().isValid());
    QVERIFY(policy.takeDue(t0.addSecs(3600)).isEmpty());
    // Unmuted: the next change is told from the address the agent had meanwhile.
    policy.setMuted(NotificationKind::AddressChanged, false);
    policy.addressChanged(addressEvent("ipv4", "81.2.69.161", "81.2.69.162"), t0.addSecs(7200));
    const QList<Notification> shown = policy.takeDue(t0.addSecs(7220));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().message, "Public IPv4 changed from 81.2.69.161 to 81.2.69.162");

    // Muting drops what is pending of that kind only.
    policy.updateResult(resultEvent("home.example.org", "A", "81.2.69.162", "held", "abuse"), t0.addSecs(8000));
    policy.agentGone(t0.addSecs(8000));
    policy.setMuted(NotificationKind::Held, true);
    const QList<Notification> left = policy.takeDue(t0.addSecs(9000));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().kind, NotificationKind::AgentGone);
}

void TstTrayState::agentGone()
{
    NotificationPolicy policy;
    policy.agentGone(t0);
    policy.agentBack(t0.addSecs(10)); // a restart: nothing to tell
    QVERIFY(!policy.nextDue().isValid());
    policy.agentGone(t0.addSecs(100));
    QCOMPARE(policy.nextDue(), t0.addSecs(130));
    const QList<Notification> shown = policy.takeDue(t0.addSecs(130));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().title, "qddns agent stopped");
    QVERIFY(shown.first().message.contains("not running"));
}

QTEST_MAIN(TstTrayState)
#include "tst_traystate.moc"
