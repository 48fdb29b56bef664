// netcup's CCP API (DNS API of the customer control panel: interface description at
// https://ccp.netcup.net/run/webservice/servers/endpoint.php, how to get the API key and password at
// https://helpcenter.netcup.com/en/wiki/general/our-api; checked 2026-12-07): every call is a POST
// of {"action", "param"} as JSON to endpoint.php?JSON. "login" with customernumber, apikey and
// apipassword gives an apisessionid; "infoDnsRecords" (domainname) lists the zone's records (id,
// hostname relative to the zone with "@" for the zone itself, type, priority, destination,
// deleterecord, state); "updateDnsRecords" takes a dnsrecordset of records (with an id: changed,
// without: created) and answers with the zone's records; "logout" ends the session. Replies are
// {"status": "success"|"error"|…, "statuscode", "shortmessage", "longmessage", "responsedata"}.
// Record TTLs are the zone's, not the record's: no per-record TTL is sent.
#include "providers/providerkit.h"
#include "providers/restzone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kApiKey = QStringLiteral("apiKey");

const Rest::Words &netcupWords()
{
    static const Rest::Words w{QStringLiteral("netcup"), QStringLiteral("customer number, API key and API password"),
                               QStringLiteral("; create the API key and password in the CCP under Master Data > API")};
    return w;
}

class NetcupTransaction : public Rest::RecordApiTransaction
{
public:
    NetcupTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, netcupWords(), lcProvider),
          m_endpoint(joinUrl(request.server.isEmpty() ? defaultServer : request.server,
                             QStringLiteral("/run/webservice/servers/endpoint.php"))),
          m_zone(Rest::profileZone(request))
    {
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty() || apiKey().isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("netcup needs the customer number, the API key and the API password")};
        return Rest::zoneProblem(job, m_zone, netcupWords().name);
    }

    std::optional<HttpRequest> zoneRequest() const override
    {
        return call(QStringLiteral("login"), {{QStringLiteral("apipassword"), request().secret}});
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        const auto data = responseData(reply, true);
        if (!data)
            return data.error();
        const QString session = data->toObject().value(QLatin1String("apisessionid")).toString();
        if (session.isEmpty())
            return Rest::unexpectedReply(netcupWords(), reply, mask(reply), QStringLiteral("no session"));
        m_session = session;
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &) const override
    {
        return call(QStringLiteral("infoDnsRecords"), {{QStringLiteral("domainname"), m_zone}});
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        const auto data = responseData(reply, false);
        if (!data)
            return Unexpected(data.error());
        const QJsonValue list = data->toObject().value(QLatin1String("dnsrecords"));
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(netcupWords(), reply, mask(reply), QStringLiteral("no record list")));
        return matching(list.toArray(), job);
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        const QJsonObject record{{QStringLiteral("hostname"), hostname(job)},
                                 {QStringLiteral("type"), recordTypeName(job.type)},
                                 {QStringLiteral("destination"), job.address.toString()},
                                 {QStringLiteral("deleterecord"), false}};
        return write(record);
    }

    // The record goes back as netcup listed it (id, priority, state…) with the new destination.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        if (!Rest::isPlausibleId(existing.id))
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("netcup gave no usable id for the record %1").arg(job.name),
                                      {}, false, true});
        QJsonObject record = existing.fields;
        record.insert(QStringLiteral("destination"), job.address.toString());
        record.insert(QStringLiteral("deleterecord"), false);
        return write(record);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool) const override
    {
        const auto data = responseData(reply, false);
        if (!data)
            return data.error();
        const QJsonValue list = data->toObject().value(QLatin1String("dnsrecords"));
        if (!list.isArray())
            return Rest::unexpectedReply(netcupWords(), reply, mask(reply), QStringLiteral("no record list"));
        const QList<Rest::Record> now = matching(list.toArray(), job);
        const bool holds = std::any_of(now.cbegin(), now.cend(),
                                       [&job](const Rest::Record &r) { return Rest::sameAddress(r.content, job.address); });
        if (!holds)
            return Failure{Outcome::RetryLater, QStringLiteral("netcup accepted the change but lists no %1 record %2 with %3")
                                                    .arg(recordTypeName(job.type), job.name, job.address.toString())};
        return std::nullopt;
    }

    // After the last record: end the session, unless the API is unreachable or refusing requests.
    std::optional<HttpRequest> nextHttpRequest() override
    {
        if (auto next = RecordApiTransaction::nextHttpRequest())
            return next;
        if (m_session.isEmpty() || m_loggedOut || m_blocked)
            return std::nullopt;
        m_loggingOut = true;
        return call(QStringLiteral("logout"), {});
    }

    void handleHttpReply(const HttpReply &reply) override
    {
        m_blocked = !reply.error.isEmpty() || reply.status == 429 || reply.status >= 500;
        if (m_loggingOut) {
            // The records are done; a failed logout only leaves a session that expires by itself.
            m_loggingOut = false;
            m_loggedOut = true;
            const auto data = responseData(reply, false);
            if (!data)
                qCDebug(lcProvider).noquote() << "logout:" << data.error().message;
            return;
        }
        RecordApiTransaction::handleHttpReply(reply);
    }

