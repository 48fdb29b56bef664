#include "import/profilebuilder.h"

#include "import/importhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Qddns {

using namespace std::chrono_literals;

namespace {

// qddns's limits (shared/config): importing outside them would give a configuration that fails.
constexpr std::chrono::seconds kMinInterval = 30s;
constexpr std::chrono::seconds kMaxInterval = std::chrono::seconds(7 * 86400);
constexpr std::chrono::seconds kMinForce = std::chrono::seconds(86400);
constexpr std::chrono::seconds kMaxForce = std::chrono::seconds(365 * 86400);
constexpr std::chrono::seconds kMaxTimeout = 120s;


std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off"))
        return false;
    return std::nullopt;
}

} // namespace

QJsonObject DetectorDraft::toJson() const
{
    switch (type) {
    case Type::Web: return {{QStringLiteral("type"), QStringLiteral("web")}, {QStringLiteral("url"), url}};
    case Type::Interface:
        return {{QStringLiteral("type"), QStringLiteral("interface")}, {QStringLiteral("name"), interfaceName}};
    case Type::Command:
        return {{QStringLiteral("type"), QStringLiteral("command")}, {QStringLiteral("argv"), QJsonArray::fromStringList(argv)}};
    }
    return {};
}

ProfileBuilder::ProfileBuilder(const ImportOptions &options, ImportResult &result, const ProviderMap &map)
    : m_options(options), m_result(result), m_map(map), m_catalog(options.providers)
{
}

void ProfileBuilder::note(const QString &option, int line, const QString &why)
{
    const QString key = QString::number(line) + QLatin1Char('\n') + option + QLatin1Char('\n') + why;
    if (m_seenNotes.contains(key))
        return;
    m_seenNotes.insert(key);
    m_result.notes.append({option, line, why});
}

void ProfileBuilder::explain(const QString &option, int line, const QString &how)
{
    const QString key = QStringLiteral("explain\n") + QString::number(line) + QLatin1Char('\n') + option
        + QLatin1Char('\n') + how;
    if (m_seenNotes.contains(key))
        return;
    m_seenNotes.insert(key);
    m_result.explanations.append({option, line, how});
}

void ProfileBuilder::registerSecret(const QString &value)
{
    if (!value.isEmpty() && !m_secretValues.contains(value))
        m_secretValues.append(value);
}

void ProfileBuilder::fail(int line, const QString &expected)
{
    if (!m_result.error)
        m_result.error = ImportError{line, expected};
}

bool ProfileBuilder::available(const ServiceMapping &mapping, const QString &provider, const QString &option,
                               int line, const QStringList &hosts)
{
    if (!mapping.closed.isEmpty()) {
        note(option, line, QStringLiteral("%1: %2; %3 not imported").arg(mapping.name, mapping.closed, quotedList(hosts)));
        return false;
    }
    if (m_catalog.has(provider))
        return true;
    const QString planned = m_map.plannedName(provider);
    note(option, line, QStringLiteral("qddns has no provider for %1 yet: %2 not imported")
                           .arg(planned.isEmpty() ? QLatin1Char('"') + mapping.name + QLatin1Char('"') : planned,
                                quotedList(hosts)));
    return false;
}

QString ProfileBuilder::registeredDomain(const ProfileDraft &draft, const QString &option, int line)
{
    if (!draft.domain.isEmpty())
        return draft.domain;
    QString host = draft.hosts.value(0);
    if (host.startsWith(QLatin1String("*.")))
        host = host.mid(2);
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() <= 2)
        return host;
    const QString domain = labels.mid(labels.size() - 2).join(QLatin1Char('.'));
    // Without the public suffix list the registered domain is a guess: say which one was taken.
    explain(option, line, QStringLiteral("the domain is taken as \"%1\", the last two labels of \"%2\"; correct it "
                                         "if yours is registered under a two-part suffix such as co.uk")
                              .arg(domain, host));
    return domain;
}

