#include "providers/dyndns2provider.h"
#include "providers/providerkit.h"

#include "core/addressrules.h"
#include "core/redact.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace std::chrono_literals;

// Q_INIT_RESOURCE has to be used outside any namespace. The presets are compiled into the
// static qddns_shared library, whose resource initializer the linker would otherwise drop.
static void initDyndns2Resources()
{
    Q_INIT_RESOURCE(dyndns2presets);
}

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

constexpr int kProtocolMaxHosts = 20;                 // the DynDNS2 limit per request
constexpr std::chrono::seconds kServerTroubleDelay = 30min; // what Dyn and No-IP ask after 911

const QString kHoldUntilProfileChanges =
    QStringLiteral(": no more updates for this host until the profile changes");

// One HTTP request of a transaction and the records it covers.
struct Batch
{
    HttpRequest request;
    QStringList hosts;      // as the engine named them (results must use these)
    bool ipv4 = false;
    bool ipv6 = false;
};

// What a reply means for one record.
struct Verdict
{
    Outcome outcome = Outcome::RetryLater;
    QString message;
    std::chrono::seconds delay{0};
    bool unexpected = false; ///< the reply is no DynDNS2 status at all (RecordResult::unexpected)
};

// Which of the remaining requests a failed reply makes pointless.
enum class Stop { None, SameCredentials, All };

// Hostnames go out in their ASCII (punycode) form; servers compare them as plain text.
QString asciiHost(const QString &host)
{
    const QString trimmed = host.trimmed();
    const QString ace = QString::fromLatin1(QUrl::toAce(trimmed));
    return ace.isEmpty() ? trimmed : ace;
}

QString encodeQueryItem(const QString &key, const QString &value)
{
    // ',' separates hostnames and addresses and ':' is part of IPv6 addresses: servers (and
    // ddclient) use them literally; everything else that is not unreserved is escaped.
    return QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value, ",:"));
}

// The dyndns2 return codes (https://help.dyn.com/remote-access-api/return-codes/), worded
// for people. nullopt for words that are not dyndns2 codes.
std::optional<Verdict> verdictForCode(const QString &code, const QString &address)
{
    if (code == QLatin1String("good"))
        return Verdict{Outcome::Updated, QStringLiteral("the provider now has %1 (good)").arg(address)};
    if (code == QLatin1String("nochg"))
        return Verdict{Outcome::Unchanged,
                       QStringLiteral("the provider already had %1 (nochg); nothing changed").arg(address)};
    if (code == QLatin1String("badauth"))
        return Verdict{Outcome::AuthFailed,
                       QStringLiteral("the provider rejected the username or password (badauth); fix the "
                                      "profile's credentials: no more updates for this host until they change")};
    if (code == QLatin1String("nohost"))
        return Verdict{Outcome::Rejected,
                       QStringLiteral("the hostname does not exist in this account (nohost); check its spelling "
                                      "or create it at the provider")
                           + kHoldUntilProfileChanges};
    if (code == QLatin1String("notfqdn"))
        return Verdict{Outcome::Rejected,
                       QStringLiteral("the provider says the hostname is not a fully qualified domain name "
                                      "(notfqdn); use the full name, e.g. home.example.com")
                           + kHoldUntilProfileChanges};
    if (code == QLatin1String("numhost"))
        return Verdict{Outcome::Rejected,
                       QStringLiteral("the provider refused the hostnames of the request: too many in one "
                                      "request, or a round-robin record (numhost); check the profile's hosts")
                           + kHoldUntilProfileChanges};
    if (code == QLatin1String("!yours"))
        return Verdict{Outcome::Rejected,
                       QStringLiteral("the hostname belongs to another account (!yours); use that account's "
                                      "credentials or remove the host from the profile")
                           + kHoldUntilProfileChanges};
    if (code == QLatin1String("!donator"))
        return Verdict{Outcome::Rejected,
                       QStringLiteral("the provider refused a feature this account does not include (!donator); "
                                      "check the account's plan at the provider")
                           + kHoldUntilProfileChanges};
    if (code == QLatin1String("!active"))
        return Verdict{Outcome::Rejected,
                       QStringLiteral("the hostname's domain is not activated at the provider yet (!active); "
                                      "activate it there")
                           + kHoldUntilProfileChanges};
    if (code == QLatin1String("badsys"))
        return Verdict{Outcome::Rejected,
                       QStringLiteral("the provider refused the request's system parameter (badsys); check "
                                      "the profile's provider and server")
                           + kHoldUntilProfileChanges};
    if (code == QLatin1String("badagent"))
        return Verdict{Outcome::Rejected,
                       QStringLiteral("the provider refused this client or the form of its request "
                                      "(badagent); please report this to the qddns developers")
                           + kHoldUntilProfileChanges};
    if (code == QLatin1String("badip"))
        return Verdict{Outcome::Rejected,
                       QStringLiteral("the provider refused the address %1 (badip): it is not valid for this "
                                      "service (some take only addresses of their own country or network)")
                               .arg(address)
                           + kHoldUntilProfileChanges};
    if (code == QLatin1String("abuse"))
        return Verdict{Outcome::Abuse,
                       QStringLiteral("the provider blocked this host for abuse (abuse); ask the provider to "
                                      "unblock it on its website")
                           + kHoldUntilProfileChanges};
    if (code == QLatin1String("911"))
        return Verdict{Outcome::RetryLater,
                       QStringLiteral("the provider reported a server problem or maintenance (911); qddns will "
                                      "retry in 30 minutes at the earliest"),
                       kServerTroubleDelay};
    if (code == QLatin1String("dnserr"))
        return Verdict{Outcome::RetryLater,
                       QStringLiteral("the provider's DNS servers failed to apply the update (dnserr); qddns "
                                      "will retry in 30 minutes at the earliest"),
                       kServerTroubleDelay};
    return std::nullopt;
}

