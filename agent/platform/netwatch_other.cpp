// Fallback outside Linux: Qt's network information backends (Network List Manager on
// Windows, SCNetworkReachability on macOS...) report reachability, not addresses, but a
// network coming and going is when addresses change. Without a backend the poll remains.
#include "platform/netwatch.h"

#include "core/logging.h"

#include <QMetaEnum>
#include <QNetworkInformation>

namespace Qddns {

struct NetworkWatcher::Backend
{
};

NetworkWatcher::NetworkWatcher(QObject *parent) : QObject(parent)
{
    setUp();
}

NetworkWatcher::~NetworkWatcher() = default;

bool NetworkWatcher::start()
{
    if (m_backend)
        return true;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCWarning(lcScheduler) << "network changes will not be noticed before the next poll: no network information backend";
        return false;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    m_backend = std::make_unique<Backend>();
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability reachability) {
        const char *name = QMetaEnum::fromType<QNetworkInformation::Reachability>().valueToKey(int(reachability));
        noteChange(QStringLiteral("reachability %1").arg(QLatin1String(name ? name : "?")));
    });
    qCDebug(lcScheduler).noquote() << "watching reachability through" << info->backendName();
    return true;
}

} // namespace Qddns