QSet<QString> ProfileBuilder::applyMapping(ProfileDraft &draft, const ServiceMapping &mapping,
                                           const SourceValues &values, const QString &defaultUsername,
                                           const QString &defaultSecret)
{
    QSet<QString> used;
    const QString domainOption = values.contains(QLatin1String("domain")) ? QStringLiteral("domain") : mapping.name;
    const int domainLine = values.contains(QLatin1String("domain")) ? values.value(QStringLiteral("domain")).line : draft.line;
    QList<AuthSet> sets = mapping.auth;
    if (sets.isEmpty()) {
        AuthSet usual;
        usual.username = defaultUsername;
        usual.secret = defaultSecret;
        sets.append(usual);
    }
    // Every value any set reads as a credential is a secret, whichever set applies.
    for (const AuthSet &set : std::as_const(sets)) {
        if (!set.secret.isEmpty())
            registerSecret(values.value(set.secret).value);
        for (const auto &c : set.credentials)
            registerSecret(values.value(c.second).value);
    }
    const auto matches = [&](const AuthSet &set) {
        for (const auto &w : set.when) {
            if (!w.second.match(values.value(w.first).value).hasMatch())
                return false;
        }
        return true;
    };
    const auto chosen = std::find_if(sets.cbegin(), sets.cend(), matches);
    if (chosen == sets.cend() || !chosen->unsupported.isEmpty()) {
        // Credentials in a form qddns cannot use: say so once, at the line that shows the form.
        // The key whose value decided the form (username "Bearer" or not), else the secret's.
        QString option = defaultSecret;
        for (const AuthSet &set : std::as_const(sets)) {
            if (!set.when.isEmpty() && values.contains(set.when.first().first)) {
                option = set.when.first().first;
                break;
            }
        }
        for (const AuthSet &set : std::as_const(sets)) {
            for (const QString &key : {set.username, set.secret})
                used.insert(key);
            for (const auto &c : set.credentials)
                used.insert(c.second);
            for (const auto &w : set.when)
                used.insert(w.first);
        }
        used.insert(defaultUsername);
        used.insert(defaultSecret);
        if (!values.contains(option)) {
            for (const QString &key : std::as_const(used)) {
                if (values.contains(key)) {
                    option = key;
                    break;
                }
            }
        }
        const QString why = chosen == sets.cend()
            ? QStringLiteral("these credentials have a form qddns cannot use for %1").arg(mapping.name)
            : chosen->unsupported;
        note(option, values.contains(option) ? values.value(option).line : draft.line, why);
        used.remove(QString());
    } else {
        const AuthSet &set = *chosen;
        for (const auto &w : set.when)
            used.insert(w.first);
        if (set.username == QLatin1String("$host")) {
            draft.username = draft.hosts.value(0);
        } else if (set.username == QLatin1String("$domain")) {
            draft.username = registeredDomain(draft, domainOption, domainLine);
        } else if (!set.username.isEmpty()) {
            used.insert(set.username);
            draft.username = values.value(set.username).value;
            draft.usernameOption = set.username;
        }
        if (!set.secret.isEmpty()) {
            used.insert(set.secret);
            if (!values.value(set.secret).value.isEmpty()) {
                draft.secret = values.value(set.secret);
                draft.secretOption = set.secret;
            }
        }
        for (const auto &c : set.credentials) {
            used.insert(c.second);
            if (!values.value(c.second).value.isEmpty())
                draft.credentials.append({c.first, values.value(c.second)});
        }
    }

    for (const auto &option : mapping.options) {
        if (option.first == QLatin1String("$domain")) {
            draft.fields.insert(option.second, registeredDomain(draft, domainOption, domainLine));
            continue;
        }
        if (!values.contains(option.first))
            continue;
        used.insert(option.first);
        const SourceValue v = values.value(option.first);
        if (option.second == QLatin1String("ttl")) {
            bool ok = false;
            const int ttl = v.value.trimmed().toInt(&ok);
            if (!ok || ttl < 1 || ttl > 86400)
                note(option.first, v.line, QStringLiteral("\"%1\" is not a TTL qddns takes (1 to 86400 seconds)").arg(v.value));
            else
                draft.fields.insert(QStringLiteral("ttl"), ttl);
        } else if (option.second == QLatin1String("proxied")) {
            if (const auto b = parseBool(v.value))
                draft.fields.insert(option.second, *b);
            else
                note(option.first, v.line, QStringLiteral("\"%1\" is neither true nor false").arg(v.value));
        } else {
            draft.fields.insert(option.second, v.value.trimmed());
            if (option.first != option.second)
                explain(option.first, v.line, QStringLiteral("\"%1\" of %2 is qddns's \"%3\"")
                                                  .arg(v.value.trimmed(), mapping.name, option.second));
        }
    }
    for (auto it = mapping.explain.cbegin(); it != mapping.explain.cend(); ++it) {
        if (!values.contains(it.key()) || used.contains(it.key()))
            continue;
        used.insert(it.key());
        explain(it.key(), values.value(it.key()).line, QStringLiteral("not needed: %1").arg(it.value()));
    }
    return used;
}

