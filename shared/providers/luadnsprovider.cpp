// LuaDNS REST API v1 (https://www.luadns.com/api.html, checked 2026-12-07): HTTPS only, HTTP Basic
// authentication with the account email and an API key, "Accept: application/json" on every
// request. Used here: GET /v1/zones (the zone's id), GET /v1/zones/{id}/records, POST
// /v1/zones/{id}/records and PUT /v1/zones/{id}/records/{record_id} with name (fully qualified,
// with the final dot), type, content and ttl. Errors are {"status", "request_id", "message"} with
// 400, 401, 403, 404, 422, 429 or 500.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

constexpr int kDefaultTtl = 3600; // a new record's TTL unless the profile sets one

const Rest::Words &luaWords()
{
    static const Rest::Words w{QStringLiteral("LuaDNS"), QStringLiteral("email and API key"),
                               QStringLiteral("; use the account email and an API key from the API Keys page, and "
                                              "enable API access in the account settings")};
    return w;
}

// nullopt for a successful reply carrying JSON; the caller checks its shape.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto json = Rest::jsonValue(reply.body);
    const QString message = json && json->isObject() ? json->toObject().value(QLatin1String("message")).toString() : QString();
    const QString detail = message.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(message.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, luaWords(), detail))
        return failure;
    if (!json)
        return Rest::unexpectedReply(luaWords(), reply, secrets, QStringLiteral("not the API's JSON"));
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status >= 400 && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("LuaDNS refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(luaWords(), reply, secrets);
}

class LuaDnsTransaction : public Rest::RecordApiTransaction
{
public:
    LuaDnsTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, luaWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/v1"))),
          m_zone(Rest::profileZone(request))
    {
        m_api.basic(request.username, request.secret).header("Accept", "application/json");
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("LuaDNS needs the account email and an API key")};
        return Rest::zoneProblem(job, m_zone, luaWords().name);
    }

    std::optional<HttpRequest> zoneRequest() const override { return m_api.request("GET", QStringLiteral("/zones")); }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue zones = *Rest::jsonValue(reply.body);
        if (!zones.isArray())
            return Rest::unexpectedReply(luaWords(), reply, secrets(), QStringLiteral("no zone list"));
        for (const QJsonValue &v : zones.toArray()) {
            const QJsonObject zone = v.toObject();
            if (Rest::canonicalName(zone.value(QLatin1String("name")).toString()) != m_zone)
                continue;
            m_zoneId = Rest::idText(zone.value(QLatin1String("id")));
            if (!Rest::isPlausibleId(m_zoneId))
                return Rest::unexpectedReply(luaWords(), reply, secrets(), QStringLiteral("no id for zone %1").arg(m_zone));
            return std::nullopt;
        }
        return Failure{Outcome::Rejected, QStringLiteral("the zone %1 is not in this LuaDNS account, or the API key is "
                                                         "restricted to another zone").arg(m_zone)};
    }

    HttpRequest readRequest(const Rest::RecordJob &) const override
    {
        return m_api.request("GET", QStringLiteral("/zones/%1/records").arg(m_zoneId));
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = *Rest::jsonValue(reply.body);
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(luaWords(), reply, secrets(), QStringLiteral("no record list")));
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && Rest::canonicalName(r.value(QLatin1String("name")).toString()) == job.name)
                records.append({Rest::idText(r.value(QLatin1String("id"))), r.value(QLatin1String("content")).toString(), r});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        const QJsonObject body{{QStringLiteral("name"), QString(job.name + QLatin1Char('.'))},
                               {QStringLiteral("type"), recordTypeName(job.type)},
                               {QStringLiteral("content"), job.address.toString()},
                               {QStringLiteral("ttl"), request().ttl.value_or(kDefaultTtl)}};
        return m_api.request("POST", QStringLiteral("/zones/%1/records").arg(m_zoneId), {}, body);
    }

    // PUT replaces the record: its own name and TTL go back unless the profile sets a TTL.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (!Rest::isPlausibleId(existing.id))
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("LuaDNS gave no usable id for the record %1").arg(job.name),
                                      {}, false, true});
        const QJsonValue ownTtl = existing.fields.value(QLatin1String("ttl"));
        const int ttl = request().ttl.value_or(ownTtl.isDouble() ? ownTtl.toInt() : kDefaultTtl);
        const QJsonObject body{{QStringLiteral("name"), existing.fields.value(QLatin1String("name")).toString()},
                               {QStringLiteral("type"), recordTypeName(job.type)},
                               {QStringLiteral("content"), job.address.toString()},
                               {QStringLiteral("ttl"), ttl}};
        return m_api.request("PUT", QStringLiteral("/zones/%1/records/%2").arg(m_zoneId, existing.id), {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue record = *Rest::jsonValue(reply.body);
        const QJsonValue content = record.toObject().value(QLatin1String("content"));
        if (!content.isString())
            return Rest::unexpectedReply(luaWords(), reply, secrets(), QStringLiteral("no record in the reply"));
        if (!Rest::sameAddress(content.toString(), job.address))
            return Failure{Outcome::RetryLater, QStringLiteral("LuaDNS accepted the change but the record holds %1")
                                                    .arg(bodyExcerpt(content.toString().toUtf8(), secrets(), 60))};
        return std::nullopt;
    }

private:
    Rest::Api m_api;
    QString m_zone;
    QString m_zoneId;
};

class LuaDnsProvider : public Provider
{
public:
    LuaDnsProvider()
    {
        m_info.id = QStringLiteral("luadns");
        m_info.name = QStringLiteral("LuaDNS");
        m_info.protocol = QStringLiteral("luadns");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.luadns.com");
        m_info.documentation = QUrl(QStringLiteral("https://www.luadns.com/api.html"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a zone hosted at LuaDNS through its REST API. API access is disabled by "
            "default: enable it in the account settings, then create an API key (global, or restricted to this "
            "zone). A record that does not exist is created with a TTL of 3600 seconds unless the profile sets "
            "one; one that already holds the address is left alone."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.luadns.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the zone below; the zone itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Email"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The email address of your LuaDNS account"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "An API key from the API Keys page of your LuaDNS account"));
        m_info.supportsTtl = true;
        // One zone lookup serves the whole batch; each record then costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The LuaDNS zone the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, m_info.name);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<LuaDnsTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_luadns(ProviderList &list)
{
    list.push_back(std::make_unique<LuaDnsProvider>());
}
} // namespace Providers

} // namespace Qddns
