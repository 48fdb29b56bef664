// The parameter table of the local socket protocol: every parameter of every request, its type
// and range, required ones, unknown ones. The agent answers a refusal with invalidParams naming
// the parameter (tst_agentsocketbounds checks that end to end).
#include "ipc/params.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qddns::Ipc;

class TstParams : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void unknownMethodPasses();
};

void TstParams::check_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("faulty");  // the parameter named in the error; empty: accepted
    QTest::addColumn<QString>("message"); // a piece of the message

    // hello: protocol is required and a whole number from 1; unknown params are ignored so
    // that a later client can still negotiate with this agent.
    QTest::newRow("hello") << "hello" << QByteArray(R"({"protocol": 1, "client": "tray"})") << "" << "";
    QTest::newRow("hello newer client") << "hello" << QByteArray(R"({"protocol": 2, "features": ["x"]})") << "" << "";
    QTest::newRow("hello without protocol") << "hello" << QByteArray(R"({"client": "x"})") << "protocol" << "hello needs \"protocol\"";
    QTest::newRow("hello protocol 0") << "hello" << QByteArray(R"({"protocol": 0})") << "protocol" << "from 1, not 0";
    QTest::newRow("hello protocol 1.5") << "hello" << QByteArray(R"({"protocol": 1.5})") << "protocol" << "not 1.5";
    QTest::newRow("hello protocol string") << "hello" << QByteArray(R"({"protocol": "1"})") << "protocol" << "not \"1\"";
    QTest::newRow("hello client number") << "hello" << QByteArray(R"({"protocol": 1, "client": 7})") << "client" << "a string, not 7";

    // Requests without parameters refuse any.
    for (const char *method : {"status", "config.get", "detect", "unsubscribe", "providers", "pause", "resume"}) {
        QTest::addRow("%s empty", method) << method << QByteArray("{}") << "" << "";
        QTest::addRow("%s null param", method) << method << QByteArray(R"({"x": null})") << "x" << "takes no parameters";
        QTest::addRow("%s unknown", method) << method << QByteArray(R"({"verbose": true})") << "verbose" << "takes no parameters, not \"verbose\"";
    }

    QTest::newRow("config.validate") << "config.validate" << QByteArray(R"({"config": {"version": 1}})") << "" << "";
    QTest::newRow("config.validate missing") << "config.validate" << QByteArray("{}") << "config" << "needs \"config\": an object";
    QTest::newRow("config.validate null") << "config.validate" << QByteArray(R"({"config": null})") << "config" << "needs \"config\"";
    QTest::newRow("config.validate string") << "config.validate" << QByteArray(R"({"config": "{}"})") << "config" << "not \"{}\"";
    QTest::newRow("config.set") << "config.set" << QByteArray(R"({"config": {}})") << "" << "";
    QTest::newRow("config.set array") << "config.set" << QByteArray(R"({"config": []})") << "config" << "an object, not []";
    QTest::newRow("config.set unknown") << "config.set" << QByteArray(R"({"config": {}, "dryRun": true})") << "dryRun" << "it takes config";

    QTest::newRow("update all") << "update" << QByteArray("{}") << "" << "";
    QTest::newRow("update profile force") << "update" << QByteArray(R"({"profile": "home", "force": true})") << "" << "";
    QTest::newRow("update null profile") << "update" << QByteArray(R"({"profile": null, "force": false})") << "" << "";
    QTest::newRow("update force yes") << "update" << QByteArray(R"({"force": "yes"})") << "force" << "true or false, not \"yes\"";
    QTest::newRow("update force 1") << "update" << QByteArray(R"({"force": 1})") << "force" << "true or false, not 1";
    QTest::newRow("update profile number") << "update" << QByteArray(R"({"profile": 3})") << "profile" << "a non-empty string, not 3";
    QTest::newRow("update profile empty") << "update" << QByteArray(R"({"profile": ""})") << "profile" << "not \"\"";
    QTest::newRow("update typo") << "update" << QByteArray(R"({"forse": true})") << "forse" << "it takes profile, force";

    QTest::newRow("history all") << "history" << QByteArray("{}") << "" << "";
    QTest::newRow("history full") << "history"
                                  << QByteArray(R"({"since": "2026-11-01T00:00:00Z", "until": "2026-11-02T00:00:00.000+01:00", "family": "ipv6", "limit": 10})")
                                  << "" << "";
    QTest::newRow("history since garbage") << "history" << QByteArray(R"({"since": "garbage"})") << "since" << "ISO 8601 time";
    QTest::newRow("history until number") << "history" << QByteArray(R"({"until": 1700000000})") << "until" << "not 1700000000";
    QTest::newRow("history family") << "history" << QByteArray(R"({"family": "ipv5"})") << "family" << "one of ipv4, ipv6, not \"ipv5\"";
    QTest::newRow("history limit 0") << "history" << QByteArray(R"({"limit": 0})") << "limit" << "a whole number from 1, not 0";
    QTest::newRow("history limit -5") << "history" << QByteArray(R"({"limit": -5})") << "limit" << "not -5";
    QTest::newRow("history limit 2.5") << "history" << QByteArray(R"({"limit": 2.5})") << "limit" << "not 2.5";
    QTest::newRow("history limit 1e300") << "history" << QByteArray(R"({"limit": 1e300})") << "limit" << "a whole number from 1";
    QTest::newRow("history limit huge") << "history" << QByteArray(R"({"limit": 2147483647})") << "" << "";
    QTest::newRow("history limit string") << "history" << QByteArray(R"({"limit": "10"})") << "limit" << "not \"10\"";

    QTest::newRow("logs") << "logs" << QByteArray(R"({"level": "warning", "limit": 5000})") << "" << "";
    QTest::newRow("logs limit -5") << "logs" << QByteArray(R"({"limit": -5})") << "limit" << "\"limit\" of logs must be a whole number from 1, not -5";
    QTest::newRow("logs level") << "logs" << QByteArray(R"({"level": "verbose"})") << "level" << "one of debug, info, warning, error";
    QTest::newRow("logs level case") << "logs" << QByteArray(R"({"level": "INFO"})") << "level" << "not \"INFO\"";

    QTest::newRow("subscribe all") << "subscribe" << QByteArray("{}") << "" << "";
    QTest::newRow("subscribe some") << "subscribe" << QByteArray(R"({"events": ["log", "addressChanged"], "logLevel": "debug"})") << "" << "";
    QTest::newRow("subscribe events all") << "subscribe" << QByteArray(R"({"events": "all"})") << "events" << "not \"all\"";
    QTest::newRow("subscribe events empty") << "subscribe" << QByteArray(R"({"events": []})") << "events" << "leave it out for all";
    QTest::newRow("subscribe unknown event") << "subscribe" << QByteArray(R"({"events": ["log", "nope"]})") << "events" << "not [\"log\",\"nope\"]";
    QTest::newRow("subscribe event number") << "subscribe" << QByteArray(R"({"events": [1]})") << "events" << "not [1]";
    QTest::newRow("subscribe logLevel") << "subscribe" << QByteArray(R"({"logLevel": 2})") << "logLevel" << "not 2";

    QTest::newRow("test") << "test" << QByteArray(R"({"profile": {"name": "x"}})") << "" << "";
    QTest::newRow("test missing") << "test" << QByteArray("{}") << "profile" << "test needs \"profile\": an object";
    QTest::newRow("test name only") << "test" << QByteArray(R"({"profile": "home"})") << "profile" << "an object, not \"home\"";

    QTest::newRow("secretChanged") << "secretChanged" << QByteArray(R"({"profile": "home"})") << "" << "";
    QTest::newRow("secretChanged missing") << "secretChanged" << QByteArray("{}") << "profile" << "secretChanged needs \"profile\"";
    QTest::newRow("secretChanged object") << "secretChanged" << QByteArray(R"({"profile": {}})") << "profile" << "not an object";
}

void TstParams::check()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    QFETCH(QString, faulty);
    QFETCH(QString, message);

    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(params, &parse);
    QVERIFY2(doc.isObject(), qPrintable(parse.errorString()));
    const auto error = checkParams(method, doc.object());
    if (faulty.isEmpty()) {
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        return;
    }
    QVERIFY(error);
    QCOMPARE(error->param, faulty);
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
}

void TstParams::unknownMethodPasses()
{
    // The answer to a method nobody knows is unknownMethod, whatever its parameters.
    QVERIFY(!checkParams(u"frobnicate", {{"x", 1}}));
}

QTEST_GUILESS_MAIN(TstParams)
#include "tst_params.moc"
