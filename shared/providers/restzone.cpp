#include "providers/restzone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Qddns::Rest {

QString zoneKey()
{
    return QStringLiteral("zone");
}

ProviderOption zoneOption(const QString &label, const QString &help)
{
    return {zoneKey(), ProviderOption::Kind::String, true, QJsonValue(), help, label};
}

QString profileZone(const UpdateRequest &request)
{
    return canonicalName(request.options.value(zoneKey()).toString());
}

QList<ConfigError> validateZone(const QJsonObject &profile, const QString &path, const QString &providerName)
{
    QList<ConfigError> errors;
    const QJsonValue zoneValue = profile.value(zoneKey());
    const QString zone = canonicalName(zoneValue.toString());
    if (zoneValue.isString() && zone.isEmpty())
        errors.append({path + QStringLiteral(".zone"),
                       QStringLiteral("must name the %1 domain the hosts belong to, e.g. example.com").arg(providerName)});
    if (zone.isEmpty())
        return errors;
    const QJsonArray hosts = profile.value(QLatin1String("hosts")).toArray();
    for (int j = 0; j < hosts.size(); ++j) {
        // A host may be an object with a name (IPv6 suffix hosts); check its name.
        const QJsonValue h = hosts.at(j);
        const QString host = h.isObject() ? h.toObject().value(QLatin1String("name")).toString() : h.toString();
        if (!host.isEmpty() && !inZone(canonicalName(host), zone))
            errors.append({path + QStringLiteral(".hosts[%1]").arg(j),
                           QStringLiteral("%1 is not in the %2 zone %3").arg(host, providerName, zone)});
    }
    return errors;
}

QList<ConfigError> validateTtl(const QJsonObject &profile, const QString &path, const QString &providerName, int min,
                               int max)
{
    const QJsonValue ttl = profile.value(QLatin1String("ttl"));
    if (ttl.isDouble() && (ttl.toDouble() < min || ttl.toDouble() > max))
        return {{path + QStringLiteral(".ttl"),
                 QStringLiteral("%1 takes a TTL of %2 to %3 seconds").arg(providerName).arg(min).arg(max)}};
    return {};
}

std::optional<Failure> zoneProblem(const RecordJob &job, const QString &zone, const QString &providerName)
{
    if (zone.isEmpty())
        return Failure{Outcome::Rejected,
                       QStringLiteral("no %1 zone is configured (option \"zone\", e.g. example.com)").arg(providerName)};
    if (!inZone(job.name, zone))
        return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, zone)};
    return std::nullopt;
}

QString relativeName(const QString &name, const QString &zone)
{
    // Empty but not null: a query item of it is written "host=" rather than a bare "host".
    if (name == zone)
        return QString(QLatin1String(""));
    return name.left(name.size() - zone.size() - 1);
}

std::optional<QJsonValue> jsonValue(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (doc.isArray())
        return QJsonValue(doc.array());
    if (doc.isObject())
        return QJsonValue(doc.object());
    return std::nullopt;
}

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        const qint64 n = static_cast<qint64>(d);
        if (static_cast<double>(n) == d)
            return QString::number(n);
    }
    return QString();
}

bool isPlausibleId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    return re.match(id).hasMatch() && id != QLatin1String(".") && id != QLatin1String("..");
}

} // namespace Qddns::Rest
