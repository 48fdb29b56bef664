#include "portcheck/portcheck.h"
#include "portcheck/portchecktext.h"

#include <QTest>

using namespace Qddns;
using namespace Qddns::Gui;

// The pure rules of the port check: no network, no widgets.
namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);
const QHostAddress kPublic4(QStringLiteral("81.2.69.160"));
const QHostAddress kPublic6(QStringLiteral("2a02:8070:d18f:5a00::10"));

PortSpec tcp(int port)
{
    return PortSpec{port, PortSpec::Protocol::Tcp};
}

PortSpec udp(int port)
{
    return PortSpec{port, PortSpec::Protocol::Udp};
}

} // namespace

class TstPortCheckRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsePortList_data();
    void parsePortList();
    void checkWan_data();
    void checkWan();
    void evaluateName();
    void adviceFor_data();
    void adviceFor();
    void expandProbeUrl_data();
    void expandProbeUrl();
    void everyCodeHasText();
};

void TstPortCheckRules::parsePortList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // formatted list, or empty when rejected
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("token");

    const int none = -1;
    const int notANumber = int(PortListError::Code::NotANumber);
    const int outOfRange = int(PortListError::Code::OutOfRange);
    const int unknownProtocol = int(PortListError::Code::UnknownProtocol);
    QTest::newRow("example") << "22, 443, 51820/udp" << "22, 443, 51820/udp" << none << "";
    QTest::newRow("blanks and semicolons") << "  22 443;8080  " << "22, 443, 8080" << none << "";
    QTest::newRow("explicit tcp, upper case") << "443/TCP,53/UDP" << "443, 53/udp" << none << "";
    QTest::newRow("tcp and udp of one port") << "53, 53/udp" << "53, 53/udp" << none << "";
    QTest::newRow("duplicates dropped") << "22, 22, 22/tcp" << "22" << none << "";
    QTest::newRow("bounds") << "1, 65535" << "1, 65535" << none << "";
    QTest::newRow("leading zero") << "0080" << "80" << none << "";
    QTest::newRow("empty") << "" << "" << int(PortListError::Code::Empty) << "";
    QTest::newRow("only separators") << " , ; " << "" << int(PortListError::Code::Empty) << "";
    QTest::newRow("70000") << "22, 70000" << "" << outOfRange << "70000";
    QTest::newRow("zero") << "0" << "" << outOfRange << "0";
    QTest::newRow("huge") << "99999999999999999999" << "" << outOfRange << "99999999999999999999";
    QTest::newRow("abc") << "22, abc" << "" << notANumber << "abc";
    QTest::newRow("negative") << "-1" << "" << notANumber << "-1";
    QTest::newRow("plus") << "+22" << "" << notANumber << "+22";
    QTest::newRow("decimal") << "22.5" << "" << notANumber << "22.5";
    QTest::newRow("range") << "8000-8010" << "" << notANumber << "8000-8010";
    QTest::newRow("protocol only") << "/udp" << "" << notANumber << "/udp";
    QTest::newRow("sctp") << "22/sctp" << "" << unknownProtocol << "22/sctp";
    QTest::newRow("trailing slash") << "22/" << "" << unknownProtocol << "22/";
    QTest::newRow("two slashes") << "22/udp/tcp" << "" << unknownProtocol << "22/udp/tcp";
}

void TstPortCheckRules::parsePortList()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, error);
    QFETCH(QString, token);

    const auto parsed = Gui::parsePortList(text);
    if (error < 0) {
        if (!parsed)
            QFAIL(qPrintable(PortCheckText::portListError(parsed.error())));
        QCOMPARE(formatPortList(*parsed), expected);
        QCOMPARE(Gui::parsePortList(formatPortList(*parsed))->size(), parsed->size()); // round trip
        return;
    }
    QVERIFY(!parsed.hasValue());
    QCOMPARE(int(parsed.error().code), error);
    QCOMPARE(parsed.error().token, token);
    const QString message = PortCheckText::portListError(parsed.error());
    QVERIFY2(message.contains(token), qPrintable(message));
}

