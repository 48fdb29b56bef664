#include "fakes/fakehttpserver.h"
#include "portcheck/portchecker.h"
#include "portcheck/portcheckmodel.h"
#include "portcheck/portchecktext.h"
#include "portcheck/portcheckwindow.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Gui;
using namespace std::chrono_literals;

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);
const QHostAddress kPublic4(QStringLiteral("81.2.69.160"));
const QHostAddress kPublic6(QStringLiteral("2a02:8070:d18f:5a00::10"));

// A port nobody listens on: bind one, remember it, let it go.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(kLoopback, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

PortCheckRequest loopbackRequest(const QList<PortSpec> &ports)
{
    PortCheckRequest request;
    request.hostName = QStringLiteral("localhost");
    request.ports = ports;
    request.publicIPv4 = kLoopback;
    request.interfaceAddresses = QList<QHostAddress>{}; // not "this machine": the connect counts as from outside
    request.timeout = 2s;
    request.probeTimeout = 2s;
    return request;
}

PortCheckReport runCheck(PortChecker &checker, const PortCheckRequest &request)
{
    QSignalSpy finished(&checker, &PortChecker::finished);
    checker.start(request);
    if (!finished.wait(10000))
        qWarning("port check did not finish");
    return checker.report();
}

PortSpec tcp(int port)
{
    return PortSpec{port, PortSpec::Protocol::Tcp};
}

PortSpec udp(int port)
{
    return PortSpec{port, PortSpec::Protocol::Udp};
}

} // namespace

class TstPortCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void listeningAndClosed();
    void ownAddressIsNoProof();
    void nothingListensButThePublicAddressAnswers();
    void udpIsNotCheckable();
    void noHostNoPublicAddress();
    void probe_data();
    void probe();
    void probeTimesOut();
    void invalidProbeUrl();
    void cancelAndRestart();

    void modelKeepsRows();
    void windowRejectsBadPorts();
    void windowShowsWanWarning();
    void windowRunsCheck();
    void windowProbeField();
    void windowSaysTheAgentIsNotRunning();

private:
    QTcpServer m_listening;
    quint16 m_closed = 0;
};

void TstPortCheck::initTestCase()
{
    QVERIFY(m_listening.listen(kLoopback, 0));
    m_closed = closedPort();
    QVERIFY(m_closed != 0);
    QVERIFY(m_closed != m_listening.serverPort());
    // Accepted connections are closed at once; the checker only needs the handshake.
    connect(&m_listening, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_listening.nextPendingConnection()) {
            socket->close();
            socket->deleteLater();
        }
    });
}

void TstPortCheck::listeningAndClosed()
{
    PortChecker checker;
    QSignalSpy updates(&checker, &PortChecker::portUpdated);
    QSignalSpy progress(&checker, &PortChecker::progress);
    const PortCheckReport report =
        runCheck(checker, loopbackRequest({tcp(m_listening.serverPort()), tcp(m_closed)}));

    QVERIFY(!report.running);
    QVERIFY(!report.cancelled);
    QCOMPARE(report.ports.size(), 2);
    QCOMPARE(report.name.status, CheckStatus::Ok); // localhost resolves to 127.0.0.1
    QVERIFY(report.name.addresses.contains(kLoopback));
    // 127.0.0.1 as "public" address: a mechanism test, and the WAN rule rightly calls it not public.
    QCOMPARE(report.wan.issue, WanIssue::NonGlobalPublicAddress);

    const PortResult &open = report.ports.at(0);
    QCOMPARE(open.listening.status, CheckStatus::Ok);
    QCOMPARE(open.publicChecks.size(), 1);
    QCOMPARE(open.publicChecks.at(0).status, CheckStatus::Ok);
    QCOMPARE(open.reachable, CheckStatus::Ok);
    QCOMPARE(open.probe.status, CheckStatus::Skipped);
    QCOMPARE(open.advice, Advice::Reachable);

    const PortResult &closed = report.ports.at(1);
    QCOMPARE(closed.listening.status, CheckStatus::Failed);
    QCOMPARE(closed.listening.failure, ConnectFailure::Refused);
    QVERIFY(!closed.listening.detail.isEmpty());
    QCOMPARE(closed.reachable, CheckStatus::Failed);
    QCOMPARE(closed.publicChecks.at(0).failure, ConnectFailure::Refused);
    QCOMPARE(closed.advice, Advice::StartServer);

    // 1 lookup + 2 ports x (local + public): progress counts every step up to the total.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 5);
    QCOMPARE(progress.constLast().at(1).toInt(), 5);
    QVERIFY(updates.size() >= 4);
}

