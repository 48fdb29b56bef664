// ClouDNS's HTTP API (https://www.cloudns.net/wiki/article/57/ list records, .../58/ add record,
// .../60/ modify record; checked 2026-12-07): every call takes auth-id (or sub-auth-id for an API
// sub-user) and auth-password, by GET or POST: qddns POSTs forms so that the password stays out of
// URLs. dns/records.json with domain-name, host and type lists the records as an object keyed by
// record id ({"id", "type", "host", "record", "ttl", …}; an empty array when there are none);
// dns/mod-record.json with record-id, host, record and ttl changes one; dns/add-record.json with
// record-type, host, record and ttl adds one. Replies to calls are {"status": "Success" or
// "Failed", "statusDescription": …}; any call with wrong credentials fails "Invalid
// authentication, …". Only a set of TTLs is allowed. The zone's apex is the empty host. The API is
// for paid plans; the DynURL of a free zone is not an API (it sets whatever address calls it).
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>

#include <algorithm>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

constexpr int kDefaultTtl = 3600;
const int kTtls[] = {60, 300, 900, 1800, 3600, 21600, 43200, 86400, 172800, 259200, 604800, 1209600, 2592000};

QString subUserKey()
{
    return QStringLiteral("subUser");
}

const Rest::Words &clouDnsWords()
{
    static const Rest::Words w{QStringLiteral("ClouDNS"), QStringLiteral("API user"),
                               QStringLiteral("; create an API user (auth-id and password) under API & Resellers in the "
                                              "ClouDNS control panel, allowed to call from this address")};
    return w;
}

// nullopt for a reply the caller reads (JSON that is no "Failed" status).
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto value = Rest::jsonValue(reply.body);
    const QJsonObject root = value && value->isObject() ? value->toObject() : QJsonObject();
    const QString description = root.value(QLatin1String("statusDescription")).toString();
    const QString detail = description.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                                 : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(description.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, clouDnsWords(), detail))
        return failure;
    if (!reply.isSuccess() || !value)
        return Rest::unexpectedReply(clouDnsWords(), reply, secrets, reply.isSuccess() ? QStringLiteral("not the API's JSON") : QString());
    if (root.value(QLatin1String("status")).toString() == QLatin1String("Failed")) {
        if (description.startsWith(QLatin1String("Invalid authentication")))
            return Rest::authFailure(clouDnsWords(), detail);
        return Failure{Outcome::Rejected, QStringLiteral("ClouDNS refused the request (%1)").arg(detail)};
    }
    return std::nullopt;
}

class ClouDnsTransaction : public Rest::RecordApiTransaction
{
public:
    ClouDnsTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, clouDnsWords(), lcProvider),
          m_server(request.server.isEmpty() ? defaultServer : request.server),
          m_zone(Rest::profileZone(request)),
          m_subUser(request.options.value(subUserKey()).toBool())
    {
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("ClouDNS needs the API user's auth-id and its password")};
        return Rest::zoneProblem(job, m_zone, clouDnsWords().name);
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return call("records.json", {{QStringLiteral("host"), host(job)}, {QStringLiteral("type"), recordTypeName(job.type)}});
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonValue value = *Rest::jsonValue(reply.body);
        // No records is an empty array; records are an object keyed by their ids.
        if (value.isArray() && value.toArray().isEmpty())
            return QList<Rest::Record>{};
        if (!value.isObject())
            return Unexpected(Rest::unexpectedReply(clouDnsWords(), reply, secrets(), QStringLiteral("no records")));
        QList<Rest::Record> found;
        const QJsonObject records = value.toObject();
        for (auto it = records.begin(); it != records.end(); ++it) {
            const QJsonObject record = it.value().toObject();
            const QString id = Rest::idText(record.value(QLatin1String("id")));
            if (!Rest::isPlausibleId(id) || !record.contains(QLatin1String("record")))
                return Unexpected(Rest::unexpectedReply(clouDnsWords(), reply, secrets(), QStringLiteral("no records")));
            if (record.value(QLatin1String("type")).toString().compare(recordTypeName(job.type), Qt::CaseInsensitive) == 0
                && record.value(QLatin1String("host")).toString().toLower() == host(job))
                found.append({id, record.value(QLatin1String("record")).toString(), record});
        }
        return found;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return call("add-record.json", {{QStringLiteral("record-type"), recordTypeName(job.type)},
                                        {QStringLiteral("host"), host(job)},
                                        {QStringLiteral("record"), job.address.toString()},
                                        {QStringLiteral("ttl"), QString::number(request().ttl.value_or(kDefaultTtl))}});
    }

    // The TTL is required: the record's own is sent again unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const QJsonValue current = existing.fields.value(QLatin1String("ttl"));
        const int ttl = request().ttl.value_or(current.isString() ? current.toString().toInt() : current.toInt(kDefaultTtl));
        return call("mod-record.json", {{QStringLiteral("record-id"), existing.id},
                                        {QStringLiteral("host"), host(job)},
                                        {QStringLiteral("record"), job.address.toString()},
                                        {QStringLiteral("ttl"), QString::number(ttl > 0 ? ttl : kDefaultTtl)}});
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        const auto root = Rest::jsonObject(reply.body);
        if (!root || root->value(QLatin1String("status")).toString() != QLatin1String("Success"))
            return Rest::unexpectedReply(clouDnsWords(), reply, secrets(), QStringLiteral("no Success status"));
        return std::nullopt;
    }