// The rules of qddns's configuration (shared/config hostNameProblem()), repeated so that this
// library needs no other layer: a host it keeps must pass validation.
QString ProfileBuilder::hostProblem(const QString &host)
{
    if (host.isEmpty())
        return QStringLiteral("is empty");
    if (host == QLatin1String("@"))
        return QStringLiteral("is \"@\", a name relative to a domain the file does not give");
    const QString ace = QString::fromLatin1(QUrl::toAce(host));
    const QString name = ace.isEmpty() ? host : ace;
    if (name.endsWith(QLatin1Char('.')))
        return QStringLiteral("ends with a dot");
    if (name.size() > 253)
        return QStringLiteral("is longer than 253 characters");
    const QStringList labels = name.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        if (i == 0 && label == QLatin1String("*") && labels.size() > 1)
            continue;
        if (label.isEmpty())
            return QStringLiteral("has an empty label");
        if (label.size() > 63)
            return QStringLiteral("has a label longer than 63 characters");
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return QStringLiteral("has a label that starts or ends with '-'");
        for (QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('-') || c == QLatin1Char('_');
            if (!ok)
                return QStringLiteral("contains '%1'").arg(c);
        }
    }
    return {};
}

QString ProfileBuilder::durationText(std::chrono::seconds seconds)
{
    qint64 s = seconds.count();
    if (s <= 0)
        return QStringLiteral("0");
    QString text;
    for (const auto &unit : {std::pair<qint64, char>{86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}}) {
        if (s >= unit.first) {
            text += QString::number(s / unit.first) + QLatin1Char(unit.second);
            s %= unit.first;
        }
    }
    return text;
}

