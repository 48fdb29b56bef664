// Servercow DNS API v1 (https://wiki.servercow.de/en/domains/dns_api/api-syntax/, checked 2026-12-07):
// "X-Auth-Username" and "X-Auth-Password" of a DNS API access (created in the customer portal) on
// every request. GET /dns/v1/domains/{domain} lists the domain's records ([{name, ttl, type,
// content}]; name relative to the domain, "" for the domain itself); POST of {type, name, content,
// ttl} to the same URL creates the record or replaces the one of that name and type, answering
// {"message": "ok"}; failures answer {"error": "…"}.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

constexpr int kDefaultTtl = 300; // a new record's TTL unless the profile sets one

const Rest::Words &servercowWords()
{
    static const Rest::Words w{QStringLiteral("Servercow"), QStringLiteral("DNS API username and password"),
                               QStringLiteral("; create a DNS API access in the customer portal (Servercow DNS-API) "
                                              "with the Read, Create and Update permissions for the domain")};
    return w;
}

std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto json = Rest::jsonValue(reply.body);
    const QString error = json && json->isObject() ? json->toObject().value(QLatin1String("error")).toString() : QString();
    const QString detail = error.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(error.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, servercowWords(), detail))
        return failure;
    if (!json)
        return Rest::unexpectedReply(servercowWords(), reply, secrets, QStringLiteral("not the API's JSON"));
    // An error may come with any status, 200 included.
    if (!error.isEmpty() && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("Servercow refused the request (%1)").arg(detail)};
    if (reply.isSuccess())
        return std::nullopt;
    return Rest::unexpectedReply(servercowWords(), reply, secrets);
}

class ServercowTransaction : public Rest::RecordApiTransaction
{
public:
    ServercowTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, servercowWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/dns/v1"))),
          m_zone(Rest::profileZone(request))
    {
        m_api.header("X-Auth-Username", request.username.toUtf8()).header("X-Auth-Password", request.secret.toUtf8());
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Servercow needs the DNS API username and password")};
        return Rest::zoneProblem(job, m_zone, servercowWords().name);
    }

    HttpRequest readRequest(const Rest::RecordJob &) const override { return m_api.request("GET", domainPath()); }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = *Rest::jsonValue(reply.body);
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(servercowWords(), reply, secrets(), QStringLiteral("no record list")));
        const QString name = Rest::relativeName(job.name, m_zone, QString());
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() != recordTypeName(job.type)
                || r.value(QLatin1String("name")).toString().toLower() != name)
                continue;
            // Content is a list where a name holds several values: each counts as a record.
            const QJsonValue content = r.value(QLatin1String("content"));
            if (content.isArray()) {
                for (const QJsonValue &c : content.toArray())
                    records.append({QString(), c.toString(), r});
            } else {
                records.append({QString(), content.toString(), r});
            }
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return save(job, request().ttl.value_or(kDefaultTtl));
    }

    // Replaces the record of this name and type: its own TTL goes back unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const QJsonValue ownTtl = existing.fields.value(QLatin1String("ttl"));
        return save(job, request().ttl.value_or(ownTtl.isDouble() ? ownTtl.toInt() : kDefaultTtl));
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        if (Rest::jsonValue(reply.body)->toObject().value(QLatin1String("message")).toString() != QLatin1String("ok"))
            return Rest::unexpectedReply(servercowWords(), reply, secrets(), QStringLiteral("no \"ok\""));
        return std::nullopt;
    }

private:
    QString domainPath() const { return QStringLiteral("/domains/%1").arg(m_zone); }

    HttpRequest save(const Rest::RecordJob &job, int ttl) const
    {
        const QJsonObject body{{QStringLiteral("type"), recordTypeName(job.type)},
                               {QStringLiteral("name"), Rest::relativeName(job.name, m_zone, QString())},
                               {QStringLiteral("content"), job.address.toString()},
                               {QStringLiteral("ttl"), ttl}};
        return m_api.request("POST", domainPath(), {}, body);
    }

    Rest::Api m_api;
    QString m_zone;
};

class ServercowProvider : public Provider
{
public:
    ServercowProvider()
    {
        m_info.id = QStringLiteral("servercow");
        m_info.name = QStringLiteral("Servercow");
        m_info.protocol = QStringLiteral("servercow");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://servercow.de");
        m_info.documentation = QUrl(QStringLiteral("https://wiki.servercow.de/en/domains/dns_api/api-syntax/"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a domain at Servercow through its DNS API. In the customer portal "
            "(cp.servercow.de), open Servercow DNS-API and create an API access for the domain with the Read, "
            "Create and Update permissions; its username and password are shown once. A record that does not "
            "exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the "
            "address is left alone."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.servercow.de"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "DNS API username"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The username of the DNS API access"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "DNS API password"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The password of the DNS API access (shown once, when it is created)"));
        m_info.supportsTtl = true;
        // Each record costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Servercow domain the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, m_info.name);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<ServercowTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_servercow(ProviderList &list)
{
    list.push_back(std::make_unique<ServercowProvider>());
}
} // namespace Providers

} // namespace Qddns
