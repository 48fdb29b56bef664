// RFC 2136 DNS UPDATE signed with TSIG (RFC 8945), for the user's own authoritative server (BIND,
// Knot DNS, PowerDNS…). Per record: read the RRset from the same server (a plain query); when it
// already holds exactly the address, send nothing; otherwise one signed UPDATE that deletes the
// RRset and adds the new record (the server applies both atomically). The reply's TSIG decides
// whether its rcode can be believed.
#include "providers/providerkit.h"

#include "dns/dnsupdate.h"
#include "dns/rcode.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

const QString kDnsServerKey = QStringLiteral("dnsServer");
const QString kZoneKey = QStringLiteral("zone");
const QString kKeyNameKey = QStringLiteral("keyName");
const QString kAlgorithmKey = QStringLiteral("algorithm");
constexpr quint32 kDefaultTtl = 60; // short: the address is dynamic

// A secret that is a BIND key file (`key "name" { algorithm …; secret "…"; };`) rather than the
// bare base64 secret: tsig-keygen's output can be stored as it is.
bool isKeyFile(const QString &secret)
{
    static const QRegularExpression keyStatement(QStringLiteral("(^|\\s)key\\s+\\S+\\s*\\{"));
    return keyStatement.match(secret).hasMatch();
}

// Parse errors of a key file quote the text they stumbled on, which may be part of the secret.
QString withoutQuotes(QString text)
{
    static const QRegularExpression quotedFragment(QStringLiteral("'[^']*'"));
    return text.replace(quotedFragment, QStringLiteral("'…'"));
}

struct Job
{
    QString host;
    Dns::Name owner;
    RecordType type = RecordType::A;
    QHostAddress address;
};

class Rfc2136Transaction : public UpdateTransaction
{
public:
    explicit Rfc2136Transaction(const UpdateRequest &request) : m_request(request)
    {
        for (const QString &host : request.hosts) {
            for (const Family f : kFamilies) {
                const std::optional<QHostAddress> &address = f == Family::IPv4 ? request.ipv4 : request.ipv6;
                if (address)
                    m_jobs.append({host, Dns::Name(), typeOf(f), *address});
            }
        }
        if (const QString problem = prepare(); !problem.isEmpty()) {
            m_results = resultsForAll(request, m_setupOutcome, problem);
            m_jobs.clear();
        }
    }

    std::optional<TransportRequest> nextStep() override
    {
        if (m_next >= m_jobs.size())
            return std::nullopt;
        const Job &job = m_jobs.at(m_next);
        return m_phase == Phase::Read ? readStep(job) : updateStep(job);
    }

    std::optional<TransportRequest> stepFor(const QString &host, RecordType type) override
    {
        for (const Job &job : std::as_const(m_jobs)) {
            if (job.host == host && job.type == type)
                return updateStep(job);
        }
        return std::nullopt;
    }

    void handleStepReply(const TransportReply &reply) override
    {
        const auto *dns = std::get_if<Dns::DnsReply>(&reply);
        if (!dns) {
            finishJob(Outcome::RetryLater, QStringLiteral("internal error: an HTTP reply for a DNS request"));
            return;
        }
        if (m_phase == Phase::Read)
            handleRead(*dns);
        else
            handleUpdate(*dns);
    }

    QList<RecordResult> results() const override { return m_results; }

private:
    enum class Phase { Read, Update };