void ProfileBuilder::addProfile(ProfileDraft draft)
{
    const ProviderCapabilities *caps = m_catalog.find(draft.provider);
    if (!caps)
        return; // available() said why
    const QString service = draft.serviceName.isEmpty() ? draft.provider : draft.serviceName;

    // A "domain" option (Namecheap's, Dinahosting's) or a "zone" (RFC 2136's) holds every host:
    // qddns sends them relative to it.
    QList<std::pair<QString, QString>> enclosing;
    for (const QString &key : {QStringLiteral("domain"), QStringLiteral("zone")}) {
        const QString name = draft.fields.value(key).toString().trimmed();
        if (!name.isEmpty())
            enclosing.append({key, name});
    }
    QStringList hosts;
    for (const QString &raw : std::as_const(draft.hosts)) {
        const QString host = raw.trimmed();
        if (const QString problem = hostProblem(host); !problem.isEmpty()) {
            note(draft.origin, draft.line, QStringLiteral("host \"%1\" of %2 %3: not imported").arg(host, service, problem));
            continue;
        }
        const auto outside = std::find_if(enclosing.cbegin(), enclosing.cend(), [&](const auto &e) {
            return host.compare(e.second, Qt::CaseInsensitive) != 0
                && !host.endsWith(QLatin1Char('.') + e.second, Qt::CaseInsensitive);
        });
        if (outside != enclosing.cend()) {
            note(draft.origin, draft.line, QStringLiteral("host \"%1\" of %2 is not in its %3 \"%4\": not imported")
                                               .arg(host, service, outside->first, outside->second));
            continue;
        }
        const bool dup = std::any_of(hosts.cbegin(), hosts.cend(),
                                     [&](const QString &h) { return h.compare(host, Qt::CaseInsensitive) == 0; });
        if (!dup)
            hosts.append(host);
    }
    if (hosts.isEmpty()) {
        if (draft.hosts.isEmpty())
            note(draft.origin, draft.line, QStringLiteral("%1 names no host: nothing to import").arg(service));
        return;
    }
    draft.hosts = hosts;

    if (draft.ipv6 && !caps->ipv6) {
        note(draft.origin, draft.line, QStringLiteral("qddns's %1 provider publishes no IPv6 address: the AAAA records of "
                                                      "%2 are not imported").arg(caps->id, quotedList(hosts)));
        draft.ipv6 = false;
    }
    if (draft.ipv4 && !caps->ipv4) {
        note(draft.origin, draft.line, QStringLiteral("qddns's %1 provider publishes no IPv4 address: the A records of "
                                                      "%2 are not imported").arg(caps->id, quotedList(hosts)));
        draft.ipv4 = false;
    }
    if (!draft.ipv4 && !draft.ipv6)
        return;

    if (!draft.username.isEmpty() && caps->usernameNeed == QLatin1String("unused")) {
        if (!draft.usernameOption.isEmpty())
            explain(draft.usernameOption, draft.line,
                    QStringLiteral("not needed: qddns's %1 provider takes no username (the host or the token "
                                   "identifies the account)").arg(caps->id));
        draft.username.clear();
    }
    if (draft.username.isEmpty() && caps->usernameNeed == QLatin1String("required")) {
        note(draft.origin, draft.line, QStringLiteral("qddns's %1 provider needs a username, which the file does not "
                                                      "give: %2 not imported").arg(caps->id, quotedList(hosts)));
        return;
    }
    if (caps->secretNeed == QLatin1String("unused")) {
        draft.secret = {};
        draft.credentials.clear();
    }

    QStringList allowed{QStringLiteral("server"), QStringLiteral("ttl")};
    allowed += caps->options;
    for (const QString &key : draft.fields.keys()) {
        if (!allowed.contains(key)) {
            note(key, draft.line, QStringLiteral("qddns's %1 provider has no \"%2\" setting").arg(caps->id, key));
            draft.fields.remove(key);
        }
    }
    if (draft.fields.value(QLatin1String("server")).toString() == caps->defaultServer)
        draft.fields.remove(QStringLiteral("server"));
    for (const QString &key : std::as_const(caps->requiredOptions)) {
        if (!draft.fields.contains(key)) {
            note(draft.origin, draft.line, QStringLiteral("qddns's %1 provider needs \"%2\", which the file does not "
                                                          "give: %3 not imported").arg(caps->id, key, quotedList(hosts)));
            return;
        }
    }
    if (caps->needsServer && !draft.fields.contains(QLatin1String("server"))) {
        note(draft.origin, draft.line, QStringLiteral("no update server for %1: %2 not imported").arg(service, quotedList(hosts)));
        return;
    }
    if (!passesProviderChecks(draft, service))
        return;

    for (Kept &kept : m_profiles) {
        if (!sameAccount(kept.draft, draft))
            continue;
        ProfileDraft &into = kept.draft;
        QStringList sortedA = into.hosts, sortedB = draft.hosts;
        sortedA.sort(Qt::CaseInsensitive);
        sortedB.sort(Qt::CaseInsensitive);
        const bool sameFamilies = into.ipv4 == draft.ipv4 && into.ipv6 == draft.ipv6;
        if (!sameFamilies && sortedA != sortedB)
            continue;
        if (!sameFamilies) {
            explain(draft.origin, draft.line, QStringLiteral("%1 with the same account as line %2: one profile "
                                                             "publishes both A and AAAA records")
                                                  .arg(quotedList(hosts)).arg(into.line));
            into.ipv4 = into.ipv4 || draft.ipv4;
            into.ipv6 = into.ipv6 || draft.ipv6;
        }
        for (const QString &h : std::as_const(draft.hosts)) {
            if (!into.hosts.contains(h, Qt::CaseInsensitive))
                into.hosts.append(h);
        }
        for (auto it = draft.hostSuffixes.cbegin(); it != draft.hostSuffixes.cend(); ++it)
            into.hostSuffixes.insert(it.key(), it.value());
        for (const DetectorDraft &d : std::as_const(draft.detectors4)) {
            if (!into.detectors4.contains(d))
                into.detectors4.append(d);
        }
        for (const DetectorDraft &d : std::as_const(draft.detectors6)) {
            if (!into.detectors6.contains(d))
                into.detectors6.append(d);
        }
        return;
    }
    m_profiles.append({draft, QString()});
}

