#include "fakes/dnsservers.h"

#include "dns/dnsupdate.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace Qddns::Test {

namespace {

const char *const kAlgorithms[] = {"hmac-sha256", "hmac-sha512", "hmac-sha384", "hmac-sha224", "hmac-sha1"};

// A port free for both UDP and TCP on 127.0.0.1 right now (the server binds it a moment later;
// start() tries again with another port if it lost the race).
quint16 freeLoopbackPort()
{
    for (int i = 0; i < 50; ++i) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, tcp.serverPort()))
            return tcp.serverPort();
    }
    return 0;
}

class BindServer : public DnsTestServer
{
public:
    QString displayName() const override { return QStringLiteral("BIND 9"); }

protected:
    QStringList requiredPrograms() const override { return {QStringLiteral("named")}; }
    QString program() const override { return QStandardPaths::findExecutable(QStringLiteral("named"), {QStringLiteral("/usr/sbin")}); }
    QStringList arguments() const override
    {
        // -g: foreground, log to stderr; -n 1: one worker thread is plenty and starts fastest.
        return {QStringLiteral("-c"), path(QStringLiteral("named.conf")), QStringLiteral("-g"), QStringLiteral("-n"), QStringLiteral("1")};
    }
    bool prepare(QString &error) override
    {
        const QString dir = folder();
        QString conf = QStringLiteral("options {\n  directory \"%1\";\n  pid-file \"%1/named.pid\";\n  session-keyfile \"%1/session.key\";\n"
                                      "  managed-keys-directory \"%1\";\n  listen-on port %2 { 127.0.0.1; };\n  listen-on-v6 { none; };\n"
                                      "  recursion no;\n  dnssec-validation no;\n  notify no;\n};\ncontrols { };\n")
                           .arg(dir).arg(port());
        QString grants;
        for (const DnsTestKey &key : keys()) {
            conf += QStringLiteral("key \"%1\" { algorithm %2; secret \"%3\"; };\n").arg(key.name, key.algorithm, QString::fromLatin1(key.secret));
            grants += QStringLiteral("    grant %1 zonesub ANY;\n").arg(key.name);
        }
        conf += QStringLiteral("zone \"%1\" {\n  type primary;\n  file \"%2/%1.zone\";\n  update-policy {\n%3  };\n};\n").arg(zone(), dir, grants);
        return writeFile(QStringLiteral("named.conf"), conf, error) && writeFile(zone() + QStringLiteral(".zone"), zoneFileText(), error);
    }
};

class KnotServer : public DnsTestServer
{
public:
    QString displayName() const override { return QStringLiteral("Knot DNS"); }

protected:
    QStringList requiredPrograms() const override { return {QStringLiteral("knotd")}; }
    QString program() const override { return QStandardPaths::findExecutable(QStringLiteral("knotd"), {QStringLiteral("/usr/sbin")}); }
    QStringList arguments() const override { return {QStringLiteral("-c"), path(QStringLiteral("knot.conf"))}; }
    bool prepare(QString &error) override
    {
        const QString dir = folder();
        QString conf = QStringLiteral("server:\n  rundir: \"%1\"\n  listen: 127.0.0.1@%2\n  udp-workers: 1\n  tcp-workers: 1\n"
                                      "  background-workers: 1\nlog:\n  - target: stderr\n    any: info\ndatabase:\n  storage: \"%1\"\nkey:\n")
                           .arg(dir).arg(port());
        QStringList names;
        for (const DnsTestKey &key : keys()) {
            conf += QStringLiteral("  - id: %1\n    algorithm: %2\n    secret: %3\n").arg(key.name, key.algorithm, QString::fromLatin1(key.secret));
            names.append(key.name);
        }
        conf += QStringLiteral("acl:\n  - id: update\n    key: [%1]\n    action: update\n").arg(names.join(QStringLiteral(", ")));
        // zonefile-sync -1: changes stay in the journal; the test folder is thrown away anyway.
        conf += QStringLiteral("zone:\n  - domain: %1\n    storage: \"%2\"\n    file: \"%1.zone\"\n    zonefile-sync: -1\n    acl: update\n")
                    .arg(zone(), dir);
        return writeFile(QStringLiteral("knot.conf"), conf, error) && writeFile(zone() + QStringLiteral(".zone"), zoneFileText(), error);
    }
};