bool isServerTrouble(const QString &code)
{
    return code == QLatin1String("911") || code == QLatin1String("dnserr");
}

// A verdict for a reply that failed as a whole (no HTTP answer, 5xx, 429, 401/403).
std::optional<Verdict> transportVerdict(const HttpReply &reply, const QString &secret)
{
    const auto failure = classifyHttpFailure(reply);
    if (!failure)
        return std::nullopt;
    if (!reply.error.isEmpty())
        return Verdict{Outcome::RetryLater,
                       QStringLiteral("could not reach the provider (%1); qddns will retry later").arg(reply.error)};
    if (failure->first == Outcome::AuthFailed)
        return Verdict{Outcome::AuthFailed,
                       QStringLiteral("HTTP %1: the provider refused the username or password; fix the "
                                      "profile's credentials: no more updates for this host until they change")
                           .arg(reply.status)};
    if (reply.status == 429)
        return Verdict{Outcome::RetryLater,
                       QStringLiteral("the provider is limiting how often this account may update (HTTP 429); "
                                      "qddns will retry later"),
                       retryAfterDelay(reply)};
    return Verdict{failure->first,
                   QStringLiteral("HTTP %1 from the provider (%2); qddns will retry later")
                       .arg(reply.status)
                       .arg(bodyExcerpt(reply.body, secret)),
                   retryAfterDelay(reply)};
}

class Dyndns2Transaction : public HttpTransaction
{
public:
    Dyndns2Transaction(const Dyndns2Preset &preset, const UpdateRequest &request, QList<Batch> batches,
                       QList<RecordResult> unsupported)
        : m_codeAliases(preset.codeAliases),
          m_request(request),
          m_batches(std::move(batches)),
          m_results(std::move(unsupported))
    {
    }

    std::optional<HttpRequest> nextHttpRequest() override
    {
        if (m_next >= m_batches.size())
            return std::nullopt;
        return m_batches.at(m_next).request;
    }

