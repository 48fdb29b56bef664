// Porkbun's JSON API v3 (https://porkbun.com/api/json/v3/documentation, checked 2026-12-07):
// every call is a POST to https://api.porkbun.com/api/json/v3/… whose JSON body carries the API
// key ("apikey") and the secret API key ("secretapikey"); replies have "status": "SUCCESS" or
// "ERROR" with a "message". Used here: domain/listAll (which account domain holds a host),
// dns/retrieveByNameType/DOMAIN/TYPE[/SUBDOMAIN], dns/editByNameType/DOMAIN/TYPE[/SUBDOMAIN]
// (content, ttl, prio, notes) and dns/create/DOMAIN (name, type, content, ttl).
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kSecretApiKey = QStringLiteral("secretApiKey");
constexpr int kMinTtl = 600; // Porkbun's minimum, and its default for a new record

const Rest::Words &porkbunWords()
{
    static const Rest::Words w{QStringLiteral("Porkbun"), QStringLiteral("API keys"),
                               QStringLiteral("; check the API key and the secret API key at porkbun.com/account/api")};
    return w;
}

// A reply's "status" and "message"; failures in Porkbun's words.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString status = root ? root->value(QLatin1String("status")).toString() : QString();
    const QString message = root ? bodyExcerpt(root->value(QLatin1String("message")).toString().toUtf8(), secrets, 160) : QString();
    const QString detail = message.isEmpty() || !root->contains(QLatin1String("message"))
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(message);
    // A wrong key comes back as HTTP 400 {"status":"ERROR","message":"Invalid API key. (002)"}.
    static const QRegularExpression badKey(QStringLiteral("invalid (secret )?api key"), QRegularExpression::CaseInsensitiveOption);
    if (status == QLatin1String("ERROR") && badKey.match(message).hasMatch())
        return Rest::authFailure(porkbunWords(), detail);
    if (auto failure = Rest::commonFailure(reply, porkbunWords(), detail))
        return failure;
    if (status == QLatin1String("SUCCESS") && reply.isSuccess())
        return std::nullopt;
    if (status != QLatin1String("ERROR"))
        return Rest::unexpectedReply(porkbunWords(), reply, secrets);
    if (message.contains(QLatin1String("opted in to API access"), Qt::CaseInsensitive))
        return Failure{Outcome::Rejected, QStringLiteral("Porkbun refused the request (%1): turn on API ACCESS for the "
                                                         "domain at porkbun.com (Domain Management)").arg(detail)};
    return Failure{Outcome::Rejected, QStringLiteral("Porkbun refused the request (%1)").arg(detail)};
}

class PorkbunTransaction : public Rest::RecordApiTransaction
{
public:
    PorkbunTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, porkbunWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/api/json/v3")))
    {
        // Both keys travel in every JSON body, as the API documents; never in a URL.
        m_api.bodyFields({{QStringLiteral("apikey"), request.secret},
                          {QStringLiteral("secretapikey"), request.credentials.value(kSecretApiKey)}});
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty() || request().credentials.value(kSecretApiKey).isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Porkbun needs both the API key and the secret API key")};
        if (m_domains && domainOf(job.name).isEmpty()) {
            // A few names say enough; an account may hold hundreds.
            QString has = m_domains->mid(0, 5).join(QLatin1String(", ")) + (m_domains->size() > 5 ? QStringLiteral(", …") : QString());
            return Failure{Outcome::Rejected, QStringLiteral("%1 is in no domain of this Porkbun account (it has %2)")
                                                  .arg(job.name, m_domains->isEmpty() ? QStringLiteral("none") : has)};
        }
        return std::nullopt;
    }

