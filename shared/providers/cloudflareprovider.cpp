// Cloudflare API v4 with a scoped API token: find the zone, read each record, write only
// when its content differs. References: developers.cloudflare.com/api (zones list,
// dns records list / create / edit) and the replies ddclient and ddns-updater handle.
#include "core/redact.h"
#include "providers/providerkit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()
namespace {

const QString kZoneKey = QStringLiteral("zone");
const QString kProxiedKey = QStringLiteral("proxied");
const QString kTtlKey = QStringLiteral("ttl");
constexpr int kAutomaticTtl = 1;
constexpr int kMinTtl = 60;
constexpr int kMaxTtl = 86400;

/// A DNS name as Cloudflare stores it: lower case, Punycode, no trailing dot.
QString canonicalName(const QString &name)
{
    QString n = name.trimmed().toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    // QUrl::toAce refuses the '*' label, which is legal in a wildcard record name.
    const bool wildcard = n.startsWith(QLatin1String("*."));
    const QString rest = wildcard ? n.mid(2) : n;
    const QString ace = QString::fromLatin1(QUrl::toAce(rest));
    const QString result = ace.isEmpty() ? rest : ace;
    return wildcard ? QStringLiteral("*.") + result : result;
}

bool hostInZone(const QString &host, const QString &zone)
{
    return host == zone || host.endsWith(QLatin1Char('.') + zone);
}

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
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return env;
    const QJsonObject root = doc.object();
    if (!root.contains(QLatin1String("success")))
        return env;
    env.isJson = true;
    env.success = root.value(QLatin1String("success")).toBool();
    env.result = root.value(QLatin1String("result"));
    collectErrors(root.value(QLatin1String("errors")).toArray(), env.errors);
    return env;
}

/// "code 9109: Invalid access token; code 6111: …" for messages (capped, single line).
QString describeErrors(const Envelope &env)
{
    QStringList parts;
    for (const ApiError &e : env.errors)
        parts.append(QStringLiteral("code %1: %2").arg(e.code).arg(bodyExcerpt(e.message.toUtf8(), QString(), 160)));
    return parts.join(QLatin1String("; "));
}

QString statusAndErrors(const HttpReply &reply, const Envelope &env)
{
    const QString errors = describeErrors(env);
    return errors.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                            : QStringLiteral("HTTP %1, %2").arg(reply.status).arg(errors);
}

enum class Step { Zone, Read, Write };

struct Failure
{
    Outcome outcome;
    QString message;
    std::chrono::seconds minRetryDelay{0};
    bool stop = false; ///< the rest of the transaction would fail the same way: don't send it
};


/// Classifies a reply; nullopt when it is a successful envelope whose result the step reads.
std::optional<Failure> classify(const HttpReply &reply, const Envelope &env, Step step, const QString &secret)
{
    // Unreachable or rate limited: every further request would meet the same wall.
    if (!reply.error.isEmpty())
        return Failure{Outcome::RetryLater, QStringLiteral("could not reach Cloudflare: %1").arg(reply.error), {}, true};
    // Auth codes come with 400 too (6003 for a malformed token), so they are checked first.
    if (reply.status == 401 || reply.status == 403 || env.hasAuthCode()) {
        return Failure{Outcome::AuthFailed,
                       QStringLiteral("Cloudflare refused the API token (%1); it must be valid and have "
                                      "Zone:Zone:Read and Zone:DNS:Edit for the zone")
                           .arg(statusAndErrors(reply, env)),
                       {}, true};
    }
    if (reply.status == 429) {
        return Failure{Outcome::RetryLater,
                       QStringLiteral("Cloudflare rate limit reached (%1)").arg(statusAndErrors(reply, env)),
                       retryAfterDelay(reply), true};
    }
    if (reply.status >= 500) {
        return Failure{Outcome::RetryLater,
                       QStringLiteral("Cloudflare server error (%1)").arg(statusAndErrors(reply, env))};
    }
    if (!env.isJson) {
        return Failure{Outcome::RetryLater, QStringLiteral("unexpected reply from Cloudflare (HTTP %1, not the API's JSON): %2")
                                                .arg(reply.status)
                                                .arg(bodyExcerpt(reply.body, secret))};
    }
    const bool httpOk = reply.status >= 200 && reply.status < 300;
    if (httpOk && env.success)
        return std::nullopt;
    if (step == Step::Write && (reply.status == 404 || env.hasCode(kRecordMissingCode))) {
        // Deleted between read and write: the next attempt reads again and creates it.
        return Failure{Outcome::RetryLater,
                       QStringLiteral("the record disappeared before it could be changed (%1)")
                           .arg(statusAndErrors(reply, env))};
    }
    if (reply.status >= 400 && reply.status < 500) {
        // Same request, same answer: hold until the profile changes.
        return Failure{Outcome::Rejected,
                       QStringLiteral("Cloudflare rejected the request (%1)").arg(statusAndErrors(reply, env))};
    }
    return Failure{Outcome::RetryLater,
                   QStringLiteral("Cloudflare reported a failure (%1)").arg(statusAndErrors(reply, env))};
}