    void handleHttpReply(const HttpReply &reply) override
    {
        if (m_next >= m_batches.size())
            return;
        const Batch &batch = m_batches.at(m_next);
        Stop stop = Stop::None;
        Verdict stopVerdict;
        interpret(batch, reply, &stop, &stopVerdict);
        ++m_next;
        if (stop == Stop::None)
            return;
        // Repeating a request the provider just refused for the whole account (or while it is in
        // trouble) only risks a block: the rest of the transaction shares the verdict unsent.
        const QByteArray authorization = batch.request.header("Authorization");
        QList<Batch> remaining;
        for (int i = m_next; i < m_batches.size(); ++i) {
            const Batch &other = m_batches.at(i);
            if (stop == Stop::SameCredentials && other.request.header("Authorization") != authorization) {
                remaining.append(other);
                continue;
            }
            const Verdict skipped{stopVerdict.outcome,
                                  QStringLiteral("not sent, an earlier request of this update failed: ")
                                      + stopVerdict.message,
                                  stopVerdict.delay};
            appendResults(other, [&](RecordType) { return skipped; });
        }
        m_batches = m_batches.mid(0, m_next) + remaining;
    }

    QList<RecordResult> results() const override { return m_results; }

    std::optional<HttpRequest> httpRequestFor(const QString &host, RecordType type) override
    {
        for (const Batch &batch : std::as_const(m_batches)) {
            if (batch.hosts.contains(host) && (type == RecordType::A ? batch.ipv4 : batch.ipv6))
                return batch.request;
        }
        return std::nullopt;
    }

private:
    QString address(RecordType type) const
    {
        const auto &address = type == RecordType::A ? m_request.ipv4 : m_request.ipv6;
        return address ? address->toString() : QString();
    }

    // The address-like words after "good"/"nochg": services echo what they now hold.
    static QStringList claimedAddresses(const QString &line)
    {
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        static const QRegularExpression addressLike(QStringLiteral("^[0-9A-Fa-fx.:]*[.:][0-9A-Fa-fx.:]*$"));
        QStringList words = line.split(separators, Qt::SkipEmptyParts);
        words.removeFirst(); // the code itself
        words.removeIf([](const QString &w) { return !addressLike.match(w).hasMatch(); });
        return words;
    }

    // A success that names another address than the one sent is no success: the record may now
    // hold that address (Dyn answers "good 127.0.0.1" to a blocked client), so it is retried.
    std::optional<Verdict> wrongAddress(const QStringList &claimed, RecordType type) const
    {
        const QString sent = address(type);
        bool sameFamily = false;
        for (const QString &word : claimed) {
            const auto parsed = parseAddressText(word);
            if (parsed && parsed->protocol() != (type == RecordType::A ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol))
                continue;
            if (parsed && parsed->toString() == sent)
                return std::nullopt;
            sameFamily = true;
        }
        if (!sameFamily)
            return std::nullopt;
        return Verdict{Outcome::RetryLater,
                       QStringLiteral("the provider reported success for %1 instead of the address sent, %2; the "
                                      "record may hold a wrong address: qddns will retry later")
                           .arg(bodyExcerpt(claimed.join(QLatin1Char(' ')).toUtf8(), m_request.secret), sent)};
    }

    template<typename VerdictFor>
    void appendResults(const Batch &batch, VerdictFor verdictFor, int hostIndex = -1)
    {
        for (int i = 0; i < batch.hosts.size(); ++i) {
            if (hostIndex >= 0 && i != hostIndex)
                continue;
            for (const RecordType type : {RecordType::A, RecordType::AAAA}) {
                if ((type == RecordType::A && !batch.ipv4) || (type == RecordType::AAAA && !batch.ipv6))
                    continue;
                const Verdict v = verdictFor(type);
                m_results.append({batch.hosts.at(i), type, v.outcome,
                                  redactText(v.message, {m_request.secret}), v.delay, v.unexpected});
            }
        }
    }

