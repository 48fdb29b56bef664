// Beget's API, DNS functions (https://beget.com/en/kb/api/dns-administration-functions, checked
// 2026-12-07): calls to https://api.beget.com/api/dns/METHOD with login, passwd,
// input_format=json, output_format=json and input_data (JSON), sent here as a POST form so the
// password stays out of URLs. getData {"fqdn"} answers the name's records by type
// ({"A": [{"value", "priority"}], "MX": …, "TXT": …}) and its "set_type" (1: A/MX/TXT, 2: NS,
// 3: CNAME); changeRecords {"fqdn", "records"} replaces every record of the name, so the other
// types go back as they were. Replies are {"status", "answer": {"status", "result" | "errors"}}
// or {"status": "error", "error_code", "error_text"}. There is no TTL.
#include "providers/providerkit.h"
#include "providers/rest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const Rest::Words &begetWords()
{
    static const Rest::Words w{QStringLiteral("Beget"), QStringLiteral("login and API password"),
                               QStringLiteral("; use the account login and the API password set in the control panel "
                                              "(API section)")};
    return w;
}

// The answer's "result", or the failure in Beget's words.
Expected<QJsonValue, Failure> answerOf(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    QString code;
    QString text;
    if (root && root->value(QLatin1String("status")).toString() == QLatin1String("error")) {
        code = root->value(QLatin1String("error_code")).toString();
        text = root->value(QLatin1String("error_text")).toString();
    }
    const QJsonObject answer = root ? root->value(QLatin1String("answer")).toObject() : QJsonObject();
    if (code.isEmpty() && answer.value(QLatin1String("status")).toString() == QLatin1String("error")) {
        const QJsonObject first = answer.value(QLatin1String("errors")).toArray().at(0).toObject();
        code = first.value(QLatin1String("error_code")).toString();
        text = first.value(QLatin1String("error_text")).toString();
    }
    const QString detail = code.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                          : QStringLiteral("HTTP %1, %2: %3").arg(reply.status).arg(code, bodyExcerpt(text.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, begetWords(), detail))
        return Unexpected(*failure);
    if (code == QLatin1String("AUTH_ERROR"))
        return Unexpected(Rest::authFailure(begetWords(), detail));
    if (code == QLatin1String("LIMIT_ERROR"))
        return Unexpected(Failure{Outcome::RetryLater, QStringLiteral("Beget rate limit reached (%1)").arg(detail), {}, true});
    if (!code.isEmpty())
        return Unexpected(Failure{Outcome::Rejected, QStringLiteral("Beget refused the request (%1)").arg(detail)});
    if (!root || !reply.isSuccess() || root->value(QLatin1String("status")).toString() != QLatin1String("success")
        || answer.value(QLatin1String("status")).toString() != QLatin1String("success")) {
        return Unexpected(Rest::unexpectedReply(begetWords(), reply, secrets));
    }
    return answer.value(QLatin1String("result"));
}

class BegetTransaction : public Rest::RecordApiTransaction
{
public:
    BegetTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, begetWords(), lcProvider),
          m_base(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/api/dns")))
    {
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Beget needs the account login and the API password")};
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return call(QStringLiteral("getData"), QJsonObject{{QStringLiteral("fqdn"), job.name}});
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        const auto result = answerOf(reply, secrets());
        if (!result)
            return Unexpected(result.error());
        const QJsonObject data = result->toObject();
        const QJsonValue records = data.value(QLatin1String("records"));
        if (!records.isObject())
            return Unexpected(Rest::unexpectedReply(begetWords(), reply, secrets(), QStringLiteral("no records")));
        // A name delegated (NS) or aliased (CNAME) has no addresses of its own to keep.
        const int setType = data.value(QLatin1String("set_type")).toVariant().toInt();
        if (setType != 1) {
            return Unexpected(Failure{Outcome::Rejected, QStringLiteral("%1 is set to %2 records at Beget; switch it to A records "
                                                                        "in the control panel first")
                                                             .arg(job.name, setType == 3 ? QStringLiteral("CNAME") : QStringLiteral("NS"))});
        }
        QList<Rest::Record> list;
        for (const QJsonValue &v : records.toObject().value(recordTypeName(job.type)).toArray()) {
            const QString value = v.toObject().value(QLatin1String("value")).toString();
            if (!value.isEmpty())
                list.append({QString(), value, data});
        }
        // A create also has to send back the name's other records: kept from this read.
        m_current = data;
        return list;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return change(job, m_current, QJsonValue(0));
    }

    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const QJsonArray list = existing.fields.value(QLatin1String("records")).toObject().value(recordTypeName(job.type)).toArray();
        QJsonValue priority(0);
        for (const QJsonValue &v : list) {
            if (v.toObject().value(QLatin1String("value")).toString() == existing.content)
                priority = v.toObject().value(QLatin1String("priority"));
        }
        return change(job, existing.fields, priority);
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        const auto result = answerOf(reply, secrets());
        if (!result)
            return result.error();
        if (result->isBool() && !result->toBool())
            return Failure{Outcome::RetryLater, QStringLiteral("Beget did not change the records (result: false)")};
        return std::nullopt;
    }