// Ids go into URL paths: only letters and digits pass (Cloudflare ids are 32 hex digits).
bool isPlausibleId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    return re.match(id).hasMatch();
}

bool sameAddress(const QString &content, const QHostAddress &address)
{
    const QHostAddress parsed(content.trimmed());
    return parsed.isNull() ? content.trimmed() == address.toString() : parsed.isEqual(address);
}

struct Job
{
    QString host; ///< as the request named it: results carry it back unchanged
    QString name; ///< canonical, as the API wants it
    RecordType type;
    QHostAddress address;
    std::optional<RecordResult> result;
};

class CloudflareTransaction : public HttpTransaction
{
public:
    explicit CloudflareTransaction(const UpdateRequest &request, const QUrl &defaultServer);
    QList<RecordResult> results() const override;

protected:
    std::optional<HttpRequest> nextHttpRequest() override;
    void handleHttpReply(const HttpReply &reply) override;

private:
    enum class Phase { Zone, Read, Write, Done };

    HttpRequest makeRequest(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                            const QJsonObject &body = {}) const;
    void handleZone(const HttpReply &reply);
    void handleRead(const HttpReply &reply);
    void handleWrite(const HttpReply &reply);
    QJsonObject createBody(const Job &job) const;
    QJsonObject patchBody(const Job &job, bool recordProxied) const;
    void finish(Outcome outcome, const QString &message, std::chrono::seconds minRetryDelay = {});
    void finishAll(Outcome outcome, const QString &message, std::chrono::seconds minRetryDelay = {});
    void advance();
    QString redacted(const QString &text) const;

    QUrl m_apiBase;
    QByteArray m_authorization;
    QString m_secret;
    QString m_zone;
    std::optional<bool> m_proxied; ///< only when the profile sets it
    std::optional<int> m_ttl;
    QList<Job> m_jobs;
    int m_current = -1;
    Phase m_phase = Phase::Done;
    QString m_zoneId;
    HttpRequest m_write;
    QString m_writeDescription;
};

CloudflareTransaction::CloudflareTransaction(const UpdateRequest &request, const QUrl &defaultServer)
    : m_apiBase(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/client/v4"))),
      m_authorization("Bearer " + request.secret.toUtf8()),
      m_secret(request.secret),
      m_zone(canonicalName(request.options.value(kZoneKey).toString())),
      m_ttl(request.ttl)
{
    const QJsonValue proxied = request.options.value(kProxiedKey);
    if (proxied.isBool())
        m_proxied = proxied.toBool();

    for (const QString &rawHost : request.hosts) {
        const QString name = canonicalName(rawHost);
        if (request.ipv4)
            m_jobs.append({rawHost, name, RecordType::A, *request.ipv4, std::nullopt});
        if (request.ipv6)
            m_jobs.append({rawHost, name, RecordType::AAAA, *request.ipv6, std::nullopt});
    }
    // Problems known before any request: no request is sent for these records.
    for (Job &job : m_jobs) {
        if (request.secret.isEmpty()) {
            job.result = RecordResult{job.host, job.type, Outcome::AuthFailed,
                                      QStringLiteral("no Cloudflare API token is configured")};
        } else if (m_zone.isEmpty()) {
            job.result = RecordResult{job.host, job.type, Outcome::Rejected,
                                      QStringLiteral("no Cloudflare zone is configured (option \"zone\")")};
        } else if (!hostInZone(job.name, m_zone)) {
            job.result = RecordResult{job.host, job.type, Outcome::Rejected,
                                      QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
        }
    }
    const bool anyToDo = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const Job &j) { return !j.result; });
    m_phase = anyToDo ? Phase::Zone : Phase::Done;
}

