// The configuration's `hooks`: every type read and expanded, every mistake named with its path,
// and the templates' escaping: whatever a message holds, a URL stays one URL, a header one
// header and a JSON body valid JSON.
#include "config/config.h"
#include "config/hookconfig.h"
#include "config/hookpresets.h"
#include "config/hooktemplate.h"
#include "fakes/checks.h"
#include "providers/providerregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

namespace {

QByteArray withHooks(const QByteArray &hooks, const QByteArray &profileExtra = {})
{
    return R"({"version": 1, "profiles": [{"name": "home", "provider": "duckdns", "hosts": ["myhome"])" + profileExtra
        + R"(}], "hooks": )" + hooks + "}";
}

QString header(const HookSpec &spec, const QString &name)
{
    for (const auto &h : spec.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QStringLiteral("<absent>");
}

// A message that breaks every naive way of putting text into a URL, a header or JSON.
const QString kNasty = QStringLiteral("say \"hi\"\\ & go #1 a/b?c=d+e\r\nX-Injected: 1\ttab \u00e9\u4e2d \U0001F600 \x01");

} // namespace

class TstHooksConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTypeIsRead();
    void presetsExpandToWebhooks_data();
    void presetsExpandToWebhooks();
    void mistakesAreNamed_data();
    void mistakesAreNamed();
    void referencesBetweenProfilesAndHooks();
    void profileHooksDoNotChangeItsRecords();
    void hookSecretsAreWithheldFromChildren();
    void urlPlaceholdersAreEncoded();
    void jsonBodyStaysValid();
    void headersStayOneLine();
    void presetOptionsAreEscapedWhereTheyGo();
    void readmeExamplesAreValid();

private:
    ProviderRegistry m_registry;
};

void TstHooksConfig::everyTypeIsRead()
{
    const auto config = parseConfig(withHooks(R"([
        {"name": "fw", "type": "command", "argv": ["/usr/local/bin/fw-reload", "--why", "a;b|c"], "timeout": "2m",
         "events": ["addressChanged"], "families": ["ipv4"]},
        {"name": "hook", "type": "webhook", "url": "https://hooks.example.org/ddns?ip={new}", "method": "PUT",
         "headers": {"Authorization": "Bearer {secret}", "X-Event": "{event}"}, "body": "{\"text\": \"{message}\"}",
         "secret": {"source": "env", "name": "HOOK_TOKEN"}, "events": ["updated", "failed"], "profiles": ["home"],
         "quietPeriod": 0},
        {"name": "phone", "type": "ntfy", "url": "https://ntfy.sh/my-home", "events": ["failed", "held", "recovered"]},
        {"name": "hc", "type": "healthchecks", "url": "https://hc-ping.com/5c1f7e0a-2b7d-4f38-9d6e-3f9c1b2a4e11/"},
        {"name": "kuma", "type": "uptimekuma", "url": "https://kuma.example.org/api/push/Xy12Ab", "profiles": ["home"]}
    ])"), m_registry);
    QVERIFY2(config, qPrintable(failure(config)));
    QCOMPARE(config->hooks.size(), 5);

    const HookSpec &fw = config->hooks.at(0);
    QCOMPARE(fw.kind, HookSpec::Kind::Command);
    QCOMPARE(fw.argv, (QStringList{"/usr/local/bin/fw-reload", "--why", "a;b|c"}));
    QCOMPARE(fw.timeout, 120s);
    QCOMPARE(fw.events, QList<HookEvent>{HookEvent::AddressChanged});
    QCOMPARE(fw.families, QList<Family>{Family::IPv4});
    QCOMPARE(fw.quietPeriod, 15min);

    const HookSpec &hook = config->hooks.at(1);
    QCOMPARE(hook.kind, HookSpec::Kind::Webhook);
    QCOMPARE(hook.method, QByteArray("PUT"));
    QCOMPARE(hook.url, "https://hooks.example.org/ddns?ip={new}");
    QCOMPARE(header(hook, "Authorization"), "Bearer {secret}");
    QVERIFY(hook.jsonBody);
    QCOMPARE(hook.contentType, "application/json");
    QVERIFY(hook.secret);
    QCOMPARE(hook.secret->source, SecretRef::Source::Env);
    QCOMPARE(hook.profiles, QStringList{"home"});
    QCOMPARE(hook.quietPeriod, 0s);

    const HookSpec &phone = config->hooks.at(2);
    QCOMPARE(phone.kind, HookSpec::Kind::Webhook);
    QVERIFY(!phone.secret); // ntfy's token is optional
    QCOMPARE(header(phone, "Authorization"), "<absent>");

    QCOMPARE(config->hooks.at(3).kind, HookSpec::Kind::Healthchecks);
    QCOMPARE(config->hooks.at(3).url, "https://hc-ping.com/5c1f7e0a-2b7d-4f38-9d6e-3f9c1b2a4e11");
    QVERIFY(config->hooks.at(3).isHeartbeat());
    QCOMPARE(config->hooks.at(4).kind, HookSpec::Kind::UptimeKuma);
}