void TstPortCheck::ownAddressIsNoProof()
{
    PortCheckRequest request = loopbackRequest({tcp(m_listening.serverPort()), tcp(m_closed)});
    request.interfaceAddresses = QList<QHostAddress>{kLoopback};
    PortChecker checker;
    const PortCheckReport report = runCheck(checker, request);
    QCOMPARE(report.ports.size(), 2);
    QVERIFY(report.ports.at(0).publicChecks.at(0).onThisMachine);
    QCOMPARE(report.ports.at(0).advice, Advice::VerifyFromOutside);
    QCOMPARE(report.ports.at(1).advice, Advice::StartServer);
}

void TstPortCheck::nothingListensButThePublicAddressAnswers()
{
    // The "public" address 127.0.0.2 answers (as a router or another device would), but on
    // 127.0.0.1 nothing listens on that port: the advice is to start the server, even when the
    // external probe says the port is open.
    const QHostAddress elsewhere(QStringLiteral("127.0.0.2"));
    QTcpServer other;
    QVERIFY(other.listen(elsewhere, 0));
    const quint16 port = other.serverPort();
    QTcpSocket local;
    local.connectToHost(kLoopback, port);
    QVERIFY2(!local.waitForConnected(2000), "something listens on 127.0.0.1 too");
    Test::FakeHttpServer probe(Test::FakeHttpServer::Mode::Http);
    QVERIFY(probe.listen());
    probe.setReply({200, "open", {}, 0});

    PortCheckRequest request = loopbackRequest({tcp(port)});
    request.publicIPv4 = elsewhere;
    request.probeUrlTemplate = probe.baseUrl().toString() + "/check?port={port}";
    PortChecker checker;
    const PortCheckReport report = runCheck(checker, request);
    const PortResult &result = report.ports.at(0);
    QCOMPARE(result.listening.status, CheckStatus::Failed);
    QCOMPARE(result.reachable, CheckStatus::Ok);
    QCOMPARE(result.probe.status, CheckStatus::Ok);
    QCOMPARE(result.advice, Advice::StartServer);
    const QString advice = PortCheckText::advice(result, report);
    QVERIFY2(advice.contains("Nothing accepts connections on port " + QString::number(port)), qPrintable(advice));
    QVERIFY2(advice.contains("something answered"), qPrintable(advice));
    QCOMPARE(PortCheckText::reachable(result), "Something answered, not a server on this computer");
}

void TstPortCheck::udpIsNotCheckable()
{
    PortChecker checker;
    const PortCheckReport report = runCheck(checker, loopbackRequest({udp(51820)}));
    QCOMPARE(report.ports.size(), 1);
    const PortResult &result = report.ports.at(0);
    QCOMPARE(result.listening.status, CheckStatus::NotCheckable);
    QCOMPARE(result.reachable, CheckStatus::NotCheckable);
    QCOMPARE(result.probe.status, CheckStatus::NotCheckable);
    QVERIFY(result.publicChecks.isEmpty());
    QCOMPARE(result.advice, Advice::UdpNotCheckable);
    QVERIFY(PortCheckText::advice(result, report).contains("UDP: cannot be checked over TCP"));
}

void TstPortCheck::noHostNoPublicAddress()
{
    PortCheckRequest request = loopbackRequest({tcp(m_listening.serverPort())});
    request.hostName.clear();
    request.publicIPv4.reset();
    PortChecker checker;
    QSignalSpy finished(&checker, &PortChecker::finished);
    checker.start(request);
    QVERIFY(finished.isEmpty()); // never synchronously from start()
    QVERIFY(finished.wait(5000));
    const PortCheckReport &report = checker.report();
    QCOMPARE(report.name.status, CheckStatus::Skipped);
    QCOMPARE(report.name.issue, NameIssue::NoHostName);
    QCOMPARE(report.ports.at(0).listening.status, CheckStatus::Ok);
    QCOMPARE(report.ports.at(0).reachable, CheckStatus::Skipped);
    QCOMPARE(report.ports.at(0).advice, Advice::NoPublicAddress);
}

