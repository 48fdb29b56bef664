#pragma once

#include "core/expected.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

// Data and pure rules of the port reachability check. Everything here is codes and data;
// portchecktext.h turns it into translated text, portchecker.h runs the network part.
namespace Qddns::Gui {

struct PortSpec
{
    enum class Protocol { Tcp, Udp };
    int port = 0;
    Protocol protocol = Protocol::Tcp;
    bool operator==(const PortSpec &) const = default;
};

/// What the check is asked to do. The main window fills it from the agent's status.
struct PortCheckRequest
{
    QString hostName;
    QList<PortSpec> ports;
    std::optional<QHostAddress> publicIPv4;
    std::optional<QHostAddress> publicIPv6;
    /// This machine's addresses; nullopt means QNetworkInterface::allAddresses() when the check starts.
    std::optional<QList<QHostAddress>> interfaceAddresses;
    /// Optional external probe, placeholders {host} {port} {ip}; a 2xx answer means reachable.
    QString probeUrlTemplate;
    QHostAddress localAddress = QHostAddress(QHostAddress::LocalHost);
    /// False while the agent is down: no public address is known because nothing detects one.
    bool agentRunning = true;
    std::chrono::milliseconds timeout{5000};       ///< per TCP connect and for the name lookup
    std::chrono::milliseconds probeTimeout{15000}; ///< the probe itself connects out, give it longer
};

enum class CheckStatus { Pending, Ok, Failed, Skipped, NotCheckable };

enum class ConnectFailure { None, Refused, TimedOut, Unreachable, Other };

struct ConnectCheck
{
    CheckStatus status = CheckStatus::Pending;
    ConnectFailure failure = ConnectFailure::None;
    QString detail; ///< Qt's (translated) socket error text, for tooltips
};

/// A TCP connect to one detected public address.
struct AddressCheck : ConnectCheck
{
    QHostAddress address;
    bool onThisMachine = false; ///< the address is on a local interface: the connect never left this computer
};

enum class ProbeFailure { None, InvalidUrl, HttpStatus, NetworkError, TimedOut };

struct ProbeCheck
{
    CheckStatus status = CheckStatus::Skipped;
    ProbeFailure failure = ProbeFailure::None;
    int httpStatus = 0;
    QString detail;
};

enum class NameIssue { None, NoHostName, NoPublicAddress, LookupFailed, TimedOut, NoAddresses, Mismatch };

/// Does the host name resolve to the detected public address(es)? Shared by every port.
struct NameCheck
{
    CheckStatus status = CheckStatus::Pending;
    NameIssue issue = NameIssue::None;
    QList<QHostAddress> addresses; ///< what the name resolves to
    QList<QHostAddress> missing;   ///< detected public addresses the name does not resolve to
    QString detail;                ///< resolver error text
};

/// One plain-language recommendation per port, the most important first.
enum class Advice {
    Pending,           // row not complete yet
    Reachable,         // all good
    VerifyFromOutside, // reachable, but only through this machine's own address
    FixDns,            // reachable, but the name points elsewhere
    StartServer,       // nothing listens here (whatever answers at the public address is something else)
    ListenOnPublicAddress, // listening locally, refused at this machine's own public address
    CarrierGradeNat,   // listening, not reachable, and the WAN is behind CGNAT
    CheckForwarding,   // the external probe says closed: forwarding / firewall / DMZ
    CheckIPv6Firewall, // IPv4 fine or untested, the public IPv6 address does not answer
    HairpinUnknown,    // public connect failed from inside, no probe: cannot tell
    NoPublicAddress,   // nothing to test against
    UdpNotCheckable,
};

struct PortResult
{
    PortSpec spec;
    ConnectCheck listening;
    QList<AddressCheck> publicChecks;
    CheckStatus reachable = CheckStatus::Pending; ///< all public addresses answered (Ok) or any did not (Failed)
    ProbeCheck probe;
    Advice advice = Advice::Pending;
};

enum class WanIssue { None, CgnatPublicAddress, NonGlobalPublicAddress, CgnatInterface };

struct WanCheck
{
    WanIssue issue = WanIssue::None;
    QHostAddress address; ///< the address that shows the problem
};

struct PortCheckReport
{
    QString hostName;
    QHostAddress localAddress;
    std::optional<QHostAddress> publicIPv4;
    std::optional<QHostAddress> publicIPv6;
    WanCheck wan;
    NameCheck name;
    QList<PortResult> ports;
    bool running = false;
    bool cancelled = false;
    bool agentRunning = true; ///< as in the request
};

struct PortListError
{
    enum class Code { Empty, NotANumber, OutOfRange, UnknownProtocol, TooMany };
    Code code = Code::Empty;
    QString token; ///< the offending part of the input
};

inline constexpr int kMaxPortsPerCheck = 32;

/// Parses "22, 443, 51820/udp" (separators: comma, semicolon, blanks; protocol case-insensitive,
/// TCP by default). Duplicates are dropped, order kept.
Expected<QList<PortSpec>, PortListError> parsePortList(const QString &text);
/// The inverse of parsePortList, for showing a list in the line edit.
QString formatPortList(const QList<PortSpec> &ports);

/// Carrier-grade NAT or a non-public "public" address: port forwarding on the home router cannot help.
WanCheck checkWan(const std::optional<QHostAddress> &publicIPv4, const QList<QHostAddress> &interfaceAddresses);

/// Compares what the name resolved to with the detected public addresses.
NameCheck evaluateName(const QList<QHostAddress> &resolved, const std::optional<QHostAddress> &publicIPv4,
                       const std::optional<QHostAddress> &publicIPv6);

/// Ok when every public address answered, Failed when one did not, Skipped when none was tested.
CheckStatus combineReachability(const QList<AddressCheck> &checks);

/// The recommendation for a complete row.
Advice adviceFor(const PortResult &result, const NameCheck &name, const WanCheck &wan);

/// Fills {host} {port} {ip} into \a urlTemplate (values percent-encoded); an invalid QUrl when the
/// result is not an http(s) URL with a host.
QUrl expandProbeUrl(const QString &urlTemplate, const QString &host, int port, const QHostAddress &ip);

} // namespace Qddns::Gui
