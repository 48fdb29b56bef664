// The agent's own text in the user's language: the real qddns-agent under LC_ALL/LANG words its
// CLI messages, configuration errors and provider help from the agent catalogue, an unknown
// locale gets English; over the socket, the locale a client names in hello picks the language of
// `providers` and of configuration errors, a malformed one is refused, none means English.
//
// The expected text is read from the same compiled catalogue (:/i18n/qddns-agent_<lang>.qm,
// through agentText()), so the test holds before and after the translators' work. English plural
// forms prove the catalogue is installed at all ("1 configuration error", not "error(s)"); once a
// language's .ts has no unfinished entry, its text must also differ from the English source.
#include "agent/clienvironment.h"
#include "core/agenttext.h"
#include "fakes/lineclient.h"
#include "fakes/process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace {

const char kUnknownKey[] = "unknown key%1%2";
const char kErrorCount[] = "qddns-agent: %n configuration error(s); nothing was done";
const char kSetErrorCount[] = "the configuration has %n error(s); nothing was changed";

// The shipped catalogue of \a lang has every entry translated.
bool finished(const QString &lang)
{
    QFile ts(QStringLiteral(QDDNS_SOURCE_DIR "/translations/qddns-agent_%1.ts").arg(lang));
    return ts.open(QIODevice::ReadOnly) && !ts.readAll().contains("type=\"unfinished\"");
}

QString text(const QLocale &locale, const char *context, const char *source, int n = -1)
{
    return agentText(locale, context, QString::fromUtf8(source), n);
}

QJsonObject providerOf(const QJsonArray &providers, const QString &id)
{
    for (const QJsonValue &p : providers) {
        if (p.toObject().value("id").toString() == id)
            return p.toObject();
    }
    return {};
}

} // namespace

class TstAgentLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void checkConfigInGerman();
    void providersInChinese();
    void unknownLocaleIsEnglish();
    void socketClientChoosesTheLanguage();

private:
    ProcessRun agent(const QString &locale, const QStringList &args);
    QJsonObject englishDuckDns();
    QString configPath() const { return m_dir->filePath("config.json"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_agent;
};

void TstAgentLanguage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A key no validator knows, far from every known one (no "did you mean").
    QVERIFY(writeText(configPath(), R"({"version": 1, "frobnicate": 2})"));
}

void TstAgentLanguage::cleanup()
{
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        m_agent->kill();
        m_agent->waitForFinished();
    }
    m_agent.reset();
    m_dir.reset();
}

ProcessRun TstAgentLanguage::agent(const QString &locale, const QStringList &args)
{
    QProcessEnvironment env = sshEnvironment(m_dir->filePath("home"), m_dir->filePath("run"));
    // LANGUAGE would come before LC_ALL in Qt's list of UI languages.
    env.remove("LANGUAGE");
    env.remove("LC_MESSAGES");
    env.insert("LC_ALL", locale);
    env.insert("LANG", locale);
    return runAgent(args, env);
}

QJsonObject TstAgentLanguage::englishDuckDns()
{
    const ProcessRun run = agent("C.UTF-8", {"providers", "duckdns", "--json"});
    if (run.exitCode != 0)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    return doc.isArray() ? providerOf(doc.array(), "duckdns") : doc.object();
}

void TstAgentLanguage::checkConfigInGerman()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const ProcessRun run = agent("de_DE.UTF-8", {"--config", configPath(), "check-config"});
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);

    const QString unknownKey = text(german, "Qddns::Config", kUnknownKey).arg(QString(), QString());
    QVERIFY2(err.contains("frobnicate: " + unknownKey), qPrintable(err));
    const QString summary = text(german, "Qddns::Cli", kErrorCount, 1);
    QVERIFY2(err.contains(summary), qPrintable(err));
    // The catalogue is installed: plural forms at least (English's, until German has its own).
    QVERIFY(summary != QString::fromUtf8(kErrorCount).replace("%n", "1"));
    if (finished("de"))
        QVERIFY2(unknownKey != "unknown key", "qddns-agent_de.ts is finished but has no German for it");
}

