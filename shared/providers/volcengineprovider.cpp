// Volcengine DNS (TrafficRoute / 云解析) OpenAPI 2018-08-01
// (https://www.volcengine.com/docs/6758/155098, checked 2026-12-07; the same API as BytePlus DNS,
// docs.byteplus.com/en/docs/byteplus-dns-suite/reference-updaterecord): requests to https://dns.volcengineapi.com/ with
// Action and Version in the query, signed with Volcengine's HMAC-SHA256 (SigV4's construction,
// service "DNS", region cn-north-1; providers/signing/sigv4.h). Used here: ListZones (Key,
// SearchMode=exact), ListRecords (ZID, Host, SearchMode=exact), UpdateRecord and CreateRecord
// (JSON bodies). Replies are {"ResponseMetadata": {…, "Error": {Code, Message}}, "Result": {…}}.
#include "providers/providerkit.h"
#include "providers/rest.h"
#include "providers/signing/sigv4.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
const QString kVersion = QStringLiteral("2018-08-01");
const QString kDefaultLine = QStringLiteral("default");
constexpr int kDefaultTtl = 600; // Volcengine's default for a new record

const Rest::Words &volcWords()
{
    static const Rest::Words w{QStringLiteral("Volcengine DNS"), QStringLiteral("access key"),
                               QStringLiteral("; check the Access Key ID, the Secret Access Key and that the user has "
                                              "DNSFullAccess")};
    return w;
}

bool isAuthCode(const QString &code)
{
    static const QStringList codes{QStringLiteral("InvalidAccessKey"), QStringLiteral("SignatureDoesNotMatch"),
                                   QStringLiteral("InvalidCredential"), QStringLiteral("AccessDenied"),
                                   QStringLiteral("InvalidAuthorization"), QStringLiteral("MissingAuthenticationToken"),
                                   QStringLiteral("InvalidTimestamp"), QStringLiteral("InvalidSecretToken")};
    return codes.contains(code);
}

/// Classifies a reply; nullopt with \a result set when it carries a Result and no error.
std::optional<Failure> classify(const HttpReply &reply, QJsonObject *result, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QJsonObject error = root ? root->value(QLatin1String("ResponseMetadata")).toObject().value(QLatin1String("Error")).toObject()
                                   : QJsonObject();
    const QString code = error.value(QLatin1String("Code")).toString();
    const QString detail = code.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("HTTP %1, %2: %3").arg(reply.status).arg(code, bodyExcerpt(error.value(QLatin1String("Message")).toString().toUtf8(), secrets, 160));
    if (reply.error.isEmpty() && isAuthCode(code))
        return Rest::authFailure(volcWords(), detail);
    if (auto failure = Rest::commonFailure(reply, volcWords(), detail))
        return failure;
    if (code.contains(QLatin1String("Throttling")) || code.contains(QLatin1String("FlowLimit")))
        return Failure{Outcome::RetryLater, QStringLiteral("Volcengine DNS asks to slow down (%1)").arg(detail), {}, true};
    if (!code.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Volcengine DNS refused the request (%1)").arg(detail)};
    const QJsonValue value = root ? root->value(QLatin1String("Result")) : QJsonValue();
    if (!reply.isSuccess() || !value.isObject())
        return Rest::unexpectedReply(volcWords(), reply, secrets);
    *result = value.toObject();
    return std::nullopt;
}

class VolcengineTransaction : public Rest::RecordApiTransaction
{
public:
    VolcengineTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, volcWords(), lcProvider),
          m_api(request.server.isEmpty() ? defaultServer : request.server),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Volcengine DNS needs the Access Key ID and the Secret Access Key")};
        if (m_zone.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no Volcengine DNS domain is configured (option \"zone\")")};
        if (!Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the domain %2").arg(job.name, m_zone)};
        return std::nullopt;
    }

    std::optional<HttpRequest> zoneRequest() const override
    {
        return call("GET", QStringLiteral("ListZones"), {{QStringLiteral("Key"), m_zone}, {QStringLiteral("SearchMode"), QStringLiteral("exact")}});
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        QJsonObject result;
        if (auto failure = classify(reply, &result, secrets()))
            return failure;
        const QJsonValue zones = result.value(QLatin1String("Zones"));
        if (!zones.isArray() && result.value(QLatin1String("Total")).toInt(-1) != 0)
            return Rest::unexpectedReply(volcWords(), reply, secrets(), QStringLiteral("no domain list"));
        for (const QJsonValue &v : zones.toArray()) {
            const QJsonObject zone = v.toObject();
            if (Rest::canonicalName(zone.value(QLatin1String("ZoneName")).toString()) == m_zone)
                m_zoneId = QString::number(zone.value(QLatin1String("ZID")).toInteger());
        }
        if (m_zoneId.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("Volcengine DNS has no domain %1 for this access key").arg(m_zone)};
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return call("GET", QStringLiteral("ListRecords"),
                    {{QStringLiteral("ZID"), m_zoneId}, {QStringLiteral("Host"), relativeName(job.name)}, {QStringLiteral("SearchMode"), QStringLiteral("exact")},
                     {QStringLiteral("PageSize"), QStringLiteral("500")}});
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        QJsonObject result;
        if (auto failure = classify(reply, &result, secrets()))
            return Unexpected(*failure);
        const QJsonValue list = result.value(QLatin1String("Records"));
        // An empty list may be left out; the total says so.
        if (!list.isArray() && result.value(QLatin1String("TotalCount")).toInt(-1) != 0)
            return Unexpected(Rest::unexpectedReply(volcWords(), reply, secrets(), QStringLiteral("no record list")));
        // Records of other lines (an ISP, a region) answer only those networks.
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("Type")).toString() != recordTypeName(job.type)
                || r.value(QLatin1String("Host")).toString().toLower() != relativeName(job.name)
                || r.value(QLatin1String("Line")).toString(kDefaultLine) != kDefaultLine)
                continue;
            records.append({r.value(QLatin1String("RecordID")).toString(), r.value(QLatin1String("Value")).toString(), r});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        QJsonObject body = recordBody(job, request().ttl.value_or(kDefaultTtl));
        body.insert(QStringLiteral("ZID"), m_zoneId.toLongLong());
        return call("POST", QStringLiteral("CreateRecord"), {}, body);
    }

    // The record's TTL stays unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        QJsonObject body = recordBody(job, request().ttl.value_or(existing.fields.value(QLatin1String("TTL")).toInt(kDefaultTtl)));
        body.insert(QStringLiteral("RecordID"), existing.id);
        return call("POST", QStringLiteral("UpdateRecord"), {}, body);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        QJsonObject result;
        if (auto failure = classify(reply, &result, secrets()))
            return failure;
        if (result.value(QLatin1String("RecordID")).toString().isEmpty())
            return Rest::unexpectedReply(volcWords(), reply, secrets(), QStringLiteral("no RecordID"));
        return std::nullopt;
    }

