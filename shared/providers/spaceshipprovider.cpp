// Spaceship API v1, DNS records (https://docs.spaceship.dev/#tag/DNS-records, checked 2026-12-07):
// "X-API-Key" and "X-API-Secret" on every request (a key with dnsrecords:read and
// dnsrecords:write). Used here: GET /api/v1/dns/records/{domain}?take=500&skip=0 ({"items":
// [{type, name, address, ttl, group}], "total"}; name relative to the domain, "@" for the domain
// itself) and PUT /api/v1/dns/records/{domain} with {"force", "items"}: records carry no id, a
// record is its name, type and address, and "force" lets the new record overwrite the one of the
// same name and type (204 without a body). Errors are {"detail", "data": [{field, details}]}; 404
// "SOA record for domain … not found." when the domain does not use Spaceship's DNS.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kApiKey = QStringLiteral("apiKey");
constexpr int kDefaultTtl = 3600; // a new record's TTL unless the profile sets one
constexpr int kPageSize = 500;    // the most the API lists at once

const Rest::Words &spaceshipWords()
{
    static const Rest::Words w{QStringLiteral("Spaceship"), QStringLiteral("API key and secret"),
                               QStringLiteral("; create them in the API Manager with the dnsrecords:read and "
                                              "dnsrecords:write permissions")};
    return w;
}

std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    QString text = root ? root->value(QLatin1String("detail")).toString() : QString();
    if (root) {
        for (const QJsonValue &v : root->value(QLatin1String("data")).toArray()) {
            const QJsonObject item = v.toObject();
            const QString field = item.value(QLatin1String("field")).toString();
            const QString details = item.value(QLatin1String("details")).toString();
            if (!details.isEmpty())
                text += (text.isEmpty() ? QString() : QStringLiteral("; ")) + (field.isEmpty() ? details : field + QStringLiteral(": ") + details);
        }
    }
    const QString detail = text.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(text.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, spaceshipWords(), detail))
        return failure;
    if (reply.status == 204 && reply.body.trimmed().isEmpty())
        return std::nullopt;
    if (!root)
        return Rest::unexpectedReply(spaceshipWords(), reply, secrets, QStringLiteral("not the API's JSON"));
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("Spaceship does not know the domain (%1): it must be in this "
                                                         "account and use Spaceship's name servers").arg(detail)};
    if (reply.status >= 400 && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("Spaceship refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(spaceshipWords(), reply, secrets);
}

class SpaceshipTransaction : public Rest::RecordApiTransaction
{
public:
    SpaceshipTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, spaceshipWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/api/v1"))),
          m_zone(Rest::profileZone(request))
    {
        m_api.header("X-API-Key", apiKey().toUtf8()).header("X-API-Secret", request.secret.toUtf8());
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (apiKey().isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Spaceship needs the API key and the API secret")};
        return Rest::zoneProblem(job, m_zone, spaceshipWords().name);
    }

    HttpRequest readRequest(const Rest::RecordJob &) const override
    {
        const QUrlQuery query{{QStringLiteral("take"), QString::number(kPageSize)}, {QStringLiteral("skip"), QStringLiteral("0")}};
        return m_api.request("GET", recordsPath(), query);
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonObject root = Rest::jsonObject(reply.body).value_or(QJsonObject());
        const QJsonValue items = root.value(QLatin1String("items"));
        if (!items.isArray())
            return Unexpected(Rest::unexpectedReply(spaceshipWords(), reply, secrets(), QStringLiteral("no record list")));
        const QString name = hostName(job);
        QList<Rest::Record> records;
        for (const QJsonValue &v : items.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && r.value(QLatin1String("name")).toString().toLower() == name)
                records.append({QString(), r.value(QLatin1String("address")).toString(), r});
        }
        if (records.isEmpty() && root.value(QLatin1String("total")).toInt() > items.toArray().size())
            return Unexpected(Failure{Outcome::Rejected, QStringLiteral("the domain %1 has more records than Spaceship lists "
                                                                        "on one page; qddns cannot tell whether %2 exists")
                                                             .arg(m_zone, job.name)});
        return records;
    }

    // Without force: a record of another type on the name (a CNAME) is refused, not overwritten.
    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return save(job, request().ttl.value_or(kDefaultTtl), false);
    }

    // With force: the record of this name and type takes the new address, with its own TTL.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const QJsonValue ownTtl = existing.fields.value(QLatin1String("ttl"));
        return save(job, request().ttl.value_or(ownTtl.isDouble() ? ownTtl.toInt() : kDefaultTtl), true);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        // Saving answers 204 without a body; anything else is not what the API documents.
        if (reply.status != 204)
            return Rest::unexpectedReply(spaceshipWords(), reply, secrets(), QStringLiteral("not 204 No Content"));
        return std::nullopt;
    }

private:
    QString apiKey() const { return request().credentials.value(kApiKey); }
    QString recordsPath() const { return QStringLiteral("/dns/records/%1").arg(m_zone); }

    QString hostName(const Rest::RecordJob &job) const
    {
        const QString name = Rest::relativeName(job.name, m_zone, QString());
        return name.isEmpty() ? QStringLiteral("@") : name;
    }

    HttpRequest save(const Rest::RecordJob &job, int ttl, bool force) const
    {
        const QJsonObject item{{QStringLiteral("type"), recordTypeName(job.type)},
                               {QStringLiteral("name"), hostName(job)},
                               {QStringLiteral("address"), job.address.toString()},
                               {QStringLiteral("ttl"), ttl}};
        return m_api.request("PUT", recordsPath(), {},
                             QJsonObject{{QStringLiteral("force"), force}, {QStringLiteral("items"), QJsonArray{item}}});
    }

    Rest::Api m_api;
    QString m_zone;
};

class SpaceshipProvider : public Provider
{
public:
    SpaceshipProvider()
    {
        m_info.id = QStringLiteral("spaceship");
        m_info.name = QStringLiteral("Spaceship");
        m_info.protocol = QStringLiteral("spaceship");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://www.spaceship.com");
        m_info.documentation = QUrl(QStringLiteral("https://docs.spaceship.dev/"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a domain using Spaceship's name servers through the Spaceship API. In the "
            "API Manager, create an API key with the dnsrecords:read and dnsrecords:write permissions; the key and "
            "its secret are both needed. A record that does not exist is created with a TTL of 3600 seconds unless "
            "the profile sets one; one that already holds the address is left alone."));
        m_info.defaultServer = QUrl(QStringLiteral("https://spaceship.dev"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API secret"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The secret shown when the API key was created in the API Manager"));
        m_info.extraCredentials = {{kApiKey, QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key")),
                                    QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "An API key from the API Manager with dnsrecords:read and dnsrecords:write")), true}};
        m_info.supportsTtl = true;
        // Each record costs one or two requests; listing is limited to 300 requests in 300 seconds.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Spaceship domain the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, m_info.name);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<SpaceshipTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_spaceship(ProviderList &list)
{
    list.push_back(std::make_unique<SpaceshipProvider>());
}
} // namespace Providers

} // namespace Qddns
