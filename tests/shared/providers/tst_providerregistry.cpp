// The registry builds the built-in providers on first use: asking for one provider builds its
// file's providers only, and what it answers is what a registry holding all of them answers.
#include "providers/providerregistry.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qddns;

namespace {
// Every built-in provider, built up front as before the registry became lazy.
ProviderList allBuiltins()
{
    ProviderList list;
    for (const ProviderFactory &factory : Providers::builtinFactories())
        factory.add(list);
    return list;
}
} // namespace

class TstProviderRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingIsBuiltUpFront();
    void findBuildsOneFile();
    void idsAreUnique();
    void everyIdIsFoundFromAFreshRegistry();
    void listsMatchAnEagerRegistry();
    void unknownIdBuildsAllAndFindsNothing();
};

void TstProviderRegistry::nothingIsBuiltUpFront()
{
    const ProviderRegistry registry;
    QCOMPARE(registry.constructedCount(), 0);
    QVERIFY(Providers::builtinFactories().size() > 40);
}

void TstProviderRegistry::findBuildsOneFile()
{
    const ProviderRegistry registry;
    const Provider *cloudflare = registry.find(QStringLiteral("cloudflare"));
    QVERIFY(cloudflare);
    QCOMPARE(cloudflare->info().id, QStringLiteral("cloudflare"));
    QCOMPARE(registry.constructedCount(), 1);
    // Found again without building anything more.
    QCOMPARE(registry.find(QStringLiteral("cloudflare")), cloudflare);
    QCOMPARE(registry.info(QStringLiteral("cloudflare")), &cloudflare->info());
    QCOMPARE(registry.constructedCount(), 1);

    // dyndns2's file adds the generic protocol and its presets, and nothing else.
    QVERIFY(registry.find(QStringLiteral("dyndns2")));
    const int afterDyndns2 = registry.constructedCount();
    QVERIFY2(afterDyndns2 > 2, qPrintable(QString::number(afterDyndns2)));
    QVERIFY(afterDyndns2 < int(allBuiltins().size()));
}

void TstProviderRegistry::idsAreUnique()
{
    // With two providers of one id, which one find() returned would depend on what was built first.
    QSet<QString> seen;
    for (const auto &provider : allBuiltins()) {
        QVERIFY2(!seen.contains(provider->info().id), qPrintable(provider->info().id));
        seen.insert(provider->info().id);
    }
}

void TstProviderRegistry::everyIdIsFoundFromAFreshRegistry()
{
    const ProviderList all = allBuiltins();
    for (const auto &expected : all) {
        const ProviderRegistry registry;
        const Provider *found = registry.find(expected->info().id);
        QVERIFY2(found, qPrintable(expected->info().id));
        QCOMPARE(found->info().id, expected->info().id);
        QCOMPARE(found->info().name, expected->info().name);
    }
}

void TstProviderRegistry::listsMatchAnEagerRegistry()
{
    const ProviderRegistry eager(allBuiltins());
    const ProviderRegistry lazy;
    QVERIFY(lazy.find(QStringLiteral("cloudflare"))); // partly built first: the lists must still be whole
    QCOMPARE(lazy.ids(), eager.ids());
    QCOMPARE(lazy.providers().size(), eager.providers().size());
    QCOMPARE(lazy.describe(), eager.describe());
    QCOMPARE(lazy.constructedCount(), int(eager.providers().size()));
}

void TstProviderRegistry::unknownIdBuildsAllAndFindsNothing()
{
    const ProviderRegistry registry;
    QCOMPARE(registry.find(QStringLiteral("no-such-provider")), nullptr);
    QCOMPARE(registry.info(QStringLiteral("no-such-provider")), nullptr);
    QCOMPARE(registry.constructedCount(), int(allBuiltins().size()));
}

QTEST_GUILESS_MAIN(TstProviderRegistry)
#include "tst_providerregistry.moc"
