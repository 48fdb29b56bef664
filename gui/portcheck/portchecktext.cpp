#include "portcheck/portchecktext.h"

#include <QStringList>

namespace Qddns::Gui {

namespace {
QString joinDetails(const QStringList &parts)
{
    return parts.join(QLatin1Char('\n'));
}
} // namespace

QString PortCheckText::port(const PortSpec &spec)
{
    return spec.protocol == PortSpec::Protocol::Udp ? tr("%1/UDP").arg(spec.port) : tr("%1/TCP").arg(spec.port);
}

QString PortCheckText::connectFailure(ConnectFailure failure)
{
    switch (failure) {
    case ConnectFailure::None:
        return {};
    case ConnectFailure::Refused:
        return tr("connection refused");
    case ConnectFailure::TimedOut:
        return tr("timed out");
    case ConnectFailure::Unreachable:
        return tr("network unreachable");
    case ConnectFailure::Other:
        return tr("connection failed");
    }
    return {};
}

QString PortCheckText::addresses(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    return texts.join(QLatin1String(", "));
}

QString PortCheckText::listening(const PortResult &result)
{
    switch (result.listening.status) {
    case CheckStatus::Pending:
        return tr("Checking…");
    case CheckStatus::Ok:
        return tr("Yes");
    case CheckStatus::Failed:
        return tr("No (%1)").arg(connectFailure(result.listening.failure));
    case CheckStatus::Skipped:
        return tr("Not checked");
    case CheckStatus::NotCheckable:
        return tr("UDP: cannot be checked over TCP");
    }
    return {};
}

QString PortCheckText::listeningDetail(const PortResult &result)
{
    return result.listening.detail;
}

QString PortCheckText::name(const NameCheck &name, const QString &hostName)
{
    switch (name.status) {
    case CheckStatus::Pending:
        return tr("Checking…");
    case CheckStatus::Ok:
        return tr("Yes (%1)").arg(addresses(name.addresses));
    case CheckStatus::NotCheckable:
        return tr("Not checkable");
    case CheckStatus::Skipped:
        if (name.issue == NameIssue::NoHostName)
            return tr("No host name");
        if (name.addresses.isEmpty())
            return tr("No public address known");
        return tr("Resolves to %1; no public address known to compare").arg(addresses(name.addresses));
    case CheckStatus::Failed:
        break;
    }
    switch (name.issue) {
    case NameIssue::LookupFailed:
        return tr("No: %1 could not be resolved").arg(hostName);
    case NameIssue::TimedOut:
        return tr("No: the lookup of %1 timed out").arg(hostName);
    case NameIssue::NoAddresses:
        return tr("No: %1 has no addresses").arg(hostName);
    case NameIssue::Mismatch:
        return tr("No: resolves to %1, not to %2").arg(addresses(name.addresses), addresses(name.missing));
    case NameIssue::None:
    case NameIssue::NoHostName:
    case NameIssue::NoPublicAddress:
        break;
    }
    return tr("No");
}

QString PortCheckText::reachable(const PortResult &result)
{
    // With nothing listening here, an answer came from something else: not a plain "yes".
    const bool notHere = result.listening.status == CheckStatus::Failed;
    const auto one = [notHere](const AddressCheck &check) {
        switch (check.status) {
        case CheckStatus::Ok:
            return notHere ? tr("something answered") : tr("yes");
        case CheckStatus::Failed:
            return tr("no (%1)").arg(connectFailure(check.failure));
        case CheckStatus::Pending:
            return tr("checking…");
        case CheckStatus::Skipped:
        case CheckStatus::NotCheckable:
            break;
        }
        return tr("not checked");
    };
    switch (result.reachable) {
    case CheckStatus::NotCheckable:
        return tr("Not checkable");
    case CheckStatus::Skipped:
        return result.spec.protocol == PortSpec::Protocol::Udp ? tr("Not checkable") : tr("No public address known");
    case CheckStatus::Pending:
    case CheckStatus::Ok:
    case CheckStatus::Failed:
        break;
    }
    if (result.publicChecks.size() == 1) {
        const AddressCheck &check = result.publicChecks.constFirst();
        switch (check.status) {
        case CheckStatus::Ok:
            return notHere ? tr("Something answered, not a server on this computer") : tr("Yes");
        case CheckStatus::Failed:
            return tr("No (%1)").arg(connectFailure(check.failure));
        case CheckStatus::Pending:
            return tr("Checking…");
        case CheckStatus::Skipped:
        case CheckStatus::NotCheckable:
            return tr("Not checked");
        }
    }
    QStringList parts;
    for (const AddressCheck &check : result.publicChecks) {
        parts.append(check.address.protocol() == QAbstractSocket::IPv6Protocol ? tr("IPv6: %1").arg(one(check))
                                                                               : tr("IPv4: %1").arg(one(check)));
    }
    return parts.join(QLatin1String("; "));
}

QString PortCheckText::reachableDetail(const PortResult &result)
{
    QStringList parts;
    for (const AddressCheck &check : result.publicChecks) {
        if (check.status == CheckStatus::Failed && !check.detail.isEmpty())
            parts.append(tr("%1: %2").arg(check.address.toString(), check.detail));
        else if (check.status == CheckStatus::Ok && check.onThisMachine)
            parts.append(tr("%1 belongs to this computer").arg(check.address.toString()));
    }
    return joinDetails(parts);
}

QString PortCheckText::probe(const PortResult &result)
{
    const ProbeCheck &probe = result.probe;
    switch (probe.status) {
    case CheckStatus::Pending:
        return tr("Checking…");
    case CheckStatus::Skipped:
        return tr("Not configured");
    case CheckStatus::NotCheckable:
        return tr("Not checkable");
    case CheckStatus::Ok:
        return tr("Reachable (HTTP %1)").arg(probe.httpStatus);
    case CheckStatus::Failed:
        break;
    }
    switch (probe.failure) {
    case ProbeFailure::InvalidUrl:
        return tr("Invalid probe URL");
    case ProbeFailure::HttpStatus:
        return tr("Not reachable (HTTP %1)").arg(probe.httpStatus);
    case ProbeFailure::TimedOut:
        return tr("The probe did not answer in time");
    case ProbeFailure::NetworkError:
        return probe.detail.isEmpty() ? tr("The probe could not be reached")
                                      : tr("The probe could not be reached: %1").arg(probe.detail);
    case ProbeFailure::None:
        break;
    }
    return tr("Failed");
}

QString PortCheckText::advice(const PortResult &result, const PortCheckReport &report)
{
    const int port = result.spec.port;
    const auto firstFailed = [&result](bool onThisMachine) {
        for (const AddressCheck &check : result.publicChecks) {
            if (check.status == CheckStatus::Failed && (!onThisMachine || check.onThisMachine))
                return check.address.toString();
        }
        return QString();
    };
    switch (result.advice) {
    case Advice::Pending:
        return report.running ? tr("Checking…") : QString();
    case Advice::Reachable:
        return tr("Port %1 is reachable at your public address.").arg(port);
    case Advice::VerifyFromOutside:
        return tr("The connection worked, but %1 belongs to this computer, so the test did not pass through your "
                  "router or its firewall. Use an external probe to check from the Internet.")
            .arg(addresses([&result] {
                QList<QHostAddress> list;
                for (const AddressCheck &check : result.publicChecks)
                    list.append(check.address);
                return list;
            }()));
    case Advice::FixDns:
        return tr("The server is reachable, but %1 does not point to your public address yet. Wait for the next "
                  "update and for the old record to expire, or check the profile.")
            .arg(report.hostName);
    case Advice::StartServer:
        if (result.reachable == CheckStatus::Ok || result.probe.status == CheckStatus::Ok)
            return tr("Nothing accepts connections on port %1 on this computer (%2), yet something answered at your "
                      "public address: your router itself, another device, or a server here that listens only on "
                      "its network address. Start the server here (listening on all addresses), or, if it runs on "
                      "another device, check the port from that device.")
                .arg(port)
                .arg(report.localAddress.toString());
        return tr("Nothing accepts connections on port %1 on this computer (%2). Start the server, or make sure it "
                  "listens on this port.")
            .arg(port)
            .arg(report.localAddress.toString());
    case Advice::ListenOnPublicAddress:
        return tr("The server answers on %1 but not on %2, an address of this computer. Make it listen on all "
                  "addresses (0.0.0.0 or ::), not only on localhost, and allow TCP port %3 in this computer's "
                  "firewall.")
            .arg(report.localAddress.toString(), firstFailed(true))
            .arg(port);
    case Advice::CarrierGradeNat:
        return tr("Port forwarding cannot work here (carrier-grade NAT): ask your ISP for a public IPv4 address or "
                  "use IPv6.");
    case Advice::CheckForwarding:
        return tr("Not reachable from the Internet. On your router, forward TCP port %1 to the computer running the "
                  "server (or, as a last resort, put that computer in the router's DMZ), and allow the port in that "
                  "computer's firewall.")
            .arg(port);
    case Advice::CheckIPv6Firewall:
        return tr("Not reachable at your public IPv6 address %1: allow TCP port %2 in your router's IPv6 firewall "
                  "and in the server's firewall.")
            .arg(firstFailed(false))
            .arg(port);
    case Advice::HairpinUnknown:
        return tr("Connecting to your public address %1 from inside your network failed. Many routers do not "
                  "support this (hairpin NAT, also called NAT loopback), so it does not prove that port %2 is "
                  "closed from outside. Check the port forwarding and the firewall, or set up an external probe "
                  "to test from the Internet.")
            .arg(firstFailed(false))
            .arg(port);
    case Advice::NoPublicAddress:
        if (!report.agentRunning)
            return tr("The qddns agent is not running, so your public address is unknown and reachability could "
                      "not be checked. Start the agent from the tray menu, then check again.");
        return tr("The agent has not detected a public address yet, so reachability could not be checked.");
    case Advice::UdpNotCheckable:
        return tr("UDP: cannot be checked over TCP. Make sure UDP port %1 is forwarded on your router and allowed "
                  "in the firewall.")
            .arg(port);
    }
    return {};
}

QString PortCheckText::wan(const WanCheck &wan)
{
    QString reason;
    switch (wan.issue) {
    case WanIssue::None:
        return {};
    case WanIssue::CgnatPublicAddress:
        reason = tr("The detected IPv4 address %1 is in the carrier-grade NAT range 100.64.0.0/10.")
                     .arg(wan.address.toString());
        break;
    case WanIssue::NonGlobalPublicAddress:
        reason = tr("The detected IPv4 address %1 is not a public address.").arg(wan.address.toString());
        break;
    case WanIssue::CgnatInterface:
        reason = tr("This computer has the carrier-grade NAT address %1 and not your public IPv4 address.")
                     .arg(wan.address.toString());
        break;
    }
    return reason + QLatin1Char(' ')
        + tr("Port forwarding cannot work here (carrier-grade NAT): ask your ISP for a public IPv4 address or use "
             "IPv6.");
}

QString PortCheckText::portListError(const PortListError &error)
{
    switch (error.code) {
    case PortListError::Code::Empty:
        return tr("Enter at least one port, for example \"22, 443, 51820/udp\".");
    case PortListError::Code::NotANumber:
        return tr("\"%1\" is not a port number. Write ports like \"443\" or \"51820/udp\".").arg(error.token);
    case PortListError::Code::OutOfRange:
        return tr("%1 is not a valid port: ports are 1 to 65535.").arg(error.token);
    case PortListError::Code::UnknownProtocol:
        return tr("\"%1\": unknown protocol, write /tcp or /udp after the port.").arg(error.token);
    case PortListError::Code::TooMany:
        return tr("Too many ports: check at most %n port(s) at once.", nullptr, kMaxPortsPerCheck);
    }
    return {};
}

} // namespace Qddns::Gui
