// Amazon Route 53's REST API 2013-04-01 (https://docs.aws.amazon.com/Route53/latest/APIReference/,
// checked 2026-12-07), every request signed with AWS Signature Version 4 (service "route53",
// region us-east-1: Route 53 is global). Used here: ListHostedZonesByName (GET
// /2013-04-01/hostedzonesbyname?dnsname=ZONE) unless the profile names the hosted zone's id,
// ListResourceRecordSets (GET …/hostedzone/ID/rrset?name=…&type=…) and ChangeResourceRecordSets
// (POST …/hostedzone/ID/rrset/ with a ChangeBatch: CREATE for a new record, UPSERT keeping the
// record's TTL). Replies and errors are XML (<ErrorResponse><Error><Code>…).
#include "providers/providerkit.h"
#include "providers/rest.h"
#include "providers/signing/sigv4.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

using Rest::Failure;

const QString kZoneKey = QStringLiteral("zone");
const QString kHostedZoneIdKey = QStringLiteral("hostedZoneId");
const QString kApiVersion = QStringLiteral("/2013-04-01");
const QString kNamespace = QStringLiteral("https://route53.amazonaws.com/doc/2013-04-01/");
constexpr int kDefaultTtl = 300; // the Route 53 console's default for a new record

const Rest::Words &route53Words()
{
    static const Rest::Words w{QStringLiteral("Route 53"), QStringLiteral("access key"),
                               QStringLiteral("; check the access key ID, the secret access key and the IAM policy "
                                              "(route53:ListHostedZonesByName, ListResourceRecordSets, ChangeResourceRecordSets)")};
    return w;
}

/// An XML element: its name, text and children; enough for Route 53's replies.
struct XmlNode
{
    QString name;
    QString text;
    QList<XmlNode> children;

    const XmlNode *child(const QString &childName) const
    {
        for (const XmlNode &c : children) {
            if (c.name == childName)
                return &c;
        }
        return nullptr;
    }
    QString childText(const QString &childName) const
    {
        const XmlNode *c = child(childName);
        return c ? c->text.trimmed() : QString();
    }
    /// Every descendant called \a descendantName, depth first.
    void collect(const QString &descendantName, QList<const XmlNode *> &out) const
    {
        for (const XmlNode &c : children) {
            if (c.name == descendantName)
                out.append(&c);
            c.collect(descendantName, out);
        }
    }
};

std::optional<XmlNode> parseXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    QList<XmlNode> stack;
    std::optional<XmlNode> root;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            stack.append({xml.name().toString(), {}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlNode done = stack.takeLast();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError() || !root)
        return std::nullopt;
    return root;
}

// Route 53 writes names with a final dot and escapes '*' (and other octets) as \NNN (octal).
QString route53Name(const QString &name)
{
    static const QRegularExpression escape(QStringLiteral("^\\\\[0-7]{3}"));
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (escape.match(name.mid(i, 4)).hasMatch()) {
            out += QChar(name.mid(i + 1, 3).toInt(nullptr, 8));
            i += 3;
        } else {
            out += name.at(i);
        }
    }
    return Rest::canonicalName(out);
}

// "HTTP 403, InvalidClientTokenId: The security token included in the request is invalid."
struct ApiError
{
    QString code;
    QString message;
};

std::optional<ApiError> apiError(const std::optional<XmlNode> &root)
{
    // A change batch Route 53 refuses comes back as its own document with a list of messages.
    if (root && root->name == QLatin1String("InvalidChangeBatch")) {
        QList<const XmlNode *> messages;
        root->collect(QStringLiteral("Message"), messages);
        QStringList texts;
        for (const XmlNode *m : std::as_const(messages))
            texts.append(m->text.trimmed());
        return ApiError{root->name, texts.join(QStringLiteral("; "))};
    }
    if (!root || root->name != QLatin1String("ErrorResponse"))
        return std::nullopt;
    const XmlNode *error = root->child(QStringLiteral("Error"));
    if (!error)
        return std::nullopt;
    return ApiError{error->childText(QStringLiteral("Code")), error->childText(QStringLiteral("Message"))};
}

bool isAuthCode(const QString &code)
{
    static const QStringList codes{QStringLiteral("InvalidClientTokenId"), QStringLiteral("SignatureDoesNotMatch"),
                                   QStringLiteral("AccessDenied"),         QStringLiteral("IncompleteSignature"),
                                   QStringLiteral("MissingAuthenticationToken"), QStringLiteral("UnrecognizedClientException"),
                                   QStringLiteral("ExpiredToken"),         QStringLiteral("InvalidSignatureException")};
    return codes.contains(code);
}