    // Everything the requests need from the profile and the secret; a message when it is unusable.
    QString prepare()
    {
        const QJsonObject &o = m_request.options;
        auto server = Dns::ServerAddress::parse(o.value(kDnsServerKey).toString());
        if (!server) {
            m_setupOutcome = Outcome::Rejected;
            return server.error();
        }
        m_server = server.value();
        auto zone = Dns::Name::fromText(o.value(kZoneKey).toString());
        if (!zone || zone->isRoot()) {
            m_setupOutcome = Outcome::Rejected;
            return QStringLiteral("zone \"%1\": %2").arg(o.value(kZoneKey).toString(), zone ? QStringLiteral("is empty") : zone.error());
        }
        m_zone = zone.value();
        for (Job &job : m_jobs) {
            auto owner = Dns::Name::fromText(job.host);
            if (!owner || !owner->isSubdomainOf(m_zone)) {
                m_setupOutcome = Outcome::Rejected;
                return QStringLiteral("%1 is not in the zone %2").arg(job.host, m_zone.toText());
            }
            job.owner = owner.value();
        }
        m_ttl = m_request.ttl ? quint32(*m_request.ttl) : kDefaultTtl;

        // A wrong or unreadable key is a credential problem: held until the secret changes.
        m_setupOutcome = Outcome::AuthFailed;
        const QString keyName = o.value(kKeyNameKey).toString();
        if (isKeyFile(m_request.secret)) {
            auto key = Dns::TsigKey::fromBindKeyFile(m_request.secret.toUtf8(), keyName);
            if (!key)
                return QStringLiteral("the secret holds a BIND key file that cannot be used: %1").arg(withoutQuotes(key.error()));
            m_key = key.value();
            return {};
        }
        if (keyName.isEmpty()) {
            m_setupOutcome = Outcome::Rejected;
            return QStringLiteral("\"keyName\" is required when the secret is the key's base64 secret (a BIND key file names its key)");
        }
        auto key = Dns::TsigKey::fromBase64(keyName, o.value(kAlgorithmKey).toString(), m_request.secret.toUtf8());
        if (!key)
            return key.error();
        m_key = key.value();
        return {};
    }

    TransportRequest readStep(const Job &job) const
    {
        DnsRequest r;
        r.message = Dns::makeQuery(job.owner, dnsType(job.type));
        r.server = m_server;
        return r;
    }

    TransportRequest updateStep(const Job &job) const
    {
        DnsRequest r;
        // Valid by construction (owner inside the zone, an address of the type); an empty message
        // would come back FORMERR, never success.
        auto update = Dns::makeAddressUpdate(m_zone, job.owner, job.address, m_ttl);
        if (update)
            r.message = update.value();
        r.server = m_server;
        r.options.tsigKey = m_key;
        r.options.tsigClockOffset = m_clockOffset;
        return r;
    }

    static Dns::RRType dnsType(RecordType type) { return type == RecordType::A ? Dns::RRType::A : Dns::RRType::AAAA; }

    QString where() const { return m_server.toString(); }

    void handleRead(const Dns::DnsReply &reply)
    {
        const Job &job = m_jobs.at(m_next);
        if (!reply.ok()) {
            finishJob(Outcome::RetryLater, QStringLiteral("reading %1 %2 from %3: %4").arg(job.host, recordTypeName(job.type), where(), reply.error));
            return;
        }
        const Dns::Message &m = reply.message;
        const quint16 rcode = m.fullRcode();
        QList<QHostAddress> held;
        bool ttlMatches = true;
        for (const Dns::ResourceRecord &rr : m.answers) {
            if (rr.name != job.owner)
                continue;
            if (rr.type == Dns::RRType::CNAME) {
                finishJob(Outcome::Rejected, QStringLiteral("%1 is an alias (CNAME) at %2: an address record cannot be added beside it")
                                                 .arg(job.host, where()));
                return;
            }
            if (rr.type == dnsType(job.type) && rr.address()) {
                held.append(*rr.address());
                ttlMatches = ttlMatches && (!m_request.ttl || rr.ttl == quint32(*m_request.ttl));
            }
        }
        // Only the zone's own (authoritative) answer says what the zone holds; anything else is
        // no reason to skip the update.
        if (rcode == Dns::NoError && m.aa && held.size() == 1 && held.first().isEqual(job.address) && ttlMatches) {
            qCDebug(lcProvider).noquote() << where() << "already answers" << job.host << recordTypeName(job.type) << job.address.toString();
            finishJob(Outcome::Unchanged, QStringLiteral("%1 already answers %2").arg(where(), job.address.toString()));
            return;
        }
        qCDebug(lcProvider).noquote() << where() << "answers" << job.host << recordTypeName(job.type)
                                      << Dns::rcodeName(rcode) << (m.aa ? "authoritatively" : "not authoritatively") << held.size()
                                      << "records: updating";
        m_phase = Phase::Update;
    }

