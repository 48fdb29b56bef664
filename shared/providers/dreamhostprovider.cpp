// DreamHost's API (https://help.dreamhost.com/hc/en-us/articles/217555707-DNS-API-commands,
// checked 2026-12-07): every call is a GET of https://api.dreamhost.com/ with the API key and the
// command in the query (key=…&cmd=…&format=json); replies are {"result": "success"|"error",
// "data": …}. dns-list_records lists every record of the account ({"zone", "record" fully
// qualified, "type", "value", "comment", "editable"}); dns-add_record (record, type, value,
// comment) and dns-remove_record (record, type, value) are the only writes: a record is changed by
// adding the new value, then removing the old one. There is no TTL.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;
using namespace std::chrono_literals;

// DreamHost's limits are per hour; retrying sooner only meets the same answer.
constexpr std::chrono::seconds kSlowDownDelay = 10min;

const Rest::Words &dreamHostWords()
{
    static const Rest::Words w{QStringLiteral("DreamHost"), QStringLiteral("API key"),
                               QStringLiteral("; the key needs the commands dns-list_records, dns-add_record and "
                                              "dns-remove_record (panel: Advanced > API)")};
    return w;
}

// The reply's failure in DreamHost's words, or nullopt for {"result": "success"}.
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString result = root ? root->value(QLatin1String("result")).toString() : QString();
    const QJsonValue data = root ? root->value(QLatin1String("data")) : QJsonValue();
    const QString code = data.isString() ? bodyExcerpt(data.toString().toUtf8(), secrets, 120) : QString();
    const QString detail = code.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                          : QStringLiteral("HTTP %1, error: %2").arg(reply.status).arg(code);
    if (auto failure = Rest::commonFailure(reply, dreamHostWords(), detail))
        return failure;
    if (result == QLatin1String("success") && reply.isSuccess())
        return std::nullopt;
    if (result != QLatin1String("error") || code.isEmpty())
        return Rest::unexpectedReply(dreamHostWords(), reply, secrets);
    // no_key, invalid_key, this_key_cannot_access_this_cmd: the key, not the request.
    if (code.contains(QLatin1String("key")))
        return Rest::authFailure(dreamHostWords(), detail);
    if (code.startsWith(QLatin1String("slow_down_bucko")))
        return Failure{Outcome::RetryLater, QStringLiteral("DreamHost rate limit reached (%1)").arg(detail), kSlowDownDelay, true};
    if (code.startsWith(QLatin1String("internal_error")))
        return Failure{Outcome::RetryLater, QStringLiteral("DreamHost server error (%1)").arg(detail)};
    return Failure{Outcome::Rejected, QStringLiteral("DreamHost refused the request (%1)").arg(detail)};
}

class DreamHostTransaction : public Rest::RecordApiTransaction
{
public:
    DreamHostTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, dreamHostWords(), lcProvider),
          m_api(request.server.isEmpty() ? defaultServer : request.server)
    {
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("no DreamHost API key is configured")};
        return std::nullopt;
    }

    // One list holds every record of the account; it is read again for each record, so the
    // second family sees what the first one's writes left.
    HttpRequest readRequest(const Rest::RecordJob &) const override
    {
        return command(QStringLiteral("dns-list_records"), {});
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const QJsonValue data = Rest::jsonObject(reply.body)->value(QLatin1String("data"));
        if (!data.isArray())
            return Unexpected(Rest::unexpectedReply(dreamHostWords(), reply, secrets(), QStringLiteral("no record list")));
        QStringList zones;
        QList<Rest::Record> records;
        for (const QJsonValue &v : data.toArray()) {
            const QJsonObject r = v.toObject();
            const QString zone = Rest::canonicalName(r.value(QLatin1String("zone")).toString());
            if (!zone.isEmpty() && !zones.contains(zone))
                zones.append(zone);
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && Rest::canonicalName(r.value(QLatin1String("record")).toString()) == job.name) {
                records.append({QString(), r.value(QLatin1String("value")).toString(), r});
            }
        }
        if (Rest::zoneOf(job.name, zones).isEmpty())
            return Unexpected(Rest::notInAnyZone(dreamHostWords(), job.name, zones, QStringLiteral("domain")));
        // Records DreamHost manages itself (its hosting's own A records) are not the API's to change.
        if (records.size() == 1 && records.first().fields.value(QLatin1String("editable")).toVariant().toString() == QLatin1String("0")) {
            return Unexpected(Failure{Outcome::Rejected, QStringLiteral("the %1 record %2 is managed by DreamHost (not editable): "
                                                                        "remove its hosting or use another name")
                                                             .arg(recordTypeName(job.type), job.name)});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return command(QStringLiteral("dns-add_record"), recordQuery(job, job.address.toString()));
    }

    // The new value first, so the name never goes without an address; the old one is removed after.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        QList<std::pair<QString, QString>> query = recordQuery(job, job.address.toString());
        const QString comment = existing.fields.value(QLatin1String("comment")).toString();
        if (!comment.isEmpty())
            query.append({QStringLiteral("comment"), comment});
        return command(QStringLiteral("dns-add_record"), query);
    }

    std::optional<HttpRequest> followUpWrite(const Rest::RecordJob &job, const Rest::Record &replaced) const override
    {
        return command(QStringLiteral("dns-remove_record"), recordQuery(job, replaced.content));
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        return classify(reply, secrets());
    }

private:
    static QList<std::pair<QString, QString>> recordQuery(const Rest::RecordJob &job, const QString &value)
    {
        return {{QStringLiteral("record"), job.name}, {QStringLiteral("type"), recordTypeName(job.type)}, {QStringLiteral("value"), value}};
    }

    HttpRequest command(const QString &cmd, const QList<std::pair<QString, QString>> &args) const
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("key"), request().secret);
        query.addQueryItem(QStringLiteral("cmd"), cmd);
        query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
        for (const auto &arg : args)
            query.addQueryItem(arg.first, QString::fromLatin1(QUrl::toPercentEncoding(arg.second, ":")));
        return m_api.request("GET", QStringLiteral("/"), query);
    }

    Rest::Api m_api;
};

class DreamHostProvider : public Provider
{
public:
    DreamHostProvider()
    {
        m_info.id = QStringLiteral("dreamhost");
        m_info.name = QStringLiteral("DreamHost");
        m_info.protocol = QStringLiteral("dreamhost");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://www.dreamhost.com");
        m_info.documentation = QUrl(QStringLiteral("https://help.dreamhost.com/hc/en-us/articles/217555707-DNS-API-commands"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of domains hosted at DreamHost through the DreamHost API. A record that does not "
            "exist is added; one that already holds the address is left alone; a changed one gets the new value "
            "added (with its comment) and the old one removed, as the API has no edit. DreamHost's API has no TTL."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.dreamhost.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in your DreamHost domains; the domain itself (example.com) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "An API key from the DreamHost panel (Advanced > API) allowed dns-list_records, dns-add_record and "
            "dns-remove_record"));
        m_info.supportsTtl = false;
        // Each record costs a list and one or two writes.
        m_info.maxHostsPerRequest = 10;
    }

    const ProviderInfo &info() const override { return m_info; }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<DreamHostTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_dreamhost(ProviderList &list)
{
    list.push_back(std::make_unique<DreamHostProvider>());
}
} // namespace Providers

} // namespace Qddns
