#include "importtest.h"

#include "import/providermap.h"

#include <QFile>

using namespace Qddns;
using namespace ImportTest;

// The mapping table (shared/import/importproviders.json) against the providers of this build:
// every id it names is either a provider of qddns or one planned (shown by name until it lands).
class TestProviderMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableReadsWithoutErrors();
    void everyIdIsAProviderOrPlanned();
    void presetServersFindTheirPreset();
    void inadynLookup_data();
    void inadynLookup();
    void closedServices();
    void openwrtNames_data();
    void openwrtNames();
    void badTable();
};

void TestProviderMap::tableReadsWithoutErrors()
{
    QFile file(QStringLiteral(QDDNS_SOURCE_DIR "/shared/import/importproviders.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList errors;
    const ProviderMap map = ProviderMap::fromJson(file.readAll(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(map.ddclient(QStringLiteral("dyndns2")).has_value());
    // The built-in copy is the same table.
    QCOMPARE(ProviderMap::builtin().providerIds(), map.providerIds());
}

void TestProviderMap::everyIdIsAProviderOrPlanned()
{
    const QStringList available = registry().ids();
    for (const QString &id : ProviderMap::builtin().providerIds()) {
        const bool known = available.contains(id) || !ProviderMap::builtin().plannedName(id).isEmpty();
        QVERIFY2(known, qPrintable(QStringLiteral("\"%1\" is neither a provider of this build nor in \"planned\"").arg(id)));
        // A planned provider that has landed belongs out of "planned".
        QVERIFY2(!(available.contains(id) && !ProviderMap::builtin().plannedName(id).isEmpty()),
                 qPrintable(QStringLiteral("\"%1\" is available now: remove it from \"planned\"").arg(id)));
    }
}

void TestProviderMap::presetServersFindTheirPreset()
{
    // A DynDNS2 client pointed at a preset's server imports as that preset.
    int presets = 0;
    for (const QJsonValue &value : registry().describe()) {
        const QJsonObject p = value.toObject();
        const QString server = p.value(QLatin1String("server")).toString();
        if (p.value(QLatin1String("protocol")).toString() != QLatin1String("dyndns2") || server.isEmpty())
            continue;
        ++presets;
        const QString host = QUrl(server).host();
        QCOMPARE(ProviderMap::builtin().providerForServer(host), p.value(QLatin1String("id")).toString());
    }
    QVERIFY(presets > 10);
}

void TestProviderMap::inadynLookup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("matched");
    QTest::newRow("exact") << "default@dyndns.org" << "dyndns" << "default@dyndns.org";
    QTest::newRow("instance id") << "default@dyndns.org:2" << "dyndns" << "default@dyndns.org";
    QTest::newRow("alias") << "default@dynv6.com" << "dynv6" << "default@dynv6.com";
    QTest::newRow("substring, first in inadyn's order") << "dyndns" << "dyndns" << "default@dyndns.org";
    QTest::newRow("case") << "No-IP.com" << "noip" << "default@no-ip.com";
    QTest::newRow("do.de") << "default@do.de" << "dode" << "default@do.de";
    QTest::newRow("dyndns.it") << "default@dyndns.it" << "dyndnsit" << "default@dyndns.it";
    QTest::newRow("3322.org") << "dyndns@3322.org" << "pubyun" << "dyndns@3322.org";
    QTest::newRow("unknown") << "example.invalid" << "" << "";
}

void TestProviderMap::inadynLookup()
{
    QFETCH(QString, name);
    QFETCH(QString, provider);
    QFETCH(QString, matched);
    const auto m = ProviderMap::builtin().inadyn(name);
    QCOMPARE(m.has_value(), !provider.isEmpty());
    if (m) {
        QCOMPARE(m->provider, provider);
        QCOMPARE(m->name, matched);
    }
}

void TestProviderMap::closedServices()
{
    const ImportResult r = import(ImportTool::Inadyn, "provider domains.google.com {\n username = u\n password = p\n"
                                                      " hostname = g.example.com\n}\n");
    QCOMPARE(r.exitCode(), 1);
    QVERIFY(r.config.value(QLatin1String("profiles")).toArray().isEmpty());
    QVERIFY2(r.notes.first().why.contains(QLatin1String("Google Domains closed")), qPrintable(r.notes.first().why));
}

void TestProviderMap::openwrtNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("provider");
    // ddns-scripts' service names of the presets added for issue 12.
    QTest::newRow("opendns.com") << "opendns.com" << "opendns";
    QTest::newRow("simply.com") << "simply.com" << "simply";
    QTest::newRow("variomedia.de") << "variomedia.de" << "variomedia";
    QTest::newRow("ydns.io") << "ydns.io" << "ydns";
    QTest::newRow("do.de") << "do.de" << "dode";
    QTest::newRow("dyndns.it") << "dyndns.it" << "dyndnsit";
    QTest::newRow("3322.org") << "3322.org" << "pubyun";
}

void TestProviderMap::openwrtNames()
{
    QFETCH(QString, name);
    QFETCH(QString, provider);
    const auto m = ProviderMap::builtin().openwrt(name);
    QVERIFY2(m, qPrintable(name));
    QCOMPARE(m->provider, provider);
    QVERIFY(registry().find(provider));
}

void TestProviderMap::badTable()
{
    QStringList errors;
    const ProviderMap map = ProviderMap::fromJson(R"({"ddclient": {"a": {"provider": null}, "b": {"provider": "x",
        "auth": [{"when": {"login": "("}}]}, "c": {"provider": "noip"}}})", &errors);
    QCOMPARE(errors.size(), 2);
    QVERIFY(!map.ddclient(QStringLiteral("a")));
    QVERIFY(!map.ddclient(QStringLiteral("b")));
    QVERIFY(map.ddclient(QStringLiteral("c")));
    errors.clear();
    ProviderMap::fromJson("[]", &errors);
    QCOMPARE(errors.size(), 1);
}

QTEST_GUILESS_MAIN(TestProviderMap)
#include "tst_providermap.moc"