    void handleUpdate(const Dns::DnsReply &reply)
    {
        const Job &job = m_jobs.at(m_next);
        if (!reply.ok()) {
            finishJob(Outcome::RetryLater, QStringLiteral("update of %1 %2 at %3: %4").arg(job.host, recordTypeName(job.type), where(), reply.error));
            return;
        }
        const quint16 rcode = reply.message.fullRcode();
        const QString rcodeText = QStringLiteral("%1 (%2)").arg(Dns::rcodeName(rcode), Dns::rcodeMeaning(rcode));
        const Dns::TsigCheck check = reply.tsig.value_or(Dns::TsigCheck{});
        using S = Dns::TsigCheck::Status;
        if (check.status == S::ServerError) {
            if (check.error == Dns::BadTime && check.clockOffset != 0 && !m_retriedBadTime) {
                // The server signed its answer, so its time is trustworthy: sign once more on its clock.
                qCWarning(lcProvider).noquote() << where() << "refused the update's time (BADTIME): its clock is"
                                                << std::llabs(check.clockOffset) << "s"
                                                << (check.clockOffset > 0 ? "ahead of" : "behind") << "ours; retrying once on its clock";
                m_retriedBadTime = true;
                m_clockOffset = check.clockOffset;
                return;
            }
            if (check.error == Dns::BadTime) {
                finishJob(Outcome::RetryLater, QStringLiteral("%1 refused the update: %2; check this machine's clock (NTP)")
                                                   .arg(where(), check.text));
                return;
            }
            finishJob(Outcome::AuthFailed, QStringLiteral("%1 refused the key %2: %3").arg(where(), m_key.name.toText(), check.text));
            return;
        }
        if (check.status == S::Verified) {
            switch (rcode) {
            case Dns::NoError:
                finishJob(Outcome::Updated, QStringLiteral("%1 now holds %2 %3 (TSIG verified)")
                                                .arg(where(), recordTypeName(job.type), job.address.toString()));
                return;
            case Dns::ServFail:
                finishJob(Outcome::RetryLater, QStringLiteral("%1 answered %2").arg(where(), rcodeText));
                return;
            case Dns::NotAuth:
            case Dns::Refused:
                finishJob(Outcome::AuthFailed, QStringLiteral("%1 answered %2: the key %3 may not update %4 in zone %5")
                                                   .arg(where(), rcodeText, m_key.name.toText(), job.host, m_zone.toText()));
                return;
            default:
                finishJob(Outcome::Rejected, QStringLiteral("%1 answered %2").arg(where(), rcodeText));
                return;
            }
        }
        // Unsigned, or not signed with our key: the rcode is the only hint, and success is never believed.
        if (rcode == Dns::Refused || rcode == Dns::NotAuth) {
            finishJob(Outcome::AuthFailed, QStringLiteral("%1 answered %2 without a valid signature: it does not accept the key %3 "
                                                          "(wrong name, algorithm or secret)")
                                               .arg(where(), rcodeText, m_key.name.toText()));
            return;
        }
        if (rcode == Dns::ServFail) {
            finishJob(Outcome::RetryLater, QStringLiteral("%1 answered %2").arg(where(), rcodeText));
            return;
        }
        RecordResult r{job.host, job.type, Outcome::RetryLater,
                       QStringLiteral("%1 answered %2 but %3: the answer cannot be trusted").arg(where(), Dns::rcodeName(rcode), check.text)};
        r.unexpected = true;
        finish(r);
    }

    void finishJob(Outcome outcome, const QString &message)
    {
        const Job &job = m_jobs.at(m_next);
        finish({job.host, job.type, outcome, message});
    }

    void finish(const RecordResult &result)
    {
        m_results.append(result);
        ++m_next;
        m_phase = Phase::Read;
        m_retriedBadTime = false;
    }

    UpdateRequest m_request;
    QList<Job> m_jobs;
    QList<RecordResult> m_results;
    Outcome m_setupOutcome = Outcome::Rejected;
    Dns::ServerAddress m_server;
    Dns::Name m_zone;
    Dns::TsigKey m_key;
    quint32 m_ttl = kDefaultTtl;
    qsizetype m_next = 0;
    Phase m_phase = Phase::Read;
    bool m_retriedBadTime = false;
    qint64 m_clockOffset = 0;
};