void TstHooksConfig::presetsExpandToWebhooks_data()
{
    QTest::addColumn<QByteArray>("hook");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("headerName");
    QTest::addColumn<QString>("headerValue");
    QTest::addColumn<QString>("body");

    QTest::newRow("ntfy with a token and a title")
        << QByteArray(R"({"name": "n", "type": "ntfy", "url": "https://ntfy.example.org/alerts/", "title": "DNS {event}",
                         "priority": "high", "tags": "globe_with_meridians", "secret": {"source": "env", "name": "NTFY"},
                         "events": ["failed"]})")
        << QByteArray("POST") << "https://ntfy.example.org/alerts" << "Authorization" << "Bearer {secret}" << "{message}";
    QTest::newRow("gotify")
        << QByteArray(R"({"name": "g", "type": "gotify", "url": "https://gotify.example.org", "events": ["failed"]})")
        << QByteArray("POST") << "https://gotify.example.org/message" << "X-Gotify-Key" << "{secret}"
        << R"({"title": "qddns: {event}", "message": "{message}", "priority": 5})";
    QTest::newRow("discord")
        << QByteArray(R"({"name": "d", "type": "discord", "url": "https://discord.com/api/webhooks/1/abc", "events": ["failed"]})")
        << QByteArray("POST") << "https://discord.com/api/webhooks/1/abc" << "X-None" << "<absent>" << R"({"content": "{message}"})";
    QTest::newRow("slack")
        << QByteArray(R"({"name": "s", "type": "slack", "url": "https://hooks.slack.com/services/T0/B0/X", "events": ["failed"]})")
        << QByteArray("POST") << "https://hooks.slack.com/services/T0/B0/X" << "X-None" << "<absent>" << R"({"text": "{message}"})";
    QTest::newRow("matrix: the room id is encoded in the path")
        << QByteArray(R"({"name": "m", "type": "matrix", "server": "https://matrix.example.org", "room": "!AbC/d:example.org",
                         "events": ["failed"]})")
        << QByteArray("PUT") << "https://matrix.example.org/_matrix/client/v3/rooms/%21AbC%2Fd:example.org/send/m.room.message/{id}"
        << "Authorization" << "Bearer {secret}" << R"({"msgtype": "m.text", "body": "{message}"})";
    QTest::newRow("telegram: the token in the path")
        << QByteArray(R"({"name": "t", "type": "telegram", "chatId": "@my\"channel", "events": ["failed"]})")
        << QByteArray("POST") << "https://api.telegram.org/bot{secret}/sendMessage" << "X-None" << "<absent>"
        << R"({"chat_id": "@my\"channel", "text": "{message}"})";
    QTest::newRow("pushover")
        << QByteArray(R"({"name": "p", "type": "pushover", "user": "uQiRzpo4DXghDmr9QzzfQu27cmVRsG", "priority": 1,
                         "events": ["failed"]})")
        << QByteArray("POST") << "https://api.pushover.net/1/messages.json" << "X-None" << "<absent>"
        << R"({"token": "{secret}", "user": "uQiRzpo4DXghDmr9QzzfQu27cmVRsG", "title": "qddns: {event}", "message": "{message}", "priority": 1})";
}

void TstHooksConfig::presetsExpandToWebhooks()
{
    QFETCH(QByteArray, hook);
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QString, headerName);
    QFETCH(QString, headerValue);
    QFETCH(QString, body);
    const auto config = parseConfig(withHooks("[" + hook + "]"), m_registry);
    QVERIFY2(config, qPrintable(failure(config)));
    const HookSpec &spec = config->hooks.first();
    QCOMPARE(spec.kind, HookSpec::Kind::Webhook);
    QCOMPARE(spec.method, method);
    QCOMPARE(spec.url, url);
    QCOMPARE(header(spec, headerName), headerValue);
    QCOMPARE(spec.body, body);
    // Every preset's body is valid JSON (or plain text) whatever the message holds.
    QHash<QString, QString> values = samplePlaceholderValues();
    values.insert("message", kNasty);
    if (spec.jsonBody) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(renderTemplate(spec.body, values, TemplateContext::Json).toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QVERIFY(std::any_of(o.begin(), o.end(), [](const QJsonValue &v) { return v.toString() == kNasty; }));
    }
}

