// The IONOS DNS API v1 (https://developer.hosting.ionos.com/docs/dns, checked 2026-12-07): an
// API key ("publicprefix.secret") as "X-API-Key: …"; GET /dns/v1/zones lists the account's zones
// ({"name", "id", "type"}); GET /dns/v1/zones/ID?recordName=FQDN&recordType=A gives the zone
// with the matching "records" ({"id", "name" fully qualified, "type", "content", "ttl", "prio",
// "disabled"}); PUT …/zones/ID/records/RID replaces content, ttl, prio and disabled; POST
// …/zones/ID/records creates the records of the array it is given (201, the records). Errors are
// arrays of {"code", "message"}.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");

const Rest::Words &ionosWords()
{
    static const Rest::Words w{QStringLiteral("IONOS"), QStringLiteral("API key"),
                               QStringLiteral("; the key is the public prefix and the secret joined by a dot, from "
                                              "developer.hosting.ionos.com/keys")};
    return w;
}

QJsonValue jsonValue(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue(QJsonValue::Undefined);
}

// "CODE: message" of each error the reply lists (an array, or at some gateways one object).
QStringList errorTexts(const QJsonValue &json)
{
    const QJsonArray errors = json.isArray() ? json.toArray() : QJsonArray{json};
    QStringList texts;
    for (const QJsonValue &v : errors) {
        const QJsonObject e = v.toObject();
        const QString code = e.value(QLatin1String("code")).toVariant().toString();
        const QString message = e.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            texts.append(code.isEmpty() ? message : code + QStringLiteral(": ") + message);
    }
    return texts;
}

// The reply's failure in IONOS's words, or nullopt for a 2xx JSON reply.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const QJsonValue json = jsonValue(reply.body);
    const QStringList texts = reply.isSuccess() ? QStringList() : errorTexts(json);
    const QString detail = texts.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1, %2").arg(reply.status).arg(bodyExcerpt(texts.join(QLatin1String("; ")).toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, ionosWords(), detail))
        return failure;
    if (json.isUndefined())
        return Rest::unexpectedReply(ionosWords(), reply, secrets);
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404 && !texts.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("IONOS has no such zone or record in this account (%1)").arg(detail)};
    if (reply.status >= 400 && reply.status < 500 && !texts.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("IONOS refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(ionosWords(), reply, secrets);
}

class IonosTransaction : public Rest::RecordApiTransaction
{
public:
    IonosTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, ionosWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/dns/v1"))),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        m_api.header("X-API-Key", request.secret.toUtf8());
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("no IONOS API key is configured")};
        // The portal shows prefix and secret apart; either alone is refused with a bare 401.
        if (!request().secret.contains(QLatin1Char('.')))
            return Failure{Outcome::AuthFailed, QStringLiteral("the IONOS API key must be the public prefix and the secret "
                                                               "joined by a dot (publicprefix.secret)")};
        if (!m_zone.isEmpty() && !Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
        if (!m_zones)
            return std::nullopt;
        if (zone(job).isEmpty()) {
            if (!m_zone.isEmpty())
                return Failure{Outcome::Rejected, QStringLiteral("IONOS has no zone %1 in this account").arg(m_zone)};
            return Rest::notInAnyZone(ionosWords(), job.name, m_zones->keys());
        }
        return std::nullopt;
    }

    // Records are addressed by the zone's id, which only the zone list gives.
    std::optional<HttpRequest> zoneRequest() const override
    {
        return m_api.request("GET", QStringLiteral("/zones"));
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue list = jsonValue(reply.body);
        if (!list.isArray())
            return Rest::unexpectedReply(ionosWords(), reply, secrets(), QStringLiteral("no zone list"));
        m_zones = QMap<QString, QString>();
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject z = v.toObject();
            const QString id = z.value(QLatin1String("id")).toString();
            const QString name = Rest::canonicalName(z.value(QLatin1String("name")).toString());
            if (!id.isEmpty() && !name.isEmpty() && (m_zone.isEmpty() || name == m_zone))
                m_zones->insert(name, id);
        }
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("recordName"), job.name);
        query.addQueryItem(QStringLiteral("recordType"), recordTypeName(job.type));
        return m_api.request("GET", zonePath(job), query);
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const auto root = Rest::jsonObject(reply.body);
        const QJsonValue list = root ? root->value(QLatin1String("records")) : QJsonValue();
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(ionosWords(), reply, secrets(), QStringLiteral("no record list")));
        // Only records of exactly this name and type count, whatever the server's filter did.
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && Rest::canonicalName(r.value(QLatin1String("name")).toString()) == job.name) {
                records.append({r.value(QLatin1String("id")).toString(), r.value(QLatin1String("content")).toString(), r});
            }
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject record{{QStringLiteral("name"), job.name},
                           {QStringLiteral("type"), recordTypeName(job.type)},
                           {QStringLiteral("content"), job.address.toString()},
                           {QStringLiteral("disabled"), false}};
        if (request().ttl)
            record.insert(QStringLiteral("ttl"), *request().ttl);
        // The body is an array, which the kit's object bodies do not cover.
        HttpRequest r = m_api.request("POST", zonePath(job) + QStringLiteral("/records"));
        r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        r.body = QJsonDocument(QJsonArray{record}).toJson(QJsonDocument::Compact);
        return r;
    }

    // PUT replaces the record's fields: its TTL, priority and disabled flag go back as they were.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (existing.id.isEmpty())
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("IONOS listed %1 without a record id").arg(job.name), {}, false, true});
        QJsonObject body{{QStringLiteral("content"), job.address.toString()}};
        for (const QLatin1String key : {QLatin1String("ttl"), QLatin1String("prio"), QLatin1String("disabled")}) {
            if (existing.fields.contains(key))
                body.insert(key, existing.fields.value(key));
        }
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("PUT", zonePath(job) + QStringLiteral("/records/") + existing.id, {}, body);
    }

    // PUT answers the record, POST the list of records created; a bare 2xx is taken at its word.
    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool created) const override
    {
        if (reply.isSuccess() && reply.body.trimmed().isEmpty())
            return std::nullopt;
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue json = jsonValue(reply.body);
        const QJsonObject record = created ? json.toArray().at(0).toObject() : json.toObject();
        const QJsonValue content = record.value(QLatin1String("content"));
        if (!content.isString())
            return Rest::unexpectedReply(ionosWords(), reply, secrets(), QStringLiteral("no record in the answer"));
        if (!Rest::sameAddress(content.toString(), job.address))
            return Failure{Outcome::RetryLater, QStringLiteral("IONOS accepted the change but the record holds %1")
                                                    .arg(bodyExcerpt(content.toString().toUtf8(), secrets(), 60))};
        return std::nullopt;
    }

