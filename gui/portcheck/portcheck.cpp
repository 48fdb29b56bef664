#include "portcheck/portcheck.h"

#include "core/addressrules.h"

#include <QRegularExpression>

#include <algorithm>

namespace Qddns::Gui {

namespace {

bool isAsciiDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

const QHostAddress &cgnatNetwork()
{
    static const QHostAddress network(QStringLiteral("100.64.0.0"));
    return network;
}

bool isCgnat(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv4Protocol && address.isInSubnet(cgnatNetwork(), 10);
}

} // namespace

Expected<QList<PortSpec>, PortListError> parsePortList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return Unexpected{PortListError{PortListError::Code::Empty, {}}};

    QList<PortSpec> ports;
    for (const QString &token : tokens) {
        const qsizetype slash = token.indexOf(QLatin1Char('/'));
        const QStringView number = slash < 0 ? QStringView(token) : QStringView(token).left(slash);
        PortSpec spec;
        if (slash >= 0) {
            const QStringView protocol = QStringView(token).mid(slash + 1);
            if (protocol.compare(QLatin1String("tcp"), Qt::CaseInsensitive) == 0)
                spec.protocol = PortSpec::Protocol::Tcp;
            else if (protocol.compare(QLatin1String("udp"), Qt::CaseInsensitive) == 0)
                spec.protocol = PortSpec::Protocol::Udp;
            else
                return Unexpected{PortListError{PortListError::Code::UnknownProtocol, token}};
        }
        if (!isAsciiDigits(number))
            return Unexpected{PortListError{PortListError::Code::NotANumber, token}};
        // More than five digits cannot be a port; checking the length first also avoids overflow.
        const int value = number.size() > 5 ? -1 : number.toInt();
        if (value < 1 || value > 65535)
            return Unexpected{PortListError{PortListError::Code::OutOfRange, number.toString()}};
        spec.port = value;
        if (!ports.contains(spec))
            ports.append(spec);
    }
    if (ports.size() > kMaxPortsPerCheck)
        return Unexpected{PortListError{PortListError::Code::TooMany, QString::number(ports.size())}};
    return ports;
}

QString formatPortList(const QList<PortSpec> &ports)
{
    QStringList parts;
    for (const PortSpec &spec : ports) {
        parts.append(spec.protocol == PortSpec::Protocol::Udp ? QString::number(spec.port) + QLatin1String("/udp")
                                                              : QString::number(spec.port));
    }
    return parts.join(QLatin1String(", "));
}

WanCheck checkWan(const std::optional<QHostAddress> &publicIPv4, const QList<QHostAddress> &interfaceAddresses)
{
    if (publicIPv4) {
        if (isCgnat(*publicIPv4))
            return {WanIssue::CgnatPublicAddress, *publicIPv4};
        if (!isGlobalUnicast(*publicIPv4))
            return {WanIssue::NonGlobalPublicAddress, *publicIPv4};
        // The public address sits on this machine: no NAT in the way at all.
        if (interfaceAddresses.contains(*publicIPv4))
            return {};
    }
    // A CGNAT address on an interface means the router's WAN side is itself behind the ISP's NAT.
    const auto cgnat = std::find_if(interfaceAddresses.begin(), interfaceAddresses.end(), isCgnat);
    if (cgnat != interfaceAddresses.end())
        return {WanIssue::CgnatInterface, *cgnat};
    return {};
}

NameCheck evaluateName(const QList<QHostAddress> &resolved, const std::optional<QHostAddress> &publicIPv4,
                       const std::optional<QHostAddress> &publicIPv6)
{
    NameCheck check;
    check.addresses = resolved;
    if (!publicIPv4 && !publicIPv6) {
        check.status = CheckStatus::Skipped;
        check.issue = NameIssue::NoPublicAddress;
        return check;
    }
    if (resolved.isEmpty()) {
        check.status = CheckStatus::Failed;
        check.issue = NameIssue::NoAddresses;
        return check;
    }
    for (const auto &expected : {publicIPv4, publicIPv6}) {
        if (expected && !resolved.contains(*expected))
            check.missing.append(*expected);
    }
    check.status = check.missing.isEmpty() ? CheckStatus::Ok : CheckStatus::Failed;
    check.issue = check.missing.isEmpty() ? NameIssue::None : NameIssue::Mismatch;
    return check;
}