HttpRequest CloudflareTransaction::makeRequest(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                               const QJsonObject &body) const
{
    HttpRequest request;
    request.method = method;
    request.url = joinUrl(m_apiBase, path);
    if (!query.isEmpty())
        request.url.setQuery(query);
    // The token travels only here, never in a URL or a body.
    request.headers.append(std::pair{QByteArray("Authorization"), m_authorization});
    if (!body.isEmpty()) {
        request.headers.append(std::pair{QByteArray("Content-Type"), QByteArray("application/json")});
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return request;
}

std::optional<HttpRequest> CloudflareTransaction::nextHttpRequest()
{
    switch (m_phase) {
    case Phase::Zone: {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("name"), m_zone);
        return makeRequest("GET", QStringLiteral("/zones"), query);
    }
    case Phase::Read: {
        const Job &job = m_jobs.at(m_current);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("type"), recordTypeName(job.type));
        query.addQueryItem(QStringLiteral("name"), job.name);
        return makeRequest("GET", QStringLiteral("/zones/%1/dns_records").arg(m_zoneId), query);
    }
    case Phase::Write:
        return m_write;
    case Phase::Done:
        return std::nullopt;
    }
    return std::nullopt;
}

void CloudflareTransaction::handleHttpReply(const HttpReply &reply)
{
    switch (m_phase) {
    case Phase::Zone: handleZone(reply); break;
    case Phase::Read: handleRead(reply); break;
    case Phase::Write: handleWrite(reply); break;
    case Phase::Done: break;
    }
}

void CloudflareTransaction::handleZone(const HttpReply &reply)
{
    const Envelope env = parseEnvelope(reply.body);
    if (const auto failure = classify(reply, env, Step::Zone, m_secret)) {
        finishAll(failure->outcome, failure->message, failure->minRetryDelay);
        return;
    }
    if (!env.result.isArray()) {
        finishAll(Outcome::RetryLater, QStringLiteral("unexpected zone list from Cloudflare: %1").arg(bodyExcerpt(reply.body, m_secret)));
        return;
    }
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
    if (matches.isEmpty()) {
        finishAll(Outcome::Rejected,
                  QStringLiteral("Cloudflare zone %1 not found or token has no access to it "
                                 "(the token needs Zone:Zone:Read for this zone)")
                      .arg(m_zone));
        return;
    }
    if (matches.size() > 1) {
        finishAll(Outcome::Rejected,
                  QStringLiteral("several Cloudflare zones named %1 are visible to this token; "
                                 "restrict the token to one account")
                      .arg(m_zone));
        return;
    }
    const QString id = matches.first().value(QLatin1String("id")).toString();
    if (!isPlausibleId(id)) {
        finishAll(Outcome::RetryLater, QStringLiteral("Cloudflare returned an unexpected zone id for %1").arg(m_zone));
        return;
    }
    m_zoneId = id;
    qCDebug(lcProvider).noquote() << "zone" << m_zone << "has id" << m_zoneId;
    advance();
}

