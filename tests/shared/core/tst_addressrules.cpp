#include "core/addressrules.h"

#include <QTest>

using namespace Qddns;

class TstAddressRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void globalUnicast_data();
    void globalUnicast();
    void parseSingleAddress_data();
    void parseSingleAddress();
};

void TstAddressRules::globalUnicast_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("global");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("v4 global") << "81.2.69.160" << true << "";
    QTest::newRow("v4 global 2") << "8.8.4.4" << true << "";
    QTest::newRow("v4 private 10") << "10.1.2.3" << false << "private";
    QTest::newRow("v4 private 172.16") << "172.20.0.1" << false << "private";
    QTest::newRow("v4 172.32 is global") << "172.32.0.1" << true << "";
    QTest::newRow("v4 private 192.168") << "192.168.1.1" << false << "private";
    QTest::newRow("v4 cgnat") << "100.64.0.1" << false << "carrier-grade NAT";
    QTest::newRow("v4 cgnat end") << "100.127.255.254" << false << "carrier-grade NAT";
    QTest::newRow("v4 100.128 is global") << "100.128.0.1" << true << "";
    QTest::newRow("v4 loopback") << "127.0.0.1" << false << "loopback";
    QTest::newRow("v4 link-local") << "169.254.10.1" << false << "link-local";
    QTest::newRow("v4 doc 1") << "192.0.2.1" << false << "documentation";
    QTest::newRow("v4 doc 2") << "198.51.100.7" << false << "documentation";
    QTest::newRow("v4 doc 3") << "203.0.113.9" << false << "documentation";
    QTest::newRow("v4 benchmark") << "198.18.0.1" << false << "benchmarking";
    QTest::newRow("v4 multicast") << "224.0.0.251" << false << "multicast";
    QTest::newRow("v4 reserved") << "240.0.0.1" << false << "reserved";
    QTest::newRow("v4 broadcast") << "255.255.255.255" << false << "reserved";
    QTest::newRow("v4 unspecified") << "0.0.0.0" << false << "this network";
    QTest::newRow("v6 global") << "2a02:8070:d18f:5a00::10" << true << "";
    QTest::newRow("v6 global 2") << "2606:4700::1111" << true << "";
    QTest::newRow("v6 loopback") << "::1" << false << "loopback";
    QTest::newRow("v6 unspecified") << "::" << false << "2000::/3";
    QTest::newRow("v6 link-local") << "fe80::1" << false << "link-local";
    QTest::newRow("v6 ula") << "fd12:3456::1" << false << "unique local";
    QTest::newRow("v6 multicast") << "ff02::1" << false << "multicast";
    QTest::newRow("v6 doc") << "2001:db8::1" << false << "documentation";
    QTest::newRow("v6 doc 3fff") << "3fff:1::1" << false << "documentation";
    QTest::newRow("v6 teredo") << "2001:0:4136:e378::1" << false << "IETF";
    QTest::newRow("v6 6to4") << "2002:c000:204::1" << false << "6to4";
    QTest::newRow("v6 mapped v4") << "::ffff:81.2.69.160" << false << "mapped";
    QTest::newRow("v6 nat64") << "64:ff9b::5102:45a0" << false << "2000::/3";
}

void TstAddressRules::globalUnicast()
{
    QFETCH(QString, address);
    QFETCH(bool, global);
    QFETCH(QString, reasonPart);
    const QString reason = nonGlobalReason(QHostAddress(address));
    QCOMPARE(isGlobalUnicast(QHostAddress(address)), global);
    if (!global)
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
}

