// Huawei Cloud DNS API v2 (https://support.huaweicloud.com/intl/en-us/api-dns/UpdateRecordSet.html,
// checked 2026-12-07) at https://dns.myhuaweicloud.com, every request signed with the AK/SK
// signature SDK-HMAC-SHA256 (providers/signing/sdkhmac.h). Used here: ListPublicZones (GET
// /v2/zones?type=public&name=ZONE.), ListRecordSetsByZone (GET /v2/zones/ID/recordsets?name=&type=),
// UpdateRecordSet (PUT …/recordsets/ID) and CreateRecordSet (POST …/recordsets). Errors are
// {"code": "DNS.xxxx", "message": …}, the API gateway's {"error_code": "APIGW.xxxx", "error_msg": …}.
#include "providers/providerkit.h"
#include "providers/rest.h"
#include "providers/signing/sdkhmac.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
constexpr int kDefaultTtl = 300; // Huawei's default for a new record set

const Rest::Words &huaweiWords()
{
    static const Rest::Words w{QStringLiteral("Huawei Cloud DNS"), QStringLiteral("access key"),
                               QStringLiteral("; check the access key ID (AK), the secret access key (SK) and that the IAM user "
                                              "has the DNS FullAccess policy")};
    return w;
}

/// Classifies a reply; nullopt when it is a JSON object without an error.
std::optional<Failure> classify(const HttpReply &reply, const std::optional<QJsonObject> &root, const QStringList &secrets)
{
    QString code;
    QString message;
    if (root) {
        code = root->value(QLatin1String("code")).toString(root->value(QLatin1String("error_code")).toString());
        message = root->value(QLatin1String("message")).toString(root->value(QLatin1String("error_msg")).toString());
    }
    const QString detail = code.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                          : QStringLiteral("HTTP %1, %2: %3").arg(reply.status).arg(code, bodyExcerpt(message.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, huaweiWords(), detail))
        return failure;
    if (!code.isEmpty() || !reply.isSuccess()) {
        if (code.isEmpty() && !root)
            return Rest::unexpectedReply(huaweiWords(), reply, secrets);
        return Failure{Outcome::Rejected, QStringLiteral("Huawei Cloud DNS refused the request (%1)").arg(detail)};
    }
    if (!root)
        return Rest::unexpectedReply(huaweiWords(), reply, secrets);
    return std::nullopt;
}

