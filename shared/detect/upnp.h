#pragma once

// The pieces of UPnP the `upnp` detector uses: find the Internet Gateway Device (SSDP), read its
// description, ask its WAN connection service for the external address (SOAP). A LAN router speaks
// plain HTTP, so these requests (and only these) are sent without TLS; nothing secret is in them.

#include "core/expected.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QObject;

namespace Qddns {

class HttpClient;

/// \brief The WAN connection service of the Internet Gateway Device that answered.
struct UpnpGateway
{
    QHostAddress address; ///< who answered the M-SEARCH: every URL below points at it
    QUrl location;        ///< its device description
    QString serviceType;  ///< urn:schemas-upnp-org:service:WANIPConnection:1 (or WANPPPConnection)
    QUrl controlUrl;      ///< SOAP actions
    QUrl eventUrl;        ///< GENA subscriptions
};

using UpnpGatewayResult = Expected<UpnpGateway, QString>;
using UpnpAddressResult = Expected<QHostAddress, QString>;

/// \brief The SSDP multicast group and port (UPnP Device Architecture 1.1, 1.3.2).
inline constexpr char kSsdpGroup[] = "239.255.255.250";
inline constexpr quint16 kSsdpPort = 1900;
/// \brief What the M-SEARCH asks for; IGD:2 devices answer it too.
inline constexpr char kIgdDeviceType[] = "urn:schemas-upnp-org:device:InternetGatewayDevice:1";

/// \brief Finds the gateway: M-SEARCH on the LAN, then its description. \a done runs once
/// (unless \a context dies), after \a timeout at the latest for the search.
void findUpnpGateway(HttpClient *http, std::chrono::milliseconds timeout, QObject *context,
                     std::function<void(const UpnpGatewayResult &)> done);

/// \brief Asks the gateway's service for GetExternalIPAddress; the answer is whatever address the
/// router reports (private or CGNAT included): see upnpWanProblem().
void readUpnpExternalAddress(HttpClient *http, const UpnpGateway &gateway, QObject *context,
                             std::function<void(const UpnpAddressResult &)> done);

/// \brief Reads a device description: the first WANIPConnection or WANPPPConnection service,
/// its URLs resolved against URLBase or \a location and required to stay on \a location's host.
UpnpGatewayResult parseIgdDescription(const QByteArray &xml, const QUrl &location);

/// \brief Reads a GetExternalIPAddress reply (or a UPnP error) into the address text.
Expected<QString, QString> parseExternalAddressReply(int status, const QByteArray &xml);

/// \brief Why a router's WAN address is not the public one (private, CGNAT: double NAT), or empty.
QString upnpWanProblem(const QHostAddress &wan);

/// \brief What kind of NAT a router's non-public WAN address betrays.
enum class WanNat {
    None,         ///< a global address: the router holds the public address
    Private,      ///< RFC 1918: the router is behind another router (double NAT)
    CarrierGrade, ///< 100.64.0.0/10 (RFC 6598): the provider's carrier-grade NAT
    Other,        ///< any other non-global address (loopback, link-local, reserved…)
};
WanNat upnpWanNat(const QHostAddress &wan);

} // namespace Qddns
