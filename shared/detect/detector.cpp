#include "detect/detector.h"

#include "core/logging.h"

#include <utility>

namespace Qddns {

void runDetector(const DetectorSpec &spec, Family family, HttpClient *http, QObject *context, AddressCallback done,
                 const QStringList &withheldEnvironment, RouterWanCallback routerWan)
{
    switch (spec.type) {
    case DetectorSpec::Type::Web: runWebDetector(spec, family, http, context, std::move(done)); return;
    case DetectorSpec::Type::Interface: runInterfaceDetector(spec, family, context, std::move(done)); return;
    case DetectorSpec::Type::Command: runCommandDetector(spec, family, context, std::move(done), withheldEnvironment); return;
    case DetectorSpec::Type::Dns: runDnsDetector(spec, family, context, std::move(done)); return;
    case DetectorSpec::Type::Upnp: runUpnpDetector(spec, family, http, context, std::move(done), std::move(routerWan)); return;
    }
}

FamilyDetector::FamilyDetector(Family family, FamilyDetection detection, HttpClient *http, QObject *parent)
    : QObject(parent), m_family(family), m_detection(std::move(detection)), m_http(http)
{
    m_result.family = family;
}

void FamilyDetector::start()
{
    m_index = 0;
    m_votes.clear();
    m_result = DetectionResult{};
    m_result.family = m_family;
    next();
}

void FamilyDetector::next()
{
    if (m_index >= m_detection.detectors.size()) {
        if (m_detection.detectors.isEmpty())
            m_result.error = QStringLiteral("no %1 detector is configured").arg(familyName(m_family));
        else if (m_detection.agree > 1)
            m_result.error = QStringLiteral("fewer than %1 detectors agreed on one %2 address")
                                 .arg(m_detection.agree).arg(familyName(m_family));
        else
            m_result.error = QStringLiteral("no detector found a public %1 address").arg(familyName(m_family));
        Q_EMIT finished(m_result);
        return;
    }
    const DetectorSpec spec = m_detection.detectors.at(m_index++);
    m_routerWan.clear();
    runDetector(spec, m_family, m_http, this, [this, spec](const AddressResult &result) { onAnswer(spec, result); },
                m_withheldEnvironment, [this](const QHostAddress &wan) { m_routerWan = wan; });
}

void FamilyDetector::onAnswer(const DetectorSpec &spec, const AddressResult &result)
{
    const QString name = spec.describe();
    if (!result) {
        // The engine logs rejections as conditions (once when they begin): see Engine's logDetection().
        qCDebug(lcDetect).noquote() << familyName(m_family) << "detector" << name << "rejected:" << result.error();
        m_result.attempts.append({name, QString(), result.error(), std::exchange(m_routerWan, QHostAddress())});
        next();
        return;
    }
    const QString address = result->toString();
    qCDebug(lcDetect).noquote() << familyName(m_family) << "detector" << name << "answered" << address;
    m_result.attempts.append({name, address, QString(), {}});
    QStringList &voters = m_votes[address];
    voters.append(name);
    if (voters.size() < m_detection.agree) {
        next();
        return;
    }
    if (m_votes.size() > 1)
        qCWarning(lcDetect).noquote() << "detectors disagree on the" << familyName(m_family) << "address; publishing"
                                      << address << "on which" << voters.size() << "agree";
    m_result.address = *result;
    m_result.detector = voters.join(QStringLiteral(" + "));
    Q_EMIT finished(m_result);
}

} // namespace Qddns
