// The services that shut down (shared/providers/closedservices.json): a profile naming one is
// refused by the configuration check with when it closed and what to use instead, none of them is
// also a live provider, every alternative named is one, and the importers of the other clients say
// the service closed under each of the names those clients use for it.
#include "config/config.h"
#include "import/providermap.h"
#include "providers/closedservices.h"
#include "providers/providerregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qddns;

class TstClosedServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinListParsesCleanly();
    void theIssuesServicesAreListed();
    void noClosedServiceIsLive();
    void configNamingOneIsRefused_data();
    void configNamingOneIsRefused();
    void liveAndUnknownIdsAreUnaffected();
    void importersSayItClosed_data();
    void importersSayItClosed();
    void invalidEntries_data();
    void invalidEntries();
    void message();

private:
    ProviderRegistry m_registry;
};

void TstClosedServices::builtinListParsesCleanly()
{
    QFile file(QStringLiteral(":/qddns/providers/closedservices.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QStringList errors;
    const QList<ClosedService> services = parseClosedServices(json, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    // None skipped: as many as the file lists.
    QCOMPARE(services.size(), QJsonDocument::fromJson(json).object().value(QLatin1String("services")).toArray().size());
    QCOMPARE(m_registry.closedServices().size(), services.size());
}

void TstClosedServices::theIssuesServicesAreListed()
{
    QStringList ids;
    for (const ClosedService &s : m_registry.closedServices())
        ids.append(s.id);
    for (const char *id : {"googledomains", "dnspark", "twodns", "dslreports", "cloudxns", "yandex"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void TstClosedServices::noClosedServiceIsLive()
{
    const QStringList live = m_registry.ids();
    for (const ClosedService &s : m_registry.closedServices()) {
        QVERIFY2(!live.contains(s.id), qPrintable(s.id + QStringLiteral(" is both closed and a provider")));
        QVERIFY2(!m_registry.find(s.id), qPrintable(s.id));
        for (const QString &alternative : s.alternatives)
            QVERIFY2(live.contains(alternative),
                     qPrintable(QStringLiteral("%1 names \"%2\", which is no provider").arg(s.id, alternative)));
    }
}

void TstClosedServices::configNamingOneIsRefused_data()
{
    QTest::addColumn<QString>("id");
    for (const ClosedService &s : m_registry.closedServices())
        QTest::newRow(qPrintable(s.id)) << s.id;
}

void TstClosedServices::configNamingOneIsRefused()
{
    QFETCH(QString, id);
    ClosedService service;
    for (const ClosedService &s : m_registry.closedServices()) {
        if (s.id == id)
            service = s;
    }
    const QByteArray json = QStringLiteral(R"({"version": 1, "profiles": [{"name": "old", "provider": "%1",
        "hosts": ["home.example.com"], "username": "alice", "secret": {"source": "env", "name": "OLD_SECRET"}}]})")
                                .arg(id)
                                .toUtf8();
    const auto parsed = parseConfig(json, m_registry);
    QVERIFY(!parsed);
    QStringList providerErrors;
    for (const ConfigError &e : parsed.error()) {
        QVERIFY2(!e.message.contains(QLatin1String("not a known provider")), qPrintable(e.toString()));
        if (e.path == QLatin1String("profiles[0].provider"))
            providerErrors.append(e.message);
    }
    QCOMPARE(providerErrors.size(), 1);
    const QString message = providerErrors.first();
    QCOMPARE(message, QStringLiteral("\"%1\": %2").arg(id, m_registry.closedService(id, QLocale::c())));
    // "<name> closed (in <when>); use <alternative>", and an alternative qddns has, by its id.
    QVERIFY2(message.contains(service.name + QStringLiteral(" closed")), qPrintable(message));
    if (!service.when.isEmpty())
        QVERIFY2(message.contains(QStringLiteral("(in %1)").arg(service.when)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("; use ") + service.use), qPrintable(message));
    QVERIFY2(message.contains(QLatin1Char('"') + service.alternatives.first() + QLatin1Char('"')), qPrintable(message));
}

void TstClosedServices::liveAndUnknownIdsAreUnaffected()
{
    QVERIFY(m_registry.closedService(QStringLiteral("noip"), QLocale::c()).isEmpty());
    QVERIFY(m_registry.closedService(QStringLiteral("no-such-service"), QLocale::c()).isEmpty());
    const auto parsed = parseConfig(R"({"version": 1, "profiles": [{"name": "x", "provider": "twodnss",
        "hosts": ["home.example.com"], "username": "alice", "secret": {"source": "env", "name": "S"}}]})",
                                    m_registry);
    QVERIFY(!parsed);
    bool unknown = false;
    for (const ConfigError &e : parsed.error())
        unknown = unknown || (e.path == QLatin1String("profiles[0].provider") && e.message.contains(QLatin1String("not a known provider")));
    QVERIFY(unknown);
}

