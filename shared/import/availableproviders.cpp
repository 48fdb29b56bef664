#include "import/availableproviders.h"

#include <QJsonObject>

namespace Qddns {

AvailableProviders::AvailableProviders(const QJsonArray &metadata)
{
    for (const QJsonValue &value : metadata) {
        const QJsonObject o = value.toObject();
        ProviderCapabilities p;
        p.id = o.value(QLatin1String("id")).toString();
        if (p.id.isEmpty())
            continue;
        p.name = o.value(QLatin1String("name")).toString(p.id);
        p.usernameNeed = o.value(QLatin1String("username")).toString(p.usernameNeed);
        p.secretNeed = o.value(QLatin1String("secret")).toString(p.secretNeed);
        p.ipv4 = o.value(QLatin1String("ipv4")).toBool(true);
        p.ipv6 = o.value(QLatin1String("ipv6")).toBool(true);
        p.defaultServer = o.value(QLatin1String("server")).toString();
        for (const QJsonValue &option : o.value(QLatin1String("options")).toArray()) {
            const QJsonObject opt = option.toObject();
            p.options.append(opt.value(QLatin1String("key")).toString());
            if (opt.value(QLatin1String("required")).toBool())
                p.requiredOptions.append(p.options.last());
        }
        // Only DynDNS2 services are addressed by a server; the generic one has no default.
        p.needsServer = o.value(QLatin1String("protocol")).toString() == QLatin1String("dyndns2")
            && p.defaultServer.isEmpty();
        m_providers.insert(p.id, p);
    }
}

const ProviderCapabilities *AvailableProviders::find(const QString &id) const
{
    const auto it = m_providers.constFind(id);
    return it == m_providers.cend() ? nullptr : &*it;
}

} // namespace Qddns
