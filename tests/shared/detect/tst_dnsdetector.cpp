// The `dns` detector against a loopback responder answering as OpenDNS (A/AAAA), Cloudflare (TXT
// in class CH) and Google (TXT) do: the exact question asked, one datagram each way, the answer
// through the same checks as every detector (private, loopback, non-canonical forms rejected),
// NXDOMAIN, garbage and silence rejected so that the next detector is used; its configuration;
// and what one detection costs.
#include "config/config.h"
#include "detect/detector.h"
#include "dns/rcode.h"
#include "fakes/dnsservers.h"
#include "providers/providerregistry.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace {

const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";

// How the responder answers a question: A/AAAA records, TXT strings, or an rcode alone.
struct Answer
{
    QStringList addresses;   ///< A or AAAA records
    QList<QByteArray> txt;   ///< one TXT record per entry
    quint8 rcode = Dns::NoError;
    bool silent = false;
};

QList<QByteArray> respond(const ReceivedDnsRequest &r, const Answer &a)
{
    if (a.silent || !r.decoded || r.message.questions.isEmpty())
        return {};
    Dns::Message reply = FakeDnsResponder::replyTo(r.message);
    reply.aa = true;
    reply.rcode = a.rcode;
    const Dns::Question q = r.message.questions.first();
    for (const QString &address : a.addresses) {
        const QHostAddress ip(address);
        reply.answers.append({q.name, ip.protocol() == QAbstractSocket::IPv6Protocol ? Dns::RRType::AAAA : Dns::RRType::A, q.rrClass, 0,
                              Dns::AddressRdata{ip}});
    }
    for (const QByteArray &text : a.txt)
        reply.answers.append({q.name, Dns::RRType::TXT, q.rrClass, 0, Dns::TxtRdata{{text}}});
    return {FakeDnsResponder::encode(reply)};
}

DetectorSpec dnsSpec(const QString &preset, const FakeDnsResponder &responder, std::chrono::milliseconds timeout = std::chrono::seconds(4))
{
    DetectorSpec spec;
    spec.type = DetectorSpec::Type::Dns;
    spec.dnsPreset = preset;
    const QString host = responder.address().toString();
    spec.dnsServer = (responder.address().protocol() == QAbstractSocket::IPv6Protocol ? "[" + host + "]" : host)
        + ':' + QString::number(responder.port());
    spec.timeout = timeout;
    return spec;
}

std::optional<AddressResult> detect(const DetectorSpec &spec, Family family, QObject *context)
{
    std::optional<AddressResult> result;
    int calls = 0;
    runDetector(spec, family, nullptr, context, [&](const AddressResult &r) {
        ++calls;
        result = r;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return std::nullopt;
    QTest::qWait(0);
    return calls == 1 ? result : std::nullopt;
}

QString questionText(const Dns::Question &q)
{
    return q.name.toText() + ' ' + Dns::className(q.rrClass) + ' ' + Dns::typeName(q.type);
}

} // namespace

Q_DECLARE_METATYPE(Answer)

class TstDnsDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presets_data();
    void presets();
    void rejected_data();
    void rejected();
    void nextDetectorUsed();
    void config_data();
    void config();
    void oneDetectionCost();
};

void TstDnsDetector::presets_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<QString>("question");
    QTest::addColumn<Answer>("answer");
    QTest::newRow("OpenDNS A") << "opendns" << false << "myip.opendns.com. IN A" << Answer{{kV4}, {}};
    QTest::newRow("OpenDNS AAAA") << "opendns" << true << "myip.opendns.com. IN AAAA" << Answer{{kV6}, {}};
    QTest::newRow("Cloudflare IPv4") << "cloudflare" << false << "whoami.cloudflare. CH TXT" << Answer{{}, {kV4.toLatin1()}};
    QTest::newRow("Cloudflare IPv6") << "cloudflare" << true << "whoami.cloudflare. CH TXT" << Answer{{}, {kV6.toLatin1()}};
    QTest::newRow("Google IPv4") << "google" << false << "o-o.myaddr.l.google.com. IN TXT" << Answer{{}, {kV4.toLatin1()}};
    // Through a resolver that sends a client subnet, Google adds it as a second TXT record.
    QTest::newRow("Google IPv4 with client subnet")
        << "google" << false << "o-o.myaddr.l.google.com. IN TXT" << Answer{{}, {kV4.toLatin1(), "edns0-client-subnet 81.2.69.0/24"}};
    QTest::newRow("Google IPv6") << "google" << true << "o-o.myaddr.l.google.com. IN TXT" << Answer{{}, {kV6.toLatin1()}};
}

