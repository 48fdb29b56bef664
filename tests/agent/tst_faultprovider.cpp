// Issue 16, faults: a provider that misbehaves on the wire, against the real qddns-agent (`once`).
// Each fault must end in a failed result with a clear message, no address recorded as published,
// and a retry that waits its backoff: the agent runs again with its wall clock moved (libfaketime)
// to just before and just after the recorded retry time, and the fake counts what arrives.
#include "fakes/faultagent.h"
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakes/process.h"
#include "fakes/testca.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qddns::Test;

Q_DECLARE_METATYPE(Qddns::Test::FakeReply)

namespace {
constexpr qint64 kBackoff = 60;                // first failure: 60 s, plus up to 20 % spread per record
constexpr qint64 kMaxRetryDelay = 6 * 3600;    // the cap of every wait (core/http.h)
constexpr int kTimeoutSeconds = 2;             // the config's HTTP timeout in these tests
} // namespace

class TstFaultProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void faultIsRetriedWithBackoff_data();
    void faultIsRetriedWithBackoff();
    void unresolvableServerName();

private:
    QJsonObject config(const QString &server, const QJsonArray &ipv4) const;
    ProcessRun once(qint64 clockOffset = 0, const QStringList &wrapper = {}) const;
    int updates() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    QString m_caFile;
};

void TstFaultProvider::initTestCase()
{
    if (fakeTimeLibrary().isEmpty())
        QSKIP("libfaketime is not installed (Debian package faketime)");
}

void TstFaultProvider::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(writeSecretFile(m_dir->filePath("secret"), "fault-s3cret"));
    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));
    m_caFile = FakeHttpServer::caFile();
}

void TstFaultProvider::cleanup()
{
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

QJsonObject TstFaultProvider::config(const QString &server, const QJsonArray &ipv4) const
{
    const QJsonObject profile{{"name", "home"}, {"provider", "dyndns2"}, {"server", server},
                              {"hosts", QJsonArray{"home.example.org"}}, {"username", "alice"},
                              {"secret", QJsonObject{{"source", "file"}, {"path", m_dir->filePath("secret")}}}};
    return {{"version", 1},
            {"timeout", kTimeoutSeconds},
            {"tls", QJsonObject{{"caFile", m_caFile}}},
            {"detectors", QJsonObject{{"ipv4", ipv4}, {"ipv6", QJsonArray{}}}},
            {"profiles", QJsonArray{profile}}};
}

ProcessRun TstFaultProvider::once(qint64 clockOffset, const QStringList &wrapper) const
{
    const QStringList args{"once", "--json", "--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state")};
    const QProcessEnvironment env = clockOffset ? shiftedClock(clockOffset) : QProcessEnvironment::systemEnvironment();
    if (wrapper.isEmpty())
        return runAgent(args, env);
    return runProgram(wrapper.first(), wrapper.mid(1) + QStringList{QStringLiteral(QDDNS_AGENT_BINARY)} + args, env);
}

int TstFaultProvider::updates() const
{
    int n = 0;
    for (const RecordedRequest &r : m_provider->requests())
        n += r.path == QLatin1String("/nic/update") ? 1 : 0;
    return n;
}

void TstFaultProvider::faultIsRetriedWithBackoff_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<FakeReply>("reply");
    QTest::addColumn<qint64>("minWait");   // the shortest wait the first failure may record
    QTest::addColumn<qint64>("maxWait");
    QTest::addColumn<QString>("message");  // what the result says
    QTest::addColumn<int>("sends");        // requests the fake sees per attempt of the agent

    const qint64 spread = kBackoff * 6 / 5;
    FakeReply hang;
    hang.fault = FakeReply::Fault::Hang;
    FakeReply reset;
    reset.fault = FakeReply::Fault::Reset;
    FakeReply truncated{200, "good 81.2.69.160\n"};
    truncated.fault = FakeReply::Fault::Truncate;
    QTest::newRow("hang") << "http" << hang << kBackoff << spread << "could not reach the provider" << 1;
    // Qt's HTTP layer itself sends a request again when its connection dies before any answer,
    // three times: four at once per attempt, then the agent's backoff as for any other failure.
    QTest::newRow("reset") << "http" << reset << kBackoff << spread << "could not reach the provider" << 4;
    QTest::newRow("truncated body") << "http" << truncated << kBackoff << spread << "ended early" << 1;
    QTest::newRow("500") << "http" << FakeReply{500, "oops"} << kBackoff << spread << "HTTP 500" << 1;
    QTest::newRow("503") << "http" << FakeReply{503, "busy"} << kBackoff << spread << "HTTP 503" << 1;
    QTest::newRow("429 Retry-After 600") << "http" << FakeReply{429, "slow down", {{"Retry-After", "600"}}}
                                         << qint64(600) << qint64(600) << "HTTP 429" << 1;
    QTest::newRow("429 Retry-After 10^9") << "http" << FakeReply{429, "slow down", {{"Retry-After", "1000000000"}}}
                                          << kMaxRetryDelay << kMaxRetryDelay << "HTTP 429" << 1;
    QTest::newRow("429 Retry-After 10^30") << "http"
                                           << FakeReply{429, "slow down", {{"Retry-After", "1000000000000000000000000000000"}}}
                                           << kMaxRetryDelay << kMaxRetryDelay << "HTTP 429" << 1;
    QTest::newRow("untrusted certificate") << "untrusted" << FakeReply{} << kBackoff << spread << "could not reach the provider" << 1;
    QTest::newRow("expired certificate") << "expired" << FakeReply{} << kBackoff << spread << "could not reach the provider" << 1;
}