bool ProfileBuilder::passesProviderChecks(ProfileDraft &draft, const QString &service)
{
    if (!m_options.checkProfile)
        return true;
    // The provider's rules are code (DuckDNS takes only its own subdomains, Cloudflare only names
    // in the zone): ask them, rather than write a configuration the agent would refuse as a whole.
    const QString path = QStringLiteral("profile");
    static const QRegularExpression hostPath(QStringLiteral("^profile\\.hosts\\[(\\d+)\\]"));
    QStringList refused;
    for (const ConfigError &e : m_options.checkProfile(draft.provider, draftJson(draft, draft.provider), path)) {
        const QRegularExpressionMatch m = hostPath.match(e.path);
        const QString host = m.hasMatch() ? draft.hosts.value(m.captured(1).toInt()) : QString();
        if (host.isEmpty() || refused.contains(host))
            continue;
        refused.append(host);
        note(draft.origin, draft.line, QStringLiteral("host \"%1\" of %2 is refused by qddns's %3 provider (%4): not imported")
                                           .arg(host, service, draft.provider, e.message));
    }
    for (const QString &host : std::as_const(refused))
        draft.hosts.removeAll(host);
    if (draft.hosts.isEmpty()) {
        note(draft.origin, draft.line, QStringLiteral("%1 has no host qddns's %2 provider takes: nothing imported")
                                           .arg(service, draft.provider));
        return false;
    }
    // What is left must pass as a whole: a refusal of the profile itself (a TTL the provider does
    // not take) leaves it out, named.
    const ConfigErrors rest = m_options.checkProfile(draft.provider, draftJson(draft, draft.provider), path);
    if (!rest.isEmpty()) {
        const ConfigError &e = rest.first();
        const QString where = e.path.startsWith(path + QLatin1Char('.')) ? e.path.mid(path.size() + 1) : QString();
        note(draft.origin, draft.line, QStringLiteral("qddns's %1 provider refuses %2 (%3%4): not imported")
                                           .arg(draft.provider, quotedList(draft.hosts),
                                                where.isEmpty() ? QString() : where + QLatin1String(": "), e.message));
        return false;
    }
    return true;
}

bool ProfileBuilder::sameAccount(const ProfileDraft &a, const ProfileDraft &b) const
{
    if (a.provider != b.provider || a.username != b.username || a.secret.value != b.secret.value
        || a.secretRef != b.secretRef || a.fields != b.fields || a.credentials.size() != b.credentials.size())
        return false;
    for (qsizetype i = 0; i < a.credentials.size(); ++i) {
        if (a.credentials.at(i).first != b.credentials.at(i).first
            || a.credentials.at(i).second.value != b.credentials.at(i).second.value)
            return false;
    }
    return true;
}

void ProfileBuilder::setInterval(std::chrono::seconds interval, const QString &option, int line)
{
    std::chrono::seconds value = std::clamp(interval, kMinInterval, kMaxInterval);
    // Several settings (OpenWrt sections): the shortest wins, so no record is checked less often.
    if (m_interval && *m_interval <= value) {
        explain(option, line, QStringLiteral("qddns checks every %1 for every profile (the shortest interval "
                                             "of the file)").arg(durationText(*m_interval)));
        return;
    }
    m_interval = value;
    if (value != interval)
        explain(option, line, QStringLiteral("%1 is outside qddns's range (30s to 7d): \"interval\": \"%2\"")
                                  .arg(durationText(interval), durationText(value)));
    else
        explain(option, line, QStringLiteral("\"interval\": \"%1\": how often qddns checks the address; it also "
                                             "checks at once when the network changes").arg(durationText(value)));
}

