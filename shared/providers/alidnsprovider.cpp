// Alibaba Cloud DNS (Alidns) API 2015-01-09
// (https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describesubdomainrecords,
// checked 2026-12-07):
// RPC-style GET requests to https://alidns.aliyuncs.com/ whose query carries the action, its
// parameters and the common parameters, signed with the AccessKey secret (HMAC-SHA1, signature
// version 1.0; providers/signing/acsrpc.h). Used here: DescribeSubDomainRecords (SubDomain,
// DomainName, Type), UpdateDomainRecord (RecordId, RR, Type, Value, TTL) and AddDomainRecord
// (DomainName, RR, Type, Value, TTL). Replies are JSON; errors carry "Code" and "Message".
#include "providers/providerkit.h"
#include "providers/rest.h"
#include "providers/signing/acsrpc.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;
using Signing::QueryParameters;

const QString kZoneKey = QStringLiteral("zone");
const QString kVersion = QStringLiteral("2015-01-09");
const QString kDefaultLine = QStringLiteral("default");
constexpr int kDefaultTtl = 600; // Alibaba's default, and the minimum of its free edition

const Rest::Words &alidnsWords()
{
    static const Rest::Words w{QStringLiteral("Alibaba Cloud DNS"), QStringLiteral("AccessKey"),
                               QStringLiteral("; check the AccessKey ID, the AccessKey secret and the RAM policy "
                                              "(alidns:DescribeSubDomainRecords, UpdateDomainRecord, AddDomainRecord)")};
    return w;
}

bool isAuthCode(const QString &code)
{
    return code.startsWith(QLatin1String("InvalidAccessKeyId")) || code == QLatin1String("SignatureDoesNotMatch")
        || code == QLatin1String("IncompleteSignature") || code.startsWith(QLatin1String("Forbidden"))
        || code == QLatin1String("InvalidTimeStamp.Expired") || code == QLatin1String("SignatureNonceUsed");
}