void TstPortCheckRules::checkWan_data()
{
    QTest::addColumn<QString>("publicIPv4"); // empty: none detected
    QTest::addColumn<QStringList>("interfaces");
    QTest::addColumn<int>("issue");
    QTest::addColumn<QString>("address");

    const int none = int(WanIssue::None);
    QTest::newRow("public on the router") << "81.2.69.160" << QStringList{} << none << "";
    QTest::newRow("ordinary home NAT") << "81.2.69.160" << QStringList{"10.0.0.1"} << none << "";
    QTest::newRow("public on this machine") << "81.2.69.160" << QStringList{"81.2.69.160", "100.64.1.2"} << none << "";
    QTest::newRow("public is cgnat") << "100.64.1.2" << QStringList{} << int(WanIssue::CgnatPublicAddress)
                                     << "100.64.1.2";
    QTest::newRow("cgnat range end") << "100.127.255.254" << QStringList{} << int(WanIssue::CgnatPublicAddress)
                                     << "100.127.255.254";
    QTest::newRow("public is private") << "10.0.0.1" << QStringList{} << int(WanIssue::NonGlobalPublicAddress)
                                       << "10.0.0.1";
    QTest::newRow("cgnat on an interface") << "81.2.69.160" << QStringList{"10.0.0.1", "100.64.1.2"}
                                           << int(WanIssue::CgnatInterface) << "100.64.1.2";
    QTest::newRow("cgnat interface, nothing detected") << "" << QStringList{"100.64.1.2"}
                                                       << int(WanIssue::CgnatInterface) << "100.64.1.2";
    QTest::newRow("nothing known") << "" << QStringList{} << none << "";
}

void TstPortCheckRules::checkWan()
{
    QFETCH(QString, publicIPv4);
    QFETCH(QStringList, interfaces);
    QFETCH(int, issue);
    QFETCH(QString, address);

    std::optional<QHostAddress> detected;
    if (!publicIPv4.isEmpty())
        detected = QHostAddress(publicIPv4);
    QList<QHostAddress> interfaceAddresses;
    for (const QString &text : interfaces)
        interfaceAddresses.append(QHostAddress(text));

    const WanCheck wan = Gui::checkWan(detected, interfaceAddresses);
    QCOMPARE(int(wan.issue), issue);
    QCOMPARE(wan.address, address.isEmpty() ? QHostAddress() : QHostAddress(address));
    const QString text = PortCheckText::wan(wan);
    QCOMPARE(text.isEmpty(), issue == int(WanIssue::None));
    if (!text.isEmpty()) {
        QVERIFY2(text.contains("carrier-grade NAT") && text.contains(address), qPrintable(text));
    }
}

void TstPortCheckRules::evaluateName()
{
    const NameCheck ok = Gui::evaluateName({kPublic4, kPublic6}, kPublic4, kPublic6);
    QCOMPARE(ok.status, CheckStatus::Ok);
    QVERIFY(ok.missing.isEmpty());

    const QHostAddress other(QStringLiteral("81.2.69.161"));
    const NameCheck stale = Gui::evaluateName({other}, kPublic4, std::nullopt);
    QCOMPARE(stale.status, CheckStatus::Failed);
    QCOMPARE(stale.issue, NameIssue::Mismatch);
    QCOMPARE(stale.missing, QList<QHostAddress>{kPublic4});
    const QString text = PortCheckText::name(stale, "home.example");
    QVERIFY2(text.contains("81.2.69.161") && text.contains("81.2.69.160"), qPrintable(text));

    const NameCheck noV6 = Gui::evaluateName({kPublic4}, kPublic4, kPublic6);
    QCOMPARE(noV6.status, CheckStatus::Failed);
    QCOMPARE(noV6.missing, QList<QHostAddress>{kPublic6});

    QCOMPARE(Gui::evaluateName({}, kPublic4, std::nullopt).issue, NameIssue::NoAddresses);
    QCOMPARE(Gui::evaluateName({kPublic4}, std::nullopt, std::nullopt).status, CheckStatus::Skipped);
}

