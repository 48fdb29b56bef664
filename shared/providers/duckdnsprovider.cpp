#include "core/redact.h"
#include "providers/providerkit.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

const QLatin1String kZone(".duckdns.org");

/// The name DuckDNS expects in `domains`: "myhome" for "myhome", "MyHome.duckdns.org." and
/// also "www.myhome.duckdns.org" (deeper names resolve to their subdomain's record, so updating
/// the subdomain is what updates them). Empty when \a host is not a DuckDNS name; a comma can
/// never come through, so one host cannot smuggle another into the list.
QString subdomainOf(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.endsWith(kZone)) {
        name.chop(kZone.size());
        name = name.section(QLatin1Char('.'), -1);
    } else if (name.contains(QLatin1Char('.'))) {
        return {};
    }
    static const QRegularExpression label(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    return label.match(name).hasMatch() ? name : QString();
}

/// Parses DuckDNS's answer to one step. Plain replies are "OK" / "KO"; with verbose=true an OK
/// continues with the current IPv4, the current IPv6 (either may be blank) and UPDATED or NOCHANGE.
QList<RecordResult> parseReply(const RequestStep &step, const HttpReply &reply)
{
    const UpdateRequest &records = step.records;
    const auto all = [&](Outcome outcome, const QString &message) {
        // Transport errors may quote the request URL, which carries the token.
        return resultsForAll(records, outcome, redactText(message, {records.secret}));
    };

    if (const auto failure = classifyHttpFailure(reply))
        return all(failure->first, failure->second);

    QStringList lines = QString::fromUtf8(reply.body).trimmed().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    const QString first = lines.value(0);

    if (first.compare(QLatin1String("KO"), Qt::CaseInsensitive) == 0) {
        return all(Outcome::AuthFailed,
                   QStringLiteral("DuckDNS answered \"KO\": the token or a domain name is wrong. Check the token "
                                  "and that your DuckDNS account has these subdomains: %1.")
                       .arg(step.labels.join(QLatin1String(", "))));
    }
    if (!reply.isSuccess()) {
        return all(Outcome::RetryLater, QStringLiteral("HTTP %1 from DuckDNS: %2")
                                            .arg(reply.status)
                                            .arg(bodyExcerpt(reply.body, records.secret)));
    }
    if (first.compare(QLatin1String("OK"), Qt::CaseInsensitive) != 0) {
        qCDebug(lcProvider) << "reply is neither OK nor KO, status" << reply.status;
        QList<RecordResult> results = all(Outcome::RetryLater, QStringLiteral("Unexpected reply from DuckDNS: %1")
                                                                   .arg(bodyExcerpt(reply.body, records.secret)));
        for (RecordResult &r : results)
            r.unexpected = true; // a changed API or a captive portal: three in a row hold the record
        return results;
    }

    bool unchanged = false;
    bool updated = false;
    std::optional<QHostAddress> reportedV4;
    std::optional<QHostAddress> reportedV6;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.compare(QLatin1String("NOCHANGE"), Qt::CaseInsensitive) == 0) {
            unchanged = true;
            continue;
        }
        if (line.compare(QLatin1String("UPDATED"), Qt::CaseInsensitive) == 0) {
            updated = true;
            continue;
        }
        const QHostAddress address(line);
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            reportedV4 = address;
        else if (address.protocol() == QAbstractSocket::IPv6Protocol)
            reportedV6 = address;
    }

    // Verbose replies echo what DuckDNS now holds; if that is not what we sent, the record is
    // not right and saying "updated" would hide it.
    const auto resultFor = [&](const QString &host, RecordType type, const QHostAddress &sent,
                               const std::optional<QHostAddress> &reported) -> RecordResult {
        if (reported && *reported != sent) {
            return {host, type, Outcome::RetryLater,
                    QStringLiteral("DuckDNS answered OK but reports %1 instead of %2")
                        .arg(reported->toString(), sent.toString())};
        }
        if (unchanged)
            return {host, type, Outcome::Unchanged, QStringLiteral("DuckDNS already had this address (NOCHANGE)")};
        return {host, type, Outcome::Updated,
                updated ? QStringLiteral("DuckDNS updated the address (UPDATED)")
                        : QStringLiteral("DuckDNS accepted the address (OK)")};
    };

    QList<RecordResult> results;
    for (const QString &host : records.hosts) {
        if (records.ipv4)
            results.append(resultFor(host, RecordType::A, *records.ipv4, reportedV4));
        if (records.ipv6)
            results.append(resultFor(host, RecordType::AAAA, *records.ipv6, reportedV6));
    }
    return results;
}

