// The value forms of the configuration: durations and host names.
#include "config/config.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTest>

using namespace Qddns;

class TstConfigValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseDuration_data();
    void parseDuration();
    void hostNameProblem_data();
    void hostNameProblem();
};

void TstConfigValues::parseDuration_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("number") << QJsonValue(300) << true << qint64(300);
    QTest::newRow("zero") << QJsonValue(0) << true << qint64(0);
    QTest::newRow("number 1e10") << QJsonValue(1e10) << true << qint64(10000000000);
    QTest::newRow("digits") << QJsonValue("300") << true << qint64(300);
    QTest::newRow("seconds") << QJsonValue("45s") << true << qint64(45);
    QTest::newRow("5m") << QJsonValue("5m") << true << qint64(300);
    QTest::newRow("12h") << QJsonValue("12h") << true << qint64(43200);
    QTest::newRow("25d") << QJsonValue("25d") << true << qint64(2160000);
    QTest::newRow("1h30m") << QJsonValue("1h30m") << true << qint64(5400);
    QTest::newRow("1d2h3m4s") << QJsonValue("1d2h3m4s") << true << qint64(93784);
    QTest::newRow("spaces between parts") << QJsonValue("1h 30m") << true << qint64(5400);
    QTest::newRow("space before unit") << QJsonValue("5 m") << true << qint64(300);
    QTest::newRow("spaces around") << QJsonValue("  5m ") << true << qint64(300);

    QTest::newRow("negative number") << QJsonValue(-1) << false << qint64(0);
    QTest::newRow("fraction") << QJsonValue(1.5) << false << qint64(0);
    QTest::newRow("number too large") << QJsonValue(1e11) << false << qint64(0);
    // Once cast to an integer before the range check: undefined behaviour (the UBSan build catches it).
    QTest::newRow("number 1e300") << QJsonValue(1e300) << false << qint64(0);
    QTest::newRow("number -1e300") << QJsonValue(-1e300) << false << qint64(0);
    QTest::newRow("empty") << QJsonValue("") << false << qint64(0);
    QTest::newRow("blank") << QJsonValue("   ") << false << qint64(0);
    QTest::newRow("unit only") << QJsonValue("m") << false << qint64(0);
    QTest::newRow("unknown unit") << QJsonValue("5x") << false << qint64(0);
    QTest::newRow("upper-case unit") << QJsonValue("5M") << false << qint64(0);
    QTest::newRow("word") << QJsonValue("5 minutes") << false << qint64(0);
    QTest::newRow("double unit") << QJsonValue("5mm") << false << qint64(0);
    QTest::newRow("negative string") << QJsonValue("-5m") << false << qint64(0);
    QTest::newRow("decimal string") << QJsonValue("1.5h") << false << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << qint64(0);
    QTest::newRow("list") << QJsonValue(QJsonArray{5}) << false << qint64(0);
    QTest::newRow("digits overflowing qint64")
        << QJsonValue("99999999999999999999") << false << qint64(0);
    QTest::newRow("days overflowing") << QJsonValue("999999999999999d") << false << qint64(0);
}

void TstConfigValues::parseDuration()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);
    QFETCH(qint64, seconds);

    const auto d = Qddns::parseDuration(value);
    QCOMPARE(d.has_value(), valid);
    if (valid)
        QCOMPARE(d->count(), seconds);
}

void TstConfigValues::hostNameProblem_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("problem"); // empty: valid

    const QString l63(63, 'a');
    const QString l61(61, 'c');
    const QString total253 = l63 + "." + l63 + "." + l63 + "." + l61;
    QCOMPARE(total253.size(), 253);

    QTest::newRow("plain") << "home.example.com" << "";
    QTest::newRow("single label") << "localhost" << "";
    QTest::newRow("upper case") << "Home.Example.COM" << "";
    QTest::newRow("digits") << "123.example.com" << "";
    QTest::newRow("inner hyphen") << "my-home.example.com" << "";
    QTest::newRow("underscore") << "_acme-challenge.example.com" << "";
    QTest::newRow("punycode") << "xn--bcher-kva.example.com" << "";
    QTest::newRow("wildcard") << "*.example.com" << "";
    QTest::newRow("label of 63") << l63 + ".example.com" << "";
    QTest::newRow("total of 253") << total253 << "";

    QTest::newRow("empty") << "" << "is empty";
    QTest::newRow("trailing dot") << "home.example.com." << "ends with a dot; write the name without it";
    QTest::newRow("wildcard with trailing dot") << "*." << "ends with a dot; write the name without it";
    QTest::newRow("label of 64") << QString(64, 'a') + ".example.com" << "has a label longer than 63 characters";
    QTest::newRow("total of 254") << total253 + "c" << "is longer than 253 characters";
    QTest::newRow("leading dot") << ".example.com" << "has an empty label";
    QTest::newRow("double dot") << "home..example.com" << "has an empty label";
    QTest::newRow("leading hyphen") << "-home.example.com" << "has a label that starts or ends with '-'";
    QTest::newRow("trailing hyphen") << "home-.example.com" << "has a label that starts or ends with '-'";
    QTest::newRow("space") << "exa mple.com" << "contains ' '";
    QTest::newRow("at sign") << "user@example.com" << "contains '@'";
    QTest::newRow("not punycode") << "bücher.example.com" << "contains 'ü'";
    QTest::newRow("lone wildcard") << "*" << "contains '*'";
    QTest::newRow("wildcard inside") << "home.*.example.com" << "contains '*'";
    QTest::newRow("double wildcard") << "*.*.example.com" << "contains '*'";
    QTest::newRow("wildcard in label") << "h*.example.com" << "contains '*'";
}

void TstConfigValues::hostNameProblem()
{
    QFETCH(QString, host);
    QFETCH(QString, problem);
    QCOMPARE(Qddns::hostNameProblem(host), problem);
}

QTEST_GUILESS_MAIN(TstConfigValues)
#include "tst_configvalues.moc"
