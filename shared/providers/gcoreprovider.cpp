// Gcore DNS through its API v2 (https://gcore.com/docs/api-reference/dns/rrsets/update-rrset,
// checked 2026-12-07): a permanent API token as "Authorization: APIKey …"; GET /dns/v2/zones lists
// the account's zones ({"zones": [{"name"}]}); GET /dns/v2/zones/ZONE/NAME/TYPE reads one RRSet
// (NAME fully qualified; {"name", "type", "ttl", "resource_records": [{"content": ["…"],
// "enabled", "meta"}], "meta", "pickers"}; 404 when there is none); POST to the same path creates
// it and PUT replaces it, both answering the RRSet. Errors are {"error": "…"}.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");

const Rest::Words &gcoreWords()
{
    static const Rest::Words w{QStringLiteral("Gcore"), QStringLiteral("API token"),
                               QStringLiteral("; create a permanent API token in the Gcore Customer Portal (Profile > API "
                                              "Tokens) with access to DNS")};
    return w;
}

// The reply's failure in Gcore's words, or nullopt for a 2xx JSON object.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    QString message = root ? root->value(QLatin1String("error")).toString() : QString();
    if (message.isEmpty() && root)
        message = root->value(QLatin1String("message")).toString();
    const QString detail = message.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                             : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(message.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, gcoreWords(), detail))
        return failure;
    if (!root)
        return Rest::unexpectedReply(gcoreWords(), reply, secrets);
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404 && !message.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Gcore has no such zone in this account (%1)").arg(detail)};
    if (reply.status >= 400 && reply.status < 500 && !message.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Gcore refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(gcoreWords(), reply, secrets);
}

// The first address of an RRSet's resource record: content is a list of fields, one for A/AAAA.
QString contentOf(const QJsonObject &resourceRecord)
{
    return resourceRecord.value(QLatin1String("content")).toArray().at(0).toString();
}

class GcoreTransaction : public Rest::RecordApiTransaction
{
public:
    GcoreTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, gcoreWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/dns/v2"))),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        m_api.header("Authorization", "APIKey " + request.secret.toUtf8());
        if (!m_zone.isEmpty())
            m_zones = QStringList{m_zone};
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("no Gcore API token is configured")};
        if (m_zones && Rest::zoneOf(job.name, *m_zones).isEmpty()) {
            if (!m_zone.isEmpty())
                return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
            return Rest::notInAnyZone(gcoreWords(), job.name, *m_zones);
        }
        return std::nullopt;
    }

    std::optional<HttpRequest> zoneRequest() const override
    {
        if (m_zones)
            return std::nullopt;
        return m_api.request("GET", QStringLiteral("/zones"));
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue list = Rest::jsonObject(reply.body)->value(QLatin1String("zones"));
        if (!list.isArray())
            return Rest::unexpectedReply(gcoreWords(), reply, secrets(), QStringLiteral("no zone list"));
        m_zones = QStringList();
        for (const QJsonValue &v : list.toArray())
            m_zones->append(Rest::canonicalName(v.toObject().value(QLatin1String("name")).toString()));
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return m_api.request("GET", rrsetPath(job));
    }

    // A 404 with Gcore's JSON says the RRSet does not exist (yet); a missing zone shows at the create.
    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        const auto root = Rest::jsonObject(reply.body);
        if (reply.status == 404 && root && root->contains(QLatin1String("error")))
            return QList<Rest::Record>();
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = root->value(QLatin1String("resource_records"));
        if (!list.isArray() || root->value(QLatin1String("type")).toString().compare(recordTypeName(job.type), Qt::CaseInsensitive) != 0)
            return Unexpected(Rest::unexpectedReply(gcoreWords(), reply, secrets(), QStringLiteral("no RRSet")));
        // One record per resource record: a set of several addresses is not guessed into one.
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray())
            records.append({QString(), contentOf(v.toObject()), *root});
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject body{{QStringLiteral("resource_records"),
                          QJsonArray{QJsonObject{{QStringLiteral("content"), QJsonArray{job.address.toString()}},
                                                 {QStringLiteral("enabled"), true}}}}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("POST", rrsetPath(job), {}, body);
    }

    // PUT replaces the whole RRSet: its TTL, meta and pickers, and the record's enabled flag and
    // meta, go back as they were; only the address changes (and the TTL when the profile sets one).
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        QJsonObject resourceRecord = existing.fields.value(QLatin1String("resource_records")).toArray().at(0).toObject();
        resourceRecord.remove(QStringLiteral("id"));
        resourceRecord.insert(QStringLiteral("content"), QJsonArray{job.address.toString()});
        QJsonObject body{{QStringLiteral("resource_records"), QJsonArray{resourceRecord}}};
        for (const QLatin1String key : {QLatin1String("ttl"), QLatin1String("meta"), QLatin1String("pickers")}) {
            if (existing.fields.contains(key) && !existing.fields.value(key).isNull())
                body.insert(key, existing.fields.value(key));
        }
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("PUT", rrsetPath(job), {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue list = Rest::jsonObject(reply.body)->value(QLatin1String("resource_records"));
        if (!list.isArray() || list.toArray().isEmpty())
            return Rest::unexpectedReply(gcoreWords(), reply, secrets(), QStringLiteral("no RRSet in the answer"));
        const QString content = contentOf(list.toArray().at(0).toObject());
        if (!Rest::sameAddress(content, job.address))
            return Failure{Outcome::RetryLater, QStringLiteral("Gcore accepted the change but the RRSet holds %1")
                                                    .arg(bodyExcerpt(content.toUtf8(), secrets(), 60))};
        return std::nullopt;
    }

private:
    QString rrsetPath(const Rest::RecordJob &job) const
    {
        const QString zone = Rest::zoneOf(job.name, m_zones.value_or(QStringList()));
        return QStringLiteral("/zones/%1/%2/%3").arg(zone, job.name, recordTypeName(job.type));
    }

    Rest::Api m_api;
    QString m_zone;                     ///< the profile's, when set
    std::optional<QStringList> m_zones; ///< the zones hosts may be in, once known
};

class GcoreProvider : public Provider
{
public:
    GcoreProvider()
    {
        m_info.id = QStringLiteral("gcore");
        m_info.name = QStringLiteral("Gcore");
        m_info.protocol = QStringLiteral("gcore");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://gcore.com/dns");
        m_info.documentation = QUrl(QStringLiteral("https://gcore.com/docs/api-reference/dns/rrsets/update-rrset"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of zones in Gcore Managed DNS through the DNS API v2. An RRSet that does not exist "
            "is created; one that already holds the address is left alone, and a changed one keeps its TTL, "
            "balancing settings and metadata unless the profile sets a TTL. Gcore's free plan takes TTLs of 120 "
            "seconds or more."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.gcore.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in your Gcore DNS zones; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API token"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "A permanent API token from the Gcore Customer Portal (Profile > API Tokens)"));
        m_info.supportsTtl = true;
        // One zone list serves the whole batch; each record then costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, false, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Gcore DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it "
                            "among the account's zones.")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, QStringLiteral("Gcore"));
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<GcoreTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_gcore(ProviderList &list)
{
    list.push_back(std::make_unique<GcoreProvider>());
}
} // namespace Providers

} // namespace Qddns
