#include "providers/geturl.h"

#include "core/redact.h"
#include "ipc/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace Qddns {

namespace {

constexpr int kMaxHostsPerRequest = 20; // no service takes more in one URL; DynDNS2's limit too

// {name} or {name:argument}.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z0-9]+)(?::([A-Za-z0-9_.-]+))?\\}"));
    return re;
}

bool isAddressPlaceholder(const QString &name)
{
    return name == QLatin1String("ipv4") || name == QLatin1String("ipv6") || name == QLatin1String("ip");
}

// The host as services compare it: lower case, ASCII, no trailing dot.
QString canonicalHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    const QString ace = QString::fromLatin1(QUrl::toAce(h));
    return ace.isEmpty() ? h : ace;
}

// The host below \a domain, apexName for the domain itself; empty when it is not below it.
QString relativeHost(const QString &host, const QString &domain, const QString &apexName)
{
    const QString h = canonicalHost(host);
    const QString d = canonicalHost(domain);
    if (d.isEmpty())
        return {};
    if (h == d)
        return apexName;
    if (h.endsWith(QLatin1Char('.') + d))
        return h.left(h.size() - d.size() - 1);
    return {};
}

// What one request carries, for filling its templates.
struct Fill
{
    const GetUrlService *service = nullptr;
    const UpdateRequest *request = nullptr;
    QStringList hosts;
    std::optional<QHostAddress> ipv4;
    std::optional<QHostAddress> ipv6;

    // nullopt: an address this request does not carry.
    std::optional<QString> value(const QString &name, const QString &argument) const
    {
        const auto address = [](const std::optional<QHostAddress> &a) {
            return a ? std::optional<QString>(a->toString()) : std::nullopt;
        };
        if (name == QLatin1String("ipv4"))
            return address(ipv4);
        if (name == QLatin1String("ipv6"))
            return address(ipv6);
        if (name == QLatin1String("ip"))
            return ipv4 ? address(ipv4) : address(ipv6);
        if (name == QLatin1String("server")) {
            QString server = request->server.toString(QUrl::FullyEncoded);
            while (server.endsWith(QLatin1Char('/')))
                server.chop(1);
            return server;
        }
        if (name == QLatin1String("host")) {
            QStringList names;
            for (const QString &host : hosts)
                names.append(canonicalHost(host));
            return names.join(service->hostSeparator);
        }
        if (name == QLatin1String("relative")) {
            QStringList names;
            for (const QString &host : hosts)
                names.append(relativeHost(host, request->options.value(argument).toString(), service->apexName));
            return names.join(service->hostSeparator);
        }
        if (name == QLatin1String("username"))
            return request->username;
        if (name == QLatin1String("secret"))
            return request->secret;
        if (name == QLatin1String("credential"))
            return request->credentials.value(argument);
        if (name == QLatin1String("option")) {
            const QJsonValue v = request->options.value(argument);
            return v.isString() ? v.toString() : v.toVariant().toString();
        }
        return QString();
    }

    // Every placeholder replaced; \a encode percent-encodes each value (',' and ':' stay readable,
    // as services and other clients write host lists and IPv6 addresses). Values are never
    // searched for placeholders themselves.
    QString fill(const QString &tmpl, bool encode) const
    {
        QString out;
        qsizetype last = 0;
        for (auto it = placeholderPattern().globalMatch(tmpl); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString v = value(m.captured(1), m.captured(2)).value_or(QString());
            out += QStringView(tmpl).mid(last, m.capturedStart() - last);
            const bool raw = !encode || m.captured(1) == QLatin1String("server");
            out += raw ? v : QString::fromLatin1(QUrl::toPercentEncoding(v, ",:"));
            last = m.capturedEnd();
        }
        return out + QStringView(tmpl).mid(last);
    }

    // Whether \a tmpl names an address this request does not carry.
    bool lacksAddress(const QString &tmpl) const
    {
        for (auto it = placeholderPattern().globalMatch(tmpl); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (isAddressPlaceholder(m.captured(1)) && !value(m.captured(1), {}))
                return true;
        }
        return false;
    }

    QUrl url(const QString &tmpl) const
    {
        const qsizetype question = tmpl.indexOf(QLatin1Char('?'));
        QString text = fill(tmpl.left(question < 0 ? tmpl.size() : question), true);
        if (question >= 0) {
            QStringList items;
            for (const QString &item : tmpl.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
                if (!lacksAddress(item))
                    items.append(fill(item, true));
            }
            if (!items.isEmpty())
                text += QLatin1Char('?') + items.join(QLatin1Char('&'));
        }
        return QUrl(text, QUrl::StrictMode);
    }
};

