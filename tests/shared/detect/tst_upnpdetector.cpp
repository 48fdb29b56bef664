// The `upnp` detector against a fake Internet Gateway Device on a LAN made in a private network
// namespace (SSDP on the real group and port), and its parsers on routers' documents.
#include "config/config.h"
#include "detect/detector.h"
#include "detect/upnp.h"
#include "detect/upnpevents.h"
#include "fakes/fakehttpserver.h"
#include "fakes/fakeigd.h"
#include "fakes/netns.h"
#include "net/httpclient.h"
#include "providers/providerregistry.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

class TstUpnpDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWanAddress();
    void privateWanUsesNextDetector();
    void noGatewayIsReported();
    void eventReportsChangeWithinASecond();
    void eventFromAnotherHostIsRefused();
    void subscriptionIsRenewed();
    void pollsWhenRouterSendsNoEvents();
    void descriptionUrls();
    void descriptionPointingElsewhereIsRefused();
    void errorReplies();
    void config();

private:
    void runInNamespace(const QString &function);
    bool makeLan();
};

#define IP(args)                                                                                                       \
    do {                                                                                                               \
        const QString error = ip(QStringLiteral(args));                                                                \
        QVERIFY2(error.isEmpty(), qPrintable(error));                                                                  \
    } while (false)