class DuckDnsProvider : public Provider
{
public:
    DuckDnsProvider()
    {
        m_info.id = QStringLiteral("duckdns");
        m_info.name = QStringLiteral("Duck DNS");
        m_info.protocol = QStringLiteral("duckdns");
        m_info.category = ProviderCategory::DynDns;
        m_info.website = QStringLiteral("https://www.duckdns.org");
        m_info.documentation = QUrl(QStringLiteral("https://www.duckdns.org/spec.jsp"));
        m_info.checked = QDate(2026, 12, 7);
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Sign in at duckdns.org; your token is shown at the top of the page. "
                                     "Hosts are your subdomains, written \"myhome\" or \"myhome.duckdns.org\"."));
        m_info.defaultServer = QUrl(QStringLiteral("https://www.duckdns.org"));
        m_info.hostExample = QStringLiteral("myhome");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Your Duck DNS subdomains: \"myhome\" for myhome.duckdns.org"));
        m_info.username = Need::Unused;
        m_info.secret = Need::Required;
        m_info.secretLabel = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Token"));
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The account token shown on duckdns.org after signing in"));
        m_info.maxHostsPerRequest = kMaxDomains;
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors;
        const QJsonArray hosts = profile.value(QLatin1String("hosts")).toArray();
        for (qsizetype j = 0; j < hosts.size(); ++j) {
            if (!hosts.at(j).isString())
                continue; // the generic checks report it
            const QString host = hosts.at(j).toString();
            if (!subdomainOf(host).isEmpty())
                continue;
            const QString hostPath = QStringLiteral("%1.hosts[%2]").arg(path).arg(j);
            QString name = host.trimmed().toLower();
            if (name.endsWith(QLatin1Char('.')))
                name.chop(1);
            if (name.contains(QLatin1Char('.')) && !name.endsWith(kZone)) {
                errors.append({hostPath, QStringLiteral("\"%1\" is not under duckdns.org: DuckDNS only updates its "
                                                        "own subdomains, written \"myhome\" or \"myhome.duckdns.org\"")
                                             .arg(host)});
            } else {
                errors.append({hostPath, QStringLiteral("\"%1\" is not a valid DuckDNS subdomain: use letters, "
                                                        "digits and '-', e.g. \"myhome\" or \"myhome.duckdns.org\"")
                                             .arg(host)});
            }
        }
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        QList<RecordResult> refused;
        QStringList hosts;   // sendable hosts, in order
        QStringList domains; // their subdomains, each once
        QList<QStringList> domainsOfHost;
        for (const QString &host : request.hosts) {
            const QString sub = subdomainOf(host);
            if (sub.isEmpty()) {
                UpdateRequest one = request;
                one.hosts = {host};
                refused += resultsForAll(one, Outcome::Rejected,
                                         QStringLiteral("\"%1\" is not a DuckDNS name").arg(host));
                continue;
            }
            hosts.append(host);
        }

        QList<RequestStep> steps;
        // Without any address DuckDNS would publish the IPv4 it sees the request come from.
        if (request.ipv4 || request.ipv6) {
            for (qsizetype begin = 0; begin < hosts.size(); begin += kMaxDomains) {
                RequestStep step;
                step.records = request;
                step.records.hosts = hosts.mid(begin, kMaxDomains);
                for (const QString &host : std::as_const(step.records.hosts)) {
                    const QString sub = subdomainOf(host);
                    if (!step.labels.contains(sub))
                        step.labels.append(sub);
                }
                step.http.url = updateUrl(request, step.labels);
                steps.append(step);
            }
        }
        return std::make_unique<StepTransaction>(steps, &parseReply, refused);
    }

private:
    static constexpr int kMaxDomains = 20;

    static QUrl updateUrl(const UpdateRequest &request, const QStringList &domains)
    {
        // ',' and ':' stay readable as in DuckDNS's own examples; everything else is escaped.
        const auto enc = [](const QString &value) { return QString::fromLatin1(QUrl::toPercentEncoding(value, ",:")); };
        QString query = QStringLiteral("domains=") + enc(domains.join(QLatin1Char(','))) + QStringLiteral("&token=")
            + enc(request.secret);
        // The token is the only credential and travels in the query: DuckDNS has no header form.
        // When only IPv6 is published, `ip` is left out rather than sent empty: DuckDNS fills a
        // missing or blank `ip` from the connection's IPv4, but its spec says a given `ipv6`
        // turns that detection off. ddclient, inadyn and ddns-updater send the same request.
        if (request.ipv4)
            query += QStringLiteral("&ip=") + enc(request.ipv4->toString());
        if (request.ipv6)
            query += QStringLiteral("&ipv6=") + enc(request.ipv6->toString());
        // verbose=true adds UPDATED / NOCHANGE and the addresses DuckDNS now holds.
        query += QStringLiteral("&verbose=true");
        QUrl url = joinUrl(request.server, QStringLiteral("/update"));
        url.setQuery(query, QUrl::StrictMode);
        return url;
    }

    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_duckdns(ProviderList &list)
{
    list.push_back(std::make_unique<DuckDnsProvider>());
}
} // namespace Providers

} // namespace Qddns