class PowerDnsServer : public DnsTestServer
{
public:
    PowerDnsServer()
    {
        QByteArray key(24, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
        m_apiKey = key.toBase64(QByteArray::Base64UrlEncoding);
    }
    QString displayName() const override { return QStringLiteral("PowerDNS Authoritative"); }
    quint16 apiPort() const override { return m_apiPort; }
    QByteArray apiKey() const override { return m_apiKey; }

protected:
    QStringList requiredPrograms() const override { return {QStringLiteral("pdns_server"), QStringLiteral("sqlite3")}; }
    QString program() const override { return QStandardPaths::findExecutable(QStringLiteral("pdns_server"), {QStringLiteral("/usr/sbin")}); }
    QStringList arguments() const override { return {QStringLiteral("--config-dir=%1").arg(folder())}; }
    bool prepare(QString &error) override
    {
        if (!QFile::exists(path(QStringLiteral("pdns.sqlite3"))) && !createDatabase(error))
            return false;
        do
            m_apiPort = freeLoopbackPort();
        while (m_apiPort == port());
        // No caches: a query right after an update must see it. No security poll: it would query
        // the Internet's DNS.
        const QString conf = QStringLiteral(
                                 "launch=gsqlite3\ngsqlite3-database=%1/pdns.sqlite3\nlocal-address=127.0.0.1\nlocal-port=%2\n"
                                 "dnsupdate=yes\nallow-dnsupdate-from=127.0.0.0/8\ncache-ttl=0\nquery-cache-ttl=0\nnegquery-cache-ttl=0\n"
                                 "socket-dir=%1\ndaemon=no\nguardian=no\ndisable-syslog=yes\ndistributor-threads=1\nreceiver-threads=1\n"
                                 "security-poll-suffix=\n"
                                 // The HTTP API (for the powerdns provider), on loopback only.
                                 "webserver=yes\nwebserver-address=127.0.0.1\nwebserver-port=%3\nwebserver-allow-from=127.0.0.0/8\n"
                                 "api=yes\napi-key=%4\n")
                                 .arg(folder()).arg(port()).arg(m_apiPort).arg(QString::fromLatin1(m_apiKey));
        return writeFile(QStringLiteral("pdns.conf"), conf, error);
    }

private:
    bool createDatabase(QString &error) const
    {
        QFile schema(QStringLiteral("/usr/share/doc/pdns-backend-sqlite3/schema.sqlite3.sql"));
        if (!schema.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("cannot read %1 (package pdns-backend-sqlite3)").arg(schema.fileName());
            return false;
        }
        // One transaction, no fsync: statement by statement sqlite3 takes ~0.4 s for the schema.
        QByteArray sql = "PRAGMA synchronous=OFF;\nBEGIN;\n" + schema.readAll();
        const QByteArray z = zone().toLatin1();
        sql += "INSERT INTO domains (id, name, type) VALUES (1, '" + z + "', 'NATIVE');\n"
               "INSERT INTO records (domain_id, name, type, content, ttl, prio, disabled, auth) VALUES "
               "(1, '" + z + "', 'SOA', 'ns1." + z + " hostmaster." + z + " 1 3600 600 86400 60', 60, 0, 0, 1), "
               "(1, '" + z + "', 'NS', 'ns1." + z + "', 3600, 0, 0, 1), "
               "(1, 'ns1." + z + "', 'A', '127.0.0.1', 3600, 0, 0, 1);\n";
        for (const DnsTestKey &key : keys()) {
            sql += "INSERT INTO tsigkeys (name, algorithm, secret) VALUES ('" + key.name.toLatin1() + "', '" + key.algorithm.toLatin1()
                   + "', '" + key.secret + "');\n"
                   "INSERT INTO domainmetadata (domain_id, kind, content) VALUES (1, 'TSIG-ALLOW-DNSUPDATE', '" + key.name.toLatin1() + "');\n";
        }
        sql += "COMMIT;\n";
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path(QStringLiteral("pdns.sqlite3"))});
        if (!sqlite.waitForStarted(5000)) {
            error = QStringLiteral("cannot run sqlite3: %1").arg(sqlite.errorString());
            return false;
        }
        sqlite.write(sql);
        sqlite.closeWriteChannel();
        if (!sqlite.waitForFinished(10000) || sqlite.exitCode() != 0) {
            error = QStringLiteral("sqlite3 failed: %1").arg(QString::fromLocal8Bit(sqlite.readAllStandardError()));
            return false;
        }
        return true;
    }

    quint16 m_apiPort = 0;
    QByteArray m_apiKey;
};

} // namespace