void TstDnsDetector::presets()
{
    QFETCH(QString, preset);
    QFETCH(bool, ipv6);
    QFETCH(QString, question);
    QFETCH(Answer, answer);
    FakeDnsResponder responder;
    // The family of the question's transport is the family detected: IPv6 is asked over ::1.
    if (!responder.listen(ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost))
        QSKIP("cannot listen on this loopback address");
    responder.setHandler([answer](const ReceivedDnsRequest &r) { return respond(r, answer); });
    const auto result = detect(dnsSpec(preset, responder), ipv6 ? Family::IPv6 : Family::IPv4, this);
    QVERIFY2(result, "the detector did not answer exactly once");
    QVERIFY2(*result, *result ? "" : qPrintable(result->error()));
    QCOMPARE(result->value().toString(), ipv6 ? kV6 : kV4);
    // One query, the service's own question, no recursion asked of an echo service.
    QCOMPARE(responder.requests().size(), 1);
    const ReceivedDnsRequest &r = responder.requests().first();
    QVERIFY(r.decoded && !r.viaTcp);
    QCOMPARE(r.message.opcode, Dns::Opcode::Query);
    QCOMPARE(r.message.questions.size(), 1);
    QCOMPARE(questionText(r.message.questions.first()), question);
    QVERIFY(!r.message.rd);
}

void TstDnsDetector::rejected_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<QString>("error");
    QTest::newRow("private A") << "opendns" << Answer{{"192.168.1.10"}, {}} << "192.168.1.10 is a private address";
    QTest::newRow("CGNAT A") << "opendns" << Answer{{"100.64.1.2"}, {}} << "100.64.1.2";
    QTest::newRow("loopback TXT") << "cloudflare" << Answer{{}, {"127.0.0.1"}} << "127.0.0.1";
    QTest::newRow("documentation TXT") << "google" << Answer{{}, {"192.0.2.10"}} << "192.0.2.10";
    QTest::newRow("leading zero") << "google" << Answer{{}, {"081.2.69.160"}} << "081.2.69.160";
    QTest::newRow("garbage TXT") << "cloudflare" << Answer{{}, {"hello world"}} << "more than one value";
    QTest::newRow("HTML TXT") << "cloudflare" << Answer{{}, {"<html>81.2.69.160</html>"}} << "HTML";
    QTest::newRow("IPv6 for IPv4") << "google" << Answer{{}, {kV6.toLatin1()}} << "is not an IPv4 address";
    QTest::newRow("two addresses") << "opendns" << Answer{{kV4, "81.2.69.161"}, {}} << "answered 2 records";
    QTest::newRow("no record") << "opendns" << Answer{} << "answered no A record for myip.opendns.com.";
    QTest::newRow("NXDOMAIN") << "opendns" << Answer{{}, {}, Dns::NXDomain} << "answered NXDOMAIN";
    QTest::newRow("REFUSED") << "cloudflare" << Answer{{}, {}, Dns::Refused} << "answered REFUSED";
    QTest::newRow("silence") << "google" << Answer{{}, {}, 0, true} << "no answer from";
}

void TstDnsDetector::rejected()
{
    QFETCH(QString, preset);
    QFETCH(Answer, answer);
    QFETCH(QString, error);
    FakeDnsResponder responder;
    QVERIFY(responder.listen());
    responder.setHandler([answer](const ReceivedDnsRequest &r) { return respond(r, answer); });
    QElapsedTimer timer;
    timer.start();
    const auto result = detect(dnsSpec(preset, responder, std::chrono::seconds(1)), Family::IPv4, this);
    QVERIFY2(result, "the detector did not answer exactly once");
    QVERIFY2(!*result, *result ? qPrintable(result->value().toString()) : "");
    QVERIFY2(result->error().contains(error), qPrintable(result->error()));
    // Silence costs the detector's timeout (two attempts of half of it), not more.
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TstDnsDetector::nextDetectorUsed()
{
    FakeDnsResponder privateAnswer;
    FakeDnsResponder silent;
    FakeDnsResponder good;
    QVERIFY(privateAnswer.listen() && silent.listen() && good.listen());
    privateAnswer.setHandler([](const ReceivedDnsRequest &r) { return respond(r, Answer{{"10.1.2.3"}, {}}); });
    silent.setHandler([](const ReceivedDnsRequest &) { return QList<QByteArray>{}; });
    good.setHandler([](const ReceivedDnsRequest &r) { return respond(r, Answer{{}, {kV4.toLatin1()}}); });
    FamilyDetection detection;
    detection.detectors = {dnsSpec("opendns", privateAnswer), dnsSpec("google", silent, std::chrono::seconds(1)),
                           dnsSpec("cloudflare", good)};
    FamilyDetector detector(Family::IPv4, detection, nullptr);
    std::optional<DetectionResult> result;
    connect(&detector, &FamilyDetector::finished, this, [&result](const DetectionResult &r) { result = r; });
    detector.start();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->address, qPrintable(result->error));
    QCOMPARE(result->address->toString(), kV4);
    QCOMPARE(result->detector, "dns cloudflare at 127.0.0.1:" + QString::number(good.port()));
    QCOMPARE(result->attempts.size(), 3);
    QVERIFY2(result->attempts.at(0).error.contains("10.1.2.3 is a private address"), qPrintable(result->attempts.at(0).error));
    QVERIFY2(result->attempts.at(1).error.contains("no answer"), qPrintable(result->attempts.at(1).error));
}

