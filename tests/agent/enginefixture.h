#pragma once

// The engine tests' common ground (tst_engine, tst_engineretries): the engine in-process with a
// fake clock, a fake secret store and loopback fake servers.
#include "engine/engine.h"
#include "fakeclock.h"
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakesecretstore.h"
#include "net/httpclient.h"
#include "providers/providerregistry.h"
#include "state/history.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

namespace {
// Constants of the fixtures below.
const QString kUser = QStringLiteral("alice");
const QString kSecret = QStringLiteral("Sup3r-s3cret/pa ss+word");
const QString kToken = QStringLiteral("d5f2a6c4-0b1e-4c39-9a55-1f0e8b7c3d21");
const QString kV4 = QStringLiteral("81.2.69.160");
const QString kV4b = QStringLiteral("81.2.69.161");
const QString kV6 = QStringLiteral("2a02:8070:d18f:5a00::10");

} // namespace

/// \brief What every engine test sets up: loopback echo and DynDNS2/DuckDNS fakes, a fake clock,
/// a fake secret store, and an engine over them. Test classes call setUp()/tearDown() from their
/// init()/cleanup() slots.
class EngineFixture : public QObject
{
protected:
    void setUp();
    void tearDown();
    QString echoUrl(const QString &path) const { return m_echo->baseUrl().toString() + path; }
    // Profiles as JSON; each also puts the profile's secret in the fake store.
    QJsonObject dyndns(const QString &name, const QStringList &hosts, bool ipv6 = false,
                       const FakeHttpServer *server = nullptr);
    QJsonObject duck(const QString &name, const QStringList &hosts, bool ipv6 = false);
    std::optional<Config> parse(const QJsonArray &profiles) const;
    bool startEngine(const QJsonArray &profiles, const StateStore *store = nullptr, IpHistory *history = nullptr);
    bool cycle(const CycleOptions &options = {});
    RecordEvent report(const QString &profile, const QString &host, RecordType type = RecordType::A) const;
    const RecordState *record(const QString &profile, const QString &host, RecordType type = RecordType::A) const;
    QList<RecordedRequest> updates() const { return m_provider->requests(); }
    int echoRequests(const QString &path) const;

    ProviderRegistry m_registry;
    FakeClock m_clock;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
    QString m_v4;
    QString m_v6;
    QString m_acceptedSecret;                                  // what the DynDNS2 fake takes
    std::function<FakeReply(const RecordedRequest &)> m_dyndns; // its answer to an accepted request
    QList<RecordEvent> m_reports;                             // of the last cycle()
};

inline void EngineFixture::setUp()
{
    m_clock = FakeClock();
    m_v4 = kV4;
    m_v6 = kV6;
    m_echo = std::make_unique<FakeHttpServer>();
    QVERIFY(m_echo->listen());
    m_echo->setHandler([this](const RecordedRequest &r) {
        if (r.path == QLatin1String("/v4"))
            return FakeReply{200, m_v4.toLatin1() + '\n'};
        if (r.path == QLatin1String("/v6"))
            return FakeReply{200, m_v6.toLatin1() + '\n'};
        return FakeReply{404, "not found"};
    });

    m_acceptedSecret = kSecret;
    m_dyndns = [](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r)}; };
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(m_provider->listen());
    m_provider->setHandler([this](const RecordedRequest &r) {
        if (r.path == QLatin1String("/nic/update")) {
            const QByteArray expected = "Basic " + (kUser + QLatin1Char(':') + m_acceptedSecret).toUtf8().toBase64();
            if (r.header("Authorization") != expected)
                return FakeReply{200, "badauth"};
            return m_dyndns(r);
        }
        if (r.path == QLatin1String("/update")) {
            // DuckDNS with verbose=true: OK, what it now holds, UPDATED.
            if (r.queryValue(QStringLiteral("token")) != kToken)
                return FakeReply{200, "KO"};
            return FakeReply{200, "OK\n" + r.queryValue(QStringLiteral("ip")).toLatin1() + '\n'
                                      + r.queryValue(QStringLiteral("ipv6")).toLatin1() + "\nUPDATED"};
        }
        return FakeReply{404, "not found"};
    });

    m_nam = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_nam.get());
    QFile ca(FakeHttpServer::caFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    m_http->setExtraCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    m_secrets = std::make_unique<FakeSecretStore>();
    m_reports.clear();
}

