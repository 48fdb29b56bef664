// A running agent publishes a new interface address within a second of the kernel event,
// long before its poll interval: the whole scenario runs in a private network namespace.
#include "fakes/fakehttpserver.h"
#include "fakes/fakeigd.h"
#include "fakes/fixtures.h"
#include "fakes/netns.h"

#include <QElapsedTimer>
#include <QHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qddns::Test;

class TstAgentReacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishesInterfaceChangeWithinASecond();
    void hostWithSuffixFollowsThePrefix();
    void publishesRouterEventWithinASecond();
    void statusShowsDoubleNat();

private:
    void doubleNatScenario();
    void routerEventScenario();
    void runInNamespace(const QString &function);
    void scenario();
    void suffixScenario();
};

#define IP(args)                                                                                                       \
    do {                                                                                                               \
        const QString error = ip(args);                                                                                \
        QVERIFY2(error.isEmpty(), qPrintable(error));                                                                  \
    } while (false)

void TstAgentReacts::publishesInterfaceChangeWithinASecond()
{
    if (qEnvironmentVariableIsSet(kNetnsChildVariable))
        scenario();
    else
        runInNamespace(QStringLiteral("publishesInterfaceChangeWithinASecond"));
}

void TstAgentReacts::hostWithSuffixFollowsThePrefix()
{
    if (qEnvironmentVariableIsSet(kNetnsChildVariable))
        suffixScenario();
    else
        runInNamespace(QStringLiteral("hostWithSuffixFollowsThePrefix"));
}

void TstAgentReacts::publishesRouterEventWithinASecond()
{
    if (qEnvironmentVariableIsSet(kNetnsChildVariable))
        routerEventScenario();
    else
        runInNamespace(QStringLiteral("publishesRouterEventWithinASecond"));
}

void TstAgentReacts::statusShowsDoubleNat()
{
    if (qEnvironmentVariableIsSet(kNetnsChildVariable))
        doubleNatScenario();
    else
        runInNamespace(QStringLiteral("statusShowsDoubleNat"));
}

void TstAgentReacts::runInNamespace(const QString &function)
{
    if (const QString why = namespaceUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QProcess child;
    startInNamespace(child, function);
    QVERIFY2(child.waitForFinished(90000), "the namespace child did not finish within 90 s");
    qInfo().noquote() << "namespace child output:\n" + QString::fromLocal8Bit(child.readAll()).trimmed();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
}

void TstAgentReacts::scenario()
{
    QVERIFY2(inFreshPrivateNamespace(), "refusing to change addresses: not in a fresh private network namespace");
    IP("link set lo up");
    IP("link add qddns0 type veth peer name qddns1");
    IP("link set qddns0 up");
    IP("link set qddns1 up");

    // The provider listens on this namespace's loopback.
    QElapsedTimer clock;
    clock.start();
    QList<std::pair<qint64, QString>> published; // (ms since start, myip); outlives the server that fills it
    FakeHttpServer provider;
    QVERIFY(provider.listen());
    provider.setHandler([&](const RecordedRequest &r) {
        published.append({clock.elapsed(), r.queryValue("myip")});
        return FakeReply{200, "good " + r.queryValue("myip").toLatin1()};
    });

    QTemporaryDir dir;
    QVERIFY(writeSecretFile(dir.filePath("secret"), "netns-secret"));
    const QJsonObject config{
        {"version", 1},
        {"interval", "1h"}, // the poll cannot be what publishes within a second
        {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "interface"}, {"name", "qddns0"}}}},
                                  {"ipv6", QJsonArray{}}}},
        {"profiles", QJsonArray{QJsonObject{{"name", "home"}, {"provider", "dyndns2"},
                                            {"server", provider.baseUrl().toString()},
                                            {"hosts", QJsonArray{"home.example.org"}}, {"username", "alice"},
                                            {"secret", QJsonObject{{"source", "file"}, {"path", dir.filePath("secret")}}}}}}};
    QFile file(dir.filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();

    QProcess agent;
    agent.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray agentLog;
    connect(&agent, &QProcess::readyRead, this, [&] { agentLog += agent.readAll(); });
    agent.start(QStringLiteral(QDDNS_AGENT_BINARY), {"run", "--verbose", "--config", file.fileName(), "--state-dir", dir.filePath("state")});
    QVERIFY(agent.waitForStarted());
    // Start-up cycle: qddns0 has no address yet, so nothing is published; let link events settle.
    QTest::qWait(2000);
    QVERIFY(published.isEmpty());

    QList<qint64> latencies;
    QString previous;
    for (int i = 0; i < 5; ++i) {
        // A /24 of its own each: deleting a primary address would take secondaries along.
        const QString address = QStringLiteral("81.2.%1.160").arg(69 + i);
        const qint64 before = clock.elapsed();
        IP(QStringLiteral("addr add %1/24 dev qddns0").arg(address));
        if (!previous.isEmpty())
            IP(QStringLiteral("addr del %1/24 dev qddns0").arg(previous));
        QTRY_VERIFY2_WITH_TIMEOUT(!published.isEmpty() && published.last().second == address, agentLog.right(3000).constData(), 3000);
        latencies.append(published.last().first - before);
        previous = address;
        QTest::qWait(300);
    }
    agent.terminate();
    QVERIFY(agent.waitForFinished(6000));

    QList<qint64> sorted = latencies;
    std::sort(sorted.begin(), sorted.end());
    QStringList shown;
    for (qint64 ms : latencies)
        shown << QString::number(ms);
    qInfo().noquote() << "interface address change -> update request at the provider (ms):" << shown.join(", ")
                      << "- median" << sorted.at(sorted.size() / 2) << "ms (poll interval: 1 h)";
    for (qint64 ms : latencies)
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("took %1 ms:\n").arg(ms) + QString::fromLocal8Bit(agentLog)));
    QCOMPARE(published.size(), 5); // one update per change, no more
}

