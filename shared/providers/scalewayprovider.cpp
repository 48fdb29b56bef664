// Scaleway Domains and DNS API v2beta1 (https://www.scaleway.com/en/developers/api/domains-and-dns/,
// checked 2026-12-07): "X-Auth-Token: SECRET_KEY" on every request. Used here: GET
// /domain/v2beta1/dns-zones/{dns_zone}/records?name=&type=&page_size= ({"total_count", "records":
// [{id, data, name, priority, ttl, type, comment, …}]}; name relative to the zone, "" for the zone
// itself) and PATCH /domain/v2beta1/dns-zones/{dns_zone}/records with "changes": a "set" naming the
// record by id with its replacement, or an "add" of a new record; "disallow_new_zone_creation" keeps
// a mistyped zone from being created. The reply lists the changed records. Errors are {"type",
// "message", …}: denied_authentication (401), permissions_denied (403), not_found (404).
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>

#include <algorithm>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

constexpr int kDefaultTtl = 3600; // a new record's TTL unless the profile sets one
constexpr int kPageSize = 100;

const Rest::Words &scalewayWords()
{
    static const Rest::Words w{QStringLiteral("Scaleway"), QStringLiteral("API secret key"),
                               QStringLiteral("; use the secret key of an API key whose IAM policy grants "
                                              "DomainsDNSFullAccess in the zone's project")};
    return w;
}

std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString message = root ? root->value(QLatin1String("message")).toString() : QString();
    const QString detail = message.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(message.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, scalewayWords(), detail))
        return failure;
    if (!root)
        return Rest::unexpectedReply(scalewayWords(), reply, secrets, QStringLiteral("not the API's JSON"));
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("Scaleway does not know the DNS zone (%1): it must be in the "
                                                         "API key's project").arg(detail)};
    if (reply.status >= 400 && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("Scaleway refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(scalewayWords(), reply, secrets);
}

class ScalewayTransaction : public Rest::RecordApiTransaction
{
public:
    ScalewayTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, scalewayWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/domain/v2beta1"))),
          m_zone(Rest::profileZone(request))
    {
        m_api.header("X-Auth-Token", request.secret.toUtf8());
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Scaleway needs an API secret key")};
        return Rest::zoneProblem(job, m_zone, scalewayWords().name);
    }

    // Filtered by name (not for the zone itself: an empty filter is none) and type; compared exactly below.
    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        QUrlQuery query;
        const QString name = Rest::relativeName(job.name, m_zone, QString());
        if (!name.isEmpty())
            query.addQueryItem(QStringLiteral("name"), name);
        query.addQueryItem(QStringLiteral("type"), recordTypeName(job.type));
        query.addQueryItem(QStringLiteral("page_size"), QString::number(kPageSize));
        return m_api.request("GET", recordsPath(), query);
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonObject root = *Rest::jsonObject(reply.body);
        const QJsonValue list = root.value(QLatin1String("records"));
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(scalewayWords(), reply, secrets(), QStringLiteral("no record list")));
        const QList<Rest::Record> records = matching(list.toArray(), job);
        if (records.isEmpty() && root.value(QLatin1String("total_count")).toInt() > list.toArray().size())
            return Unexpected(Failure{Outcome::Rejected, QStringLiteral("the zone %1 has more %2 records than Scaleway lists "
                                                                        "on one page; qddns cannot tell whether %3 exists")
                                                             .arg(m_zone, recordTypeName(job.type), job.name)});
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        const QJsonObject record{{QStringLiteral("name"), Rest::relativeName(job.name, m_zone, QString())},
                                 {QStringLiteral("type"), recordTypeName(job.type)},
                                 {QStringLiteral("data"), job.address.toString()},
                                 {QStringLiteral("ttl"), request().ttl.value_or(kDefaultTtl)}};
        return change({{QStringLiteral("add"), QJsonObject{{QStringLiteral("records"), QJsonArray{record}}}}});
    }

    // The record by its id, replaced by itself with the new data: its TTL, priority and comment kept.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (!Rest::isPlausibleId(existing.id))
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("Scaleway gave no usable id for the record %1").arg(job.name),
                                      {}, false, true});
        QJsonObject record;
        for (const char *key : {"name", "type", "ttl", "priority", "comment"}) {
            const QJsonValue value = existing.fields.value(QLatin1String(key));
            if (!value.isUndefined() && !value.isNull())
                record.insert(QLatin1String(key), value);
        }
        record.insert(QStringLiteral("data"), job.address.toString());
        if (request().ttl)
            record.insert(QStringLiteral("ttl"), *request().ttl);
        const QJsonObject set{{QStringLiteral("id"), existing.id}, {QStringLiteral("records"), QJsonArray{record}}};
        return change({{QStringLiteral("set"), set}});
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue list = Rest::jsonObject(reply.body)->value(QLatin1String("records"));
        if (!list.isArray())
            return Rest::unexpectedReply(scalewayWords(), reply, secrets(), QStringLiteral("no record list"));
        const QList<Rest::Record> now = matching(list.toArray(), job);
        const bool holds = std::any_of(now.cbegin(), now.cend(),
                                       [&job](const Rest::Record &r) { return Rest::sameAddress(r.content, job.address); });
        if (!holds)
            return Failure{Outcome::RetryLater, QStringLiteral("Scaleway accepted the change but lists no %1 record %2 with %3")
                                                    .arg(recordTypeName(job.type), job.name, job.address.toString())};
        return std::nullopt;
    }

private:
    QString recordsPath() const { return QStringLiteral("/dns-zones/%1/records").arg(m_zone); }

    HttpRequest change(const QJsonObject &oneChange) const
    {
        const QJsonObject body{{QStringLiteral("changes"), QJsonArray{oneChange}},
                               {QStringLiteral("return_all_records"), false},
                               {QStringLiteral("disallow_new_zone_creation"), true}};
        return m_api.request("PATCH", recordsPath(), {}, body);
    }

    QList<Rest::Record> matching(const QJsonArray &records, const Rest::RecordJob &job) const
    {
        const QString name = Rest::relativeName(job.name, m_zone, QString());
        QList<Rest::Record> found;
        for (const QJsonValue &v : records) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && r.value(QLatin1String("name")).toString().toLower() == name)
                found.append({Rest::idText(r.value(QLatin1String("id"))), r.value(QLatin1String("data")).toString(), r});
        }
        return found;
    }

    Rest::Api m_api;
    QString m_zone;
};

class ScalewayProvider : public Provider
{
public:
    ScalewayProvider()
    {
        m_info.id = QStringLiteral("scaleway");
        m_info.name = QStringLiteral("Scaleway");
        m_info.protocol = QStringLiteral("scaleway");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.scaleway.com");
        m_info.documentation = QUrl(QStringLiteral("https://www.scaleway.com/en/developers/api/domains-and-dns/"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a DNS zone at Scaleway Domains and DNS through its API. Generate an API key "
            "in the console (IAM > API keys) for an application or user whose policy allows DomainsDNSFullAccess "
            "in the zone's project, and use its secret key. A record that does not exist is created with a TTL "
            "of 3600 seconds unless the profile sets one; one that already holds the address is left alone."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.scaleway.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the DNS zone below; the zone itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Secret key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The secret key of a Scaleway API key (shown once, when the key is generated)"));
        m_info.supportsTtl = true;
        // Each record costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "DNS zone")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Scaleway DNS zone the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, m_info.name);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<ScalewayTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_scaleway(ProviderList &list)
{
    list.push_back(std::make_unique<ScalewayProvider>());
}
} // namespace Providers

} // namespace Qddns
