// OVHcloud's API for DNS zones (https://eu.api.ovh.com/console/ under /domain/zone, and "First
// steps with the OVHcloud APIs" for the keys and the signature; checked 2026-12-07). Every request is
// signed (providers/signing/ovhsignature.h) with the application key and secret and a consumer
// key. GET /domain/zone/{zone}/record?fieldType=A&subDomain=home lists record ids;
// GET /domain/zone/{zone}/record/{id} is one record (subDomain, fieldType, target, ttl);
// PUT of it with {"target"} changes it; POST /domain/zone/{zone}/record with fieldType, subDomain
// and target creates one; POST /domain/zone/{zone}/refresh applies the changes to the zone, so it
// follows every write. Errors carry {"message", "errorCode"}. The apex is the empty subDomain.
// The DynHost preset "ovh" is the simpler interface for a single DynHost record.
#include "providers/providerkit.h"
#include "providers/restzone.h"
#include "providers/signing/ovhsignature.h"

#include "core/redact.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kConsumerKey = QStringLiteral("consumerKey");

const Rest::Words &ovhWords()
{
    static const Rest::Words w{QStringLiteral("OVHcloud"), QStringLiteral("API keys"),
                               QStringLiteral("; create them at https://eu.api.ovh.com/createToken/ (or your region's) with "
                                              "GET, POST and PUT on /domain/zone/*, and check this machine's clock")};
    return w;
}

// The API's JSON; writes answer a bare null, which QJsonDocument does not read.
std::optional<QJsonValue> jsonOf(const QByteArray &body)
{
    if (body.trimmed() == "null")
        return QJsonValue(QJsonValue::Null);
    return Rest::jsonValue(body);
}

std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString message = root ? root->value(QLatin1String("message")).toString() : QString();
    const QString detail = message.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                             : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(message.toUtf8(), secrets, 160));
    if (auto failure = Rest::commonFailure(reply, ovhWords(), detail))
        return failure;
    if (reply.isSuccess())
        return jsonOf(reply.body) ? std::nullopt
                                           : std::optional<Failure>(Rest::unexpectedReply(ovhWords(), reply, secrets, QStringLiteral("not the API's JSON")));
    const QString code = root ? root->value(QLatin1String("errorCode")).toString() : QString();
    // A bad signature or unknown key comes back as 400 with its own code.
    if (code == QLatin1String("INVALID_SIGNATURE") || code == QLatin1String("INVALID_CREDENTIAL") || code == QLatin1String("INVALID_KEY"))
        return Rest::authFailure(ovhWords(), detail);
    if (!message.isEmpty() && reply.status >= 400 && reply.status < 500)
        return Failure{Outcome::Rejected, QStringLiteral("OVHcloud refused the request (%1)").arg(detail)};
    return Rest::unexpectedReply(ovhWords(), reply, secrets);
}

class OvhTransaction : public HttpTransaction
{
public:
    OvhTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : m_request(request),
          m_base(request.server.isEmpty() ? defaultServer : request.server),
          m_zone(Rest::profileZone(request))
    {
        for (const QString &host : request.hosts) {
            for (const RecordType type : {RecordType::A, RecordType::AAAA}) {
                const auto address = type == RecordType::A ? request.ipv4 : request.ipv6;
                if (!address)
                    continue;
                Job job;
                job.record = {host, Rest::canonicalName(host), type, *address};
                if (request.username.isEmpty() || request.secret.isEmpty()
                    || request.credentials.value(kConsumerKey).isEmpty())
                    job.result = result(job, {Outcome::AuthFailed, QStringLiteral("OVHcloud needs the application key, its secret and a consumer key")});
                else if (const auto problem = Rest::zoneProblem(job.record, m_zone, ovhWords().name))
                    job.result = result(job, *problem);
                m_jobs.append(job);
            }
        }
        next();
    }

    QList<RecordResult> results() const override
    {
        QList<RecordResult> list;
        for (const Job &job : m_jobs)
            list.append(job.result.value_or(RecordResult{job.record.host, job.record.type, Outcome::RetryLater,
                                                         QStringLiteral("not sent")}));
        return list;
    }

protected:
    std::optional<HttpRequest> nextHttpRequest() override
    {
        switch (m_step) {
        case Step::List: {
            const Rest::RecordJob &r = current().record;
            return call("GET", recordsPath() + QStringLiteral("?fieldType=%1&subDomain=%2")
                                                   .arg(recordTypeName(r.type), QString::fromLatin1(QUrl::toPercentEncoding(subDomain(r)))));
        }
        case Step::Get:
            return call("GET", recordsPath() + QLatin1Char('/') + m_recordId);
        case Step::Write:
            return m_write;
        case Step::Refresh:
            return call("POST", QStringLiteral("/domain/zone/%1/refresh").arg(m_zone));
        case Step::Done:
            return std::nullopt;
        }
        return std::nullopt;
    }