void TstHooksConfig::mistakesAreNamed_data()
{
    QTest::addColumn<QByteArray>("hooks");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not a list") << QByteArray(R"({"name": "x"})") << "hooks: must be a list of hooks";
    QTest::newRow("unknown type")
        << QByteArray(R"([{"name": "x", "type": "nfty", "url": "https://ntfy.sh/a", "events": ["failed"]}])")
        << "hooks[0].type: \"nfty\" is not a hook type (did you mean \"ntfy\"?)";
    QTest::newRow("no events")
        << QByteArray(R"([{"name": "x", "type": "ntfy", "url": "https://ntfy.sh/a"}])") << "hooks[0].events: is required";
    QTest::newRow("unknown event")
        << QByteArray(R"([{"name": "x", "type": "ntfy", "url": "https://ntfy.sh/a", "events": ["failed", "update"]}])")
        << "hooks[0].events[1]: \"update\" is not one of addressChanged, updated, failed, held, recovered, agentStarted (did you mean \"updated\"?)";
    QTest::newRow("unknown family")
        << QByteArray(R"([{"name": "x", "type": "ntfy", "url": "https://ntfy.sh/a", "events": ["failed"], "families": ["ipv5"]}])")
        << "hooks[0].families[0]: \"ipv5\" is not one of ipv4, ipv6";
    QTest::newRow("a token in the file")
        << QByteArray(R"([{"name": "x", "type": "ntfy", "url": "https://ntfy.sh/a", "events": ["failed"], "token": "tk_123"}])")
        << "hooks[0].token: secrets are never stored in the config file";
    QTest::newRow("unknown key of a preset")
        << QByteArray(R"([{"name": "x", "type": "ntfy", "url": "https://ntfy.sh/a", "events": ["failed"], "tittle": "a"}])")
        << "hooks[0].tittle: unknown key for a ntfy hook (did you mean \"title\"?)";
    QTest::newRow("heartbeats are told no events")
        << QByteArray(R"([{"name": "x", "type": "healthchecks", "url": "https://hc-ping.com/a", "events": ["failed"]}])")
        << "hooks[0].events: unknown key for a healthchecks hook";
    QTest::newRow("unknown placeholder")
        << QByteArray(R"([{"name": "x", "type": "webhook", "url": "https://h.example.org/?ip={ip}", "events": ["failed"]}])")
        << "hooks[0].url: {ip} is not a placeholder";
    QTest::newRow("secret placeholder without a secret")
        << QByteArray(R"([{"name": "x", "type": "webhook", "url": "https://h.example.org/", "headers": {"Authorization": "Bearer {secret}"},
                          "events": ["failed"]}])")
        << "hooks[0].headers.Authorization: {secret} needs the hook's \"secret\"";
    QTest::newRow("a secret sent nowhere")
        << QByteArray(R"([{"name": "x", "type": "webhook", "url": "https://h.example.org/", "secret": {"source": "env", "name": "T"},
                          "events": ["failed"]}])")
        << "hooks[0].secret: is read but sent nowhere";
    QTest::newRow("placeholder outside a JSON string")
        << QByteArray(R"([{"name": "x", "type": "webhook", "url": "https://h.example.org/", "body": "{\"ip\": {new}}",
                          "events": ["failed"]}])")
        << "hooks[0].body: is not valid JSON once its placeholders are filled in";
    QTest::newRow("content type as a header")
        << QByteArray(R"([{"name": "x", "type": "webhook", "url": "https://h.example.org/", "headers": {"content-type": "a/b"},
                          "events": ["failed"]}])")
        << "hooks[0].headers.content-type: give the body's type as \"contentType\"";
    QTest::newRow("GET with a body")
        << QByteArray(R"([{"name": "x", "type": "webhook", "url": "https://h.example.org/", "method": "GET", "body": "hi",
                          "events": ["failed"]}])")
        << "hooks[0].body: a GET request has no body";
    QTest::newRow("plain http")
        << QByteArray(R"([{"name": "x", "type": "webhook", "url": "http://h.example.org/", "events": ["failed"]}])")
        << "hooks[0].url: plain http:// is refused";
    QTest::newRow("a required preset option")
        << QByteArray(R"([{"name": "x", "type": "telegram", "events": ["failed"]}])")
        << "hooks[0].chatId: is required for a Telegram hook: the chat id, e.g. 123456789";
    QTest::newRow("a heartbeat URL takes no placeholders")
        << QByteArray(R"([{"name": "x", "type": "uptimekuma", "url": "https://k.example.org/api/push/a?msg={message}"}])")
        << "hooks[0].url: takes no placeholders";
    QTest::newRow("a relative program")
        << QByteArray(R"([{"name": "x", "type": "command", "argv": ["bin/hook"], "events": ["failed"]}])")
        << "hooks[0].argv[0]: \"bin/hook\" is a relative path";
    QTest::newRow("a command timeout out of range")
        << QByteArray(R"([{"name": "x", "type": "command", "argv": ["/bin/true"], "events": ["failed"], "timeout": 0}])")
        << "hooks[0].timeout: must be between 1 and 3600 seconds, not 0";
    QTest::newRow("two hooks of one name")
        << QByteArray(R"([{"name": "x", "type": "command", "argv": ["/bin/true"], "events": ["failed"]},
                          {"name": "x", "type": "command", "argv": ["/bin/false"], "events": ["failed"]}])")
        << "hooks[1].name: \"x\" is used by another hook";
}