void TstPortCheck::probe_data()
{
    QTest::addColumn<int>("answer"); // HTTP status, 0: close the connection without answering
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("advice");

    QTest::newRow("200") << 200 << int(CheckStatus::Ok) << int(ProbeFailure::None) << int(Advice::Reachable);
    QTest::newRow("204") << 204 << int(CheckStatus::Ok) << int(ProbeFailure::None) << int(Advice::Reachable);
    // The probe says closed and the "public" 127.0.0.1 is no public address: forwarding cannot help.
    QTest::newRow("500") << 500 << int(CheckStatus::Failed) << int(ProbeFailure::HttpStatus)
                         << int(Advice::CarrierGradeNat);
    QTest::newRow("closes") << 0 << int(CheckStatus::Failed) << int(ProbeFailure::NetworkError)
                            << int(Advice::Reachable); // inside connect worked, the probe told nothing
}

void TstPortCheck::probe()
{
    QFETCH(int, answer);
    QFETCH(int, status);
    QFETCH(int, failure);
    QFETCH(int, advice);

    Test::FakeHttpServer http(Test::FakeHttpServer::Mode::Http);
    QTcpServer closer;
    QUrl base;
    if (answer > 0) {
        QVERIFY(http.listen());
        http.setReply({answer, answer < 300 ? "open" : "closed", {}, 0});
        base = http.baseUrl();
    } else {
        QVERIFY(closer.listen(kLoopback, 0));
        connect(&closer, &QTcpServer::newConnection, &closer, [&closer] {
            while (QTcpSocket *socket = closer.nextPendingConnection()) {
                socket->abort();
                socket->deleteLater();
            }
        });
        base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closer.serverPort()));
    }

    PortCheckRequest request = loopbackRequest({tcp(m_listening.serverPort())});
    request.probeUrlTemplate = base.toString() + "/check?host={host}&port={port}&ip={ip}";
    PortChecker checker;
    const PortCheckReport report = runCheck(checker, request);

    const PortResult &result = report.ports.at(0);
    QCOMPARE(int(result.probe.status), status);
    QCOMPARE(int(result.probe.failure), failure);
    QCOMPARE(int(result.advice), advice);
    if (answer > 0) {
        QCOMPARE(result.probe.httpStatus, answer);
        QCOMPARE(http.requests().size(), 1);
        const Test::RecordedRequest &sent = http.requests().at(0);
        QCOMPARE(sent.path, "/check");
        QCOMPARE(sent.queryValue("host"), "localhost");
        QCOMPARE(sent.queryValue("port"), QString::number(m_listening.serverPort()));
        QCOMPARE(sent.queryValue("ip"), "127.0.0.1");
        QVERIFY(sent.header("User-Agent").startsWith("qddns/"));
    } else {
        QVERIFY(!result.probe.detail.isEmpty());
    }
}

void TstPortCheck::probeTimesOut()
{
    Test::FakeHttpServer http(Test::FakeHttpServer::Mode::Http);
    QVERIFY(http.listen());
    http.setReply({200, "late", {}, 3000});
    PortCheckRequest request = loopbackRequest({tcp(m_listening.serverPort())});
    request.probeUrlTemplate = http.baseUrl().toString() + "/{port}";
    request.probeTimeout = 300ms;
    PortChecker checker;
    const PortCheckReport report = runCheck(checker, request);
    QCOMPARE(report.ports.at(0).probe.status, CheckStatus::Failed);
    QCOMPARE(report.ports.at(0).probe.failure, ProbeFailure::TimedOut);
}

void TstPortCheck::invalidProbeUrl()
{
    PortCheckRequest request = loopbackRequest({tcp(m_listening.serverPort())});
    request.probeUrlTemplate = QStringLiteral("probe.example {port}");
    PortChecker checker;
    const PortCheckReport report = runCheck(checker, request);
    QCOMPARE(report.ports.at(0).probe.status, CheckStatus::Failed);
    QCOMPARE(report.ports.at(0).probe.failure, ProbeFailure::InvalidUrl);
    QCOMPARE(report.ports.at(0).advice, Advice::Reachable);
}

