// NameSilo's API (https://www.namesilo.com/api-reference, checked 2026-12-07): every operation is a
// GET of https://www.namesilo.com/api/OPERATION?version=1&type=json&key=API_KEY&domain=DOMAIN…, the
// key in the query as the API requires (log lines mask it). Used here: dnsListRecords (records
// with record_id, type, host as the full name, value, ttl), dnsUpdateRecord (rrid, rrhost relative
// to the domain, rrvalue, rrttl) and dnsAddRecord (rrtype, rrhost, rrvalue[, rrttl]). Replies carry
// reply.code: 300 success, 110 invalid API key, 112 sub-account, 113 key not allowed from this
// address, 200 domain not active or not the user's, 201 internal error, 210 general error, 280 DNS
// modification error.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

constexpr int kMinTtl = 3600;

const Rest::Words &nameSiloWords()
{
    static const Rest::Words w{QStringLiteral("NameSilo"), QStringLiteral("API key"),
                               QStringLiteral("; generate a key in the API Manager of your NameSilo account (not a "
                                              "sub-account), and allow this address if the key is limited to some")};
    return w;
}

// The reply object, or a failure in NameSilo's words.
Expected<QJsonObject, Failure> replyOf(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QJsonObject r = root ? root->value(QLatin1String("reply")).toObject() : QJsonObject();
    const QJsonValue codeValue = r.value(QLatin1String("code"));
    // The code comes as a number or a string.
    const int code = codeValue.isString() ? codeValue.toString().toInt() : codeValue.toInt();
    const QString detail = r.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("code %1: %2").arg(code).arg(bodyExcerpt(r.value(QLatin1String("detail")).toString().toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, nameSiloWords(), detail))
        return Unexpected(*failure);
    if (!reply.isSuccess())
        return Unexpected(Rest::unexpectedReply(nameSiloWords(), reply, secrets));
    if (r.isEmpty() || (!codeValue.isDouble() && !codeValue.isString()))
        return Unexpected(Rest::unexpectedReply(nameSiloWords(), reply, secrets, QStringLiteral("no reply code")));
    switch (code) {
    case 300:
        return r;
    case 110:
    case 112:
    case 113:
        return Unexpected(Rest::authFailure(nameSiloWords(), detail));
    case 200:
        return Unexpected(Failure{Outcome::Rejected, QStringLiteral("NameSilo refused the domain (%1): it must be active, in "
                                                                    "this account and use NameSilo's DNS").arg(detail)});
    case 201:
        return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("NameSilo reported an internal error (%1)").arg(detail)});
    case 210:
    case 280:
        return Unexpected(Failure{Outcome::Rejected, QStringLiteral("NameSilo refused the change (%1)").arg(detail)});
    default:
        return Unexpected(Rest::unexpectedReply(nameSiloWords(), reply, secrets, QStringLiteral("code %1").arg(code)));
    }
}

class NameSiloTransaction : public Rest::RecordApiTransaction
{
public:
    NameSiloTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, nameSiloWords(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/api"))),
          m_zone(Rest::profileZone(request))
    {
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("no NameSilo API key is configured")};
        return Rest::zoneProblem(job, m_zone, nameSiloWords().name);
    }

    HttpRequest readRequest(const Rest::RecordJob &) const override
    {
        return m_api.request("GET", QStringLiteral("/dnsListRecords"), query());
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        const auto r = replyOf(reply, secrets());
        if (!r)
            return Unexpected(r.error());
        // One record comes as an object, several as an array, none as nothing.
        const QJsonValue list = r->value(QLatin1String("resource_record"));
        QJsonArray records;
        if (list.isArray())
            records = list.toArray();
        else if (list.isObject())
            records.append(list);
        else if (!list.isUndefined())
            return Unexpected(Rest::unexpectedReply(nameSiloWords(), reply, secrets(), QStringLiteral("no record list")));
        QList<Rest::Record> found;
        for (const QJsonValue &v : std::as_const(records)) {
            const QJsonObject record = v.toObject();
            if (record.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && Rest::canonicalName(record.value(QLatin1String("host")).toString()) == job.name)
                found.append({Rest::idText(record.value(QLatin1String("record_id"))),
                              record.value(QLatin1String("value")).toString(), record});
        }
        return found;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QUrlQuery q = query();
        q.addQueryItem(QStringLiteral("rrtype"), recordTypeName(job.type));
        q.addQueryItem(QStringLiteral("rrhost"), Rest::relativeName(job.name, m_zone, QString()));
        q.addQueryItem(QStringLiteral("rrvalue"), job.address.toString());
        if (request().ttl)
            q.addQueryItem(QStringLiteral("rrttl"), QString::number(*request().ttl));
        return m_api.request("GET", QStringLiteral("/dnsAddRecord"), q);
    }

    // An update without rrttl would reset the TTL: the record's own goes back unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (!Rest::isPlausibleId(existing.id))
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("NameSilo gave no usable id for the record %1").arg(job.name),
                                      {}, false, true});
        QUrlQuery q = query();
        q.addQueryItem(QStringLiteral("rrid"), existing.id);
        q.addQueryItem(QStringLiteral("rrhost"), Rest::relativeName(job.name, m_zone, QString()));
        q.addQueryItem(QStringLiteral("rrvalue"), job.address.toString());
        const QString ownTtl = Rest::idText(existing.fields.value(QLatin1String("ttl")));
        if (request().ttl)
            q.addQueryItem(QStringLiteral("rrttl"), QString::number(*request().ttl));
        else if (!ownTtl.isEmpty() && ownTtl.toInt() > 0)
            q.addQueryItem(QStringLiteral("rrttl"), ownTtl);
        return m_api.request("GET", QStringLiteral("/dnsUpdateRecord"), q);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        const auto r = replyOf(reply, secrets());
        if (!r)
            return r.error();
        return std::nullopt;
    }

private:
    // What every operation carries, in the documented order.
    QUrlQuery query() const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("version"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("type"), QStringLiteral("json"));
        q.addQueryItem(QStringLiteral("key"), request().secret);
        q.addQueryItem(QStringLiteral("domain"), m_zone);
        return q;
    }

    Rest::Api m_api;
    QString m_zone;
};

class NameSiloProvider : public Provider
{
public:
    NameSiloProvider()
    {
        m_info.id = QStringLiteral("namesilo");
        m_info.name = QStringLiteral("NameSilo");
        m_info.protocol = QStringLiteral("namesilo");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://www.namesilo.com");
        m_info.documentation = QUrl(QStringLiteral("https://www.namesilo.com/api-reference"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of domains registered at NameSilo (using NameSilo's DNS) through its API. "
            "Generate an API key in the API Manager of your account; sub-accounts cannot use the API. The API "
            "takes the key in the request URL (qddns masks it in its logs). A record that does not exist is "
            "created (with NameSilo's default TTL unless the profile sets one); one that already holds the address "
            "is left alone."));
        m_info.defaultServer = QUrl(QStringLiteral("https://www.namesilo.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The key from the API Manager of your NameSilo account"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The NameSilo domain the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, m_info.name) + Rest::validateTtl(profile, path, m_info.name, kMinTtl, 86400);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<NameSiloTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_namesilo(ProviderList &list)
{
    list.push_back(std::make_unique<NameSiloProvider>());
}
} // namespace Providers

} // namespace Qddns
