// The agent's text in a client's language, in process: agentText() looks a source up in the
// catalogue of the locale and falls back to the source; localized() and describeProvider() word
// every provider text; parseConfig() words its errors, nested pieces included, without touching
// their paths; a closed service's message is put together in the language. A test catalogue
// (tests/data/i18n/qddns-agent_eo.ts, a language qddns does not ship) stands in for the shipped
// ones, whose translations arrive separately.
#include "config/config.h"
#include "core/agenttext.h"
#include "ipc/protocol.h"
#include "providers/providerregistry.h"

#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qddns;

class TstAgentText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lookUpAndFallBack();
    void providerTexts();
    void configErrors();
    void closedService();

private:
    const QLocale m_eo{QLocale::Esperanto};
    ProviderRegistry m_registry;
};

void TstAgentText::lookUpAndFallBack()
{
    QVERIFY(agentTranslator(m_eo));
    QVERIFY(!agentTranslator(QLocale(QStringLiteral("xx_YY"))));
    QCOMPARE(agentText(m_eo, "Qddns::ProviderText", QStringLiteral("Token")), QStringLiteral("Ĵetono"));
    // Another context, an unknown source, an unknown language: the source itself.
    QCOMPARE(agentText(m_eo, "Qddns::Cli", QStringLiteral("Token")), QStringLiteral("Token"));
    QCOMPARE(agentText(m_eo, "Qddns::ProviderText", QStringLiteral("No such text")), QStringLiteral("No such text"));
    QCOMPARE(agentText(QLocale(QStringLiteral("xx_YY")), "Qddns::ProviderText", QStringLiteral("Token")), QStringLiteral("Token"));
    // English carries the plural forms, for every language that has none of its own.
    const QString english = agentText(m_eo, "Qddns::Api", QStringLiteral("the profile has %n error(s)"), 1);
    QCOMPARE(english, QStringLiteral("the profile has 1 error"));
    QCOMPARE(agentText(QLocale::c(), "Qddns::Api", QStringLiteral("the profile has %n error(s)"), 3),
             QStringLiteral("the profile has 3 errors"));
}

void TstAgentText::providerTexts()
{
    const ProviderInfo *duckdns = m_registry.info(QStringLiteral("duckdns"));
    QVERIFY(duckdns);
    const ProviderInfo eo = localized(*duckdns, m_eo);
    QCOMPARE(eo.secretLabel, QStringLiteral("Ĵetono"));
    QCOMPARE(eo.secretHelp, QStringLiteral("La konta ĵetono montrata ĉe duckdns.org post ensaluto"));
    QCOMPARE(eo.help, duckdns->help); // not in the test catalogue: English
    QCOMPARE(eo.id, duckdns->id);
    QCOMPARE(eo.hostExample, duckdns->hostExample);

    const QJsonObject json = describeProvider(*duckdns, m_eo);
    QCOMPARE(json.value(Ipc::ProviderField::SecretLabel).toString(), QStringLiteral("Ĵetono"));
    QCOMPARE(json.value(Ipc::ProviderField::UsernameLabel).toString(), QStringLiteral("Uzantnomo")); // the default word
    QCOMPARE(json.value(Ipc::ProviderField::Id).toString(), QStringLiteral("duckdns"));
    QCOMPARE(describeProvider(*duckdns).value(Ipc::ProviderField::SecretLabel).toString(), QStringLiteral("Token"));
    // Every provider of the registry in the language.
    bool found = false;
    for (const QJsonValue &p : m_registry.describe(m_eo))
        found = found || p.toObject().value(Ipc::ProviderField::SecretLabel).toString() == QStringLiteral("Ĵetono");
    QVERIFY(found);
}

void TstAgentText::configErrors()
{
    const QByteArray json = R"({"version": 1, "intervall": 60, "detectors": {"ipv4": {"x": 1}, "ipv6": []}})";
    const auto english = parseConfig(json, m_registry);
    const auto eo = parseConfig(json, m_registry, m_eo);
    QVERIFY(!english && !eo);
    QCOMPARE(eo.error().size(), english.error().size());
    QStringList paths;
    for (qsizetype i = 0; i < eo.error().size(); ++i) {
        QCOMPARE(eo.error().at(i).path, english.error().at(i).path); // machine part unchanged
        paths << eo.error().at(i).path;
    }
    const auto messageAt = [](const ConfigErrors &errors, const QString &path) {
        for (const ConfigError &e : errors) {
            if (e.path == path)
                return e.message;
        }
        return QString();
    };
    QCOMPARE(messageAt(english.error(), QStringLiteral("intervall")), QStringLiteral("unknown key (did you mean \"interval\"?)"));
    QCOMPARE(messageAt(eo.error(), QStringLiteral("intervall")), QStringLiteral("nekonata ŝlosilo (ĉu vi celis \"interval\"?)"));
    QVERIFY2(paths.contains(QStringLiteral("detectors.ipv4")), qPrintable(paths.join(QLatin1Char(','))));
    QVERIFY(messageAt(english.error(), QStringLiteral("detectors.ipv4")).startsWith(QStringLiteral("must be a list of detectors")));

    const QByteArray boolean = R"({"version": 1, "profiles": [{"name": "a", "provider": "duckdns", "hosts": ["a"], "ipv6": []}]})";
    const auto eoBool = parseConfig(boolean, m_registry, m_eo);
    QVERIFY(!eoBool);
    QCOMPARE(messageAt(eoBool.error(), QStringLiteral("profiles[0].ipv6")), QStringLiteral("devas esti true aŭ false, ne listo"));
}

void TstAgentText::closedService()
{
    QCOMPARE(m_registry.closedService(QStringLiteral("cloudxns"), QLocale::c()),
             QStringLiteral("CloudXNS closed (in 2021); use another DNS host, e.g. \"cloudflare\" or \"desec\""));
    QCOMPARE(m_registry.closedService(QStringLiteral("cloudxns"), m_eo),
             QStringLiteral("CloudXNS fermiĝis (en 2021); uzu alian DNS-gastiganton, ekz. \"cloudflare\" aŭ \"desec\""));
    const auto parsed = parseConfig(R"({"version": 1, "profiles": [{"name": "a", "provider": "cloudxns", "hosts": ["a.example.org"]}]})",
                                    m_registry, m_eo);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().first().path, QStringLiteral("profiles[0].provider"));
    QVERIFY(parsed.error().first().message.contains(QStringLiteral("fermiĝis")));
}

QTEST_GUILESS_MAIN(TstAgentText)
#include "tst_agenttext.moc"
