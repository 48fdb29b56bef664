// GoDaddy's Domains API v1 (https://developer.godaddy.com/doc/endpoint/domains, checked
// 2026-12-07): an API key and secret as "Authorization: sso-key KEY:SECRET"; GET /v1/domains
// lists the account's domains ({"domain", "status"}, at most 1000 per page); GET
// /v1/domains/DOMAIN/records/TYPE/NAME lists the records of one name and type ([{"data", "name",
// "ttl", "type"}], [] when there is none; NAME relative, "@" for the apex); PUT to the same path
// replaces them with the array it is given (creating them when missing) and answers 200 with no
// body. Errors are {"code", "message"}; since 2024 GoDaddy answers 403 ACCESS_DENIED to accounts
// its DNS API is not open to.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
const QString kKey = QStringLiteral("key");
constexpr int kMinTtl = 600;
constexpr int kMaxTtl = 604800;

const Rest::Words &goDaddyWords()
{
    static const Rest::Words w{QStringLiteral("GoDaddy"), QStringLiteral("API key and secret"),
                               QStringLiteral("; use a Production key from developer.godaddy.com/keys (OTE keys only work on "
                                              "the test environment)")};
    return w;
}

// The reply's failure in GoDaddy's words, or nullopt for a 2xx reply that is JSON or empty.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString code = root ? root->value(QLatin1String("code")).toString() : QString();
    const QString message = root ? bodyExcerpt(root->value(QLatin1String("message")).toString().toUtf8(), secrets, 160) : QString();
    const QString detail = code.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                          : QStringLiteral("HTTP %1, %2: %3").arg(reply.status).arg(code, message);
    // Valid keys of an account GoDaddy does not open its DNS API to: no retry changes that.
    if (reply.status == 403 && code == QLatin1String("ACCESS_DENIED")) {
        return Failure{Outcome::AuthFailed,
                       QStringLiteral("GoDaddy refused API access (%1): GoDaddy opens its DNS API only to accounts with 10 "
                                      "or more domains or a Discount Domain Club – Premier membership").arg(detail),
                       {}, true};
    }
    if (auto failure = Rest::commonFailure(reply, goDaddyWords(), detail))
        return failure;
    const bool isJson = root || reply.body.trimmed().startsWith('[');
    if (reply.isSuccess() && (isJson || reply.body.trimmed().isEmpty()))
        return std::nullopt;
    if (!root)
        return Rest::unexpectedReply(goDaddyWords(), reply, secrets);
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("GoDaddy has no DNS zone for this domain in the account (%1)").arg(detail)};
    if (reply.status >= 400 && reply.status < 500 && !code.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("GoDaddy refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(goDaddyWords(), reply, secrets);
}

class GoDaddyTransaction : public Rest::RecordApiTransaction
{
public:
    GoDaddyTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, goDaddyWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/v1"))),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        m_api.header("Authorization", "sso-key " + request.credentials.value(kKey).toUtf8() + ':' + request.secret.toUtf8());
        if (!m_zone.isEmpty())
            m_zones = QStringList{m_zone};
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty() || request().credentials.value(kKey).isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("GoDaddy needs both the API key and the API secret")};
        if (m_zones && Rest::zoneOf(job.name, *m_zones).isEmpty()) {
            if (!m_zone.isEmpty())
                return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
            return Rest::notInAnyZone(goDaddyWords(), job.name, *m_zones, QStringLiteral("active domain"));
        }
        return std::nullopt;
    }

    std::optional<HttpRequest> zoneRequest() const override
    {
        if (m_zones)
            return std::nullopt;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("statuses"), QStringLiteral("ACTIVE"));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        return m_api.request("GET", QStringLiteral("/domains"), query);
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        if (!doc.isArray())
            return Rest::unexpectedReply(goDaddyWords(), reply, secrets(), QStringLiteral("no domain list"));
        m_zones = QStringList();
        for (const QJsonValue &v : doc.array())
            m_zones->append(Rest::canonicalName(v.toObject().value(QLatin1String("domain")).toString()));
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return m_api.request("GET", recordsPath(job));
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        if (!doc.isArray())
            return Unexpected(Rest::unexpectedReply(goDaddyWords(), reply, secrets(), QStringLiteral("no record list")));
        QList<Rest::Record> records;
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && r.value(QLatin1String("name")).toString().toLower() == relative(job)) {
                records.append({QString(), r.value(QLatin1String("data")).toString(), r});
            }
        }
        return records;
    }

    // PUT by type and name creates the record set when there is none.
    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject record{{QStringLiteral("data"), job.address.toString()}};
        if (request().ttl)
            record.insert(QStringLiteral("ttl"), *request().ttl);
        return put(job, record);
    }

    // PUT replaces every record of the name and type: the record's TTL goes back unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        QJsonObject record{{QStringLiteral("data"), job.address.toString()}};
        const QJsonValue ttl = existing.fields.value(QLatin1String("ttl"));
        if (request().ttl)
            record.insert(QStringLiteral("ttl"), *request().ttl);
        else if (ttl.isDouble())
            record.insert(QStringLiteral("ttl"), ttl);
        return put(job, record);
    }

    // Success is 200 with no body; a page in its place is not.
    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        if (!reply.body.trimmed().isEmpty() && !Rest::jsonObject(reply.body) && !reply.body.trimmed().startsWith('['))
            return Rest::unexpectedReply(goDaddyWords(), reply, secrets());
        return std::nullopt;
    }