QString outcomeVerb(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Updated: return QStringLiteral("accepted the address");
    case Outcome::Unchanged: return QStringLiteral("already had the address");
    case Outcome::AuthFailed: return QStringLiteral("refused the credentials; fix the profile's credentials");
    case Outcome::Rejected: return QStringLiteral("refused the update");
    case Outcome::Abuse: return QStringLiteral("blocked updates from this client");
    case Outcome::RetryLater: return QStringLiteral("asked to try again later");
    }
    return {};
}

QList<RecordResult> parseReply(const GetUrlService &service, const RequestStep &step, const HttpReply &reply)
{
    const UpdateRequest &records = step.records;
    const QStringList secrets = records.secretValues();
    const QString name = service.info.name;
    const auto all = [&](Outcome outcome, const QString &message, std::chrono::seconds delay = {}) {
        // Transport errors may quote the request URL, which may carry a credential.
        return resultsForAll(records, outcome, redactText(message, secrets), delay);
    };
    if (!reply.error.isEmpty())
        return all(Outcome::RetryLater, QStringLiteral("could not reach %1 (%2); qddns will retry later").arg(name, reply.error));

    const QString excerpt = bodyExcerpt(reply.body, secrets);
    for (const auto &[outcome, matcher] : service.matchers) {
        // A success needs a success status unless the matcher names the status it expects.
        if (isSuccess(outcome) && matcher.statuses.isEmpty() && !reply.isSuccess())
            continue;
        if (!matcher.matches(service.format, reply))
            continue;
        QString message = matcher.message.isEmpty()
            ? QStringLiteral("%1 %2 (HTTP %3: \"%4\")").arg(name, outcomeVerb(outcome)).arg(reply.status).arg(excerpt)
            : QStringLiteral("%1: %2").arg(name, matcher.message);
        if (!matcher.messagePath.isEmpty()) {
            if (const auto detail = replyValue(service.format, reply.body, matcher.messagePath); detail && !detail->isEmpty())
                message += QStringLiteral(" (\"%1\")").arg(bodyExcerpt(detail->toUtf8(), secrets, 160));
        }
        return all(outcome, message, outcome == Outcome::RetryLater ? retryAfterDelay(reply) : std::chrono::seconds(0));
    }

    if (const auto failure = classifyHttpFailure(reply)) {
        const QString message = failure->first == Outcome::AuthFailed
            ? QStringLiteral("%1 refused the credentials (HTTP %2: \"%3\"); fix the profile's credentials")
            : QStringLiteral("%1 could not take the update now (HTTP %2: \"%3\"); qddns will retry later");
        return all(failure->first, message.arg(name).arg(reply.status).arg(excerpt), retryAfterDelay(reply));
    }
    // A changed API, a captive portal, a login page: never a success, and never read further.
    QList<RecordResult> results = all(Outcome::RetryLater, QStringLiteral("unexpected reply from %1 (HTTP %2): \"%3\"; qddns will retry later")
                                                           .arg(name).arg(reply.status).arg(excerpt));
    for (RecordResult &r : results)
        r.unexpected = true;
    return results;
}

// ---- reading rows ----------------------------------------------------------------------------

std::optional<Need> needFromName(const QString &word)
{
    if (word == Ipc::NeedWord::Unused)
        return Need::Unused;
    if (word == Ipc::NeedWord::Optional)
        return Need::Optional;
    if (word == Ipc::NeedWord::Required)
        return Need::Required;
    return std::nullopt;
}

std::optional<ProviderOption::Kind> kindFromName(const QString &word)
{
    for (auto k : {ProviderOption::Kind::String, ProviderOption::Kind::Bool, ProviderOption::Kind::Integer,
                   ProviderOption::Kind::Url, ProviderOption::Kind::Regex}) {
        if (optionKindName(k) == word)
            return k;
    }
    return std::nullopt;
}