private:
    QString zone(const Rest::RecordJob &job) const { return m_zones ? Rest::zoneOf(job.name, m_zones->keys()) : QString(); }
    QString zonePath(const Rest::RecordJob &job) const
    {
        return QStringLiteral("/zones/") + (m_zones ? m_zones->value(zone(job)) : QString());
    }

    Rest::Api m_api;
    QString m_zone;                                ///< the profile's, when set
    std::optional<QMap<QString, QString>> m_zones; ///< zone ids by name, once listed
};

class IonosProvider : public Provider
{
public:
    IonosProvider()
    {
        m_info.id = QStringLiteral("ionos");
        m_info.name = QStringLiteral("IONOS");
        m_info.protocol = QStringLiteral("ionos");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://www.ionos.com");
        m_info.documentation = QUrl(QStringLiteral("https://developer.hosting.ionos.com/docs/dns"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of domains in IONOS DNS through the IONOS DNS API. A record that does not exist "
            "is created; one that already holds the address is left alone, and a changed one keeps its TTL and "
            "priority unless the profile sets a TTL."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.hosting.ionos.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in your IONOS zones; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "An API key from developer.hosting.ionos.com/keys, written as the public prefix and the secret joined "
            "by a dot: publicprefix.secret"));
        m_info.supportsTtl = true;
        // One zone list serves the whole batch; each record then costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, false, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The IONOS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among "
                            "the account's zones.")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, QStringLiteral("IONOS"));
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<IonosTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_ionos(ProviderList &list)
{
    list.push_back(std::make_unique<IonosProvider>());
}
} // namespace Providers

} // namespace Qddns