    // Porkbun has no "which domain holds this name": the account's list answers it.
    std::optional<HttpRequest> zoneRequest() const override
    {
        return m_api.request("POST", QStringLiteral("/domain/listAll"));
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue domains = Rest::jsonObject(reply.body)->value(QLatin1String("domains"));
        if (!domains.isArray())
            return Rest::unexpectedReply(porkbunWords(), reply, secrets(), QStringLiteral("no domain list"));
        m_domains = QStringList();
        for (const QJsonValue &v : domains.toArray())
            m_domains->append(Rest::canonicalName(v.toObject().value(QLatin1String("domain")).toString()));
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return m_api.request("POST", QStringLiteral("/dns/retrieveByNameType/") + byNameType(job));
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = Rest::jsonObject(reply.body)->value(QLatin1String("records"));
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(porkbunWords(), reply, secrets(), QStringLiteral("no record list")));
        // Only records of exactly this name and type count, whatever the server's filter did.
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && Rest::canonicalName(r.value(QLatin1String("name")).toString()) == job.name)
                records.append({r.value(QLatin1String("id")).toString(), r.value(QLatin1String("content")).toString(), r});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        const QJsonObject body{{QStringLiteral("name"), subdomain(job)},
                               {QStringLiteral("type"), recordTypeName(job.type)},
                               {QStringLiteral("content"), job.address.toString()},
                               {QStringLiteral("ttl"), QString::number(request().ttl.value_or(kMinTtl))}};
        return m_api.request("POST", QStringLiteral("/dns/create/") + domainOf(job.name), {}, body);
    }

    // Porkbun's edit takes a TTL that defaults to 600 when left out, and may clear what is not
    // sent: the record's own TTL, priority and notes go back unless the profile sets a TTL.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        QJsonObject body{{QStringLiteral("content"), job.address.toString()}};
        const QJsonValue ttl = existing.fields.value(QLatin1String("ttl"));
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), QString::number(*request().ttl));
        else if (!ttl.isUndefined() && !ttl.isNull())
            body.insert(QStringLiteral("ttl"), ttl.isString() ? ttl : QJsonValue(QString::number(ttl.toInt())));
        for (const QString &key : {QStringLiteral("prio"), QStringLiteral("notes")}) {
            const QJsonValue value = existing.fields.value(key);
            if (value.isString())
                body.insert(key, value);
        }
        return m_api.request("POST", QStringLiteral("/dns/editByNameType/") + byNameType(job), {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        return classify(reply, secrets());
    }

private:
    // The longest account domain that holds \a name ("example.co.uk" before "co.uk").
    QString domainOf(const QString &name) const
    {
        QString best;
        for (const QString &domain : m_domains.value_or(QStringList())) {
            if (Rest::inZone(name, domain) && domain.size() > best.size())
                best = domain;
        }
        return best;
    }

    QString subdomain(const Rest::RecordJob &job) const
    {
        const QString domain = domainOf(job.name);
        return job.name == domain ? QString() : job.name.left(job.name.size() - domain.size() - 1);
    }

    // DOMAIN/TYPE[/SUBDOMAIN]: the apex has no subdomain segment.
    QString byNameType(const Rest::RecordJob &job) const
    {
        const QString sub = subdomain(job);
        return domainOf(job.name) + QLatin1Char('/') + recordTypeName(job.type) + (sub.isEmpty() ? QString() : QLatin1Char('/') + sub);
    }

    Rest::Api m_api;
    std::optional<QStringList> m_domains; ///< the account's domains, once listed
};

class PorkbunProvider : public Provider
{
public:
    PorkbunProvider()
    {
        m_info.id = QStringLiteral("porkbun");
        m_info.name = QStringLiteral("Porkbun");
        m_info.protocol = QStringLiteral("porkbun");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://porkbun.com");
        m_info.documentation = QUrl(QStringLiteral("https://porkbun.com/api/json/v3/documentation"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of domains registered at Porkbun through its API v3. Create an API key at "
            "porkbun.com/account/api and turn on API ACCESS for the domain (Domain Management). A record that does not "
            "exist is created; one that already holds the address is left alone."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.porkbun.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in your Porkbun domains; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The API key from porkbun.com/account/api (it starts with pk1_)"));
        m_info.extraCredentials = {{kSecretApiKey, QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Secret API key")),
                                    QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The secret API key shown with the API key (it starts with sk1_)")), true}};
        m_info.supportsTtl = true;
        // One domain list serves the whole batch; each record then costs one or two requests.
        m_info.maxHostsPerRequest = 10;
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        const QJsonValue ttl = profile.value(QLatin1String("ttl"));
        if (ttl.isDouble() && ttl.toDouble() < kMinTtl)
            return {{path + QStringLiteral(".ttl"), QStringLiteral("Porkbun takes a TTL of %1 seconds or more").arg(kMinTtl)}};
        return {};
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<PorkbunTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_porkbun(ProviderList &list)
{
    list.push_back(std::make_unique<PorkbunProvider>());
}
} // namespace Providers

} // namespace Qddns
