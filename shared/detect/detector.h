#pragma once

#include "config/config.h"
#include "core/expected.h"
#include "core/addressrules.h"

#include <QHostAddress>
#include <QList>
#include <QNetworkAddressEntry>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <optional>

namespace Qddns {

class HttpClient;

using AddressResult = Expected<QHostAddress, QString>;
using AddressCallback = std::function<void(const AddressResult &)>;
/// \brief Told a router's WAN address that is not public (double NAT), before the detector fails.
using RouterWanCallback = std::function<void(const QHostAddress &)>;

/// \brief Runs one detector of \a family; \a done is called once (unless \a context dies) with a
/// global unicast address of that family, or the reason there is none. A command detector's
/// process gets the agent's environment without \a withheldEnvironment (secret sources). A `upnp`
/// detector whose router reports a private or CGNAT WAN address tells \a routerWan first.
void runDetector(const DetectorSpec &spec, Family family, HttpClient *http, QObject *context, AddressCallback done,
                 const QStringList &withheldEnvironment = {}, RouterWanCallback routerWan = {});

// The kinds, one file each.
void runWebDetector(const DetectorSpec &spec, Family family, HttpClient *http, QObject *context, AddressCallback done);
void runInterfaceDetector(const DetectorSpec &spec, Family family, QObject *context, AddressCallback done);
void runCommandDetector(const DetectorSpec &spec, Family family, QObject *context, AddressCallback done,
                        const QStringList &withheldEnvironment = {});
/// \brief Asks a DNS echo service (spec.dnsPreset, at spec.dnsServer if set) with one query.
void runDnsDetector(const DetectorSpec &spec, Family family, QObject *context, AddressCallback done);
/// \brief Asks the LAN's UPnP Internet Gateway Device for its WAN address (see upnp.h); a WAN
/// address that is not public goes to \a routerWan and fails the detector.
void runUpnpDetector(const DetectorSpec &spec, Family family, HttpClient *http, QObject *context, AddressCallback done,
                     RouterWanCallback routerWan = {});

/// \brief The address of \a family a web detector with `interface` sends from: the interface's
/// first one that is not link-local. The error names the interface.
Expected<QHostAddress, QString> interfaceSourceAddress(const QString &name, Family family);

/// \brief The environment for a child process: the agent's own, without the variables named in
/// \a withheld (profiles' `env` secret sources) and without CREDENTIALS_DIRECTORY.
QProcessEnvironment childEnvironment(const QStringList &withheld);

/// \brief The kernel's flags of an interface's IPv6 addresses (IFA_F_* bits), keyed by address.
/// Qt reports an address valid forever as permanent even when the kernel marks it deprecated, so
/// the kernel's own flags decide.
using KernelAddressFlags = QHash<QHostAddress, uint>;
namespace KernelFlag {
constexpr uint Temporary = 0x01;  ///< IFA_F_TEMPORARY: a privacy address (RFC 8981)
constexpr uint DadFailed = 0x08;  ///< IFA_F_DADFAILED: duplicate address detection failed
constexpr uint Deprecated = 0x20; ///< IFA_F_DEPRECATED: preferred lifetime over, on its way out
constexpr uint Tentative = 0x40;  ///< IFA_F_TENTATIVE: duplicate address detection still running
} // namespace KernelFlag

/// \brief The address of \a family to publish from an interface's entries: global unicast, not
/// deprecated, tentative or failed; a stable address is preferred over a privacy address.
/// \a kernelFlags (Linux) override what Qt infers from the lifetimes.
AddressResult pickInterfaceAddress(const QList<QNetworkAddressEntry> &entries, Family family,
                                   const KernelAddressFlags &kernelFlags = {});

/// \brief The kernel's flags of the interface's IPv6 addresses (Linux: /proc/net/if_inet6); empty elsewhere.
KernelAddressFlags ipv6AddressFlags(const QString &interfaceName);

/// \brief One detector's answer within a detection.
struct DetectionAttempt
{
    QString detector;
    QString address; ///< empty when it failed
    QString error;
    QHostAddress routerWan; ///< a `upnp` detector's router WAN address that is not public (double NAT); else null
};

/// \brief The outcome of detecting one family.
struct DetectionResult
{
    Family family = Family::IPv4;
    std::optional<QHostAddress> address;
    QString detector;                 ///< the detector(s) that produced the address
    QString error;                    ///< why there is no address
    QList<DetectionAttempt> attempts; ///< in order
};

/// \brief Detects one family: tries the configured detectors in order until one yields a
/// valid address, or until `agree` independent detectors return the same address.
class FamilyDetector : public QObject
{
    Q_OBJECT
public:
    FamilyDetector(Family family, FamilyDetection detection, HttpClient *http, QObject *parent = nullptr);
    /// \brief Variables command detectors must not inherit (see runDetector()).
    void setWithheldEnvironment(const QStringList &names) { m_withheldEnvironment = names; }
    void start();

Q_SIGNALS:
    void finished(const Qddns::DetectionResult &result);

private:
    void next();
    void onAnswer(const DetectorSpec &spec, const AddressResult &result);

    Family m_family;
    FamilyDetection m_detection;
    HttpClient *m_http;
    QStringList m_withheldEnvironment;
    qsizetype m_index = 0;
    DetectionResult m_result;
    QHash<QString, QStringList> m_votes; ///< address -> detectors that returned it
    QHostAddress m_routerWan;            ///< told by the running detector (see RouterWanCallback)
};

} // namespace Qddns