    // Appends the results of one reply; tells through \a stop whether the rest is worth sending.
    void interpret(const Batch &batch, const HttpReply &reply, Stop *stop, Verdict *stopVerdict)
    {
        if (const auto failure = transportVerdict(reply, m_request.secret)) {
            qCDebug(lcProvider) << "request for" << batch.hosts << "failed:" << reply.status;
            *stop = failure->outcome == Outcome::AuthFailed ? Stop::SameCredentials : Stop::All;
            *stopVerdict = *failure;
            appendResults(batch, [&](RecordType) { return *failure; });
            return;
        }

        const QString text = QString::fromUtf8(reply.body).trimmed();
        const QString httpNote =
            reply.isSuccess() ? QString() : QStringLiteral(" (HTTP %1)").arg(reply.status);
        if (text.startsWith(QLatin1Char('<'))) {
            const Verdict v{Outcome::RetryLater,
                            QStringLiteral("the provider answered with a web page instead of a DynDNS2 status%1: "
                                           "\"%2\"; check the profile's server, qddns will retry later")
                                .arg(httpNote, bodyExcerpt(reply.body, m_request.secret)), {}, true};
            appendResults(batch, [&](RecordType) { return v; });
            return;
        }

        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        if (lines.isEmpty()) {
            const Verdict v{Outcome::RetryLater,
                            QStringLiteral("the provider sent an empty reply%1 instead of a DynDNS2 status; "
                                           "qddns will retry later")
                                .arg(httpNote), {}, true};
            appendResults(batch, [&](RecordType) { return v; });
            return;
        }
        qCDebug(lcProvider) << "reply for" << batch.hosts.size() << "host(s):" << lines.size()
                                   << "status line(s), HTTP" << reply.status;

        // One line per hostname, in order; a single line (an account or system error, or a
        // service that answers once) applies to every hostname of the request.
        for (int i = 0; i < batch.hosts.size(); ++i) {
            QString line;
            if (lines.size() == 1)
                line = lines.first();
            else if (i < lines.size())
                line = lines.at(i);
            if (line.isEmpty()) {
                const Verdict v{Outcome::RetryLater,
                                QStringLiteral("the provider sent no status for this host (%1 lines for %2 "
                                               "hostnames); qddns will retry later")
                                    .arg(lines.size())
                                    .arg(batch.hosts.size()), {}, true};
                appendResults(batch, [&](RecordType) { return v; }, i);
                continue;
            }
            QString code = line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty).toLower();
            code = m_codeAliases.value(code, code);
            const bool success = code == QLatin1String("good") || code == QLatin1String("nochg");
            const bool known = verdictForCode(code, {}).has_value() && (!success || reply.isSuccess());
            if (!known) {
                const Verdict v{Outcome::RetryLater,
                                QStringLiteral("the provider's reply%1 is not a DynDNS2 status: \"%2\"; "
                                               "qddns will retry later")
                                    .arg(httpNote, bodyExcerpt(line.toUtf8(), m_request.secret)), {}, true};
                appendResults(batch, [&](RecordType) { return v; }, i);
                continue;
            }
            const QStringList claimed = success ? claimedAddresses(line) : QStringList();
            appendResults(batch, [&](RecordType type) {
                if (const auto wrong = wrongAddress(claimed, type))
                    return *wrong;
                return *verdictForCode(code, address(type));
            }, i);
            if (code == QLatin1String("badauth") && *stop == Stop::None) {
                *stop = Stop::SameCredentials;
                *stopVerdict = *verdictForCode(code, {});
            } else if (isServerTrouble(code)) {
                *stop = Stop::All;
                *stopVerdict = *verdictForCode(code, {});
            }
        }
        if (lines.size() > batch.hosts.size())
            qCDebug(lcProvider) << "ignored" << lines.size() - batch.hosts.size() << "extra status line(s)";
    }

    QHash<QString, QString> m_codeAliases;
    UpdateRequest m_request;
    QList<Batch> m_batches;
    int m_next = 0;
    QList<RecordResult> m_results;
};