// Why the row's metadata is wrong, or empty.
QString readInfo(const QJsonObject &o, ProviderInfo &info)
{
    const auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    info.id = text("id");
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(info.id).hasMatch())
        return QStringLiteral("\"id\" must be lowercase letters, digits and '-'");
    info.name = text("name");
    if (info.name.isEmpty())
        return QStringLiteral("\"name\" is missing");
    info.protocol = QStringLiteral("geturl");
    const auto category = categoryFromName(text("category"));
    if (!category)
        return QStringLiteral("\"category\" must be a provider category (dyndns, dns-hosting, registrar, self-hosted, generic)");
    info.category = *category;
    info.website = text("website");
    info.documentation = QUrl(text("documentation"), QUrl::StrictMode);
    if (info.documentation.scheme() != QLatin1String("https") || info.documentation.host().isEmpty())
        return QStringLiteral("\"documentation\" must be the https URL of the service's own documentation");
    info.checked = QDate::fromString(text("checked"), Qt::ISODate);
    if (!info.checked.isValid())
        return QStringLiteral("\"checked\" must be the date the row was checked against the documentation, YYYY-MM-DD");
    info.help = text("help");
    info.hostExample = text("hostExample");
    info.hostHelp = text("hostHelp");
    info.usernameLabel = text("usernameLabel");
    info.usernameHelp = text("usernameHelp");
    info.secretLabel = text("secretLabel");
    info.secretHelp = text("secretHelp");
    const auto username = needFromName(o.value(QLatin1String("username")).toString(QStringLiteral("unused")));
    const auto secret = needFromName(o.value(QLatin1String("secret")).toString(QStringLiteral("required")));
    if (!username || !secret)
        return QStringLiteral("\"username\" and \"secret\" are unused, optional or required");
    info.username = *username;
    info.secret = *secret;
    info.defaultServer = QUrl(text("server"), QUrl::StrictMode);
    if (info.defaultServer.scheme() != QLatin1String("https") || info.defaultServer.host().isEmpty()
        || !info.defaultServer.userInfo().isEmpty())
        return QStringLiteral("\"server\" must be an https URL without credentials");
    info.maxHostsPerRequest = o.value(QLatin1String("maxHosts")).toInt(1);
    if (info.maxHostsPerRequest < 1 || info.maxHostsPerRequest > kMaxHostsPerRequest)
        return QStringLiteral("\"maxHosts\" must be 1 to %1").arg(kMaxHostsPerRequest);
    info.supportsIpv4 = o.value(QLatin1String("ipv4")).toBool(true);
    info.supportsIpv6 = o.value(QLatin1String("ipv6")).toBool(true);
    if (!info.supportsIpv4 && !info.supportsIpv6)
        return QStringLiteral("a service takes at least one address family");
    info.sendsAllFamilies = o.value(QLatin1String("sendsAllFamilies")).toBool(false);
    for (const QJsonValue &v : o.value(QLatin1String("credentials")).toArray()) {
        const QJsonObject c = v.toObject();
        CredentialField field{c.value(QLatin1String("id")).toString(), c.value(QLatin1String("label")).toString(),
                              c.value(QLatin1String("help")).toString(), c.value(QLatin1String("required")).toBool(true)};
        if (field.id.isEmpty() || field.id == QLatin1String("secret") || field.label.isEmpty())
            return QStringLiteral("each of \"credentials\" needs an \"id\" (not \"secret\") and a \"label\"");
        info.extraCredentials.append(field);
    }
    for (const QJsonValue &v : o.value(QLatin1String("options")).toArray()) {
        const QJsonObject c = v.toObject();
        const auto kind = kindFromName(c.value(QLatin1String("kind")).toString(QStringLiteral("string")));
        ProviderOption option{c.value(QLatin1String("key")).toString(), kind.value_or(ProviderOption::Kind::String),
                              c.value(QLatin1String("required")).toBool(false), c.value(QLatin1String("default")),
                              c.value(QLatin1String("help")).toString(), c.value(QLatin1String("label")).toString()};
        if (option.key.isEmpty() || !kind)
            return QStringLiteral("each of \"options\" needs a \"key\" and a known \"kind\"");
        info.options.append(option);
    }
    return {};
}