void ProfileBuilder::setForceInterval(std::chrono::seconds interval, const QString &option, int line)
{
    std::chrono::seconds value = std::clamp(interval, kMinForce, kMaxForce);
    if (m_forceInterval && *m_forceInterval <= value)
        return;
    m_forceInterval = value;
    if (value != interval)
        explain(option, line, QStringLiteral("%1 is outside qddns's range (1d to 365d; more often than daily counts "
                                             "as abuse at DynDNS services): \"forceInterval\": \"%2\"")
                                  .arg(durationText(interval), durationText(value)));
    else
        explain(option, line, QStringLiteral("\"forceInterval\": \"%1\": an unchanged record is sent again after "
                                             "this long").arg(durationText(value)));
}

void ProfileBuilder::setTimeout(std::chrono::seconds timeout, const QString &option, int line)
{
    const std::chrono::seconds value = std::clamp(timeout, 1s, kMaxTimeout);
    m_timeout = value;
    explain(option, line, QStringLiteral("\"timeout\": %1 (seconds one request may take; qddns allows 1 to 120)")
                              .arg(value.count()));
}

void ProfileBuilder::setCaFile(const QString &path, const QString &option, int line)
{
    if (!path.startsWith(QLatin1Char('/')) && !path.startsWith(QLatin1String("~/"))) {
        note(option, line, QStringLiteral("\"%1\" is not an absolute path").arg(path));
        return;
    }
    m_caFile = path;
    explain(option, line, QStringLiteral("\"tls\": {\"caFile\": \"%1\"}: these CAs are trusted in addition to the "
                                         "system's; verification stays on").arg(path));
}

QString ProfileBuilder::uniqueName(const ProfileDraft &draft, const QSet<QString> &taken) const
{
    QString base;
    for (QChar c : draft.hosts.value(0)) {
        if (c == QLatin1Char('*'))
            base += QLatin1String("wildcard");
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            base += c;
        else if (c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-'))
            base += c;
    }
    while (!base.isEmpty() && !base.at(0).isLetterOrNumber())
        base.remove(0, 1);
    if (base.isEmpty())
        base = draft.provider;
    base.truncate(60);
    QString name = base;
    for (int i = 2; taken.contains(name); ++i)
        name = base + QLatin1Char('-') + QString::number(i);
    return name;
}

QJsonObject ProfileBuilder::draftJson(const ProfileDraft &d, const QString &name)
{
    QJsonObject o = d.fields;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("provider"), d.provider);
    QJsonArray hosts;
    for (const QString &h : d.hosts) {
        if (const auto suffix = d.hostSuffixes.constFind(h); suffix != d.hostSuffixes.constEnd()) {
            QJsonObject host = *suffix;
            host.insert(QStringLiteral("name"), h);
            hosts.append(host);
        } else {
            hosts.append(h);
        }
    }
    o.insert(QStringLiteral("hosts"), hosts);
    if (!d.ipv4)
        o.insert(QStringLiteral("ipv4"), false);
    if (d.ipv6)
        o.insert(QStringLiteral("ipv6"), true);
    if (!d.username.isEmpty())
        o.insert(QStringLiteral("username"), d.username);
    return o;
}