HttpRequest buildRequest(const Dyndns2Preset &preset, const UpdateRequest &request, const QStringList &hosts,
                         bool ipv4, bool ipv6)
{
    QUrl url = joinUrl(request.server, preset.path);
    QStringList items;
    if (url.hasQuery())   // a server override may carry its own query
        items.append(url.query(QUrl::FullyEncoded));
    for (const auto &[key, value] : preset.query)
        items.append(encodeQueryItem(key, value));

    QStringList names;
    for (const QString &host : hosts)
        names.append(asciiHost(host));
    items.append(encodeQueryItem(QStringLiteral("hostname"), names.join(QLatin1Char(','))));

    const QString v4 = ipv4 ? request.ipv4->toString() : QString();
    const QString v6 = ipv6 ? request.ipv6->toString() : QString();
    if (!preset.sendsAddress) {
        // The service sets the address the request comes from; the reply's echo is checked.
    } else if (preset.ipv4Param == preset.ipv6Param) {
        QStringList addresses;
        if (ipv4)
            addresses.append(v4);
        if (ipv6)
            addresses.append(v6);
        items.append(encodeQueryItem(preset.ipv4Param, addresses.join(QLatin1Char(','))));
    } else {
        // Services with a key per family may otherwise take the connection's address (or
        // delete the record) for the family this request does not publish.
        if (ipv4 || !preset.keepValue.isEmpty())
            items.append(encodeQueryItem(preset.ipv4Param, ipv4 ? v4 : preset.keepValue));
        if (ipv6 || !preset.keepValue.isEmpty())
            items.append(encodeQueryItem(preset.ipv6Param, ipv6 ? v6 : preset.keepValue));
    }
    // Services with a flag per family keep the record of a family the request leaves out.
    if (!ipv4 && !preset.ipv4KeepParam.isEmpty())
        items.append(encodeQueryItem(preset.ipv4KeepParam, QStringLiteral("1")));
    if (!ipv6 && !preset.ipv6KeepParam.isEmpty())
        items.append(encodeQueryItem(preset.ipv6KeepParam, QStringLiteral("1")));
    url.setQuery(items.join(QLatin1Char('&')));

    HttpRequest http;
    http.method = "GET";
    http.url = url;
    const QString username = preset.usernameIsHost ? names.first()
        : preset.fixedUsername.isEmpty()          ? request.username
                                                  : preset.fixedUsername;
    http.headers.append({"Authorization", basicAuthorization(username, request.secret)});
    return http;
}

Dyndns2Preset genericPreset()
{
    Dyndns2Preset p;
    p.id = QStringLiteral("dyndns2");
    p.name = QStringLiteral("DynDNS2-compatible service");
    p.category = ProviderCategory::Generic;
    p.website = QStringLiteral("https://help.dyn.com/remote-access-api/");
    p.documentation = QUrl(QStringLiteral("https://help.dyn.com/remote-access-api/perform-update/"));
    p.checked = QDate(2026, 12, 7);
    p.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Any service that speaks the DynDNS2 protocol (/nic/update with HTTP Basic "
                            "authentication). Set \"server\" to its base URL, e.g. https://dyndns.example.net; "
                            "qddns appends /nic/update."));
    p.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "the username the service gave you for updates"));
    p.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "the password or update key for that username"));
    return p;
}

QString presetError(int index, const QString &id, const QString &what)
{
    return QStringLiteral("presets[%1]%2: %3")
        .arg(index)
        .arg(id.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(id), what);
}

} // namespace