// Why \a tmpl cannot be used, or empty.
QString checkTemplate(const QString &tmpl, const ProviderInfo &info, bool isUrl, bool oneFamily)
{
    if (isUrl && !tmpl.startsWith(QLatin1String("{server}")))
        return QStringLiteral("a URL template starts with {server}, so that a profile's \"server\" can replace it");
    QStringList known{QStringLiteral("host"), QStringLiteral("ipv4"), QStringLiteral("ipv6"),
                      QStringLiteral("username"), QStringLiteral("secret")};
    if (isUrl)
        known.append(QStringLiteral("server"));
    if (oneFamily)
        known.append(QStringLiteral("ip"));
    QString rest = tmpl;
    for (auto it = placeholderPattern().globalMatch(tmpl); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const QString argument = m.captured(2);
        rest.replace(m.captured(0), QString());
        if (name == QLatin1String("server") && m.capturedStart() != 0)
            return QStringLiteral("{server} may only start the URL");
        if (name == QLatin1String("credential")) {
            const bool declared = std::any_of(info.extraCredentials.cbegin(), info.extraCredentials.cend(),
                                              [&argument](const CredentialField &f) { return f.id == argument; });
            if (!declared)
                return QStringLiteral("{credential:%1} names no credential of \"credentials\"").arg(argument);
        } else if (name == QLatin1String("option") || name == QLatin1String("relative")) {
            const bool declared = std::any_of(info.options.cbegin(), info.options.cend(),
                                              [&argument](const ProviderOption &o) { return o.key == argument; });
            if (!declared)
                return QStringLiteral("{%1:%2} names no option of \"options\"").arg(name, argument);
        } else if ((name == QLatin1String("username") && info.username == Need::Unused)
                   || (name == QLatin1String("secret") && info.secret == Need::Unused)) {
            return QStringLiteral("%1 names a credential the row does not ask for (\"%2\": \"unused\")").arg(m.captured(0), name);
        } else if (!known.contains(name) || !argument.isEmpty()) {
            return QStringLiteral("unknown placeholder %1%2").arg(m.captured(0),
                                                                  name == QLatin1String("ip") ? QStringLiteral(" (only in a request per family)") : QString());
        }
    }
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        return QStringLiteral("a brace that is no placeholder");
    return {};
}

QString readRequestPart(const QJsonObject &o, GetUrlService &s)
{
    for (Family f : kFamilies) {
        const QString key = f == Family::IPv4 ? QStringLiteral("serverIpv4") : QStringLiteral("serverIpv6");
        if (!o.contains(key))
            continue;
        const QUrl server(o.value(key).toString(), QUrl::StrictMode);
        if (server.scheme() != QLatin1String("https") || server.host().isEmpty() || !server.userInfo().isEmpty())
            return QStringLiteral("\"%1\" must be an https URL without credentials").arg(key);
        s.familyServer[f] = server;
    }
    s.url = o.value(QLatin1String("url")).toString();
    s.familyUrl.ipv4 = o.value(QLatin1String("urlIpv4")).toString();
    s.familyUrl.ipv6 = o.value(QLatin1String("urlIpv6")).toString();
    s.perFamily = o.value(QLatin1String("perFamily")).toBool(false) || s.url.isEmpty();
    s.hostSeparator = o.value(QLatin1String("hostSeparator")).toString(s.hostSeparator);
    s.apexName = o.value(QLatin1String("apexName")).toString(s.apexName);
    for (Family f : kFamilies) {
        const bool supported = f == Family::IPv4 ? s.info.supportsIpv4 : s.info.supportsIpv6;
        const QString key = f == Family::IPv4 ? QStringLiteral("urlIpv4") : QStringLiteral("urlIpv6");
        if (supported && s.url.isEmpty() && s.familyUrl[f].isEmpty())
            return QStringLiteral("\"url\" or \"%1\" is missing").arg(key);
        if (!s.familyUrl[f].isEmpty()) {
            if (const QString why = checkTemplate(s.familyUrl[f], s.info, true, true); !why.isEmpty())
                return QStringLiteral("\"%1\": %2").arg(key, why);
        }
    }
    if (!s.url.isEmpty()) {
        if (const QString why = checkTemplate(s.url, s.info, true, s.perFamily); !why.isEmpty())
            return QStringLiteral("\"url\": %1").arg(why);
    }
    const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (const QString why = checkTemplate(it.value().toString(), s.info, false, s.perFamily); !why.isEmpty())
            return QStringLiteral("header %1: %2").arg(it.key(), why);
        s.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    }
    const QJsonArray basic = o.value(QLatin1String("basicAuth")).toArray();
    if (!basic.isEmpty()) {
        if (basic.size() != 2)
            return QStringLiteral("\"basicAuth\" is [user, password]");
        s.basicAuth = std::pair{basic.at(0).toString(), basic.at(1).toString()};
        for (const QString &part : {s.basicAuth->first, s.basicAuth->second}) {
            if (const QString why = checkTemplate(part, s.info, false, s.perFamily); !why.isEmpty())
                return QStringLiteral("\"basicAuth\": %1").arg(why);
        }
    }
    return {};
}