QJsonObject ProfileBuilder::profileJson(const Kept &kept, bool &needsSecret)
{
    const ProfileDraft &d = kept.draft;
    const ProviderCapabilities *caps = m_catalog.find(d.provider);
    QJsonObject o = draftJson(d, kept.name);

    needsSecret = false;
    if (!d.secretRef.isEmpty()) {
        o.insert(QStringLiteral("secret"), d.secretRef);
        return o;
    }
    const bool usesSecret = caps && caps->secretNeed != QLatin1String("unused");
    if (!usesSecret || (d.secret.value.isEmpty() && caps->secretNeed != QLatin1String("required")))
        return o;
    const auto filePath = [&](const QString &field) -> QString {
        QString dir = m_options.secretDirectory;
        while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
            dir.chop(1);
        return dir + QLatin1Char('/') + kept.name + (field.isEmpty() ? QString() : QLatin1Char('.') + field)
            + QLatin1String(".secret");
    };
    switch (m_options.secrets) {
    case ImportOptions::SecretTarget::Keychain:
        o.insert(QStringLiteral("secret"), QJsonObject{{QStringLiteral("source"), QStringLiteral("keychain")}});
        break;
    case ImportOptions::SecretTarget::File:
        o.insert(QStringLiteral("secret"), QJsonObject{{QStringLiteral("source"), QStringLiteral("file")},
                                                       {QStringLiteral("path"), filePath(QString())}});
        break;
    case ImportOptions::SecretTarget::KeepOut:
        needsSecret = true;
        return o;
    }
    if (d.secret.value.isEmpty()) {
        needsSecret = true;
        note(d.origin, d.line, QStringLiteral("the file gives no password or token for %1: store it with "
                                              "`qddns-agent secret set %2`").arg(quotedList(d.hosts), kept.name));
        return o;
    }
    const bool toFile = m_options.secrets == ImportOptions::SecretTarget::File;
    m_result.secrets.append({kept.name, QStringLiteral("secret"), d.secret.value, toFile ? filePath(QString()) : QString()});
    QJsonObject fileRefs;
    for (const auto &c : d.credentials) {
        m_result.secrets.append({kept.name, c.first, c.second.value, toFile ? filePath(c.first) : QString()});
        fileRefs.insert(c.first, QJsonObject{{QStringLiteral("source"), QStringLiteral("file")},
                                             {QStringLiteral("path"), filePath(c.first)}});
    }
    // A named credential is read from the keychain unless the profile says otherwise.
    if (toFile && !fileRefs.isEmpty())
        o.insert(QStringLiteral("credentials"), fileRefs);
    return o;
}

