// Tencent Cloud EdgeOne's DNS records, API 3.0 version 2022-09-01
// (https://www.tencentcloud.com/document/api/1145/50484 and its neighbours, checked 2026-12-07):
// POST requests of JSON to https://teo.tencentcloudapi.com/ naming the action in X-TC-Action,
// signed with TC3-HMAC-SHA256 (providers/signing/tc3.h, service "teo") under a SecretId/SecretKey
// pair. Used here: DescribeZones (filter zone-name) for the site's ZoneId, DescribeDnsRecords
// (ZoneId, filters name and type; the name filter also matches similar names), ModifyDnsRecords
// (ZoneId, DnsRecords: the record with its new Content) and CreateDnsRecord (ZoneId, Name, Type,
// Content, Location, TTL). Every reply is HTTP 200 with {"Response": {...}}; an error is
// Response.Error {Code, Message}. Records of a Location other than "Default" answer only that
// region and are left alone.
#include "providers/providerkit.h"
#include "providers/rest.h"
#include "providers/restzone.h"
#include "providers/signing/tc3.h"
#include "providers/tencentcloud.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QByteArray kVersion = "2022-09-01";
const QString kDefaultLocation = QStringLiteral("Default");
constexpr int kDefaultTtl = 300; // EdgeOne's default for a new record
constexpr int kListLimit = 1000; // the most DescribeDnsRecords returns at once

const Rest::Words &edgeoneWords()
{
    static const Rest::Words w{QStringLiteral("EdgeOne"), QStringLiteral("API key"),
                               QStringLiteral("; check the SecretId and SecretKey (console.tencentcloud.com/cam/capi) "
                                              "and that the key may use EdgeOne (QcloudTEOFullAccess)")};
    return w;
}

std::optional<Failure> classify(const HttpReply &reply, QJsonObject *response, const QStringList &secrets)
{
    const auto unknown = [](const QString &code) {
        return code.startsWith(QLatin1String("ResourceNotFound")) || code == QLatin1String("InvalidParameter.ZoneNotFound");
    };
    auto failure = TencentCloud::classify(reply, edgeoneWords(), unknown,
                                          QStringLiteral("EdgeOne does not know the site or record (%1)"), response, secrets);
    // EdgeOne's every answer names its request: a Response without one is not EdgeOne's.
    if (!failure && !response->value(QLatin1String("RequestId")).isString())
        return Rest::unexpectedReply(edgeoneWords(), reply, secrets);
    return failure;
}

QJsonObject filter(const QString &name, const QString &value)
{
    return {{QStringLiteral("Name"), name}, {QStringLiteral("Values"), QJsonArray{value}}};
}

