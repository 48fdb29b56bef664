#include "detect/detector.h"
#include "fakes/fakehttpserver.h"
#include "fakes/netns.h"
#include "net/httpclient.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

namespace {

// Address entries for pickInterfaceAddress(), each written "address[/kind]":
// kind "finite" has a valid and preferred lifetime (Qt calls it temporary), "deprecated"
// has an expired preferred lifetime; no kind is a permanent (statically configured) address.
// Kinds "temporary", "kdeprecated", "tentative" and "dadfailed" are kernel flags (kernelFlags()),
// as Linux reports them; "kdeprecated" keeps a permanent lifetime, as Qt shows such an address.
QList<QNetworkAddressEntry> entries(const QStringList &specs)
{
    QList<QNetworkAddressEntry> list;
    for (const QString &spec : specs) {
        QNetworkAddressEntry entry;
        entry.setIp(QHostAddress(spec.section('/', 0, 0)));
        const QString kind = spec.section('/', 1);
        if (kind == "finite" || kind == "temporary")
            entry.setAddressLifetime(QDeadlineTimer(3600s), QDeadlineTimer(7200s));
        else if (kind == "deprecated")
            entry.setAddressLifetime(QDeadlineTimer(0ms), QDeadlineTimer(3600s));
        list.append(entry);
    }
    return list;
}

KernelAddressFlags kernelFlags(const QStringList &specs)
{
    const QHash<QString, uint> bits{{"temporary", KernelFlag::Temporary}, {"kdeprecated", KernelFlag::Deprecated},
                                    {"tentative", KernelFlag::Tentative}, {"dadfailed", KernelFlag::DadFailed}};
    KernelAddressFlags flags;
    for (const QString &spec : specs) {
        const QHostAddress ip(spec.section('/', 0, 0));
        if (ip.protocol() == QAbstractSocket::IPv6Protocol)
            flags.insert(ip, bits.value(spec.section('/', 1), 0x80 /* IFA_F_PERMANENT */));
    }
    return flags;
}

DetectorSpec webSpec(const QUrl &base, const QString &path)
{
    DetectorSpec spec;
    spec.type = DetectorSpec::Type::Web;
    spec.url = base.resolved(QUrl(path));
    return spec;
}

DetectorSpec commandSpec(const QStringList &argv, std::chrono::milliseconds timeout = 5000ms)
{
    DetectorSpec spec;
    spec.type = DetectorSpec::Type::Command;
    spec.argv = argv;
    spec.timeout = timeout;
    return spec;
}

// The answers one detector run gave: the contract is exactly one.
struct Run
{
    int calls = 0;
    std::optional<AddressResult> result;
    qint64 elapsedMs = -1;
    bool answeredSynchronously = false;
};

QString errorOf(const Run &run)
{
    return run.result && !*run.result ? run.result->error() : QString();
}

QString addressOf(const Run &run)
{
    return run.result && *run.result ? (*run.result)->toString() : QString();
}

} // namespace

class TstDetectors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void qtLifetimeSemantics();
    void pickInterfaceAddress_data();
    void pickInterfaceAddress();
    void interfaceDetector_data();
    void interfaceDetector();
    void interfaceDetectorSkipsDeprecatedInNamespace_data();
    void interfaceDetectorSkipsDeprecatedInNamespace();

    void commandDetector_data();
    void commandDetector();
    void commandTimeoutKillsTheProcess();
    void commandRunsWithoutShell_data();
    void commandRunsWithoutShell();

    void webDetector_data();
    void webDetector();
    void webDetectorSendsAcceptPlain();
    void webDetectorCrossOriginRedirectRejected();
    void webDetectorUntrustedCertificate();
    void webDetectorPlainHttp();

    void familyFirstValidWins();
    void familyFallsBackAfterBadDetector();
    void familyAgreementOutvotesLiar();
    void familyAgreementNeverReached();
    void familyAllBad();
    void familyNoDetectors();
    void familyMixedKinds();

private:
    Run run(const DetectorSpec &spec, Family family, int timeoutMs = 10000);
    std::optional<DetectionResult> detectFamily(Family family, const FamilyDetection &detection);
    std::unique_ptr<FakeHttpServer> startEchoServer();

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_http;
    QTemporaryDir m_tmp;
};

void TstDetectors::init()
{
    QVERIFY(m_tmp.isValid());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_nam.get());
    // The test CA is added to the trusted ones; TLS errors are never ignored.
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(FakeHttpServer::caFile());
    QVERIFY2(!ca.isEmpty(), qPrintable(FakeHttpServer::caFile()));
    m_http->setExtraCaCertificates(ca);
}

void TstDetectors::cleanup()
{
    m_http.reset();
    m_nam.reset();
}

