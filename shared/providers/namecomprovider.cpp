// Name.com's API (Core API v1, https://docs.name.com, which succeeds the v4 API with the same DNS
// record model; checked 2026-12-07): HTTP Basic authentication with the account username and an
// API token. Used here: GET /core/v1/domains/{domain}/records (records with id, host, fqdn, type,
// answer, ttl), POST /core/v1/domains/{domain}/records and PUT
// /core/v1/domains/{domain}/records/{id} with host (relative to the domain, "" for the domain
// itself), type, answer and ttl. Errors are {"message", "details"} with 401 for bad credentials.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

constexpr int kMinTtl = 300; // Name.com's minimum, and a new record's TTL unless the profile sets one

const Rest::Words &nameComWords()
{
    static const Rest::Words w{QStringLiteral("Name.com"), QStringLiteral("username and API token"),
                               QStringLiteral("; use your Name.com username and a production API token from "
                                              "Account Settings > API Token Management")};
    return w;
}

std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    QString text = root ? root->value(QLatin1String("message")).toString() : QString();
    const QString details = root ? root->value(QLatin1String("details")).toString() : QString();
    if (!details.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + details;
    const QString detail = text.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(text.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, nameComWords(), detail))
        return failure;
    if (!root)
        return Rest::unexpectedReply(nameComWords(), reply, secrets, QStringLiteral("not the API's JSON"));
    if (reply.isSuccess())
        return std::nullopt;
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("Name.com does not know the domain or record (%1): the domain "
                                                         "must be in this account and use Name.com's DNS").arg(detail)};
    if (reply.status >= 400 && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("Name.com refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(nameComWords(), reply, secrets);
}

class NameComTransaction : public Rest::RecordApiTransaction
{
public:
    NameComTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, nameComWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/core/v1"))),
          m_zone(Rest::profileZone(request))
    {
        m_api.basic(request.username, request.secret);
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Name.com needs the username and an API token")};
        return Rest::zoneProblem(job, m_zone, nameComWords().name);
    }

    HttpRequest readRequest(const Rest::RecordJob &) const override
    {
        return m_api.request("GET", recordsPath());
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const auto root = Rest::jsonObject(reply.body);
        const QJsonValue list = root->value(QLatin1String("records"));
        // A domain without records may come back as {}: empty values are left out of replies.
        if (!list.isArray() && !(list.isUndefined() && root->isEmpty()))
            return Unexpected(Rest::unexpectedReply(nameComWords(), reply, secrets(), QStringLiteral("no record list")));
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type) && nameOf(r) == job.name)
                records.append({Rest::idText(r.value(QLatin1String("id"))), r.value(QLatin1String("answer")).toString(), r});
        }
        // The records are paged (1000 by default): a name not on this page may be on the next.
        const QJsonValue nextPage = root->value(QLatin1String("nextPage"));
        if (records.isEmpty() && (nextPage.isDouble() || (nextPage.isString() && !nextPage.toString().isEmpty())))
            return Unexpected(Failure{Outcome::Rejected, QStringLiteral("the domain %1 has more records than Name.com lists "
                                                                        "on one page; qddns cannot tell whether %2 exists")
                                                             .arg(m_zone, job.name)});
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        const QJsonObject body{{QStringLiteral("host"), Rest::relativeName(job.name, m_zone, QString())},
                               {QStringLiteral("type"), recordTypeName(job.type)},
                               {QStringLiteral("answer"), job.address.toString()},
                               {QStringLiteral("ttl"), request().ttl.value_or(kMinTtl)}};
        return m_api.request("POST", recordsPath(), {}, body);
    }

    // PUT replaces the record: its TTL goes back unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (!Rest::isPlausibleId(existing.id))
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("Name.com gave no usable id for the record %1").arg(job.name),
                                      {}, false, true});
        const QJsonValue ownTtl = existing.fields.value(QLatin1String("ttl"));
        const int ttl = request().ttl.value_or(ownTtl.isDouble() ? ownTtl.toInt() : kMinTtl);
        const QJsonObject body{{QStringLiteral("host"), Rest::relativeName(job.name, m_zone, QString())},
                               {QStringLiteral("type"), recordTypeName(job.type)},
                               {QStringLiteral("answer"), job.address.toString()},
                               {QStringLiteral("ttl"), ttl}};
        return m_api.request("PUT", recordsPath() + QLatin1Char('/') + existing.id, {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const QJsonValue answer = Rest::jsonObject(reply.body)->value(QLatin1String("answer"));
        if (!answer.isString())
            return Rest::unexpectedReply(nameComWords(), reply, secrets(), QStringLiteral("no record in the reply"));
        if (!Rest::sameAddress(answer.toString(), job.address))
            return Failure{Outcome::RetryLater, QStringLiteral("Name.com accepted the change but the record holds %1")
                                                    .arg(bodyExcerpt(answer.toString().toUtf8(), secrets(), 60))};
        return std::nullopt;
    }

private:
    QString recordsPath() const { return QStringLiteral("/domains/%1/records").arg(m_zone); }

    // The record's full name: its fqdn, else its host in the domain ("" and "@" are the domain).
    QString nameOf(const QJsonObject &r) const
    {
        const QString fqdn = r.value(QLatin1String("fqdn")).toString();
        if (!fqdn.isEmpty())
            return Rest::canonicalName(fqdn);
        const QString host = r.value(QLatin1String("host")).toString();
        return host.isEmpty() || host == QLatin1String("@") ? m_zone : Rest::canonicalName(host + QLatin1Char('.') + m_zone);
    }

    Rest::Api m_api;
    QString m_zone;
};

class NameComProvider : public Provider
{
public:
    NameComProvider()
    {
        m_info.id = QStringLiteral("namecom");
        m_info.name = QStringLiteral("Name.com");
        m_info.protocol = QStringLiteral("namecom");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://www.name.com");
        m_info.documentation = QUrl(QStringLiteral("https://docs.name.com"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of domains registered at Name.com (using Name.com's DNS) through its API. "
            "Create a production API token under Account Settings > API Token Management. A record that does not "
            "exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the "
            "address is left alone."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.name.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Username"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Your Name.com account username (for the test environment, with -test appended)"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API token"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "An API token from Account Settings > API Token Management"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Name.com domain the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, m_info.name) + Rest::validateTtl(profile, path, m_info.name, kMinTtl, 86400);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<NameComTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_namecom(ProviderList &list)
{
    list.push_back(std::make_unique<NameComProvider>());
}
} // namespace Providers

} // namespace Qddns
