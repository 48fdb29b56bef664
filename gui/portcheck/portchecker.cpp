#include "portcheck/portchecker.h"

#include "core/logging.h"
#include "core/redact.h"
#include "core/version.h"

#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Qddns::Gui {

namespace {
ConnectFailure failureOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return ConnectFailure::Refused;
    case QAbstractSocket::SocketTimeoutError:
        return ConnectFailure::TimedOut;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        return ConnectFailure::Unreachable;
    default:
        return ConnectFailure::Other;
    }
}
} // namespace

PortChecker::PortChecker(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{
}

PortChecker::~PortChecker()
{
    // The network access manager may belong to someone else and outlive us: leave no reply running.
    stop();
}

void PortChecker::start(const PortCheckRequest &request)
{
    stop();
    m_request = request;
    const quint64 generation = m_generation;
    m_run = new QObject(this);

    const QList<QHostAddress> interfaces =
        request.interfaceAddresses ? *request.interfaceAddresses : QNetworkInterface::allAddresses();
    m_report = PortCheckReport{};
    m_report.hostName = request.hostName.trimmed();
    m_report.localAddress = request.localAddress;
    m_report.agentRunning = request.agentRunning;
    m_report.publicIPv4 = request.publicIPv4;
    m_report.publicIPv6 = request.publicIPv6;
    m_report.wan = checkWan(request.publicIPv4, interfaces);
    m_report.running = true;
    qCDebug(lcGui) << "port check of" << m_report.hostName << formatPortList(request.ports);

    if (m_report.hostName.isEmpty()) {
        m_report.name.status = CheckStatus::Skipped;
        m_report.name.issue = NameIssue::NoHostName;
    } else {
        m_queue.push_back([this] { lookUpName(); });
    }

    QList<QHostAddress> publicAddresses;
    for (const auto &address : {request.publicIPv4, request.publicIPv6}) {
        if (address && !address->isNull())
            publicAddresses.append(*address);
    }
    // The probe gets one address for {ip}; IPv4 is where forwarding usually goes wrong.
    const QHostAddress probeIp = publicAddresses.isEmpty() ? QHostAddress() : publicAddresses.constFirst();

    for (const PortSpec &spec : request.ports) {
        const int row = int(m_report.ports.size());
        PortResult result;
        result.spec = spec;
        if (spec.protocol == PortSpec::Protocol::Udp) {
            // A TCP connect says nothing about UDP, and UDP has no handshake to test without the server's protocol.
            result.listening.status = CheckStatus::NotCheckable;
            result.reachable = CheckStatus::NotCheckable;
            result.probe.status = CheckStatus::NotCheckable;
            result.advice = Advice::UdpNotCheckable;
            m_report.ports.append(result);
            continue;
        }
        m_queue.push_back([this, row, generation] {
            connectTo(m_request.localAddress, m_report.ports.at(row).spec.port,
                      [this, row, generation](const ConnectCheck &check) {
                          if (!isCurrent(generation))
                              return;
                          m_report.ports[row].listening = check;
                          updateRow(row);
                          jobDone(generation);
                      });
        });
        for (const QHostAddress &address : std::as_const(publicAddresses)) {
            AddressCheck check;
            check.address = address;
            check.onThisMachine = interfaces.contains(address);
            const int index = int(result.publicChecks.size());
            result.publicChecks.append(check);
            m_queue.push_back([this, row, index, address, generation] {
                connectTo(address, m_report.ports.at(row).spec.port, [this, row, index, generation](const ConnectCheck &c) {
                    if (!isCurrent(generation))
                        return;
                    static_cast<ConnectCheck &>(m_report.ports[row].publicChecks[index]) = c;
                    updateRow(row);
                    jobDone(generation);
                });
            });
        }
        result.reachable = combineReachability(result.publicChecks);
        if (!request.probeUrlTemplate.trimmed().isEmpty()) {
            const QUrl url = expandProbeUrl(request.probeUrlTemplate, m_report.hostName, spec.port, probeIp);
            if (url.isValid()) {
                result.probe.status = CheckStatus::Pending;
                m_queue.push_back([this, row, url] { probe(row, url); });
            } else {
                result.probe.status = CheckStatus::Failed;
                result.probe.failure = ProbeFailure::InvalidUrl;
            }
        }
        m_report.ports.append(result);
    }
    m_total = int(m_queue.size());

    // Results and finished() always arrive after start() returns, even when nothing needs the network.
    QMetaObject::invokeMethod(
        m_run,
        [this, generation] {
            if (!isCurrent(generation))
                return;
            for (int row = 0; row < m_report.ports.size(); ++row)
                m_report.ports[row].advice = adviceFor(m_report.ports.at(row), m_report.name, m_report.wan);
            Q_EMIT progress(0, m_total);
            if (!isCurrent(generation))
                return;
            if (m_total == 0)
                finish();
            else
                pump();
        },
        Qt::QueuedConnection);
}

void PortChecker::cancel()
{
    if (!m_report.running)
        return;
    stop();
    m_report.running = false;
    m_report.cancelled = true;
    const auto skipPending = [](CheckStatus &status) {
        if (status == CheckStatus::Pending)
            status = CheckStatus::Skipped;
    };
    skipPending(m_report.name.status);
    for (PortResult &result : m_report.ports) {
        skipPending(result.listening.status);
        for (AddressCheck &check : result.publicChecks)
            skipPending(check.status);
        skipPending(result.reachable);
        skipPending(result.probe.status);
        // Advice stays Pending on incomplete rows: half a check must not read like a verdict.
    }
    Q_EMIT finished();
}

void PortChecker::stop()
{
    ++m_generation;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->abort();
            reply->deleteLater();
        }
    }
    m_queue.clear();
    m_active = m_done = m_total = 0;
    if (m_run) {
        // Sockets close when their parent goes; deleteLater because we may be inside one of their signals.
        m_run->deleteLater();
        m_run = nullptr;
    }
}

