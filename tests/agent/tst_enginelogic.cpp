// The engine's logic without a socket: command detectors and a scripted transport (no network),
// a fake clock, a fake secret store. What is sent, when, and what the state keeps.
#include "engine/engine.h"
#include "fakeclock.h"
#include "fakes/faketransport.h"
#include "fakesecretstore.h"
#include "providers/providerregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

class TstEngineLogic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sendsOnlyWhatChanged();
    void heldAcrossCyclesUntilTheSecretChanges();
    void retryLaterBacksOff();
    void eventsCarryCodeAndPreviousAddress();

private:
    std::optional<Config> configFor(const QStringList &hosts, const QString &echo);
    bool start(const QStringList &hosts, const QString &echo = QStringLiteral("81.2.69.160"));
    bool cycle(const CycleOptions &options = {});
    QStringList sentHosts() const;

    ProviderRegistry m_registry;
    FakeClock m_clock;
    FakeTransport m_transport;
    FakeSecretStore m_secrets;
    std::unique_ptr<Engine> m_engine;
    QList<RecordEvent> m_events;
};

void TstEngineLogic::init()
{
    m_clock = FakeClock();
    m_transport = FakeTransport();
    m_secrets.setSecret(QStringLiteral("home"), QStringLiteral("s3cret"));
    // A DynDNS2 server as the protocol describes it: one "good <ip>" line per host.
    m_transport.setScript([](const TransportRequest &request) -> TransportReply {
        const QUrlQuery query(std::get<HttpRequest>(request).url);
        QByteArrayList lines;
        for (qsizetype i = 0; i < query.queryItemValue(QStringLiteral("hostname")).split(QLatin1Char(',')).size(); ++i)
            lines.append("good " + query.queryItemValue(QStringLiteral("myip")).toLatin1());
        return HttpReply{200, lines.join('\n'), {}, {}};
    });
}

void TstEngineLogic::cleanup()
{
    m_engine.reset();
}

std::optional<Config> TstEngineLogic::configFor(const QStringList &hosts, const QString &echo)
{
    const QJsonObject root{
        {"version", 1},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "command"}, {"argv", QJsonArray{"echo", echo}}}}},
                                  {"ipv6", QJsonArray{}}}},
        {"profiles", QJsonArray{QJsonObject{{"name", "home"}, {"provider", "dyndns2"}, {"server", "https://dyn.example.net"},
                                            {"hosts", QJsonArray::fromStringList(hosts)}, {"username", "alice"}}}}};
    auto config = parseConfig(QJsonDocument(root).toJson(), m_registry);
    if (!config)
        return std::nullopt;
    return std::move(config).value();
}

bool TstEngineLogic::start(const QStringList &hosts, const QString &echo)
{
    const auto config = configFor(hosts, echo);
    if (!config)
        return false;
    Engine::Services services;
    services.registry = &m_registry;
    services.secrets = &m_secrets;
    services.transport = &m_transport;
    services.clock = &m_clock;
    m_engine = std::make_unique<Engine>(*config, State(), services);
    return true;
}

bool TstEngineLogic::cycle(const CycleOptions &options)
{
    QSignalSpy finished(m_engine.get(), &Engine::cycleFinished);
    m_engine->runCycle(options);
    if (!finished.wait(10000))
        return false;
    m_events = finished.last().at(0).value<QList<RecordEvent>>();
    return true;
}

QStringList TstEngineLogic::sentHosts() const
{
    QStringList hosts;
    for (const HttpRequest &r : m_transport.httpSent())
        hosts += QUrlQuery(r.url).queryItemValue(QStringLiteral("hostname")).split(QLatin1Char(','));
    return hosts;
}

void TstEngineLogic::sendsOnlyWhatChanged()
{
    QVERIFY(start({"a.example.org", "b.example.org"}));
    QVERIFY(cycle());
    QCOMPARE(m_transport.httpSent().size(), 1); // both hosts in one request
    QCOMPARE(sentHosts(), (QStringList{"a.example.org", "b.example.org"}));
    m_transport.clear();
    m_clock.advance(1h);
    QVERIFY(cycle());
    QVERIFY(m_transport.sent().isEmpty());
    QCOMPARE(m_events.size(), 2);
    QCOMPARE(m_events.at(0).code, RecordEvent::Code::Current);
}

void TstEngineLogic::heldAcrossCyclesUntilTheSecretChanges()
{
    QVERIFY(start({"a.example.org"}));
    m_transport.setScript([](const TransportRequest &) -> TransportReply { return HttpReply{200, "badauth", {}, {}}; });
    QVERIFY(cycle());
    QCOMPARE(m_transport.sent().size(), 1);
    QCOMPARE(m_events.at(0).code, RecordEvent::Code::AuthFailed);
    for (int i = 0; i < 3; ++i) {
        m_clock.advance(24h);
        QVERIFY(cycle({.force = true}));
        QCOMPARE(m_events.at(0).code, RecordEvent::Code::Held);
    }
    QCOMPARE(m_transport.sent().size(), 1);
    m_secrets.setSecret(QStringLiteral("home"), QStringLiteral("new-s3cret"));
    QVERIFY(cycle());
    QCOMPARE(m_transport.sent().size(), 2);
}

void TstEngineLogic::retryLaterBacksOff()
{
    QVERIFY(start({"a.example.org"}));
    m_transport.setScript([](const TransportRequest &) -> TransportReply { return HttpReply{503, "busy", {}, {}}; });
    QVERIFY(cycle());
    QCOMPARE(m_events.at(0).code, RecordEvent::Code::Retry);
    const QDateTime retry = m_engine->nextRetry();
    QVERIFY(retry.isValid());
    m_clock.set(retry.addSecs(-1));
    QVERIFY(cycle());
    QCOMPARE(m_events.at(0).code, RecordEvent::Code::Waiting);
    QCOMPARE(m_transport.sent().size(), 1);
    m_clock.set(retry.addSecs(1));
    QVERIFY(cycle());
    QCOMPARE(m_transport.sent().size(), 2);
}

void TstEngineLogic::eventsCarryCodeAndPreviousAddress()
{
    QVERIFY(start({"a.example.org"}));
    QSignalSpy each(m_engine.get(), &Engine::recordEvent);
    QVERIFY(cycle());
    QCOMPARE(each.count(), 1);
    QCOMPARE(m_events.at(0).code, RecordEvent::Code::Updated);
    QVERIFY(m_events.at(0).previous.isEmpty());
    // The address changes: the event names the one the provider had.
    const auto changed = configFor({"a.example.org"}, QStringLiteral("81.2.69.161"));
    QVERIFY(changed);
    m_engine->setConfig(*changed);
    QVERIFY(cycle());
    QCOMPARE(m_events.at(0).address, QStringLiteral("81.2.69.161"));
    QCOMPARE(m_events.at(0).previous, QStringLiteral("81.2.69.160"));
    const QJsonObject json = m_events.at(0).toJson();
    QCOMPARE(json.value("code").toString(), QStringLiteral("updated"));
    QCOMPARE(json.value("result").toString(), QStringLiteral("updated"));
    QCOMPARE(json.value("previous").toString(), QStringLiteral("81.2.69.160"));
}

QTEST_GUILESS_MAIN(TstEngineLogic)
#include "tst_enginelogic.moc"
