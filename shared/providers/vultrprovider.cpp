// Vultr API v2, DNS (https://www.vultr.com/api/#tag/dns, checked 2026-12-07):
// "Authorization: Bearer API_KEY". Used here: GET /v2/domains/{dns-domain}/records?per_page=500
// ({"records": [{id, type, name, data, priority, ttl}], "meta": {total, links: {next, prev}}};
// name is relative to the domain, "" for the domain itself), PATCH
// /v2/domains/{dns-domain}/records/{record-id} (every attribute optional, the others keep their
// values; 204 without a body) and POST /v2/domains/{dns-domain}/records with name, type, data and
// ttl (201 with {"record": …}). Errors are {"error", "status"}; more than 30 requests a second get
// 429.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

constexpr int kDefaultTtl = 300; // a new record's TTL unless the profile sets one (Vultr's own default)

const Rest::Words &vultrWords()
{
    static const Rest::Words w{QStringLiteral("Vultr"), QStringLiteral("API key"),
                               QStringLiteral("; use the personal access token from Account > API, and allow this "
                                              "machine's address in its Access Control list")};
    return w;
}

// nullopt for a successful reply (with JSON, or a 204 without a body); the caller checks the shape.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString message = root ? root->value(QLatin1String("error")).toString() : QString();
    const QString detail = message.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(message.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, vultrWords(), detail))
        return failure;
    if (reply.status == 204 && reply.body.trimmed().isEmpty())
        return std::nullopt;
    if (!root)
        return Rest::unexpectedReply(vultrWords(), reply, secrets, QStringLiteral("not the API's JSON"));
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("Vultr does not know the domain or record (%1): the domain must "
                                                         "be in this account's DNS").arg(detail)};
    if (reply.status >= 400 && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("Vultr refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(vultrWords(), reply, secrets);
}

class VultrTransaction : public Rest::RecordApiTransaction
{
public:
    VultrTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, vultrWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/v2"))),
          m_zone(Rest::profileZone(request))
    {
        m_api.bearer(request.secret);
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Vultr needs an API key")};
        return Rest::zoneProblem(job, m_zone, vultrWords().name);
    }

    HttpRequest readRequest(const Rest::RecordJob &) const override
    {
        return m_api.request("GET", recordsPath(), QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("500")}});
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonObject root = Rest::jsonObject(reply.body).value_or(QJsonObject());
        const QJsonValue list = root.value(QLatin1String("records"));
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(vultrWords(), reply, secrets(), QStringLiteral("no record list")));
        const QString host = Rest::relativeName(job.name, m_zone, QString());
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            QString name = r.value(QLatin1String("name")).toString().toLower();
            if (name == QLatin1String("@"))
                name.clear();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type) && name == host)
                records.append({Rest::idText(r.value(QLatin1String("id"))), r.value(QLatin1String("data")).toString(), r});
        }
        // 500 records a page at most: a name not on this page may be on the next.
        const QString next = root.value(QLatin1String("meta")).toObject().value(QLatin1String("links")).toObject()
                                 .value(QLatin1String("next")).toString();
        if (records.isEmpty() && !next.isEmpty())
            return Unexpected(Failure{Outcome::Rejected, QStringLiteral("the domain %1 has more records than Vultr lists "
                                                                        "on one page; qddns cannot tell whether %2 exists")
                                                             .arg(m_zone, job.name)});
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        const QJsonObject body{{QStringLiteral("name"), Rest::relativeName(job.name, m_zone, QString())},
                               {QStringLiteral("type"), recordTypeName(job.type)},
                               {QStringLiteral("data"), job.address.toString()},
                               {QStringLiteral("ttl"), request().ttl.value_or(kDefaultTtl)}};
        return m_api.request("POST", recordsPath(), {}, body);
    }

    // PATCH changes only what it names: the address, and the TTL when the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (!Rest::isPlausibleId(existing.id))
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("Vultr gave no usable id for the record %1").arg(job.name),
                                      {}, false, true});
        QJsonObject body{{QStringLiteral("data"), job.address.toString()}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("PATCH", recordsPath() + QLatin1Char('/') + existing.id, {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool created) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        if (!created) {
            // An update answers 204 without a body; anything else is not what the API documents.
            if (reply.status == 204)
                return std::nullopt;
            return Rest::unexpectedReply(vultrWords(), reply, secrets(), QStringLiteral("not 204 No Content"));
        }
        const QJsonValue data = Rest::jsonObject(reply.body).value_or(QJsonObject())
                                    .value(QLatin1String("record")).toObject().value(QLatin1String("data"));
        if (!data.isString())
            return Rest::unexpectedReply(vultrWords(), reply, secrets(), QStringLiteral("no record in the reply"));
        if (!Rest::sameAddress(data.toString(), job.address))
            return Failure{Outcome::RetryLater, QStringLiteral("Vultr accepted the record but it holds %1")
                                                    .arg(bodyExcerpt(data.toString().toUtf8(), secrets(), 60))};
        return std::nullopt;
    }

private:
    QString recordsPath() const { return QStringLiteral("/domains/%1/records").arg(m_zone); }

    Rest::Api m_api;
    QString m_zone;
};

class VultrProvider : public Provider
{
public:
    VultrProvider()
    {
        m_info.id = QStringLiteral("vultr");
        m_info.name = QStringLiteral("Vultr");
        m_info.protocol = QStringLiteral("vultr");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.vultr.com");
        m_info.documentation = QUrl(QStringLiteral("https://www.vultr.com/api/#tag/dns"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a domain in Vultr DNS through the Vultr API v2. Enable the API and copy the "
            "personal access token under Account > API; its Access Control list must allow the address this "
            "machine reaches the API from. A record that does not exist is created with a TTL of 300 seconds "
            "unless the profile sets one; one that already holds the address is left alone."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.vultr.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The personal access token from Account > API"));
        m_info.supportsTtl = true;
        // Each record costs one or two requests; the API allows 30 a second.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The DNS domain at Vultr the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, m_info.name);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<VultrTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_vultr(ProviderList &list)
{
    list.push_back(std::make_unique<VultrProvider>());
}
} // namespace Providers

} // namespace Qddns