void CloudflareTransaction::handleRead(const HttpReply &reply)
{
    const Job &job = m_jobs.at(m_current);
    const QString type = recordTypeName(job.type);
    const Envelope env = parseEnvelope(reply.body);
    if (const auto failure = classify(reply, env, Step::Read, m_secret)) {
        if (failure->stop)
            finishAll(failure->outcome, failure->message, failure->minRetryDelay);
        else
            finish(failure->outcome, failure->message, failure->minRetryDelay);
        return;
    }
    if (!env.result.isArray()) {
        finish(Outcome::RetryLater, QStringLiteral("unexpected record list from Cloudflare: %1").arg(bodyExcerpt(reply.body, m_secret)));
        return;
    }
    // Only records of exactly this name and type count, whatever the server's filter did.
    QList<QJsonObject> records;
    for (const QJsonValue &v : env.result.toArray()) {
        const QJsonObject record = v.toObject();
        if (record.value(QLatin1String("type")).toString() == type
            && canonicalName(record.value(QLatin1String("name")).toString()) == job.name)
            records.append(record);
    }
    const QString address = job.address.toString();
    if (records.isEmpty()) {
        m_write = makeRequest("POST", QStringLiteral("/zones/%1/dns_records").arg(m_zoneId), {}, createBody(job));
        m_writeDescription = QStringLiteral("created %1 record %2 with %3").arg(type, job.name, address);
        m_phase = Phase::Write;
        return;
    }
    if (records.size() > 1) {
        finish(Outcome::Rejected,
               QStringLiteral("%1 %2 records named %3 exist at Cloudflare; qddns will not guess which one to "
                              "overwrite: keep one and delete the others")
                   .arg(records.size())
                   .arg(type, job.name));
        return;
    }
    const QJsonObject &record = records.first();
    const QString content = record.value(QLatin1String("content")).toString();
    if (sameAddress(content, job.address)) {
        finish(Outcome::Unchanged, QStringLiteral("%1 record %2 already holds %3").arg(type, job.name, address));
        return;
    }
    const QString id = record.value(QLatin1String("id")).toString();
    if (!isPlausibleId(id)) {
        finish(Outcome::RetryLater, QStringLiteral("Cloudflare returned an unexpected record id for %1").arg(job.name));
        return;
    }
    const bool recordProxied = record.value(QLatin1String("proxied")).toBool();
    m_write = makeRequest("PATCH", QStringLiteral("/zones/%1/dns_records/%2").arg(m_zoneId, id), {},
                          patchBody(job, recordProxied));
    m_writeDescription = QStringLiteral("changed %1 record %2 from %3 to %4")
                             .arg(type, job.name, bodyExcerpt(content.toUtf8(), QString(), 60), address);
    m_phase = Phase::Write;
}

void CloudflareTransaction::handleWrite(const HttpReply &reply)
{
    const Job &job = m_jobs.at(m_current);
    const Envelope env = parseEnvelope(reply.body);
    if (const auto failure = classify(reply, env, Step::Write, m_secret)) {
        if (failure->stop)
            finishAll(failure->outcome, failure->message, failure->minRetryDelay);
        else
            finish(failure->outcome, failure->message, failure->minRetryDelay);
        return;
    }
    const QJsonValue content = env.result.toObject().value(QLatin1String("content"));
    if (content.isString() && !sameAddress(content.toString(), job.address)) {
        finish(Outcome::RetryLater, QStringLiteral("Cloudflare accepted the change but the record holds %1")
                                        .arg(bodyExcerpt(content.toString().toUtf8(), QString(), 60)));
        return;
    }
    finish(Outcome::Updated, m_writeDescription);
}

// A new record gets every setting: the profile's, else Cloudflare's defaults (automatic
// TTL, not proxied). Proxied records always have an automatic TTL, so send 1 for them.
QJsonObject CloudflareTransaction::createBody(const Job &job) const
{
    const bool proxied = m_proxied.value_or(false);
    return QJsonObject{
        {QStringLiteral("type"), recordTypeName(job.type)},
        {QStringLiteral("name"), job.name},
        {QStringLiteral("content"), job.address.toString()},
        {kTtlKey, proxied ? kAutomaticTtl : m_ttl.value_or(kAutomaticTtl)},
        {kProxiedKey, proxied},
    };
}

