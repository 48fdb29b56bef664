// Bunny DNS through the bunny.net API (https://docs.bunny.net/reference/dnszonepublic_updaterecord,
// checked 2026-12-07): the account's API key as "AccessKey: …"; GET /dnszone?page=1&perPage=1000
// lists the zones ({"Items": [{"Id", "Domain"}], "HasMoreItems"}); GET /dnszone/ID gives one
// zone with its "Records" ({"Id", "Type" as a number: 0 A, 1 AAAA, "Name" relative and empty for
// the apex, "Value", "Ttl", "Accelerated", "Disabled", "Comment"…}); PUT /dnszone/ID/records adds
// a record (201, the record); POST /dnszone/ID/records/RID updates one (204). Errors are
// {"ErrorKey", "Field", "Message"}.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");

const Rest::Words &bunnyWords()
{
    static const Rest::Words w{QStringLiteral("Bunny.net"), QStringLiteral("API key"),
                               QStringLiteral("; use the account's API key (Account settings > API key)")};
    return w;
}

int typeNumber(RecordType type)
{
    return type == RecordType::A ? 0 : 1;
}

// Bunny's numbers for the types, or the names some of its replies carry.
bool isType(const QJsonValue &value, RecordType type)
{
    if (value.isDouble())
        return value.toInt() == typeNumber(type);
    return value.toString() == recordTypeName(type);
}

// The reply's failure in Bunny's words, or nullopt for a 2xx reply that is JSON or empty.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString key = root ? root->value(QLatin1String("ErrorKey")).toString() : QString();
    const QString message = root ? bodyExcerpt(root->value(QLatin1String("Message")).toString().toUtf8(), secrets, 160) : QString();
    const QString detail = message.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                           : key.isEmpty()   ? QStringLiteral("HTTP %1: %2").arg(reply.status).arg(message)
                                             : QStringLiteral("HTTP %1, %2: %3").arg(reply.status).arg(key, message);
    if (auto failure = Rest::commonFailure(reply, bunnyWords(), detail))
        return failure;
    if (reply.isSuccess() && (root || reply.body.trimmed().isEmpty()))
        return std::nullopt;
    if (!root)
        return Rest::unexpectedReply(bunnyWords(), reply, secrets);
    if (reply.status == 404 && !message.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Bunny.net has no such DNS zone or record in this account (%1)").arg(detail)};
    if (reply.status >= 400 && reply.status < 500 && !message.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Bunny.net refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(bunnyWords(), reply, secrets);
}

class BunnyTransaction : public Rest::RecordApiTransaction
{
public:
    BunnyTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, bunnyWords(), lcProvider),
          m_api(request.server.isEmpty() ? defaultServer : request.server),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        m_api.header("AccessKey", request.secret.toUtf8());
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("no Bunny.net API key is configured")};
        if (!m_zone.isEmpty() && !Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
        if (!m_zones)
            return std::nullopt;
        if (zone(job).isEmpty()) {
            if (!m_zone.isEmpty())
                return Failure{Outcome::Rejected, QStringLiteral("Bunny.net has no DNS zone %1 in this account").arg(m_zone)};
            return Rest::notInAnyZone(bunnyWords(), job.name, m_zones->keys(), QStringLiteral("DNS zone"));
        }
        return std::nullopt;
    }

    // Records are addressed by the zone's id; a configured zone narrows the list by name.
    std::optional<HttpRequest> zoneRequest() const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("perPage"), QStringLiteral("1000"));
        if (!m_zone.isEmpty())
            query.addQueryItem(QStringLiteral("search"), m_zone);
        return m_api.request("GET", QStringLiteral("/dnszone"), query);
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const auto root = Rest::jsonObject(reply.body);
        const QJsonValue items = root ? root->value(QLatin1String("Items")) : QJsonValue();
        if (!items.isArray())
            return Rest::unexpectedReply(bunnyWords(), reply, secrets(), QStringLiteral("no zone list"));
        m_zones = QMap<QString, qint64>();
        for (const QJsonValue &v : items.toArray()) {
            const QJsonObject z = v.toObject();
            const qint64 id = z.value(QLatin1String("Id")).toInteger();
            const QString name = Rest::canonicalName(z.value(QLatin1String("Domain")).toString());
            // The search matches parts of names: only the configured zone itself counts.
            if (id > 0 && !name.isEmpty() && (m_zone.isEmpty() || name == m_zone))
                m_zones->insert(name, id);
        }
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return m_api.request("GET", zonePath(job));
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const auto root = Rest::jsonObject(reply.body);
        const QJsonValue list = root ? root->value(QLatin1String("Records")) : QJsonValue();
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(bunnyWords(), reply, secrets(), QStringLiteral("no record list")));
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            QString name = Rest::canonicalName(r.value(QLatin1String("Name")).toString());
            if (name == QLatin1String("@"))
                name.clear();
            if (isType(r.value(QLatin1String("Type")), job.type) && name == relative(job)) {
                records.append({QString::number(r.value(QLatin1String("Id")).toInteger()),
                                r.value(QLatin1String("Value")).toString(), r});
            }
        }
        return records;
    }

    // Without a TTL Bunny gives the record its default.
    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject body{{QStringLiteral("Type"), typeNumber(job.type)},
                         {QStringLiteral("Name"), relative(job)},
                         {QStringLiteral("Value"), job.address.toString()}};
        if (request().ttl)
            body.insert(QStringLiteral("Ttl"), *request().ttl);
        return m_api.request("PUT", zonePath(job) + QStringLiteral("/records"), {}, body);
    }

    // The update's fields are optional; the record's TTL, acceleration, state and comment are
    // sent back as they were anyway, so nothing the user set is lost whichever way Bunny reads them.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (existing.id.toLongLong() <= 0)
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("Bunny.net listed %1 without a record id").arg(job.name), {}, false, true});
        QJsonObject body{{QStringLiteral("Id"), existing.id.toLongLong()}, {QStringLiteral("Value"), job.address.toString()}};
        for (const QLatin1String key : {QLatin1String("Ttl"), QLatin1String("Accelerated"), QLatin1String("Disabled"), QLatin1String("Comment")}) {
            if (existing.fields.contains(key) && !existing.fields.value(key).isNull())
                body.insert(key, existing.fields.value(key));
        }
        if (request().ttl)
            body.insert(QStringLiteral("Ttl"), *request().ttl);
        return m_api.request("POST", zonePath(job) + QStringLiteral("/records/") + existing.id, {}, body);
    }

    // An update answers 204 with no body, an add the record.
    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool created) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        if (!created)
            return std::nullopt;
        const auto root = Rest::jsonObject(reply.body);
        const QJsonValue value = root ? root->value(QLatin1String("Value")) : QJsonValue();
        if (!value.isString())
            return Rest::unexpectedReply(bunnyWords(), reply, secrets(), QStringLiteral("no record in the answer"));
        if (!Rest::sameAddress(value.toString(), job.address))
            return Failure{Outcome::RetryLater, QStringLiteral("Bunny.net added the record but it holds %1")
                                                    .arg(bodyExcerpt(value.toString().toUtf8(), secrets(), 60))};
        return std::nullopt;
    }

