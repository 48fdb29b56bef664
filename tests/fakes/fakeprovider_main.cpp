// qddns-fakeprovider: a loopback stand-in for an IP echo service and a DynDNS2 provider, for
// the screenshot and benchmark scripts (the tests use FakeHttpServer in process).
//   qddns-fakeprovider [--http] DIR
// serves HTTPS on 127.0.0.1 (certificate signed by tests/data/tls/ca.pem; plain HTTP with --http,
// to measure what TLS costs a client) and writes
//   DIR/url        its base URL, once it listens
//   DIR/requests   one line per update request (method and target)
//   DIR/log        one line per request of any kind, for counting and timing what a client does:
//                  "<CLOCK_MONOTONIC seconds> <ip|update|other> <status> <first word of the reply> <hosts>
//                   <method> <target> <user-agent>" (hosts: how many an update named, 0 otherwise;
//                  the user agent with spaces as '_')
// and answers
//   GET /ip          the address in DIR/ip (re-read on every request, so a script can change it)
//   GET /nic/update  "good <myip>" per host, as a DynDNS2 server that accepts everything; a request
//                    naming more than 20 hosts gets "numhost", as real DynDNS2 servers answer
// DIR/mode, when present, is re-read on every request and makes one of them misbehave:
//   badauth   every update is answered "badauth"
//   911       every update is answered "911" for each host
//   garbage   /ip answers 200 with an HTML page that mentions another address, 81.2.69.201
//   private   /ip answers 200 with a private address, 192.168.1.10
//   http500   /ip answers 500 with another address, 81.2.69.201, as its body
// Anything else (or no file) is normal service. Each reply goes out in one write (headers and body
// together), so keep-alive clients are not held up by delayed ACKs.
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <ctime>

using namespace Qddns::Test;

namespace {

// What real DynDNS2 servers accept in one request (Dyn: "numhost" above 20).
constexpr qsizetype MaxHostsPerRequest = 20;

QByteArray readTrimmed(const QDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

// The benchmark times requests against its own CLOCK_MONOTONIC readings (Python's time.monotonic()).
QByteArray monotonicSeconds()
{
    timespec now = {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return QByteArray::number(double(now.tv_sec) + double(now.tv_nsec) / 1e9, 'f', 6);
}

FakeReply answer(const QDir &dir, const RecordedRequest &r, qsizetype hosts)
{
    const QByteArray mode = readTrimmed(dir, QStringLiteral("mode"));
    if (r.path == QLatin1String("/ip")) {
        if (mode == "garbage")
            return {200, "<html><body><p>Please sign in to continue. Gateway 81.2.69.201</p></body></html>\n",
                    {{"Content-Type", "text/html"}}};
        if (mode == "private")
            return {200, "192.168.1.10\n"};
        if (mode == "http500")
            return {500, "81.2.69.201\n"};
        const QByteArray ip = readTrimmed(dir, QStringLiteral("ip"));
        if (ip.isNull())
            return {503, "no address"};
        return {200, ip + '\n'};
    }
    if (r.path == QLatin1String("/nic/update")) {
        if (mode == "badauth")
            return {200, "badauth"};
        if (hosts > MaxHostsPerRequest)
            return {200, "numhost"};
        if (mode == "911") {
            QByteArrayList lines;
            for (qsizetype i = 0; i < hosts; ++i)
                lines.append("911");
            return {200, lines.join('\n')};
        }
        return {200, dyndns2GoodPerHost(r)};
    }
    return {404, "not found"};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool http = args.removeAll(QStringLiteral("--http")) > 0;
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: qddns-fakeprovider [--http] DIR\n");
        return 2;
    }
    const QDir dir(args.at(0));
    FakeHttpServer server(http ? FakeHttpServer::Mode::Http : FakeHttpServer::Mode::Https);
    server.setHandler([&dir](const RecordedRequest &r) {
        const bool update = r.path == QLatin1String("/nic/update");
        const qsizetype hosts = update ? r.queryValue(QStringLiteral("hostname")).split(QLatin1Char(',')).size() : 0;
        const FakeReply reply = answer(dir, r, hosts);
        if (update) {
            QFile requests(dir.filePath(QStringLiteral("requests")));
            if (requests.open(QIODevice::Append))
                requests.write(r.method + ' ' + r.target + '\n');
        }
        QByteArray agent = r.header("User-Agent");
        agent.replace(' ', '_');
        if (agent.isEmpty())
            agent = "-";
        const QByteArray kind = update ? "update" : r.path == QLatin1String("/ip") ? "ip" : "other";
        QByteArray word = reply.body.simplified();
        if (const qsizetype space = word.indexOf(' '); space >= 0)
            word.truncate(space);
        word.truncate(20);
        if (word.isEmpty())
            word = "-";
        QFile log(dir.filePath(QStringLiteral("log")));
        if (log.open(QIODevice::Append))
            log.write(monotonicSeconds() + ' ' + kind + ' ' + QByteArray::number(reply.status) + ' ' + word + ' '
                      + QByteArray::number(hosts) + ' ' + r.method + ' ' + r.target + ' ' + agent.left(100) + '\n');
        return reply;
    });
    if (!server.listen()) {
        std::fprintf(stderr, "qddns-fakeprovider: cannot listen on loopback\n");
        return 1;
    }
    QSaveFile url(dir.filePath(QStringLiteral("url")));
    if (!url.open(QIODevice::WriteOnly))
        return 1;
    url.write(server.baseUrl().toString().toUtf8() + '\n');
    url.commit();
    return app.exec();
}