/// Classifies a reply; nullopt when it is a 2xx XML document the step reads.
std::optional<Failure> classify(const HttpReply &reply, const std::optional<XmlNode> &root, const QStringList &secrets)
{
    const auto error = apiError(root);
    const QString detail = error ? QStringLiteral("HTTP %1, %2: %3").arg(reply.status).arg(error->code, bodyExcerpt(error->message.toUtf8(), secrets, 160))
                                 : QStringLiteral("HTTP %1").arg(reply.status);
    if (reply.error.isEmpty() && error && isAuthCode(error->code))
        return Rest::authFailure(route53Words(), detail);
    if (auto failure = Rest::commonFailure(reply, route53Words(), detail))
        return failure;
    if (error) {
        // Throttling and a change still in progress come back as 400: wait and retry.
        if (error->code == QLatin1String("Throttling") || error->code == QLatin1String("PriorRequestNotComplete"))
            return Failure{Outcome::RetryLater, QStringLiteral("Route 53 asks to slow down (%1)").arg(detail), {}, true};
        return Failure{Outcome::Rejected, QStringLiteral("Route 53 refused the request (%1)").arg(detail)};
    }
    if (!reply.isSuccess() || !root)
        return Rest::unexpectedReply(route53Words(), reply, secrets);
    return std::nullopt;
}

bool isPlausibleZoneId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{1,32}$"));
    return re.match(id).hasMatch();
}

class Route53Transaction : public Rest::RecordApiTransaction
{
public:
    Route53Transaction(const UpdateRequest &request, const QUrl &defaultServer)
        : RecordApiTransaction(request, route53Words(), lcProvider),
          m_api(joinUrl(request.server.isEmpty() ? defaultServer : request.server, kApiVersion)),
          m_zone(Rest::canonicalName(request.options.value(kZoneKey).toString())),
          m_zoneId(request.options.value(kHostedZoneIdKey).toString().trimmed())
    {
        m_zoneId.remove(QRegularExpression(QStringLiteral("^/?hostedzone/")));
        m_zoneIdKnown = !m_zoneId.isEmpty();
        begin();
    }

protected:
    std::optional<Failure> jobProblem(const Rest::RecordJob &job) const override
    {
        if (request().username.isEmpty() || request().secret.isEmpty())
            return Failure{Outcome::AuthFailed, QStringLiteral("Route 53 needs the access key ID and the secret access key")};
        if (m_zone.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("no Route 53 hosted zone is configured (option \"zone\")")};
        if (!Rest::inZone(job.name, m_zone))
            return Failure{Outcome::Rejected, QStringLiteral("%1 is not in the hosted zone %2").arg(job.name, m_zone)};
        if (!m_zoneId.isEmpty() && !isPlausibleZoneId(m_zoneId))
            return Failure{Outcome::Rejected, QStringLiteral("\"%1\" is not a Route 53 hosted zone id (like Z0123456789ABCDEFGHIJ)").arg(m_zoneId)};
        return std::nullopt;
    }

