// A web detector's `sourceAddress` / `interface` (issue 14, multi-WAN routers): its request
// really leaves from that address. In a private network namespace with several local addresses;
// the echo fake answers with the peer address it saw, so the detected address is the proof.
#include "config/config.h"
#include "detect/detector.h"
#include "fakes/fakehttpserver.h"
#include "fakes/netns.h"
#include "net/httpclient.h"
#include "providers/providerregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

class TstSourceAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void leavesFromTheNamedAddress();
    void configErrors_data();
    void configErrors();

private:
    void scenario();
};

#define IP(args)                                                                                                       \
    do {                                                                                                               \
        const QString error = ip(QStringLiteral(args));                                                                \
        QVERIFY2(error.isEmpty(), qPrintable(error));                                                                  \
    } while (false)

namespace {

std::optional<AddressResult> detect(const DetectorSpec &spec, HttpClient &http)
{
    std::optional<AddressResult> result;
    QObject context;
    runDetector(spec, Family::IPv4, &http, &context, [&result](const AddressResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
    return result;
}

// The configuration's detectors.ipv4 list, parsed as the agent parses it.
Expected<Config, ConfigErrors> parseDetectors(const QJsonArray &ipv4)
{
    const ProviderRegistry registry;
    const QJsonObject root{{"version", 1}, {"detectors", QJsonObject{{"ipv4", ipv4}, {"ipv6", QJsonArray{}}}}};
    return parseConfig(QJsonDocument(root).toJson(), registry);
}

} // namespace

void TstSourceAddress::leavesFromTheNamedAddress()
{
    if (qEnvironmentVariableIsSet(kNetnsChildVariable)) {
        scenario();
        return;
    }
    if (const QString why = namespaceUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QProcess child;
    startInNamespace(child, QStringLiteral("leavesFromTheNamedAddress"));
    QVERIFY2(child.waitForFinished(60000), "the namespace child did not finish within 60 s");
    qInfo().noquote() << "namespace child output:\n" + QString::fromLocal8Bit(child.readAll()).trimmed();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
}

void TstSourceAddress::scenario()
{
    QVERIFY2(inFreshPrivateNamespace(), "refusing to change addresses: not in a fresh private network namespace");
    // Two uplinks' addresses on lo, a third on an interface of its own.
    IP("link set lo up");
    IP("addr add 81.2.69.160/32 dev lo");
    IP("addr add 81.2.69.170/32 dev lo");
    IP("link add qddns0 type veth peer name qddns1");
    IP("link set qddns0 up");
    IP("link set qddns1 up");
    IP("addr add 81.2.69.180/24 dev qddns0");

    FakeHttpServer echo;
    QVERIFY(echo.listen());
    echo.setHandler([](const RecordedRequest &r) {
        if (r.path == QLatin1String("/old"))
            return FakeReply{302, {}, {{"Location", "/ip"}}};
        return FakeReply{200, r.peer.toString().toLatin1()};
    });
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    QFile ca(FakeHttpServer::caFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    http.setExtraCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));

    const QString url = echo.baseUrl().toString() + "/ip";
    const auto config = parseDetectors({QJsonObject{{"type", "web"}, {"url", url}, {"sourceAddress", "81.2.69.170"}},
                                        QJsonObject{{"type", "web"}, {"url", url}, {"sourceAddress", "81.2.69.160"}},
                                        QJsonObject{{"type", "web"}, {"url", url}, {"interface", "qddns0"}},
                                        QJsonObject{{"type", "web"}, {"url", echo.baseUrl().toString() + "/old"},
                                                    {"sourceAddress", "81.2.69.170"}},
                                        QJsonObject{{"type", "web"}, {"url", url}}});
    QVERIFY2(config, config ? "" : qPrintable(config.error().first().toString()));
    const QList<DetectorSpec> &specs = config->ipv4.detectors;
    QCOMPARE(specs.at(0).describe(), "web " + url + " from 81.2.69.170");
    const QStringList expected{"81.2.69.170", "81.2.69.160", "81.2.69.180", "81.2.69.170"};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto result = detect(specs.at(i), http);
        QVERIFY2(result && *result, !result ? "no answer" : *result ? "" : qPrintable(result->error()));
        QCOMPARE((*result)->toString(), expected.at(i));
        QCOMPARE(echo.requests().last().peer.toString(), expected.at(i));
    }
    // Without a source the kernel picks 127.0.0.1 toward the loopback echo: refused as loopback.
    const auto plain = detect(specs.at(4), http);
    QVERIFY(plain && !*plain);
    QVERIFY2(plain->error().contains("127.0.0.1"), qPrintable(plain->error()));

    // An address this machine does not have, an interface it does not have: said as such.
    DetectorSpec foreign = specs.at(0);
    foreign.sourceAddress = QHostAddress(QStringLiteral("81.2.69.200"));
    const auto notLocal = detect(foreign, http);
    QVERIFY(notLocal && !*notLocal);
    QVERIFY2(notLocal->error().startsWith("cannot send from 81.2.69.200"), qPrintable(notLocal->error()));
    DetectorSpec missing = specs.at(2);
    missing.sourceInterface = QStringLiteral("qddns9");
    const auto noInterface = detect(missing, http);
    QVERIFY(noInterface && !*noInterface);
    QCOMPARE(noInterface->error(), QStringLiteral("network interface qddns9 does not exist"));

    // TLS verification stays on: a certificate no configured CA signed fails the request.
    const int before = int(echo.requests().size());
    echo.useUntrustedCertificate();
    const auto untrusted = detect(specs.at(0), http);
    QVERIFY(untrusted && !*untrusted);
    QVERIFY2(untrusted->error().contains("certificate", Qt::CaseInsensitive), qPrintable(untrusted->error()));
    QCOMPARE(int(echo.requests().size()), before);
}

void TstSourceAddress::configErrors_data()
{
    QTest::addColumn<QJsonObject>("detector");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    const QString url = "https://127.0.0.1:8443/ip";
    QTest::newRow("not an address") << QJsonObject{{"type", "web"}, {"url", url}, {"sourceAddress", "81.2.69.300"}}
                                    << "detectors.ipv4[0].sourceAddress" << "is not a local address";
    QTest::newRow("octal-looking") << QJsonObject{{"type", "web"}, {"url", url}, {"sourceAddress", "081.2.69.1"}}
                                   << "detectors.ipv4[0].sourceAddress" << "leading zero";
    QTest::newRow("wrong family") << QJsonObject{{"type", "web"}, {"url", url}, {"sourceAddress", "2a02:8070:d18f:5a00::10"}}
                                  << "detectors.ipv4[0].sourceAddress" << "is not an IPv4 address";
    QTest::newRow("bad interface name") << QJsonObject{{"type", "web"}, {"url", url}, {"interface", "eth0/1"}}
                                        << "detectors.ipv4[0].interface" << "is not a network interface name";
    QTest::newRow("too long interface name") << QJsonObject{{"type", "web"}, {"url", url}, {"interface", "averyveryverylongname"}}
                                             << "detectors.ipv4[0].interface" << "is not a network interface name";
    QTest::newRow("both") << QJsonObject{{"type", "web"}, {"url", url}, {"interface", "eth1"}, {"sourceAddress", "81.2.69.160"}}
                          << "detectors.ipv4[0].interface" << "not both";
    QTest::newRow("not a string") << QJsonObject{{"type", "web"}, {"url", url}, {"interface", 3}}
                                  << "detectors.ipv4[0].interface" << "";
    QTest::newRow("only web detectors") << QJsonObject{{"type", "upnp"}, {"sourceAddress", "81.2.69.160"}}
                                        << "detectors.ipv4[0].sourceAddress" << "";
}

void TstSourceAddress::configErrors()
{
    QFETCH(QJsonObject, detector);
    QFETCH(QString, path);
    QFETCH(QString, error);
    const auto config = parseDetectors({detector});
    QVERIFY(!config);
    QCOMPARE(config.error().first().path, path);
    QVERIFY2(config.error().first().message.contains(error), qPrintable(config.error().first().message));
}

QTEST_GUILESS_MAIN(TstSourceAddress)
#include "tst_sourceaddress.moc"