Run TstDetectors::run(const DetectorSpec &spec, Family family, int timeoutMs)
{
    auto state = std::make_shared<Run>();
    auto returned = std::make_shared<bool>(false);
    QElapsedTimer timer;
    timer.start();
    runDetector(spec, family, m_http.get(), this, [state, returned, timer](const AddressResult &result) {
        ++state->calls;
        state->result = result;
        state->elapsedMs = timer.elapsed();
        state->answeredSynchronously = !*returned;
    });
    *returned = true;
    const QDeadlineTimer deadline(timeoutMs);
    while (state->calls == 0 && !deadline.hasExpired())
        QTest::qWait(5);
    QTest::qWait(20); // a second answer would arrive here
    return *state;
}

std::optional<DetectionResult> TstDetectors::detectFamily(Family family, const FamilyDetection &detection)
{
    FamilyDetector detector(family, detection, m_http.get());
    std::optional<DetectionResult> result;
    int calls = 0;
    connect(&detector, &FamilyDetector::finished, this, [&](const DetectionResult &r) {
        ++calls;
        result = r;
    });
    detector.start();
    const QDeadlineTimer deadline(10000);
    while (calls == 0 && !deadline.hasExpired())
        QTest::qWait(5);
    QTest::qWait(20);
    if (calls > 1)
        return std::nullopt;
    return result;
}

std::unique_ptr<FakeHttpServer> TstDetectors::startEchoServer()
{
    auto server = std::make_unique<FakeHttpServer>();
    if (!server->listen())
        return nullptr;
    const QByteArray self = server->baseUrl().resolved(QUrl("/plain")).toEncoded();
    server->setHandler([self](const RecordedRequest &request) -> FakeReply {
        const QString p = request.path;
        if (p == "/plain" || p == "/a" || p == "/a2")
            return {200, "81.2.69.160\n", {}};
        if (p == "/b" || p == "/liar")
            return {200, "81.2.69.161\n", {}};
        if (p == "/v6")
            return {200, "2a02:8070:d18f:5a00::10\n", {}};
        if (p == "/html-type")
            return {200, "81.2.69.160", {{"Content-Type", "text/html; charset=utf-8"}}};
        if (p == "/html-body")
            return {200, "<!DOCTYPE html><html><body>81.2.69.160</body></html>", {}};
        if (p == "/500")
            return {500, "81.2.69.160", {}};
        if (p == "/404")
            return {404, "not here", {}};
        if (p == "/redirect")
            return {302, "", {{"Location", self}}};
        if (p == "/long")
            return {200, QByteArray(100, '8'), {}};
        if (p == "/padded")
            return {200, "81.2.69.160" + QByteArray(100, ' ') + "\n", {}};
        if (p == "/two")
            return {200, "81.2.69.160\n81.2.69.161\n", {}};
        if (p == "/private")
            return {200, "192.168.1.20\n", {}};
        if (p == "/cgnat")
            return {200, "100.64.3.4\n", {}};
        if (p == "/json")
            return {200, R"({"ip":"81.2.69.160"})", {{"Content-Type", "application/json"}}};
        if (p == "/empty")
            return {200, "", {}};
        if (p == "/octal")
            return {200, "010.020.030.040\n", {}};
        if (p == "/hex")
            return {200, "0x51.2.69.160\n", {}};
        if (p == "/nul")
            return {200, QByteArray("81.2.69.160\0junk", 16), {}};
        if (p == "/sign")
            return {200, "+81.2.69.160\n", {}};
        return {404, "", {}};
    });
    return server;
}

void TstDetectors::qtLifetimeSemantics()
{
    // Qt 6.4 has no "temporary address" flag (IFA_F_TEMPORARY): isTemporary() is merely
    // !isPermanent(), i.e. "has a finite valid lifetime". A stable SLAAC or DHCP address
    // is therefore "temporary" to Qt just like an RFC 4941 privacy address.
    QNetworkAddressEntry plain;
    plain.setIp(QHostAddress("2a02:8070:d18f:5a00::10"));
    QVERIFY(plain.isPermanent());
    QVERIFY(!plain.isTemporary());

    const QNetworkAddressEntry finite = entries({"2a02:8070:d18f:5a00::10/finite"}).constFirst();
    QVERIFY(finite.isTemporary());
    QVERIFY(!finite.isPermanent());
    QVERIFY(!finite.preferredLifetime().hasExpired());

    const QNetworkAddressEntry deprecated = entries({"2a02:8070:d18f:5a00::10/deprecated"}).constFirst();
    QVERIFY(deprecated.preferredLifetime().hasExpired());
    QVERIFY(!deprecated.validityLifetime().hasExpired());
}