    // The zone's id comes from its name, unless the profile gives it (two zones may share a name).
    std::optional<HttpRequest> zoneRequest() const override
    {
        if (m_zoneIdKnown)
            return std::nullopt;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("dnsname"), m_zone);
        query.addQueryItem(QStringLiteral("maxitems"), QStringLiteral("10"));
        return sign(m_api.request("GET", QStringLiteral("/hostedzonesbyname"), query));
    }

    std::optional<Failure> readZone(const HttpReply &reply) override
    {
        const auto root = parseXml(reply.body);
        if (auto failure = classify(reply, root, secrets()))
            return failure;
        if (root->name != QLatin1String("ListHostedZonesByNameResponse"))
            return Rest::unexpectedReply(route53Words(), reply, secrets(), QStringLiteral("no hosted zone list"));
        // The list starts at the name and goes on alphabetically: only this name counts, and a
        // private zone (for a VPC) is not the one the world resolves.
        QStringList ids;
        QList<const XmlNode *> zones;
        root->collect(QStringLiteral("HostedZone"), zones);
        for (const XmlNode *zone : std::as_const(zones)) {
            const XmlNode *config = zone->child(QStringLiteral("Config"));
            const bool isPrivate = config && config->childText(QStringLiteral("PrivateZone")) == QLatin1String("true");
            if (route53Name(zone->childText(QStringLiteral("Name"))) == m_zone && !isPrivate)
                ids.append(zone->childText(QStringLiteral("Id")).remove(QRegularExpression(QStringLiteral("^/hostedzone/"))));
        }
        if (ids.isEmpty())
            return Failure{Outcome::Rejected, QStringLiteral("Route 53 has no public hosted zone %1 for this access key").arg(m_zone)};
        if (ids.size() > 1)
            return Failure{Outcome::Rejected, QStringLiteral("Route 53 has %1 public hosted zones named %2 (%3): name the one to "
                                                             "update with the option \"hostedZoneId\"")
                                                  .arg(ids.size())
                                                  .arg(m_zone, ids.join(QStringLiteral(", ")))};
        if (!isPlausibleZoneId(ids.first()))
            return Rest::unexpectedReply(route53Words(), reply, secrets(), QStringLiteral("an unexpected hosted zone id"));
        m_zoneId = ids.first();
        m_zoneIdKnown = true;
        qCDebug(lcProvider).noquote() << "hosted zone" << m_zone << "has id" << m_zoneId;
        return std::nullopt;
    }

    HttpRequest readRequest(const Rest::RecordJob &job) const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("name"), job.name);
        query.addQueryItem(QStringLiteral("type"), recordTypeName(job.type));
        // The list starts at this name and type; a few more show other record sets of the name
        // (weighted or latency routing), which qddns will not guess between.
        query.addQueryItem(QStringLiteral("maxitems"), QStringLiteral("10"));
        return sign(m_api.request("GET", QStringLiteral("/hostedzone/%1/rrset").arg(m_zoneId), query));
    }

    Expected<QList<Rest::Record>, Failure> readRecords(const Rest::RecordJob &job, const HttpReply &reply) const override
    {
        const auto root = parseXml(reply.body);
        if (auto failure = classify(reply, root, secrets()))
            return Unexpected(*failure);
        if (root->name != QLatin1String("ListResourceRecordSetsResponse"))
            return Unexpected(Rest::unexpectedReply(route53Words(), reply, secrets(), QStringLiteral("no record set list")));
        QList<const XmlNode *> sets;
        root->collect(QStringLiteral("ResourceRecordSet"), sets);
        QList<Rest::Record> records;
        for (const XmlNode *set : std::as_const(sets)) {
            if (set->childText(QStringLiteral("Type")) != recordTypeName(job.type) || route53Name(set->childText(QStringLiteral("Name"))) != job.name)
                continue;
            if (set->child(QStringLiteral("AliasTarget")))
                return Unexpected(Failure{Outcome::Rejected, QStringLiteral("%1 %2 is an alias record at Route 53; qddns does not "
                                                                           "overwrite it").arg(recordTypeName(job.type), job.name)});
            if (!set->childText(QStringLiteral("SetIdentifier")).isEmpty())
                return Unexpected(Failure{Outcome::Rejected, QStringLiteral("%1 %2 has a routing policy at Route 53 (set \"%3\"); "
                                                                           "qddns will not guess which set to overwrite")
                                                                .arg(recordTypeName(job.type), job.name, set->childText(QStringLiteral("SetIdentifier")))});
            // One record per value: a set of several addresses is refused by the kit rather
            // than replaced by one.
            QList<const XmlNode *> values;
            set->collect(QStringLiteral("Value"), values);
            const QString ttl = set->childText(QStringLiteral("TTL"));
            for (const XmlNode *value : std::as_const(values))
                records.append({QString(), value->text.trimmed(), {{QStringLiteral("ttl"), ttl}}});
        }
        return records;
    }

    HttpRequest createRequest(const Rest::RecordJob &job) const override
    {
        return change(job, QStringLiteral("CREATE"), request().ttl.value_or(kDefaultTtl));
    }

    // UPSERT keeps what the profile does not set: the record's TTL goes back unchanged.
    Expected<HttpRequest, Failure> updateRequest(const Rest::RecordJob &job, const Rest::Record &existing) const override
    {
        bool ok = false;
        const int ttl = existing.fields.value(QLatin1String("ttl")).toString().toInt(&ok);
        return change(job, QStringLiteral("UPSERT"), request().ttl.value_or(ok ? ttl : kDefaultTtl));
    }

    std::optional<Failure> readWrite(const Rest::RecordJob &, const HttpReply &reply, bool) const override
    {
        const auto root = parseXml(reply.body);
        if (auto failure = classify(reply, root, secrets()))
            return failure;
        // The change is accepted (PENDING) and reaches every Route 53 server within a minute.
        const XmlNode *info = root->child(QStringLiteral("ChangeInfo"));
        const QString status = info ? info->childText(QStringLiteral("Status")) : QString();
        if (root->name != QLatin1String("ChangeResourceRecordSetsResponse") || (status != QLatin1String("PENDING") && status != QLatin1String("INSYNC")))
            return Rest::unexpectedReply(route53Words(), reply, secrets(), QStringLiteral("no change status"));
        return std::nullopt;
    }