void TstAddressRules::parseSingleAddress_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("expected");   // address, or empty when rejected
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("plain") << QByteArray("81.2.69.160") << 4 << "81.2.69.160" << "";
    QTest::newRow("trailing newline") << QByteArray("81.2.69.160\n") << 4 << "81.2.69.160" << "";
    QTest::newRow("spaces around") << QByteArray("  81.2.69.160 \r\n") << 4 << "81.2.69.160" << "";
    QTest::newRow("v6") << QByteArray("2a02:8070:d18f:5a00::10\n") << 6 << "2a02:8070:d18f:5a00::10" << "";
    QTest::newRow("empty") << QByteArray("  \n") << 4 << "" << "empty";
    QTest::newRow("html") << QByteArray("<html><body>81.2.69.160</body></html>") << 4 << "" << "HTML";
    QTest::newRow("two lines") << QByteArray("81.2.69.160\n81.2.69.161") << 4 << "" << "more than one";
    QTest::newRow("two words") << QByteArray("ip: 81.2.69.160") << 4 << "" << "more than one";
    QTest::newRow("garbage") << QByteArray("hello") << 4 << "" << "not an IP address";
    QTest::newRow("short v4 form") << QByteArray("81.2.69") << 4 << "" << "not an IP address";
    QTest::newRow("zone id") << QByteArray("fe80::1%eth0") << 6 << "" << "not an IP address";
    QTest::newRow("wrong family") << QByteArray("2a02:8070:d18f:5a00::10") << 4 << "" << "not an IPv4";
    QTest::newRow("private") << QByteArray("192.168.1.20") << 4 << "" << "private";
    QTest::newRow("cgnat") << QByteArray("100.72.1.1") << 4 << "" << "carrier-grade";
    QTest::newRow("json") << QByteArray("{\"ip\":\"81.2.69.160\"}") << 4 << "" << "not an IP address";
    // Only canonical forms: other parsers read these as octal or hex, or not at all.
    QTest::newRow("zero-padded (octal elsewhere)") << QByteArray("010.020.030.040") << 4 << "" << "leading zero";
    QTest::newRow("one zero-padded part") << QByteArray("010.8.8.8") << 4 << "" << "leading zero";
    QTest::newRow("hex part") << QByteArray("0x51.2.69.160") << 4 << "" << "only decimal digits";
    QTest::newRow("sign") << QByteArray("+81.2.69.160") << 4 << "" << "only decimal digits";
    QTest::newRow("form feed inside") << QByteArray("8.2.\f6.6") << 4 << "" << "\"8.2.?6.6\"";
    QTest::newRow("NUL and junk") << QByteArray("81.2.69.160\0junk", 16) << 4 << "" << "\"81.2.69.160?junk\"";
    QTest::newRow("part over 255") << QByteArray("81.2.69.256") << 4 << "" << "larger than 255";
    QTest::newRow("empty part") << QByteArray("81..69.160") << 4 << "" << "empty";
    QTest::newRow("five parts") << QByteArray("81.2.69.160.1") << 4 << "" << "four parts";
    QTest::newRow("zero part is fine") << QByteArray("81.0.69.160") << 4 << "81.0.69.160" << "";
    QTest::newRow("v6 upper case") << QByteArray("2A02:8070:D18F:5A00::10") << 6 << "2a02:8070:d18f:5a00::10" << "";
    QTest::newRow("v6 full form") << QByteArray("2a02:8070:d18f:5a00:0:0:0:10") << 6 << "2a02:8070:d18f:5a00::10" << "";
    QTest::newRow("v6 two gaps") << QByteArray("2a02::d18f::10") << 6 << "" << "at most one";
    QTest::newRow("v6 long group") << QByteArray("2a02:8070:d18f:5a00::00010") << 6 << "" << "more than four";
    QTest::newRow("v6 seven groups") << QByteArray("2a02:8070:d18f:5a00:0:0:10") << 6 << "" << "eight groups";
    QTest::newRow("v6 leading colon") << QByteArray(":2a02:8070:d18f:5a00::10") << 6 << "" << "empty";
    QTest::newRow("v6 zero-padded v4 tail") << QByteArray("2a02:8070:d18f:5a00::081.2.69.160") << 6 << "" << "leading zero";
    QTest::newRow("v6 with sign") << QByteArray("+2a02:8070:d18f:5a00::10") << 6 << "" << "cannot appear";
}

void TstAddressRules::parseSingleAddress()
{
    QFETCH(QByteArray, body);
    QFETCH(int, family);
    QFETCH(QString, expected);
    QFETCH(QString, errorPart);
    const auto result = Qddns::parseSingleAddress(body, family == 4 ? Family::IPv4 : Family::IPv6);
    if (expected.isEmpty()) {
        QVERIFY(!result);
        QVERIFY2(result.error().contains(errorPart), qPrintable(result.error()));
    } else {
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->toString(), expected);
    }
}

QTEST_GUILESS_MAIN(TstAddressRules)
#include "tst_addressrules.moc"
