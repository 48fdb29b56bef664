// NearlyFreeSpeech.NET's member API (https://members.nearlyfreespeech.net/wiki/API/Introduction,
// checked 2026-12-07): form-encoded POSTs to
// https://api.nearlyfreespeech.net/dns/ZONE/ACTION, each authenticated with X-NFSN-Authentication
// (a salted SHA-1 over login, time, API key, path and body; providers/signing/nfsnauth.h). Used
// here: listRRs (name, type), replaceRR (replaces the A or AAAA records of a name in one step) and
// addRR. Errors are {"error": …, "debug": …} with the HTTP status.
#include "providers/providerkit.h"
#include "providers/rest.h"
#include "providers/signing/nfsnauth.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
constexpr int kMinTtl = 180;     // NearlyFreeSpeech's minimum
constexpr int kDefaultTtl = 180; // a dynamic address wants the shortest one

const Rest::Words &nfsnWords()
{
    static const Rest::Words w{QStringLiteral("NearlyFreeSpeech.NET"), QStringLiteral("API key"),
                               QStringLiteral("; check the member login and the API key (Profile, Manage API Key)")};
    return w;
}

/// Classifies a reply; nullopt when it is a 2xx reply (its body is the caller's).
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const auto root = Rest::jsonObject(reply.body);
    const QString error = root ? root->value(QLatin1String("error")).toString() : QString();
    QString detail = QStringLiteral("HTTP %1").arg(reply.status);
    if (!error.isEmpty()) {
        const QString debug = root->value(QLatin1String("debug")).toString();
        detail += QStringLiteral(": ") + bodyExcerpt((debug.isEmpty() ? error : error + QStringLiteral(" (") + debug + QLatin1Char(')')).toUtf8(), secrets, 160);
    }
    if (auto failure = Rest::commonFailure(reply, nfsnWords(), detail))
        return failure;
    if (!error.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("NearlyFreeSpeech.NET refused the request (%1)").arg(detail)};
    if (!reply.isSuccess())
        return Rest::unexpectedReply(nfsnWords(), reply, secrets);
    return std::nullopt;
}

class NfsnTransaction : public Rest::RecordApiTransaction
{
public:
    NfsnTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, nfsnWords(), lcProvider),
          m_server(request.server.isEmpty() ? defaultServer : request.server),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("NearlyFreeSpeech.NET needs the member login and the API key")};
        if (m_zone.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no NearlyFreeSpeech.NET DNS zone is configured (option \"zone\")")};
        if (!Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the zone %2").arg(job.name, m_zone)};
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        return call("listRRs", {{QStringLiteral("name"), relativeName(job.name)}, {QStringLiteral("type"), recordTypeName(job.type)}});
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        // The list is a JSON array of the zone's records.
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
        if (!doc.isArray())
            return Unexpected(Rest::unexpectedReply(nfsnWords(), reply, secrets(), QStringLiteral("no record list")));
        QList<Rest::Record> records;
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && r.value(QLatin1String("name")).toString().toLower() == relativeName(job.name))
                records.append({QString(), r.value(QLatin1String("data")).toString(), r});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return call("addRR", recordFields(job, request().ttl.value_or(kDefaultTtl)));
    }

    // The record's TTL stays unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        return call("replaceRR", recordFields(job, request().ttl.value_or(existing.fields.value(QLatin1String("ttl")).toInt(kDefaultTtl))));
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        // A write answers with an empty body.
        if (!reply.body.trimmed().isEmpty() && !Rest::jsonObject(reply.body))
            return Rest::unexpectedReply(nfsnWords(), reply, secrets());
        return std::nullopt;
    }

private:
    QList<std::pair<QString, QString>> recordFields(const Rest::RecordJob &job, int ttl) const
    {
        return {{QStringLiteral("name"), relativeName(job.name)},
                {QStringLiteral("type"), recordTypeName(job.type)},
                {QStringLiteral("data"), job.address.toString()},
                {QStringLiteral("ttl"), QString::number(std::max(ttl, kMinTtl))}};
    }

    // Empty for the zone itself, else the labels in front of it ("home", "*", "a.b").
    QString relativeName(const QString &name) const
    {
        return Rest::relativeName(name, m_zone, QString());
    }

    // A form POST to the zone's \a action, authenticated at the time it is made.
    HttpRequest call(const QByteArray &action, const QList<std::pair<QString, QString>> &fields) const
    {
        HttpRequest r;
        r.method = "POST";
        r.url = joinUrl(m_server, QStringLiteral("/dns/%1/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_zone)), QString::fromLatin1(action)));
        QByteArrayList form;
        for (const auto &field : fields)
            form.append(QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second));
        r.body = form.join('&');
        r.headers = {{QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")}};
        Signing::signNfsn(r, request().username, request().secret, request().now(), Signing::nfsnSalt(request().randomBytes(16)));
        return r;
    }

    QUrl m_server;
    QString m_zone;
};

class NfsnProvider : public Provider
{
public:
    NfsnProvider()
    {
        m_info.id = QStringLiteral("nearlyfreespeech");
        m_info.name = QStringLiteral("NearlyFreeSpeech.NET");
        m_info.protocol = QStringLiteral("nearlyfreespeech");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://www.nearlyfreespeech.net/");
        m_info.documentation = QUrl(QStringLiteral("https://members.nearlyfreespeech.net/wiki/API/Introduction"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a DNS zone hosted at NearlyFreeSpeech.NET. Create an API key under Profile, Manage "
            "API Key; it works with the member login. The records of a name and type are replaced in one step; a missing "
            "one is added. NearlyFreeSpeech.NET's shortest TTL is 180 seconds."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.nearlyfreespeech.net"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the zone below; the zone itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Member login"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The login name of the NearlyFreeSpeech.NET membership"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "API key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The API key from Profile, Manage API Key"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The DNS zone (domain) the hosts belong to, e.g. example.com.")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors = Rest::validateZoneOption(profile, path, m_info.name);
        if (profile.contains(QLatin1String("ttl")) && profile.value(QLatin1String("ttl")).toInt() < kMinTtl)
            errors.append({path + QStringLiteral(".ttl"), QStringLiteral("NearlyFreeSpeech.NET takes 180 seconds or more")});
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<NfsnTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_nearlyfreespeech(ProviderList &list)
{
    list.push_back(std::make_unique<NfsnProvider>());
}
} // namespace Providers

} // namespace Qddns
