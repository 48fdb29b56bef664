// Hand-written JSON: the mistakes people make get named, with their line; duplicate keys,
// which QJsonDocument accepts by keeping the last, are errors with their JSON path.
#include "config/config.h"
#include "config/jsonscanner.h"
#include "providers/providerregistry.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qddns;

class TstJsonScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mistakesAreNamed_data();
    void mistakesAreNamed();
    void duplicateKeysCarryTheirPath();
    void validJsonHasNoFinding_data();
    void validJsonHasNoFinding();
    void spansLocateEveryValue();
    void deepNestingIsRefusedNotRecursedInto();

private:
    ProviderRegistry m_registry;
};

void TstJsonScanner::mistakesAreNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // what parseConfig reports, in full

    QTest::newRow("line comment")
        << QByteArray("{\n  \"version\": 1,\n  // my NAS\n  \"interval\": 300\n}")
        << "comments are not allowed in JSON (line 3, column 3): remove the // comment, or keep the note in a \"name\" or a separate file";
    QTest::newRow("block comment")
        << QByteArray("{\"version\": 1, /* five minutes */ \"interval\": 300}")
        << "comments are not allowed in JSON (line 1, column 16): remove the /* */ comment, or keep the note in a \"name\" or a separate file";
    QTest::newRow("hash comment")
        << QByteArray("{\"version\": 1\n# interval\n}")
        << "comments are not allowed in JSON (line 2, column 1): remove the # comment, or keep the note in a \"name\" or a separate file";
    QTest::newRow("single-quoted value")
        << QByteArray("{\"version\": 1, \"profiles\": [{\"name\": 'home'}]}")
        << "strings need double quotes (line 1, column 38): write \"home\", not 'home'";
    QTest::newRow("single-quoted key")
        << QByteArray("{'version': 1}")
        << "strings need double quotes (line 1, column 2): write \"version\", not 'version'";
    QTest::newRow("unquoted key")
        << QByteArray("{\n  version: 1\n}") << "keys need double quotes (line 2, column 3): write \"version\"";
    QTest::newRow("unquoted value")
        << QByteArray("{\"version\": 1, \"interval\": 5m}") << "strings need double quotes (line 1, column 28): write \"5m\"";
    QTest::newRow("capitalised boolean")
        << QByteArray("{\"version\": 1, \"profiles\": [{\"ipv6\": True}]}") << "write true in lower case (line 1, column 38)";
    QTest::newRow("trailing comma in object")
        << QByteArray("{\n  \"version\": 1,\n  \"interval\": 300,\n}")
        << "trailing comma (line 3, column 18): JSON allows no comma after the last member of an object";
    QTest::newRow("trailing comma in list")
        << QByteArray("{\"version\": 1, \"profiles\": [{\"hosts\": [\"a\", \"b\",]}]}")
        << "trailing comma (line 1, column 48): JSON allows no comma after the last element of a list";
    QTest::newRow("missing comma between members")
        << QByteArray("{\"version\": 1\n \"interval\": 60}")
        << "missing comma (line 2, column 2): put a comma between the members of an object";
    QTest::newRow("missing comma in list")
        << QByteArray("{\"version\": 1, \"profiles\": [{\"hosts\": [\"a\" \"b\"]}]}")
        << "missing comma (line 1, column 44): put a comma between the elements of a list";
    QTest::newRow("missing value")
        << QByteArray("{\"version\": 1,\n \"interval\": }") << "\"interval\" has no value (line 2, column 14)";
    // What has no better name keeps the parser's words and position.
    QTest::newRow("unterminated string")
        << QByteArray("{\"version\": 1, \"profiles\": [{\"name\": \"home}]}") << "not valid JSON at line 1, column 46: unterminated string";
}

void TstJsonScanner::mistakesAreNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error != QJsonParseError::NoError, "the fixture must be invalid JSON");
    const auto parsed = parseConfig(json, m_registry);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().size(), 1);
    QCOMPARE(parsed.error().first().toString(), expected);
}

void TstJsonScanner::duplicateKeysCarryTheirPath()
{
    const QByteArray json = R"({
  "version": 1,
  "profiles": [
    {"name": "home", "provider": "duckdns", "hosts": ["a"],
     "hosts": ["b"]}
  ],
  "version": 1
})";
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError); // Qt takes it silently, keeping "b"
    const auto parsed = parseConfig(json, m_registry);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().size(), 2);
    QCOMPARE(parsed.error().at(0).toString(),
             "profiles[0].hosts: duplicate key \"hosts\" (line 5; first on line 4): JSON keeps only one of them, so remove or merge one");
    QCOMPARE(parsed.error().at(1).toString(),
             "version: duplicate key \"version\" (line 7; first on line 2): JSON keeps only one of them, so remove or merge one");
    // Equal after unescaping is the same key.
    const JsonScanner escaped(R"({"a\u0062": 1, "ab": 2})");
    QCOMPARE(escaped.duplicateKeys().size(), 1);
    QCOMPARE(escaped.duplicateKeys().first().path, "ab");
}

void TstJsonScanner::validJsonHasNoFinding_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("slashes and quotes inside strings")
        << QByteArray(R"({"url": "https://a.example/x//y /* z */ # w", "q": "it's \"quoted\""})");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"version\": 1}");
    QTest::newRow("numbers and literals") << QByteArray(R"([1, -2.5e3, 0, true, false, null, {}, []])");
    QTest::newRow("same key in different objects") << QByteArray(R"([{"name": "a"}, {"name": "b", "x": {"name": 1}}])");
}

void TstJsonScanner::validJsonHasNoFinding()
{
    QFETCH(QByteArray, json);
    const JsonScanner scanner(json);
    QVERIFY(scanner.isValid());
    QVERIFY(!scanner.syntaxError());
    QVERIFY(scanner.duplicateKeys().isEmpty());
}

void TstJsonScanner::spansLocateEveryValue()
{
    const QByteArray json = "{\n  \"profiles\": [\n    {\"name\": \"home\", \"secret\": {\"source\": \"keychain\"}}\n  ]\n}";
    const JsonScanner scanner(json);
    QVERIFY(scanner.isValid());
    const JsonSpan *secret = scanner.find("profiles[0].secret");
    QVERIFY(secret);
    QCOMPARE(json.mid(secret->begin, secret->end - secret->begin), QByteArray("{\"source\": \"keychain\"}"));
    QCOMPARE(json.mid(secret->keyBegin, 8), QByteArray("\"secret\""));
    const JsonSpan *name = scanner.find("profiles[0].name");
    QVERIFY(name);
    QCOMPARE(json.mid(name->begin, name->end - name->begin), QByteArray("\"home\""));
    QCOMPARE(scanner.find("")->begin, 0);
    QCOMPARE(scanner.find("")->end, json.size());
    QCOMPARE(scanner.lineOf(secret->begin), 3);
}

void TstJsonScanner::deepNestingIsRefusedNotRecursedInto()
{
    const QByteArray json = QByteArray(100000, '[') + QByteArray(100000, ']');
    const JsonScanner scanner(json); // must not exhaust the stack
    QVERIFY(!scanner.isValid());
    QVERIFY(!scanner.syntaxError());
}

QTEST_GUILESS_MAIN(TstJsonScanner)
#include "tst_jsonscanner.moc"