void TstDnsDetector::config_data()
{
    QTest::addColumn<QJsonObject>("detector");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("described");
    QTest::newRow("preset") << QJsonObject{{"type", "dns"}, {"preset", "opendns"}} << "" << "dns opendns";
    QTest::newRow("server and port")
        << QJsonObject{{"type", "dns"}, {"preset", "cloudflare"}, {"server", "127.0.0.1:5353"}, {"timeout", "2s"}} << ""
        << "dns cloudflare at 127.0.0.1:5353";
    QTest::newRow("IPv6 server") << QJsonObject{{"type", "dns"}, {"preset", "google"}, {"server", "[::1]:5353"}} << ""
                                 << "dns google at [::1]:5353";
    QTest::newRow("no preset") << QJsonObject{{"type", "dns"}} << "detectors.ipv4[0].preset: is required" << "";
    QTest::newRow("unknown preset")
        << QJsonObject{{"type", "dns"}, {"preset", "quad9"}}
        << "detectors.ipv4[0].preset: \"quad9\" is not a DNS echo service; use \"opendns\", \"cloudflare\", \"google\"" << "";
    QTest::newRow("bad port") << QJsonObject{{"type", "dns"}, {"preset", "opendns"}, {"server", "127.0.0.1:70000"}}
                              << "detectors.ipv4[0].server: \"127.0.0.1:70000\" is not a DNS server" << "";
    QTest::newRow("IPv6 server with a bad port") << QJsonObject{{"type", "dns"}, {"preset", "google"}, {"server", "[::1]:70000"}}
                                                << "detectors.ipv4[0].server: \"[::1]:70000\" is not a DNS server" << "";
    QTest::newRow("port 0") << QJsonObject{{"type", "dns"}, {"preset", "google"}, {"server", "[::1]:0"}}
                            << "detectors.ipv4[0].server: \"[::1]:0\" is not a DNS server" << "";
    QTest::newRow("bare IPv6 server") << QJsonObject{{"type", "dns"}, {"preset", "opendns"}, {"server", "2620:119:53::53"}} << ""
                                      << "dns opendns at 2620:119:53::53";
    QTest::newRow("a URL") << QJsonObject{{"type", "dns"}, {"preset", "opendns"}, {"server", "https://1.1.1.1/"}}
                           << "detectors.ipv4[0].server: \"https://1.1.1.1/\" is not a DNS server" << "";
    QTest::newRow("web key") << QJsonObject{{"type", "dns"}, {"preset", "opendns"}, {"url", "https://x.example/"}}
                             << "detectors.ipv4[0].url" << "";
}

void TstDnsDetector::config()
{
    QFETCH(QJsonObject, detector);
    QFETCH(QString, error);
    QFETCH(QString, described);
    const QJsonObject doc{{"version", 1}, {"detectors", QJsonObject{{"ipv4", QJsonArray{detector}}}}};
    const ProviderRegistry registry;
    const auto config = parseConfig(QJsonDocument(doc).toJson(), registry);
    if (error.isEmpty()) {
        QVERIFY2(config, config ? "" : qPrintable(config.error().first().path + ": " + config.error().first().message));
        QCOMPARE(config->ipv4.detectors.size(), 1);
        QCOMPARE(config->ipv4.detectors.first().type, DetectorSpec::Type::Dns);
        QCOMPARE(config->ipv4.detectors.first().describe(), described);
        return;
    }
    QVERIFY(!config);
    const QString first = config.error().first().path + ": " + config.error().first().message;
    QVERIFY2(first.startsWith(error), qPrintable(first));
}

// What one detection costs on the wire and in time (loopback: the service's own latency comes on
// top). Printed for the README's advice on the interval.
void TstDnsDetector::oneDetectionCost()
{
    FakeDnsResponder responder;
    QVERIFY(responder.listen());
    qsizetype replyBytes = 0;
    responder.setHandler([&replyBytes](const ReceivedDnsRequest &r) {
        const QList<QByteArray> replies = respond(r, Answer{{kV4}, {}});
        replyBytes = replies.value(0).size();
        return replies;
    });
    // Back to back inside one event loop: the time is the detector's, not a test's polling.
    constexpr int kRuns = 200;
    int done = 0;
    int good = 0;
    QEventLoop loop;
    std::function<void()> next = [&] {
        runDetector(dnsSpec("opendns", responder), Family::IPv4, nullptr, this, [&](const AddressResult &r) {
            good += r ? 1 : 0;
            if (++done == kRuns)
                loop.quit();
            else
                next();
        });
    };
    QElapsedTimer timer;
    timer.start();
    next();
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const double perDetectionMs = double(timer.nsecsElapsed()) / 1e6 / kRuns;
    QCOMPARE(good, kRuns);
    QCOMPARE(responder.requests().size(), kRuns); // no retries, no TCP
    const qsizetype requestBytes = responder.requests().first().wire.size();
    // One datagram each way, far below the 512 bytes any DNS path carries.
    QVERIFY(requestBytes < 512 && replyBytes < 512 && replyBytes > 0);
    qInfo("one DNS detection: %lld bytes asked, %lld bytes answered (DNS payload), %.2f ms on loopback",
          qlonglong(requestBytes), qlonglong(replyBytes), perDetectionMs);
}

QTEST_GUILESS_MAIN(TstDnsDetector)
#include "tst_dnsdetector.moc"
