// TransIP REST API v6 (https://api.transip.nl/rest/docs.html, checked 2026-12-07): an access
// token is requested with a body signed by the account's key pair (POST /v6/auth, header
// "Signature": base64 of its RSA-SHA512 signature), then the domain's DNS entries are read
// (GET /v6/domains/DOMAIN/dns), one entry changed (PATCH, matched by name, type and expire) or
// added (POST). Errors are {"error": "…"} with the HTTP status.
#include "providers/providerkit.h"
#include "providers/rest.h"
#include "providers/signing/rsa.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
constexpr int kDefaultTtl = 300; // the shortest TTL TransIP offers in its control panel

const Rest::Words &transipWords()
{
    static const Rest::Words w{QStringLiteral("TransIP"), QStringLiteral("key pair"),
                               QStringLiteral("; check the login name and the private key (a key made without \"only "
                                              "whitelisted IP addresses\", as a dynamic address changes)")};
    return w;
}

QString errorText(const HttpReply &reply)
{
    const auto root = Rest::jsonObject(reply.body);
    return root ? root->value(QLatin1String("error")).toString() : QString();
}

QString errorDetail(const HttpReply &reply, const QStringList &secrets)
{
    const QString error = errorText(reply);
    return error.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                           : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(bodyExcerpt(error.toUtf8(), secrets, 160));
}

/// Classifies a reply; nullopt when it is a 2xx reply (its body is the caller's).
std::optional<Failure> classify(const HttpReply &reply, const QStringList &secrets)
{
    const QString error = errorText(reply);
    const QString detail = errorDetail(reply, secrets);
    if (auto failure = Rest::commonFailure(reply, transipWords(), detail))
        return failure;
    if (reply.status == 404 && !error.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("TransIP does not know it (%1)").arg(detail), {}, true};
    if (!error.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("TransIP refused the request (%1)").arg(detail)};
    if (!reply.isSuccess())
        return Rest::unexpectedReply(transipWords(), reply, secrets);
    return std::nullopt;
}

class TransipTransaction : public Rest::RecordApiTransaction
{
public:
    TransipTransaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, transipWords(), lcProvider),
          m_server(joinUrl(request.server.isEmpty() ? defaultServer : request.server, QStringLiteral("/v6"))),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString()))
    {
        // A key that cannot sign is refused before anything is sent; its text is never quoted.
        if (!request.secret.isEmpty()) {
            const auto check = Signing::rsaSign(request.secret.toUtf8(), QByteArray("qddns"), Signing::RsaHash::Sha512);
            if (!check)
                m_keyError = QStringLiteral("the TransIP private key cannot sign: %1").arg(check.error());
        }
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("TransIP needs the login name and the private key of a key pair")};
        if (!m_keyError.isEmpty())
            return Failure{Outcome::AuthFailed, m_keyError};
        if (m_zone.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no TransIP domain is configured (option \"zone\")")};
        if (!Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the domain %2").arg(job.name, m_zone)};
        return std::nullopt;
    }

    // The token request is made when it is sent: its nonce must be new each time.
    std::optional<HttpRequest> authRequest() const override
    {
        if (!m_keyError.isEmpty() || request().secret.isEmpty())
            return std::nullopt;
        const QJsonObject body{{QStringLiteral("login"), request().username},
                               {QStringLiteral("nonce"), QString::fromLatin1(request().randomBytes(16).toHex())},
                               {QStringLiteral("read_only"), false},
                               {QStringLiteral("expiration_time"), QStringLiteral("30 minutes")},
                               // The address changes: the token cannot be bound to it.
                               {QStringLiteral("global_key"), true}};
        HttpRequest r = Rest::Api(m_server).request("POST", QStringLiteral("/auth"), {}, body);
        const auto signature = Signing::rsaSign(request().secret.toUtf8(), r.body, Signing::RsaHash::Sha512);
        r.headers.append({QByteArray("Signature"), signature ? signature->toBase64() : QByteArray()});
        return r;
    }

    std::optional<Failure> readAuth(const HttpReply &reply) override
    {
        // A refused signature, login or key is the key pair's: hold every record.
        if (reply.error.isEmpty() && !errorText(reply).isEmpty() && (reply.status == 400 || reply.status == 401 || reply.status == 403))
            return Rest::authFailure(transipWords(), errorDetail(reply, secrets()));
        if (auto failure = classify(reply, secrets()))
            return failure;
        const auto root = Rest::jsonObject(reply.body);
        m_token = root ? root->value(QLatin1String("token")).toString() : QString();
        if (m_token.isEmpty())
            return Rest::unexpectedReply(transipWords(), reply, secrets(), QStringLiteral("no token"));
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &) const override
    {
        return api().request("GET", dnsPath());
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        if (auto failure = classify(reply, secrets()))
            return Unexpected(*failure);
        const auto root = Rest::jsonObject(reply.body);
        const QJsonValue list = root ? root->value(QLatin1String("dnsEntries")) : QJsonValue();
        if (!list.isArray())
            return Unexpected(Rest::unexpectedReply(transipWords(), reply, secrets(), QStringLiteral("no DNS entry list")));
        QList<Rest::Record> records;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("type")).toString() == recordTypeName(job.type)
                && e.value(QLatin1String("name")).toString().toLower() == relativeName(job.name))
                records.append({QString(), e.value(QLatin1String("content")).toString(), e});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return api().request("POST", dnsPath(), {}, entry(job, request().ttl.value_or(kDefaultTtl)));
    }

    // TransIP finds the entry to change by its name, type and expire: the expire stays as it is.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        return api().request("PATCH", dnsPath(), {}, entry(job, existing.fields.value(QLatin1String("expire")).toInt()));
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        if (auto failure = classify(reply, secrets()))
            return failure;
        // 201 (added) and 204 (changed) carry no body.
        if (!reply.body.trimmed().isEmpty())
            return Rest::unexpectedReply(transipWords(), reply, secrets());
        return std::nullopt;
    }