void TstPortCheckRules::adviceFor_data()
{
    QTest::addColumn<int>("listening");
    QTest::addColumn<int>("v4");          // status of the IPv4 public connect, -1: not tested
    QTest::addColumn<bool>("v4OnMachine");
    QTest::addColumn<int>("v6");          // -1: not tested
    QTest::addColumn<int>("probe");
    QTest::addColumn<int>("probeFailure");
    QTest::addColumn<int>("name");
    QTest::addColumn<int>("wan");
    QTest::addColumn<int>("advice");

    const int ok = int(CheckStatus::Ok);
    const int failed = int(CheckStatus::Failed);
    const int skipped = int(CheckStatus::Skipped);
    const int pending = int(CheckStatus::Pending);
    const int untested = -1;
    const int noFailure = int(ProbeFailure::None);
    const int closed = int(ProbeFailure::HttpStatus);
    const int probeDown = int(ProbeFailure::NetworkError);
    const int noWan = int(WanIssue::None);
    const int cgnat = int(WanIssue::CgnatInterface);

    QTest::newRow("all good") << ok << ok << false << untested << skipped << noFailure << ok << noWan
                              << int(Advice::Reachable);
    QTest::newRow("name points elsewhere") << ok << ok << false << untested << skipped << noFailure << failed << noWan
                                           << int(Advice::FixDns);
    QTest::newRow("own address proves nothing") << ok << ok << true << untested << skipped << noFailure << ok << noWan
                                                << int(Advice::VerifyFromOutside);
    QTest::newRow("probe ok beats failed hairpin") << ok << failed << false << untested << ok << noFailure << ok
                                                   << noWan << int(Advice::Reachable);
    QTest::newRow("probe ok, name stale") << ok << failed << false << untested << ok << noFailure << failed << noWan
                                          << int(Advice::FixDns);
    QTest::newRow("probe says closed") << ok << ok << false << untested << failed << closed << ok << noWan
                                       << int(Advice::CheckForwarding);
    QTest::newRow("probe says closed behind cgnat") << ok << failed << false << untested << failed << closed << ok
                                                    << cgnat << int(Advice::CarrierGradeNat);
    QTest::newRow("nothing listening") << failed << failed << false << untested << skipped << noFailure << ok << noWan
                                       << int(Advice::StartServer);
    QTest::newRow("nothing listening, probe closed") << failed << failed << false << untested << failed << closed
                                                     << ok << noWan << int(Advice::StartServer);
    // Nothing listens here: whatever answered (the router, another device) is not this server.
    QTest::newRow("nothing listening, public address answers") << failed << ok << false << untested << skipped
                                                               << noFailure << ok << noWan << int(Advice::StartServer);
    QTest::newRow("nothing listening, probe reachable") << failed << ok << false << untested << ok << noFailure << ok
                                                        << noWan << int(Advice::StartServer);
    QTest::newRow("nothing listening, name stale") << failed << ok << false << untested << skipped << noFailure
                                                   << failed << noWan << int(Advice::StartServer);
    QTest::newRow("bound to localhost only") << ok << failed << true << untested << skipped << noFailure << ok
                                             << noWan << int(Advice::ListenOnPublicAddress);
    QTest::newRow("hairpin") << ok << failed << false << untested << skipped << noFailure << ok << noWan
                             << int(Advice::HairpinUnknown);
    QTest::newRow("hairpin, probe unreachable") << ok << failed << false << untested << failed << probeDown << ok
                                                << noWan << int(Advice::HairpinUnknown);
    QTest::newRow("cgnat") << ok << failed << false << untested << skipped << noFailure << ok << cgnat
                           << int(Advice::CarrierGradeNat);
    QTest::newRow("ipv6 firewall") << ok << ok << false << failed << skipped << noFailure << ok << noWan
                                   << int(Advice::CheckIPv6Firewall);
    QTest::newRow("ipv6 only, firewall") << ok << untested << false << failed << skipped << noFailure << ok << noWan
                                         << int(Advice::CheckIPv6Firewall);
    QTest::newRow("no public address") << ok << untested << false << untested << skipped << noFailure << skipped
                                       << noWan << int(Advice::NoPublicAddress);
    QTest::newRow("still running") << pending << ok << false << untested << skipped << noFailure << ok << noWan
                                   << int(Advice::Pending);
    QTest::newRow("name pending") << ok << ok << false << untested << skipped << noFailure << pending << noWan
                                  << int(Advice::Pending);
}

