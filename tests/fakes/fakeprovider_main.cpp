// qddns-fakeprovider: a loopback stand-in for an IP echo service and a DynDNS2 provider, for
// the screenshot and benchmark scripts (the tests use FakeHttpServer in process).
//   qddns-fakeprovider DIR
// serves HTTPS on 127.0.0.1 (certificate signed by tests/data/tls/ca.pem) and writes
//   DIR/url        its base URL, once it listens
//   DIR/requests   one line per update request (method and target)
// and answers
//   GET /ip          the address in DIR/ip (re-read on every request, so a script can change it)
//   GET /nic/update  "good <myip>" per host, as a DynDNS2 server that accepts everything
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Qddns::Test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: qddns-fakeprovider DIR\n");
        return 2;
    }
    const QDir dir(args.at(1));
    FakeHttpServer server(FakeHttpServer::Mode::Https);
    server.setHandler([&dir](const RecordedRequest &r) {
        if (r.path == QLatin1String("/ip")) {
            QFile ip(dir.filePath(QStringLiteral("ip")));
            if (!ip.open(QIODevice::ReadOnly))
                return FakeReply{503, "no address"};
            return FakeReply{200, ip.readAll().trimmed() + '\n'};
        }
        if (r.path == QLatin1String("/nic/update")) {
            QFile log(dir.filePath(QStringLiteral("requests")));
            if (log.open(QIODevice::Append))
                log.write(r.method + ' ' + r.target + '\n');
            return FakeReply{200, dyndns2GoodPerHost(r)};
        }
        return FakeReply{404, "not found"};
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