void TstAgentLanguage::providersInChinese()
{
    const QJsonObject english = englishDuckDns();
    QVERIFY(!english.value("help").toString().isEmpty());

    const ProcessRun run = agent("zh_CN.UTF-8", {"providers", "duckdns", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    const QJsonObject chinese = doc.isArray() ? providerOf(doc.array(), "duckdns") : doc.object();
    const QLocale zh(QLocale::Chinese, QLocale::China);
    for (const char *field : {"help", "hostHelp", "secretLabel", "secretHelp"}) {
        const QString source = english.value(field).toString();
        QVERIFY2(!source.isEmpty(), field);
        const QString expected = agentText(zh, "Qddns::ProviderText", source);
        QCOMPARE(chinese.value(field).toString(), expected);
        if (finished("zh_CN"))
            QVERIFY2(expected != source, field);
    }
    QCOMPARE(chinese.value("id").toString(), "duckdns"); // words change, identifiers do not
}

void TstAgentLanguage::unknownLocaleIsEnglish()
{
    const ProcessRun run = agent("xx_YY.UTF-8", {"--config", configPath(), "check-config"});
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains("frobnicate: unknown key\n"), qPrintable(err));
    QVERIFY2(err.contains("qddns-agent: 1 configuration error; nothing was done"), qPrintable(err));

    const ProcessRun providers = agent("xx_YY.UTF-8", {"providers", "duckdns", "--json"});
    QCOMPARE(providers.exitCode, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(providers.out);
    const QJsonObject duckdns = doc.isArray() ? providerOf(doc.array(), "duckdns") : doc.object();
    QCOMPARE(duckdns.value("help").toString(), englishDuckDns().value("help").toString());
}

void TstAgentLanguage::socketClientChoosesTheLanguage()
{
    const QJsonObject english = englishDuckDns();
    QVERIFY(!english.value("help").toString().isEmpty());
    const QString socket = m_dir->filePath("agent.socket");
    QVERIFY(writeText(configPath(), R"({"version": 1, "detectors": {"ipv4": [], "ipv6": []}, "profiles": []})"));

    // The agent's own locale is German: a client that names none still gets English.
    QProcessEnvironment env = sshEnvironment(m_dir->filePath("home"), m_dir->filePath("run"));
    env.remove("LANGUAGE");
    env.insert("LC_ALL", "de_DE.UTF-8");
    m_agent = std::make_unique<QProcess>();
    m_agent->setProcessEnvironment(env);
    m_agent->setProcessChannelMode(QProcess::MergedChannels);
    m_agent->start(QStringLiteral(QDDNS_AGENT_BINARY),
                   {"run", "--verbose", "--config", configPath(), "--state-dir", m_dir->filePath("state"), "--socket", socket});
    QVERIFY(m_agent->waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += m_agent->readAll()).contains("listening on"), 5000);

    const QJsonObject invalid{{"version", 1}, {"frobnicate", 1}};
    const QLocale french(QLocale::French, QLocale::France);

    LineClient fr(socket);
    QVERIFY(fr.connected());
    QVERIFY(fr.reply(fr.request("hello", {{"protocol", 2}, {"client", "tst_agentlanguage"}, {"locale", "fr_FR"}}))
                .contains("result"));
    const QJsonObject duckdns = providerOf(fr.reply(fr.request("providers")).value("result").toObject().value("providers").toArray(),
                                           "duckdns");
    QCOMPARE(duckdns.value("help").toString(), agentText(french, "Qddns::ProviderText", english.value("help").toString()));
    QCOMPARE(duckdns.value("secretLabel").toString(), agentText(french, "Qddns::ProviderText", english.value("secretLabel").toString()));
    if (finished("fr"))
        QVERIFY(duckdns.value("help").toString() != english.value("help").toString());

    const QJsonObject validated = fr.reply(fr.request("config.validate", {{"config", invalid}})).value("result").toObject();
    QCOMPARE(validated.value("valid").toBool(), false);
    const QJsonObject error = validated.value("errors").toArray().first().toObject();
    QCOMPARE(error.value("path").toString(), "frobnicate"); // the machine part never changes
    QCOMPARE(error.value("message").toString(), text(french, "Qddns::Config", kUnknownKey).arg(QString(), QString()));

    const QJsonObject refused = fr.reply(fr.request("config.set", {{"config", invalid}})).value("error").toObject();
    QCOMPARE(refused.value("code").toString(), "invalidConfig");
    QCOMPARE(refused.value("message").toString(), text(french, "Qddns::Api", kSetErrorCount, 1));
    QVERIFY(refused.value("message").toString() != QString::fromUtf8(kSetErrorCount).replace("%n", "1"));
    QCOMPARE(refused.value("errors").toArray().first().toObject().value("message").toString(), error.value("message").toString());

    // A malformed locale is refused, naming the parameter.
    LineClient bad(socket);
    const QJsonObject badHello = bad.reply(bad.request("hello", {{"protocol", 2}, {"locale", "fr_FR; rm -rf /"}}));
    QCOMPARE(badHello.value("error").toObject().value("code").toString(), "invalidParams");
    QCOMPARE(badHello.value("error").toObject().value("param").toString(), "locale");
    const QJsonObject tooLong = bad.reply(bad.request("hello", {{"protocol", 2}, {"locale", QString(36, QLatin1Char('a'))}}));
    QCOMPARE(tooLong.value("error").toObject().value("param").toString(), "locale");

    // No locale: English, whatever the agent's own.
    LineClient none(socket);
    QVERIFY(none.reply(none.request("hello", {{"protocol", 2}, {"client", "tst_agentlanguage"}})).contains("result"));
    const QJsonObject plain = providerOf(none.reply(none.request("providers")).value("result").toObject().value("providers").toArray(),
                                         "duckdns");
    QCOMPARE(plain.value("help").toString(), english.value("help").toString());
    const QJsonObject plainErrors = none.reply(none.request("config.validate", {{"config", invalid}})).value("result").toObject();
    QCOMPARE(plainErrors.value("errors").toArray().first().toObject().value("message").toString(), "unknown key");
}

QTEST_GUILESS_MAIN(TstAgentLanguage)
#include "tst_agentlanguage.moc"
