// Tencent Cloud DNSPod API 3.0, version 2021-03-23
// (https://tencentcloud.com/document/api/1157/51290, checked 2026-12-07): POST requests of JSON
// to https://dnspod.tencentcloudapi.com/ naming the action in X-TC-Action, signed with
// TC3-HMAC-SHA256 (providers/signing/tc3.h) under a SecretId/SecretKey pair. Used here:
// DescribeRecordList (Domain, Subdomain, RecordType), ModifyRecord (RecordId, SubDomain,
// RecordType, RecordLine, Value, TTL) and CreateRecord. Every reply is HTTP 200 with
// {"Response": {...}}; an error is Response.Error {Code, Message}.
#include "providers/providerkit.h"
#include "providers/rest.h"
#include "providers/signing/tc3.h"
#include "providers/tencentcloud.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
const QByteArray kVersion = "2021-03-23";
// The default line: its id is the same on the Chinese and the international site, its name is not.
const QString kDefaultLineId = QStringLiteral("0");
const QString kDefaultLine = QStringLiteral("默认");
constexpr int kDefaultTtl = 600; // DNSPod's default for a new record

const Rest::Words &dnspodWords()
{
    static const Rest::Words w{QStringLiteral("DNSPod"), QStringLiteral("API key"),
                               QStringLiteral("; check the SecretId and SecretKey (console.cloud.tencent.com/cam/capi) "
                                              "and that the key may use DNSPod (QcloudDNSPodFullAccess)")};
    return w;
}

std::optional<Failure> classify(const HttpReply &reply, QJsonObject *response, const QStringList &secrets)
{
    const auto notInAccount = [](const QString &code) {
        return code == QLatin1String("InvalidParameterValue.DomainNotExists") || code == QLatin1String("ResourceNotFound.NoDataOfDomain")
            || code == QLatin1String("FailedOperation.DomainOwnedByOtherUser");
    };
    return TencentCloud::classify(reply, dnspodWords(), notInAccount, QStringLiteral("the domain is not in this DNSPod account (%1)"),
                                  response, secrets);
}

class DnspodTransaction : public Rest::RecordApiTransaction
{
public:
    DnspodTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, dnspodWords(), lcProvider),
          m_server(request.server.isEmpty() ? defaultServer : request.server),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        if (m_server.path().isEmpty())
            m_server.setPath(QStringLiteral("/"));
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("DNSPod needs the SecretId and the SecretKey")};
        if (m_zone.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no DNSPod domain is configured (option \"zone\")")};
        if (!Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the domain %2").arg(job.name, m_zone)};
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return call("DescribeRecordList", {{QStringLiteral("Domain"), m_zone},
                                           {QStringLiteral("Subdomain"), relativeName(job.name)},
                                           {QStringLiteral("RecordType"), recordTypeName(job.type)}});
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        // No record of the name and type is an error of its own, not an empty list.
        if (TencentCloud::errorCode(reply) == QLatin1String("ResourceNotFound.NoDataOfRecord"))
            return QList<Rest::Record>();
        QJsonObject response;
        if (auto failure = classify(reply, &response, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = response.value(QLatin1String("RecordList"));
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(dnspodWords(), reply, secrets(), QStringLiteral("no record list")));
        // Records of other lines (an ISP, a region) answer only those networks.
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("Type")).toString() != recordTypeName(job.type)
                || r.value(QLatin1String("Name")).toString().toLower() != relativeName(job.name)
                || r.value(QLatin1String("LineId")).toString(kDefaultLineId) != kDefaultLineId)
                continue;
            records.append({QString::number(r.value(QLatin1String("RecordId")).toInteger()), r.value(QLatin1String("Value")).toString(), r});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return call("CreateRecord", {{QStringLiteral("Domain"), m_zone},
                                     {QStringLiteral("SubDomain"), relativeName(job.name)},
                                     {QStringLiteral("RecordType"), recordTypeName(job.type)},
                                     {QStringLiteral("RecordLine"), kDefaultLine},
                                     {QStringLiteral("RecordLineId"), kDefaultLineId},
                                     {QStringLiteral("Value"), job.address.toString()},
                                     {QStringLiteral("TTL"), request().ttl.value_or(kDefaultTtl)}});
    }

    // The record's TTL stays unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const int ttl = existing.fields.value(QLatin1String("TTL")).toInt(kDefaultTtl);
        return call("ModifyRecord", {{QStringLiteral("Domain"), m_zone},
                                     {QStringLiteral("RecordId"), existing.fields.value(QLatin1String("RecordId"))},
                                     {QStringLiteral("SubDomain"), relativeName(job.name)},
                                     {QStringLiteral("RecordType"), recordTypeName(job.type)},
                                     {QStringLiteral("RecordLine"), kDefaultLine},
                                     {QStringLiteral("RecordLineId"), kDefaultLineId},
                                     {QStringLiteral("Value"), job.address.toString()},
                                     {QStringLiteral("TTL"), request().ttl.value_or(ttl)}});
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        QJsonObject response;
        if (auto failure = classify(reply, &response, secrets()))
            return failure;
        if (!response.value(QLatin1String("RecordId")).isDouble())
            return Rest::unexpectedReply(dnspodWords(), reply, secrets(), QStringLiteral("no RecordId"));
        return std::nullopt;
    }

private:
    // "@" for the domain itself, else the labels in front of it ("home", "*", "a.b").
    QString relativeName(const QString &name) const
    {
        return Rest::relativeName(name, m_zone);
    }

    // A signed POST of \a action with \a parameters, at the time it is made.
    HttpRequest call(const QByteArray &action, const QJsonObject &parameters) const
    {
        HttpRequest r;
        r.method = "POST";
        r.url = m_server;
        r.headers = {{QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")},
                     {QByteArray("X-TC-Action"), action},
                     {QByteArray("X-TC-Version"), kVersion}};
        r.body = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
        Signing::signTc3(r, {request().username, request().secret, QStringLiteral("dnspod")}, request().now());
        return r;
    }

    QUrl m_server;
    QString m_zone;
};

class DnspodProvider : public Provider
{
public:
    DnspodProvider()
    {
        m_info.id = QStringLiteral("dnspod");
        m_info.name = QStringLiteral("Tencent Cloud DNSPod");
        m_info.protocol = QStringLiteral("dnspod");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.dnspod.com/");
        m_info.documentation = QUrl(QStringLiteral("https://tencentcloud.com/document/api/1157/51290"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a domain at DNSPod through Tencent Cloud API 3.0. Create an API key (SecretId and "
            "SecretKey) under Access Management, API Keys, for a user with the QcloudDNSPodFullAccess policy. Records of the "
            "default line are updated; a missing one is created. (DNSPod's older \"ID,Token\" API is not this one.)"));
        m_info.defaultServer = QUrl(QStringLiteral("https://dnspod.tencentcloudapi.com/"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "SecretId"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The SecretId of the API key (it starts with AKID)"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "SecretKey"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The SecretKey of the API key"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The domain the hosts belong to, as added to DNSPod, e.g. example.com.")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain"))},
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
        return std::make_unique<DnspodTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_dnspod(ProviderList &list)
{
    list.push_back(std::make_unique<DnspodProvider>());
}
} // namespace Providers

} // namespace Qddns
