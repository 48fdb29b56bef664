// Hetzner DNS through the Hetzner Cloud API's zones and RRSets (https://docs.hetzner.cloud/reference/cloud#zone-rrsets,
// checked 2026-12-07). The older DNS Console API (dns.hetzner.com) stops serving a zone once it
// is migrated to the Hetzner Console and is being retired; qddns speaks only the new one.
// A project API token as "Authorization: Bearer …"; zones are addressed by id or name; GET
// /v1/zones lists them; GET /v1/zones/ZONE/rrsets/NAME/TYPE reads one RRSet (NAME relative and
// lower case, "@" for the apex; 404 when there is none); POST /v1/zones/ZONE/rrsets creates one;
// POST …/rrsets/NAME/TYPE/actions/set_records replaces its records (value, comment) and keeps
// its TTL and labels. Writes answer with an action ("running", "success" or "error"); errors
// are {"error": {"code", "message"}}.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
constexpr int kMinTtl = 60;

const Rest::Words &hetznerWords()
{
    static const Rest::Words w{QStringLiteral("Hetzner"), QStringLiteral("API token"),
                               QStringLiteral("; create a Read & Write token in the Hetzner Console project that holds the zone")};
    return w;
}

struct ApiError
{
    QString code;
    QString message;
};

ApiError apiError(const std::optional<QJsonObject> &root)
{
    const QJsonObject e = root ? root->value(QLatin1String("error")).toObject() : QJsonObject();
    return {e.value(QLatin1String("code")).toString(), e.value(QLatin1String("message")).toString()};
}

// The reply's failure in Hetzner's words, or nullopt for a 2xx JSON object.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const ApiError error = apiError(root);
    const QString detail = error.code.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1, %2: %3").arg(reply.status).arg(error.code, bodyExcerpt(error.message.toUtf8(), secrets, 160));
    // A token that may only read answers writes with 403 token_readonly.
    if (error.code == QLatin1String("token_readonly"))
        return Rest::authFailure(hetznerWords(), detail);
    if (auto failure = Rest::commonFailure(reply, hetznerWords(), detail))
        return failure;
    if (!root)
        return Rest::unexpectedReply(hetznerWords(), reply, secrets);
    if (reply.isSuccess())
        return std::nullopt;
    if (error.code == QLatin1String("locked") || error.code == QLatin1String("conflict"))
        return Failure{Outcome::RetryLater, QStringLiteral("Hetzner is busy with the zone (%1)").arg(detail)};
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("Hetzner has no such zone in this project (%1)").arg(detail)};
    if (reply.status >= 400 && reply.status < 500 && !error.code.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Hetzner refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(hetznerWords(), reply, secrets);
}