private:
    QString zone(const Rest::RecordJob &job) const { return m_zones ? Rest::zoneOf(job.name, m_zones->keys()) : QString(); }
    QString relative(const Rest::RecordJob &job) const { return Rest::relativeName(job.name, zone(job), QString()); }
    QString zonePath(const Rest::RecordJob &job) const
    {
        return QStringLiteral("/dnszone/%1").arg(m_zones ? m_zones->value(zone(job)) : 0);
    }

    Rest::Api m_api;
    QString m_zone;                               ///< the profile's, when set
    std::optional<QMap<QString, qint64>> m_zones; ///< zone ids by name, once listed
};

class BunnyProvider : public Provider
{
public:
    BunnyProvider()
    {
        m_info.id = QStringLiteral("bunny");
        m_info.name = QStringLiteral("Bunny.net");
        m_info.protocol = QStringLiteral("bunny");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://bunny.net");
        m_info.documentation = QUrl(QStringLiteral("https://docs.bunny.net/reference/dnszonepublic_updaterecord"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of zones in Bunny DNS through the bunny.net API. A record that does not exist is "
            "added; one that already holds the address is left alone, and a changed one keeps its TTL, acceleration, "
            "state and comment unless the profile sets a TTL."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.bunny.net"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in your Bunny DNS zones; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The account's API key from the bunny.net dashboard (Account settings > API key)"));
        m_info.supportsTtl = true;
        // One zone list serves the whole batch; each record then costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, false, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Bunny DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it "
                            "among the account's zones.")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, QStringLiteral("Bunny.net"));
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<BunnyTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_bunny(ProviderList &list)
{
    list.push_back(std::make_unique<BunnyProvider>());
}
} // namespace Providers

} // namespace Qddns
