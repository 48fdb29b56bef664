// Issue 16, faults: IP echo services that flap, disagree, time out, answer garbage or write an
// address in a form other than the canonical one, against the real qddns-agent (`once`). The
// provider counts updates: a wrong address is never published, a bad answer publishes nothing.
#include "fakes/fakehttpserver.h"
#include "fakes/faultagent.h"
#include "fakes/fixtures.h"
#include "fakes/process.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns::Test;

namespace {
constexpr int kTimeoutSeconds = 1; // the config's HTTP timeout in these tests
const QString kA = QStringLiteral("81.2.69.160");
const QString kB = QStringLiteral("81.2.69.161");
} // namespace

class TstFaultEcho : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void flappingEchoIsReadOncePerCycle();
    void disagreeingEchoesPublishNothing();
    void hangingEchoFallsBackWithinTheTimeout();
    void allEchoesHangingPublishesNothing();
    void badAnswerIsNeverPublished_data();
    void badAnswerIsNeverPublished();

private:
    QString echoUrl(const QString &path) const { return m_echo->baseUrl().toString() + path; }
    void writeConfig(const QJsonArray &ipv4, int agree = 1, const QJsonArray &ipv6 = {}, int profiles = 1);
    ProcessRun once() const;
    QList<RecordedRequest> updates() const;
    int echoRequests(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_echo6; // the IPv6 detectors ask over IPv6
    std::unique_ptr<FakeHttpServer> m_provider;
    QByteArray m_bad;       // what /bad answers
    QStringList m_flap;     // what /flap answers, one after the other
    int m_flapIndex = 0;
};

void TstFaultEcho::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(writeSecretFile(m_dir->filePath("secret"), "echo-s3cret"));
    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));
    m_flapIndex = 0;
    const auto handler = [this](const RecordedRequest &r) {
        if (r.path == QLatin1String("/a"))
            return FakeReply{200, kA.toLatin1() + '\n'};
        if (r.path == QLatin1String("/b"))
            return FakeReply{200, kB.toLatin1() + '\n'};
        if (r.path == QLatin1String("/flap"))
            return FakeReply{200, m_flap.at(m_flapIndex++ % m_flap.size()).toLatin1() + '\n'};
        if (r.path == QLatin1String("/bad"))
            return FakeReply{200, m_bad};
        if (r.path == QLatin1String("/hang")) {
            FakeReply hang;
            hang.fault = FakeReply::Fault::Hang;
            return hang;
        }
        return FakeReply{404, "not found"};
    };
    m_echo->setHandler(handler);
    m_echo6 = std::make_unique<FakeHttpServer>();
    if (m_echo6->listen(QHostAddress::LocalHostIPv6))
        m_echo6->setHandler(handler);
    else
        m_echo6.reset();
}

void TstFaultEcho::cleanup()
{
    m_provider.reset();
    m_echo6.reset();
    m_echo.reset();
    m_dir.reset();
}

void TstFaultEcho::writeConfig(const QJsonArray &ipv4, int agree, const QJsonArray &ipv6, int profiles)
{
    QJsonArray list;
    for (int i = 0; i < profiles; ++i)
        list.append(QJsonObject{{"name", QStringLiteral("p%1").arg(i)}, {"provider", "dyndns2"},
                                {"server", m_provider->baseUrl().toString()},
                                {"hosts", QJsonArray{QStringLiteral("h%1.example.org").arg(i)}}, {"username", "alice"},
                                {"ipv4", !ipv4.isEmpty()}, {"ipv6", !ipv6.isEmpty()},
                                {"secret", QJsonObject{{"source", "file"}, {"path", m_dir->filePath("secret")}}}});
    QJsonObject detectors{{"ipv4", ipv4}, {"ipv6", ipv6}};
    if (agree > 1)
        detectors.insert("agree", QJsonObject{{"ipv4", agree}});
    const QJsonObject config{{"version", 1}, {"timeout", kTimeoutSeconds},
                             {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
                             {"detectors", detectors}, {"profiles", list}};
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(config).toJson());
}

ProcessRun TstFaultEcho::once() const
{
    return runAgent({"once", "--json", "--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state")});
}

QList<RecordedRequest> TstFaultEcho::updates() const
{
    QList<RecordedRequest> list;
    for (const RecordedRequest &r : m_provider->requests()) {
        if (r.path == QLatin1String("/nic/update"))
            list.append(r);
    }
    return list;
}

int TstFaultEcho::echoRequests(const QString &path) const
{
    int n = 0;
    for (const RecordedRequest &r : m_echo->requests())
        n += r.path == path ? 1 : 0;
    return n;
}