    void handleHttpReply(const HttpReply &reply) override
    {
        if (const auto failure = classify(reply, m_request.secretValues())) {
            if (m_step == Step::Refresh)
                return refreshFailed(*failure);
            if (failure->stop)
                return stopAll(*failure);
            current().result = result(current(), *failure);
            return next();
        }
        const QJsonValue value = *jsonOf(reply.body);
        switch (m_step) {
        case Step::List:
            return onList(reply, value);
        case Step::Get:
            return onGet(reply, value);
        case Step::Write:
            return onWrite(reply, value);
        case Step::Refresh:
            m_step = Step::Done;
            return;
        case Step::Done:
            return;
        }
    }

private:
    enum class Step { List, Get, Write, Refresh, Done };
    struct Job
    {
        Rest::RecordJob record;
        std::optional<RecordResult> result;
    };

    Job &current() { return m_jobs[m_current]; }
    QString recordsPath() const { return QStringLiteral("/domain/zone/%1/record").arg(m_zone); }
    QString subDomain(const Rest::RecordJob &r) const { return Rest::relativeName(r.name, m_zone, QString()); }

    RecordResult result(const Job &job, const Failure &failure) const
    {
        return {job.record.host, job.record.type, failure.outcome, redactText(failure.message, m_request.secretValues()),
                failure.minRetryDelay, failure.unexpected};
    }

    HttpRequest call(const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body = std::nullopt) const
    {
        HttpRequest r;
        r.method = method;
        r.url = QUrl(m_base.toString(QUrl::FullyEncoded) + path, QUrl::StrictMode);
        if (body) {
            r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
            r.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        }
        Signing::signOvh(r, m_request.username, m_request.secret,
                         m_request.credentials.value(kConsumerKey), m_request.now());
        return r;
    }

    void onList(const HttpReply &reply, const QJsonValue &value)
    {
        const Rest::RecordJob &r = current().record;
        if (!value.isArray())
            return settle(Rest::unexpectedReply(ovhWords(), reply, m_request.secretValues(), QStringLiteral("no list of record ids")));
        const QJsonArray ids = value.toArray();
        if (ids.isEmpty()) {
            QJsonObject body{{QStringLiteral("fieldType"), recordTypeName(r.type)},
                             {QStringLiteral("subDomain"), subDomain(r)},
                             {QStringLiteral("target"), r.address.toString()}};
            if (m_request.ttl)
                body.insert(QStringLiteral("ttl"), *m_request.ttl);
            m_write = call("POST", recordsPath(), body);
            m_writeDescription = QStringLiteral("created %1 record %2 with %3").arg(recordTypeName(r.type), r.name, r.address.toString());
            m_step = Step::Write;
            return;
        }
        if (ids.size() > 1)
            return settle({Outcome::Rejected, QStringLiteral("%1 %2 records named %3 exist at OVHcloud; qddns will not guess which one "
                                                             "to overwrite: keep one and delete the others")
                                                  .arg(ids.size()).arg(recordTypeName(r.type), r.name)});
        m_recordId = Rest::idText(ids.first());
        if (!Rest::isPlausibleId(m_recordId))
            return settle(Rest::unexpectedReply(ovhWords(), reply, m_request.secretValues(), QStringLiteral("no record id")));
        m_step = Step::Get;
    }

    void onGet(const HttpReply &reply, const QJsonValue &value)
    {
        const Rest::RecordJob &r = current().record;
        const QJsonObject record = value.toObject();
        if (!record.value(QLatin1String("target")).isString() || record.value(QLatin1String("fieldType")).toString() != recordTypeName(r.type))
            return settle(Rest::unexpectedReply(ovhWords(), reply, m_request.secretValues(), QStringLiteral("no record")));
        const QString target = record.value(QLatin1String("target")).toString();
        if (Rest::sameAddress(target, r.address)) {
            current().result = RecordResult{r.host, r.type, Outcome::Unchanged,
                                            QStringLiteral("%1 record %2 already holds %3").arg(recordTypeName(r.type), r.name, r.address.toString())};
            return next();
        }
        QJsonObject body{{QStringLiteral("target"), r.address.toString()}};
        if (m_request.ttl)
            body.insert(QStringLiteral("ttl"), *m_request.ttl);
        m_write = call("PUT", recordsPath() + QLatin1Char('/') + m_recordId, body);
        m_writeDescription = QStringLiteral("changed %1 record %2 from %3 to %4")
                                 .arg(recordTypeName(r.type), r.name, bodyExcerpt(target.toUtf8(), m_request.secretValues(), 60), r.address.toString());
        m_step = Step::Write;
    }