class HetznerTransaction : public Rest::RecordApiTransaction
{
public:
    HetznerTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, hetznerWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/v1"))),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        m_api.bearer(request.secret);
        if (!m_zone.isEmpty())
            m_zones = QStringList{m_zone};
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("no Hetzner API token is configured")};
        if (!m_zones)
            return std::nullopt;
        const QString zone = Rest::zoneOf(job.name, *m_zones);
        if (zone.isEmpty()) {
            if (!m_zone.isEmpty())
                return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
            return Rest::notInAnyZone(hetznerWords(), job.name, *m_zones);
        }
        if (m_secondary.contains(zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is a secondary zone at Hetzner: its records come from its "
                                                             "primary name server, update them there").arg(zone)};
        return std::nullopt;
    }

    // Zones are addressed by name: only a profile without one needs the project's list.
    std::optional<HttpRequest> zoneRequest() const override
    {
        if (m_zones)
            return std::nullopt;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("50"));
        return m_api.request("GET", QStringLiteral("/zones"), query);
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue list = Rest::jsonObject(reply.body)->value(QLatin1String("zones"));
        if (!list.isArray())
            return Rest::unexpectedReply(hetznerWords(), reply, secrets(), QStringLiteral("no zone list"));
        m_zones = QStringList();
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject z = v.toObject();
            const QString name = Rest::canonicalName(z.value(QLatin1String("name")).toString());
            m_zones->append(name);
            if (z.value(QLatin1String("mode")).toString() == QLatin1String("secondary"))
                m_secondary.append(name);
        }
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return m_api.request("GET", rrsetPath(job));
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (reply.status == 404 && apiError(Rest::jsonObject(reply.body)).code == QLatin1String("not_found"))
            return QList<Rest::Record>();
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonObject rrset = Rest::jsonObject(reply.body)->value(QLatin1String("rrset")).toObject();
        const QJsonValue values = rrset.value(QLatin1String("records"));
        if (!values.isArray() || rrset.value(QLatin1String("type")).toString() != recordTypeName(job.type))
            return Unexpected(Rest::unexpectedReply(hetznerWords(), reply, secrets(), QStringLiteral("no RRSet")));
        // One record per value: an RRSet of several addresses is not guessed into one.
        QList<Rest::Record> records;
        for (const QJsonValue &v : values.toArray()) {
            QJsonObject fields = rrset;
            fields.insert(QStringLiteral("comment"), v.toObject().value(QLatin1String("comment")));
            records.append({rrset.value(QLatin1String("id")).toString(), v.toObject().value(QLatin1String("value")).toString(), fields});
        }
        return records;
    }

    // A new RRSet gets the profile's TTL, else the zone's default.
    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject body{{QStringLiteral("name"), relative(job)},
                         {QStringLiteral("type"), recordTypeName(job.type)},
                         {QStringLiteral("records"), QJsonArray{QJsonObject{{QStringLiteral("value"), job.address.toString()}}}}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("POST", QStringLiteral("/zones/%1/rrsets").arg(zone(job)), {}, body);
    }

    // set_records replaces the values only: the RRSet keeps its TTL and labels, the value its comment.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (existing.fields.value(QLatin1String("protection")).toObject().value(QLatin1String("change")).toBool())
            return Unexpected(Failure{Outcome::Rejected, QStringLiteral("the %1 RRSet of %2 is protected against changes at Hetzner: "
                                                                        "lift its change protection to let qddns update it")
                                                             .arg(recordTypeName(job.type), job.name)});
        QJsonObject value{{QStringLiteral("value"), job.address.toString()}};
        const QString comment = existing.fields.value(QLatin1String("comment")).toString();
        if (!comment.isEmpty())
            value.insert(QStringLiteral("comment"), comment);
        return m_api.request("POST", rrsetPath(job) + QStringLiteral("/actions/set_records"), {},
                             QJsonObject{{QStringLiteral("records"), QJsonArray{value}}});
    }

    // The change is an action Hetzner carries out on its own; "error" is its only failure.
    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonObject action = Rest::jsonObject(reply.body)->value(QLatin1String("action")).toObject();
        const QString status = action.value(QLatin1String("status")).toString();
        if (status == QLatin1String("running") || status == QLatin1String("success"))
            return std::nullopt;
        if (status == QLatin1String("error")) {
            const QJsonObject error = action.value(QLatin1String("error")).toObject();
            return Failure{Outcome::RetryLater, QStringLiteral("Hetzner could not apply the change (%1: %2)")
                                                    .arg(error.value(QLatin1String("code")).toString(),
                                                         bodyExcerpt(error.value(QLatin1String("message")).toString().toUtf8(), secrets(), 160))};
        }
        return Rest::unexpectedReply(hetznerWords(), reply, secrets(), QStringLiteral("no action status"));
    }

private:
    QString zone(const Rest::RecordJob &job) const { return Rest::zoneOf(job.name, m_zones.value_or(QStringList())); }
    QString relative(const Rest::RecordJob &job) const { return Rest::relativeName(job.name, zone(job)); }
    QString rrsetPath(const Rest::RecordJob &job) const
    {
        return QStringLiteral("/zones/%1/rrsets/%2/%3").arg(zone(job), relative(job), recordTypeName(job.type));
    }

    Rest::Api m_api;
    QString m_zone;                     ///< the profile's, when set
    std::optional<QStringList> m_zones; ///< the zones hosts may be in, once known
    QStringList m_secondary;            ///< listed zones in secondary mode
};

class HetznerProvider : public Provider
{
public:
    HetznerProvider()
    {
        m_info.id = QStringLiteral("hetzner");
        m_info.name = QStringLiteral("Hetzner DNS");
        m_info.protocol = QStringLiteral("hetzner");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.hetzner.com/dns/");
        m_info.documentation = QUrl(QStringLiteral("https://docs.hetzner.cloud/reference/cloud#zone-rrsets"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of zones in Hetzner DNS through the Hetzner Cloud API (zones of the Hetzner "
            "Console). Zones still in the old DNS Console must be migrated to the Hetzner Console first: the old "
            "DNS API is being retired. A record that does not exist is created; one that already holds the address "
            "is left alone, and a changed one keeps its TTL and comment."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.hetzner.cloud"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in your Hetzner zones; the zone itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API token"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "An API token of the Hetzner Console project that holds the zone (Security > API tokens), with Read & "
            "Write permission. Tokens of the old DNS Console do not work."));
        m_info.supportsTtl = true;
        // One zone list serves the whole batch; each record then costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, false, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Hetzner zone the hosts belong to, e.g. example.com. When not set, qddns finds it "
                            "among the project's zones. The profile's TTL is given to records qddns creates.")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors = Rest::validateZoneOption(profile, path, QStringLiteral("Hetzner"));
        const QJsonValue ttl = profile.value(QLatin1String("ttl"));
        if (ttl.isDouble() && ttl.toDouble() < kMinTtl)
            errors.append({path + QStringLiteral(".ttl"), QStringLiteral("Hetzner takes a TTL of %1 seconds or more").arg(kMinTtl)});
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<HetznerTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_hetzner(ProviderList &list)
{
    list.push_back(std::make_unique<HetznerProvider>());
}
} // namespace Providers

} // namespace Qddns