// A -> B -> A: each cycle asks each detector once, so all records of the cycle get one address;
// with agreement required, the minority answer is not published.
void TstFaultEcho::flappingEchoIsReadOncePerCycle()
{
    m_flap = {kA, kB, kA};
    writeConfig({QJsonObject{{"type", "web"}, {"url", echoUrl("/flap")}}}, 1, {}, 5);
    ProcessRun run = once();
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(echoRequests("/flap"), 1);
    QCOMPARE(updates().size(), 5);
    for (const RecordedRequest &r : updates())
        QCOMPARE(r.queryValue("myip"), kA);

    // Three reads of the flapping service, two of which must agree: A wins, B is never sent.
    m_echo->clearRequests();
    m_provider->clearRequests();
    m_flapIndex = 0;
    m_flap = {kB, kA, kA};
    writeConfig({QJsonObject{{"type", "web"}, {"url", echoUrl("/flap")}},
                 QJsonObject{{"type", "web"}, {"url", echoUrl("/flap")}},
                 QJsonObject{{"type", "web"}, {"url", echoUrl("/flap")}}},
                2, {}, 5);
    run = once();
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(echoRequests("/flap"), 3);
    QCOMPARE(updates().size(), 0); // A is what the records already hold
    for (const QJsonValue &v : run.results())
        QCOMPARE(v.toObject().value("result").toString(), QStringLiteral("unchanged"));
}

void TstFaultEcho::disagreeingEchoesPublishNothing()
{
    writeConfig({QJsonObject{{"type", "web"}, {"url", echoUrl("/a")}}, QJsonObject{{"type", "web"}, {"url", echoUrl("/b")}}}, 2);
    const ProcessRun run = once();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(updates().size(), 0);
    QCOMPARE(echoRequests("/a"), 1);
    QCOMPARE(echoRequests("/b"), 1);
    const QJsonObject result = run.results().at(0).toObject();
    QCOMPARE(result.value("result").toString(), QStringLiteral("failed"));
    QVERIFY2(result.value("message").toString().contains("agreed"), qPrintable(result.value("message").toString()));
}

void TstFaultEcho::hangingEchoFallsBackWithinTheTimeout()
{
    writeConfig({QJsonObject{{"type", "web"}, {"url", echoUrl("/hang")}}, QJsonObject{{"type", "web"}, {"url", echoUrl("/a")}}});
    QElapsedTimer elapsed;
    elapsed.start();
    const ProcessRun run = once();
    QVERIFY2(elapsed.elapsed() < (kTimeoutSeconds + 8) * 1000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(echoRequests("/hang"), 1);
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue("myip"), kA);
}

void TstFaultEcho::allEchoesHangingPublishesNothing()
{
    writeConfig({QJsonObject{{"type", "web"}, {"url", echoUrl("/hang")}}, QJsonObject{{"type", "web"}, {"url", echoUrl("/hang")}}});
    QElapsedTimer elapsed;
    elapsed.start();
    const ProcessRun run = once();
    QVERIFY2(elapsed.elapsed() < (2 * kTimeoutSeconds + 8) * 1000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(echoRequests("/hang"), 2);
    QCOMPARE(updates().size(), 0);
    const QJsonObject result = run.results().at(0).toObject();
    QCOMPARE(result.value("result").toString(), QStringLiteral("failed"));
    QVERIFY2(result.value("message").toString().contains("no detector found"), qPrintable(result.value("message").toString()));
}

void TstFaultEcho::badAnswerIsNeverPublished_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("leading zero (octal to inet_aton)") << QByteArray("081.2.69.160\n") << false;
    QTest::newRow("octal part") << QByteArray("0121.2.69.160\n") << false;
    QTest::newRow("hex part") << QByteArray("0x51.2.69.160\n") << false;
    QTest::newRow("one number") << QByteArray("1358972320\n") << false;
    QTest::newRow("three parts") << QByteArray("81.2.17824\n") << false;
    QTest::newRow("trailing dot") << QByteArray("81.2.69.160.\n") << false;
    QTest::newRow("v4-mapped as IPv4") << QByteArray("::ffff:81.2.69.160\n") << false;
    QTest::newRow("v4-mapped as IPv6") << QByteArray("::ffff:81.2.69.160\n") << true;
    QTest::newRow("v4-compatible as IPv6") << QByteArray("::81.2.69.160\n") << true;
    QTest::newRow("IPv6 with zone") << QByteArray("2a02:8070:d18f:5a00::10%eth0\n") << true;
    QTest::newRow("binary") << QByteArray("\x00\xff\x81\x02\x45\xa0\r\n\x00", 9) << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("address and garbage") << QByteArray("81.2.69.160garbage\n") << false;
    QTest::newRow("two addresses") << QByteArray("81.2.69.160 81.2.69.161\n") << false;
    QTest::newRow("huge") << QByteArray(4 * 1024 * 1024, '8') << false;
}

void TstFaultEcho::badAnswerIsNeverPublished()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ipv6);
    m_bad = body;
    if (ipv6 && !m_echo6)
        QSKIP("no IPv6 loopback");
    if (ipv6)
        writeConfig({}, 1, {QJsonObject{{"type", "web"}, {"url", m_echo6->baseUrl().toString() + "/bad"}}});
    else
        writeConfig({QJsonObject{{"type", "web"}, {"url", echoUrl("/bad")}}});
    const ProcessRun run = once();
    QCOMPARE(echoRequests("/bad") + (m_echo6 ? int(m_echo6->requests().size()) : 0), 1);
    QCOMPARE(updates().size(), 0);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = run.results().at(0).toObject();
    QCOMPARE(result.value("result").toString(), QStringLiteral("failed"));
    for (const QJsonObject &record : stateRecords(m_dir->filePath("state")))
        QVERIFY2(record.value("address").toString().isEmpty(), qPrintable(record.value("address").toString()));
}

QTEST_GUILESS_MAIN(TstFaultEcho)
#include "tst_faultecho.moc"