// The ISP hands out a new IPv6 prefix: the agent's own address changes on its interface, and a
// NAS behind it (a host with "ipv6Suffix") gets an AAAA with the new prefix and its own suffix.
void TstAgentReacts::suffixScenario()
{
    QVERIFY2(inFreshPrivateNamespace(), "refusing to change addresses: not in a fresh private network namespace");
    IP("link set lo up");
    IP("link add qddns0 type veth peer name qddns1");
    IP("link set qddns0 up");
    IP("link set qddns1 up");
    IP("-6 addr add 2a02:8070:d18f:5a00::10/64 dev qddns0 nodad");

    QHash<QString, QString> published; // hostname -> myip of its last update; outlives the server that fills it
    FakeHttpServer provider;
    QVERIFY(provider.listen());
    provider.setHandler([&](const RecordedRequest &r) {
        published.insert(r.queryValue("hostname"), r.queryValue("myip"));
        return FakeReply{200, "good " + r.queryValue("myip").toLatin1()};
    });
    QTemporaryDir dir;
    QVERIFY(writeSecretFile(dir.filePath("secret"), "netns-secret"));
    const QJsonObject config{
        {"version", 1},
        {"interval", "1h"},
        {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{}},
                                  {"ipv6", QJsonArray{QJsonObject{{"type", "interface"}, {"name", "qddns0"}}}}}},
        {"profiles", QJsonArray{QJsonObject{{"name", "home"}, {"provider", "dyndns2"},
                                            {"server", provider.baseUrl().toString()}, {"ipv4", false}, {"ipv6", true},
                                            {"hosts", QJsonArray{"router.example.org",
                                                                 QJsonObject{{"name", "nas.example.org"}, {"ipv6Suffix", "::1234"}}}},
                                            {"username", "alice"},
                                            {"secret", QJsonObject{{"source", "file"}, {"path", dir.filePath("secret")}}}}}}};
    QFile file(dir.filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();

    QProcess agent;
    agent.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray agentLog;
    connect(&agent, &QProcess::readyRead, this, [&] { agentLog += agent.readAll(); });
    agent.start(QStringLiteral(QDDNS_AGENT_BINARY), {"run", "--config", file.fileName(), "--state-dir", dir.filePath("state")});
    QVERIFY(agent.waitForStarted());
    // Two requests: the hosts have different addresses.
    QTRY_VERIFY2_WITH_TIMEOUT(published.value("nas.example.org") == "2a02:8070:d18f:5a00::1234", agentLog.right(2000).constData(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(published.value("router.example.org"), QString("2a02:8070:d18f:5a00::10"), 3000);

    // A new prefix from the ISP: the old address goes, a new one comes.
    IP("-6 addr add 2a02:8070:d18f:7700::10/64 dev qddns0 nodad");
    IP("-6 addr del 2a02:8070:d18f:5a00::10/64 dev qddns0");
    QTRY_VERIFY2_WITH_TIMEOUT(published.value("nas.example.org") == "2a02:8070:d18f:7700::1234", agentLog.right(2000).constData(), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(published.value("router.example.org"), QString("2a02:8070:d18f:7700::10"), 3000);
    agent.terminate();
    QVERIFY(agent.waitForFinished(6000));
}


// Behind a router: no local event tells of its new WAN address, but its UPnP events do. A fake
// Internet Gateway Device on a LAN in the namespace (multicast on lo for SSDP).
void TstAgentReacts::routerEventScenario()
{
    QVERIFY2(inFreshPrivateNamespace(), "refusing to change addresses: not in a fresh private network namespace");
    IP(QStringLiteral("link set lo up multicast on"));
    IP(QStringLiteral("route add 239.0.0.0/8 dev lo"));
    IP(QStringLiteral("addr add 192.168.77.1/24 dev lo"));
    IP(QStringLiteral("addr add 192.168.77.10/24 dev lo"));
    FakeIgd igd;
    igd.setExternalAddress(QStringLiteral("81.2.69.160"));
    QVERIFY(igd.start(QHostAddress(QStringLiteral("192.168.77.1"))));
    QSignalSpy answered(&igd, &FakeIgd::notifyAnswered);

    QElapsedTimer clock;
    clock.start();
    QList<std::pair<qint64, QString>> published;
    FakeHttpServer provider;
    QVERIFY(provider.listen());
    provider.setHandler([&](const RecordedRequest &r) {
        published.append({clock.elapsed(), r.queryValue("myip")});
        return FakeReply{200, "good " + r.queryValue("myip").toLatin1()};
    });

    QTemporaryDir dir;
    QVERIFY(writeSecretFile(dir.filePath("secret"), "netns-secret"));
    const QJsonObject config{
        {"version", 1},
        {"interval", "1h"}, // the poll cannot be what publishes within a second
        {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "upnp"}}}}, {"ipv6", QJsonArray{}}}},
        {"profiles", QJsonArray{QJsonObject{{"name", "home"}, {"provider", "dyndns2"},
                                            {"server", provider.baseUrl().toString()},
                                            {"hosts", QJsonArray{"home.example.org"}}, {"username", "alice"},
                                            {"secret", QJsonObject{{"source", "file"}, {"path", dir.filePath("secret")}}}}}}};
    QFile file(dir.filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();

    QProcess agent;
    agent.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray agentLog;
    connect(&agent, &QProcess::readyRead, this, [&] { agentLog += agent.readAll(); });
    agent.start(QStringLiteral(QDDNS_AGENT_BINARY), {"run", "--verbose", "--config", file.fileName(), "--state-dir", dir.filePath("state")});
    QVERIFY(agent.waitForStarted());
    // The start-up cycle publishes what the router has; the initial event follows the subscription.
    QTRY_VERIFY2_WITH_TIMEOUT(!published.isEmpty() && published.last().second == "81.2.69.160", agentLog.right(3000).constData(), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(!answered.isEmpty(), agentLog.right(3000).constData(), 10000);
    QCOMPARE(answered.first().first().toByteArray(), QByteArray("HTTP/1.1 200 OK"));

    QList<qint64> latencies;
    for (int i = 1; i <= 3; ++i) {
        const QString address = QStringLiteral("81.2.69.%1").arg(160 + i);
        igd.setExternalAddress(address);
        const qint64 before = clock.elapsed();
        igd.notify();
        QTRY_VERIFY2_WITH_TIMEOUT(published.last().second == address, agentLog.right(3000).constData(), 3000);
        latencies.append(published.last().first - before);
        QTest::qWait(300);
    }
    agent.terminate();
    QVERIFY(agent.waitForFinished(6000));

    QStringList shown;
    for (qint64 ms : latencies)
        shown << QString::number(ms);
    qInfo().noquote() << "router event -> update request at the provider (ms):" << shown.join(", ") << "(poll interval: 1 h)";
    for (qint64 ms : latencies)
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("took %1 ms:\n").arg(ms) + QString::fromLocal8Bit(agentLog)));
    QCOMPARE(published.size(), 4); // the start-up update and one per change
}

