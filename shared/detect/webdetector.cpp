#include "detect/detector.h"

#include "net/httpclient.h"

namespace Qddns {

void runWebDetector(const DetectorSpec &spec, Family family, HttpClient *http, QObject *context, AddressCallback done)
{
    HttpRequest request;
    request.url = spec.url;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/plain")});
    HttpClient::Options options;
    options.allowInsecureHttp = spec.allowInsecureHttp;
    options.followRedirects = true;
    http->send(request, options, context, [done = std::move(done), family](const HttpReply &reply) {
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
    });
}

} // namespace Qddns
