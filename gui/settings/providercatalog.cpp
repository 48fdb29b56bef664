#include "settings/providercatalog.h"

namespace Qddns::Gui {

Requirement requirementFromName(const QString &name)
{
    if (name == QLatin1String("unused"))
        return Requirement::Unused;
    if (name == QLatin1String("optional"))
        return Requirement::Optional;
    return Requirement::Required;
}

const ProviderOptionInfo *ProviderEntry::option(const QString &key) const
{
    for (const ProviderOptionInfo &o : options) {
        if (o.key == key)
            return &o;
    }
    return nullptr;
}

ProviderEntry ProviderEntry::fromJson(const QJsonObject &json)
{
    ProviderEntry e;
    e.id = json.value(QLatin1String("id")).toString();
    e.name = json.value(QLatin1String("name")).toString(e.id);
    e.protocol = json.value(QLatin1String("protocol")).toString();
    e.website = json.value(QLatin1String("website")).toString();
    e.help = json.value(QLatin1String("help")).toString();
    e.server = json.value(QLatin1String("server")).toString();
    e.hostExample = json.value(QLatin1String("hostExample")).toString();
    e.hostHelp = json.value(QLatin1String("hostHelp")).toString();
    e.username = requirementFromName(json.value(QLatin1String("username")).toString(QStringLiteral("unused")));
    e.usernameLabel = json.value(QLatin1String("usernameLabel")).toString();
    e.usernameHelp = json.value(QLatin1String("usernameHelp")).toString();
    e.secret = requirementFromName(json.value(QLatin1String("secret")).toString(QStringLiteral("required")));
    e.secretLabel = json.value(QLatin1String("secretLabel")).toString();
    e.secretHelp = json.value(QLatin1String("secretHelp")).toString();
    e.ipv4 = json.value(QLatin1String("ipv4")).toBool(true);
    e.ipv6 = json.value(QLatin1String("ipv6")).toBool(true);
    e.ttl = json.value(QLatin1String("ttl")).toBool(false);
    const QJsonArray options = json.value(QLatin1String("options")).toArray();
    for (const QJsonValue &value : options) {
        const QJsonObject o = value.toObject();
        ProviderOptionInfo option;
        option.key = o.value(QLatin1String("key")).toString();
        if (option.key.isEmpty())
            continue;
        option.kind = o.value(QLatin1String("kind")).toString(QStringLiteral("string"));
        option.required = o.value(QLatin1String("required")).toBool();
        option.defaultValue = o.value(QLatin1String("default"));
        option.help = o.value(QLatin1String("help")).toString();
        option.label = o.value(QLatin1String("label")).toString();
        e.options.append(option);
    }
    return e;
}

ProviderCatalog::ProviderCatalog(const QJsonArray &providers)
{
    for (const QJsonValue &value : providers) {
        const ProviderEntry entry = ProviderEntry::fromJson(value.toObject());
        if (!entry.id.isEmpty())
            insert(entry);
    }
}

ProviderCatalog ProviderCatalog::fromReply(const QJsonObject &reply)
{
    return ProviderCatalog(reply.value(QLatin1String("providers")).toArray());
}

const ProviderEntry *ProviderCatalog::find(const QString &id) const
{
    for (const ProviderEntry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QStringList ProviderCatalog::ids() const
{
    QStringList list;
    for (const ProviderEntry &e : m_entries)
        list.append(e.id);
    return list;
}

void ProviderCatalog::insert(const ProviderEntry &entry)
{
    for (ProviderEntry &e : m_entries) {
        if (e.id == entry.id) {
            e = entry;
            return;
        }
    }
    m_entries.append(entry);
}

} // namespace Qddns::Gui
