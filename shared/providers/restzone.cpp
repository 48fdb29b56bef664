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
