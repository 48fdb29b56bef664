// Webhooks against loopback HTTPS receivers (the test CA trusted through tls.caFile): retries
// with growing gaps, Retry-After honoured and capped, attempts bounded, verification on, a
// receiver that never answers in nobody's way, a token in the URL masked in every log line.
#include "agent/fakeclock.h"
#include "agent/fakesecretstore.h"
#include "engine/engine.h"
#include "fakes/fakehttpserver.h"
#include "hooks/hookrunner.h"
#include "net/httpclient.h"
#include "providers/providerregistry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

namespace {

QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category) + QStringLiteral(": ") + message);
}

const QString kBotToken = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");

} // namespace

class TstHooksWebhook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void retriesWithGrowingGaps();
    void retryAfterIsHonouredAndCapped();
    void attemptsAreBounded();
    void verificationIsOn();
    void silentReceiverDoesNotDelayUpdates();
    void tokenInTheUrlIsMaskedInLogs();

private:
    Config config(const QJsonArray &hooks, int timeout = 10);
    // Starts a runner on \a config, tells it the agent started, and waits for its runs.
    QList<HookRunResult> runAgentStarted(const Config &config, int runs, const HookRunner::Limits &limits = {});

    ProviderRegistry m_registry;
    FakeClock m_clock;
    FakeSecretStore m_secrets;
    std::unique_ptr<FakeHttpServer> m_receiver;
    QElapsedTimer m_since;
    QList<qint64> m_arrivals; // ms since m_since, per request
};

void TstHooksWebhook::init()
{
    qRegisterMetaType<HookRunResult>();
    m_receiver = std::make_unique<FakeHttpServer>(FakeHttpServer::Mode::Https);
    QVERIFY(m_receiver->listen());
    m_arrivals.clear();
    m_since.start();
}

Config TstHooksWebhook::config(const QJsonArray &hooks, int timeout)
{
    const QJsonObject root{{"version", 1}, {"timeout", timeout}, {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}}, {"hooks", hooks}};
    auto parsed = parseConfig(QJsonDocument(root).toJson(), m_registry);
    if (!parsed) {
        for (const ConfigError &e : parsed.error())
            qWarning().noquote() << e.toString();
        return {};
    }
    return *parsed;
}

QList<HookRunResult> TstHooksWebhook::runAgentStarted(const Config &config, int runs, const HookRunner::Limits &limits)
{
    HookRunner runner({&m_secrets, &m_clock, nullptr});
    runner.setLimits(limits);
    runner.setConfig(config);
    QSignalSpy finished(&runner, &HookRunner::runFinished);
    runner.agentStarted();
    if (!QTest::qWaitFor([&finished, runs] { return finished.size() >= runs; }, 30000))
        return {};
    QList<HookRunResult> results;
    for (const QList<QVariant> &run : std::as_const(finished))
        results.append(run.at(2).value<HookRunResult>());
    return results;
}

void TstHooksWebhook::retriesWithGrowingGaps()
{
    int answered = 0;
    m_receiver->setHandler([this, &answered](const RecordedRequest &) {
        m_arrivals.append(m_since.elapsed());
        return ++answered <= 2 ? FakeReply{500, "try later"} : FakeReply{200, "ok"};
    });
    const QString url = m_receiver->baseUrl().toString() + "/hook";
    const auto results = runAgentStarted(config({QJsonObject{{"name", "hook"}, {"type", "webhook"}, {"url", url},
                                                             {"events", QJsonArray{"agentStarted"}}}}), 1);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, HookRunResult::Outcome::Ok);
    QCOMPARE(results.first().attempts, 3);
    QCOMPARE(m_receiver->requests().size(), 3);
    const qint64 first = m_arrivals.at(1) - m_arrivals.at(0);
    const qint64 second = m_arrivals.at(2) - m_arrivals.at(1);
    // 1 s, then 2 s (the bounds only prove the gap grows; the machine may be slow).
    QVERIFY2(first >= 1000 && second >= 2000 && second > first, qPrintable(QStringLiteral("%1 ms, %2 ms").arg(first).arg(second)));
}