QList<Dyndns2Preset> parseDyndns2Presets(const QByteArray &json, QStringList *errors)
{
    QList<Dyndns2Preset> presets;
    auto fail = [&](const QString &message) {
        if (errors)
            errors->append(message);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(QLatin1String("presets")).isArray()) {
        fail(parseError.error != QJsonParseError::NoError
                 ? QStringLiteral("not JSON: %1").arg(parseError.errorString())
                 : QStringLiteral("expected an object with a \"presets\" array"));
        return presets;
    }

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    QSet<QString> ids{QStringLiteral("dyndns2")};
    const QJsonArray array = doc.object().value(QLatin1String("presets")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Dyndns2Preset p;
        p.id = o.value(QLatin1String("id")).toString();
        if (!idPattern.match(p.id).hasMatch()) {
            fail(presetError(i, p.id, QStringLiteral("\"id\" must be lowercase letters, digits and '-'")));
            continue;
        }
        if (ids.contains(p.id)) {
            fail(presetError(i, p.id, QStringLiteral("duplicate id")));
            continue;
        }
        p.name = o.value(QLatin1String("name")).toString();
        p.website = o.value(QLatin1String("website")).toString();
        p.help = o.value(QLatin1String("help")).toString();
        p.usernameHelp = o.value(QLatin1String("usernameHelp")).toString();
        p.secretHelp = o.value(QLatin1String("secretHelp")).toString();
        p.hostExample = o.value(QLatin1String("hostExample")).toString();
        p.hostHelp = o.value(QLatin1String("hostHelp")).toString();
        p.usernameLabel = o.value(QLatin1String("usernameLabel")).toString();
        p.secretLabel = o.value(QLatin1String("secretLabel")).toString();
        p.server = QUrl(o.value(QLatin1String("server")).toString(), QUrl::StrictMode);
        if (!p.server.isValid() || p.server.scheme() != QLatin1String("https") || p.server.host().isEmpty()
            || !p.server.userInfo().isEmpty()) {
            fail(presetError(i, p.id, QStringLiteral("\"server\" must be an https URL without credentials")));
            continue;
        }
        p.path = o.value(QLatin1String("path")).toString(p.path);
        if (!p.path.startsWith(QLatin1Char('/'))) {
            fail(presetError(i, p.id, QStringLiteral("\"path\" must start with '/'")));
            continue;
        }
        const QJsonObject query = o.value(QLatin1String("query")).toObject();
        bool queryOk = true;
        for (auto it = query.begin(); it != query.end(); ++it) {
            queryOk = queryOk && keyPattern.match(it.key()).hasMatch() && it.value().isString();
            p.query.append({it.key(), it.value().toString()});
        }
        if (!queryOk) {
            fail(presetError(i, p.id, QStringLiteral("\"query\" must map plain keys to strings")));
            continue;
        }
        p.maxHosts = o.value(QLatin1String("maxHosts")).toInt(kProtocolMaxHosts);
        if (p.maxHosts < 1 || p.maxHosts > kProtocolMaxHosts) {
            fail(presetError(i, p.id, QStringLiteral("\"maxHosts\" must be 1 to %1").arg(kProtocolMaxHosts)));
            continue;
        }
        p.familiesInOneRequest = o.value(QLatin1String("familiesInOneRequest")).toBool(true);
        p.usernameIsHost = o.value(QLatin1String("usernameIsHost")).toBool(false);
        p.sendsAddress = o.value(QLatin1String("sendsAddress")).toBool(true);
        const QJsonValue basicUser = o.value(QLatin1String("basicUser"));
        p.fixedUsername = basicUser.toString();
        if (!basicUser.isUndefined() && (p.fixedUsername.isEmpty() || p.usernameIsHost)) {
            fail(presetError(i, p.id, QStringLiteral("\"basicUser\" must be a non-empty string, and not with "
                                                     "\"usernameIsHost\"")));
            continue;
        }
        if (p.usernameIsHost)
            p.maxHosts = 1;   // the credentials name exactly one host
        p.ipv4 = o.value(QLatin1String("ipv4")).toBool(true);
        p.ipv6 = o.value(QLatin1String("ipv6")).toBool(true);
        p.ipv4Param = o.value(QLatin1String("ipv4Param")).toString(p.ipv4Param);
        p.ipv6Param = o.value(QLatin1String("ipv6Param")).toString(p.ipv6Param);
        p.keepValue = o.value(QLatin1String("keepValue")).toString();
        p.ipv4KeepParam = o.value(QLatin1String("ipv4KeepParam")).toString();
        p.ipv6KeepParam = o.value(QLatin1String("ipv6KeepParam")).toString();
        const auto keepOk = [](const QString &key) { return key.isEmpty() || keyPattern.match(key).hasMatch(); };
        if (!keyPattern.match(p.ipv4Param).hasMatch() || !keyPattern.match(p.ipv6Param).hasMatch()
            || !keepOk(p.ipv4KeepParam) || !keepOk(p.ipv6KeepParam) || (!p.ipv4 && !p.ipv6)) {
            fail(presetError(i, p.id, QStringLiteral("invalid address parameters or no address family")));
            continue;
        }
        const auto category = categoryFromName(o.value(QLatin1String("category")).toString(categoryName(p.category)));
        if (!category) {
            fail(presetError(i, p.id, QStringLiteral("\"category\" is not a provider category")));
            continue;
        }
        p.category = *category;
        const QJsonValue documentation = o.value(QLatin1String("documentation"));
        p.documentation = QUrl(documentation.toString(), QUrl::StrictMode);
        if (!documentation.isUndefined() && (!p.documentation.isValid() || p.documentation.scheme() != QLatin1String("https"))) {
            fail(presetError(i, p.id, QStringLiteral("\"documentation\" must be the https URL of the service's own "
                                                     "documentation")));
            continue;
        }
        const QJsonValue checked = o.value(QLatin1String("checked"));
        p.checked = QDate::fromString(checked.toString(), Qt::ISODate);
        if (!checked.isUndefined() && !p.checked.isValid()) {
            fail(presetError(i, p.id, QStringLiteral("\"checked\" must be a date, YYYY-MM-DD")));
            continue;
        }
        const QJsonObject aliases = o.value(QLatin1String("codeAliases")).toObject();
        for (auto it = aliases.begin(); it != aliases.end(); ++it)
            p.codeAliases.insert(it.key().toLower(), it.value().toString().toLower());
        ids.insert(p.id);
        presets.append(p);
    }
    return presets;
}