void TstHooksConfig::mistakesAreNamed()
{
    QFETCH(QByteArray, hooks);
    QFETCH(QString, expected);
    const auto config = parseConfig(withHooks(hooks), m_registry);
    QVERIFY(!config);
    const QString all = errorStrings(config.error()).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void TstHooksConfig::referencesBetweenProfilesAndHooks()
{
    const auto bad = parseConfig(withHooks(R"([{"name": "phone", "type": "ntfy", "url": "https://ntfy.sh/a", "events": ["failed"],
                                              "profiles": ["hme"]}])", R"(, "hooks": ["phnoe"])"), m_registry);
    QVERIFY(!bad);
    QCOMPARE(errorStrings(bad.error()),
             (QStringList{"profiles[0].hooks[0]: there is no hook named \"phnoe\" (did you mean \"phone\"?)",
                          "hooks[0].profiles[0]: there is no profile named \"hme\" (did you mean \"home\"?)"}));

    const auto config = parseConfig(withHooks(R"([{"name": "phone", "type": "ntfy", "url": "https://ntfy.sh/a", "events": ["failed"]},
                                                 {"name": "fw", "type": "command", "argv": ["/bin/true"], "events": ["failed"]}])",
                                              R"(, "hooks": ["phone"])"), m_registry);
    QVERIFY2(config, qPrintable(failure(config)));
    QVERIFY(config->tellsHook(config->hooks.at(0), "home"));
    QVERIFY(!config->tellsHook(config->hooks.at(1), "home")); // the profile names only "phone"
}

void TstHooksConfig::profileHooksDoNotChangeItsRecords()
{
    // A profile's fingerprint decides whether its records are re-sent and holds lifted: naming
    // hooks is not the provider's business.
    const auto without = parseConfig(withHooks(R"([{"name": "phone", "type": "ntfy", "url": "https://ntfy.sh/a", "events": ["failed"]}])"),
                                     m_registry);
    const auto with = parseConfig(withHooks(R"([{"name": "phone", "type": "ntfy", "url": "https://ntfy.sh/a", "events": ["failed"]}])",
                                            R"(, "hooks": ["phone"])"), m_registry);
    QVERIFY2(without && with, qPrintable(failure(without) + failure(with)));
    QCOMPARE(with->profiles.first().fingerprint, without->profiles.first().fingerprint);
    QVERIFY(!without->profiles.first().hooks.has_value());
    QCOMPARE(*with->profiles.first().hooks, QStringList{"phone"});
}

void TstHooksConfig::hookSecretsAreWithheldFromChildren()
{
    const auto config = parseConfig(withHooks(R"([{"name": "g", "type": "gotify", "url": "https://gotify.example.org",
                                                  "secret": {"source": "env", "name": "GOTIFY_TOKEN"}, "events": ["failed"]}])"),
                                    m_registry);
    QVERIFY2(config, qPrintable(failure(config)));
    QVERIFY(config->secretEnvironment().contains("GOTIFY_TOKEN"));
    QCOMPARE(hookSecretOwner("g"), "hook:g");
}