void TstDetectors::pickInterfaceAddress_data()
{
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("expected");  // empty: an error is expected
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("v4 global") << QStringList{"81.2.69.160"} << 4 << "81.2.69.160" << "";
    QTest::newRow("v4 private, loopback, link-local skipped")
        << QStringList{"127.0.0.1", "192.168.1.10", "169.254.7.7", "10.0.0.2", "81.2.69.161"} << 4 << "81.2.69.161" << "";
    QTest::newRow("v4 first global wins") << QStringList{"81.2.69.160", "81.2.69.161"} << 4 << "81.2.69.160" << "";
    QTest::newRow("v4 only private") << QStringList{"192.168.1.10"} << 4 << "" << "has no global address (192.168.1.10 is";
    QTest::newRow("v4 only cgnat") << QStringList{"100.64.1.1"} << 4 << "" << "carrier-grade NAT";
    QTest::newRow("v4 wrong family ignored") << QStringList{"2a02:8070:d18f:5a00::10"} << 4 << "" << "has no IPv4 address";
    QTest::newRow("v4 empty") << QStringList{} << 4 << "" << "has no IPv4 address";
    QTest::newRow("v4 dhcp lease (finite)") << QStringList{"81.2.69.160/finite"} << 4 << "81.2.69.160" << "";

    QTest::newRow("v6 loopback, link-local, ula skipped")
        << QStringList{"::1", "fe80::fc:ff:fe00:1", "fd00::2", "2a02:8070:d18f:5a00::10"} << 6 << "2a02:8070:d18f:5a00::10" << "";
    QTest::newRow("v6 only ula") << QStringList{"fd00::2"} << 6 << "" << "unique local";
    QTest::newRow("v6 only link-local") << QStringList{"fe80::1"} << 6 << "" << "link-local";
    QTest::newRow("v6 wrong family ignored") << QStringList{"81.2.69.160", "81.2.69.161"} << 6 << "" << "has no IPv6 address";
    QTest::newRow("v6 mixed families") << QStringList{"81.2.69.160", "2a02:8070:d18f:5a00::11"} << 6 << "2a02:8070:d18f:5a00::11" << "";
    QTest::newRow("v6 deprecated skipped for a valid one")
        << QStringList{"2a02:8070:d18f:5a00::10/deprecated", "2a02:8070:d18f:5a00::11/finite"} << 6 << "2a02:8070:d18f:5a00::11" << "";
    QTest::newRow("v6 deprecated skipped for a permanent one")
        << QStringList{"2a02:8070:d18f:5a00::10/deprecated", "2a02:8070:d18f:5a00::11"} << 6 << "2a02:8070:d18f:5a00::11" << "";
    QTest::newRow("v6 only deprecated") << QStringList{"fe80::1", "2a02:8070:d18f:5a00::10/deprecated"} << 6 << ""
                                        << "2a02:8070:d18f:5a00::10 is deprecated";
    // A finite lifetime is normal for SLAAC and DHCP addresses: it is no reason to pass one over.
    QTest::newRow("v6 finite stable address is fine")
        << QStringList{"2a02:8070:d18f:5a00::10/finite", "2a02:8070:d18f:5a00::11"} << 6 << "2a02:8070:d18f:5a00::10" << "";
    QTest::newRow("v6 stable preferred over privacy")
        << QStringList{"2a02:8070:d18f:5a00:a1b2:c3d4:e5f6:1/temporary", "2a02:8070:d18f:5a00::10/finite"} << 6
        << "2a02:8070:d18f:5a00::10" << "";
    QTest::newRow("v6 privacy used when alone")
        << QStringList{"fe80::1", "2a02:8070:d18f:5a00:a1b2:c3d4:e5f6:1/temporary"} << 6
        << "2a02:8070:d18f:5a00:a1b2:c3d4:e5f6:1" << "";
    QTest::newRow("v6 finite used when alone") << QStringList{"2a02:8070:d18f:5a00::10/finite"} << 6 << "2a02:8070:d18f:5a00::10" << "";
    QTest::newRow("v6 two finite: first") << QStringList{"2a02:8070:d18f:5a00::10/finite", "2a02:8070:d18f:5a00::11/finite"} << 6
                                          << "2a02:8070:d18f:5a00::10" << "";
    // A finite-lifetime candidate must survive the entries listed after it (Linux lists IPv4 first).
    QTest::newRow("v4 dhcp lease then v6 entries")
        << QStringList{"81.2.69.160/finite", "2a02:8070:d18f:5a00::10/finite", "fe80::1"} << 4 << "81.2.69.160" << "";
    // Qt shows an address valid forever as permanent even when the kernel deprecated it (preferred_lft 0).
    QTest::newRow("v6 kernel-deprecated skipped for a preferred one")
        << QStringList{"2a02:8070:d18f:5a00::10/kdeprecated", "2a02:8070:d18f:5a00::11"} << 6 << "2a02:8070:d18f:5a00::11" << "";
    QTest::newRow("v6 only kernel-deprecated") << QStringList{"2a02:8070:d18f:5a00::10/kdeprecated"} << 6 << ""
                                               << "2a02:8070:d18f:5a00::10 is deprecated";
    QTest::newRow("v6 tentative skipped") << QStringList{"2a02:8070:d18f:5a00::10/tentative", "2a02:8070:d18f:5a00::11"} << 6
                                          << "2a02:8070:d18f:5a00::11" << "";
    QTest::newRow("v6 only tentative") << QStringList{"2a02:8070:d18f:5a00::10/tentative"} << 6 << "" << "is tentative";
    QTest::newRow("v6 dad failed skipped") << QStringList{"2a02:8070:d18f:5a00::10/dadfailed", "2a02:8070:d18f:5a00::11"}
                                           << 6 << "2a02:8070:d18f:5a00::11" << "";
    QTest::newRow("v6 deprecated privacy not used") << QStringList{"2a02:8070:d18f:5a00:a1b2:c3d4:e5f6:1/kdeprecated"} << 6
                                                    << "" << "is deprecated";
    QTest::newRow("v6 finite then link-local")
        << QStringList{"2a02:8070:d18f:5a00::10/finite", "fe80::1"} << 6 << "2a02:8070:d18f:5a00::10" << "";
}