void TstPortCheckRules::adviceFor()
{
    QFETCH(int, listening);
    QFETCH(int, v4);
    QFETCH(bool, v4OnMachine);
    QFETCH(int, v6);
    QFETCH(int, probe);
    QFETCH(int, probeFailure);
    QFETCH(int, name);
    QFETCH(int, wan);
    QFETCH(int, advice);

    PortResult result;
    result.spec = tcp(443);
    result.listening.status = CheckStatus(listening);
    if (v4 >= 0) {
        AddressCheck check;
        check.address = kPublic4;
        check.status = CheckStatus(v4);
        check.onThisMachine = v4OnMachine;
        result.publicChecks.append(check);
    }
    if (v6 >= 0) {
        AddressCheck check;
        check.address = kPublic6;
        check.status = CheckStatus(v6);
        result.publicChecks.append(check);
    }
    result.reachable = combineReachability(result.publicChecks);
    result.probe.status = CheckStatus(probe);
    result.probe.failure = ProbeFailure(probeFailure);
    result.probe.httpStatus = probeFailure == int(ProbeFailure::HttpStatus) ? 503 : 0;
    NameCheck nameCheck;
    nameCheck.status = CheckStatus(name);
    const WanCheck wanCheck{WanIssue(wan), QHostAddress(QStringLiteral("100.64.1.2"))};

    result.advice = Gui::adviceFor(result, nameCheck, wanCheck);
    QCOMPARE(int(result.advice), advice);

    PortCheckReport report;
    report.hostName = QStringLiteral("home.example");
    report.localAddress = kLoopback;
    report.running = true;
    const QString text = PortCheckText::advice(result, report);
    QVERIFY(!text.isEmpty());
    if (result.advice == Advice::HairpinUnknown)
        QVERIFY2(text.contains("hairpin") && text.contains("81.2.69.160"), qPrintable(text));
    if (result.advice == Advice::CheckIPv6Firewall)
        QVERIFY2(text.contains(kPublic6.toString()), qPrintable(text));
    // Said as it is: something answered, but nothing listens on this computer.
    if (result.advice == Advice::StartServer) {
        const bool answered = result.reachable == CheckStatus::Ok || result.probe.status == CheckStatus::Ok;
        QCOMPARE(text.contains("something answered"), answered);
        QVERIFY2(text.contains("Start the server"), qPrintable(text));
        QVERIFY(!PortCheckText::reachable(result).startsWith("Yes"));
    }
}

void TstPortCheckRules::expandProbeUrl_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("expected"); // empty: invalid

    QTest::newRow("all placeholders") << "https://probe.example/check?host={host}&port={port}&ip={ip}"
                                      << "home.example" << "81.2.69.160"
                                      << "https://probe.example/check?host=home.example&port=443&ip=81.2.69.160";
    QTest::newRow("path") << "http://probe.example/{ip}/{port}" << "" << "81.2.69.160"
                          << "http://probe.example/81.2.69.160/443";
    QTest::newRow("ipv6 keeps colons") << "https://probe.example/?ip={ip}" << "" << "2a02:8070:d18f:5a00::10"
                                       << "https://probe.example/?ip=2a02:8070:d18f:5a00::10";
    QTest::newRow("value is encoded") << "https://probe.example/?h={host}" << "a&b=c" << ""
                                      << "https://probe.example/?h=a%26b%3Dc";
    QTest::newRow("host missing") << "https://probe.example/?h={host}" << "" << "81.2.69.160" << "";
    QTest::newRow("ip missing") << "https://probe.example/?ip={ip}" << "home.example" << "" << "";
    QTest::newRow("not http") << "ftp://probe.example/{port}" << "" << "" << "";
    QTest::newRow("no host") << "https:///{port}" << "" << "" << "";
    QTest::newRow("garbage") << "probe {port}" << "" << "" << "";
}

void TstPortCheckRules::expandProbeUrl()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QString, host);
    QFETCH(QString, ip);
    QFETCH(QString, expected);

    const QUrl url = Gui::expandProbeUrl(urlTemplate, host, 443, ip.isEmpty() ? QHostAddress() : QHostAddress(ip));
    if (expected.isEmpty())
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
    else
        QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

void TstPortCheckRules::everyCodeHasText()
{
    PortCheckReport report;
    report.hostName = QStringLiteral("home.example");
    report.localAddress = kLoopback;
    PortResult result;
    result.spec = tcp(22);
    for (int advice = int(Advice::Reachable); advice <= int(Advice::UdpNotCheckable); ++advice) {
        result.advice = Advice(advice);
        QVERIFY2(!PortCheckText::advice(result, report).isEmpty(), qPrintable(QString::number(advice)));
    }
    result.advice = Advice::Pending;
    QVERIFY(PortCheckText::advice(result, report).isEmpty()); // no verdict for a row a cancel cut short
    for (int code = int(PortListError::Code::Empty); code <= int(PortListError::Code::TooMany); ++code)
        QVERIFY(!PortCheckText::portListError({PortListError::Code(code), QStringLiteral("x")}).isEmpty());
    QVERIFY(PortCheckText::portListError({PortListError::Code::TooMany, {}}).contains(QString::number(kMaxPortsPerCheck)));
    QCOMPARE(PortCheckText::port(udp(51820)), "51820/UDP");
}

QTEST_GUILESS_MAIN(TstPortCheckRules)
#include "tst_portcheckrules.moc"
