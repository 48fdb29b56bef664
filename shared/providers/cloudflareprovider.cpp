// Cloudflare API v4 with a scoped API token, on the kit's record-API state machine: find the
// zone, read each record, write only when its content differs. References: developers.cloudflare.com/api
// (zones list, dns records list / create / edit) and the replies ddclient and ddns-updater handle.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()
namespace {

using Rest::canonicalName;
using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
const QString kProxiedKey = QStringLiteral("proxied");
const QString kTtlKey = QStringLiteral("ttl");
constexpr int kAutomaticTtl = 1;
constexpr int kMinTtl = 60;
constexpr int kMaxTtl = 86400;

// Errors that mean the token is missing, malformed, invalid or lacks a permission:
// 6003 "Invalid request headers" (chain 6103/6111: bad X-Auth-Key / Authorization format),
// 9103/9106/9107 bad or missing credentials, 9109 "Invalid access token",
// 10000 "Authentication error", 1000 "Invalid API Token".
bool isAuthCode(int code)
{
    switch (code) {
    case 1000:
    case 6003:
    case 6103:
    case 6111:
    case 9103:
    case 9106:
    case 9107:
    case 9109:
    case 10000:
        return true;
    default:
        return false;
    }
}

// 81044 "Record does not exist": the record went away between our read and our write.
constexpr int kRecordMissingCode = 81044;

struct ApiError
{
    int code = 0;
    QString message;
};

/// The {"success", "errors", "result"} envelope every API v4 reply has.
struct Envelope
{
    bool isJson = false;
    bool success = false;
    QJsonValue result;
    QList<ApiError> errors; ///< with each error_chain flattened after its parent

    bool hasCode(int code) const
    {
        return std::any_of(errors.cbegin(), errors.cend(), [code](const ApiError &e) { return e.code == code; });
    }
    bool hasAuthCode() const
    {
        return std::any_of(errors.cbegin(), errors.cend(), [](const ApiError &e) { return isAuthCode(e.code); });
    }
};

void collectErrors(const QJsonArray &array, QList<ApiError> &out)
{
    for (const QJsonValue &v : array) {
        const QJsonObject e = v.toObject();
        out.append({e.value(QLatin1String("code")).toInt(), e.value(QLatin1String("message")).toString()});
        collectErrors(e.value(QLatin1String("error_chain")).toArray(), out);
    }
}

Envelope parseEnvelope(const QByteArray &body)
{
    Envelope env;
    const auto root = Rest::jsonObject(body);
    if (!root || !root->contains(QLatin1String("success")))
        return env;
    env.isJson = true;
    env.success = root->value(QLatin1String("success")).toBool();
    env.result = root->value(QLatin1String("result"));
    collectErrors(root->value(QLatin1String("errors")).toArray(), env.errors);
    return env;
}

/// "HTTP 403, code 9109: Invalid access token; code 6111: …" for messages (capped, single line).
QString statusAndErrors(const HttpReply &reply, const Envelope &env)
{
    QStringList parts{QStringLiteral("HTTP %1").arg(reply.status)};
    for (const ApiError &e : env.errors)
        parts.append(QStringLiteral("code %1: %2").arg(e.code).arg(bodyExcerpt(e.message.toUtf8(), QString(), 160)));
    return parts.size() == 1 ? parts.first() : parts.first() + QStringLiteral(", ") + parts.mid(1).join(QLatin1String("; "));
}

const Rest::Words &cloudflareWords()
{
    static const Rest::Words w{QStringLiteral("Cloudflare"), QStringLiteral("API token"),
                               QStringLiteral("; it must be valid and have Zone:Zone:Read and Zone:DNS:Edit for the zone")};
    return w;
}

enum class Step { Zone, Read, Write };

/// Classifies a reply; nullopt when it is a successful envelope whose result the step reads.
std::optional<Failure> classify(const HttpReply &reply, const Envelope &env, Step step, const QStringList &secrets)
{
    const QString detail = statusAndErrors(reply, env);
    // Auth codes come with 400 too (6003 for a malformed token), so they are checked first.
    if (reply.error.isEmpty() && env.hasAuthCode())
        return Rest::authFailure(cloudflareWords(), detail);
    if (auto failure = Rest::commonFailure(reply, cloudflareWords(), detail))
        return failure;
    if (!env.isJson)
        return Rest::unexpectedReply(cloudflareWords(), reply, secrets, QStringLiteral("not the API's JSON"));
    const bool httpOk = reply.status >= 200 && reply.status < 300;
    if (httpOk && env.success)
        return std::nullopt;
    if (step == Step::Write && (reply.status == 404 || env.hasCode(kRecordMissingCode))) {
        // Deleted between read and write: the next attempt reads again and creates it.
        return Failure{Outcome::RetryLater, QStringLiteral("the record disappeared before it could be changed (%1)").arg(detail)};
    }
    if (reply.status >= 400 && reply.status < 500) {
        // Same request, same answer: hold until the profile changes.
        return Failure{Outcome::Rejected, QStringLiteral("Cloudflare rejected the request (%1)").arg(detail)};
    }
    return Failure{Outcome::RetryLater, QStringLiteral("Cloudflare reported a failure (%1)").arg(detail)};
}

// Ids go into URL paths: only letters and digits pass (Cloudflare ids are 32 hex digits).
bool isPlausibleId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    return re.match(id).hasMatch();
}

