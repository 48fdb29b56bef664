// Linode's API v4 (Akamai), domains and domain records (https://techdocs.akamai.com/linode-api/reference/get-domain-records,
// checked 2026-12-07): a personal access token as "Authorization: Bearer …"; GET /v4/domains
// (filterable on "domain" through the X-Filter header) gives each domain's numeric id; GET
// /v4/domains/ID/records (filterable on "name" and "type") lists records named relative to the
// domain ("" for the apex) with their "target"; POST …/records creates one; PUT …/records/RID
// changes the fields it is given. Errors are {"errors": [{"field", "reason"}]}.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");

const Rest::Words &linodeWords()
{
    static const Rest::Words w{QStringLiteral("Linode"), QStringLiteral("API token"),
                               QStringLiteral("; the personal access token needs Domains: Read/Write")};
    return w;
}

QByteArray filterHeader(const QJsonObject &filter)
{
    return QJsonDocument(filter).toJson(QJsonDocument::Compact);
}

// The reply's failure in Linode's words, or nullopt for a 2xx JSON object.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    QStringList reasons;
    if (root) {
        for (const QJsonValue &v : root->value(QLatin1String("errors")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString field = e.value(QLatin1String("field")).toString();
            const QString reason = e.value(QLatin1String("reason")).toString();
            reasons.append(field.isEmpty() ? reason : field + QStringLiteral(": ") + reason);
        }
    }
    const QString detail = reasons.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(reasons.join(QLatin1String("; ")).toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, linodeWords(), detail))
        return failure;
    if (!root)
        return Rest::unexpectedReply(linodeWords(), reply, secrets);
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("Linode has no such domain or record in this account (%1)").arg(detail)};
    if (reply.status >= 400 && reply.status < 500 && !reasons.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Linode refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(linodeWords(), reply, secrets);
}

struct Domain
{
    qint64 id = 0;
    bool secondary = false;
};