class EdgeoneTransaction : public Rest::RecordApiTransaction
{
public:
    EdgeoneTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, edgeoneWords(), lcProvider),
          m_server(request.server.isEmpty() ? defaultServer : request.server),
          m_zone(Rest::profileZone(request))
    {
        if (m_server.path().isEmpty())
            m_server.setPath(QStringLiteral("/"));
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("EdgeOne needs the SecretId and the SecretKey")};
        return Rest::zoneProblem(job, m_zone, edgeoneWords().name);
    }

    std::optional<HttpRequest> zoneRequest() const override
    {
        return call("DescribeZones", {{QStringLiteral("Filters"), QJsonArray{filter(QStringLiteral("zone-name"), m_zone)}}});
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        QJsonObject response;
        if (auto failure = classify(reply, &response, secrets()))
            return failure;
        const QJsonValue zones = response.value(QLatin1String("Zones"));
        if (!zones.isArray())
            return Rest::unexpectedReply(edgeoneWords(), reply, secrets(), QStringLiteral("no site list"));
        // zone-name also matches similar names: only the site of exactly this name counts.
        QStringList ids;
        for (const QJsonValue &v : zones.toArray()) {
            const QJsonObject zone = v.toObject();
            if (Rest::canonicalName(zone.value(QLatin1String("ZoneName")).toString()) == m_zone)
                ids.append(zone.value(QLatin1String("ZoneId")).toString());
        }
        if (ids.isEmpty())
            return Failure{Outcome::Rejected,
                           QStringLiteral("EdgeOne has no site %1 this API key may use; add the site (NS access) "
                                          "or check the key's permissions").arg(m_zone)};
        if (ids.size() > 1 || !Rest::isPlausibleId(ids.first()))
            return Failure{Outcome::Rejected, QStringLiteral("EdgeOne lists several sites named %1; qddns does not guess "
                                                             "which one to change").arg(m_zone)};
        m_zoneId = ids.first();
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return call("DescribeDnsRecords", {{QStringLiteral("ZoneId"), m_zoneId},
                                           {QStringLiteral("Limit"), kListLimit},
                                           {QStringLiteral("Filters"), QJsonArray{filter(QStringLiteral("name"), job.name),
                                                                                  filter(QStringLiteral("type"), recordTypeName(job.type))}}});
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        QJsonObject response;
        if (auto failure = classify(reply, &response, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = response.value(QLatin1String("DnsRecords"));
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(edgeoneWords(), reply, secrets(), QStringLiteral("no record list")));
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("Type")).toString() != recordTypeName(job.type)
                || Rest::canonicalName(r.value(QLatin1String("Name")).toString()) != job.name
                || r.value(QLatin1String("Location")).toString(kDefaultLocation) != kDefaultLocation)
                continue;
            records.append({r.value(QLatin1String("RecordId")).toString(), r.value(QLatin1String("Content")).toString(), r});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return call("CreateDnsRecord", {{QStringLiteral("ZoneId"), m_zoneId},
                                        {QStringLiteral("Name"), job.name},
                                        {QStringLiteral("Type"), recordTypeName(job.type)},
                                        {QStringLiteral("Content"), job.address.toString()},
                                        {QStringLiteral("Location"), kDefaultLocation},
                                        {QStringLiteral("TTL"), request().ttl.value_or(kDefaultTtl)}});
    }

    // The record as EdgeOne has it, with the new content: its TTL and weight stay unless the
    // profile sets a TTL (ZoneId, Status and the times are output only).
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (!Rest::isPlausibleId(existing.id))
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("EdgeOne listed the record without a usable RecordId"),
                                      {}, true});
        QJsonObject record{{QStringLiteral("RecordId"), existing.id},
                           {QStringLiteral("Name"), job.name},
                           {QStringLiteral("Type"), recordTypeName(job.type)},
                           {QStringLiteral("Location"), kDefaultLocation},
                           {QStringLiteral("Content"), job.address.toString()},
                           {QStringLiteral("TTL"), request().ttl.value_or(existing.fields.value(QLatin1String("TTL")).toInt(kDefaultTtl))}};
        const QJsonValue weight = existing.fields.value(QLatin1String("Weight"));
        if (weight.isDouble())
            record.insert(QStringLiteral("Weight"), weight);
        return call("ModifyDnsRecords", {{QStringLiteral("ZoneId"), m_zoneId}, {QStringLiteral("DnsRecords"), QJsonArray{record}}});
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool created) const override
    {
        QJsonObject response;
        if (auto failure = classify(reply, &response, secrets()))
            return failure;
        // CreateDnsRecord names the new record; ModifyDnsRecords answers only its RequestId.
        if (created && !response.value(QLatin1String("RecordId")).isString())
            return Rest::unexpectedReply(edgeoneWords(), reply, secrets(), QStringLiteral("no RecordId"));
        return std::nullopt;
    }

private:
    // A signed POST of \a action with \a parameters, at the time it is made.
    HttpRequest call(const QByteArray &action, const QJsonObject &parameters) const
    {
        HttpRequest r;
        r.method = "POST";
        r.url = m_server;
        r.headers = {{QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")},
                     {QByteArray("X-TC-Action"), action},
                     {QByteArray("X-TC-Version"), kVersion}};
        r.body = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
        Signing::signTc3(r, {request().username, request().secret, QStringLiteral("teo")}, request().now());
        return r;
    }

    QUrl m_server;
    QString m_zone;
    QString m_zoneId;
};

class EdgeoneProvider : public Provider
{
public:
    EdgeoneProvider()
    {
        m_info.id = QStringLiteral("edgeone");
        m_info.name = QStringLiteral("Tencent Cloud EdgeOne");
        m_info.protocol = QStringLiteral("edgeone");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://edgeone.ai/");
        m_info.documentation = QUrl(QStringLiteral("https://www.tencentcloud.com/document/api/1145/50484"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a site whose DNS is hosted by Tencent Cloud EdgeOne (NS access) through Tencent "
            "Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with "
            "the QcloudTEOFullAccess policy. Records of the Default location are updated, keeping their TTL; a missing "
            "one is created."));
        m_info.defaultServer = QUrl(QStringLiteral("https://teo.tencentcloudapi.com/"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the site below; the site's domain itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "SecretId"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The SecretId of the API key (it starts with AKID)"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "SecretKey"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The SecretKey of the API key"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Site")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The EdgeOne site (the domain) the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, m_info.name, true);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<EdgeoneTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_edgeone(ProviderList &list)
{
    list.push_back(std::make_unique<EdgeoneProvider>());
}
} // namespace Providers

} // namespace Qddns