// Behind carrier-grade NAT: the router's UPnP answer is 100.64.1.2, so the upnp detector is
// skipped, the web detector's address is published, and `status` (JSON and text) says why.
void TstAgentReacts::doubleNatScenario()
{
    QVERIFY2(inFreshPrivateNamespace(), "refusing to change addresses: not in a fresh private network namespace");
    IP(QStringLiteral("link set lo up multicast on"));
    IP(QStringLiteral("route add 239.0.0.0/8 dev lo"));
    IP(QStringLiteral("addr add 192.168.77.1/24 dev lo"));
    IP(QStringLiteral("addr add 192.168.77.10/24 dev lo"));
    FakeIgd igd;
    igd.setExternalAddress(QStringLiteral("100.64.1.2"));
    QVERIFY(igd.start(QHostAddress(QStringLiteral("192.168.77.1"))));

    FakeHttpServer echo;
    QVERIFY(echo.listen());
    echo.setReply({200, "81.2.69.160"});
    QStringList published;
    FakeHttpServer provider;
    QVERIFY(provider.listen());
    provider.setHandler([&](const RecordedRequest &r) {
        published.append(r.queryValue("myip"));
        return FakeReply{200, "good " + r.queryValue("myip").toLatin1()};
    });

    QTemporaryDir dir;
    QVERIFY(writeSecretFile(dir.filePath("secret"), "netns-secret"));
    const QJsonObject config{
        {"version", 1},
        {"interval", "1h"},
        {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "upnp"}},
                                                      QJsonObject{{"type", "web"}, {"url", echo.baseUrl().toString() + "/ip"}}}},
                                  {"ipv6", QJsonArray{}}}},
        {"profiles", QJsonArray{QJsonObject{{"name", "home"}, {"provider", "dyndns2"},
                                            {"server", provider.baseUrl().toString()},
                                            {"hosts", QJsonArray{"home.example.org"}}, {"username", "alice"},
                                            {"secret", QJsonObject{{"source", "file"}, {"path", dir.filePath("secret")}}}}}}};
    QFile file(dir.filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();

    const QStringList socket{"--socket", dir.filePath("agent.socket")};
    QProcess agent;
    agent.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray agentLog;
    connect(&agent, &QProcess::readyRead, this, [&] { agentLog += agent.readAll(); });
    agent.start(QStringLiteral(QDDNS_AGENT_BINARY),
                QStringList{"run", "--verbose", "--config", file.fileName(), "--state-dir", dir.filePath("state")} + socket);
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY2_WITH_TIMEOUT(published.contains("81.2.69.160"), agentLog.right(3000).constData(), 15000);

    const auto status = [&](const QStringList &args) {
        QProcess cli;
        cli.start(QStringLiteral(QDDNS_AGENT_BINARY), QStringList{"status"} + args + socket);
        cli.waitForFinished(10000);
        return cli.readAllStandardOutput();
    };
    const QJsonObject ipv4 = QJsonDocument::fromJson(status({"--json"})).object().value("addresses").toObject().value("ipv4").toObject();
    QCOMPARE(ipv4.value("address").toString(), QString("81.2.69.160"));
    QVERIFY2(ipv4.value("detector").toString().startsWith("web"), qPrintable(ipv4.value("detector").toString()));
    const QJsonObject wan = ipv4.value("routerWan").toObject();
    QCOMPARE(wan.value("address").toString(), QString("100.64.1.2"));
    QCOMPARE(wan.value("nat").toString(), QString("cgnat"));
    QCOMPARE(wan.value("detector").toString(), QString("upnp"));
    const QByteArray text = status({});
    QVERIFY2(text.contains("IPv4  router's WAN address 100.64.1.2 is carrier-grade NAT"), text.constData());

    // The router gets a public address: the next detection drops the note.
    igd.setExternalAddress(QStringLiteral("81.2.69.161"));
    QProcess update;
    update.start(QStringLiteral(QDDNS_AGENT_BINARY), QStringList{"update"} + socket);
    // Not waitForFinished(): the router and the provider answer from this event loop.
    QTRY_VERIFY2_WITH_TIMEOUT(update.state() == QProcess::NotRunning, agentLog.right(3000).constData(), 15000);
    QVERIFY2(published.contains("81.2.69.161"), agentLog.right(3000).constData());
    const QJsonObject after = QJsonDocument::fromJson(status({"--json"})).object().value("addresses").toObject().value("ipv4").toObject();
    QCOMPARE(after.value("address").toString(), QString("81.2.69.161"));
    QVERIFY2(!after.contains("routerWan"), QJsonDocument(after).toJson().constData());

    agent.terminate();
    QVERIFY(agent.waitForFinished(6000));
}

QTEST_GUILESS_MAIN(TstAgentReacts)
#include "tst_agentreacts.moc"