    // PUT answers null, POST the new record.
    void onWrite(const HttpReply &reply, const QJsonValue &value)
    {
        const bool created = m_write.method == "POST";
        if (created ? !value.toObject().contains(QLatin1String("id")) : !value.isNull())
            return settle(Rest::unexpectedReply(ovhWords(), reply, m_request.secretValues(), QStringLiteral("not the API's answer to a write")));
        const Rest::RecordJob &r = current().record;
        current().result = RecordResult{r.host, r.type, Outcome::Updated, m_writeDescription};
        m_written.append(m_current);
        next();
    }

    void settle(const Failure &failure)
    {
        current().result = result(current(), failure);
        next();
    }

    void stopAll(const Failure &failure)
    {
        for (Job &job : m_jobs) {
            if (!job.result)
                job.result = result(job, failure);
        }
        finishWithRefresh();
    }

    // Written records are in the zone's data but not served until the refresh: say so when it fails.
    void refreshFailed(const Failure &failure)
    {
        for (int i : std::as_const(m_written)) {
            RecordResult &written = *m_jobs[i].result;
            written.outcome = Outcome::RetryLater;
            written.message += QStringLiteral(", but refreshing the zone failed: ") + redactText(failure.message, m_request.secretValues());
            written.minRetryDelay = failure.minRetryDelay;
            written.unexpected = failure.unexpected;
        }
        m_step = Step::Done;
    }

    void next()
    {
        m_write = {};
        m_recordId.clear();
        for (int i = m_current + 1; i < m_jobs.size(); ++i) {
            if (!m_jobs.at(i).result) {
                m_current = i;
                m_step = Step::List;
                return;
            }
        }
        finishWithRefresh();
    }

    void finishWithRefresh()
    {
        m_step = m_written.isEmpty() ? Step::Done : Step::Refresh;
        qCDebug(lcProvider).noquote() << "records written:" << m_written.size();
    }

    UpdateRequest m_request;
    QUrl m_base;
    QString m_zone;
    QList<Job> m_jobs;
    int m_current = -1;
    Step m_step = Step::Done;
    QString m_recordId;
    HttpRequest m_write;
    QString m_writeDescription;
    QList<int> m_written;
};

class OvhApiProvider : public Provider
{
public:
    OvhApiProvider()
    {
        m_info.id = QStringLiteral("ovhapi");
        m_info.name = QStringLiteral("OVHcloud (API)");
        m_info.protocol = QStringLiteral("ovhapi");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://www.ovhcloud.com");
        m_info.documentation = QUrl(QStringLiteral("https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a DNS zone at OVHcloud through its signed API, then refreshes the zone so "
            "that the change is served. Create an application key, its secret and a consumer key at "
            "https://eu.api.ovh.com/createToken/ (Canada: ca.api.ovh.com, US: api.us.ovhcloud.com, then set the "
            "server to https://ca.api.ovh.com/1.0 or https://api.us.ovhcloud.com/1.0) with the rights GET, POST "
            "and PUT on /domain/zone/*. Requests carry this machine's time: keep its clock right. For a single "
            "DynHost record the \"ovh\" provider needs only the DynHost login."));
        m_info.defaultServer = QUrl(QStringLiteral("https://eu.api.ovh.com/1.0"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the zone below; the zone itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Application key"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The application key (AK) shown when the keys were created"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Application secret"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The application secret (AS)"));
        m_info.extraCredentials = {{kConsumerKey, QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Consumer key")),
                                    QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The consumer key (CK) that was validated for the rights above")), true}};
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {Rest::zoneOption(QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The DNS zone at OVHcloud the hosts belong to, e.g. example.com.")))};
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        return Rest::validateZoneOption(profile, path, ovhWords().name);
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<OvhTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_ovhapi(ProviderList &list)
{
    list.push_back(std::make_unique<OvhApiProvider>());
}
} // namespace Providers

} // namespace Qddns
