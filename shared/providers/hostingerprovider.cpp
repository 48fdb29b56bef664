// Hostinger's public API, DNS zone (https://developers.hostinger.com/#tag/dns-zone, checked
// 2026-12-07): an API token as "Authorization: Bearer …"; GET /api/dns/v1/zones/DOMAIN lists the
// zone's record sets ([{"name" relative, "@" for the apex, "type", "ttl", "records":
// [{"content", "is_disabled"}]}]); PUT /api/dns/v1/zones/DOMAIN with {"overwrite": true, "zone":
// [{"name", "type", "ttl", "records": [{"content"}]}]} replaces the sets it names and adds the
// missing ones ({"message"} on success). Errors carry "message" or "error" and a correlation id.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");

const Rest::Words &hostingerWords()
{
    static const Rest::Words w{QStringLiteral("Hostinger"), QStringLiteral("API token"),
                               QStringLiteral("; create one in hPanel (Account > API)")};
    return w;
}

// The reply's failure in Hostinger's words, or nullopt for a 2xx JSON reply.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    const QJsonObject root = doc.object();
    QString message = root.value(QLatin1String("error")).toString();
    if (message.isEmpty())
        message = root.value(QLatin1String("message")).toString();
    const QString detail = message.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                             : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(message.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, hostingerWords(), detail))
        return failure;
    if (doc.isNull())
        return Rest::unexpectedReply(hostingerWords(), reply, secrets);
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404 && !message.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Hostinger has no such DNS zone in this account (%1)").arg(detail)};
    if (reply.status >= 400 && reply.status < 500 && !message.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Hostinger refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(hostingerWords(), reply, secrets);
}

class HostingerTransaction : public Rest::RecordApiTransaction
{
public:
    HostingerTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, hostingerWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/api/dns/v1"))),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        m_api.bearer(request.secret);
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("no Hostinger API token is configured")};
        if (m_zone.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no Hostinger domain is configured (the profile's \"zone\")")};
        if (!Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
        return std::nullopt;
    }

    // The whole zone in one list; it is read again for each record so no write is missed.
    HttpRequest readRequest(const Rest::RecordJob &) const override
    {
        return m_api.request("GET", QStringLiteral("/zones/") + m_zone);
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        if (!doc.isArray())
            return Unexpected(Rest::unexpectedReply(hostingerWords(), reply, secrets(), QStringLiteral("no record list")));
        // One record per value of the matching set: a set of several addresses is not guessed into one.
        QList<Rest::Record> records;
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject set = v.toObject();
            if (set.value(QLatin1String("type")).toString() != recordTypeName(job.type)
                || Rest::canonicalName(set.value(QLatin1String("name")).toString()) != relative(job)) {
                continue;
            }
            for (const QJsonValue &r : set.value(QLatin1String("records")).toArray())
                records.append({QString(), r.toObject().value(QLatin1String("content")).toString(), set});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return write(job, request().ttl ? QJsonValue(*request().ttl) : QJsonValue(QJsonValue::Undefined));
    }

    // Overwriting replaces the set, TTL included: the set's own TTL goes back unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const QJsonValue ttl = existing.fields.value(QLatin1String("ttl"));
        return write(job, request().ttl ? QJsonValue(*request().ttl) : ttl.isDouble() ? ttl : QJsonValue(QJsonValue::Undefined));
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        if (!Rest::jsonObject(reply.body))
            return Rest::unexpectedReply(hostingerWords(), reply, secrets());
        return std::nullopt;
    }

private:
    QString relative(const Rest::RecordJob &job) const { return Rest::relativeName(job.name, m_zone); }

    HttpRequest write(const Rest::RecordJob &job, const QJsonValue &ttl) const
    {
        QJsonObject set{{QStringLiteral("name"), relative(job)},
                        {QStringLiteral("type"), recordTypeName(job.type)},
                        {QStringLiteral("records"), QJsonArray{QJsonObject{{QStringLiteral("content"), job.address.toString()}}}}};
        if (!ttl.isUndefined())
            set.insert(QStringLiteral("ttl"), ttl);
        return m_api.request("PUT", QStringLiteral("/zones/") + m_zone, {},
                             QJsonObject{{QStringLiteral("overwrite"), true}, {QStringLiteral("zone"), QJsonArray{set}}});
    }

    Rest::Api m_api;
    QString m_zone;
};

class HostingerProvider : public Provider
{
public:
    HostingerProvider()
    {
        m_info.id = QStringLiteral("hostinger");
        m_info.name = QStringLiteral("Hostinger");
        m_info.protocol = QStringLiteral("hostinger");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://www.hostinger.com");
        m_info.documentation = QUrl(QStringLiteral("https://developers.hostinger.com/#tag/dns-zone"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a domain in Hostinger's DNS through the Hostinger API. A record that does not "
            "exist is created; one that already holds the address is left alone, and a changed one keeps its TTL "
            "unless the profile sets one."));
        m_info.defaultServer = QUrl(QStringLiteral("https://developers.hostinger.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain set as the zone; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API token"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "An API token from hPanel (Account > API)"));
        m_info.supportsTtl = true;
        // One zone read and at most one write per record.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Hostinger domain whose DNS zone holds the hosts, e.g. example.com")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, QStringLiteral("Hostinger"), true);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<HostingerTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_hostinger(ProviderList &list)
{
    list.push_back(std::make_unique<HostingerProvider>());
}
} // namespace Providers

} // namespace Qddns