void TstDetectors::pickInterfaceAddress()
{
    QFETCH(QStringList, addresses);
    QFETCH(int, family);
    QFETCH(QString, expected);
    QFETCH(QString, errorPart);

    // Rows with kernel kinds run with the kernel's flags, the others as on systems without them.
    const bool withKernel = std::any_of(addresses.cbegin(), addresses.cend(), [](const QString &spec) {
        return spec.endsWith("/temporary") || spec.endsWith("/kdeprecated") || spec.endsWith("/tentative")
            || spec.endsWith("/dadfailed");
    });
    const AddressResult result = Qddns::pickInterfaceAddress(entries(addresses), family == 4 ? Family::IPv4 : Family::IPv6,
                                                             withKernel ? kernelFlags(addresses) : KernelAddressFlags{});
    if (expected.isEmpty()) {
        QVERIFY2(!result, qPrintable(result ? result->toString() : QString()));
        QVERIFY2(result.error().contains(errorPart), qPrintable(result.error()));
    } else {
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->toString(), expected);
    }
}

void TstDetectors::interfaceDetector_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("missing") << "qddns-nope0" << 4 << "there is no interface named qddns-nope0";
    QTest::newRow("lo v4") << "lo" << 4 << "interface lo has no global address (127.0.0.1 is a loopback";
    QTest::newRow("lo v6") << "lo" << 6 << "interface lo has no";
}

void TstDetectors::interfaceDetector()
{
    QFETCH(QString, name);
    QFETCH(int, family);
    QFETCH(QString, errorPart);

    DetectorSpec spec;
    spec.type = DetectorSpec::Type::Interface;
    spec.interfaceName = name;
    const Run r = run(spec, family == 4 ? Family::IPv4 : Family::IPv6);
    QCOMPARE(r.calls, 1);
    QVERIFY(!r.answeredSynchronously);
    QVERIFY2(errorOf(r).contains(errorPart), qPrintable(errorOf(r) + addressOf(r)));
}

void TstDetectors::interfaceDetectorSkipsDeprecatedInNamespace_data()
{
    QTest::addColumn<bool>("deprecatedAddedLast");
    // The kernel lists the newest IPv6 address first: both orders, so one of them has the
    // deprecated address ahead of the preferred one.
    QTest::newRow("deprecated added first") << false;
    QTest::newRow("deprecated added last") << true;
}

