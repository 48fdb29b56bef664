// Hooks end to end in-process: the engine on a scripted provider (FakeTransport) and a command
// detector, a fake clock, and loopback HTTPS receivers trusted through tls.caFile. A scripted
// sequence of changes, failures, a hold and a recovery; each receiver gets exactly the expected
// requests, counted as they arrive.
#include "agent/fakeclock.h"
#include "agent/fakesecretstore.h"
#include "engine/engine.h"
#include "fakes/fakehttpserver.h"
#include "fakes/faketransport.h"
#include "hooks/hookrunner.h"
#include "providers/providerregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

namespace {
const QString kA = QStringLiteral("81.2.69.160");
const QString kB = QStringLiteral("81.2.69.161");
const QString kProfileSecret = QStringLiteral("pr0file-s3cret");
const QString kGotifyToken = QStringLiteral("AbCgotifyT0ken.x");
const QString kHc = QStringLiteral("/ping/5c1f7e0a-2b7d-4f38-9d6e-3f9c1b2a4e11");
} // namespace

class TstHooksRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void scriptedSequence();

private:
    bool start();
    // One cycle; returns once the engine finished it and \a runs hook runs have ended.
    void cycle(int runs);
    void setAddress(const QString &address);
    QList<RecordedRequest> requests(const QString &path) const;
    QStringList scriptLines() const;

    ProviderRegistry m_registry;
    FakeClock m_clock;
    FakeTransport m_transport;
    FakeSecretStore m_secrets;
    FakeHttpServer m_receiver{FakeHttpServer::Mode::Https};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<HookRunner> m_hooks;
    std::unique_ptr<QSignalSpy> m_runs;
    QList<RecordEvent> m_events;
};

void TstHooksRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(m_receiver.listen());
    m_receiver.clearRequests();
    m_receiver.setReply({200, "ok"});
    m_clock = FakeClock();
    m_transport = FakeTransport();
    m_secrets.setSecret("home", kProfileSecret);
    m_secrets.setSecret("hook:gotify", kGotifyToken);
    qputenv("HOOKS_TEST_PROFILE_SECRET", kProfileSecret.toUtf8());
}

void TstHooksRunner::cleanup()
{
    m_runs.reset();
    m_hooks.reset();
    m_engine.reset();
    qunsetenv("HOOKS_TEST_PROFILE_SECRET");
}

void TstHooksRunner::setAddress(const QString &address)
{
    QFile file(m_dir->filePath("address"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(address.toLatin1() + '\n');
}

bool TstHooksRunner::start()
{
    const QString base = m_receiver.baseUrl().toString();
    const QString script = QStringLiteral("printf '%s|%s|%s|%s|%s\\n' \"$QDDNS_EVENT\" \"$QDDNS_HOST\" \"$QDDNS_OLD\" \"$QDDNS_NEW\" "
                                          "\"$QDDNS_RESULT\" >> '%1'; env > '%2'").arg(m_dir->filePath("script.log"), m_dir->filePath("env.txt"));
    const QJsonObject root{
        {"version", 1},
        {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "command"}, {"argv", QJsonArray{"/bin/cat", m_dir->filePath("address")}}}}},
                                  {"ipv6", QJsonArray{}}}},
        {"profiles", QJsonArray{QJsonObject{{"name", "home"}, {"provider", "dyndns2"}, {"server", "https://dyn.example.net"},
                                            {"hosts", QJsonArray{"a.example.org"}}, {"username", "alice"},
                                            {"secret", QJsonObject{{"source", "env"}, {"name", "HOOKS_TEST_PROFILE_SECRET"}}}}}},
        {"hooks", QJsonArray{
            QJsonObject{{"name", "script"}, {"type", "command"}, {"argv", QJsonArray{"/bin/sh", "-c", script}},
                        {"events", QJsonArray{"addressChanged", "updated", "failed", "held", "recovered"}}},
            QJsonObject{{"name", "hook"}, {"type", "webhook"}, {"url", base + "/hook?event={event}&ip={new}"},
                        {"body", R"({"text": "{message}", "host": "{host}"})"},
                        {"events", QJsonArray{"addressChanged", "failed", "held", "recovered"}}},
            QJsonObject{{"name", "phone"}, {"type", "ntfy"}, {"url", base + "/alerts"}, {"title", "qddns {event}"},
                        {"tags", "warning"}, {"events", QJsonArray{"failed", "held", "recovered"}}},
            QJsonObject{{"name", "gotify"}, {"type", "gotify"}, {"url", base}, {"events", QJsonArray{"addressChanged", "updated"}}},
            QJsonObject{{"name", "hc"}, {"type", "healthchecks"}, {"url", base + kHc}},
            QJsonObject{{"name", "kuma"}, {"type", "uptimekuma"}, {"url", base + "/api/push/Xy12?status=up&msg=OK&ping="}}}}};
    auto config = parseConfig(QJsonDocument(root).toJson(), m_registry);
    if (!config) {
        for (const ConfigError &e : config.error())
            qWarning().noquote() << e.toString();
        return false;
    }
    Engine::Services services;
    services.registry = &m_registry;
    services.secrets = &m_secrets;
    services.transport = &m_transport;
    services.clock = &m_clock;
    m_engine = std::make_unique<Engine>(*config, State(), services);
    m_hooks = std::make_unique<HookRunner>(HookRunner::Services{&m_secrets, &m_clock, nullptr});
    m_hooks->setConfig(*config);
    m_hooks->watch(m_engine.get());
    m_runs = std::make_unique<QSignalSpy>(m_hooks.get(), &HookRunner::runFinished);
    return true;
}