private:
    QString apiKey() const { return request().credentials.value(kApiKey); }

    // Every call names the customer and the key; after login, the session too.
    HttpRequest call(const QString &action, QJsonObject param) const
    {
        param.insert(QStringLiteral("customernumber"), request().username);
        param.insert(QStringLiteral("apikey"), apiKey());
        if (!m_session.isEmpty())
            param.insert(QStringLiteral("apisessionid"), m_session);
        HttpRequest http;
        http.method = "POST";
        http.url = m_endpoint;
        http.url.setQuery(QStringLiteral("JSON"));
        http.headers = {{QByteArray("Content-Type"), QByteArray("application/json")}};
        http.body = QJsonDocument(QJsonObject{{QStringLiteral("action"), action}, {QStringLiteral("param"), param}})
                        .toJson(QJsonDocument::Compact);
        return http;
    }

    HttpRequest write(const QJsonObject &record) const
    {
        const QJsonObject set{{QStringLiteral("dnsrecords"), QJsonArray{record}}};
        return call(QStringLiteral("updateDnsRecords"),
                    {{QStringLiteral("domainname"), m_zone}, {QStringLiteral("dnsrecordset"), set}});
    }

    QString hostname(const Rest::RecordJob &job) const
    {
        const QString relative = Rest::relativeName(job.name, m_zone, QString());
        return relative.isEmpty() ? QStringLiteral("@") : relative;
    }

    QList<Rest::Record> matching(const QJsonArray &records, const Rest::RecordJob &job) const
    {
        QList<Rest::Record> found;
        const QString host = hostname(job);
        for (const QJsonValue &v : records) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && r.value(QLatin1String("hostname")).toString().toLower() == host)
                found.append({Rest::idText(r.value(QLatin1String("id"))), r.value(QLatin1String("destination")).toString(), r});
        }
        return found;
    }

    // What a message must not show: the credentials and any session id, ours or one in the reply.
    QStringList mask(const HttpReply &reply) const
    {
        QStringList values = secrets();
        if (!m_session.isEmpty())
            values.append(m_session);
        static const QRegularExpression session(QStringLiteral("\"apisessionid\"\\s*:\\s*\"([^\"]+)\""));
        auto it = session.globalMatch(QString::fromUtf8(reply.body));
        while (it.hasNext())
            values.append(it.next().captured(1));
        return values;
    }

    // The responsedata of a successful reply, or a failure in netcup's words.
    Expected<QJsonValue, Failure> responseData(const HttpReply &reply, bool login) const
    {
        const QStringList masked = mask(reply);
        const auto root = Rest::jsonObject(reply.body);
        const QString status = root ? root->value(QLatin1String("status")).toString() : QString();
        QString text = root ? root->value(QLatin1String("shortmessage")).toString() : QString();
        const QString longText = root ? root->value(QLatin1String("longmessage")).toString() : QString();
        if (!longText.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + longText;
        const QString detail = status.isEmpty()
            ? QStringLiteral("HTTP %1").arg(reply.status)
            : QStringLiteral("status %1: %2").arg(root->value(QLatin1String("statuscode")).toInt()).arg(bodyExcerpt(text.toUtf8(), masked, 160));
        if (auto failure = Rest::commonFailure(reply, netcupWords(), detail))
            return Unexpected(*failure);
        if (!reply.isSuccess())
            return Unexpected(Rest::unexpectedReply(netcupWords(), reply, masked));
        if (status == QLatin1String("success"))
            return root->value(QLatin1String("responsedata"));
        if (status != QLatin1String("error"))
            return Unexpected(Rest::unexpectedReply(netcupWords(), reply, masked));
        if (text.contains(QLatin1String("requests per minute"), Qt::CaseInsensitive))
            return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("netcup rate limit reached (%1)").arg(detail), {}, true});
        // A refused login is the credentials; the other calls come with a valid session.
        if (login)
            return Unexpected(Rest::authFailure(netcupWords(), detail));
        return Unexpected(Failure{Outcome::Rejected, QStringLiteral("netcup refused the request (%1)").arg(detail)});
    }

    QUrl m_endpoint;
    QString m_zone;
    QString m_session;
    bool m_loggingOut = false;
    bool m_loggedOut = false;
    bool m_blocked = false;
};

class NetcupProvider : public Provider
{
public:
    NetcupProvider()
    {
        m_info.id = QStringLiteral("netcup");
        m_info.name = QStringLiteral("netcup");
        m_info.protocol = QStringLiteral("netcup");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://www.netcup.com");
        m_info.documentation = QUrl(QStringLiteral("https://ccp.netcup.net/run/webservice/servers/endpoint.php"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of domains at netcup (using netcup's name servers) through the CCP DNS API. "
            "In the customer control panel (CCP), under Master Data > API, generate the API password and create "
            "an API key. Each update logs in, changes the records and logs out. A record that does not exist is "
            "created; one that already holds the address is left alone. TTLs are set for the whole zone in the CCP."));
        m_info.defaultServer = QUrl(QStringLiteral("https://ccp.netcup.net"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Customer number"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Your netcup customer number"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API password"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The API password generated in the CCP (Master Data > API)"));
        m_info.extraCredentials = {{kApiKey, QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key")),
                                    QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "An API key created in the CCP (Master Data > API)")), true}};
        m_info.supportsTtl = false;
        // One session serves the whole batch.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain")),
                                           QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The netcup domain the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, m_info.name);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<NetcupTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_netcup(ProviderList &list)
{
    list.push_back(std::make_unique<NetcupProvider>());
}
} // namespace Providers

} // namespace Qddns