QList<Dyndns2Preset> builtinDyndns2Presets()
{
    initDyndns2Resources();
    QFile file(QStringLiteral(":/qddns/providers/dyndns2presets.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCDebug(lcProvider) << "cannot open the built-in presets:" << file.errorString();
        return {};
    }
    QStringList errors;
    const QList<Dyndns2Preset> presets = parseDyndns2Presets(file.readAll(), &errors);
    for (const QString &error : std::as_const(errors))
        qCDebug(lcProvider) << "skipped a built-in preset:" << error;
    return presets;
}

Dyndns2Provider::Dyndns2Provider(Dyndns2Preset preset) : m_preset(std::move(preset))
{
    m_info.id = m_preset.id;
    m_info.name = m_preset.name;
    m_info.protocol = QStringLiteral("dyndns2");
    m_info.category = m_preset.category;
    m_info.website = m_preset.website;
    m_info.documentation = m_preset.documentation;
    m_info.checked = m_preset.checked;
    m_info.help = m_preset.help;
    m_info.defaultServer = m_preset.server;
    m_info.hostExample = m_preset.hostExample;
    m_info.hostHelp = m_preset.hostHelp;
    const bool ownUsername = !m_preset.usernameIsHost && m_preset.fixedUsername.isEmpty();
    m_info.username = ownUsername ? Need::Required : Need::Unused;
    m_info.usernameLabel = m_preset.usernameLabel;
    m_info.secretLabel = m_preset.secretLabel;
    m_info.usernameHelp = m_preset.usernameIsHost ? QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "not used: the hostname itself is the username"))
        : ownUsername                             ? m_preset.usernameHelp
                                                  : QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "not used: the service checks only the secret"));
    m_info.secret = Need::Required;
    m_info.secretHelp = m_preset.secretHelp;
    m_info.maxHostsPerRequest = m_preset.usernameIsHost ? 1 : m_preset.maxHosts;
    // "myip=v4" alone may drop the AAAA record (and vice versa) unless the other family has its
    // own key with a keep value, or goes in a request of its own.
    m_info.sendsAllFamilies = m_preset.ipv4 && m_preset.ipv6 && m_preset.keepValue.isEmpty()
        && m_preset.ipv4KeepParam.isEmpty() && m_preset.ipv6KeepParam.isEmpty()
        && (m_preset.familiesInOneRequest || m_preset.ipv4Param != m_preset.ipv6Param);
    m_info.supportsIpv4 = m_preset.ipv4;
    m_info.supportsIpv6 = m_preset.ipv6;
}