void TstHooksConfig::urlPlaceholdersAreEncoded()
{
    const QString url = renderTemplate("https://h.example.org/n/{host}?msg={message}&ip={new}",
                                       {{"host", "a b/c"}, {"message", kNasty}, {"new", "2a02:8070:d18f:5a00::10"}},
                                       TemplateContext::Url);
    const QUrl parsed = QUrl::fromEncoded(url.toLatin1(), QUrl::StrictMode);
    QVERIFY2(parsed.isValid(), qPrintable(url));
    QCOMPARE(parsed.path(QUrl::FullyDecoded), "/n/a b/c"); // one segment's worth of text
    QVERIFY2(url.contains("/n/a%20b%2Fc?"), qPrintable(url));
    QVERIFY2(url.endsWith("&ip=2a02:8070:d18f:5a00::10"), qPrintable(url));
    // The message is one query value, decoded back exactly.
    const QString query = url.section(QLatin1Char('?'), 1);
    const QStringList items = query.split(QLatin1Char('&'));
    QCOMPARE(items.size(), 2);
    QCOMPARE(QUrl::fromPercentEncoding(items.first().section(QLatin1Char('='), 1).toLatin1()), kNasty);
}

void TstHooksConfig::jsonBodyStaysValid()
{
    const QString body = renderTemplate(R"({"text": "{message}", "host": "{host}"})", {{"message", kNasty}, {"host", "h"}},
                                        TemplateContext::Json);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value("text").toString(), kNasty);
    QCOMPARE(doc.object().value("host").toString(), "h");
    // JSON's own braces are text, not placeholders.
    QCOMPARE(placeholdersIn(R"({"a": {"b": "{new}"}})"), QStringList{"new"});
}

void TstHooksConfig::headersStayOneLine()
{
    const QString value = renderTemplate("qddns {message}", {{"message", kNasty}}, TemplateContext::Header);
    QVERIFY(!value.contains(QLatin1Char('\r')));
    QVERIFY(!value.contains(QLatin1Char('\n')));
    QVERIFY(value.contains("X-Injected: 1")); // on the same line: text, not a header
}

void TstHooksConfig::presetOptionsAreEscapedWhereTheyGo()
{
    // A title with quotes goes into Gotify's JSON body escaped, its placeholder still live.
    const auto config = parseConfig(withHooks(R"([{"name": "g", "type": "gotify", "url": "https://gotify.example.org",
                                                  "title": "IP \"{new}\"", "priority": 8, "events": ["failed"]}])"),
                                    m_registry);
    QVERIFY2(config, qPrintable(failure(config)));
    const QString body = renderTemplate(config->hooks.first().body, {{"new", "81.2.69.160"}, {"message", "m"}}, TemplateContext::Json);
    const QJsonObject o = QJsonDocument::fromJson(body.toUtf8()).object();
    QCOMPARE(o.value("title").toString(), "IP \"81.2.69.160\"");
    QCOMPARE(o.value("priority").toInt(), 8);
    QCOMPARE(hookPresets().size(), 7);
}

void TstHooksConfig::readmeExamplesAreValid()
{
    // Every JSON block of the README's "Alerts and hooks": a whole configuration, or one hook.
    QFile readme(QStringLiteral(QDDNS_README));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype begin = text.indexOf("\n## Alerts and hooks\n");
    QVERIFY(begin > 0);
    const QString section = text.mid(begin, text.indexOf("\n## ", begin + 5) - begin);
    QStringList types;
    qsizetype pos = 0;
    int blocks = 0;
    while ((pos = section.indexOf("```json\n", pos)) >= 0) {
        const qsizetype end = section.indexOf("\n```", pos);
        const QByteArray block = section.mid(pos + 8, end - pos - 8).toUtf8();
        pos = end;
        ++blocks;
        const QJsonObject object = QJsonDocument::fromJson(block).object();
        QVERIFY2(!object.isEmpty(), block.constData());
        const QByteArray document = object.contains("version") ? block : withHooks("[" + block + "]");
        const auto config = parseConfig(document, m_registry);
        QVERIFY2(config, qPrintable(failure(config) + "\n" + block));
        for (const HookSpec &h : config->hooks)
            types << h.type;
    }
    QVERIFY(blocks >= 10);
    // A worked example of each kind.
    for (const QString &type : hookTypes())
        QVERIFY2(types.contains(type), qPrintable(type));
}

QTEST_GUILESS_MAIN(TstHooksConfig)
#include "tst_hooksconfig.moc"