private:
    QJsonObject entry(const Rest::RecordJob &job, int expire) const
    {
        return {{QStringLiteral("dnsEntry"),
                 QJsonObject{{QStringLiteral("name"), relativeName(job.name)},
                             {QStringLiteral("expire"), expire},
                             {QStringLiteral("type"), recordTypeName(job.type)},
                             {QStringLiteral("content"), job.address.toString()}}}};
    }

    // "@" for the domain itself, else the labels in front of it ("home", "*", "a.b").
    QString relativeName(const QString &name) const
    {
        return Rest::relativeName(name, m_zone);
    }

    QString dnsPath() const
    {
        return QStringLiteral("/domains/%1/dns").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_zone)));
    }

    Rest::Api api() const
    {
        Rest::Api a(m_server);
        a.bearer(m_token);
        return a;
    }

    QUrl m_server;
    QString m_zone;
    QString m_keyError;
    QString m_token;
};

class TransipProvider : public Provider
{
public:
    TransipProvider()
    {
        m_info.id = QStringLiteral("transip");
        m_info.name = QStringLiteral("TransIP");
        m_info.protocol = QStringLiteral("transip");
        m_info.category = ProviderCategory::Registrar;
        m_info.website = QStringLiteral("https://www.transip.nl/");
        m_info.documentation = QUrl(QStringLiteral("https://api.transip.nl/rest/docs.html"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA DNS entries of a domain at TransIP. In the control panel (Account, API) turn the API on and "
            "create a key pair without \"Accept only whitelisted IP addresses\"; store its private key as the secret "
            "(qddns-agent secret set PROFILE < key.pem). An entry keeps its TTL (TransIP identifies it by it); a missing "
            "one is created."));
        m_info.defaultServer = QUrl(QStringLiteral("https://api.transip.nl"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the domain below; the domain itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Login name"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The login name of the TransIP account"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Private key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The private key of the key pair (PEM, as shown once when it was made)"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The domain at TransIP the hosts belong to, e.g. example.com.")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Domain"))},
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
        return std::make_unique<TransipTransaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_transip(ProviderList &list)
{
    list.push_back(std::make_unique<TransipProvider>());
}
} // namespace Providers

} // namespace Qddns
