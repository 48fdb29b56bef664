// Baidu AI Cloud DNS (public zones) API v1 (https://cloud.baidu.com/doc/DNS/s/El4s7lssr, checked
// 2026-12-07) at https://dns.baidubce.com, every request signed with bce-auth-v1
// (providers/signing/bceauth.h) over the host and x-bce-date. Used here: the zone's records of a
// host (GET /v1/dns/zone/ZONE/record?rr=), modify (PUT …/record/ID with rr, type, value, ttl) and
// add (POST …/record, line "default"). Writes answer with an empty body; errors are
// {"code", "message", "requestId"}.
#include "providers/providerkit.h"
#include "providers/rest.h"
#include "providers/signing/bceauth.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
const QString kDefaultLine = QStringLiteral("default");
constexpr int kDefaultTtl = 300; // the basic edition's default

const Rest::Words &baiduWords()
{
    static const Rest::Words w{QStringLiteral("Baidu AI Cloud DNS"), QStringLiteral("access key"),
                               QStringLiteral("; check the Access Key ID, the Secret Access Key and that the user may manage DNS")};
    return w;
}

bool isAuthCode(const QString &code)
{
    static const QStringList codes{QStringLiteral("AccessDenied"), QStringLiteral("InvalidAccessKeyId"),
                                   QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("RequestExpired"),
                                   QStringLiteral("InvalidHTTPAuthHeader"), QStringLiteral("InactiveAccount")};
    return codes.contains(code);
}

/// Classifies a reply; nullopt when it is a 2xx reply without an error (its body is the caller's).
std::optional<Failure> classify(const HttpReply &reply, const std::optional<QJsonObject> &root, const QStringList &secrets)
{
    const QString code = root ? root->value(QLatin1String("code")).toString() : QString();
    const QString detail = code.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1, %2: %3").arg(reply.status).arg(code, bodyExcerpt(root->value(QLatin1String("message")).toString().toUtf8(), secrets, 160));
    if (reply.error.isEmpty() && isAuthCode(code))
        return Rest::authFailure(baiduWords(), detail);
    if (auto failure = Rest::commonFailure(reply, baiduWords(), detail))
        return failure;
    if (!code.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Baidu AI Cloud DNS refused the request (%1)").arg(detail)};
    if (!reply.isSuccess())
        return Rest::unexpectedReply(baiduWords(), reply, secrets);
    return std::nullopt;
}

class BaiduTransaction : public Rest::RecordApiTransaction
{
public:
    BaiduTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, baiduWords(), lcProvider),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString())),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server,
                        QStringLiteral("/v1/dns/zone/") + QString::fromLatin1(QUrl::toPercentEncoding(m_zone))))
    {
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Baidu AI Cloud DNS needs the Access Key ID and the Secret Access Key")};
        if (m_zone.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no Baidu AI Cloud DNS zone is configured (option \"zone\")")};
        if (!Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("rr"), relativeName(job.name));
        return sign(m_api.request("GET", QStringLiteral("/record"), query));
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        const auto root = Rest::jsonObject(reply.body);
        if (auto failure = classify(reply, root, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = root ? root->value(QLatin1String("records")) : QJsonValue();
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(baiduWords(), reply, secrets(), QStringLiteral("no record list")));
        // The list holds every type of the host, and the records of other lines (an ISP, a
        // region) answer only those networks.
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() != recordTypeName(job.type)
                || r.value(QLatin1String("rr")).toString().toLower() != relativeName(job.name)
                || r.value(QLatin1String("line")).toString(kDefaultLine) != kDefaultLine)
                continue;
            records.append({r.value(QLatin1String("id")).toString(), r.value(QLatin1String("value")).toString(), r});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject body = recordBody(job, request().ttl.value_or(kDefaultTtl));
        body.insert(QStringLiteral("line"), kDefaultLine);
        return sign(m_api.request("POST", QStringLiteral("/record"), {}, body));
    }

    // The record's TTL stays unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const int ttl = existing.fields.value(QLatin1String("ttl")).toInt(kDefaultTtl);
        return sign(m_api.request("PUT", QStringLiteral("/record/") + QString::fromLatin1(QUrl::toPercentEncoding(existing.id)), {},
                                  recordBody(job, request().ttl.value_or(ttl))));
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        const auto root = Rest::jsonObject(reply.body);
        if (auto failure = classify(reply, root, secrets()))
            return failure;
        // Success has no body; anything else is not understood.
        if (!reply.body.trimmed().isEmpty() && !root)
            return Rest::unexpectedReply(baiduWords(), reply, secrets());
        return std::nullopt;
    }

private:
    QJsonObject recordBody(const Rest::RecordJob &job, int ttl) const
    {
        return {{QStringLiteral("rr"), relativeName(job.name)},
                {QStringLiteral("type"), recordTypeName(job.type)},
                {QStringLiteral("value"), job.address.toString()},
                {QStringLiteral("ttl"), ttl}};
    }

    // "@" for the zone itself, else the labels in front of it ("home", "*", "a.b").
    QString relativeName(const QString &name) const
    {
        return Rest::relativeName(name, m_zone);
    }

    HttpRequest sign(HttpRequest r) const
    {
        Signing::signBce(r, request().username, request().secret, request().now());
        return r;
    }

    QString m_zone;
    Rest::Api m_api;
};

class BaiduProvider : public Provider
{
public:
    BaiduProvider()
    {
        m_info.id = QStringLiteral("baiducloud");
        m_info.name = QStringLiteral("Baidu AI Cloud DNS");
        m_info.protocol = QStringLiteral("baiducloud");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://cloud.baidu.com/product/dns.html");
        m_info.documentation = QUrl(QStringLiteral("https://cloud.baidu.com/doc/DNS/s/El4s7lssr"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a public zone in Baidu AI Cloud DNS (智能云解析). Create an access key (Access Key ID "
            "and Secret Access Key) under Security Authentication for a user who may manage DNS. Records of the default line "
            "are updated; a missing one is created."));
        m_info.defaultServer = QUrl(QStringLiteral("https://dns.baidubce.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the zone below; the zone itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Access Key ID"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Access Key ID (AK) of the access key"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Secret Access Key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Secret Access Key (SK) of the access key"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The zone (domain) the hosts belong to, e.g. example.com.")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors = Rest::validateZoneOption(profile, path, m_info.name);
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<BaiduTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_baiducloud(ProviderList &list)
{
    list.push_back(std::make_unique<BaiduProvider>());
}
} // namespace Providers

} // namespace Qddns