/// Classifies a reply; nullopt when it is a JSON object without an error code.
std::optional<Failure> classify(const HttpReply &reply, const std::optional<QJsonObject> &root, const QStringList &secrets)
{
    const QString code = root ? root->value(QLatin1String("Code")).toString() : QString();
    const QString message = root ? bodyExcerpt(root->value(QLatin1String("Message")).toString().toUtf8(), secrets, 160) : QString();
    const QString detail = code.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                          : QStringLiteral("HTTP %1, %2: %3").arg(reply.status).arg(code, message);
    // An unknown AccessKey ID comes back as 404, a wrong secret as 400: both are credentials.
    if (reply.error.isEmpty() && isAuthCode(code))
        return Rest::authFailure(alidnsWords(), detail);
    if (auto failure = Rest::commonFailure(reply, alidnsWords(), detail))
        return failure;
    if (code.startsWith(QLatin1String("Throttling")))
        return Failure{Outcome::RetryLater, QStringLiteral("Alibaba Cloud DNS asks to slow down (%1)").arg(detail), {}, true};
    if (code == QLatin1String("IncorrectDomainUser") || code == QLatin1String("InvalidDomainName.NoExist"))
        return Failure{Outcome::Rejected, QStringLiteral("the domain is not in this Alibaba Cloud account (%1)").arg(detail)};
    if (!code.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Alibaba Cloud DNS refused the request (%1)").arg(detail)};
    if (!reply.isSuccess() || !root)
        return Rest::unexpectedReply(alidnsWords(), reply, secrets);
    return std::nullopt;
}

class AlidnsTransaction : public Rest::RecordApiTransaction
{
public:
    AlidnsTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, alidnsWords(), lcProvider),
          m_server(request.server.isEmpty() ? defaultServer : request.server),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Alibaba Cloud DNS needs the AccessKey ID and the AccessKey secret")};
        if (m_zone.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no Alibaba Cloud DNS domain is configured (option \"zone\")")};
        if (!Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the domain %2").arg(job.name, m_zone)};
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return call({{QStringLiteral("Action"), QStringLiteral("DescribeSubDomainRecords")},
                     {QStringLiteral("DomainName"), m_zone},
                     {QStringLiteral("SubDomain"), job.name},
                     {QStringLiteral("Type"), recordTypeName(job.type)},
                     {QStringLiteral("PageSize"), QStringLiteral("100")}});
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        const auto root = Rest::jsonObject(reply.body);
        if (auto failure = classify(reply, root, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = root->value(QLatin1String("DomainRecords")).toObject().value(QLatin1String("Record"));
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(alidnsWords(), reply, secrets(), QStringLiteral("no record list")));
        // Records of other resolution lines (one per ISP or region) answer only those networks;
        // the default line is the one everybody else gets.
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            const QString line = r.value(QLatin1String("Line")).toString(kDefaultLine);
            if (r.value(QLatin1String("Type")).toString().compare(recordTypeName(job.type), Qt::CaseInsensitive) != 0
                || fullName(r) != job.name || line != kDefaultLine)
                continue;
            records.append({r.value(QLatin1String("RecordId")).toString(), r.value(QLatin1String("Value")).toString(), r});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return call({{QStringLiteral("Action"), QStringLiteral("AddDomainRecord")},
                     {QStringLiteral("DomainName"), m_zone},
                     {QStringLiteral("RR"), relativeName(job.name)},
                     {QStringLiteral("Type"), recordTypeName(job.type)},
                     {QStringLiteral("Value"), job.address.toString()},
                     {QStringLiteral("TTL"), QString::number(request().ttl.value_or(kDefaultTtl))}});
    }

    // The record's TTL stays unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const int ttl = existing.fields.value(QLatin1String("TTL")).toInt(kDefaultTtl);
        return call({{QStringLiteral("Action"), QStringLiteral("UpdateDomainRecord")},
                     {QStringLiteral("RecordId"), existing.id},
                     {QStringLiteral("RR"), relativeName(job.name)},
                     {QStringLiteral("Type"), recordTypeName(job.type)},
                     {QStringLiteral("Value"), job.address.toString()},
                     {QStringLiteral("TTL"), QString::number(request().ttl.value_or(ttl))}});
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        const auto root = Rest::jsonObject(reply.body);
        // A record of this name, type, line and value exists already: the address is there.
        if (root && root->value(QLatin1String("Code")).toString() == QLatin1String("DomainRecordDuplicate"))
            return std::nullopt;
        if (auto failure = classify(reply, root, secrets()))
            return failure;
        if (root->value(QLatin1String("RecordId")).toString().isEmpty())
            return Rest::unexpectedReply(alidnsWords(), reply, secrets(), QStringLiteral("no RecordId"));
        return std::nullopt;
    }

private:
    QString fullName(const QJsonObject &record) const
    {
        const QString rr = record.value(QLatin1String("RR")).toString();
        const QString domain = Rest::canonicalName(record.value(QLatin1String("DomainName")).toString(m_zone));
        return rr == QLatin1String("@") ? domain : Rest::canonicalName(rr + QLatin1Char('.') + domain);
    }

    // "@" for the domain itself, else the labels in front of it ("home", "*", "a.b").
    QString relativeName(const QString &name) const
    {
        return Rest::relativeName(name, m_zone);
    }

    // A signed GET of \a parameters: a fresh nonce and the time of this request.
    HttpRequest call(const QueryParameters &parameters) const
    {
        const QString nonce = QString::fromLatin1(request().randomBytes(16).toHex());
        const QueryParameters all = Signing::acsRpcParameters(parameters, request().username, kVersion, request().now(), nonce);
        HttpRequest r;
        r.method = "GET";
        r.url = m_server;
        if (r.url.path().isEmpty())
            r.url.setPath(QStringLiteral("/"));
        r.url.setQuery(QString::fromLatin1(Signing::acsRpcSignedQuery("GET", all, request().secret)), QUrl::StrictMode);
        return r;
    }

    QUrl m_server;
    QString m_zone;
};

class AlidnsProvider : public Provider
{
public:
    AlidnsProvider()
    {
        m_info.id = QStringLiteral("alidns");
        m_info.name = QStringLiteral("Alibaba Cloud DNS");
        m_info.protocol = QStringLiteral("alidns");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.alibabacloud.com/product/dns");
        m_info.documentation = QUrl(QStringLiteral("https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describesubdomainrecords"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a domain in Alibaba Cloud DNS (Alidns, also aliyun.com). Create a RAM user with an "
            "AccessKey and the AliyunDNSFullAccess policy (or alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord "
            "and alidns:AddDomainRecord). Records of the default line are updated; a missing one is created."));
        m_info.defaultServer = QUrl(QStringLiteral("https://alidns.aliyuncs.com/"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "AccessKey ID"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The AccessKey ID of the RAM user (it starts with LTAI)"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "AccessKey secret"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The AccessKey secret shown once when the AccessKey was created"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The domain the hosts belong to, as added to Alibaba Cloud DNS, e.g. example.com.")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain"))},
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
        return std::make_unique<AlidnsTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_alidns(ProviderList &list)
{
    list.push_back(std::make_unique<AlidnsProvider>());
}
} // namespace Providers

} // namespace Qddns