void PortChecker::pump()
{
    const quint64 generation = m_generation;
    while (m_active < kMaxParallel && !m_queue.empty() && isCurrent(generation)) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_active;
        job();
    }
}

void PortChecker::jobDone(quint64 generation)
{
    if (!isCurrent(generation))
        return;
    --m_active;
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    if (!isCurrent(generation))
        return;
    if (m_done == m_total)
        finish();
    else
        pump();
}

void PortChecker::finish()
{
    m_report.running = false;
    for (int row = 0; row < m_report.ports.size(); ++row)
        m_report.ports[row].advice = adviceFor(m_report.ports.at(row), m_report.name, m_report.wan);
    if (m_run) {
        m_run->deleteLater();
        m_run = nullptr;
    }
    qCDebug(lcGui) << "port check finished";
    Q_EMIT finished();
}

void PortChecker::updateRow(int row)
{
    PortResult &result = m_report.ports[row];
    if (result.spec.protocol == PortSpec::Protocol::Tcp)
        result.reachable = combineReachability(result.publicChecks);
    result.advice = adviceFor(result, m_report.name, m_report.wan);
    Q_EMIT portUpdated(row);
}

void PortChecker::lookUpName()
{
    const quint64 generation = m_generation;
    auto settled = std::make_shared<bool>(false);
    const auto settle = [this, generation, settled](NameCheck check) {
        if (*settled || !isCurrent(generation))
            return;
        *settled = true;
        m_lookupId = -1;
        m_report.name = std::move(check);
        Q_EMIT nameChecked();
        for (int row = 0; row < m_report.ports.size() && isCurrent(generation); ++row)
            updateRow(row);
        jobDone(generation);
    };

    auto *timer = new QTimer(m_run);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, settle, timer] {
        timer->deleteLater();
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        NameCheck check;
        check.status = CheckStatus::Failed;
        check.issue = NameIssue::TimedOut;
        settle(check);
    });
    timer->start(m_request.timeout);

    m_lookupId = QHostInfo::lookupHost(m_report.hostName, m_run, [this, settle, timer](const QHostInfo &info) {
        timer->stop();
        timer->deleteLater();
        NameCheck check;
        if (info.error() != QHostInfo::NoError) {
            check.status = CheckStatus::Failed;
            check.issue = NameIssue::LookupFailed;
            check.detail = info.errorString();
        } else {
            check = evaluateName(info.addresses(), m_request.publicIPv4, m_request.publicIPv6);
        }
        settle(check);
    });
}

void PortChecker::probe(int row, const QUrl &url)
{
    const quint64 generation = m_generation;
    qCDebug(lcGui) << "port probe" << redactUrl(url);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral(QDDNS_USER_AGENT));
    request.setTransferTimeout(int(m_request.probeTimeout.count()));
    QNetworkReply *reply = m_nam->get(request);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, row, generation] {
        reply->deleteLater();
        if (!isCurrent(generation))
            return;
        m_replies.removeAll(reply);
        ProbeCheck &probe = m_report.ports[row].probe;
        probe.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (probe.httpStatus >= 200 && probe.httpStatus < 300) {
            probe.status = CheckStatus::Ok;
        } else if (probe.httpStatus > 0) {
            probe.status = CheckStatus::Failed;
            probe.failure = ProbeFailure::HttpStatus;
        } else {
            probe.status = CheckStatus::Failed;
            // The transfer timeout aborts the reply; our own aborts belong to an earlier generation.
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError;
            probe.failure = timedOut ? ProbeFailure::TimedOut : ProbeFailure::NetworkError;
            probe.detail = reply->errorString();
        }
        updateRow(row);
        jobDone(generation);
    });
}

void PortChecker::connectTo(const QHostAddress &address, int port, std::function<void(const ConnectCheck &)> done)
{
    auto *socket = new QTcpSocket(m_run);
    // A proxy would answer for the target and turn every port into "reachable".
    socket->setProxy(QNetworkProxy::NoProxy);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);

    auto settled = std::make_shared<bool>(false);
    const auto settle = [socket, timer, settled, done = std::move(done)](const ConnectCheck &check) {
        if (*settled)
            return;
        *settled = true;
        timer->stop();
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost(); // a clean close: the server sees a short visit, not a reset
        else
            socket->abort();
        socket->deleteLater();
        done(check);
    };
    connect(socket, &QTcpSocket::connected, this, [settle] { settle(ConnectCheck{CheckStatus::Ok, {}, {}}); });
    connect(socket, &QTcpSocket::errorOccurred, this, [settle, socket](QAbstractSocket::SocketError error) {
        settle(ConnectCheck{CheckStatus::Failed, failureOf(error), socket->errorString()});
    });
    connect(timer, &QTimer::timeout, this,
            [settle] { settle(ConnectCheck{CheckStatus::Failed, ConnectFailure::TimedOut, {}}); });
    timer->start(m_request.timeout);
    socket->connectToHost(address, quint16(port));
}

} // namespace Qddns::Gui