QString readReplyPart(const QJsonObject &o, GetUrlService &s)
{
    const QJsonObject reply = o.value(QLatin1String("reply")).toObject();
    const auto format = replyFormatFromName(reply.value(QLatin1String("format")).toString(QStringLiteral("text")));
    if (!format)
        return QStringLiteral("\"reply.format\" is text, json or xml");
    s.format = *format;
    static const QList<std::pair<const char *, Outcome>> order{
        {"authFailed", Outcome::AuthFailed}, {"abuse", Outcome::Abuse},         {"rejected", Outcome::Rejected},
        {"retry", Outcome::RetryLater},      {"unchanged", Outcome::Unchanged}, {"updated", Outcome::Updated},
    };
    QStringList keys{QStringLiteral("format")};
    for (const auto &[key, outcome] : order) {
        keys.append(QLatin1String(key));
        for (const QJsonValue &v : reply.value(QLatin1String(key)).toArray()) {
            const auto matcher = parseReplyMatcher(v, s.format);
            if (!matcher)
                return QStringLiteral("reply.%1: %2").arg(QLatin1String(key), matcher.error());
            s.matchers.append({outcome, *matcher});
        }
    }
    for (auto it = reply.begin(); it != reply.end(); ++it) {
        if (!keys.contains(it.key()))
            return QStringLiteral("unknown key \"reply.%1\"").arg(it.key());
    }
    const auto has = [&s](Outcome outcome) {
        return std::any_of(s.matchers.cbegin(), s.matchers.cend(), [outcome](const auto &m) { return m.first == outcome; });
    };
    if (!has(Outcome::Updated))
        return QStringLiteral("\"reply.updated\" is missing: a reply qddns cannot recognise as success is never one");
    return {};
}

} // namespace

QList<GetUrlService> parseGetUrlServices(const QByteArray &json, QStringList *errors)
{
    QList<GetUrlService> services;
    const auto fail = [errors](const QString &message) {
        if (errors)
            errors->append(message);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(QLatin1String("services")).isArray()) {
        fail(parseError.error != QJsonParseError::NoError ? QStringLiteral("not JSON: %1").arg(parseError.errorString())
                                                           : QStringLiteral("expected an object with a \"services\" array"));
        return services;
    }
    static const QStringList keys = [] {
        QStringList list;
        for (const char *key : {"id", "name", "category", "website", "documentation", "checked", "help", "hostExample",
                                "hostHelp", "username", "usernameLabel", "usernameHelp", "secret", "secretLabel",
                                "secretHelp", "credentials", "options", "server", "serverIpv4", "serverIpv6",
                                "maxHosts", "ipv4", "ipv6",
                                "sendsAllFamilies", "url", "urlIpv4", "urlIpv6", "perFamily", "hostSeparator",
                                "apexName", "headers", "basicAuth", "reply", "comment"})
            list.append(QLatin1String(key));
        return list;
    }();
    QStringList ids;
    const QJsonArray array = doc.object().value(QLatin1String("services")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        GetUrlService s;
        const QString id = o.value(QLatin1String("id")).toString();
        const auto rowError = [&](const QString &what) {
            fail(QStringLiteral("services[%1]%2: %3").arg(i).arg(id.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(id), what));
        };
        QString why;
        for (auto it = o.begin(); it != o.end() && why.isEmpty(); ++it) {
            if (!keys.contains(it.key()))
                why = QStringLiteral("unknown key \"%1\"").arg(it.key());
        }
        if (why.isEmpty())
            why = readInfo(o, s.info);
        if (why.isEmpty())
            why = readRequestPart(o, s);
        if (why.isEmpty())
            why = readReplyPart(o, s);
        if (why.isEmpty() && ids.contains(id))
            why = QStringLiteral("duplicate id");
        if (!why.isEmpty()) {
            rowError(why);
            continue;
        }
        ids.append(id);
        services.append(s);
    }
    return services;
}

GetUrlProvider::GetUrlProvider(GetUrlService service) : m_service(std::move(service)) {}

