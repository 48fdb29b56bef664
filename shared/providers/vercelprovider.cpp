// Vercel REST API, DNS (https://vercel.com/docs/rest-api/dns, checked 2026-12-07): "Authorization:
// Bearer TOKEN"; a domain owned by a team needs teamId on every request. Used here: GET
// /v5/domains/{domain}/records?limit=100 ({"records": [{id, name, type, value, ttl, comment, …}],
// "pagination": {count, next, prev}}; name relative to the domain, "" for the domain itself),
// PATCH /v1/domains/records/{recordId} (every field optional; answers with the record) and POST
// /v2/domains/{domain}/records with name, type and value (answers {"uid", "updated"}; Vercel's
// default TTL unless the profile sets one). Errors are {"error": {"code", "message"}}.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kTeamKey = QStringLiteral("teamId");
constexpr int kPageSize = 100; // the most Vercel lists at once

const Rest::Words &vercelWords()
{
    static const Rest::Words w{QStringLiteral("Vercel"), QStringLiteral("access token"),
                               QStringLiteral("; create a token under Account Settings > Tokens with access to the "
                                              "domain's team, and set the team ID for a team's domain")};
    return w;
}

std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QJsonObject error = root ? root->value(QLatin1String("error")).toObject() : QJsonObject();
    const QString code = error.value(QLatin1String("code")).toString();
    const QString message = error.value(QLatin1String("message")).toString();
    const QString text = code.isEmpty() ? message : (message.isEmpty() ? code : code + QStringLiteral(": ") + message);
    const QString detail = text.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1, %2").arg(reply.status).arg(bodyExcerpt(text.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, vercelWords(), detail))
        return failure;
    if (!root)
        return Rest::unexpectedReply(vercelWords(), reply, secrets, QStringLiteral("not the API's JSON"));
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("Vercel does not know the domain or record (%1): the domain must "
                                                         "be in the token's scope (a team's domain needs the team ID)").arg(detail)};
    if (reply.status >= 400 && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("Vercel refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(vercelWords(), reply, secrets);
}

class VercelTransaction : public Rest::RecordApiTransaction
{
public:
    VercelTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, vercelWords(), lcProvider),
          m_api(request.server.isEmpty() ? defaultServer : request.server),
          m_zone(Rest::profileZone(request)),
          m_team(request.options.value(kTeamKey).toString().trimmed())
    {
        m_api.bearer(request.secret);
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Vercel needs an access token")};
        return Rest::zoneProblem(job, m_zone, vercelWords().name);
    }

    HttpRequest readRequest(const Rest::RecordJob &) const override
    {
        QUrlQuery query{{QStringLiteral("limit"), QString::number(kPageSize)}};
        return m_api.request("GET", QStringLiteral("/v5/domains/%1/records").arg(m_zone), withTeam(query));
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonObject root = *Rest::jsonObject(reply.body);
        const QJsonValue list = root.value(QLatin1String("records"));
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(vercelWords(), reply, secrets(), QStringLiteral("no record list")));
        const QString name = Rest::relativeName(job.name, m_zone, QString());
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && r.value(QLatin1String("name")).toString().toLower() == name)
                records.append({Rest::idText(r.value(QLatin1String("id"))), r.value(QLatin1String("value")).toString(), r});
        }
        // A name not on this page may be on the next one.
        const QJsonValue next = root.value(QLatin1String("pagination")).toObject().value(QLatin1String("next"));
        if (records.isEmpty() && !next.isNull() && !next.isUndefined())
            return Unexpected(Failure{Outcome::Rejected, QStringLiteral("the domain %1 has more records than Vercel lists "
                                                                        "on one page; qddns cannot tell whether %2 exists")
                                                             .arg(m_zone, job.name)});
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject body{{QStringLiteral("name"), Rest::relativeName(job.name, m_zone, QString())},
                         {QStringLiteral("type"), recordTypeName(job.type)},
                         {QStringLiteral("value"), job.address.toString()}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("POST", QStringLiteral("/v2/domains/%1/records").arg(m_zone), withTeam({}), body);
    }

    // Only the value (and the TTL the profile sets): the record's name, TTL and comment stay.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (!Rest::isPlausibleId(existing.id))
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("Vercel gave no usable id for the record %1").arg(job.name),
                                      {}, false, true});
        QJsonObject body{{QStringLiteral("value"), job.address.toString()}};
        if (request().ttl)
            body.insert(QStringLiteral("ttl"), *request().ttl);
        return m_api.request("PATCH", QStringLiteral("/v1/domains/records/%1").arg(existing.id), withTeam({}), body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool created) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonObject root = *Rest::jsonObject(reply.body);
        if (created) {
            // A creation answers with the new record's id only.
            if (!root.value(QLatin1String("uid")).isString())
                return Rest::unexpectedReply(vercelWords(), reply, secrets(), QStringLiteral("no record id in the reply"));
            return std::nullopt;
        }
        const QJsonValue value = root.value(QLatin1String("value"));
        if (!value.isString())
            return Rest::unexpectedReply(vercelWords(), reply, secrets(), QStringLiteral("no record in the reply"));
        if (!Rest::sameAddress(value.toString(), job.address))
            return Failure{Outcome::RetryLater, QStringLiteral("Vercel accepted the change but the record holds %1")
                                                    .arg(bodyExcerpt(value.toString().toUtf8(), secrets(), 60))};
        return std::nullopt;
    }

private:
    QUrlQuery withTeam(QUrlQuery query) const
    {
        if (!m_team.isEmpty())
            query.addQueryItem(QStringLiteral("teamId"), m_team);
        return query;
    }

    Rest::Api m_api;
    QString m_zone;
    QString m_team;
};

class VercelProvider : public Provider
{
public:
    VercelProvider()
    {
        m_info.id = QStringLiteral("vercel");
        m_info.name = QStringLiteral("Vercel");
        m_info.protocol = QStringLiteral("vercel");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://vercel.com");
        m_info.documentation = QUrl(QStringLiteral("https://vercel.com/docs/rest-api/dns"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a domain using Vercel's name servers through the Vercel REST API. Create an "
            "access token under Account Settings > Tokens scoped to the team that owns the domain; a team's domain "
            "also needs the team ID (Team Settings > General). A record that does not exist is created with "
            "Vercel's default TTL unless the profile sets one; one that already holds the address is left alone."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.vercel.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Access token"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "A Vercel access token (Account Settings > Tokens)"));
        m_info.supportsTtl = true;
        // Each record costs one or two requests.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The domain at Vercel the hosts belong to, e.g. example.com."))),
                          {kTeamKey, ProviderOption::Kind::String, false, QJsonValue(),
                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The ID of the team that owns the domain (team_…); leave empty for a domain of "
                                          "your personal account.")),
                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Team ID"))}};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors = Rest::validateZoneOption(profile, path, m_info.name);
        static const QRegularExpression teamId(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        const QJsonValue team = profile.value(kTeamKey);
        if (!team.isUndefined() && !teamId.match(team.toString().trimmed()).hasMatch())
            errors.append({path + QStringLiteral(".") + kTeamKey,
                           QStringLiteral("teamId must be a Vercel team ID such as team_a1b2c3d4e5f6g7h8i9j0k1l2")});
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<VercelTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_vercel(ProviderList &list)
{
    list.push_back(std::make_unique<VercelProvider>());
}
} // namespace Providers

} // namespace Qddns