void TstHooksWebhook::retryAfterIsHonouredAndCapped()
{
    int answered = 0;
    m_receiver->setHandler([this, &answered](const RecordedRequest &) {
        m_arrivals.append(m_since.elapsed());
        switch (++answered) {
        case 1: return FakeReply{429, "slow down", {{"Retry-After", "3"}}};
        case 2: return FakeReply{503, "maintenance", {{"Retry-After", "86400"}}}; // a day: capped
        default: return FakeReply{200, "ok"};
        }
    });
    HookRunner::Limits limits;
    limits.retry.maxRetryAfter = 2s;
    limits.retry.firstDelay = 100ms;
    const QString url = m_receiver->baseUrl().toString() + "/hook";
    const auto results = runAgentStarted(config({QJsonObject{{"name", "hook"}, {"type", "webhook"}, {"url", url},
                                                             {"events", QJsonArray{"agentStarted"}}}}), 1, limits);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, HookRunResult::Outcome::Ok);
    QCOMPARE(m_arrivals.size(), 3);
    const qint64 asked = m_arrivals.at(1) - m_arrivals.at(0);
    const qint64 capped = m_arrivals.at(2) - m_arrivals.at(1);
    // Retry-After 3 s asked (more than the cap 2 s, far more than the 100 ms backoff): the cap.
    // Retry-After of a day: the same cap.
    QVERIFY2(asked >= 2000 && asked < 2900, qPrintable(QString::number(asked)));
    QVERIFY2(capped >= 2000 && capped < 10000, qPrintable(QString::number(capped)));

    // Below the cap, Retry-After is what it asks.
    m_arrivals.clear();
    answered = 0;
    m_receiver->setHandler([this, &answered](const RecordedRequest &) {
        m_arrivals.append(m_since.elapsed());
        return ++answered == 1 ? FakeReply{429, "slow down", {{"Retry-After", "1"}}} : FakeReply{200, "ok"};
    });
    limits.retry.maxRetryAfter = 60s;
    QCOMPARE(runAgentStarted(config({QJsonObject{{"name", "hook"}, {"type", "webhook"}, {"url", url},
                                                 {"events", QJsonArray{"agentStarted"}}}}), 1, limits).first().attempts, 2);
    const qint64 gap = m_arrivals.at(1) - m_arrivals.at(0);
    QVERIFY2(gap >= 1000 && gap < 5000, qPrintable(QString::number(gap)));
}

void TstHooksWebhook::attemptsAreBounded()
{
    m_receiver->setHandler([](const RecordedRequest &r) {
        return r.path == "/gone" ? FakeReply{404, "no such hook"} : FakeReply{500, "broken"};
    });
    HookRunner::Limits limits;
    limits.retry.maxAttempts = 3;
    limits.retry.firstDelay = 50ms;
    const QString base = m_receiver->baseUrl().toString();
    auto results = runAgentStarted(config({QJsonObject{{"name", "broken"}, {"type", "webhook"}, {"url", base + "/broken"},
                                                       {"events", QJsonArray{"agentStarted"}}},
                                           QJsonObject{{"name", "gone"}, {"type", "webhook"}, {"url", base + "/gone"},
                                                       {"events", QJsonArray{"agentStarted"}}}}), 2, limits);
    QCOMPARE(results.size(), 2);
    std::sort(results.begin(), results.end(), [](const HookRunResult &a, const HookRunResult &b) { return a.attempts < b.attempts; });
    // A 404 does not get better by asking again; a 500 is asked three times, then given up.
    QCOMPARE(results.at(0).attempts, 1);
    QCOMPARE(results.at(0).message, "HTTP 404 from 127.0.0.1: no such hook");
    QCOMPARE(results.at(1).attempts, 3);
    QCOMPARE(results.at(1).outcome, HookRunResult::Outcome::Failed);
    QCOMPARE(results.at(1).message, "HTTP 500 from 127.0.0.1: broken (3 attempts)");
    QCOMPARE(m_receiver->requests().size(), 4);
}

void TstHooksWebhook::verificationIsOn()
{
    m_receiver->useUntrustedCertificate();
    m_receiver->setReply({200, "ok"});
    HookRunner::Limits limits;
    limits.retry.maxAttempts = 1;
    const auto results = runAgentStarted(config({QJsonObject{{"name", "hook"}, {"type", "webhook"},
                                                             {"url", m_receiver->baseUrl().toString() + "/hook"},
                                                             {"events", QJsonArray{"agentStarted"}}}}), 1, limits);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, HookRunResult::Outcome::Failed);
    QCOMPARE(results.first().status, 0);
    QVERIFY(m_receiver->requests().isEmpty()); // the handshake failed: nothing was sent
}

