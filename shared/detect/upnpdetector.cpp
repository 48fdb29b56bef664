// The `upnp` detector: asks the LAN's Internet Gateway Device for its WAN address. No request
// leaves the LAN; a router behind another NAT reports a private or CGNAT address, which is
// refused (naming the double NAT) so that the next detector is asked.
#include "detect/detector.h"
#include "detect/upnp.h"

#include "core/logging.h"

#include <QTimer>

namespace Qddns {

void runUpnpDetector(const DetectorSpec &spec, Family family, HttpClient *http, QObject *context, AddressCallback done,
                     RouterWanCallback routerWan)
{
    if (family != Family::IPv4) {
        // GetExternalIPAddress is IPv4 only; an IPv6 host needs no NAT traversal to be found.
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done(Unexpected{QStringLiteral("UPnP gateways report only an IPv4 address")});
        });
        return;
    }
    findUpnpGateway(http, spec.timeout, context, [http, context, done, routerWan](const UpnpGatewayResult &gateway) {
        if (!gateway) {
            done(Unexpected{gateway.error()});
            return;
        }
        readUpnpExternalAddress(http, *gateway, context, [done, routerWan](const UpnpAddressResult &wan) {
            if (!wan) {
                done(Unexpected{wan.error()});
                return;
            }
            if (const QString problem = upnpWanProblem(*wan); !problem.isEmpty()) {
                if (routerWan)
                    routerWan(*wan); // status and tray say double NAT from this, not from the text
                done(Unexpected{problem});
                return;
            }
            done(*wan);
        });
    });
}

} // namespace Qddns