class HuaweiTransaction : public Rest::RecordApiTransaction
{
public:
    HuaweiTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, huaweiWords(), lcProvider),
          m_api(request.server.isEmpty() ? defaultServer : request.server),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Huawei Cloud DNS needs the access key ID and the secret access key")};
        if (m_zone.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no Huawei Cloud DNS zone is configured (option \"zone\")")};
        if (!Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
        return std::nullopt;
    }

    std::optional<HttpRequest> zoneRequest() const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("public"));
        query.addQueryItem(QStringLiteral("name"), m_zone + QLatin1Char('.'));
        return sign(m_api.request("GET", QStringLiteral("/v2/zones"), query));
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        const auto root = Rest::jsonObject(reply.body);
        if (auto failure = classify(reply, root, secrets()))
            return failure;
        const QJsonValue zones = root->value(QLatin1String("zones"));
        if (!zones.isArray())
            return Rest::unexpectedReply(huaweiWords(), reply, secrets(), QStringLiteral("no zone list"));
        // The name filter matches parts of names too: only the zone itself counts.
        for (const QJsonValue &v : zones.toArray()) {
            const QJsonObject zone = v.toObject();
            if (Rest::canonicalName(zone.value(QLatin1String("name")).toString()) == m_zone) {
                m_zoneId = zone.value(QLatin1String("id")).toString();
                break;
            }
        }
        if (m_zoneId.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("Huawei Cloud DNS has no public zone %1 for this access key").arg(m_zone)};
        qCDebug(lcProvider).noquote() << "zone" << m_zone << "has id" << m_zoneId;
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("name"), job.name + QLatin1Char('.'));
        query.addQueryItem(QStringLiteral("type"), recordTypeName(job.type));
        return sign(m_api.request("GET", QStringLiteral("/v2/zones/%1/recordsets").arg(m_zoneId), query));
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        const auto root = Rest::jsonObject(reply.body);
        if (auto failure = classify(reply, root, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = root->value(QLatin1String("recordsets"));
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(huaweiWords(), reply, secrets(), QStringLiteral("no record set list")));
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject set = v.toObject();
            if (set.value(QLatin1String("type")).toString() != recordTypeName(job.type)
                || Rest::canonicalName(set.value(QLatin1String("name")).toString()) != job.name)
                continue;
            // One record per value: a set of several addresses is refused rather than replaced by one.
            for (const QJsonValue &value : set.value(QLatin1String("records")).toArray())
                records.append({set.value(QLatin1String("id")).toString(), value.toString(), set});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return sign(m_api.request("POST", QStringLiteral("/v2/zones/%1/recordsets").arg(m_zoneId), {},
                                  recordSet(job, request().ttl.value_or(kDefaultTtl))));
    }

    // The set's TTL stays unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const int ttl = existing.fields.value(QLatin1String("ttl")).toInt(kDefaultTtl);
        return sign(m_api.request("PUT", QStringLiteral("/v2/zones/%1/recordsets/%2").arg(m_zoneId, existing.id), {},
                                  recordSet(job, request().ttl.value_or(ttl))));
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        const auto root = Rest::jsonObject(reply.body);
        if (auto failure = classify(reply, root, secrets()))
            return failure;
        // The reply is the record set, on its way to the name servers.
        if (root->value(QLatin1String("id")).toString().isEmpty())
            return Rest::unexpectedReply(huaweiWords(), reply, secrets(), QStringLiteral("no record set id"));
        return std::nullopt;
    }

private:
    static QJsonObject recordSet(const Rest::RecordJob &job, int ttl)
    {
        return {{QStringLiteral("name"), QString(job.name + QLatin1Char('.'))},
                {QStringLiteral("type"), recordTypeName(job.type)},
                {QStringLiteral("ttl"), ttl},
                {QStringLiteral("records"), QJsonArray{job.address.toString()}}};
    }

    HttpRequest sign(HttpRequest r) const
    {
        Signing::signSdkHmac(r, request().username, request().secret, request().now());
        return r;
    }

    Rest::Api m_api;
    QString m_zone;
    QString m_zoneId;
};

class HuaweiProvider : public Provider
{
public:
    HuaweiProvider()
    {
        m_info.id = QStringLiteral("huaweicloud");
        m_info.name = QStringLiteral("Huawei Cloud DNS");
        m_info.protocol = QStringLiteral("huaweicloud");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.huaweicloud.com/intl/en-us/product/dns.html");
        m_info.documentation = QUrl(QStringLiteral("https://support.huaweicloud.com/intl/en-us/api-dns/UpdateRecordSet.html"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA record sets of a public zone in Huawei Cloud DNS. Create an access key (AK/SK) for an IAM "
            "user with the DNS FullAccess policy under My Credentials, Access Keys. A record set that does not exist is "
            "created."));
        m_info.defaultServer = QUrl(QStringLiteral("https://dns.myhuaweicloud.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the zone below; the zone itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Access key ID (AK)"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The access key ID from the credentials.csv of the access key"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Secret access key (SK)"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The secret access key from the credentials.csv of the access key"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The public zone the hosts belong to, e.g. example.com.")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors = Rest::validateZoneOption(profile, path, m_info.name);
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<HuaweiTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_huaweicloud(ProviderList &list)
{
    list.push_back(std::make_unique<HuaweiProvider>());
}
} // namespace Providers

} // namespace Qddns