private:
    QString host(const Rest::RecordJob &job) const { return Rest::relativeName(job.name, m_zone, QString()); }

    HttpRequest call(const char *method, const QList<std::pair<QString, QString>> &fields) const
    {
        QList<std::pair<QString, QString>> all{{m_subUser ? QStringLiteral("sub-auth-id") : QStringLiteral("auth-id"), request().username},
                                               {QStringLiteral("auth-password"), request().secret},
                                               {QStringLiteral("domain-name"), m_zone}};
        all += fields;
        QByteArrayList form;
        for (const auto &field : std::as_const(all))
            form.append(QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second));
        HttpRequest r;
        r.method = "POST";
        r.url = joinUrl(m_server, QStringLiteral("/dns/") + QLatin1String(method));
        r.headers = {{QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")}};
        r.body = form.join('&');
        return r;
    }

    QUrl m_server;
    QString m_zone;
    bool m_subUser = false;
};

class ClouDnsProvider : public Provider
{
public:
    ClouDnsProvider()
    {
        m_info.id = QStringLiteral("cloudns");
        m_info.name = QStringLiteral("ClouDNS");
        m_info.protocol = QStringLiteral("cloudns");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.cloudns.net");
        m_info.documentation = QUrl(QStringLiteral("https://www.cloudns.net/wiki/article/57/"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a master zone at ClouDNS through its HTTP API, which ClouDNS offers on paid "
            "plans: create an API user (auth-id and password, or a sub-user limited to the zone) under API & "
            "Resellers. Each record is read first and changed only when it differs, keeping its TTL; a missing one "
            "is added with 3600 seconds unless the profile sets a TTL (ClouDNS takes 60, 300, 900, 1800, 3600, "
            "21600, 43200, 86400 seconds and longer)."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.cloudns.net"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the zone below; the zone itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Auth ID"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The API user's auth-id (or the sub-user's sub-auth-id, with subUser set)"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Auth password"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The API user's auth-password"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        ProviderOption subUser;
        subUser.key = subUserKey();
        subUser.kind = ProviderOption::Kind::Bool;
        subUser.defaultValue = false;
        subUser.label = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API sub-user"));
        subUser.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Auth ID is a sub-user's sub-auth-id."));
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The zone (domain) at ClouDNS the hosts belong to, e.g. example.com."))),
                          subUser};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors = Rest::validateZoneOption(profile, path, clouDnsWords().name);
        const QJsonValue ttl = profile.value(QLatin1String("ttl"));
        if (ttl.isDouble() && std::find(std::begin(kTtls), std::end(kTtls), ttl.toInt()) == std::end(kTtls))
            errors.append({path + QStringLiteral(".ttl"),
                           QStringLiteral("ClouDNS takes a TTL of 60, 300, 900, 1800, 3600, 21600, 43200, 86400, 172800, "
                                          "259200, 604800, 1209600 or 2592000 seconds, not %1")
                               .arg(ttl.toInt())});
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<ClouDnsTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_cloudns(ProviderList &list)
{
    list.push_back(std::make_unique<ClouDnsProvider>());
}
} // namespace Providers

} // namespace Qddns