QList<ConfigError> GetUrlProvider::validate(const QJsonObject &profile, const QString &path) const
{
    // {relative:KEY} needs every host under the domain the option names.
    QList<ConfigError> errors;
    QStringList domainKeys;
    const QString all = m_service.url + m_service.familyUrl.ipv4 + m_service.familyUrl.ipv6;
    for (auto it = placeholderPattern().globalMatch(all); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) == QLatin1String("relative") && !domainKeys.contains(m.captured(2)))
            domainKeys.append(m.captured(2));
    }
    const QJsonArray hosts = profile.value(QLatin1String("hosts")).toArray();
    for (const QString &key : std::as_const(domainKeys)) {
        const QString domain = profile.value(key).toString();
        if (domain.trimmed().isEmpty())
            continue; // the generic checks report a missing required option
        for (int j = 0; j < hosts.size(); ++j) {
            const QString host = hosts.at(j).toString();
            if (!host.isEmpty() && relativeHost(host, domain, m_service.apexName).isEmpty())
                errors.append({path + QStringLiteral(".hosts[%1]").arg(j),
                               QStringLiteral("%1 is not in %2 (\"%3\")").arg(host, domain, key)});
        }
    }
    return errors;
}

std::unique_ptr<UpdateTransaction> GetUrlProvider::start(const UpdateRequest &request) const
{
    const GetUrlService &s = m_service;
    QList<RecordResult> refused;
    for (const QString &host : request.hosts) {
        for (Family f : kFamilies) {
            const bool asked = f == Family::IPv4 ? request.ipv4.has_value() : request.ipv6.has_value();
            const bool supported = f == Family::IPv4 ? s.info.supportsIpv4 : s.info.supportsIpv6;
            if (asked && !supported)
                refused.append({host, typeOf(f), Outcome::Rejected,
                                QStringLiteral("%1 does not take %2 (%3) records; stop publishing %2 in this profile")
                                    .arg(s.info.name, familyDisplayName(f), recordTypeName(typeOf(f)))});
        }
    }
    const std::optional<QHostAddress> v4 = s.info.supportsIpv4 ? request.ipv4 : std::nullopt;
    const std::optional<QHostAddress> v6 = s.info.supportsIpv6 ? request.ipv6 : std::nullopt;

    QList<RequestStep> steps;
    const int perRequest = std::clamp(s.info.maxHostsPerRequest, 1, kMaxHostsPerRequest);
    for (qsizetype begin = 0; begin < request.hosts.size() && (v4 || v6); begin += perRequest) {
        const QStringList hosts = request.hosts.mid(begin, perRequest);
        QList<PerFamily<std::optional<QHostAddress>>> requests;
        if (s.perFamily && v4 && v6)
            requests = {{v4, std::nullopt}, {std::nullopt, v6}};
        else
            requests = {{v4, v6}};
        for (const auto &addresses : std::as_const(requests)) {
            RequestStep step;
            step.records = request;
            step.records.hosts = hosts;
            step.records.ipv4 = addresses.ipv4;
            step.records.ipv6 = addresses.ipv6;
            const bool one = !(addresses.ipv4 && addresses.ipv6);
            const Family only = addresses.ipv4 ? Family::IPv4 : Family::IPv6;
            // A server the profile names serves both families; the row's own one per family does not.
            if (one && !s.familyServer[only].isEmpty() && request.server == s.info.defaultServer)
                step.records.server = s.familyServer[only];
            const Fill fill{&s, &step.records, hosts, addresses.ipv4, addresses.ipv6};
            const QString family = one ? s.familyUrl[only] : QString();
            step.http.url = fill.url(family.isEmpty() ? s.url : family);
            QString problem;
            if (!step.http.url.isValid() || step.http.url.host().isEmpty())
                problem = QStringLiteral("the update URL is not valid once filled in; check the profile's server and options");
            for (const auto &[name, value] : s.headers) {
                const QString filled = fill.fill(QString::fromUtf8(value), false);
                if (filled.contains(QLatin1Char('\n')) || filled.contains(QLatin1Char('\r')))
                    problem = QStringLiteral("a credential holds a line break, which cannot travel in an HTTP header");
                step.http.headers.append({name, filled.toUtf8()});
            }
            if (s.basicAuth)
                step.http.headers.append({"Authorization", basicAuthorization(fill.fill(s.basicAuth->first, false),
                                                                              fill.fill(s.basicAuth->second, false))});
            if (!problem.isEmpty()) {
                refused += resultsForAll(step.records, Outcome::Rejected, QStringLiteral("%1: %2").arg(s.info.name, problem));
                continue;
            }
            steps.append(step);
        }
    }
    return std::make_unique<StepTransaction>(
        steps, [service = m_service](const RequestStep &step, const HttpReply &reply) { return parseReply(service, step, reply); },
        refused);
}

} // namespace Qddns