private:
    QJsonObject recordBody(const Rest::RecordJob &job, int ttl) const
    {
        return {{QStringLiteral("Host"), relativeName(job.name)},
                {QStringLiteral("Line"), kDefaultLine},
                {QStringLiteral("Type"), recordTypeName(job.type)},
                {QStringLiteral("Value"), job.address.toString()},
                {QStringLiteral("TTL"), ttl}};
    }

    // "@" for the domain itself, else the labels in front of it ("home", "*", "a.b").
    QString relativeName(const QString &name) const
    {
        return name == m_zone ? QStringLiteral("@") : name.left(name.size() - m_zone.size() - 1);
    }

    HttpRequest call(const QByteArray &method, const QString &action, const QList<std::pair<QString, QString>> &parameters,
                     const std::optional<QJsonObject> &body = std::nullopt) const
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("Action"), action);
        query.addQueryItem(QStringLiteral("Version"), kVersion);
        for (const auto &p : parameters)
            query.addQueryItem(p.first, p.second);
        HttpRequest r = m_api.request(method, QStringLiteral("/"), query, body);
        Signing::signSigV4(r, {request().username, request().secret, QStringLiteral("cn-north-1"), QStringLiteral("DNS"), {}},
                           request().now(), Signing::SigV4Scheme::volcengine());
        return r;
    }

    Rest::Api m_api;
    QString m_zone;
    QString m_zoneId;
};

class VolcengineProvider : public Provider
{
public:
    VolcengineProvider()
    {
        m_info.id = QStringLiteral("volcengine");
        m_info.name = QStringLiteral("Volcengine DNS");
        m_info.protocol = QStringLiteral("volcengine");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.volcengine.com/product/dns");
        m_info.documentation = QUrl(QStringLiteral("https://www.volcengine.com/docs/6758/155098"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a domain in Volcengine DNS (火山引擎云解析, TrafficRoute). Create an access key "
            "(Access Key ID and Secret Access Key) for a user with the DNSFullAccess policy. Records of the default line are "
            "updated; a missing one is created."));
        m_info.defaultServer = QUrl(QStringLiteral("https://dns.volcengineapi.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Access Key ID"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Access Key ID of the access key (it starts with AKL)"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Secret Access Key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Secret Access Key of the access key"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The domain the hosts belong to, as added to Volcengine DNS, e.g. example.com.")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain"))},
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
        return std::make_unique<VolcengineTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_volcengine(ProviderList &list)
{
    list.push_back(std::make_unique<VolcengineProvider>());
}
} // namespace Providers

} // namespace Qddns