CheckStatus combineReachability(const QList<AddressCheck> &checks)
{
    if (checks.isEmpty())
        return CheckStatus::Skipped;
    const auto has = [&checks](CheckStatus status) {
        return std::any_of(checks.begin(), checks.end(), [status](const AddressCheck &c) { return c.status == status; });
    };
    if (has(CheckStatus::Pending))
        return CheckStatus::Pending;
    return has(CheckStatus::Failed) ? CheckStatus::Failed : CheckStatus::Ok;
}

Advice adviceFor(const PortResult &result, const NameCheck &name, const WanCheck &wan)
{
    if (result.spec.protocol == PortSpec::Protocol::Udp)
        return Advice::UdpNotCheckable;
    if (result.listening.status == CheckStatus::Pending || result.reachable == CheckStatus::Pending
        || result.probe.status == CheckStatus::Pending || name.status == CheckStatus::Pending)
        return Advice::Pending;

    // Nothing listens here: whatever answered at the public address (the router itself, another
    // device) is not this server, so that comes first.
    if (result.listening.status == CheckStatus::Failed)
        return Advice::StartServer;

    const bool dnsWrong = name.status == CheckStatus::Failed;
    const bool wanBlocked = wan.issue != WanIssue::None;
    const auto failed = [&result](auto predicate) {
        return std::any_of(result.publicChecks.begin(), result.publicChecks.end(), [&](const AddressCheck &c) {
            return c.status == CheckStatus::Failed && predicate(c);
        });
    };

    // The external probe is the only view from outside: when it answers, it wins.
    if (result.probe.status == CheckStatus::Ok)
        return dnsWrong ? Advice::FixDns : Advice::Reachable;
    const bool probeSaysClosed =
        result.probe.status == CheckStatus::Failed && result.probe.failure == ProbeFailure::HttpStatus;

    if (!probeSaysClosed && result.reachable == CheckStatus::Ok) {
        const bool allOnThisMachine = std::all_of(result.publicChecks.begin(), result.publicChecks.end(),
                                                  [](const AddressCheck &c) { return c.onThisMachine; });
        if (allOnThisMachine)
            return Advice::VerifyFromOutside;
        return dnsWrong ? Advice::FixDns : Advice::Reachable;
    }
    // A refused connect to this machine's own address never met a router: the server or the local firewall.
    if (failed([](const AddressCheck &c) { return c.onThisMachine; }))
        return Advice::ListenOnPublicAddress;
    if (probeSaysClosed)
        return wanBlocked ? Advice::CarrierGradeNat : Advice::CheckForwarding;
    if (result.reachable == CheckStatus::Skipped)
        return wanBlocked ? Advice::CarrierGradeNat : Advice::NoPublicAddress;
    if (failed([](const AddressCheck &c) { return c.address.protocol() == QAbstractSocket::IPv4Protocol; }))
        return wanBlocked ? Advice::CarrierGradeNat : Advice::HairpinUnknown;
    return Advice::CheckIPv6Firewall;
}

QUrl expandProbeUrl(const QString &urlTemplate, const QString &host, int port, const QHostAddress &ip)
{
    const struct
    {
        QLatin1String placeholder;
        QString value;
    } fills[] = {
        {QLatin1String("{host}"), host},
        {QLatin1String("{port}"), port > 0 ? QString::number(port) : QString()},
        {QLatin1String("{ip}"), ip.isNull() ? QString() : ip.toString()},
    };
    QString text = urlTemplate.trimmed();
    for (const auto &fill : fills) {
        if (!text.contains(fill.placeholder))
            continue;
        if (fill.value.isEmpty())
            return {};
        // ':' stays readable so that an IPv6 address in a query still reads as one.
        text.replace(fill.placeholder, QString::fromLatin1(QUrl::toPercentEncoding(fill.value, ":")));
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

} // namespace Qddns::Gui
