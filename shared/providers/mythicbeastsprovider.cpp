// Mythic Beasts' Primary DNS API v2 (https://www.mythic-beasts.com/support/api/dnsv2 and its
// tutorial .../dnsv2/tutorial, checked 2026-12-07): HTTP Basic authentication with an API key's id
// and secret (the API takes them directly; its bearer tokens only save work over many requests).
// GET /dns/v2/zones/{zone}/records/{host}/{type} lists the records of that host and type as
// {"records": [{host, ttl, type, data}]} ("@" is the zone itself); PUT of the same URL with
// {"records": [...]} replaces them all (creating when there were none) and answers
// {"message": …, "records_added": n, "records_removed": n}. Errors carry {"error": …}.
// ddclient's "mythicdyn" talks to the same keys through the API's dynamic endpoint.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

constexpr int kDefaultTtl = 300; // the API's own default for a record

const Rest::Words &mythicWords()
{
    static const Rest::Words w{QStringLiteral("Mythic Beasts"), QStringLiteral("API key"),
                               QStringLiteral("; create a DNS API v2 key in the control panel (API keys) with access to "
                                              "the zone's A/AAAA records; DNS API v1 passwords do not work")};
    return w;
}

QString errorDetail(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString error = root ? root->value(QLatin1String("error")).toString() : QString();
    if (!error.isEmpty())
        return QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(error.toUtf8(), secrets, 160));
    return QStringLiteral("HTTP %1").arg(reply.status);
}

std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const QString detail = errorDetail(reply, secrets);
    if (auto failure = Rest::commonFailure(reply, mythicWords(), detail))
        return failure;
    const auto root = Rest::jsonObject(reply.body);
    if (reply.isSuccess() && root)
        return std::nullopt;
    if (reply.isSuccess())
        return Rest::unexpectedReply(mythicWords(), reply, secrets, QStringLiteral("not the API's JSON"));
    if (root && root->value(QLatin1String("error")).isString() && reply.status >= 400 && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("Mythic Beasts refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(mythicWords(), reply, secrets);
}

class MythicBeastsTransaction : public Rest::RecordApiTransaction
{
public:
    MythicBeastsTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, mythicWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/dns/v2"))),
          m_zone(Rest::profileZone(request))
    {
        m_api.basic(request.username, request.secret);
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Mythic Beasts needs the API key's id and its secret")};
        return Rest::zoneProblem(job, m_zone, mythicWords().name);
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return m_api.request("GET", recordPath(job));
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonValue records = Rest::jsonObject(reply.body)->value(QLatin1String("records"));
        if (!records.isArray())
            return Unexpected(Rest::unexpectedReply(mythicWords(), reply, secrets(), QStringLiteral("no records")));
        const QString host = hostOf(job);
        QList<Rest::Record> found;
        for (const QJsonValue &value : records.toArray()) {
            const QJsonObject record = value.toObject();
            if (record.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && record.value(QLatin1String("host")).toString().toLower() == host)
                found.append({QString(), record.value(QLatin1String("data")).toString(), record});
        }
        return found;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return put(job, request().ttl.value_or(kDefaultTtl));
    }

    // PUT replaces the selection, so the record's TTL is sent again unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const int current = existing.fields.value(QLatin1String("ttl")).toInt(kDefaultTtl);
        return put(job, request().ttl.value_or(current > 0 ? current : kDefaultTtl));
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue added = Rest::jsonObject(reply.body)->value(QLatin1String("records_added"));
        if (!added.isDouble())
            return Rest::unexpectedReply(mythicWords(), reply, secrets(), QStringLiteral("no records_added"));
        if (added.toInt() != 1)
            return Failure{Outcome::RetryLater, QStringLiteral("Mythic Beasts accepted the change but added %1 records").arg(added.toInt())};
        return std::nullopt;
    }

private:
    QString hostOf(const Rest::RecordJob &job) const { return Rest::relativeName(job.name, m_zone); }
    QString recordPath(const Rest::RecordJob &job) const
    {
        return QStringLiteral("/zones/%1/records/%2/%3").arg(m_zone, hostOf(job), recordTypeName(job.type));
    }

    HttpRequest put(const Rest::RecordJob &job, int ttl) const
    {
        const QJsonObject record{{QStringLiteral("host"), hostOf(job)},
                                 {QStringLiteral("ttl"), ttl},
                                 {QStringLiteral("type"), recordTypeName(job.type)},
                                 {QStringLiteral("data"), job.address.toString()}};
        return m_api.request("PUT", recordPath(job), {}, QJsonObject{{QStringLiteral("records"), QJsonArray{record}}});
    }

    Rest::Api m_api;
    QString m_zone;
};

class MythicBeastsProvider : public Provider
{
public:
    MythicBeastsProvider()
    {
        m_info.id = QStringLiteral("mythicbeasts");
        m_info.name = QStringLiteral("Mythic Beasts");
        m_info.protocol = QStringLiteral("mythicbeasts");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.mythic-beasts.com");
        m_info.documentation = QUrl(QStringLiteral("https://www.mythic-beasts.com/support/api/dnsv2"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a zone hosted on Mythic Beasts' primary DNS through the DNS API v2. Create an "
            "API key in the control panel (API keys) with access to the DNS API for the zone, or only for the "
            "records you update. Each record is read first and replaced only when it differs, keeping its TTL; a "
            "missing one is created with 300 seconds unless the profile sets a TTL."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.mythic-beasts.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the zone below; the zone itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key ID"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The key ID of a DNS API v2 key (control panel, API keys)"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key secret"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The secret shown once when the key was created"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The zone (domain) at Mythic Beasts the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, mythicWords().name);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<MythicBeastsTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_mythicbeasts(ProviderList &list)
{
    list.push_back(std::make_unique<MythicBeastsProvider>());
}
} // namespace Providers

} // namespace Qddns