inline void EngineFixture::tearDown()
{
    m_engine.reset();
    m_secrets.reset();
    m_http.reset();
    m_nam.reset();
    m_provider.reset();
    m_echo.reset();
}

inline QJsonObject EngineFixture::dyndns(const QString &name, const QStringList &hosts, bool ipv6, const FakeHttpServer *server)
{
    m_secrets->setSecret(name, kSecret);
    return QJsonObject{{"name", name},
                       {"provider", "dyndns2"},
                       {"server", (server ? server : m_provider.get())->baseUrl().toString()},
                       {"hosts", QJsonArray::fromStringList(hosts)},
                       {"username", kUser},
                       {"ipv6", ipv6}};
}

inline QJsonObject EngineFixture::duck(const QString &name, const QStringList &hosts, bool ipv6)
{
    m_secrets->setSecret(name, kToken);
    return QJsonObject{{"name", name},
                       {"provider", "duckdns"},
                       {"server", m_provider->baseUrl().toString()},
                       {"hosts", QJsonArray::fromStringList(hosts)},
                       {"ipv6", ipv6}};
}

inline std::optional<Config> EngineFixture::parse(const QJsonArray &profiles) const
{
    const QJsonObject root{
        {"version", 1},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", echoUrl("/v4")}}}},
                                  {"ipv6", QJsonArray{QJsonObject{{"type", "web"}, {"url", echoUrl("/v6")}}}}}},
        {"profiles", profiles}};
    auto config = parseConfig(QJsonDocument(root).toJson(), m_registry);
    if (!config) {
        for (const ConfigError &e : config.error())
            qWarning().noquote() << "config error:" << e.toString();
        return std::nullopt;
    }
    return std::move(config).value();
}

inline bool EngineFixture::startEngine(const QJsonArray &profiles, const StateStore *store, IpHistory *history)
{
    auto config = parse(profiles);
    if (!config)
        return false;
    Engine::Services services;
    services.registry = &m_registry;
    services.secrets = m_secrets.get();
    services.http = m_http.get();
    services.stateStore = store;
    services.history = history;
    services.clock = &m_clock;
    m_engine = std::make_unique<Engine>(*config, State(), services);
    return true;
}

inline bool EngineFixture::cycle(const CycleOptions &options)
{
    bool finished = false;
    const auto connection = connect(m_engine.get(), &Engine::cycleFinished, this, [&](const QList<RecordEvent> &reports) {
        m_reports = reports;
        finished = true;
    });
    m_engine->runCycle(options);
    const bool done = QTest::qWaitFor([&finished] { return finished; }, 20000);
    disconnect(connection);
    return done;
}

inline RecordEvent EngineFixture::report(const QString &profile, const QString &host, RecordType type) const
{
    for (const RecordEvent &r : m_reports) {
        if (r.profile == profile && r.host == host && r.type == type)
            return r;
    }
    RecordEvent none;
    none.message = QStringLiteral("no report for %1 %2 %3").arg(profile, host, recordTypeName(type));
    return none;
}

inline const RecordState *EngineFixture::record(const QString &profile, const QString &host, RecordType type) const
{
    return m_engine->state().find(profile, host, type);
}

inline int EngineFixture::echoRequests(const QString &path) const
{
    int n = 0;
    for (const RecordedRequest &r : m_echo->requests())
        n += r.path == path ? 1 : 0;
    return n;
}

// Compares a report's result by name, so that a failure prints both names and the message.
#define COMPARE_RESULT(report, expected)                                                                  \
    do {                                                                                                  \
        const RecordEvent r_ = (report);                                                                 \
        QVERIFY2(resultName(r_.result) == QLatin1String(expected),                                        \
                 qPrintable(QStringLiteral("%1 %2: %3 (%4), expected %5")                                 \
                                .arg(r_.profile, r_.host, resultName(r_.result), r_.message, expected))); \
    } while (false)

