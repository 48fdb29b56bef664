// Google Cloud DNS API v1 (https://cloud.google.com/dns/docs/reference/v1/resourceRecordSets/patch, checked
// 2026-12-07) with a service account's JSON key: a JWT signed with the key (RS256) is exchanged
// for an OAuth 2.0 access token at the key's token_uri
// (https://developers.google.com/identity/protocols/oauth2/service-account#httprest, grant type
// jwt-bearer, scope ndev.clouddns.readwrite), then resourceRecordSets: list (rrsets?name=&type=),
// patch (rrsets/NAME/TYPE) and create (POST rrsets). Errors are {"error": {code, message, status}}.
#include "providers/providerkit.h"
#include "providers/rest.h"
#include "providers/signing/rsa.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kProjectKey = QStringLiteral("project");
const QString kManagedZoneKey = QStringLiteral("managedZone");
const QString kScope = QStringLiteral("https://www.googleapis.com/auth/ndev.clouddns.readwrite");
const QString kDefaultTokenUri = QStringLiteral("https://oauth2.googleapis.com/token");
constexpr int kTokenLifetime = 3600; // the longest Google accepts
constexpr int kDefaultTtl = 300;     // the Cloud console's default for a new record

const Rest::Words &gcloudWords()
{
    static const Rest::Words w{QStringLiteral("Google Cloud DNS"), QStringLiteral("service account key"),
                               QStringLiteral("; check the JSON key and that the service account has the role DNS Administrator "
                                              "(roles/dns.admin) in the project")};
    return w;
}

/// The fields of a service account's JSON key that qddns uses.
struct ServiceAccountKey
{
    QString clientEmail;
    QByteArray privateKey;
    QString privateKeyId;
    QString projectId;
    QUrl tokenUri;
};

Expected<ServiceAccountKey, QString> parseKey(const QString &secret)
{
    const QJsonDocument doc = QJsonDocument::fromJson(secret.toUtf8());
    const QJsonObject o = doc.object();
    // Never quote the key: it is the secret.
    if (!doc.isObject() || o.value(QLatin1String("type")).toString() != QLatin1String("service_account"))
        return Unexpected(QStringLiteral("the secret is not a service account's JSON key (a file with \"type\": \"service_account\")"));
    ServiceAccountKey key{o.value(QLatin1String("client_email")).toString(), o.value(QLatin1String("private_key")).toString().toUtf8(),
                          o.value(QLatin1String("private_key_id")).toString(), o.value(QLatin1String("project_id")).toString(),
                          QUrl(o.value(QLatin1String("token_uri")).toString(kDefaultTokenUri))};
    if (key.clientEmail.isEmpty() || key.privateKey.isEmpty())
        return Unexpected(QStringLiteral("the service account's JSON key has no client_email or private_key"));
    if (key.tokenUri.scheme() != QLatin1String("https") || key.tokenUri.host().isEmpty())
        return Unexpected(QStringLiteral("the service account's JSON key has a token_uri that is not an https URL"));
    const auto check = Signing::rsaSign(key.privateKey, QByteArray("qddns"), Signing::RsaHash::Sha256);
    if (!check)
        return Unexpected(QStringLiteral("the service account's JSON key cannot sign: %1").arg(check.error()));
    return key;
}

/// Classifies an API reply; nullopt when it is a JSON object without an error.
std::optional<Failure> classify(const HttpReply &reply, const std::optional<QJsonObject> &root, const QStringList &secrets)
{
    const QJsonObject error = root ? root->value(QLatin1String("error")).toObject() : QJsonObject();
    const QString status = error.value(QLatin1String("status")).toString();
    const QString message = bodyExcerpt(error.value(QLatin1String("message")).toString().toUtf8(), secrets, 160);
    const QString detail = error.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                           : QStringLiteral("HTTP %1, %2: %3").arg(reply.status).arg(status, message);
    if (auto failure = Rest::commonFailure(reply, gcloudWords(), detail))
        return failure;
    if (reply.status == 404)
        return Failure{Outcome::Rejected, QStringLiteral("Google Cloud DNS has no such project or managed zone (%1)").arg(detail), {}, true};
    if (!error.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("Google Cloud DNS refused the request (%1)").arg(detail)};
    if (!reply.isSuccess() || !root)
        return Rest::unexpectedReply(gcloudWords(), reply, secrets);
    return std::nullopt;
}