private:
    QString zone(const Rest::RecordJob &job) const { return Rest::zoneOf(job.name, m_zones.value_or(QStringList())); }
    QString relative(const Rest::RecordJob &job) const { return Rest::relativeName(job.name, zone(job)); }
    QString recordsPath(const Rest::RecordJob &job) const
    {
        return QStringLiteral("/domains/%1/records/%2/%3").arg(zone(job), recordTypeName(job.type), relative(job));
    }
    HttpRequest put(const Rest::RecordJob &job, const QJsonObject &record) const
    {
        // The body is an array, which the kit's object bodies do not cover.
        HttpRequest r = m_api.request("PUT", recordsPath(job));
        r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        r.body = QJsonDocument(QJsonArray{record}).toJson(QJsonDocument::Compact);
        return r;
    }

    Rest::Api m_api;
    QString m_zone;                     ///< the profile's, when set
    std::optional<QStringList> m_zones; ///< the zones hosts may be in, once known
};

class GoDaddyProvider : public Provider
{
public:
    GoDaddyProvider()
    {
        m_info.id = QStringLiteral("godaddy");
        m_info.name = QStringLiteral("GoDaddy");
        m_info.protocol = QStringLiteral("godaddy");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://www.godaddy.com");
        m_info.documentation = QUrl(QStringLiteral("https://developer.godaddy.com/doc/endpoint/domains"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of domains using GoDaddy's DNS through the Domains API v1. GoDaddy opens that API "
            "only to accounts with 10 or more domains or a Discount Domain Club – Premier membership. A record that "
            "does not exist is created; one that already holds the address is left alone, and a changed one keeps "
            "its TTL unless the profile sets one."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.godaddy.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in your GoDaddy domains; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API secret"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The secret shown once with a Production API key at developer.godaddy.com/keys"));
        m_info.extraCredentials = {{kKey, QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key")),
                                    QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "A Production API key from developer.godaddy.com/keys")), true}};
        m_info.supportsTtl = true;
        // One domain list serves the whole batch; each record then costs one or two requests
        // (GoDaddy allows 60 requests a minute).
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, false, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The GoDaddy domain the hosts belong to, e.g. example.com. When not set, qddns finds it "
                            "among the account's active domains.")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors = Rest::validateZoneOption(profile, path, QStringLiteral("GoDaddy"));
        const QJsonValue ttl = profile.value(QLatin1String("ttl"));
        if (ttl.isDouble() && (ttl.toDouble() < kMinTtl || ttl.toDouble() > kMaxTtl))
            errors.append({path + QStringLiteral(".ttl"),
                           QStringLiteral("GoDaddy takes a TTL of %1 to %2 seconds").arg(kMinTtl).arg(kMaxTtl)});
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<GoDaddyTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_godaddy(ProviderList &list)
{
    list.push_back(std::make_unique<GoDaddyProvider>());
}
} // namespace Providers

} // namespace Qddns