QList<ConfigError> Dyndns2Provider::validate(const QJsonObject &profile, const QString &path) const
{
    // The config checks the server's form (an http(s) URL); only the generic provider needs one.
    if (!m_preset.server.isEmpty())
        return {};
    const QJsonValue server = profile.value(QLatin1String("server"));
    if (server.isString() && !server.toString().trimmed().isEmpty())
        return {};
    if (!server.isUndefined() && !server.isNull() && !server.isString())
        return {};   // a wrong type is reported by the config
    return {{path + QStringLiteral(".server"),
             QStringLiteral("the generic dyndns2 provider has no default server: set \"server\" to the "
                            "service's base URL, e.g. https://dyndns.example.net (qddns appends %1)")
                 .arg(m_preset.path)}};
}

std::unique_ptr<UpdateTransaction> Dyndns2Provider::start(const UpdateRequest &request) const
{
    const Dyndns2Preset &p = m_preset;
    const bool v4 = request.ipv4.has_value() && p.ipv4;
    const bool v6 = request.ipv6.has_value() && p.ipv6;

    // A family the service cannot take still gets its one result per record.
    QList<RecordResult> unsupported;
    for (const QString &host : request.hosts) {
        if (request.ipv4 && !p.ipv4)
            unsupported.append({host, RecordType::A, Outcome::Rejected,
                                QStringLiteral("%1 does not support IPv4 (A) records; stop publishing IPv4 in "
                                               "this profile")
                                        .arg(m_info.name)
                                    + kHoldUntilProfileChanges});
        if (request.ipv6 && !p.ipv6)
            unsupported.append({host, RecordType::AAAA, Outcome::Rejected,
                                QStringLiteral("%1 does not support IPv6 (AAAA) records; stop publishing IPv6 in "
                                               "this profile")
                                        .arg(m_info.name)
                                    + kHoldUntilProfileChanges});
    }

    QList<Batch> batches;
    if ((v4 || v6) && (!request.server.isValid() || request.server.host().isEmpty())) {
        // validate() asks for a server; this only guards against an engine that sends none.
        UpdateRequest supported = request;
        if (!v4)
            supported.ipv4.reset();
        if (!v6)
            supported.ipv6.reset();
        return std::make_unique<Dyndns2Transaction>(
            p, request, batches,
            unsupported
                + resultsForAll(supported, Outcome::Rejected,
                                QStringLiteral("no server is set for this profile; set \"server\" to the "
                                               "service's base URL")
                                    + kHoldUntilProfileChanges));
    }
    if (v4 || v6) {
        const int perRequest = p.usernameIsHost ? 1 : std::clamp(p.maxHosts, 1, kProtocolMaxHosts);
        const bool together = p.familiesInOneRequest || p.ipv4Param != p.ipv6Param;
        for (qsizetype i = 0; i < request.hosts.size(); i += perRequest) {
            const QStringList hosts = request.hosts.mid(i, perRequest);
            auto add = [&](bool withV4, bool withV6) {
                batches.append({buildRequest(p, request, hosts, withV4, withV6), hosts, withV4, withV6});
            };
            if (together || !(v4 && v6)) {
                add(v4, v6);
            } else {
                add(true, false);
                add(false, true);
            }
        }
    }
    return std::make_unique<Dyndns2Transaction>(p, request, std::move(batches), std::move(unsupported));
}

} // namespace Qddns

namespace Qddns::Providers {

void add_dyndns2(ProviderList &list)
{
    list.push_back(std::make_unique<Dyndns2Provider>(genericPreset()));
    for (const Dyndns2Preset &preset : builtinDyndns2Presets())
        list.push_back(std::make_unique<Dyndns2Provider>(preset));
}

} // namespace Qddns::Providers