QByteArray pathSegment(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

class GcloudTransaction : public Rest::RecordApiTransaction
{
public:
    GcloudTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, gcloudWords(), lcProvider),
          m_server(request.server.isEmpty() ? defaultServer : request.server),
          m_key(parseKey(request.secret)),
          m_managedZone(request.options.value(kManagedZoneKey).toString().trimmed())
    {
        m_project = request.options.value(kProjectKey).toString().trimmed();
        if (m_project.isEmpty() && m_key)
            m_project = m_key->projectId;
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &) const override
    {
        if (request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Google Cloud DNS needs the service account's JSON key as the secret")};
        if (!m_key)
            return Failure{Outcome::AuthFailed, m_key.error()};
        if (m_managedZone.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no Google Cloud DNS managed zone is configured (option \"managedZone\")")};
        if (m_project.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no Google Cloud project: set the option \"project\" (the key names none)")};
        return std::nullopt;
    }

    // The JWT is made when it is sent: Google accepts it for an hour from its "iat".
    std::optional<HttpRequest> authRequest() const override
    {
        if (!m_key)
            return std::nullopt;
        const qint64 now = request().now().toSecsSinceEpoch();
        const QJsonObject claims{{QStringLiteral("iss"), m_key->clientEmail},
                                 {QStringLiteral("scope"), kScope},
                                 {QStringLiteral("aud"), m_key->tokenUri.toString()},
                                 {QStringLiteral("iat"), now},
                                 {QStringLiteral("exp"), now + kTokenLifetime}};
        const auto jwt = Signing::jwtRs256(claims, m_key->privateKey, m_key->privateKeyId);
        HttpRequest r;
        r.method = "POST";
        r.url = m_key->tokenUri;
        r.headers = {{QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")}};
        r.body = "grant_type=" + QUrl::toPercentEncoding(QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"))
            + "&assertion=" + (jwt ? *jwt : QByteArray());
        return r;
    }

    std::optional<Failure> readAuth(const HttpReply &reply) override
    {
        // OAuth's errors: {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}.
        const auto root = Rest::jsonObject(reply.body);
        const QString error = root ? root->value(QLatin1String("error")).toString() : QString();
        const QString detail = error.isEmpty()
            ? QStringLiteral("HTTP %1").arg(reply.status)
            : QStringLiteral("HTTP %1, %2: %3")
                  .arg(reply.status)
                  .arg(error, bodyExcerpt(root->value(QLatin1String("error_description")).toString().toUtf8(), secrets(), 160));
        if (reply.error.isEmpty() && (error == QLatin1String("invalid_grant") || error == QLatin1String("invalid_client")
                                      || error == QLatin1String("unauthorized_client")))
            return Rest::authFailure(gcloudWords(), detail);
        if (auto failure = Rest::commonFailure(reply, gcloudWords(), detail))
            return failure;
        if (!error.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("Google refused the access token request (%1)").arg(detail), {}, true};
        m_token = root ? root->value(QLatin1String("access_token")).toString() : QString();
        if (!reply.isSuccess() || m_token.isEmpty())
            return Rest::unexpectedReply(gcloudWords(), reply, secrets(), QStringLiteral("no access token"));
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("name"), job.name + QLatin1Char('.'));
        query.addQueryItem(QStringLiteral("type"), recordTypeName(job.type));
        return api("GET", QStringLiteral("/rrsets"), query);
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        const auto root = Rest::jsonObject(reply.body);
        if (auto failure = classify(reply, root, secrets()))
            return Unexpected(*failure);
        // An empty list leaves "rrsets" out; the kind says what the reply is.
        if (root->value(QLatin1String("kind")).toString() != QLatin1String("dns#resourceRecordSetsListResponse"))
            return Unexpected(Rest::unexpectedReply(gcloudWords(), reply, secrets(), QStringLiteral("no record set list")));
        QList<Rest::Record> records;
        for (const QJsonValue &v : root->value(QLatin1String("rrsets")).toArray()) {
            const QJsonObject set = v.toObject();
            if (set.value(QLatin1String("type")).toString() != recordTypeName(job.type)
                || Rest::canonicalName(set.value(QLatin1String("name")).toString()) != job.name)
                continue;
            // One record per value: a set of several addresses is refused rather than replaced by one.
            for (const QJsonValue &data : set.value(QLatin1String("rrdatas")).toArray())
                records.append({QString(), data.toString(), set});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return api("POST", QStringLiteral("/rrsets"), {}, recordSet(job, request().ttl.value_or(kDefaultTtl)));
    }

    // The set's TTL stays unless the profile sets one.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        const int ttl = existing.fields.value(QLatin1String("ttl")).toInt(kDefaultTtl);
        const QString path = QStringLiteral("/rrsets/%1/%2")
                                 .arg(QString::fromLatin1(pathSegment(job.name + QLatin1Char('.'))), recordTypeName(job.type));
        return api("PATCH", path, {}, recordSet(job, request().ttl.value_or(ttl)));
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &job, const HttpReply &reply, bool) const override
    {
        const auto root = Rest::jsonObject(reply.body);
        if (auto failure = classify(reply, root, secrets()))
            return failure;
        // The reply is the record set as it now is.
        const QJsonArray data = root->value(QLatin1String("rrdatas")).toArray();
        if (data.size() != 1 || !Rest::sameAddress(data.first().toString(), job.address))
            return Rest::unexpectedReply(gcloudWords(), reply, secrets(), QStringLiteral("not the record set written"));
        return std::nullopt;
    }

private:
    static QJsonObject recordSet(const Rest::RecordJob &job, int ttl)
    {
        return {{QStringLiteral("name"), QString(job.name + QLatin1Char('.'))},
                {QStringLiteral("type"), recordTypeName(job.type)},
                {QStringLiteral("ttl"), ttl},
                {QStringLiteral("rrdatas"), QJsonArray{job.address.toString()}}};
    }

    HttpRequest api(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                    const std::optional<QJsonObject> &body = std::nullopt) const
    {
        Rest::Api rest(joinUrl(m_server, QStringLiteral("/dns/v1/projects/%1/managedZones/%2")
                                             .arg(QString::fromLatin1(pathSegment(m_project)), QString::fromLatin1(pathSegment(m_managedZone)))));
        rest.bearer(m_token);
        return rest.request(method, path, query, body);
    }

    QUrl m_server;
    Expected<ServiceAccountKey, QString> m_key;
    QString m_managedZone;
    QString m_project;
    QString m_token;
};

class GcloudProvider : public Provider
{
public:
    GcloudProvider()
    {
        m_info.id = QStringLiteral("gcloud");
        m_info.name = QStringLiteral("Google Cloud DNS");
        m_info.protocol = QStringLiteral("gcloud");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://cloud.google.com/dns");
        m_info.documentation = QUrl(QStringLiteral("https://cloud.google.com/dns/docs/reference/v1/resourceRecordSets/patch"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a managed zone in Google Cloud DNS. Create a service account with the role DNS "
            "Administrator (roles/dns.admin), add a JSON key to it and store the whole key file as the secret "
            "(qddns-agent secret set PROFILE < key.json). A record set that does not exist is created."));
        m_info.defaultServer = QUrl(QStringLiteral("https://dns.googleapis.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the managed zone below"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Service account key (JSON)"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The JSON key file of the service account, as downloaded from the Cloud console"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kManagedZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The managed zone's name in Cloud DNS (like example-com), not its DNS name.")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Managed zone"))},
            {kProjectKey, ProviderOption::Kind::String, false, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The project ID of the zone, when it is not the service account's own project.")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Project ID"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<GcloudTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_gcloud(ProviderList &list)
{
    list.push_back(std::make_unique<GcloudProvider>());
}
} // namespace Providers

} // namespace Qddns
