#include "detect/detector.h"

#include "net/httpclient.h"

#include <QNetworkInterface>
#include <QTimer>

namespace Qddns {

void runWebDetector(const DetectorSpec &spec, Family family, HttpClient *http, QObject *context, AddressCallback done)
{
    HttpRequest request;
    request.url = spec.url;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/plain")});
    HttpClient::Options options;
    options.allowInsecureHttp = spec.allowInsecureHttp;
    options.followRedirects = true;
    auto answer = [done = std::move(done), family](const HttpReply &reply) {
        if (!reply.error.isEmpty()) {
            done(Unexpected{reply.error});
            return;
        }
        if (reply.status < 200 || reply.status >= 300) {
            done(Unexpected{QStringLiteral("HTTP status %1").arg(reply.status)});
            return;
        }
        if (reply.header("Content-Type").toLower().contains("html")) {
            done(Unexpected{QStringLiteral("the answer is HTML, not an address")});
            return;
        }
        done(parseSingleAddress(reply.body, family));
    };
    if (spec.sourceAddress.isNull() && spec.sourceInterface.isEmpty()) {
        http->send(request, options, context, std::move(answer));
        return;
    }
    QHostAddress source = spec.sourceAddress;
    if (!spec.sourceInterface.isEmpty()) {
        // Looked up at each run: a PPP link's address changes, and the link may come later.
        const auto found = interfaceSourceAddress(spec.sourceInterface, family);
        if (!found) {
            QTimer::singleShot(0, context, [answer = std::move(answer), error = found.error()] {
                HttpReply reply;
                reply.error = error;
                answer(reply);
            });
            return;
        }
        source = *found;
    }
    http->sendFrom(source, request, options, context, std::move(answer));
}

Expected<QHostAddress, QString> interfaceSourceAddress(const QString &name, Family family)
{
    const QNetworkInterface interface = QNetworkInterface::interfaceFromName(name);
    if (!interface.isValid())
        return Unexpected{QStringLiteral("network interface %1 does not exist").arg(name)};
    const auto protocol = family == Family::IPv4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol;
    for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
        const QHostAddress ip = entry.ip();
        if (ip.protocol() == protocol && !ip.isLinkLocal())
            return ip;
    }
    return Unexpected{QStringLiteral("network interface %1 has no %2 address to send from").arg(name, familyDisplayName(family))};
}

} // namespace Qddns
