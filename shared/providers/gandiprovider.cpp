// Gandi LiveDNS through Gandi's public API v5 (https://api.gandi.net/docs/livedns/, checked
// 2026-12-07) with a personal access token as "Authorization: Bearer …" (the older API keys are
// deprecated there and not offered here). GET /v5/livedns/domains lists the account's domains;
// GET …/domains/FQDN/records/NAME/TYPE reads one record set ({"rrset_name", "rrset_type",
// "rrset_ttl", "rrset_values"}; 404 when there is none; NAME relative, "@" for the apex); POST
// to the same path creates it and PUT replaces it (both answer 201 {"message": "DNS Record
// Created"}). Errors are {"code", "message", "object", "cause"}.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
constexpr int kMinTtl = 300;
constexpr int kMaxTtl = 2592000;

const Rest::Words &gandiWords()
{
    static const Rest::Words w{QStringLiteral("Gandi"), QStringLiteral("personal access token"),
                               QStringLiteral("; it needs the permission to manage the domains' technical configuration")};
    return w;
}

// The reply's failure in Gandi's words, or nullopt for a 2xx JSON reply.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString message = root ? root->value(QLatin1String("message")).toString() : QString();
    const QString detail = message.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                             : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(message.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, gandiWords(), detail))
        return failure;
    const bool isJson = root || reply.body.trimmed().startsWith('[');
    if (!isJson)
        return Rest::unexpectedReply(gandiWords(), reply, secrets);
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("Gandi LiveDNS has no such domain in this account (%1)").arg(detail)};
    if (reply.status >= 400 && reply.status < 500 && !message.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Gandi refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(gandiWords(), reply, secrets);
}

class GandiTransaction : public Rest::RecordApiTransaction
{
public:
    GandiTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, gandiWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/v5/livedns"))),
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
            return Failure{Outcome::AuthFailed, QStringLiteral("no Gandi personal access token is configured")};
        if (m_zones && Rest::zoneOf(job.name, *m_zones).isEmpty()) {
            if (!m_zone.isEmpty())
                return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
            return Rest::notInAnyZone(gandiWords(), job.name, *m_zones, QStringLiteral("LiveDNS domain"));
        }
        return std::nullopt;
    }

    std::optional<HttpRequest> zoneRequest() const override
    {
        if (m_zones)
            return std::nullopt;
        return m_api.request("GET", QStringLiteral("/domains"));
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        if (!doc.isArray())
            return Rest::unexpectedReply(gandiWords(), reply, secrets(), QStringLiteral("no domain list"));
        m_zones = QStringList();
        for (const QJsonValue &v : doc.array())
            m_zones->append(Rest::canonicalName(v.toObject().value(QLatin1String("fqdn")).toString()));
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return m_api.request("GET", rrsetPath(job));
    }

    // A 404 with Gandi's JSON says the record set does not exist (yet).
    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        const auto root = Rest::jsonObject(reply.body);
        if (reply.status == 404 && root && root->contains(QLatin1String("code")))
            return QList<Rest::Record>();
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonValue values = root ? root->value(QLatin1String("rrset_values")) : QJsonValue();
        if (!values.isArray() || root->value(QLatin1String("rrset_type")).toString() != recordTypeName(job.type))
            return Unexpected(Rest::unexpectedReply(gandiWords(), reply, secrets(), QStringLiteral("no record set")));
        // One record per value: a set of several addresses is not guessed into one.
        QList<Rest::Record> records;
        for (const QJsonValue &v : values.toArray())
            records.append({rrsetPath(job), v.toString(), *root});
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject body{{QStringLiteral("rrset_values"), QJsonArray{job.address.toString()}}};
        if (request().ttl)
            body.insert(QStringLiteral("rrset_ttl"), *request().ttl);
        return m_api.request("POST", rrsetPath(job), {}, body);
    }

    // PUT replaces the whole set, TTL included: the set's own TTL goes back unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        QJsonObject body{{QStringLiteral("rrset_values"), QJsonArray{job.address.toString()}}};
        const QJsonValue ttl = existing.fields.value(QLatin1String("rrset_ttl"));
        if (request().ttl)
            body.insert(QStringLiteral("rrset_ttl"), *request().ttl);
        else if (ttl.isDouble())
            body.insert(QStringLiteral("rrset_ttl"), ttl);
        return m_api.request("PUT", rrsetPath(job), {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        if (!Rest::jsonObject(reply.body)->contains(QLatin1String("message")))
            return Rest::unexpectedReply(gandiWords(), reply, secrets());
        return std::nullopt;
    }

private:
    QString zone(const Rest::RecordJob &job) const { return Rest::zoneOf(job.name, m_zones.value_or(QStringList())); }
    QString rrsetPath(const Rest::RecordJob &job) const
    {
        return QStringLiteral("/domains/%1/records/%2/%3").arg(zone(job), Rest::relativeName(job.name, zone(job)), recordTypeName(job.type));
    }

    Rest::Api m_api;
    QString m_zone;                     ///< the profile's, when set
    std::optional<QStringList> m_zones; ///< the zones hosts may be in, once known
};

class GandiProvider : public Provider
{
public:
    GandiProvider()
    {
        m_info.id = QStringLiteral("gandi");
        m_info.name = QStringLiteral("Gandi LiveDNS");
        m_info.protocol = QStringLiteral("gandi");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://www.gandi.net");
        m_info.documentation = QUrl(QStringLiteral("https://api.gandi.net/docs/livedns/"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of domains on Gandi's LiveDNS through the API v5. A record that does not exist "
            "is created; one that already holds the address is left alone, and a changed one keeps its TTL unless "
            "the profile sets one."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.gandi.net"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in your Gandi domains; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Personal access token"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "A personal access token (Organizations > Sharing > Create a token) with the permission \"Manage "
            "domain name technical configurations\". The older API keys are deprecated by Gandi."));
        m_info.supportsTtl = true;
        // One domain list serves the whole batch; each record then costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, false, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Gandi domain the hosts belong to, e.g. example.com. When not set, qddns finds it "
                            "among the account's LiveDNS domains.")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors = Rest::validateZoneOption(profile, path, QStringLiteral("Gandi"));
        const QJsonValue ttl = profile.value(QLatin1String("ttl"));
        if (ttl.isDouble() && (ttl.toDouble() < kMinTtl || ttl.toDouble() > kMaxTtl))
            errors.append({path + QStringLiteral(".ttl"),
                           QStringLiteral("Gandi takes a TTL of %1 to %2 seconds").arg(kMinTtl).arg(kMaxTtl)});
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<GandiTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_gandi(ProviderList &list)
{
    list.push_back(std::make_unique<GandiProvider>());
}
} // namespace Providers

} // namespace Qddns