// ---- DnsTestServer ----

DnsTestServer::DnsTestServer()
{
    for (const char *algorithm : kAlgorithms) {
        QByteArray secret(32, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
        m_keys.append({QStringLiteral("ddns-") + QLatin1String(algorithm), QLatin1String(algorithm), secret.toBase64()});
    }
}

DnsTestServer::~DnsTestServer()
{
    stop();
}

std::unique_ptr<DnsTestServer> DnsTestServer::create(const QString &kind)
{
    if (kind == QLatin1String("bind"))
        return std::make_unique<BindServer>();
    if (kind == QLatin1String("knot"))
        return std::make_unique<KnotServer>();
    if (kind == QLatin1String("pdns"))
        return std::make_unique<PowerDnsServer>();
    return nullptr;
}

QString DnsTestServer::skipReason() const
{
    QStringList missing;
    for (const QString &name : requiredPrograms()) {
        if (QStandardPaths::findExecutable(name).isEmpty() && QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin")}).isEmpty())
            missing.append(name);
    }
    if (missing.isEmpty())
        return {};
    return QStringLiteral("%1 is not installed (missing %2; scripts/install-deps test installs it)")
        .arg(displayName(), missing.join(QStringLiteral(", ")));
}

DnsTestKey DnsTestServer::key(const QString &algorithm) const
{
    for (const DnsTestKey &k : m_keys) {
        if (k.algorithm == algorithm)
            return k;
    }
    return {};
}

QString DnsTestServer::zoneFileText() const
{
    return QStringLiteral("$TTL 60\n@ IN SOA ns1.%1. hostmaster.%1. ( 1 3600 600 86400 60 )\n  IN NS ns1.%1.\nns1 IN A 127.0.0.1\n").arg(zone());
}

bool DnsTestServer::writeFile(const QString &name, const QString &text, QString &error) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QString DnsTestServer::output() const
{
    QFile log(path(QStringLiteral("server.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll().right(4000));
}

bool DnsTestServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    const QString skip = skipReason();
    if (!skip.isEmpty()) {
        m_error = skip;
        return false;
    }
    // Another test may take the chosen port between our check and the server's bind: retry.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (startOnce())
            return true;
    }
    return false;
}

bool DnsTestServer::startOnce()
{
    stop();
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free loopback port");
        return false;
    }
    if (!prepare(m_error))
        return false;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(path(QStringLiteral("server.log")));
    m_process->setWorkingDirectory(folder());
    m_process->start(program(), arguments());
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program(), m_process->errorString());
        return false;
    }
    if (!waitUntilServing()) {
        stop();
        return false;
    }
    m_error.clear();
    return true;
}

bool DnsTestServer::waitUntilServing()
{
    auto name = Dns::Name::fromText(zone());
    Dns::Message query = Dns::makeQuery(name.value(), Dns::RRType::SOA);
    query.id = 0x5151;
    const QByteArray wire = query.encode().value();
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("%1 exited during start-up (code %2):\n%3").arg(displayName()).arg(m_process->exitCode()).arg(output());
            return false;
        }
        socket.writeDatagram(wire, QHostAddress::LocalHost, m_port);
        // Polls the socket: a refused port or no answer yet just means "not serving yet".
        if (socket.waitForReadyRead(50)) {
            while (socket.hasPendingDatagrams()) {
                const QNetworkDatagram d = socket.receiveDatagram();
                auto reply = Dns::Message::decode(d.data());
                if (reply && reply->id == query.id && reply->rcode == 0 && !reply->answers.isEmpty())
                    return true;
            }
        }
    }
    m_error = QStringLiteral("%1 did not answer for its zone within 15 s:\n%2").arg(displayName(), output());
    return false;
}

void DnsTestServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

// ---- FakeDnsResponder ----

FakeDnsResponder::FakeDnsResponder(QObject *parent) : QObject(parent) {}

FakeDnsResponder::~FakeDnsResponder() = default;

bool FakeDnsResponder::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    for (int i = 0; i < (port ? 1 : 50); ++i) {
        auto *tcp = new QTcpServer(this);
        if (!tcp->listen(address, port)) {
            delete tcp;
            continue;
        }
        auto *udp = new QUdpSocket(this);
        if (!udp->bind(address, tcp->serverPort())) {
            delete udp;
            delete tcp;
            continue;
        }
        m_tcp = tcp;
        m_udp = udp;
        m_port = tcp->serverPort();
        m_other = new QUdpSocket(this);
        m_other->bind(address, 0);
        connect(m_udp, &QUdpSocket::readyRead, this, &FakeDnsResponder::onDatagrams);
        connect(m_tcp, &QTcpServer::newConnection, this, &FakeDnsResponder::onTcpConnection);
        return true;
    }
    return false;
}

void FakeDnsResponder::sendFromOtherPort(const QByteArray &bytes, const QHostAddress &to, quint16 port)
{
    m_other->writeDatagram(bytes, to, port);
}

Dns::Message FakeDnsResponder::replyTo(const Dns::Message &request)
{
    Dns::Message reply;
    reply.id = request.id;
    reply.qr = true;
    reply.opcode = request.opcode;
    reply.rd = request.rd;
    reply.questions = request.questions;
    return reply;
}

QByteArray FakeDnsResponder::encode(const Dns::Message &message)
{
    auto wire = message.encode();
    if (!wire) {
        qWarning("FakeDnsResponder: cannot encode a reply: %s", qPrintable(wire.error()));
        return {};
    }
    return wire.value();
}

ReceivedDnsRequest FakeDnsResponder::record(const QByteArray &wire, bool viaTcp, const QHostAddress &peer, quint16 peerPort)
{
    ReceivedDnsRequest r;
    r.wire = wire;
    r.viaTcp = viaTcp;
    r.peer = peer;
    r.peerPort = peerPort;
    auto decoded = Dns::Message::decode(wire);
    if (decoded) {
        r.message = decoded.value();
        r.decoded = true;
    }
    m_requests.append(r);
    return r;
}

void FakeDnsResponder::onDatagrams()
{
    while (m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_udp->receiveDatagram();
        const ReceivedDnsRequest r = record(d.data(), false, d.senderAddress(), quint16(d.senderPort()));
        if (!m_handler)
            continue;
        const QList<QByteArray> replies = m_handler(r);
        for (const QByteArray &reply : replies)
            m_udp->writeDatagram(reply, d.senderAddress(), quint16(d.senderPort()));
    }
}

void FakeDnsResponder::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onTcpData(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeDnsResponder::onTcpData(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    while (buffer.size() >= 2) {
        const quint16 length = qFromBigEndian<quint16>(buffer.constData());
        if (buffer.size() < 2 + length)
            break;
        const ReceivedDnsRequest r = record(buffer.mid(2, length), true, socket->peerAddress(), socket->peerPort());
        buffer.remove(0, 2 + length);
        if (!m_handler)
            continue;
        const QList<QByteArray> replies = m_handler(r);
        for (const QByteArray &reply : replies) {
            QByteArray framed(2, '\0');
            qToBigEndian<quint16>(quint16(reply.size()), framed.data());
            framed += reply;
            if (!m_splitTcp) {
                socket->write(framed);
                continue;
            }
            socket->write(framed.left(1));
            socket->flush();
            QTimer::singleShot(20, socket, [socket, rest = framed.mid(1)] { socket->write(rest); });
        }
    }
    socket->setProperty("buffer", buffer);
}

} // namespace Qddns::Test