class CloudflareTransaction : public Rest::RecordApiTransaction
{
public:
    CloudflareTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, cloudflareWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/client/v4"))),
          m_zone(canonicalName(request.options.value(kZoneKey).toString())),
          m_ttl(request.ttl)
    {
        // The token travels only in this header, never in a URL or a body.
        m_api.bearer(request.secret);
        const QJsonValue proxied = request.options.value(kProxiedKey);
        if (proxied.isBool())
            m_proxied = proxied.toBool();
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        // Problems known before any request: no request is sent for these records.
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("no Cloudflare API token is configured")};
        if (m_zone.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no Cloudflare zone is configured (option \"zone\")")};
        if (!Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
        return std::nullopt;
    }

    std::optional<HttpRequest> zoneRequest() const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("name"), m_zone);
        return m_api.request("GET", QStringLiteral("/zones"), query);
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        const Envelope env = parseEnvelope(reply.body);
        if (auto failure = classify(reply, env, Step::Zone, secrets()))
            return failure;
        if (!env.result.isArray())
            return Failure{Outcome::RetryLater, QStringLiteral("unexpected zone list from Cloudflare: %1").arg(bodyExcerpt(reply.body, secrets())),
                           {}, false, true};
        // The name filter should return only this zone; check anyway (Cloudflare may answer
        // with the Unicode form of an IDN zone, so compare canonical forms).
        QList<QJsonObject> matches;
        for (const QJsonValue &v : env.result.toArray()) {
            const QJsonObject zone = v.toObject();
            if (canonicalName(zone.value(QLatin1String("name")).toString()) == m_zone)
                matches.append(zone);
        }
        if (matches.size() > 1) {
            // The same name in two accounts (e.g. one pending, one active): take the active one.
            QList<QJsonObject> active;
            for (const QJsonObject &zone : std::as_const(matches)) {
                if (zone.value(QLatin1String("status")).toString() == QLatin1String("active"))
                    active.append(zone);
            }
            if (active.size() == 1)
                matches = active;
        }
        if (matches.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("Cloudflare zone %1 not found or token has no access to it "
                                                             "(the token needs Zone:Zone:Read for this zone)").arg(m_zone)};
        if (matches.size() > 1)
            return Failure{Outcome::Rejected, QStringLiteral("several Cloudflare zones named %1 are visible to this token; "
                                                             "restrict the token to one account").arg(m_zone)};
        const QString id = matches.first().value(QLatin1String("id")).toString();
        if (!isPlausibleId(id))
            return Failure{Outcome::RetryLater, QStringLiteral("Cloudflare returned an unexpected zone id for %1").arg(m_zone), {}, false, true};
        m_zoneId = id;
        qCDebug(lcProvider).noquote() << "zone" << m_zone << "has id" << m_zoneId;
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("type"), recordTypeName(job.type));
        query.addQueryItem(QStringLiteral("name"), job.name);
        return m_api.request("GET", QStringLiteral("/zones/%1/dns_records").arg(m_zoneId), query);
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        const Envelope env = parseEnvelope(reply.body);
        if (auto failure = classify(reply, env, Step::Read, secrets()))
            return Unexpected(*failure);
        if (!env.result.isArray())
            return Unexpected(Failure{Outcome::RetryLater,
                                      QStringLiteral("unexpected record list from Cloudflare: %1").arg(bodyExcerpt(reply.body, secrets())),
                                      {}, false, true});
        // Only records of exactly this name and type count, whatever the server's filter did.
        QList<Rest::Record> records;
        for (const QJsonValue &v : env.result.toArray()) {
            const QJsonObject record = v.toObject();
            if (record.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && canonicalName(record.value(QLatin1String("name")).toString()) == job.name)
                records.append({record.value(QLatin1String("id")).toString(),
                                record.value(QLatin1String("content")).toString(), record});
        }
        return records;
    }

    // A new record gets every setting: the profile's, else Cloudflare's defaults (automatic
    // TTL, not proxied). Proxied records always have an automatic TTL, so send 1 for them.
    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        const bool proxied = m_proxied.value_or(false);
        const QJsonObject body{
            {QStringLiteral("type"), recordTypeName(job.type)},
            {QStringLiteral("name"), job.name},
            {QStringLiteral("content"), job.address.toString()},
            {kTtlKey, proxied ? kAutomaticTtl : m_ttl.value_or(kAutomaticTtl)},
            {kProxiedKey, proxied},
        };
        return m_api.request("POST", QStringLiteral("/zones/%1/dns_records").arg(m_zoneId), {}, body);
    }

    // An existing record keeps what the profile does not set: turning proxying off because a
    // default said so would publish the origin address the user chose to hide, and a TTL tuned
    // in the dashboard should survive. TTL is left out for proxied records (always automatic).
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (!isPlausibleId(existing.id))
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("Cloudflare returned an unexpected record id for %1").arg(job.name),
                                      {}, false, true});
        QJsonObject body{{QStringLiteral("content"), job.address.toString()}};
        if (m_proxied)
            body.insert(kProxiedKey, *m_proxied);
        if (m_ttl && !m_proxied.value_or(existing.fields.value(kProxiedKey).toBool()))
            body.insert(kTtlKey, *m_ttl);
        return m_api.request("PATCH", QStringLiteral("/zones/%1/dns_records/%2").arg(m_zoneId, existing.id), {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool) const override
    {
        const Envelope env = parseEnvelope(reply.body);
        if (auto failure = classify(reply, env, Step::Write, secrets()))
            return failure;
        const QJsonValue content = env.result.toObject().value(QLatin1String("content"));
        if (content.isString() && !Rest::sameAddress(content.toString(), job.address))
            return Failure{Outcome::RetryLater, QStringLiteral("Cloudflare accepted the change but the record holds %1")
                                                    .arg(bodyExcerpt(content.toString().toUtf8(), QString(), 60))};
        return std::nullopt;
    }

private:
    Rest::Api m_api;
    QString m_zone;
    std::optional<bool> m_proxied; ///< only when the profile sets it
    std::optional<int> m_ttl;
    QString m_zoneId;
};