void TstHooksWebhook::silentReceiverDoesNotDelayUpdates()
{
    // The webhook's receiver never answers; the provider is on the same host.
    m_receiver->setReply({200, "late", {}, 600000});
    FakeHttpServer provider(FakeHttpServer::Mode::Https);
    QVERIFY(provider.listen());
    provider.setHandler([](const RecordedRequest &r) { return FakeReply{200, "good " + r.queryValue("myip").toLatin1()}; });
    m_secrets.setSecret("home", "s3cret");
    QString address = "81.2.69.160";
    FakeHttpServer echo(FakeHttpServer::Mode::Https);
    QVERIFY(echo.listen());
    echo.setHandler([&address](const RecordedRequest &) { return FakeReply{200, address.toLatin1()}; });

    const QJsonObject root{
        {"version", 1}, {"timeout", 5}, {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", echo.baseUrl().toString() + "/"}}}},
                                  {"ipv6", QJsonArray{}}}},
        {"profiles", QJsonArray{QJsonObject{{"name", "home"}, {"provider", "dyndns2"}, {"server", provider.baseUrl().toString()},
                                            {"hosts", QJsonArray{"a.example.org"}}, {"username", "alice"}}}},
        {"hooks", QJsonArray{QJsonObject{{"name", "silent"}, {"type", "webhook"}, {"url", m_receiver->baseUrl().toString() + "/hook"},
                                         {"events", QJsonArray{"addressChanged", "updated"}}, {"quietPeriod", 0}}}}};
    auto config = parseConfig(QJsonDocument(root).toJson(), m_registry);
    QVERIFY(config);
    // As in the agent: the engine's HTTP client, and the runner's own.
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    QFile ca(FakeHttpServer::caFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    http.setExtraCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    Engine::Services services;
    services.registry = &m_registry;
    services.secrets = &m_secrets;
    services.http = &http;
    services.clock = &m_clock;
    Engine engine(*config, State(), services);
    HookRunner runner({&m_secrets, &m_clock, nullptr});
    runner.setConfig(*config);
    runner.watch(&engine);

    QSignalSpy cycles(&engine, &Engine::cycleFinished);
    engine.runCycle();
    QVERIFY(cycles.wait(10000));
    QTRY_COMPARE(m_receiver->requests().size(), 1); // the webhook's request is in, unanswered
    QCOMPARE(runner.runningCount(), 1);
    for (const QString next : {"81.2.69.161", "81.2.69.162", "81.2.69.163"}) {
        address = next;
        m_clock.advance(1min);
        QElapsedTimer elapsed;
        elapsed.start();
        engine.runCycle();
        QVERIFY(cycles.wait(10000));
        QVERIFY2(elapsed.elapsed() < 2000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(provider.requests().last().queryValue("myip"), next);
    }
    QCOMPARE(provider.requests().size(), 4);
    QCOMPARE(m_receiver->requests().size(), 1); // still its first attempt, still waiting
    runner.stop();
}

void TstHooksWebhook::tokenInTheUrlIsMaskedInLogs()
{
    int answered = 0;
    m_receiver->setHandler([&answered](const RecordedRequest &) {
        return ++answered == 1 ? FakeReply{502, "bad gateway"} : FakeReply{200, R"({"ok":true})"};
    });
    m_secrets.setSecret("hook:tg", kBotToken);
    QLoggingCategory::setFilterRules(QStringLiteral("qddns.*.debug=true"));
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    HookRunner::Limits limits;
    limits.retry.firstDelay = 50ms;
    const auto results = runAgentStarted(config({QJsonObject{{"name", "tg"}, {"type", "telegram"}, {"chatId", "-100123"},
                                                             {"server", m_receiver->baseUrl().toString()},
                                                             {"events", QJsonArray{"agentStarted"}}}}), 1, limits);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, HookRunResult::Outcome::Ok);
    QCOMPARE(m_receiver->requests().size(), 2);
    const RecordedRequest request = m_receiver->requests().last(); // a copy: requests() returns a temporary list
    QCOMPARE(request.path, "/bot" + kBotToken + "/sendMessage");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value("chat_id").toString(), "-100123");
    QVERIFY(body.value("text").toString().startsWith("qddns-agent "));
    // Every line qddns logged about it: requests, replies, the retry. The token is in none.
    const QString all = g_log.join(QLatin1Char('\n'));
    QVERIFY2(all.contains("qddns.http: POST https://127.0.0.1:"), qPrintable(all));
    QVERIFY2(all.contains("attempt 2 of 4"), qPrintable(all));
    QVERIFY2(!all.contains(kBotToken) && !all.contains(QString::fromLatin1(QUrl::toPercentEncoding(kBotToken))), qPrintable(all));
    QVERIFY(!results.first().message.contains(kBotToken));
}

QTEST_GUILESS_MAIN(TstHooksWebhook)
#include "tst_hookswebhook.moc"