void TstPortCheck::cancelAndRestart()
{
    Test::FakeHttpServer http(Test::FakeHttpServer::Mode::Http);
    QVERIFY(http.listen());
    http.setReply({200, "slow", {}, 2000});
    PortCheckRequest request = loopbackRequest({tcp(m_listening.serverPort())});
    request.probeUrlTemplate = http.baseUrl().toString() + "/{port}";

    PortChecker checker;
    QSignalSpy finished(&checker, &PortChecker::finished);
    checker.start(request);
    QVERIFY(checker.isRunning());
    QTRY_VERIFY(http.requests().size() == 1); // the probe is in flight
    checker.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!checker.isRunning());
    QVERIFY(checker.report().cancelled);
    QCOMPARE(checker.report().ports.at(0).probe.status, CheckStatus::Skipped);
    QCOMPARE(checker.report().ports.at(0).advice, Advice::Pending);
    checker.cancel(); // idempotent: no second finished()
    QCOMPARE(finished.size(), 1);

    // A restart while running drops the old run without a finished() for it.
    checker.start(request);
    checker.start(loopbackRequest({tcp(m_closed)}));
    QVERIFY(finished.wait(5000));
    QTest::qWait(100); // let anything left of the old runs arrive
    QCOMPARE(finished.size(), 2);
    QCOMPARE(checker.report().ports.size(), 1);
    QCOMPARE(checker.report().ports.at(0).spec.port, int(m_closed));
    QCOMPARE(checker.report().ports.at(0).advice, Advice::StartServer);

    // Destroyed while running: nothing may call back into it afterwards.
    {
        PortChecker doomed;
        doomed.start(request);
        QTRY_VERIFY(http.requests().size() >= 2);
    }
    QTest::qWait(100);
}

void TstPortCheck::modelKeepsRows()
{
    PortCheckModel model;
    QCOMPARE(model.columnCount(), int(PortCheckModel::ColumnCount));
    QCOMPARE(model.headerData(PortCheckModel::AdviceColumn, Qt::Horizontal).toString(), "Advice");

    PortCheckReport report;
    report.running = true;
    PortResult first;
    first.spec = tcp(22);
    PortResult second;
    second.spec = udp(51820);
    second.advice = Advice::UdpNotCheckable;
    report.ports = {first, second};

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setReport(report);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PortCheckModel::PortColumn).data().toString(), "22/TCP");
    QCOMPARE(model.index(0, PortCheckModel::ListeningColumn).data(PortCheckModel::StatusRole).toInt(),
             int(CheckStatus::Pending));
    QCOMPARE(model.index(1, 0).data(PortCheckModel::AdviceRole).toInt(), int(Advice::UdpNotCheckable));
    QCOMPARE(model.index(1, 0).data(PortCheckModel::PortRole).toInt(), 51820);

    report.ports[0].listening.status = CheckStatus::Ok;
    model.setReport(report);
    QCOMPARE(resets.size(), 1); // same ports: cells change, rows stay
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.index(0, PortCheckModel::ListeningColumn).data(PortCheckModel::StatusRole).toInt(),
             int(CheckStatus::Ok));

    report.ports.removeLast();
    model.setReport(report);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 1);
}

void TstPortCheck::windowRejectsBadPorts()
{
    PortCheckWindow window;
    auto *edit = window.findChild<QLineEdit *>("portsEdit");
    auto *button = window.findChild<QPushButton *>("checkButton");
    QVERIFY(edit && button);

    window.setPortsText("22, 70000");
    button->click();
    QVERIFY(!window.isChecking());
    QVERIFY2(window.errorText().contains("70000"), qPrintable(window.errorText()));

    window.setPortsText("abc");
    QVERIFY(!window.startCheck());
    QVERIFY2(window.errorText().contains("abc"), qPrintable(window.errorText()));

    // Typing clears the old complaint.
    QTest::keyClicks(edit, "1");
    QVERIFY(window.errorText().isEmpty());

    window.setPortsText("");
    QVERIFY(!window.startCheck());
    QVERIFY(!window.errorText().isEmpty());
    QCOMPARE(window.model()->rowCount(), 0);
}

void TstPortCheck::windowShowsWanWarning()
{
    PortCheckWindow window;
    window.setInterfaceAddresses(QList<QHostAddress>{QHostAddress(QStringLiteral("100.64.1.2"))});
    window.setPublicAddresses(kPublic4, kPublic6);
    QVERIFY2(window.wanWarningText().contains("100.64.1.2"), qPrintable(window.wanWarningText()));
    window.setInterfaceAddresses(QList<QHostAddress>{QHostAddress(QStringLiteral("10.0.0.1"))});
    QVERIFY(window.wanWarningText().isEmpty());
}