QJsonObject ProfileBuilder::detectorsJson() const
{
    QJsonObject detectors;
    for (const bool v6 : {false, true}) {
        QList<DetectorDraft> list;
        for (const Kept &kept : m_profiles) {
            if (v6 ? !kept.draft.ipv6 : !kept.draft.ipv4)
                continue;
            for (const DetectorDraft &d : v6 ? kept.draft.detectors6 : kept.draft.detectors4) {
                if (!list.contains(d))
                    list.append(d);
            }
        }
        if (list.isEmpty())
            continue; // qddns's own echo services
        QJsonArray array;
        for (const DetectorDraft &d : std::as_const(list))
            array.append(d.toJson());
        detectors.insert(v6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4"), array);
    }
    return detectors;
}

void ProfileBuilder::finish()
{
    if (m_result.error) {
        m_result.config = {};
        m_result.secrets.clear();
        m_result.notes.clear();
        m_result.explanations.clear();
        m_result.profilesNeedingSecret.clear();
        return;
    }
    QSet<QString> taken(m_options.reservedNames.cbegin(), m_options.reservedNames.cend());
    for (Kept &kept : m_profiles) {
        kept.name = uniqueName(kept.draft, taken);
        taken.insert(kept.name);
    }
    QJsonArray profiles;
    for (const Kept &kept : std::as_const(m_profiles)) {
        bool needsSecret = false;
        profiles.append(profileJson(kept, needsSecret));
        if (needsSecret)
            m_result.profilesNeedingSecret.append(kept.name);
    }

    QJsonObject config{{QStringLiteral("version"), 1}, {QStringLiteral("profiles"), profiles}};
    if (m_interval)
        config.insert(QStringLiteral("interval"), durationText(*m_interval));
    if (m_forceInterval)
        config.insert(QStringLiteral("forceInterval"), durationText(*m_forceInterval));
    if (m_timeout)
        config.insert(QStringLiteral("timeout"), qint64(m_timeout->count()));
    if (!m_caFile.isEmpty())
        config.insert(QStringLiteral("tls"), QJsonObject{{QStringLiteral("caFile"), m_caFile}});
    if (const QJsonObject detectors = detectorsJson(); !detectors.isEmpty()) {
        config.insert(QStringLiteral("detectors"), detectors);
        // The other tools detect per host or section; qddns once per family for every profile.
        for (const bool v6 : {false, true}) {
            QList<QList<DetectorDraft>> distinct;
            for (const Kept &kept : std::as_const(m_profiles)) {
                if (v6 ? kept.draft.ipv6 : kept.draft.ipv4) {
                    const QList<DetectorDraft> &own = v6 ? kept.draft.detectors6 : kept.draft.detectors4;
                    if (!distinct.contains(own))
                        distinct.append(own);
                }
            }
            if (distinct.size() > 1)
                explain(QStringLiteral("detectors"), 0,
                        QStringLiteral("qddns detects the %1 address once for all profiles: the detectors the file gives "
                                       "for different hosts are tried in order, and the first valid answer counts for "
                                       "every profile").arg(v6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4")));
        }
    }
    m_result.config = config;
    scrub();

    const auto byLine = [](const auto &a, const auto &b) { return a.line < b.line; };
    std::stable_sort(m_result.notes.begin(), m_result.notes.end(), byLine);
    std::stable_sort(m_result.explanations.begin(), m_result.explanations.end(), byLine);
}

void ProfileBuilder::scrub()
{
    // The forms a secret takes in text: as written, in a URL, in a Basic header.
    QStringList forms;
    for (const QString &value : std::as_const(m_secretValues)) {
        if (value.size() < 4)
            continue; // too short to search for without hitting ordinary words
        const QByteArray utf8 = value.toUtf8();
        for (const QString &form : {value, QString::fromLatin1(QUrl::toPercentEncoding(value)),
                                    QString::fromLatin1(utf8.toBase64()),
                                    QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))}) {
            if (!forms.contains(form))
                forms.append(form);
        }
    }
    if (forms.isEmpty())
        return;
    const auto contains = [&](const QString &text) {
        return std::any_of(forms.cbegin(), forms.cend(), [&](const QString &f) { return text.contains(f); });
    };

    QJsonArray profiles = m_result.config.value(QLatin1String("profiles")).toArray();
    for (qsizetype i = profiles.size() - 1; i >= 0; --i) {
        const QJsonObject p = profiles.at(i).toObject();
        if (!contains(QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact))))
            continue;
        // A secret written into an ordinary setting (a URL, a username): dropping the profile is
        // the only way to keep it out of the configuration.
        const QString name = p.value(QLatin1String("name")).toString();
        note(QStringLiteral("profile"), 0, QStringLiteral("\"%1\" is not imported: one of its settings holds a password "
                                                          "or token, which qddns keeps only in a secret store").arg(name));
        profiles.removeAt(i);
        m_result.profilesNeedingSecret.removeAll(name);
        m_result.secrets.erase(std::remove_if(m_result.secrets.begin(), m_result.secrets.end(),
                                              [&](const ImportedSecret &s) { return s.profile == name; }),
                               m_result.secrets.end());
    }
    m_result.config.insert(QStringLiteral("profiles"), profiles);
    if (contains(QString::fromUtf8(QJsonDocument(m_result.config).toJson(QJsonDocument::Compact)))) {
        // Outside the profiles (a detector URL or command): drop detection settings to the defaults.
        m_result.config.remove(QStringLiteral("detectors"));
        note(QStringLiteral("detectors"), 0, QStringLiteral("the address detection settings hold a password or token: "
                                                            "qddns's default echo services are used instead"));
    }
    const auto clean = [&](QString &text) {
        for (const QString &f : std::as_const(forms))
            text.replace(f, QStringLiteral("********"));
    };
    for (Unsupported &n : m_result.notes) {
        clean(n.option);
        clean(n.why);
    }
    for (Mapped &m : m_result.explanations) {
        clean(m.option);
        clean(m.how);
    }
}

} // namespace Qddns