// A real interface in a private network namespace: Qt calls the deprecated address (valid
// forever, preferred_lft 0) permanent; the kernel's flag must win.
void TstDetectors::interfaceDetectorSkipsDeprecatedInNamespace()
{
    QFETCH(bool, deprecatedAddedLast);
    if (!qEnvironmentVariableIsSet(Test::kNetnsChildVariable)) {
        if (const QString why = Test::namespaceUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QProcess child;
        Test::startInNamespace(child, QStringLiteral("interfaceDetectorSkipsDeprecatedInNamespace:")
                                          + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY2(child.waitForFinished(60000), "the namespace child did not finish within 60 s");
        const QString output = QString::fromLocal8Bit(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
        return;
    }
    QVERIFY2(Test::inFreshPrivateNamespace(), "refusing to change addresses: not in a fresh private network namespace");
    const QStringList setup{"link set lo up", "link add qddns0 type veth peer name qddns1", "link set qddns0 up",
                            "link set qddns1 up"};
    const QString deprecated = "-6 addr add 2a02:8070:d18f:5a00::10/64 dev qddns0 nodad preferred_lft 0";
    const QString preferred = "-6 addr add 2a02:8070:d18f:5a00::11/64 dev qddns0 nodad";
    QStringList commands = setup;
    commands << (deprecatedAddedLast ? preferred : deprecated) << (deprecatedAddedLast ? deprecated : preferred);
    for (const QString &command : std::as_const(commands)) {
        const QString error = Test::ip(command);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // What Qt says of the deprecated address: the reason the kernel's flags are read.
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName("qddns0");
    for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
        if (entry.ip() == QHostAddress("2a02:8070:d18f:5a00::10"))
            QVERIFY(entry.isPermanent());
    }
    QCOMPARE(ipv6AddressFlags("qddns0").value(QHostAddress("2a02:8070:d18f:5a00::10")) & KernelFlag::Deprecated,
             KernelFlag::Deprecated);

    DetectorSpec spec;
    spec.type = DetectorSpec::Type::Interface;
    spec.interfaceName = "qddns0";
    const Run r = run(spec, Family::IPv6);
    QCOMPARE(r.calls, 1);
    QVERIFY(r.result);
    QVERIFY2(*r.result, qPrintable(*r.result ? QString() : r.result->error()));
    QCOMPARE(r.result->value().toString(), QString("2a02:8070:d18f:5a00::11"));
}

void TstDetectors::commandDetector_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("v4 via sh") << QStringList{"sh", "-c", "echo 81.2.69.160"} << 4 << "81.2.69.160" << "";
    QTest::newRow("v4 plain echo") << QStringList{"echo", "81.2.69.161"} << 4 << "81.2.69.161" << "";
    QTest::newRow("v6") << QStringList{"echo", "2a02:8070:d18f:5a00::10"} << 6 << "2a02:8070:d18f:5a00::10" << "";
    QTest::newRow("stderr ignored on success") << QStringList{"sh", "-c", "echo noise >&2; echo 81.2.69.160"} << 4 << "81.2.69.160" << "";
    QTest::newRow("nonzero exit") << QStringList{"sh", "-c", "echo 81.2.69.160; exit 3"} << 4 << "" << "sh exited with code 3";
    QTest::newRow("nonzero exit shows stderr") << QStringList{"sh", "-c", "echo upnp failed >&2; exit 1"} << 4 << ""
                                               << "exited with code 1: upnp failed";
    QTest::newRow("crash") << QStringList{"sh", "-c", "kill -9 $$"} << 4 << "" << "exited with a crash";
    QTest::newRow("missing program") << QStringList{"/nonexistent/qddns-upnp"} << 4 << "" << "cannot start /nonexistent/qddns-upnp";
    QTest::newRow("two lines") << QStringList{"printf", "81.2.69.160\\n81.2.69.161\\n"} << 4 << "" << "more than one value";
    QTest::newRow("private") << QStringList{"echo", "192.168.1.20"} << 4 << "" << "192.168.1.20 is a private";
    QTest::newRow("html") << QStringList{"echo", "<html><body>81.2.69.160</body></html>"} << 4 << "" << "HTML";
    QTest::newRow("empty output") << QStringList{"true"} << 4 << "" << "empty";
    QTest::newRow("wrong family") << QStringList{"echo", "81.2.69.160"} << 6 << "" << "not an IPv6 address";
    // 010.020.030.040 would be 8.16.24.32 and 010.8.8.8 would be 8.8.8.8 to an octal-reading parser.
    QTest::newRow("zero-padded, not octal") << QStringList{"echo", "010.020.030.040"} << 4 << "" << "\"010.020.030.040\" is not an IP address in canonical form: the part \"010\" has a leading zero";
    QTest::newRow("one zero-padded part") << QStringList{"echo", "010.8.8.8"} << 4 << "" << "leading zero";
    QTest::newRow("hex part") << QStringList{"echo", "0x51.2.69.160"} << 4 << "" << "only decimal digits";
    QTest::newRow("sign") << QStringList{"echo", "+81.2.69.160"} << 4 << "" << "\"+81.2.69.160\" is not an IP address";
    QTest::newRow("form feed inside") << QStringList{"printf", "8.2.\\f6.6"} << 4 << "" << "\"8.2.?6.6\" is not an IP address";
    // stdin is /dev/null: a program that reads it ends instead of hanging.
    QTest::newRow("reads stdin") << QStringList{"cat"} << 4 << "" << "empty";
}

void TstDetectors::commandDetector()
{
    QFETCH(QStringList, argv);
    QFETCH(int, family);
    QFETCH(QString, expected);
    QFETCH(QString, errorPart);

    const Run r = run(commandSpec(argv, 5000ms), family == 4 ? Family::IPv4 : Family::IPv6);
    QCOMPARE(r.calls, 1);
    QVERIFY(!r.answeredSynchronously);
    if (expected.isEmpty()) {
        QVERIFY2(errorOf(r).contains(errorPart), qPrintable(errorOf(r) + addressOf(r)));
        QVERIFY2(r.elapsedMs < 4000, qPrintable(QString::number(r.elapsedMs))); // not by the timeout
    } else {
        QCOMPARE(addressOf(r), expected);
    }
}

void TstDetectors::commandTimeoutKillsTheProcess()
{
    const QString pidFile = m_tmp.filePath("sleeper.pid");
    const Run r = run(commandSpec({"sh", "-c", "echo $$ > " + pidFile + "; exec sleep 5"}, 300ms), Family::IPv4);
    QCOMPARE(r.calls, 1);
    QVERIFY2(errorOf(r).contains("sh did not finish within 0.3 s"), qPrintable(errorOf(r)));
    QVERIFY2(r.elapsedMs >= 250 && r.elapsedMs < 1000, qPrintable(QString::number(r.elapsedMs)));

    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pid = file.readAll().trimmed();
    QVERIFY(!pid.isEmpty());
    // Killed and reaped: no process (not even a zombie) is left behind.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists("/proc/" + QString::fromLatin1(pid)), 2000);
}

void TstDetectors::commandRunsWithoutShell_data()
{
    QTest::addColumn<QStringList>("argv");
    const QString marker = m_tmp.filePath("shell-ran");
    QTest::newRow("semicolon") << QStringList{"echo", "81.2.69.160;", "touch", marker};
    QTest::newRow("command substitution") << QStringList{"echo", "81.2.69.160$(touch " + marker + ")"};
    QTest::newRow("backticks") << QStringList{"echo", "81.2.69.160`touch " + marker + "`"};
    QTest::newRow("and") << QStringList{"echo", "81.2.69.160", "&&", "touch", marker};
}

void TstDetectors::commandRunsWithoutShell()
{
    QFETCH(QStringList, argv);
    const QString marker = m_tmp.filePath("shell-ran");
    QFile::remove(marker);

    const Run r = run(commandSpec(argv), Family::IPv4);
    QCOMPARE(r.calls, 1);
    QVERIFY2(!errorOf(r).isEmpty(), qPrintable(addressOf(r)));  // echo printed the metacharacters literally
    QVERIFY2(!QFile::exists(marker), "the arguments were interpreted by a shell");
}

void TstDetectors::webDetector_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<int>("requests");

    QTest::newRow("plain") << "/plain" << 4 << "81.2.69.160" << "" << 1;
    QTest::newRow("v6") << "/v6" << 6 << "2a02:8070:d18f:5a00::10" << "" << 1;
    QTest::newRow("html content type") << "/html-type" << 4 << "" << "HTML" << 1;
    QTest::newRow("html body") << "/html-body" << 4 << "" << "HTML" << 1;
    QTest::newRow("500") << "/500" << 4 << "" << "HTTP status 500" << 1;
    QTest::newRow("404") << "/404" << 4 << "" << "HTTP status 404" << 1;
    QTest::newRow("same-origin redirect followed") << "/redirect" << 4 << "81.2.69.160" << "" << 2;
    QTest::newRow("too long") << "/long" << 4 << "" << "100 bytes long" << 1;
    QTest::newRow("address padded with blanks") << "/padded" << 4 << "81.2.69.160" << "" << 1;
    QTest::newRow("two lines") << "/two" << 4 << "" << "more than one value" << 1;
    QTest::newRow("private") << "/private" << 4 << "" << "private" << 1;
    QTest::newRow("cgnat") << "/cgnat" << 4 << "" << "carrier-grade NAT" << 1;
    QTest::newRow("json") << "/json" << 4 << "" << "is not an IP address" << 1;
    QTest::newRow("empty") << "/empty" << 4 << "" << "empty" << 1;
    QTest::newRow("wrong family") << "/plain" << 6 << "" << "not an IPv6 address" << 1;
    QTest::newRow("zero-padded, not octal") << "/octal" << 4 << "" << "\"010.020.030.040\" is not an IP address in canonical form" << 1;
    QTest::newRow("hex part") << "/hex" << 4 << "" << "\"0x51.2.69.160\" is not an IP address" << 1;
    QTest::newRow("NUL then junk") << "/nul" << 4 << "" << "\"81.2.69.160?junk\" is not an IP address" << 1;
    QTest::newRow("sign") << "/sign" << 4 << "" << "\"+81.2.69.160\" is not an IP address" << 1;
}

void TstDetectors::webDetector()
{
    QFETCH(QString, path);
    QFETCH(int, family);
    QFETCH(QString, expected);
    QFETCH(QString, errorPart);
    QFETCH(int, requests);

    auto server = startEchoServer();
    QVERIFY(server);
    const Run r = run(webSpec(server->baseUrl(), path), family == 4 ? Family::IPv4 : Family::IPv6);
    QCOMPARE(r.calls, 1);
    if (expected.isEmpty())
        QVERIFY2(errorOf(r).contains(errorPart), qPrintable(errorOf(r) + addressOf(r)));
    else
        QCOMPARE(addressOf(r), expected);
    QCOMPARE(server->requests().size(), requests);
}

void TstDetectors::webDetectorSendsAcceptPlain()
{
    auto server = startEchoServer();
    QVERIFY(server);
    const Run r = run(webSpec(server->baseUrl(), "/plain"), Family::IPv4);
    QCOMPARE(addressOf(r), QString("81.2.69.160"));
    QCOMPARE(server->requests().size(), 1);
    QCOMPARE(server->requests().at(0).method, QByteArray("GET"));
    QCOMPARE(server->requests().at(0).header("Accept"), QByteArray("text/plain"));
    QVERIFY(server->requests().at(0).header("User-Agent").startsWith("qddns/"));
}

void TstDetectors::webDetectorCrossOriginRedirectRejected()
{
    auto server = startEchoServer();
    auto elsewhere = startEchoServer();
    QVERIFY(server && elsewhere);
    const QByteArray target = elsewhere->baseUrl().resolved(QUrl("/plain")).toEncoded();
    server->setReply({302, "", {{"Location", target}}});

    const Run r = run(webSpec(server->baseUrl(), "/"), Family::IPv4);
    QCOMPARE(r.calls, 1);
    QVERIFY2(!errorOf(r).isEmpty(), qPrintable(addressOf(r)));
    QCOMPARE(elsewhere->requests().size(), 0);
}

void TstDetectors::webDetectorUntrustedCertificate()
{
    FakeHttpServer server;
    server.useUntrustedCertificate();
    QVERIFY(server.listen());
    server.setReply({200, "81.2.69.160", {}});
    const Run r = run(webSpec(server.baseUrl(), "/"), Family::IPv4);
    QCOMPARE(r.calls, 1);
    QVERIFY2(errorOf(r).startsWith("127.0.0.1: "), qPrintable(errorOf(r) + addressOf(r)));
    QCOMPARE(server.requests().size(), 0);
}

void TstDetectors::webDetectorPlainHttp()
{
    FakeHttpServer server(FakeHttpServer::Mode::Http);
    QVERIFY(server.listen());
    server.setReply({200, "81.2.69.160", {}});
    DetectorSpec spec = webSpec(server.baseUrl(), "/ip");
    QCOMPARE(spec.url.scheme(), QString("http"));

    const Run refused = run(spec, Family::IPv4);
    QCOMPARE(refused.calls, 1);
    QVERIFY2(errorOf(refused).contains("refusing plain http://"), qPrintable(errorOf(refused) + addressOf(refused)));
    QCOMPARE(server.requests().size(), 0);

    spec.allowInsecureHttp = true;
    const Run allowed = run(spec, Family::IPv4);
    QCOMPARE(addressOf(allowed), QString("81.2.69.160"));
    QCOMPARE(server.requests().size(), 1);
}

void TstDetectors::familyFirstValidWins()
{
    auto server = startEchoServer();
    QVERIFY(server);
    FamilyDetection detection;
    detection.detectors = {webSpec(server->baseUrl(), "/a"), webSpec(server->baseUrl(), "/b")};
    const auto result = detectFamily(Family::IPv4, detection);
    QVERIFY2(result, "FamilyDetector::finished was not emitted exactly once");
    QVERIFY2(result->address, qPrintable(result->error));
    QCOMPARE(result->address->toString(), QString("81.2.69.160"));
    QCOMPARE(result->family, Family::IPv4);
    QCOMPARE(result->detector, webSpec(server->baseUrl(), "/a").describe());
    QCOMPARE(result->attempts.size(), 1);
    QVERIFY(result->error.isEmpty());
    // The second detector was never asked.
    QCOMPARE(server->requests().size(), 1);
    QCOMPARE(server->requests().at(0).path, QString("/a"));
}

void TstDetectors::familyFallsBackAfterBadDetector()
{
    auto server = startEchoServer();
    QVERIFY(server);
    FamilyDetection detection;
    detection.detectors = {webSpec(server->baseUrl(), "/html-body"), webSpec(server->baseUrl(), "/private"),
                           webSpec(server->baseUrl(), "/b"), webSpec(server->baseUrl(), "/a")};
    const auto result = detectFamily(Family::IPv4, detection);
    QVERIFY(result);
    QVERIFY2(result->address, qPrintable(result->error));
    QCOMPARE(result->address->toString(), QString("81.2.69.161"));
    QCOMPARE(result->detector, webSpec(server->baseUrl(), "/b").describe());
    QCOMPARE(result->attempts.size(), 3);
    QVERIFY2(result->attempts.at(0).error.contains("HTML"), qPrintable(result->attempts.at(0).error));
    QVERIFY(result->attempts.at(0).address.isEmpty());
    QVERIFY2(result->attempts.at(1).error.contains("private"), qPrintable(result->attempts.at(1).error));
    QCOMPARE(result->attempts.at(2).address, QString("81.2.69.161"));
    QVERIFY(result->attempts.at(2).error.isEmpty());
    QCOMPARE(server->requests().size(), 3);
}

void TstDetectors::familyAgreementOutvotesLiar()
{
    auto server = startEchoServer();
    QVERIFY(server);
    FamilyDetection detection;
    detection.agree = 2;
    detection.detectors = {webSpec(server->baseUrl(), "/liar"), webSpec(server->baseUrl(), "/a"),
                           webSpec(server->baseUrl(), "/500"), webSpec(server->baseUrl(), "/a2"),
                           webSpec(server->baseUrl(), "/b")};
    const auto result = detectFamily(Family::IPv4, detection);
    QVERIFY(result);
    QVERIFY2(result->address, qPrintable(result->error));
    QCOMPARE(result->address->toString(), QString("81.2.69.160"));
    QCOMPARE(result->detector, webSpec(server->baseUrl(), "/a").describe() + " + "
                                   + webSpec(server->baseUrl(), "/a2").describe());
    QCOMPARE(result->attempts.size(), 4);
    QCOMPARE(result->attempts.at(0).address, QString("81.2.69.161"));
    QCOMPARE(server->requests().size(), 4); // stops once two agree: /b is not asked
}

void TstDetectors::familyAgreementNeverReached()
{
    auto server = startEchoServer();
    QVERIFY(server);
    FamilyDetection detection;
    detection.agree = 2;
    detection.detectors = {webSpec(server->baseUrl(), "/a"), webSpec(server->baseUrl(), "/b"),
                           webSpec(server->baseUrl(), "/500")};
    const auto result = detectFamily(Family::IPv4, detection);
    QVERIFY(result);
    QVERIFY2(!result->address, qPrintable(result->address ? result->address->toString() : QString()));
    QVERIFY2(result->error.contains("fewer than 2 detectors agreed on one ipv4 address"), qPrintable(result->error));
    QVERIFY(result->detector.isEmpty());
    QCOMPARE(result->attempts.size(), 3);
    QCOMPARE(server->requests().size(), 3);
}

void TstDetectors::familyAllBad()
{
    auto server = startEchoServer();
    QVERIFY(server);
    FamilyDetection detection;
    detection.detectors = {webSpec(server->baseUrl(), "/private"), commandSpec({"echo", "10.1.2.3"})};
    const auto result = detectFamily(Family::IPv4, detection);
    QVERIFY(result);
    QVERIFY(!result->address);
    QVERIFY2(result->error.contains("no detector found a public ipv4 address"), qPrintable(result->error));
    QCOMPARE(result->attempts.size(), 2);
}

void TstDetectors::familyNoDetectors()
{
    const auto result = detectFamily(Family::IPv6, FamilyDetection{});
    QVERIFY(result);
    QVERIFY(!result->address);
    QCOMPARE(result->family, Family::IPv6);
    QVERIFY2(result->error.contains("no ipv6 detector is configured"), qPrintable(result->error));
    QVERIFY(result->attempts.isEmpty());
}

void TstDetectors::familyMixedKinds()
{
    auto server = startEchoServer();
    QVERIFY(server);
    DetectorSpec iface;
    iface.type = DetectorSpec::Type::Interface;
    iface.interfaceName = "lo";
    FamilyDetection detection;
    detection.agree = 2;
    detection.detectors = {iface, commandSpec({"echo", "81.2.69.160"}), webSpec(server->baseUrl(), "/a")};
    const auto result = detectFamily(Family::IPv4, detection);
    QVERIFY(result);
    QVERIFY2(result->address, qPrintable(result->error));
    QCOMPARE(result->address->toString(), QString("81.2.69.160"));
    QCOMPARE(result->detector, QString("command echo + ") + webSpec(server->baseUrl(), "/a").describe());
    QCOMPARE(result->attempts.at(0).detector, QString("interface lo"));
    QVERIFY(!result->attempts.at(0).error.isEmpty());
}

QTEST_GUILESS_MAIN(TstDetectors)
#include "tst_detectors.moc"