private:
    HttpRequest change(const Rest::RecordJob &job, const QString &action, int ttl) const
    {
        QByteArray body;
        QXmlStreamWriter xml(&body);
        xml.writeStartDocument();
        xml.writeDefaultNamespace(kNamespace);
        xml.writeStartElement(kNamespace, QStringLiteral("ChangeResourceRecordSetsRequest"));
        xml.writeStartElement(QStringLiteral("ChangeBatch"));
        xml.writeTextElement(QStringLiteral("Comment"), QStringLiteral("qddns"));
        xml.writeStartElement(QStringLiteral("Changes"));
        xml.writeStartElement(QStringLiteral("Change"));
        xml.writeTextElement(QStringLiteral("Action"), action);
        xml.writeStartElement(QStringLiteral("ResourceRecordSet"));
        xml.writeTextElement(QStringLiteral("Name"), job.name);
        xml.writeTextElement(QStringLiteral("Type"), recordTypeName(job.type));
        xml.writeTextElement(QStringLiteral("TTL"), QString::number(ttl));
        xml.writeStartElement(QStringLiteral("ResourceRecords"));
        xml.writeStartElement(QStringLiteral("ResourceRecord"));
        xml.writeTextElement(QStringLiteral("Value"), job.address.toString());
        xml.writeEndDocument();

        HttpRequest r = m_api.request("POST", QStringLiteral("/hostedzone/%1/rrset/").arg(m_zoneId));
        r.headers.append({QByteArray("Content-Type"), QByteArray("application/xml")});
        r.body = body;
        return sign(r);
    }

    HttpRequest sign(HttpRequest r) const
    {
        Signing::signSigV4(r, {request().username, request().secret, QStringLiteral("us-east-1"), QStringLiteral("route53"), {}},
                           request().now());
        return r;
    }

    Rest::Api m_api;
    QString m_zone;
    QString m_zoneId;
    bool m_zoneIdKnown = false;
};

class Route53Provider : public Provider
{
public:
    Route53Provider()
    {
        m_info.id = QStringLiteral("route53");
        m_info.name = QStringLiteral("Amazon Route 53");
        m_info.protocol = QStringLiteral("route53");
        m_info.category = ProviderCategory::DnsHosting;
        m_info.website = QStringLiteral("https://aws.amazon.com/route53/");
        m_info.documentation = QUrl(QStringLiteral("https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a public hosted zone in Amazon Route 53. Create an IAM user with an access key "
            "whose policy allows route53:ListHostedZonesByName, route53:ListResourceRecordSets and "
            "route53:ChangeResourceRecordSets on the hosted zone. A record that does not exist is created; one that "
            "already holds the address is left alone."));
        m_info.defaultServer = QUrl(QStringLiteral("https://route53.amazonaws.com"));
        m_info.hostExample = QStringLiteral("home.example.com");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the hosted zone below; the zone itself (example.com) is a name too"));
        m_info.username = Need::Required;
        m_info.usernameLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Access key ID"));
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The access key ID of the IAM user (it starts with AKIA)"));
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Secret access key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The secret access key shown once when the access key was created"));
        m_info.supportsTtl = true;
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The hosted zone (domain) the hosts belong to, e.g. example.com.")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Hosted zone"))},
            {kHostedZoneIdKey, ProviderOption::Kind::String, false, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The hosted zone's id (Z…), when it should not be looked up by name: needed only when "
                            "several public hosted zones share the name.")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Hosted zone ID"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors = Rest::validateZoneOption(profile, path, m_info.name);
        QString id = profile.value(kHostedZoneIdKey).toString();
        id.remove(QRegularExpression(QStringLiteral("^/?hostedzone/")));
        if (profile.contains(kHostedZoneIdKey) && !isPlausibleZoneId(id))
            errors.append({path + QStringLiteral(".hostedZoneId"), QStringLiteral("is not a Route 53 hosted zone id (like Z0123456789ABCDEFGHIJ)")});
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<Route53Transaction>(request, m_info.defaultServer);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_route53(ProviderList &list)
{
    list.push_back(std::make_unique<Route53Provider>());
}
} // namespace Providers

} // namespace Qddns