class Rfc2136Provider : public Provider
{
public:
    Rfc2136Provider()
    {
        m_info.id = QStringLiteral("rfc2136");
        m_info.name = QStringLiteral("RFC 2136 DNS UPDATE (BIND, Knot, PowerDNS)");
        m_info.protocol = QStringLiteral("rfc2136");
        m_info.category = ProviderCategory::SelfHosted;
        m_info.website = QStringLiteral("https://www.rfc-editor.org/rfc/rfc2136");
        m_info.documentation = QUrl(QStringLiteral("https://www.rfc-editor.org/rfc/rfc2136"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "Updates A/AAAA records of a zone on your own authoritative DNS server (BIND, Knot DNS, PowerDNS) with DNS UPDATE "
            "signed with a TSIG key. The record is read first: when the server already answers the address, nothing is sent. "
            "Create the key with `tsig-keygen -a hmac-sha256 ddns-key` and allow it to update the zone."));
        m_info.hostExample = QStringLiteral("home.example.org");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Names in the zone below; the zone itself (example.org) is a name too"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "TSIG key"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "The key's secret in base64, as tsig-keygen prints it, or the whole key file (key \"name\" { algorithm …; secret \"…\"; };)"));
        m_info.supportsTtl = true;
        // Each record is read and written on its own; one profile's hosts share the key.
        m_info.maxHostsPerRequest = 10;
        m_info.options = {
            {kDnsServerKey, ProviderOption::Kind::String, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The server that takes updates for the zone (its primary): a name or address, optionally with :port, "
                            "e.g. ns1.example.org or [2001:db8::53]:5353")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "DNS server"))},
            {kZoneKey, ProviderOption::Kind::String, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The zone the hosts belong to, e.g. example.org")), QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Zone"))},
            {kKeyNameKey, ProviderOption::Kind::String, false, QJsonValue(QJsonValue::Undefined),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The TSIG key's name as the server knows it (not needed when the secret is a key file)")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Key name"))},
            {kAlgorithmKey, ProviderOption::Kind::String, false, QJsonValue(QStringLiteral("hmac-sha256")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1 (old servers); a key file names its own")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Algorithm"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors;
        const QJsonValue server = profile.value(kDnsServerKey);
        if (server.isString()) {
            if (auto parsed = Dns::ServerAddress::parse(server.toString()); !parsed)
                errors.append({path + QLatin1Char('.') + kDnsServerKey, parsed.error()});
        }
        const QJsonValue algorithm = profile.value(kAlgorithmKey);
        if (algorithm.isString()) {
            if (auto parsed = Dns::tsigAlgorithmFromText(algorithm.toString()); !parsed)
                errors.append({path + QLatin1Char('.') + kAlgorithmKey, parsed.error()});
        }
        const QJsonValue keyName = profile.value(kKeyNameKey);
        if (keyName.isString()) {
            if (auto parsed = Dns::Name::fromText(keyName.toString()); !parsed)
                errors.append({path + QLatin1Char('.') + kKeyNameKey, parsed.error()});
        }
        const QJsonValue zoneValue = profile.value(kZoneKey);
        auto zone = Dns::Name::fromText(zoneValue.toString());
        if (zoneValue.isString() && (!zone || zone->isRoot())) {
            errors.append({path + QLatin1Char('.') + kZoneKey, QStringLiteral("must name the zone the hosts belong to, e.g. example.org")});
            return errors;
        }
        if (!zone)
            return errors;
        const QJsonArray hosts = profile.value(QLatin1String("hosts")).toArray();
        for (int i = 0; i < hosts.size(); ++i) {
            const QJsonValue h = hosts.at(i).isObject() ? hosts.at(i).toObject().value(QLatin1String("name")) : hosts.at(i);
            auto host = Dns::Name::fromText(h.toString());
            if (host && !host->isSubdomainOf(zone.value()))
                errors.append({path + QStringLiteral(".hosts[%1]").arg(i),
                               QStringLiteral("%1 is not in the zone %2").arg(h.toString(), zoneValue.toString())});
        }
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        return std::make_unique<Rfc2136Transaction>(request);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_rfc2136(ProviderList &list)
{
    list.push_back(std::make_unique<Rfc2136Provider>());
}
} // namespace Providers

} // namespace Qddns