private:
    // Every record the name has, the job's type replaced by the one address. The name servers
    // (DNS, DNS_IP) describe the zone, not the name's records, and are not sent.
    HttpRequest change(const Rest::RecordJob &job, const QJsonObject &data, const QJsonValue &priority) const
    {
        QJsonObject records;
        const QJsonObject current = data.value(QLatin1String("records")).toObject();
        for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
            if (it.key() == QLatin1String("DNS") || it.key() == QLatin1String("DNS_IP"))
                continue;
            QJsonArray kept;
            for (const QJsonValue &v : it.value().toArray()) {
                if (!v.toObject().value(QLatin1String("value")).toString().isEmpty())
                    kept.append(v);
            }
            if (!kept.isEmpty())
                records.insert(it.key(), kept);
        }
        records.insert(recordTypeName(job.type),
                       QJsonArray{QJsonObject{{QStringLiteral("priority"), priority}, {QStringLiteral("value"), job.address.toString()}}});
        return call(QStringLiteral("changeRecords"),
                    QJsonObject{{QStringLiteral("fqdn"), job.name}, {QStringLiteral("records"), records}});
    }

    HttpRequest call(const QString &method, const QJsonObject &input) const
    {
        const QList<std::pair<QString, QString>> fields{
            {QStringLiteral("login"), request().username},
            {QStringLiteral("passwd"), request().secret},
            {QStringLiteral("input_format"), QStringLiteral("json")},
            {QStringLiteral("output_format"), QStringLiteral("json")},
            {QStringLiteral("input_data"), QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact))},
        };
        QByteArrayList pairs;
        for (const auto &field : fields)
            pairs.append(field.first.toLatin1() + '=' + QUrl::toPercentEncoding(field.second));
        HttpRequest r;
        r.method = "POST";
        r.url = joinUrl(m_base, method);
        r.headers.append({QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
        r.body = pairs.join('&');
        return r;
    }

    QUrl m_base;
    mutable QJsonObject m_current; ///< the last read's data of the name
};

class BegetProvider : public Provider
{
public:
    BegetProvider()
    {
        m_info.id = QStringLiteral("beget");
        m_info.name = QStringLiteral("Beget");
        m_info.protocol = QStringLiteral("beget");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://beget.com");
        m_info.documentation = QUrl(QStringLiteral("https://beget.com/en/kb/api/dns-administration-functions"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of domains and subdomains on Beget's DNS through the Beget API. Beget replaces "
            "every record of a name at once, so the name's other records (MX, TXT, the other family) are sent back "
            "as they were; a name that already holds the address is left alone. Beget's API has no TTL."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.beget.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domains or subdomains on your Beget account"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Login"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The Beget account login"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API password"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The API password set in the Beget control panel (API section), with API access enabled"));
        m_info.supportsTtl = false;
        // One read and at most one write per record.
        m_info.maxHostsPerRequest = 10;
    }

    const ProviderInfo &info() const override { return m_info; }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<BegetTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_beget(ProviderList &list)
{
    list.push_back(std::make_unique<BegetProvider>());
}
} // namespace Providers

} // namespace Qddns
