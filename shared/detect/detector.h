#pragma once

#include "config/config.h"
#include "expected.h"
#include "net/addressrules.h"

#include <QHostAddress>
#include <QList>
#include <QNetworkAddressEntry>
#include <QObject>

#include <functional>
#include <optional>

namespace Qddns {

class HttpClient;

using AddressResult = Expected<QHostAddress, QString>;
using AddressCallback = std::function<void(const AddressResult &)>;

/// \brief Runs one detector of \a family; \a done is called once (unless \a context dies) with a
/// global unicast address of that family, or the reason there is none.
void runDetector(const DetectorSpec &spec, Family family, HttpClient *http, QObject *context, AddressCallback done);

// The three kinds, one file each.
void runWebDetector(const DetectorSpec &spec, Family family, HttpClient *http, QObject *context, AddressCallback done);
void runInterfaceDetector(const DetectorSpec &spec, Family family, QObject *context, AddressCallback done);
void runCommandDetector(const DetectorSpec &spec, Family family, QObject *context, AddressCallback done);

/// \brief The address of \a family to publish from an interface's entries: global unicast, not
/// deprecated; a stable address is preferred over a privacy address listed in \a temporary.
AddressResult pickInterfaceAddress(const QList<QNetworkAddressEntry> &entries, Family family,
                                   const QList<QHostAddress> &temporary = {});

/// \brief The interface's IPv6 privacy (temporary) addresses, as the kernel flags them (Linux).
QList<QHostAddress> temporaryIpv6Addresses(const QString &interfaceName);

/// \brief One detector's answer within a detection.
struct DetectionAttempt
{
    QString detector;
    QString address; ///< empty when it failed
    QString error;
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
    void start();

Q_SIGNALS:
    void finished(const Qddns::DetectionResult &result);

private:
    void next();
    void onAnswer(const DetectorSpec &spec, const AddressResult &result);

    Family m_family;
    FamilyDetection m_detection;
    HttpClient *m_http;
    qsizetype m_index = 0;
    DetectionResult m_result;
    QHash<QString, QStringList> m_votes; ///< address -> detectors that returned it
};

} // namespace Qddns