namespace {

const QHostAddress kRouter(QStringLiteral("192.168.77.1"));

DetectorSpec upnpSpec(std::chrono::milliseconds timeout = 3000ms)
{
    DetectorSpec spec;
    spec.type = DetectorSpec::Type::Upnp;
    spec.timeout = timeout;
    return spec;
}

// Runs one detector to its answer.
std::optional<AddressResult> detect(const DetectorSpec &spec, HttpClient &http, Family family = Family::IPv4)
{
    std::optional<AddressResult> result;
    QObject context;
    runDetector(spec, family, &http, &context, [&result](const AddressResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
    return result;
}

} // namespace

void TstUpnpDetector::runInNamespace(const QString &function)
{
    if (const QString why = namespaceUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QProcess child;
    startInNamespace(child, function);
    QVERIFY2(child.waitForFinished(60000), "the namespace child did not finish within 60 s");
    qInfo().noquote() << "namespace child output:\n" + QString::fromLocal8Bit(child.readAll()).trimmed();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
}

// The namespace's LAN: multicast on lo (a route for the SSDP group) and the router's address.
bool TstUpnpDetector::makeLan()
{
    if (!inFreshPrivateNamespace()) {
        qWarning("refusing to change addresses: not in a fresh private network namespace");
        return false;
    }
    for (const char *args : {"link set lo up multicast on", "route add 239.0.0.0/8 dev lo", "addr add 192.168.77.1/24 dev lo", "addr add 192.168.77.10/24 dev lo"}) {
        if (const QString error = ip(QLatin1String(args)); !error.isEmpty()) {
            qWarning().noquote() << error;
            return false;
        }
    }
    return true;
}

#define IN_NAMESPACE(name)                                                                                             \
    if (!qEnvironmentVariableIsSet(kNetnsChildVariable)) {                                                             \
        runInNamespace(QStringLiteral(name));                                                                          \
        return;                                                                                                        \
    }                                                                                                                  \
    QVERIFY(makeLan())

void TstUpnpDetector::readsWanAddress()
{
    IN_NAMESPACE("readsWanAddress");
    FakeIgd igd;
    igd.setExternalAddress(QStringLiteral("81.2.69.160"));
    QVERIFY(igd.start(kRouter));
    QNetworkAccessManager nam;
    HttpClient http(&nam);

    const auto result = detect(upnpSpec(), http);
    QVERIFY(result.has_value());
    QVERIFY2(result->hasValue(), result->hasValue() ? "" : qPrintable(result->error()));
    QCOMPARE(result->value(), QHostAddress(QStringLiteral("81.2.69.160")));

    // The description, then exactly one SOAP action as a control point sends it.
    QVERIFY(igd.searches() >= 1);
    const QList<RecordedRequest> requests = igd.http().requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(0).path, QStringLiteral("/rootDesc.xml"));
    const RecordedRequest &soap = requests.at(1);
    QCOMPARE(soap.method, QByteArray("POST"));
    QCOMPARE(soap.path, QStringLiteral("/ctl/IPConn"));
    QCOMPARE(soap.header("SOAPAction"), QByteArray("\"urn:schemas-upnp-org:service:WANIPConnection:1#GetExternalIPAddress\""));
    QVERIFY(soap.header("Content-Type").startsWith("text/xml"));
    QVERIFY2(soap.body.contains("<s:Body><u:GetExternalIPAddress xmlns:u=\"urn:schemas-upnp-org:service:WANIPConnection:1\">"
                                "</u:GetExternalIPAddress></s:Body>"),
             soap.body.constData());
}

void TstUpnpDetector::privateWanUsesNextDetector()
{
    IN_NAMESPACE("privateWanUsesNextDetector");
    FakeIgd igd;
    igd.setServiceName(QStringLiteral("WANPPPConnection"));
    igd.setExternalAddress(QStringLiteral("100.64.12.34")); // the ISP's CGNAT: the router is behind another NAT
    QVERIFY(igd.start(kRouter));
    FakeHttpServer echo(FakeHttpServer::Mode::Http);
    echo.setReply({200, "81.2.69.160\n", {}, 0});
    QVERIFY(echo.listen());
    QNetworkAccessManager nam;
    HttpClient http(&nam);

    DetectorSpec web;
    web.type = DetectorSpec::Type::Web;
    web.url = echo.baseUrl().resolved(QUrl(QStringLiteral("/ip")));
    web.allowInsecureHttp = true;
    FamilyDetection detection;
    detection.detectors = {upnpSpec(), web};
    FamilyDetector detector(Family::IPv4, detection, &http);
    QSignalSpy finished(&detector, &FamilyDetector::finished);
    detector.start();
    QVERIFY(finished.wait(15000));
    const auto result = finished.first().first().value<DetectionResult>();
    QCOMPARE(result.address, QHostAddress(QStringLiteral("81.2.69.160")));
    QCOMPARE(result.detector, web.describe());
    QCOMPARE(result.attempts.size(), 2);
    QCOMPARE(result.attempts.at(0).detector, QStringLiteral("upnp"));
    QVERIFY(result.attempts.at(0).address.isEmpty());
    QCOMPARE(result.attempts.at(0).error,
             QStringLiteral("the router's WAN address 100.64.12.34 is a carrier-grade NAT address (100.64.0.0/10): the public "
                            "address is elsewhere: the router is behind another NAT (double NAT)"));
    QCOMPARE(igd.http().requests().last().header("SOAPAction"),
             QByteArray("\"urn:schemas-upnp-org:service:WANPPPConnection:1#GetExternalIPAddress\""));

    // A private WAN address (a router behind the ISP's modem-router) likewise.
    igd.setExternalAddress(QStringLiteral("192.168.178.20"));
    const auto privateWan = detect(upnpSpec(), http);
    QVERIFY(privateWan.has_value() && !privateWan->hasValue());
    QVERIFY2(privateWan->error().contains(QLatin1String("192.168.178.20 is a private address")), qPrintable(privateWan->error()));
    QVERIFY(privateWan->error().contains(QLatin1String("double NAT")));
}

void TstUpnpDetector::noGatewayIsReported()
{
    IN_NAMESPACE("noGatewayIsReported");
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    QElapsedTimer clock;
    clock.start();
    const auto result = detect(upnpSpec(1000ms), http);
    QVERIFY(result.has_value() && !result->hasValue());
    QCOMPARE(result->error(), QStringLiteral("no Internet Gateway Device answered the UPnP search (SSDP) within 1 s"));
    QVERIFY(clock.elapsed() >= 900);

    const auto v6 = detect(upnpSpec(), http, Family::IPv6);
    QVERIFY(v6.has_value() && !v6->hasValue());
    QCOMPARE(v6->error(), QStringLiteral("UPnP gateways report only an IPv4 address"));
}

void TstUpnpDetector::eventReportsChangeWithinASecond()
{
    IN_NAMESPACE("eventReportsChangeWithinASecond");
    FakeIgd igd;
    igd.setExternalAddress(QStringLiteral("81.2.69.160"));
    QVERIFY(igd.start(kRouter));
    QSignalSpy answered(&igd, &FakeIgd::notifyAnswered);
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    UpnpEventWatcher watcher(&http);
    QSignalSpy subscribed(&watcher, &UpnpEventWatcher::subscribed);
    QSignalSpy changed(&watcher, &UpnpEventWatcher::externalAddressChanged);
    watcher.start();
    QVERIFY(subscribed.wait(10000));
    QVERIFY(watcher.isSubscribed());

    // The subscription as GENA asks for it, with the callback on this host's LAN address.
    const RecordedRequest subscribe = igd.http().requests().last();
    QCOMPARE(subscribe.method, QByteArray("SUBSCRIBE"));
    QCOMPARE(subscribe.path, QStringLiteral("/evt/IPConn"));
    QCOMPARE(subscribe.header("NT"), QByteArray("upnp:event"));
    QCOMPARE(subscribe.header("TIMEOUT"), QByteArray("Second-1800"));
    QCOMPARE(subscribe.header("CALLBACK"), "<http://192.168.77.10:" + QByteArray::number(watcher.callbackUrl().port()) + "/qddns/events>");

    // The initial event (SEQ 0) sets what the router reported; it is no change.
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 5000);
    QCOMPARE(answered.first().first().toByteArray(), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(changed.size(), 0);

    igd.setExternalAddress(QStringLiteral("81.2.69.161"));
    QElapsedTimer clock;
    clock.start();
    igd.notify();
    QVERIFY(changed.wait(1000));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(changed.first().first().toString(), QStringLiteral("81.2.69.161"));
    QVERIFY(!watcher.isPolling());
}

void TstUpnpDetector::eventFromAnotherHostIsRefused()
{
    IN_NAMESPACE("eventFromAnotherHostIsRefused");
    IP("addr add 192.168.77.50/24 dev lo"); // another device on the LAN
    FakeIgd igd;
    igd.setExternalAddress(QStringLiteral("81.2.69.160"));
    QVERIFY(igd.start(kRouter));
    QSignalSpy answered(&igd, &FakeIgd::notifyAnswered);
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    UpnpEventWatcher watcher(&http);
    QSignalSpy changed(&watcher, &UpnpEventWatcher::externalAddressChanged);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000); // the initial event

    igd.setExternalAddress(QStringLiteral("81.2.69.99"));
    igd.notify(QHostAddress(QStringLiteral("192.168.77.50")));
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 5000);
    QCOMPARE(answered.at(1).first().toByteArray(), QByteArray("HTTP/1.1 403 Forbidden"));
    QCOMPARE(changed.size(), 0);