class CloudflareProvider : public Provider
{
public:
    CloudflareProvider();
    const ProviderInfo &info() const override { return m_info; }
    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override;
    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override;

private:
    ProviderInfo m_info;
};

CloudflareProvider::CloudflareProvider()
{
    m_info.id = QStringLiteral("cloudflare");
    m_info.name = QStringLiteral("Cloudflare");
    m_info.protocol = QStringLiteral("cloudflare");
    m_info.category = ProviderCategory::DnsHosting;
    m_info.website = QStringLiteral("https://www.cloudflare.com");
    m_info.documentation = QUrl(QStringLiteral("https://developers.cloudflare.com/api/resources/dns/subresources/records/"));
    m_info.checked = QDate(2026, 12, 7);
    m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
        "Updates A/AAAA records of a zone hosted on Cloudflare through the API v4. A record that "
        "does not exist is created; one that already holds the address is left alone."));
    m_info.defaultServer = QUrl(QStringLiteral("https://api.cloudflare.com"));
    m_info.hostExample = QStringLiteral("home.example.com");
    m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the zone below; the zone itself (example.com) is a name too"));
    m_info.username = Need::Unused;
    m_info.secret = Need::Required;
    m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API token"));
    m_info.supportsTtl = true;
    m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
        "A Cloudflare API token (My Profile > API Tokens > Create Token) with the permissions "
        "Zone:Zone:Read and Zone:DNS:Edit for this zone. Not the Global API Key."));
    // One zone lookup serves the whole batch; each record then costs one or two requests.
    m_info.maxHostsPerRequest = 10;
    m_info.options = {
        {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
         QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Cloudflare zone (domain) the hosts belong to, e.g. example.com.")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone"))},
        // No default on purpose: the loader would write it into every profile, and then an
        // existing proxied record could not be told apart from one the profile wants DNS-only.
        {kProxiedKey, ProviderOption::Kind::Bool, false, QJsonValue(QJsonValue::Undefined),
         QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Route the records through Cloudflare's proxy (orange cloud). When not set, new "
                        "records are not proxied and existing records keep their setting. Proxied "
                        "records always have an automatic TTL.")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Proxied"))},
    };
}

