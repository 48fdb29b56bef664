// deSEC's REST API (https://desec.readthedocs.io/en/latest/dns/rrsets.html and .../dns/domains.html,
// checked 2026-12-07): "Authorization: Token …" on every request. GET /api/v1/domains/{name}/ is the
// domain (404 when the account does not own it; minimum_ttl is the lowest TTL it takes). Records
// come as RRsets: GET /api/v1/domains/{name}/rrsets/{subname}/{type}/ is one (404 when missing; the
// zone apex is the subname "@" in URLs), PATCH of the same URL with only "records" changes the
// addresses and keeps the TTL, POST /api/v1/domains/{name}/rrsets/ with subname, type, ttl and
// records creates one (201). Errors carry "detail" or per-field lists; 429 comes with Retry-After.
// The DynDNS2 interface of the same service is the "desec" preset.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

constexpr int kDefaultTtl = 3600; // deSEC's usual minimum, when the domain names none

const Rest::Words &desecWords()
{
    static const Rest::Words w{QStringLiteral("deSEC"), QStringLiteral("token"),
                               QStringLiteral("; create a token at https://desec.io/tokens (its policies, if any, "
                                              "must allow writing these records)")};
    return w;
}

// What an error reply says: its "detail", else the body (field errors) in short.
QString errorDetail(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString detail = root ? root->value(QLatin1String("detail")).toString() : QString();
    if (!detail.isEmpty())
        return QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(detail.toUtf8(), secrets, 160));
    if (Rest::jsonValue(reply.body))
        return QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(reply.body, secrets, 160));
    return QStringLiteral("HTTP %1").arg(reply.status);
}

bool isNotFound(const HttpReply &reply)
{
    return reply.status == 404 && Rest::jsonObject(reply.body).has_value();
}

// nullopt for a successful reply carrying a JSON object; the caller checks its fields.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const QString detail = errorDetail(reply, secrets);
    if (auto failure = Rest::commonFailure(reply, desecWords(), detail))
        return failure;
    const bool json = Rest::jsonObject(reply.body).has_value();
    if (reply.isSuccess() && json)
        return std::nullopt;
    if (reply.isSuccess())
        return Rest::unexpectedReply(desecWords(), reply, secrets, QStringLiteral("not the API's JSON"));
    if (json && reply.status >= 400 && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("deSEC refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(desecWords(), reply, secrets);
}

class DesecTransaction : public Rest::RecordApiTransaction
{
public:
    DesecTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, desecWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/api/v1"))),
          m_zone(Rest::profileZone(request))
    {
        m_api.header("Authorization", "Token " + request.secret.toUtf8());
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("deSEC needs a token")};
        return Rest::zoneProblem(job, m_zone, desecWords().name);
    }

    std::optional<HttpRequest> zoneRequest() const override
    {
        return m_api.request("GET", QStringLiteral("/domains/%1/").arg(m_zone));
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        if (isNotFound(reply))
            return Failure{Outcome::Rejected, QStringLiteral("the domain %1 is not in this deSEC account").arg(m_zone)};
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonObject domain = *Rest::jsonObject(reply.body);
        if (Rest::canonicalName(domain.value(QLatin1String("name")).toString()) != m_zone)
            return Rest::unexpectedReply(desecWords(), reply, secrets(), QStringLiteral("not the domain %1").arg(m_zone));
        const QJsonValue minimum = domain.value(QLatin1String("minimum_ttl"));
        if (minimum.isDouble() && minimum.toInt() > 0)
            m_minimumTtl = minimum.toInt();
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return m_api.request("GET", rrsetPath(job));
    }

    // One RRset; each of its addresses counts as a record, so a set of several is refused, not overwritten.
    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (isNotFound(reply))
            return QList<Rest::Record>{};
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonObject rrset = *Rest::jsonObject(reply.body);
        const QJsonValue records = rrset.value(QLatin1String("records"));
        if (!records.isArray() || rrset.value(QLatin1String("type")).toString() != recordTypeName(job.type))
            return Unexpected(Rest::unexpectedReply(desecWords(), reply, secrets(), QStringLiteral("no RRset")));
        QList<Rest::Record> found;
        for (const QJsonValue &v : records.toArray())
            found.append({QString(), v.toString(), rrset});
        return found;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        const QJsonObject body{{QStringLiteral("subname"), Rest::relativeName(job.name, m_zone, QString())},
                               {QStringLiteral("type"), recordTypeName(job.type)},
                               {QStringLiteral("ttl"), request().ttl.value_or(m_minimumTtl)},
                               {QStringLiteral("records"), QJsonArray{job.address.toString()}}};
        return m_api.request("POST", QStringLiteral("/domains/%1/rrsets/").arg(m_zone), {}, body);
    }

    // PATCH names only what changes: the addresses, and the TTL when the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &) const override
    {
        QJsonObject body{{QStringLiteral("records"), QJsonArray{job.address.toString()}}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("PATCH", rrsetPath(job), {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue records = Rest::jsonObject(reply.body)->value(QLatin1String("records"));
        if (!records.isArray())
            return Rest::unexpectedReply(desecWords(), reply, secrets(), QStringLiteral("no RRset in the reply"));
        const QJsonArray list = records.toArray();
        if (list.size() != 1 || !Rest::sameAddress(list.first().toString(), job.address))
            return Failure{Outcome::RetryLater, QStringLiteral("deSEC accepted the change but the RRset holds %1")
                                                    .arg(bodyExcerpt(QJsonDocument(list).toJson(QJsonDocument::Compact), secrets(), 80))};
        return std::nullopt;
    }

private:
    QString rrsetPath(const Rest::RecordJob &job) const
    {
        const QString subname = Rest::relativeName(job.name, m_zone, QString());
        return QStringLiteral("/domains/%1/rrsets/%2/%3/")
            .arg(m_zone, subname.isEmpty() ? QStringLiteral("@") : subname, recordTypeName(job.type));
    }

    Rest::Api m_api;
    QString m_zone;
    int m_minimumTtl = kDefaultTtl;
};

class DesecApiProvider : public Provider
{
public:
    DesecApiProvider()
    {
        m_info.id = QStringLiteral("desec-api");
        m_info.name = QStringLiteral("deSEC (REST API)");
        m_info.protocol = QStringLiteral("desec-api");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://desec.io");
        m_info.documentation = QUrl(QStringLiteral("https://desec.readthedocs.io/en/latest/dns/rrsets.html"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA RRsets of any domain at deSEC (dedyn.io names or your own domains) through its REST "
            "API, several names per profile. A name without an RRset of the type gets one with the domain's "
            "minimum TTL (usually 3600 seconds) unless the profile sets one; an RRset that already holds the "
            "address is left alone, one holding several addresses is not overwritten. For a single dedyn.io "
            "name, the \"desec\" (DynDNS) provider needs less setup."));
        m_info.defaultServer = QUrl(QStringLiteral("https://desec.io"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Token"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "A deSEC API token (https://desec.io/tokens)"));
        m_info.supportsTtl = true;
        // One domain lookup serves the whole batch; each record then costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The deSEC domain the hosts belong to, e.g. example.com or myhome.dedyn.io.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, desecWords().name);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<DesecTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_desecapi(ProviderList &list)
{
    list.push_back(std::make_unique<DesecApiProvider>());
}
} // namespace Providers

} // namespace Qddns