void TstClosedServices::importersSayItClosed_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    int rows = 0;
    for (const ClosedService &s : m_registry.closedServices()) {
        for (auto it = s.otherClients.begin(); it != s.otherClients.end(); ++it) {
            for (const QString &name : it.value()) {
                QTest::newRow(qPrintable(it.key() + QLatin1Char(' ') + name)) << it.key() << name << s.message();
                ++rows;
            }
        }
    }
    QVERIFY(rows >= 20);
}

void TstClosedServices::importersSayItClosed()
{
    QFETCH(QString, tool);
    QFETCH(QString, name);
    QFETCH(QString, message);
    const ProviderMap &map = ProviderMap::builtin();
    std::optional<ServiceMapping> m;
    if (tool == QLatin1String("ddclient"))
        m = map.ddclient(name);
    else if (tool == QLatin1String("inadyn"))
        m = map.inadyn(name);
    else if (tool == QLatin1String("openwrt"))
        m = map.openwrt(name);
    else if (tool == QLatin1String("ddns-updater"))
        m = map.ddnsUpdater(name);
    QVERIFY2(m, qPrintable(QStringLiteral("%1's \"%2\" is not in shared/import/importproviders.json").arg(tool, name)));
    QVERIFY2(m->provider.isEmpty(), qPrintable(m->provider));
    // The importer's note is the same sentence check-config gives.
    QCOMPARE(m->closed, message);
}

void TstClosedServices::invalidEntries_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not json") << QByteArray("{") << "not JSON";
    QTest::newRow("no array") << QByteArray(R"({"services": {}})") << "\"services\" array";
    QTest::newRow("bad id") << QByteArray(R"({"services": [{"id": "Two DNS", "name": "T", "use": "u", "alternatives": ["a"]}]})")
                            << "\"id\"";
    QTest::newRow("no alternative") << QByteArray(R"({"services": [{"id": "t", "name": "T", "use": "u", "alternatives": []}]})")
                                    << "alternatives";
    QTest::newRow("no use") << QByteArray(R"({"services": [{"id": "t", "name": "T", "alternatives": ["a"]}]})")
                            << "\"use\"";
    QTest::newRow("unknown tool") << QByteArray(R"({"services": [{"id": "t", "name": "T", "use": "u", "alternatives": ["a"],
                                                  "otherClients": {"dhcpcd": ["t"]}}]})")
                                  << "otherClients";
    QTest::newRow("duplicate") << QByteArray(R"({"services": [{"id": "t", "name": "T", "use": "u", "alternatives": ["a"]},
                                                              {"id": "t", "name": "U", "use": "u", "alternatives": ["a"]}]})")
                               << "duplicate";
}

void TstClosedServices::invalidEntries()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QStringList errors;
    const QList<ClosedService> services = parseClosedServices(json, &errors);
    QVERIFY2(errors.size() == 1 && errors.first().contains(errorPart), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(services.size(), QByteArray(QTest::currentDataTag()) == "duplicate" ? 1 : 0);
}

void TstClosedServices::message()
{
    const QList<ClosedService> services = parseClosedServices(R"({"services": [
        {"id": "a", "name": "A DNS", "closed": "May 2020", "use": "another service", "alternatives": ["x", "y", "z"]},
        {"id": "b", "name": "B DNS", "use": "another host", "alternatives": ["x"]}]})");
    QCOMPARE(services.size(), 2);
    QCOMPARE(services.at(0).message(), QStringLiteral(R"(A DNS closed (in May 2020); use another service, e.g. "x", "y" or "z")"));
    QCOMPARE(services.at(1).message(), QStringLiteral(R"(B DNS closed; use another host, e.g. "x")"));
}

QTEST_GUILESS_MAIN(TstClosedServices)
#include "tst_closedservices.moc"