// The generic checks already report a missing zone, a wrong kind and a TTL outside 1..86400;
// these are the rules only Cloudflare has.
QList<ConfigError> CloudflareProvider::validate(const QJsonObject &profile, const QString &path) const
{
    QList<ConfigError> errors;
    const QJsonValue zoneValue = profile.value(kZoneKey);
    const QString zone = canonicalName(zoneValue.toString());
    if (zoneValue.isString() && zone.isEmpty()) {
        errors.append({path + QStringLiteral(".zone"),
                       QStringLiteral("must name the Cloudflare zone the hosts belong to, e.g. example.com")});
    }
    if (!zone.isEmpty()) {
        const QJsonArray hosts = profile.value(QLatin1String("hosts")).toArray();
        for (int j = 0; j < hosts.size(); ++j) {
            const QString host = hosts.at(j).toString();
            if (!host.isEmpty() && !Rest::inZone(canonicalName(host), zone)) {
                errors.append({path + QStringLiteral(".hosts[%1]").arg(j),
                               QStringLiteral("%1 is not in the Cloudflare zone %2").arg(host, zone)});
            }
        }
    }
    const QJsonValue ttl = profile.value(kTtlKey);
    if (ttl.isDouble() && ttl.toDouble() > kAutomaticTtl && ttl.toDouble() < kMinTtl) {
        errors.append({path + QStringLiteral(".ttl"),
                       QStringLiteral("Cloudflare accepts a TTL of 1 (automatic) or %1 to %2 seconds")
                           .arg(kMinTtl)
                           .arg(kMaxTtl)});
    }
    return errors;
}

std::unique_ptr<UpdateTransaction> CloudflareProvider::start(const UpdateRequest &request) const
{
    return std::make_unique<CloudflareTransaction>(request, m_info.defaultServer);
}

} // namespace

namespace Providers {
void add_cloudflare(ProviderList &list)
{
    list.push_back(std::make_unique<CloudflareProvider>());
}
} // namespace Providers

} // namespace Qddns
