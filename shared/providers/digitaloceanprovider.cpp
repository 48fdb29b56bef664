// DigitalOcean's API v2, domain records (https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records,
// checked 2026-12-07): a personal access token as "Authorization: Bearer …"; GET /v2/domains
// lists the account's domains; GET /v2/domains/DOMAIN/records?type=A&name=FQDN lists the records
// of one name ("name" must be fully qualified there, while the records name themselves relative
// to the domain, "@" for the apex); POST …/records creates one (type, name, data, ttl); PATCH
// …/records/ID changes the attributes it is given. Errors are {"id": "...", "message": "..."}.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
constexpr int kMinTtl = 30;

const Rest::Words &digitalOceanWords()
{
    static const Rest::Words w{QStringLiteral("DigitalOcean"), QStringLiteral("API token"),
                               QStringLiteral("; the token needs the domain scopes read, create and update")};
    return w;
}

// The reply's failure in DigitalOcean's words, or nullopt for a 2xx JSON object.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString id = root ? root->value(QLatin1String("id")).toString() : QString();
    const QString message = root ? bodyExcerpt(root->value(QLatin1String("message")).toString().toUtf8(), secrets, 160) : QString();
    const QString detail = id.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                        : QStringLiteral("HTTP %1, %2: %3").arg(reply.status).arg(id, message);
    if (auto failure = Rest::commonFailure(reply, digitalOceanWords(), detail))
        return failure;
    if (!root)
        return Rest::unexpectedReply(digitalOceanWords(), reply, secrets);
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("DigitalOcean has no such domain in this account (%1)").arg(detail)};
    if (reply.status >= 400 && reply.status < 500 && !id.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("DigitalOcean refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(digitalOceanWords(), reply, secrets);
}

class DigitalOceanTransaction : public Rest::RecordApiTransaction
{
public:
    DigitalOceanTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, digitalOceanWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/v2"))),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        m_api.bearer(request.secret);
        if (!m_zone.isEmpty())
            m_zones = QStringList{m_zone};
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("no DigitalOcean API token is configured")};
        if (m_zones && Rest::zoneOf(job.name, *m_zones).isEmpty()) {
            if (!m_zone.isEmpty())
                return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
            return Rest::notInAnyZone(digitalOceanWords(), job.name, *m_zones, QStringLiteral("domain"));
        }
        return std::nullopt;
    }

    // Without a configured zone, the account's domains tell which one holds each host.
    std::optional<HttpRequest> zoneRequest() const override
    {
        if (m_zones)
            return std::nullopt;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("200"));
        return m_api.request("GET", QStringLiteral("/domains"), query);
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue list = Rest::jsonObject(reply.body)->value(QLatin1String("domains"));
        if (!list.isArray())
            return Rest::unexpectedReply(digitalOceanWords(), reply, secrets(), QStringLiteral("no domain list"));
        m_zones = QStringList();
        for (const QJsonValue &v : list.toArray())
            m_zones->append(Rest::canonicalName(v.toObject().value(QLatin1String("name")).toString()));
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("type"), recordTypeName(job.type));
        query.addQueryItem(QStringLiteral("name"), job.name);
        return m_api.request("GET", recordsPath(job), query);
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = Rest::jsonObject(reply.body)->value(QLatin1String("domain_records"));
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(digitalOceanWords(), reply, secrets(), QStringLiteral("no record list")));
        // Only records of exactly this name and type count, whatever the server's filter did.
        const QString name = Rest::relativeName(job.name, zone(job));
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && Rest::canonicalName(r.value(QLatin1String("name")).toString()) == name) {
                records.append({QString::number(r.value(QLatin1String("id")).toInteger()),
                                r.value(QLatin1String("data")).toString(), r});
            }
        }
        return records;
    }

    // A new record gets the profile's TTL, else DigitalOcean's default (1800 s).
    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject body{{QStringLiteral("type"), recordTypeName(job.type)},
                         {QStringLiteral("name"), Rest::relativeName(job.name, zone(job))},
                         {QStringLiteral("data"), job.address.toString()}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("POST", recordsPath(job), {}, body);
    }

    // PATCH changes only what it is given: the record keeps its TTL unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (existing.id.toLongLong() <= 0)
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("DigitalOcean listed %1 without a record id").arg(job.name),
                                      {}, false, true});
        QJsonObject body{{QStringLiteral("type"), recordTypeName(job.type)}, {QStringLiteral("data"), job.address.toString()}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("PATCH", recordsPath(job) + QLatin1Char('/') + existing.id, {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue data = Rest::jsonObject(reply.body)->value(QLatin1String("domain_record")).toObject().value(QLatin1String("data"));
        if (!data.isString())
            return Rest::unexpectedReply(digitalOceanWords(), reply, secrets(), QStringLiteral("no record in the answer"));
        if (!Rest::sameAddress(data.toString(), job.address))
            return Failure{Outcome::RetryLater, QStringLiteral("DigitalOcean accepted the change but the record holds %1")
                                                    .arg(bodyExcerpt(data.toString().toUtf8(), secrets(), 60))};
        return std::nullopt;
    }

private:
    QString zone(const Rest::RecordJob &job) const { return Rest::zoneOf(job.name, m_zones.value_or(QStringList())); }
    QString recordsPath(const Rest::RecordJob &job) const { return QStringLiteral("/domains/%1/records").arg(zone(job)); }

    Rest::Api m_api;
    QString m_zone;                      ///< the profile's, when set
    std::optional<QStringList> m_zones;  ///< the zones hosts may be in, once known
};

class DigitalOceanProvider : public Provider
{
public:
    DigitalOceanProvider()
    {
        m_info.id = QStringLiteral("digitalocean");
        m_info.name = QStringLiteral("DigitalOcean");
        m_info.protocol = QStringLiteral("digitalocean");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.digitalocean.com");
        m_info.documentation = QUrl(QStringLiteral("https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of domains managed by DigitalOcean's DNS through the API v2. A record that does "
            "not exist is created; one that already holds the address is left alone, and a changed one keeps its "
            "TTL unless the profile sets one."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.digitalocean.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in your DigitalOcean domains; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API token"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "A personal access token (API > Tokens > Generate New Token) with the custom scopes domain: read, "
            "create and update"));
        m_info.supportsTtl = true;
        // One domain list serves the whole batch; each record then costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, false, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The DigitalOcean domain the hosts belong to, e.g. example.com. When not set, qddns "
                            "finds it among the account's domains.")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors = Rest::validateZoneOption(profile, path, m_info.name);
        const QJsonValue ttl = profile.value(QLatin1String("ttl"));
        if (ttl.isDouble() && ttl.toDouble() < kMinTtl)
            errors.append({path + QStringLiteral(".ttl"), QStringLiteral("DigitalOcean takes a TTL of %1 seconds or more").arg(kMinTtl)});
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<DigitalOceanTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_digitalocean(ProviderList &list)
{
    list.push_back(std::make_unique<DigitalOceanProvider>());
}
} // namespace Providers

} // namespace Qddns