void TstPortCheck::windowRunsCheck()
{
    PortCheckWindow window;
    window.setHostName("localhost");
    window.setPublicAddresses(kLoopback, std::nullopt);
    window.setInterfaceAddresses(QList<QHostAddress>{});
    window.setTimeout(2s);
    window.setPortsText(QStringLiteral("%1, 51820/udp").arg(m_listening.serverPort()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy checked(&window, &PortCheckWindow::portsChecked);
    auto *button = window.findChild<QPushButton *>("checkButton");
    button->click();
    QVERIFY(window.isChecking());
    QCOMPARE(checked.size(), 1);
    QCOMPARE(button->text(), "&Cancel");
    QTRY_VERIFY_WITH_TIMEOUT(!window.isChecking(), 10000);
    QCOMPARE(button->text(), "&Check");

    const PortCheckModel *model = window.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, PortCheckModel::ListeningColumn).data(PortCheckModel::StatusRole).toInt(),
             int(CheckStatus::Ok));
    QCOMPARE(model->index(0, PortCheckModel::ReachableColumn).data(PortCheckModel::StatusRole).toInt(),
             int(CheckStatus::Ok));
    QCOMPARE(model->index(0, 0).data(PortCheckModel::AdviceRole).toInt(), int(Advice::Reachable));
    QCOMPARE(model->index(1, 0).data(PortCheckModel::AdviceRole).toInt(), int(Advice::UdpNotCheckable));
    QVERIFY(model->index(1, PortCheckModel::AdviceColumn).data().toString().contains("UDP"));
    // 127.0.0.1 is no public address: the window says port forwarding cannot help.
    QVERIFY2(window.wanWarningText().contains("127.0.0.1"), qPrintable(window.wanWarningText()));
}

void TstPortCheck::windowProbeField()
{
    // The user types the external probe's URL; the next check asks it.
    Test::FakeHttpServer http(Test::FakeHttpServer::Mode::Http);
    QVERIFY(http.listen());
    http.setReply({200, "open", {}, 0});
    PortCheckWindow window;
    QSignalSpy remembered(&window, &PortCheckWindow::probeUrlTemplateChanged);
    window.setHostName("localhost");
    window.setPublicAddresses(kLoopback, std::nullopt);
    window.setInterfaceAddresses(QList<QHostAddress>{});
    window.setTimeout(2s);
    window.setPortsText(QString::number(m_listening.serverPort()));
    auto *probe = window.findChild<QLineEdit *>("probeEdit");
    QVERIFY(probe);
    QTest::keyClicks(probe, http.baseUrl().toString() + "/check?port={port}");
    QVERIFY(!remembered.isEmpty());
    QVERIFY(window.startCheck());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isChecking(), 10000);
    QCOMPARE(http.requests().size(), 1);
    QCOMPARE(http.requests().first().queryValue("port"), QString::number(m_listening.serverPort()));
    QCOMPARE(window.model()->index(0, PortCheckModel::ProbeColumn).data(PortCheckModel::StatusRole).toInt(), int(CheckStatus::Ok));
    // Set from outside (the tray's remembered value): shown, not echoed back as an edit.
    remembered.clear();
    window.setProbeUrlTemplate("https://probe.invalid/{port}");
    QCOMPARE(probe->text(), "https://probe.invalid/{port}");
    QVERIFY(remembered.isEmpty());
}

void TstPortCheck::windowSaysTheAgentIsNotRunning()
{
    PortCheckWindow window;
    window.setHostName("localhost");
    QCOMPARE(window.addressText(), "No public address detected yet");
    window.setAgentRunning(false);
    QCOMPARE(window.addressText(), "The qddns agent is not running: no public address known");
    window.setInterfaceAddresses(QList<QHostAddress>{});
    window.setTimeout(2s);
    window.setPortsText(QString::number(m_listening.serverPort()));
    QVERIFY(window.startCheck());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isChecking(), 10000);
    QCOMPARE(window.model()->index(0, 0).data(PortCheckModel::AdviceRole).toInt(), int(Advice::NoPublicAddress));
    const QString advice = window.model()->index(0, PortCheckModel::AdviceColumn).data().toString();
    QVERIFY2(advice.contains("agent is not running"), qPrintable(advice));
    window.setAgentRunning(true);
    window.setPublicAddresses(kPublic4, std::nullopt);
    QCOMPARE(window.addressText(), "Public address: 81.2.69.160");
}

QTEST_MAIN(TstPortCheck)
#include "tst_portcheck.moc"