void TstHooksRunner::cycle(int runs)
{
    m_runs->clear();
    QSignalSpy finished(m_engine.get(), &Engine::cycleFinished);
    m_engine->runCycle();
    QVERIFY(finished.wait(10000));
    m_events = finished.last().at(0).value<QList<RecordEvent>>();
    QTRY_COMPARE_WITH_TIMEOUT(m_runs->size(), runs, 15000);
    QCOMPARE(m_hooks->runningCount(), 0);
    for (const QList<QVariant> &run : std::as_const(*m_runs)) {
        const auto result = run.at(2).value<HookRunResult>();
        QVERIFY2(result.outcome == HookRunResult::Outcome::Ok,
                 qPrintable(run.at(0).toString() + QStringLiteral(" (") + run.at(1).toString() + QStringLiteral("): ") + result.message));
    }
}

QList<RecordedRequest> TstHooksRunner::requests(const QString &path) const
{
    QList<RecordedRequest> list;
    for (const RecordedRequest &r : m_receiver.requests()) {
        if (r.path == path)
            list.append(r);
    }
    return list;
}

QStringList TstHooksRunner::scriptLines() const
{
    QFile file(m_dir->filePath("script.log"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TstHooksRunner::scriptedSequence()
{
    qRegisterMetaType<HookRunResult>();
    QVERIFY(start());
    const auto provider = [this](int status, const QByteArray &answer) {
        m_transport.setScript([status, answer](const TransportRequest &request) -> TransportReply {
            const QUrlQuery query(std::get<HttpRequest>(request).url);
            return HttpReply{status, answer == "good" ? "good " + query.queryItemValue("myip").toLatin1() : answer, {}, {}};
        });
    };

    // 1. The first address, published: addressChanged and updated.
    setAddress(kA);
    provider(200, "good");
    cycle(2 /*script*/ + 1 /*hook*/ + 2 /*gotify*/ + 2 /*hc start, success*/ + 1 /*kuma*/);

    // 2. A new address the provider fails to take (a server error): retried later.
    m_clock.advance(20min);
    setAddress(kB);
    provider(503, "Service Unavailable");
    cycle(2 /*script*/ + 2 /*hook*/ + 1 /*phone*/ + 1 /*gotify*/ + 2 /*hc start, fail*/ + 1 /*kuma*/);
    QCOMPARE(m_events.first().result, RecordEvent::Result::Failed);

    // 3. The retry is refused for bad credentials: held.
    m_clock.advance(20min);
    provider(200, "badauth");
    cycle(1 /*script*/ + 1 /*hook*/ + 1 /*phone*/ + 2 /*hc*/ + 1 /*kuma*/);
    QCOMPARE(m_events.first().result, RecordEvent::Result::Held);

    // 4. Still held: told once, not again; only the heartbeats speak.
    m_clock.advance(20min);
    cycle(2 /*hc*/ + 1 /*kuma*/);

    // 5. A new secret lifts the hold: updated, recovered.
    m_clock.advance(20min);
    m_secrets.setSecret("home", QStringLiteral("new-s3cret"));
    provider(200, "good");
    cycle(2 /*script: recovered, updated*/ + 1 /*hook*/ + 1 /*phone*/ + 1 /*gotify*/ + 2 /*hc*/ + 1 /*kuma*/);
    QCOMPARE(m_events.first().result, RecordEvent::Result::Updated);

    // 6. Nothing new.
    m_clock.advance(20min);
    cycle(2 /*hc*/ + 1 /*kuma*/);

    // The command hook, in order, with its environment.
    QCOMPARE(scriptLines(), (QStringList{"addressChanged|||" + kA + "|",
                                         "updated|a.example.org||" + kA + "|updated",
                                         "addressChanged||" + kA + "|" + kB + "|",
                                         "failed|a.example.org|" + kA + "|" + kB + "|failed",
                                         "held|a.example.org|" + kA + "|" + kB + "|held",
                                         "recovered|a.example.org|" + kA + "|" + kB + "|updated",
                                         "updated|a.example.org|" + kA + "|" + kB + "|updated"}));
    QFile env(m_dir->filePath("env.txt"));
    QVERIFY(env.open(QIODevice::ReadOnly));
    const QByteArray environment = env.readAll();
    QVERIFY(environment.contains("QDDNS_HOOK=script"));
    QVERIFY2(!environment.contains(kProfileSecret.toUtf8()), "a profile's secret variable reached a hook");
    QVERIFY(!environment.contains("HOOKS_TEST_PROFILE_SECRET"));

    // The webhook: its URL's placeholders encoded, its JSON body valid.
    const QList<RecordedRequest> hook = requests("/hook");
    QStringList events;
    for (const RecordedRequest &r : hook) {
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(r.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!body.value("text").toString().isEmpty());
        events << r.queryValue("event") + "@" + r.queryValue("ip");
    }
    QCOMPARE(events, (QStringList{"addressChanged@" + kA, "addressChanged@" + kB, "failed@" + kB, "held@" + kB, "recovered@" + kB}));

    // ntfy: the message as the body, the title a header with its placeholder filled in.
    const QList<RecordedRequest> ntfy = requests("/alerts");
    QCOMPARE(ntfy.size(), 3);
    QCOMPARE(ntfy.at(0).header("Title"), QByteArray("qddns failed"));
    QCOMPARE(ntfy.at(1).header("Title"), QByteArray("qddns held"));
    QCOMPARE(ntfy.at(2).header("Title"), QByteArray("qddns recovered"));
    QCOMPARE(ntfy.at(0).header("Tags"), QByteArray("warning"));
    QVERIFY(ntfy.at(0).header("Authorization").isEmpty());
    QVERIFY2(ntfy.at(0).body.startsWith("a.example.org (A, profile home): the update failed"), ntfy.at(0).body.constData());
    QVERIFY(ntfy.at(1).body.contains("is held"));

    // Gotify: its token from the secret store, in its header only.
    const QList<RecordedRequest> gotify = requests("/message");
    QCOMPARE(gotify.size(), 4);
    QStringList gotifyTitles;
    for (const RecordedRequest &r : gotify) {
        QCOMPARE(r.header("X-Gotify-Key"), kGotifyToken.toUtf8());
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        gotifyTitles << body.value("title").toString();
        QCOMPARE(body.value("priority").toInt(), 5);
    }
    QCOMPARE(gotifyTitles, (QStringList{"qddns: addressChanged", "qddns: updated", "qddns: addressChanged", "qddns: updated"}));
    QVERIFY(QJsonDocument::fromJson(gotify.at(3).body).object().value("message").toString().endsWith("now points to " + kB + " (was " + kA + ")"));
    for (const RecordedRequest &r : m_receiver.requests()) {
        if (r.path != "/message")
            QVERIFY2(!r.body.contains(kGotifyToken.toUtf8()) && !r.target.contains(kGotifyToken.toUtf8()) && r.header("X-Gotify-Key").isEmpty(),
                     r.target.constData());
    }

    // Healthchecks: /start before every cycle, then success or /fail with the failing records.
    QCOMPARE(requests(kHc + "/start").size(), 6);
    QCOMPARE(requests(kHc).size(), 3); // cycles 1, 5, 6
    const QList<RecordedRequest> fails = requests(kHc + "/fail"); // 2, 3, 4: failing, then held
    QCOMPARE(fails.size(), 3);
    QVERIFY2(fails.at(0).body.startsWith("home a.example.org A: failed (HTTP 503"), fails.at(0).body.constData());
    QVERIFY(fails.at(1).body.startsWith("home a.example.org A: held"));
    QVERIFY(fails.at(2).body.startsWith("home a.example.org A: held"));

    // Uptime Kuma: the page's query replaced by ours.
    const QList<RecordedRequest> kuma = requests("/api/push/Xy12");
    QStringList statuses;
    for (const RecordedRequest &r : kuma) {
        statuses << r.queryValue("status");
        QCOMPARE(r.query.allQueryItemValues("status").size(), 1);
        QVERIFY(!r.queryValue("msg").isEmpty());
        bool number = false;
        r.queryValue("ping").toLongLong(&number);
        QVERIFY(number);
    }
    QCOMPARE(statuses, (QStringList{"up", "down", "down", "down", "up", "up"}));
    QCOMPARE(m_receiver.requests().size(), hook.size() + ntfy.size() + gotify.size() + 6 + 3 + 3 + kuma.size());
}

QTEST_GUILESS_MAIN(TstHooksRunner)
#include "tst_hooksrunner.moc"
