// NS1 (IBM NS1 Connect) REST API v1 (https://ns1.com/api, checked 2026-12-07): "X-NSONE-Key: KEY" on
// every request. A record is addressed by zone, fully qualified name and type:
// /v1/zones/{zone}/{domain}/{type}. GET reads it (404 {"message": "record not found"} when missing),
// POST changes the fields it names, PUT creates it with zone, domain, type and answers. A record
// holds answers ({"answer": ["81.2.69.160"], "meta": {…}}); both writes answer with the record.
// Errors are {"message"}; 429 when the account's rate limit is reached.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const Rest::Words &ns1Words()
{
    static const Rest::Words w{QStringLiteral("NS1"), QStringLiteral("API key"),
                               QStringLiteral("; create an API key under Account Settings > Users & Teams > API Keys "
                                              "with permission to manage the zone's records")};
    return w;
}

QString messageOf(const HttpReply &reply)
{
    const auto root = Rest::jsonObject(reply.body);
    return root ? root->value(QLatin1String("message")).toString() : QString();
}

bool isMissingRecord(const HttpReply &reply)
{
    return reply.status == 404 && messageOf(reply).contains(QLatin1String("record not found"), Qt::CaseInsensitive);
}

std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const QString message = messageOf(reply);
    const QString detail = message.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(message.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, ns1Words(), detail))
        return failure;
    if (!Rest::jsonObject(reply.body))
        return Rest::unexpectedReply(ns1Words(), reply, secrets, QStringLiteral("not the API's JSON"));
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("NS1 does not know the zone (%1): it must be in this account").arg(detail)};
    if (reply.status >= 400 && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("NS1 refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(ns1Words(), reply, secrets);
}

QString firstRdata(const QJsonObject &answer)
{
    const QJsonValue rdata = answer.value(QLatin1String("answer"));
    return rdata.isArray() ? rdata.toArray().at(0).toString() : rdata.toString();
}

class Ns1Transaction : public Rest::RecordApiTransaction
{
public:
    Ns1Transaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, ns1Words(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/v1"))),
          m_zone(Rest::profileZone(request))
    {
        m_api.header("X-NSONE-Key", request.secret.toUtf8());
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("NS1 needs an API key")};
        return Rest::zoneProblem(job, m_zone, ns1Words().name);
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override { return m_api.request("GET", recordPath(job)); }

    // Each answer counts as a record: a record of several answers is refused, not overwritten.
    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (isMissingRecord(reply))
            return QList<Rest::Record>{};
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonObject record = *Rest::jsonObject(reply.body);
        const QJsonValue answers = record.value(QLatin1String("answers"));
        if (!answers.isArray() || record.value(QLatin1String("type")).toString() != recordTypeName(job.type))
            return Unexpected(Rest::unexpectedReply(ns1Words(), reply, secrets(), QStringLiteral("no record")));
        QList<Rest::Record> found;
        for (const QJsonValue &v : answers.toArray())
            found.append({QString(), firstRdata(v.toObject()), v.toObject()});
        return found;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject body{{QStringLiteral("zone"), m_zone},
                         {QStringLiteral("domain"), job.name},
                         {QStringLiteral("type"), recordTypeName(job.type)},
                         {QStringLiteral("answers"), QJsonArray{QJsonObject{{QStringLiteral("answer"), QJsonArray{job.address.toString()}}}}}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("PUT", recordPath(job), {}, body);
    }

    // The answer goes back as listed (its meta kept) with the new address; the record's other
    // fields are left out, so NS1 keeps them.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        QJsonObject answer = existing.fields;
        answer.remove(QStringLiteral("id"));
        answer.insert(QStringLiteral("answer"), QJsonArray{job.address.toString()});
        QJsonObject body{{QStringLiteral("answers"), QJsonArray{answer}}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("POST", recordPath(job), {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue answers = Rest::jsonObject(reply.body)->value(QLatin1String("answers"));
        if (!answers.isArray())
            return Rest::unexpectedReply(ns1Words(), reply, secrets(), QStringLiteral("no record in the reply"));
        const QJsonArray list = answers.toArray();
        const bool holds = list.size() == 1 && Rest::sameAddress(firstRdata(list.at(0).toObject()), job.address);
        if (!holds)
            return Failure{Outcome::RetryLater, QStringLiteral("NS1 accepted the change but the record does not hold %1 alone")
                                                    .arg(job.address.toString())};
        return std::nullopt;
    }

private:
    QString recordPath(const Rest::RecordJob &job) const
    {
        return QStringLiteral("/zones/%1/%2/%3").arg(m_zone, job.name, recordTypeName(job.type));
    }

    Rest::Api m_api;
    QString m_zone;
};

class Ns1Provider : public Provider
{
public:
    Ns1Provider()
    {
        m_info.id = QStringLiteral("ns1");
        m_info.name = QStringLiteral("NS1 (IBM NS1 Connect)");
        m_info.protocol = QStringLiteral("ns1");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://ns1.com");
        m_info.documentation = QUrl(QStringLiteral("https://ns1.com/api"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a zone at NS1 (IBM NS1 Connect) through its REST API. Create an API key "
            "with permission to manage the zone's DNS records. A record that does not exist is created (with the "
            "zone's default TTL unless the profile sets one); one that already holds the address is left alone, "
            "and one with several answers is not overwritten. An answer's metadata is kept."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.nsone.net"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the zone below; the zone itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "An NS1 API key allowed to manage the zone's records"));
        m_info.supportsTtl = true;
        // Each record costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The NS1 zone the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, ns1Words().name);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<Ns1Transaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_ns1(ProviderList &list)
{
    list.push_back(std::make_unique<Ns1Provider>());
}
} // namespace Providers

} // namespace Qddns
