// The HTTP API of PowerDNS Authoritative (https://doc.powerdns.com/authoritative/http-api/zone.html,
// checked 2026-12-07, and a real pdns_server 4.7 in tests/agent/tst_agentpowerdns.cpp): the server
// is the user's own, so its URL comes from the profile; "X-API-Key: …" on every request. GET
// /api/v1/servers/localhost/zones/{zone}.?rrset_name={name}.&rrset_type={type} is the zone with only
// that RRset (404 "Not Found" when the server has no such zone). PATCH of the same zone URL with
// {"rrsets": [{name, type, ttl, changetype: "REPLACE", records: [{content, disabled}]}]} creates or
// replaces the RRset and answers 204 without a body; errors come as {"error": "…"} (422 for a bad
// record, a name out of zone). "localhost" is the only server id the API has.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

constexpr int kDefaultTtl = 3600; // for a new RRset when the profile sets no TTL

const Rest::Words &powerDnsWords()
{
    static const Rest::Words w{QStringLiteral("PowerDNS"), QStringLiteral("API key"),
                               QStringLiteral("; it is the server's api-key setting (the API also needs api=yes and "
                                              "webserver-allow-from to include this machine)")};
    return w;
}

QString errorDetail(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString error = root ? root->value(QLatin1String("error")).toString() : QString();
    if (!error.isEmpty())
        return QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(error.toUtf8(), secrets, 200));
    // The web server's own refusals are one short word of text ("Unauthorized", "Not Found").
    const QByteArray text = reply.body.trimmed();
    if (!text.isEmpty() && text.size() <= 40 && !text.contains('<'))
        return QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(text, secrets, 40));
    return QStringLiteral("HTTP %1").arg(reply.status);
}

// nullopt for a reply the caller reads itself (a JSON object with 200, a 204 after a write).
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const QString detail = errorDetail(reply, secrets);
    if (auto failure = Rest::commonFailure(reply, powerDnsWords(), detail))
        return failure;
    const auto root = Rest::jsonObject(reply.body);
    if (reply.isSuccess())
        return std::nullopt;
    if (root && root->value(QLatin1String("error")).isString() && reply.status >= 400 && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("PowerDNS refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(powerDnsWords(), reply, secrets);
}

class PowerDnsTransaction : public Rest::RecordApiTransaction
{
public:
    explicit PowerDnsTransaction(const UpdateRequest &request)
        : RecordApiTransaction(request, powerDnsWords(), lcProvider),
          m_api(joinUrl(request.server, QStringLiteral("/api/v1/servers/localhost"))),
          m_zone(Rest::profileZone(request))
    {
        m_api.header("X-API-Key", request.secret.toUtf8());
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().server.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("PowerDNS needs the URL of the server's API (\"server\")")};
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("PowerDNS needs the server's API key")};
        return Rest::zoneProblem(job, m_zone, powerDnsWords().name);
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("rrset_name"), absolute(job.name));
        query.addQueryItem(QStringLiteral("rrset_type"), recordTypeName(job.type));
        return m_api.request("GET", zonePath(), query);
    }

    // The zone with the asked RRset; a server that ignores the filter lists them all, so pick it.
    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (reply.status == 404 && reply.body.trimmed() == "Not Found")
            return Unexpected(Failure{Outcome::Rejected, QStringLiteral("the zone %1 is not on this PowerDNS server").arg(m_zone),
                                      {}, true});
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const auto zone = Rest::jsonObject(reply.body);
        if (!zone || !zone->value(QLatin1String("rrsets")).isArray())
            return Unexpected(Rest::unexpectedReply(powerDnsWords(), reply, secrets(), QStringLiteral("no zone with RRsets")));
        if (Rest::canonicalName(zone->value(QLatin1String("name")).toString()) != m_zone)
            return Unexpected(Rest::unexpectedReply(powerDnsWords(), reply, secrets(), QStringLiteral("not the zone %1").arg(m_zone)));
        QList<Rest::Record> found;
        for (const QJsonValue &value : zone->value(QLatin1String("rrsets")).toArray()) {
            const QJsonObject rrset = value.toObject();
            if (Rest::canonicalName(rrset.value(QLatin1String("name")).toString()) != job.name
                || rrset.value(QLatin1String("type")).toString() != recordTypeName(job.type))
                continue;
            for (const QJsonValue &record : rrset.value(QLatin1String("records")).toArray())
                found.append({QString(), record.toObject().value(QLatin1String("content")).toString(), rrset});
        }
        return found;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return replace(job, request().ttl.value_or(kDefaultTtl));
    }

    // REPLACE needs a TTL: the RRset's own is kept unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const int current = existing.fields.value(QLatin1String("ttl")).toInt(kDefaultTtl);
        return replace(job, request().ttl.value_or(current > 0 ? current : kDefaultTtl));
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        // 204 without a body is the API's only success; anything else (a proxy's page) is not one.
        if (reply.status != 204 || !reply.body.trimmed().isEmpty())
            return Rest::unexpectedReply(powerDnsWords(), reply, secrets(), QStringLiteral("not the API's 204"));
        return std::nullopt;
    }

private:
    static QString absolute(const QString &name) { return name + QLatin1Char('.'); }
    QString zonePath() const { return QStringLiteral("/zones/%1").arg(absolute(m_zone)); }

    HttpRequest replace(const Rest::RecordJob &job, int ttl) const
    {
        const QJsonObject rrset{{QStringLiteral("name"), absolute(job.name)},
                                {QStringLiteral("type"), recordTypeName(job.type)},
                                {QStringLiteral("ttl"), ttl},
                                {QStringLiteral("changetype"), QStringLiteral("REPLACE")},
                                {QStringLiteral("records"),
                                 QJsonArray{QJsonObject{{QStringLiteral("content"), job.address.toString()},
                                                        {QStringLiteral("disabled"), false}}}}};
        return m_api.request("PATCH", zonePath(), {}, QJsonObject{{QStringLiteral("rrsets"), QJsonArray{rrset}}});
    }

    Rest::Api m_api;
    QString m_zone;
};

class PowerDnsProvider : public Provider
{
public:
    PowerDnsProvider()
    {
        m_info.id = QStringLiteral("powerdns");
        m_info.name = QStringLiteral("PowerDNS Authoritative (HTTP API)");
        m_info.protocol = QStringLiteral("powerdns");
        m_info.category = ProviderCategory::SelfHosted;
        m_info.website = QStringLiteral("https://www.powerdns.com/powerdns-authoritative-server");
        m_info.documentation = QUrl(QStringLiteral("https://doc.powerdns.com/authoritative/http-api/zone.html"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a zone on your own PowerDNS Authoritative server through its built-in HTTP "
            "API (the server needs webserver=yes, api=yes and an api-key). Each record is read first and replaced "
            "only when it differs, keeping its TTL; a missing one is created with 3600 seconds unless the profile "
            "sets a TTL. Give the API's base URL as the server, e.g. https://ns1.example.com:8081 (plain http only "
            "with allowInsecureHttp, for a server on this machine)."));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the zone below; the zone itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The server's api-key (sent as X-API-Key)"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The zone on the server the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors = Rest::validateZoneOption(profile, path, powerDnsWords().name);
        if (!profile.contains(QLatin1String("server")))
            errors.append({path + QStringLiteral(".server"),
                           QStringLiteral("PowerDNS needs the URL of your server's API, e.g. \"https://ns1.example.com:8081\"")});
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<PowerDnsTransaction>(request);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_powerdns(ProviderList &list)
{
    list.push_back(std::make_unique<PowerDnsProvider>());
}
} // namespace Providers

} // namespace Qddns