    // The same from the router is taken.
    igd.notify();
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.first().first().toString(), QStringLiteral("81.2.69.99"));
}

void TstUpnpDetector::subscriptionIsRenewed()
{
    IN_NAMESPACE("subscriptionIsRenewed");
    FakeIgd igd;
    igd.setExternalAddress(QStringLiteral("81.2.69.160"));
    igd.setGrantedTimeout(2); // the router grants less than asked: renew within it
    QVERIFY(igd.start(kRouter));
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    UpnpEventWatcher watcher(&http);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(igd.subscriptions(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(igd.renewals() >= 2, 5000);
    QCOMPARE(igd.subscriptions(), 1);
    const RecordedRequest renewal = igd.http().requests().last();
    QCOMPARE(renewal.method, QByteArray("SUBSCRIBE"));
    QCOMPARE(renewal.header("SID"), QByteArray("uuid:fa4e0000-0000-4000-8000-00000000e001"));
    QVERIFY(renewal.header("CALLBACK").isEmpty());
    QVERIFY(renewal.header("NT").isEmpty());
}

void TstUpnpDetector::pollsWhenRouterSendsNoEvents()
{
    IN_NAMESPACE("pollsWhenRouterSendsNoEvents");
    FakeIgd igd;
    igd.setExternalAddress(QStringLiteral("81.2.69.160"));
    igd.setSendsEvents(false);
    QVERIFY(igd.start(kRouter));
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    UpnpEventWatcher watcher(&http);
    watcher.setFirstEventTimeout(300ms);
    watcher.setPollInterval(200ms);
    QSignalSpy changed(&watcher, &UpnpEventWatcher::externalAddressChanged);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isPolling(), 10000);
    // The first answer is what the router has now; a later different one is a change.
    QTRY_VERIFY_WITH_TIMEOUT(igd.http().requests().last().method == "POST", 5000);
    igd.setExternalAddress(QStringLiteral("81.2.69.162"));
    QVERIFY(changed.wait(2000));
    QCOMPARE(changed.first().first().toString(), QStringLiteral("81.2.69.162"));
}

void TstUpnpDetector::descriptionUrls()
{
    const QUrl location(QStringLiteral("http://192.168.1.1:5000/rootDesc.xml"));
    const QByteArray xml = "<root><URLBase>http://192.168.1.1:49152/</URLBase><device><serviceList>"
                           "<service><serviceType>urn:schemas-upnp-org:service:WANCommonInterfaceConfig:1</serviceType>"
                           "<controlURL>/ctl/CmnIfCfg</controlURL></service>"
                           "<service><serviceType>urn:schemas-upnp-org:service:WANIPConnection:2</serviceType>"
                           "<controlURL>ctl/IPConn</controlURL><eventSubURL>/evt/IPConn</eventSubURL></service>"
                           "</serviceList></device></root>";
    const UpnpGatewayResult gateway = parseIgdDescription(xml, location);
    QVERIFY2(gateway.hasValue(), gateway.hasValue() ? "" : qPrintable(gateway.error()));
    QCOMPARE(gateway->serviceType, QStringLiteral("urn:schemas-upnp-org:service:WANIPConnection:2"));
    QCOMPARE(gateway->controlUrl, QUrl(QStringLiteral("http://192.168.1.1:49152/ctl/IPConn")));
    QCOMPARE(gateway->eventUrl, QUrl(QStringLiteral("http://192.168.1.1:49152/evt/IPConn")));

    const UpnpGatewayResult none = parseIgdDescription("<root><device><serviceList/></device></root>", location);
    QVERIFY(!none.hasValue());
    QCOMPARE(none.error(), QStringLiteral("the router's description http://192.168.1.1:5000/rootDesc.xml has no "
                                          "WANIPConnection or WANPPPConnection service"));
    QVERIFY(parseIgdDescription("<root><device>", location).error().contains(QLatin1String("not valid XML")));
}

void TstUpnpDetector::descriptionPointingElsewhereIsRefused()
{
    // Plain HTTP goes only to the router: a description may not send the agent to another host.
    const QUrl location(QStringLiteral("http://192.168.1.1:5000/rootDesc.xml"));
    const QByteArray xml = "<root><device><serviceList><service>"
                           "<serviceType>urn:schemas-upnp-org:service:WANIPConnection:1</serviceType>"
                           "<controlURL>http://81.2.69.160/ctl</controlURL></service></serviceList></device></root>";
    const UpnpGatewayResult gateway = parseIgdDescription(xml, location);
    QVERIFY(!gateway.hasValue());
    QCOMPARE(gateway.error(), QStringLiteral("the router's description points at http://81.2.69.160/ctl, not at the router (192.168.1.1)"));
}

void TstUpnpDetector::errorReplies()
{
    const auto fault = parseExternalAddressReply(500, "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                                                      "<s:Fault><detail><UPnPError><errorCode>501</errorCode><errorDescription>"
                                                      "Action Failed</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>");
    QVERIFY(!fault.hasValue());
    QCOMPARE(fault.error(), QStringLiteral("the router refused GetExternalIPAddress: HTTP status 500, UPnP error 501 Action Failed"));
    const auto down = parseExternalAddressReply(200, "<Envelope><Body><R><NewExternalIPAddress></NewExternalIPAddress></R></Body></Envelope>");
    QCOMPARE(down.error(), QStringLiteral("the router has no external address (its WAN connection is down)"));
    const auto ok = parseExternalAddressReply(200, "<Envelope><Body><R><NewExternalIPAddress> 81.2.69.160 </NewExternalIPAddress></R></Body></Envelope>");
    QVERIFY(ok.hasValue());
    QCOMPARE(ok.value(), QStringLiteral("81.2.69.160"));
    QVERIFY(upnpWanProblem(QHostAddress(QStringLiteral("81.2.69.160"))).isEmpty());
    QVERIFY(upnpWanProblem(QHostAddress(QStringLiteral("10.1.2.3"))).contains(QLatin1String("double NAT")));
    // What status and the tray call it.
    QCOMPARE(upnpWanNat(QHostAddress(QStringLiteral("81.2.69.160"))), WanNat::None);
    QCOMPARE(upnpWanNat(QHostAddress(QStringLiteral("100.64.1.2"))), WanNat::CarrierGrade);
    QCOMPARE(upnpWanNat(QHostAddress(QStringLiteral("100.127.255.254"))), WanNat::CarrierGrade);
    QCOMPARE(upnpWanNat(QHostAddress(QStringLiteral("100.128.0.1"))), WanNat::None);
    QCOMPARE(upnpWanNat(QHostAddress(QStringLiteral("10.1.2.3"))), WanNat::Private);
    QCOMPARE(upnpWanNat(QHostAddress(QStringLiteral("172.31.0.1"))), WanNat::Private);
    QCOMPARE(upnpWanNat(QHostAddress(QStringLiteral("192.168.178.20"))), WanNat::Private);
    QCOMPARE(upnpWanNat(QHostAddress(QStringLiteral("169.254.1.1"))), WanNat::Other);
}

void TstUpnpDetector::config()
{
    const ProviderRegistry registry;
    const auto parsed = parseConfig(R"({"version": 1, "detectors": {"ipv4": [{"type": "upnp", "timeout": "2s"},
        {"type": "web", "url": "https://api.ipify.org"}]}})", registry);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().first().path + ": " + parsed.error().first().message));
    QCOMPARE(parsed->ipv4.detectors.first().type, DetectorSpec::Type::Upnp);
    QCOMPARE(parsed->ipv4.detectors.first().timeout, std::chrono::milliseconds(2000));
    QCOMPARE(parsed->ipv4.detectors.first().describe(), QStringLiteral("upnp"));

    const auto wrong = parseConfig(R"({"version": 1, "detectors": {"ipv4": [{"type": "upnp", "url": "http://192.168.1.1"}]}})",
                                   registry);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().first().path, QStringLiteral("detectors.ipv4[0].url"));
}

QTEST_GUILESS_MAIN(TstUpnpDetector)
#include "tst_upnpdetector.moc"