void TstFaultProvider::faultIsRetriedWithBackoff()
{
    QFETCH(QString, kind);
    QFETCH(FakeReply, reply);
    QFETCH(qint64, minWait);
    QFETCH(qint64, maxWait);
    QFETCH(QString, message);
    QFETCH(int, sends);

    if (kind == QLatin1String("untrusted")) {
        m_provider->useUntrustedCertificate();
    } else if (kind == QLatin1String("expired")) {
        // A CA of the test's own, trusted through tls.caFile: first a valid certificate it signed
        // is accepted, so that only the expiry of the second one can make it fail.
        const QString made = makeTestCa(m_dir->path());
        if (!made.isEmpty())
            QSKIP(qPrintable(made));
        m_caFile = m_dir->filePath("ca.pem");
        QVERIFY(m_provider->useCertificate(m_dir->filePath("valid.pem"), m_dir->filePath("valid.key")));
        QFile file(m_dir->filePath("config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config(m_provider->baseUrl().toString(),
                                        {QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString()}}})).toJson());
        file.close();
        // The echo service keeps the shared test CA's certificate: only the provider uses the new CA.
        QVERIFY(m_echo->useCertificate(m_dir->filePath("valid.pem"), m_dir->filePath("valid.key")));
        const ProcessRun valid = once();
        QVERIFY2(valid.exitCode == 0, valid.out + valid.err);
        QCOMPARE(updates(), 1);
        // A new address, so that an update is due, and the expired certificate from now on.
        m_echo->setReply({200, "81.2.69.161\n"});
        m_provider->clearRequests();
        QVERIFY(m_provider->useCertificate(m_dir->filePath("expired.pem"), m_dir->filePath("expired.key")));
    } else {
        m_provider->setReply(reply);
    }
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config(m_provider->baseUrl().toString(),
                                    {QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString()}}})).toJson());
    file.close();
    const bool tls = kind != QLatin1String("http");
    const int connectionsBefore = m_provider->acceptedConnections();
    const auto attempts = [&] { return tls ? m_provider->acceptedConnections() - connectionsBefore : updates(); };

    QElapsedTimer elapsed;
    elapsed.start();
    const ProcessRun first = once();
    // Bounded: a hanging provider costs the configured timeout, not the run's 30 s guard.
    QVERIFY2(elapsed.elapsed() < (kTimeoutSeconds + 8) * 1000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(first.exitCode, 1);
    QCOMPARE(attempts(), sends);
    QCOMPARE(updates(), tls ? 0 : sends);
    const QJsonObject result = first.results().at(0).toObject();
    QCOMPARE(result.value("result").toString(), QStringLiteral("failed"));
    QVERIFY2(result.value("message").toString().contains(message), qPrintable(result.value("message").toString()));

    QList<QJsonObject> records = stateRecords(m_dir->filePath("state"));
    QCOMPARE(records.size(), 1);
    // Nothing was confirmed, so nothing new is recorded as published.
    const QString published = records.at(0).value("address").toString();
    QVERIFY2(published.isEmpty() || published == QLatin1String("81.2.69.160"), qPrintable(published));
    QCOMPARE(records.at(0).value("failures").toInt(), 1);
    const qint64 wait = backoffSeconds(records.at(0));
    QVERIFY2(wait >= minWait && wait <= maxWait, qPrintable(QString::number(wait)));

    // Just before the retry time: the agent sends nothing and says it waits.
    const ProcessRun early = once(wait - 5);
    QCOMPARE(early.exitCode, 1);
    QCOMPARE(attempts(), sends);
    QVERIFY2(early.results().at(0).toObject().value("message").toString().contains("waiting until"), early.out);

    // Just after it: one more attempt, and the wait grows (or stays at what the provider asked).
    const ProcessRun late = once(wait + 5);
    QCOMPARE(late.exitCode, 1);
    QCOMPARE(attempts(), 2 * sends);
    records = stateRecords(m_dir->filePath("state"));
    QCOMPARE(records.at(0).value("failures").toInt(), 2);
    const qint64 second = backoffSeconds(records.at(0));
    QVERIFY2(second >= std::max<qint64>(2 * kBackoff, minWait) && second <= std::max<qint64>(2 * kBackoff * 6 / 5, maxWait),
             qPrintable(QString::number(second)));
}

// A provider whose name does not resolve: the agent runs in a network namespace of its own (no
// name server reachable, so nothing leaves the machine), with a command detector.
void TstFaultProvider::unresolvableServerName()
{
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        QSKIP("needs root and unshare for a private network namespace");
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config(QStringLiteral("https://host.invalid"),
                                    {QJsonObject{{"type", "command"}, {"argv", QJsonArray{"echo", "81.2.69.160"}}}})).toJson());
    file.close();
    QElapsedTimer elapsed;
    elapsed.start();
    const ProcessRun run = once(0, {QStringLiteral("unshare"), QStringLiteral("-n"), QStringLiteral("--")});
    QVERIFY2(elapsed.elapsed() < (kTimeoutSeconds + 8) * 1000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = run.results().at(0).toObject();
    QCOMPARE(result.value("result").toString(), QStringLiteral("failed"));
    QVERIFY2(result.value("message").toString().contains("host.invalid"), qPrintable(result.value("message").toString()));
    const QList<QJsonObject> records = stateRecords(m_dir->filePath("state"));
    QCOMPARE(records.size(), 1);
    QVERIFY(records.at(0).value("address").toString().isEmpty());
    const qint64 wait = backoffSeconds(records.at(0));
    QVERIFY2(wait >= kBackoff && wait <= kBackoff * 6 / 5, qPrintable(QString::number(wait)));
}

QTEST_GUILESS_MAIN(TstFaultProvider)
#include "tst_faultprovider.moc"