class LinodeTransaction : public Rest::RecordApiTransaction
{
public:
    LinodeTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, linodeWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/v4"))),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        m_api.bearer(request.secret);
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("no Linode API token is configured")};
        if (!m_zone.isEmpty() && !Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
        if (!m_domains)
            return std::nullopt;
        const QString zone = Rest::zoneOf(job.name, m_domains->keys());
        if (zone.isEmpty()) {
            if (!m_zone.isEmpty())
                return Failure{Outcome::Rejected, QStringLiteral("Linode has no domain %1 in this account").arg(m_zone)};
            return Rest::notInAnyZone(linodeWords(), job.name, m_domains->keys(), QStringLiteral("domain"));
        }
        if (m_domains->value(zone).secondary)
            return Failure{Outcome::Rejected, QStringLiteral("%1 is a secondary (slave) domain at Linode: its records come from "
                                                             "another name server, update them there").arg(zone)};
        return std::nullopt;
    }

    // Records are addressed by the domain's id: the configured domain, or every domain of the account.
    std::optional<HttpRequest> zoneRequest() const override
    {
        if (!m_zone.isEmpty()) {
            HttpRequest r = m_api.request("GET", QStringLiteral("/domains"));
            r.headers.append({QByteArray("X-Filter"), filterHeader({{QStringLiteral("domain"), m_zone}})});
            return r;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("500"));
        return m_api.request("GET", QStringLiteral("/domains"), query);
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue list = Rest::jsonObject(reply.body)->value(QLatin1String("data"));
        if (!list.isArray())
            return Rest::unexpectedReply(linodeWords(), reply, secrets(), QStringLiteral("no domain list"));
        m_domains = QMap<QString, Domain>();
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject d = v.toObject();
            const qint64 id = d.value(QLatin1String("id")).toInteger();
            if (id > 0) {
                m_domains->insert(Rest::canonicalName(d.value(QLatin1String("domain")).toString()),
                                  {id, d.value(QLatin1String("type")).toString() == QLatin1String("slave")});
            }
        }
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        HttpRequest r = m_api.request("GET", recordsPath(job));
        r.headers.append({QByteArray("X-Filter"), filterHeader({{QStringLiteral("name"), relative(job)},
                                                                 {QStringLiteral("type"), recordTypeName(job.type)}})});
        return r;
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = Rest::jsonObject(reply.body)->value(QLatin1String("data"));
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(linodeWords(), reply, secrets(), QStringLiteral("no record list")));
        // Only records of exactly this name and type count, whatever the server's filter did.
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && Rest::canonicalName(r.value(QLatin1String("name")).toString()) == relative(job)) {
                records.append({QString::number(r.value(QLatin1String("id")).toInteger()), r.value(QLatin1String("target")).toString(), r});
            }
        }
        return records;
    }

    // Without a TTL (ttl_sec 0) a record follows the domain's default.
    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject body{{QStringLiteral("type"), recordTypeName(job.type)},
                         {QStringLiteral("name"), relative(job)},
                         {QStringLiteral("target"), job.address.toString()}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl_sec"), *request().ttl);
        return m_api.request("POST", recordsPath(job), {}, body);
    }

    // PUT changes only the fields it is given: the record keeps its TTL unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (existing.id.toLongLong() <= 0)
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("Linode listed %1 without a record id").arg(job.name), {}, false, true});
        QJsonObject body{{QStringLiteral("target"), job.address.toString()}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl_sec"), *request().ttl);
        return m_api.request("PUT", recordsPath(job) + QLatin1Char('/') + existing.id, {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue target = Rest::jsonObject(reply.body)->value(QLatin1String("target"));
        if (!target.isString())
            return Rest::unexpectedReply(linodeWords(), reply, secrets(), QStringLiteral("no record in the answer"));
        if (!Rest::sameAddress(target.toString(), job.address))
            return Failure{Outcome::RetryLater, QStringLiteral("Linode accepted the change but the record holds %1")
                                                    .arg(bodyExcerpt(target.toString().toUtf8(), secrets(), 60))};
        return std::nullopt;
    }

private:
    QString zone(const Rest::RecordJob &job) const
    {
        return m_domains ? Rest::zoneOf(job.name, m_domains->keys()) : QString();
    }
    QString relative(const Rest::RecordJob &job) const { return Rest::relativeName(job.name, zone(job), QString()); }
    QString recordsPath(const Rest::RecordJob &job) const
    {
        return QStringLiteral("/domains/%1/records").arg(m_domains ? m_domains->value(zone(job)).id : 0);
    }

    Rest::Api m_api;
    QString m_zone;                                ///< the profile's, when set
    std::optional<QMap<QString, Domain>> m_domains; ///< by name, once listed
};

class LinodeProvider : public Provider
{
public:
    LinodeProvider()
    {
        m_info.id = QStringLiteral("linode");
        m_info.name = QStringLiteral("Linode");
        m_info.protocol = QStringLiteral("linode");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.linode.com");
        m_info.documentation = QUrl(QStringLiteral("https://techdocs.akamai.com/linode-api/reference/get-domain-records"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of domains in Linode's DNS Manager through the API v4. A record that does not "
            "exist is created; one that already holds the address is left alone, and a changed one keeps its TTL "
            "unless the profile sets one."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.linode.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in your Linode domains; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Personal access token"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "A personal access token (Cloud Manager > API Tokens) with Domains: Read/Write"));
        m_info.supportsTtl = true;
        // One domain list serves the whole batch; each record then costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, false, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Linode domain the hosts belong to, e.g. example.com. When not set, qddns finds it "
                            "among the account's domains.")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, QStringLiteral("Linode"));
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<LinodeTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_linode(ProviderList &list)
{
    list.push_back(std::make_unique<LinodeProvider>());
}
} // namespace Providers

} // namespace Qddns
