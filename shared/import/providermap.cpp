#include "import/providermap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

// Q_INIT_RESOURCE has to be used outside any namespace; the table is compiled into a static
// library whose resource initializer the linker would otherwise drop.
static void initImportResources()
{
    Q_INIT_RESOURCE(importproviders);
}

namespace Qddns {

namespace {

std::optional<ServiceMapping> parseEntry(const QString &name, const QJsonObject &o, QStringList *errors)
{
    const auto fail = [&](const QString &why) {
        if (errors)
            errors->append(QStringLiteral("%1: %2").arg(name, why));
        return std::nullopt;
    };
    ServiceMapping m;
    m.name = name;
    const QJsonValue provider = o.value(QLatin1String("provider"));
    if (provider.isNull()) {
        m.closed = o.value(QLatin1String("closed")).toString();
        if (m.closed.isEmpty())
            return fail(QStringLiteral("a null provider needs \"closed\""));
    } else if (provider.isString() && !provider.toString().isEmpty()) {
        m.provider = provider.toString();
    } else {
        return fail(QStringLiteral("\"provider\" must be an id or null"));
    }
    m.byServer = o.value(QLatin1String("byServer")).toBool();
    m.defaultServer = o.value(QLatin1String("defaultServer")).toString();
    m.hosts = o.value(QLatin1String("hosts")).toString();
    m.family = o.value(QLatin1String("family")).toString();
    if (!m.family.isEmpty() && m.family != QLatin1String("ipv4") && m.family != QLatin1String("ipv6"))
        return fail(QStringLiteral("\"family\" must be ipv4 or ipv6"));

    const QJsonArray auth = o.value(QLatin1String("auth")).toArray();
    for (const QJsonValue &v : auth) {
        const QJsonObject a = v.toObject();
        AuthSet set;
        set.username = a.value(QLatin1String("username")).toString();
        set.secret = a.value(QLatin1String("secret")).toString();
        set.unsupported = a.value(QLatin1String("unsupported")).toString();
        const QJsonObject credentials = a.value(QLatin1String("credentials")).toObject();
        for (auto it = credentials.begin(); it != credentials.end(); ++it)
            set.credentials.append({it.key(), it.value().toString()});
        const QJsonObject when = a.value(QLatin1String("when")).toObject();
        for (auto it = when.begin(); it != when.end(); ++it) {
            QRegularExpression re(it.value().toString());
            if (!re.isValid())
                return fail(QStringLiteral("\"when\" of %1 is not a valid regular expression").arg(it.key()));
            set.when.append({it.key(), re});
        }
        m.auth.append(set);
    }
    const QJsonObject options = o.value(QLatin1String("options")).toObject();
    for (auto it = options.begin(); it != options.end(); ++it)
        m.options.append({it.key(), it.value().toString()});
    const QJsonObject explain = o.value(QLatin1String("explain")).toObject();
    for (auto it = explain.begin(); it != explain.end(); ++it)
        m.explain.insert(it.key(), it.value().toString());
    return m;
}

void readTable(const QJsonObject &table, QHash<QString, ServiceMapping> &into, QStringList *errors)
{
    for (auto it = table.begin(); it != table.end(); ++it) {
        if (!it.value().isObject())
            continue; // comments
        if (auto m = parseEntry(it.key(), it.value().toObject(), errors))
            into.insert(it.key(), *m);
    }
}

std::optional<ServiceMapping> lookup(const QHash<QString, ServiceMapping> &table, const QString &name)
{
    const auto it = table.constFind(name);
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

} // namespace

ProviderMap ProviderMap::fromJson(const QByteArray &json, QStringList *errors)
{
    ProviderMap map;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (errors)
            errors->append(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
        return map;
    }
    const QJsonObject root = doc.object();
    const QJsonObject planned = root.value(QLatin1String("planned")).toObject();
    for (auto it = planned.begin(); it != planned.end(); ++it)
        map.m_planned.insert(it.key(), it.value().toString());
    const QJsonObject servers = root.value(QLatin1String("servers")).toObject();
    for (auto it = servers.begin(); it != servers.end(); ++it)
        map.m_servers.insert(it.key().toLower(), it.value().toString());

    readTable(root.value(QLatin1String("ddclient")).toObject(), map.m_ddclient, errors);
    readTable(root.value(QLatin1String("openwrt")).toObject(), map.m_openwrt, errors);
    readTable(root.value(QLatin1String("ddns-updater")).toObject(), map.m_ddnsUpdater, errors);
    const QJsonArray inadyn = root.value(QLatin1String("inadyn")).toObject().value(QLatin1String("providers")).toArray();
    for (const QJsonValue &v : inadyn) {
        const QJsonObject o = v.toObject();
        QStringList names;
        for (const QJsonValue &n : o.value(QLatin1String("names")).toArray())
            names.append(n.toString().toLower());
        if (names.isEmpty()) {
            if (errors)
                errors->append(QStringLiteral("an inadyn entry has no \"names\""));
            continue;
        }
        if (auto m = parseEntry(names.first(), o, errors))
            map.m_inadyn.append({names, *m});
    }
    return map;
}

const ProviderMap &ProviderMap::builtin()
{
    static const ProviderMap map = [] {
        initImportResources();
        QFile file(QStringLiteral(":/qddns/import/importproviders.json"));
        if (!file.open(QIODevice::ReadOnly))
            return ProviderMap();
        return fromJson(file.readAll());
    }();
    return map;
}

std::optional<ServiceMapping> ProviderMap::ddclient(const QString &protocol) const
{
    return lookup(m_ddclient, protocol.toLower());
}

std::optional<ServiceMapping> ProviderMap::openwrt(const QString &serviceName) const
{
    return lookup(m_openwrt, serviceName);
}

std::optional<ServiceMapping> ProviderMap::ddnsUpdater(const QString &provider) const
{
    return lookup(m_ddnsUpdater, provider.toLower());
}

std::optional<ServiceMapping> ProviderMap::inadyn(const QString &name) const
{
    // "provider no-ip.com:2 { … }": the ":2" only tells two accounts apart.
    QString wanted = name.toLower();
    if (const qsizetype colon = wanted.indexOf(QLatin1Char(':')); colon >= 0)
        wanted.truncate(colon);
    if (wanted.isEmpty())
        return std::nullopt;
    const auto named = [&](const std::pair<QStringList, ServiceMapping> &entry, const QString &as) {
        ServiceMapping m = entry.second;
        m.name = as;
        return m;
    };
    for (const auto &entry : m_inadyn) {
        if (entry.first.contains(wanted))
            return named(entry, wanted);
    }
    for (const auto &entry : m_inadyn) {
        for (const QString &candidate : entry.first) {
            if (candidate.contains(wanted))
                return named(entry, candidate);
        }
    }
    return std::nullopt;
}

QString ProviderMap::providerForServer(const QString &host) const
{
    return m_servers.value(host.toLower());
}

QString ProviderMap::plannedName(const QString &id) const
{
    return m_planned.value(id);
}

QStringList ProviderMap::providerIds() const
{
    QSet<QString> ids;
    for (const auto *table : {&m_ddclient, &m_openwrt, &m_ddnsUpdater}) {
        for (const ServiceMapping &m : *table)
            ids.insert(m.provider);
    }
    for (const auto &entry : m_inadyn)
        ids.insert(entry.second.provider);
    for (const QString &id : m_servers)
        ids.insert(id);
    ids.remove(QString());
    QStringList list(ids.begin(), ids.end());
    list.sort();
    return list;
}

} // namespace Qddns