// An existing record keeps what the profile does not set: turning proxying off because a
// default said so would publish the origin address the user chose to hide, and a TTL tuned
// in the dashboard should survive. TTL is left out for proxied records (always automatic).
QJsonObject CloudflareTransaction::patchBody(const Job &job, bool recordProxied) const
{
    QJsonObject body{{QStringLiteral("content"), job.address.toString()}};
    if (m_proxied)
        body.insert(kProxiedKey, *m_proxied);
    if (m_ttl && !m_proxied.value_or(recordProxied))
        body.insert(kTtlKey, *m_ttl);
    return body;
}

QString CloudflareTransaction::redacted(const QString &text) const
{
    // Cloudflare's messages never echo the token; this is the belt to that brace.
    return m_secret.isEmpty() ? text : redactText(text, {m_secret});
}

void CloudflareTransaction::finish(Outcome outcome, const QString &message, std::chrono::seconds minRetryDelay)
{
    Job &job = m_jobs[m_current];
    job.result = RecordResult{job.host, job.type, outcome, redacted(message), minRetryDelay};
    qCDebug(lcProvider).noquote() << recordTypeName(job.type) << job.name << outcomeName(outcome);
    advance();
}

void CloudflareTransaction::finishAll(Outcome outcome, const QString &message, std::chrono::seconds minRetryDelay)
{
    for (Job &job : m_jobs) {
        if (!job.result)
            job.result = RecordResult{job.host, job.type, outcome, redacted(message), minRetryDelay};
    }
    qCDebug(lcProvider).noquote() << "transaction stopped:" << outcomeName(outcome);
    m_phase = Phase::Done;
}

void CloudflareTransaction::advance()
{
    m_write = {};
    m_writeDescription.clear();
    for (int i = m_current + 1; i < m_jobs.size(); ++i) {
        if (!m_jobs.at(i).result) {
            m_current = i;
            m_phase = Phase::Read;
            return;
        }
    }
    m_phase = Phase::Done;
}

QList<RecordResult> CloudflareTransaction::results() const
{
    QList<RecordResult> list;
    for (const Job &job : m_jobs) {
        if (job.result)
            list.append(*job.result);
    }
    return list;
}

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
    m_info.help = QStringLiteral(
        "Updates A/AAAA records of a zone hosted on Cloudflare through the API v4. A record that "
        "does not exist is created; one that already holds the address is left alone.");
    m_info.defaultServer = QUrl(QStringLiteral("https://api.cloudflare.com"));
    m_info.hostExample = QStringLiteral("home.example.com");
    m_info.hostHelp = QStringLiteral("Names in the zone below; the zone itself (example.com) is a name too");
    m_info.username = Need::Unused;
    m_info.secret = Need::Required;
    m_info.secretLabel = QStringLiteral("API token");
    m_info.supportsTtl = true;
    m_info.secretHelp = QStringLiteral(
        "A Cloudflare API token (My Profile > API Tokens > Create Token) with the permissions "
        "Zone:Zone:Read and Zone:DNS:Edit for this zone. Not the Global API Key.");
    // One zone lookup serves the whole batch; each record then costs one or two requests.
    m_info.maxHostsPerRequest = 10;
    m_info.options = {
        {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
         QStringLiteral("The Cloudflare zone (domain) the hosts belong to, e.g. example.com."), QStringLiteral("Zone")},
        // No default on purpose: the loader would write it into every profile, and then an
        // existing proxied record could not be told apart from one the profile wants DNS-only.
        {kProxiedKey, ProviderOption::Kind::Bool, false, QJsonValue(QJsonValue::Undefined),
         QStringLiteral("Route the records through Cloudflare's proxy (orange cloud). When not set, new "
                        "records are not proxied and existing records keep their setting. Proxied "
                        "records always have an automatic TTL."),
         QStringLiteral("Proxied")},
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
            if (!host.isEmpty() && !hostInZone(canonicalName(host), zone)) {
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
