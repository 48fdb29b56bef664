#include "import/ddclientimporter.h"

#include "import/customurl.h"
#include "import/importhelpers.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Qddns {

using namespace std::chrono_literals;

namespace {

// rfc2136's server: a name or an address, with a port of 1 to 65535 when one is written.
bool isDnsServer(const QString &value)
{
    const QUrl url(QLatin1String("dns://") + value, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty() && url.path().isEmpty()
        && !url.hasQuery() && !url.hasFragment() && url.port() != 0 && !value.endsWith(QLatin1Char(':'));
}

// Options of the ddclient program rather than of a host (its "global-defaults").
const QSet<QString> &programOptions()
{
    static const QSet<QString> names{
        QStringLiteral("daemon"),   QStringLiteral("jitter"),       QStringLiteral("foreground"),
        QStringLiteral("file"),     QStringLiteral("cache"),        QStringLiteral("pid"),
        QStringLiteral("proxy"),    QStringLiteral("timeout"),      QStringLiteral("force"),
        QStringLiteral("ssl"),      QStringLiteral("syslog"),       QStringLiteral("facility"),
        QStringLiteral("priority"), QStringLiteral("mail"),         QStringLiteral("mail-failure"),
        QStringLiteral("mail-from"), QStringLiteral("max-warn"),    QStringLiteral("exec"),
        QStringLiteral("debug"),    QStringLiteral("verbose"),      QStringLiteral("quiet"),
        QStringLiteral("test"),     QStringLiteral("postscript"),   QStringLiteral("ssl_ca_dir"),
        QStringLiteral("ssl_ca_file"), QStringLiteral("redirect"),  QStringLiteral("fw-banlocal"),
        QStringLiteral("if-skip")};
    return names;
}

// Everything ddclient reads to find an address.
const QStringList &detectionOptions()
{
    static const QStringList names{
        QStringLiteral("use"),      QStringLiteral("usev4"),     QStringLiteral("usev6"),
        QStringLiteral("web"),      QStringLiteral("web-skip"),  QStringLiteral("webv4"),
        QStringLiteral("webv4-skip"), QStringLiteral("webv6"),   QStringLiteral("webv6-skip"),
        QStringLiteral("if"),       QStringLiteral("ifv4"),      QStringLiteral("ifv6"),
        QStringLiteral("cmd"),      QStringLiteral("cmd-skip"),  QStringLiteral("cmdv4"),
        QStringLiteral("cmdv6"),    QStringLiteral("fw"),        QStringLiteral("fw-skip"),
        QStringLiteral("fwv4"),     QStringLiteral("fwv4-skip"), QStringLiteral("fwv6"),
        QStringLiteral("fwv6-skip"), QStringLiteral("fw-login"), QStringLiteral("fw-password"),
        QStringLiteral("fw-ssl-validate"), QStringLiteral("web-ssl-validate"),
        QStringLiteral("ip"),       QStringLiteral("ipv4"),      QStringLiteral("ipv6")};
    return names;
}

// ddclient's interval syntax: a number with an optional unit word (checked as a prefix).
std::optional<std::chrono::seconds> ddclientInterval(const QString &text)
{
    static const QRegularExpression withUnit(QStringLiteral("^(\\d+)(seconds|s|minutes|m|hours|h|days|d)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(QStringLiteral("^\\d+$"));
    const QString t = text.trimmed();
    if (const auto m = withUnit.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0).toLower();
        const qint64 factor = unit == QLatin1Char('m') ? 60 : unit == QLatin1Char('h') ? 3600
                            : unit == QLatin1Char('d') ? 86400 : 1;
        return std::chrono::seconds(n * factor);
    }
    if (plain.match(t).hasMatch())
        return std::chrono::seconds(t.toLongLong());
    return std::nullopt;
}

bool isNo(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("no") || v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("off");
}

bool isYes(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("yes") || v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("on");
}

// ddclient's built-in address pages (web=NAME); qddns has its own, which answer with the bare address.
bool isBuiltinWeb(const QString &value)
{
    return !value.contains(QLatin1Char('/')) && !value.contains(QLatin1Char(':'))
        && (!value.contains(QLatin1Char('.')) || value.endsWith(QLatin1String("-ipv4")) || value.endsWith(QLatin1String("-ipv6"))
            || value == QLatin1String("he.net") || value == QLatin1String("ip4only.me") || value == QLatin1String("ip6only.me")
            || value == QLatin1String("nsupdate.info-ipv4") || value == QLatin1String("nsupdate.info-ipv6"));
}

} // namespace

void DdclientImporter::run(const QByteArray &data)
{
    QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast(); // the newline ending the last line starts no line of its own
    // Passwords are read before comments are removed, as ddclient does ('#' may be in one).
    static const QRegularExpression passwordRe(
        QStringLiteral("^([^#]*?)(^|[\\s,])((?:[A-Za-z][0-9A-Za-z_-]*)?password)\\s*=\\s*('.*'|[^'\\s]\\S*)(.*)$"));
    static const QRegularExpression continued(QStringLiteral("\\\\\\s*$"));

    QString logical;
    QList<std::pair<qsizetype, int>> segments; // offset in the logical line, physical line number
    QHash<QString, SourceValue> passwords;
    int lineNo = 0;
    bool continuing = false;
    int continuedFrom = 0;
    for (QString text : lines) {
        ++lineNo;
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (const auto m = passwordRe.match(text); m.hasMatch()) {
            QString value = m.captured(4);
            if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
                value = value.mid(1, value.size() - 2);
            passwords.insert(m.captured(3), {value, lineNo});
            m_builder.registerSecret(value);
            text = m.captured(1) + m.captured(2) + m.captured(3) + QLatin1String("=dummy") + m.captured(5);
        }
        if (const qsizetype hash = text.indexOf(QLatin1Char('#')); hash >= 0)
            text.truncate(hash);
        if (!continuing)
            continuedFrom = lineNo;
        segments.append({logical.size(), lineNo});
        logical += text;
        if (const auto m = continued.match(logical); m.hasMatch()) {
            logical.truncate(m.capturedStart());
            continuing = true;
            continue;
        }
        continuing = false;
        if (!parseLine(logical, segments, passwords))
            break;
        logical.clear();
        segments.clear();
        passwords.clear();
    }
    if (continuing && !m_builder.failed())
        m_builder.fail(continuedFrom, QStringLiteral("the file ends in the middle of a setting continued with '\\': "
                                                     "expected the line that continues it"));
    if (m_builder.failed())
        return;
    if (m_hosts.isEmpty()) {
        m_builder.fail(lineNo, QStringLiteral("no host name in the file: expected lines like "
                                              "\"protocol=dyndns2, login=me, password=secret myhost.example.com\""));
        return;
    }
    // Program options count wherever they were written, each assignment once.
    QSet<QString> done;
    const auto program = [&](const SourceValues &values) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString key = it.key() + QLatin1Char('@') + QString::number(it.value().line);
            if (programOptions().contains(it.key()) && !done.contains(key)) {
                done.insert(key);
                programOption(it.key(), it.value());
            }
        }
    };
    program(m_globals);
    for (const Host &h : std::as_const(m_hosts))
        program(h.values);
    importHosts(m_hosts);
}

bool DdclientImporter::parseLine(const QString &text, const QList<std::pair<qsizetype, int>> &segments,
                                 const QHash<QString, SourceValue> &passwords)
{
    const auto lineAt = [&](qsizetype offset) {
        int line = segments.isEmpty() ? 0 : segments.first().second;
        for (const auto &s : segments) {
            if (s.first <= offset)
                line = s.second;
        }
        return line;
    };
    static const QRegularExpression nameRe(QStringLiteral("\\G[\\s,]*([A-Za-z][0-9A-Za-z_-]*)="));
    SourceValues locals;
    qsizetype pos = 0;
    while (true) {
        const auto m = nameRe.match(text, pos);
        if (!m.hasMatch())
            break;
        const QString name = m.captured(1);
        const int line = lineAt(m.capturedStart(1));
        qsizetype i = m.capturedEnd();
        QString value;
        QChar quote;
        bool escape = false;
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (escape) {
                value += c;
                escape = false;
            } else if (c == QLatin1Char('\\')) {
                escape = true;
            } else if (!quote.isNull() && c == quote) {
                quote = QChar();
            } else if (quote.isNull() && (c == QLatin1Char('\'') || c == QLatin1Char('"'))) {
                quote = c;
            } else if (quote.isNull() && (c.isSpace() || c == QLatin1Char(','))) {
                break;
            } else {
                value += c;
            }
        }
        if (!quote.isNull()) {
            m_builder.fail(line, QStringLiteral("the value of %1 opens a quote (%2) that is never closed: expected "
                                                "the closing %2 on the same line").arg(name, quote));
            return false;
        }
        pos = i;
        if (name.endsWith(QLatin1String("_env"))) {
            // The value is the name of an environment variable holding the option's value.
            locals.insert(name, {value, line});
            continue;
        }
        if (passwords.contains(name))
            value = passwords.value(name).value;
        if (name.contains(QLatin1String("password")) || name.endsWith(QLatin1String("key")))
            m_builder.registerSecret(value);
        locals.insert(name, {value, line});
    }

    // What follows the assignments: host[,host…] [login [password]].
    qsizetype restStart = pos;
    while (restStart < text.size() && (text.at(restStart).isSpace() || text.at(restStart) == QLatin1Char(',')))
        ++restStart;
    const int restLine = lineAt(restStart);
    QString rest = text.mid(restStart);
    static const QRegularExpression commaSpace(QStringLiteral("\\s*,\\s*"));
    rest = rest.trimmed().replace(commaSpace, QStringLiteral(","));
    if (rest.startsWith(QLatin1Char(',')))
        rest.remove(0, 1);
    const QStringList args = rest.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (args.size() > 3) {
        // The words are not shown: in a broken line they may be a password's parts.
        m_builder.fail(restLine, QStringLiteral("expected host[,host…] [login [password]] after the options, found %1 "
                                                "words (a value with spaces needs quotes)").arg(args.size()));
        return false;
    }
    QStringList hostNames = args.isEmpty() ? QStringList() : args.first().split(QLatin1Char(','), Qt::SkipEmptyParts);
    static const QRegularExpression hostChars(QStringLiteral("^[^\\s\"'{}()\\[\\]<>;=|\\\\]+$"));
    for (const QString &h : std::as_const(hostNames)) {
        if (!hostChars.match(h).hasMatch()) {
            m_builder.fail(restLine, QStringLiteral("expected option=value or a host name, found a word with characters no "
                                                    "host name has (not shown: it may be part of a password)"));
            return false;
        }
    }
    if (locals.contains(QLatin1String("host")))
        hostNames += locals.value(QStringLiteral("host")).value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (args.size() > 1)
        locals.insert(QStringLiteral("login"), {args.at(1), restLine});
    if (args.size() > 2) {
        locals.insert(QStringLiteral("password"), {args.at(2), restLine});
        m_builder.registerSecret(args.at(2));
    }

    if (hostNames.isEmpty()) {
        for (auto it = locals.cbegin(); it != locals.cend(); ++it)
            m_globals.insert(it.key(), it.value());
        return true;
    }
    for (const QString &h : std::as_const(hostNames)) {
        SourceValues values = m_globals;
        for (auto it = locals.cbegin(); it != locals.cend(); ++it)
            values.insert(it.key(), it.value());
        if (const auto known = m_hostIndex.constFind(h); known != m_hostIndex.cend()) {
            // ddclient keeps what an earlier line said about the same host.
            Host &host = m_hosts[*known];
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (!host.values.contains(it.key()))
                    host.values.insert(it.key(), it.value());
            }
            continue;
        }
        m_hostIndex.insert(h, m_hosts.size());
        m_hosts.append({h, restLine, values});
    }
    return true;
}

void DdclientImporter::programOption(const QString &name, const SourceValue &v)
{
    const auto say = [&](const QString &how) { m_builder.explain(name, v.line, how); };
    if (name == QLatin1String("daemon")) {
        const auto interval = ddclientInterval(v.value);
        if (!interval)
            m_builder.note(name, v.line, QStringLiteral("\"%1\" is not an interval").arg(v.value));
        else if (interval->count() == 0)
            say(QStringLiteral("daemon=0 runs once: run `qddns-agent once` from cron or a timer, or `qddns-agent run` "
                               "as a service"));
        else
            m_builder.setInterval(*interval, name, v.line);
    } else if (name == QLatin1String("timeout")) {
        if (const auto t = ddclientInterval(v.value))
            m_builder.setTimeout(*t, name, v.line);
        else
            m_builder.note(name, v.line, QStringLiteral("\"%1\" is not an interval").arg(v.value));
    } else if (name == QLatin1String("ssl")) {
        if (isNo(v.value))
            say(QStringLiteral("refused: qddns always talks HTTPS with certificate verification (ssl=no would send "
                               "passwords unencrypted)"));
    } else if (name == QLatin1String("ssl_ca_file")) {
        m_builder.setCaFile(v.value, name, v.line);
    } else if (name == QLatin1String("jitter")) {
        say(QStringLiteral("not needed: qddns spreads its retries by itself"));
    } else if (name == QLatin1String("syslog") || name == QLatin1String("facility") || name == QLatin1String("priority")) {
        say(QStringLiteral("not needed: qddns logs to standard error, which systemd's journal records with levels"));
    } else if (name == QLatin1String("pid") || name == QLatin1String("cache") || name == QLatin1String("file")
               || name == QLatin1String("foreground")) {
        say(QStringLiteral("not needed: `qddns-agent run` stays in the foreground and keeps its own lock and state files"));
    } else if (name == QLatin1String("debug") || name == QLatin1String("verbose") || name == QLatin1String("quiet")
               || name == QLatin1String("max-warn")) {
        say(QStringLiteral("not needed: use `qddns-agent run --verbose` for more output"));
    } else if (name == QLatin1String("test") || name == QLatin1String("exec")) {
        say(QStringLiteral("not needed: `qddns-agent once --dry-run` shows what would be sent"));
    } else if (name == QLatin1String("force")) {
        say(QStringLiteral("not needed: `qddns-agent once --force` sends unchanged records again"));
    } else if (name == QLatin1String("fw-banlocal") || name == QLatin1String("if-skip")) {
        say(QStringLiteral("not needed: ddclient ignores it too"));
    } else if (name == QLatin1String("mail") || name == QLatin1String("mail-failure") || name == QLatin1String("mail-from")) {
        m_builder.note(name, v.line, QStringLiteral("qddns sends no e-mail; its tray app notifies, and `qddns-agent once` "
                                                    "run from cron lets cron mail its errors"));
    } else if (name == QLatin1String("postscript")) {
        m_builder.note(name, v.line, QStringLiteral("qddns runs no script after an update"));
    } else if (name == QLatin1String("proxy")) {
        m_builder.note(name, v.line, QStringLiteral("qddns does not use an HTTP proxy for updates"));
    } else if (name == QLatin1String("redirect")) {
        say(QStringLiteral("refused: qddns never follows a redirect with a request that carries credentials"));
    } else if (name == QLatin1String("ssl_ca_dir")) {
        m_builder.note(name, v.line, QStringLiteral("qddns takes extra CAs from one PEM file (\"tls\": {\"caFile\": …}), "
                                                    "not a directory"));
    }
}

void DdclientImporter::importHosts(const QList<Host> &hosts)
{
    // Hosts named on one line share every setting: one draft for them together.
    QList<std::pair<SourceValues, QList<Host>>> groups;
    for (const Host &h : hosts) {
        bool placed = false;
        for (auto &group : groups) {
            const SourceValues &other = group.first;
            bool same = other.keys() == h.values.keys();
            for (auto it = other.cbegin(); same && it != other.cend(); ++it)
                same = h.values.value(it.key()).value == it.value().value && h.values.value(it.key()).line == it.value().line;
            if (same && group.second.first().line == h.line) {
                group.second.append(h);
                placed = true;
                break;
            }
        }
        if (!placed)
            groups.append({h.values, {h}});
    }

    for (const auto &group : groups) {
        const SourceValues &values = group.first;
        ProfileDraft draft;
        draft.origin = QStringLiteral("protocol");
        draft.line = group.second.first().line;
        for (const Host &h : group.second)
            draft.hosts.append(h.name);
        const SourceValue protocol = values.value(QStringLiteral("protocol"), {QStringLiteral("dyndns2"), draft.line});
        draft.serviceName = protocol.value;
        const auto mapping = m_builder.map().ddclient(protocol.value);
        if (!mapping) {
            m_builder.note(QStringLiteral("protocol"), protocol.line,
                           QStringLiteral("qddns has no provider for protocol \"%1\" yet: %2 not imported")
                               .arg(protocol.value, quotedList(draft.hosts)));
            continue;
        }
        QSet<QString> used{QStringLiteral("protocol"), QStringLiteral("host"), QStringLiteral("server"),
                           QStringLiteral("script")};
        if (mapping->byServer) {
            if (!importDyndns2Server(m_builder, draft, *mapping, values.value(QStringLiteral("server")),
                                     values.value(QStringLiteral("script"))))
                continue;
        } else {
            if (mapping->hosts == QLatin1String("below:login"))
                completeHosts(draft, values.value(QStringLiteral("login")));
            if (!m_builder.available(*mapping, mapping->provider, QStringLiteral("protocol"), protocol.line, draft.hosts))
                continue;
            draft.provider = mapping->provider;
            const SourceValue server = values.value(QStringLiteral("server"));
            // Where the server is an option of the provider (nsupdate's DNS server), not an update URL.
            const bool serverIsOption = std::any_of(mapping->options.cbegin(), mapping->options.cend(),
                                                    [](const auto &o) { return o.first == QLatin1String("server"); });
            // A DNS server (host[:port]) that is no server name would not validate: noted, not imported
            // (found by fuzz_import).
            if (serverIsOption && !server.value.isEmpty() && !isDnsServer(server.value)) {
                m_builder.note(QStringLiteral("server"), server.line, QStringLiteral("\"%1\" is not a DNS server name: %2 not imported")
                                                                          .arg(server.value, quotedList(draft.hosts)));
                continue;
            }
            if (!serverIsOption && !server.value.isEmpty() && server.value != mapping->defaultServer) {
                QString url = server.value.contains(QLatin1String("://")) ? server.value : QLatin1String("https://") + server.value;
                if (url.startsWith(QLatin1String("http://"))) {
                    url.replace(0, 4, QStringLiteral("https"));
                    m_builder.explain(QStringLiteral("server"), server.line, QStringLiteral("refused plain http://: qddns "
                                                                                            "sends updates over HTTPS"));
                }
                if (!isServerUrl(url)) {
                    m_builder.note(QStringLiteral("server"), server.line, QStringLiteral("\"%1\" is not a server name: %2 not imported")
                                                                              .arg(server.value, quotedList(draft.hosts)));
                    continue;
                }
                draft.fields.insert(QStringLiteral("server"), url);
            }
            if (const SourceValue script = values.value(QStringLiteral("script")); !script.value.isEmpty())
                m_builder.note(QStringLiteral("script"), script.line,
                               QStringLiteral("qddns's %1 provider knows its own path").arg(draft.provider));
        }
        used += m_builder.applyMapping(draft, *mapping, values, QStringLiteral("login"), QStringLiteral("password"));
        if (draft.secret.value.isEmpty() && values.contains(QLatin1String("password_env"))) {
            const SourceValue env = values.value(QStringLiteral("password_env"));
            draft.secretRef = QJsonObject{{QStringLiteral("source"), QStringLiteral("env")}, {QStringLiteral("name"), env.value}};
            m_builder.explain(QStringLiteral("password_env"), env.line,
                              QStringLiteral("the secret stays in the environment variable %1: \"secret\": {\"source\": "
                                             "\"env\", \"name\": \"%1\"} (set it for the agent, e.g. in its unit)").arg(env.value));
            used.insert(QStringLiteral("password_env"));
        }
        // ddclient's nsupdate: the password is the path of the TSIG key file nsupdate reads; qddns
        // reads the same file as the secret (a BIND key file names its key and algorithm).
        if (draft.provider == QLatin1String("rfc2136") && values.contains(QLatin1String("password"))) {
            const SourceValue keyFile = values.value(QStringLiteral("password"));
            // A service runs in /: a relative key file path would name another file (found by fuzz_import).
            if (!keyFile.value.startsWith(QLatin1Char('/')) && !keyFile.value.startsWith(QLatin1String("~/"))) {
                m_builder.forgetSecret(keyFile.value);
                m_builder.note(QStringLiteral("password"), keyFile.line,
                               QStringLiteral("nsupdate's key file \"%1\" is a relative path: write its absolute path; %2 not imported")
                                   .arg(keyFile.value, quotedList(draft.hosts)));
                continue;
            }
            m_builder.forgetSecret(keyFile.value); // a path, not the key
            draft.secretRef = QJsonObject{{QStringLiteral("source"), QStringLiteral("file")}, {QStringLiteral("path"), keyFile.value}};
            m_builder.explain(QStringLiteral("password"), keyFile.line,
                              QStringLiteral("the TSIG key file stays where it is: \"secret\": {\"source\": \"file\", \"path\": "
                                             "\"%1\"} (readable by its owner only)").arg(keyFile.value));
            used.insert(QStringLiteral("password"));
        }
        detection(draft, values, used);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!used.contains(it.key()) && !programOptions().contains(it.key()))
                hostOption(it.key(), it.value(), draft.provider);
        }
        m_builder.addProfile(draft);
    }
}

void DdclientImporter::completeHosts(ProfileDraft &draft, const SourceValue &login)
{
    // Namecheap's and Enom's protocols take hosts relative to the domain in login ("@" is the
    // domain itself); qddns writes them in full.
    const QString domain = login.value.trimmed();
    if (domain.isEmpty())
        return;
    QStringList full;
    for (const QString &host : std::as_const(draft.hosts)) {
        const bool inDomain = host.compare(domain, Qt::CaseInsensitive) == 0
            || host.endsWith(QLatin1Char('.') + domain, Qt::CaseInsensitive);
        full.append(host == QLatin1String("@") ? domain : inDomain ? host : host + QLatin1Char('.') + domain);
    }
    if (full != draft.hosts)
        m_builder.explain(QStringLiteral("login"), login.line, QStringLiteral("the hosts are relative to the domain \"%1\": "
                                                                              "%2").arg(domain, quotedList(full)));
    draft.hosts = full;
}

void DdclientImporter::detection(ProfileDraft &draft, const SourceValues &values, QSet<QString> &used)
{
    for (const QString &key : detectionOptions())
        used.insert(key);
    const auto off = [](const QString &s) {
        return s.isEmpty() || s == QLatin1String("disabled") || s == QLatin1String("no");
    };
    const SourceValue use = values.value(QStringLiteral("use"));
    const SourceValue usev4 = values.value(QStringLiteral("usev4"));
    const SourceValue usev6 = values.value(QStringLiteral("usev6"));
    draft.ipv4 = false;
    draft.ipv6 = false;
    if (!off(usev4.value.toLower())) {
        draft.ipv4 = detector(usev4.value.toLower(), false, values, usev4, draft.detectors4);
    } else if (!off(use.value.toLower())) {
        draft.ipv4 = detector(use.value.toLower(), false, values, use, draft.detectors4);
        m_builder.explain(QStringLiteral("use"), use.line,
                          QStringLiteral("use= (ddclient's older single-address setting) decides the IPv4 detection; "
                                         "qddns publishes the A record"));
    } else if (use.value.isEmpty() && usev4.value.isEmpty() && usev6.value.isEmpty()) {
        draft.ipv4 = true; // qddns's default echo services
    }
    if (!off(usev6.value.toLower()))
        draft.ipv6 = detector(usev6.value.toLower(), true, values, usev6, draft.detectors6);
}

bool DdclientImporter::detector(const QString &strategy, bool v6, const SourceValues &values,
                                const SourceValue &from, QList<DetectorDraft> &into)
{
    const QString useKey = v6 ? QStringLiteral("usev6") : (values.contains(QLatin1String("usev4")) ? QStringLiteral("usev4")
                                                                                                  : QStringLiteral("use"));
    const QString family = v6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
    const auto first = [&](const QStringList &keys) {
        for (const QString &k : keys) {
            if (values.contains(k))
                return std::pair<QString, SourceValue>{k, values.value(k)};
        }
        return std::pair<QString, SourceValue>{keys.first(), SourceValue{QString(), from.line}};
    };
    QString base = strategy;
    if (base.endsWith(QLatin1String("v4")) || base.endsWith(QLatin1String("v6")))
        base.chop(2);

    if (base == QLatin1String("web")) {
        const auto web = v6 ? first({QStringLiteral("webv6"), QStringLiteral("web")})
                            : first({strategy == QLatin1String("web") ? QStringLiteral("web") : QStringLiteral("webv4")});
        const auto skip = v6 ? first({QStringLiteral("webv6-skip"), QStringLiteral("web-skip")})
                             : first({strategy == QLatin1String("web") ? QStringLiteral("web-skip") : QStringLiteral("webv4-skip")});
        if (!skip.second.value.isEmpty()) {
            m_builder.note(skip.first, skip.second.line,
                           QStringLiteral("qddns reads only answers that are the bare address, so a page that needs "
                                          "skipping cannot be used: the %1 address is detected through qddns's default "
                                          "echo services").arg(family));
            return true;
        }
        const QString page = web.second.value.trimmed();
        if (page.isEmpty() || isBuiltinWeb(page)) {
            m_builder.explain(web.second.value.isEmpty() ? useKey : web.first, web.second.line,
                              QStringLiteral("ddclient's built-in address page%1: qddns uses its own default echo "
                                             "services (four independent HTTPS services)")
                                  .arg(page.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(page)));
            return true;
        }
        if (const auto url = webDetectorUrl(page)) {
            if (url->second)
                m_builder.explain(web.first, web.second.line, QStringLiteral("refused plain http://: the address page is "
                                                                             "asked over HTTPS"));
            DetectorDraft d;
            d.url = url->first;
            into.append(d);
        } else {
            m_builder.explain(web.first, web.second.line,
                              QStringLiteral("\"%1\" answers with more than the address, which qddns does not read: its "
                                             "default echo services are used").arg(page));
        }
        return true;
    }
    if (base == QLatin1String("if")) {
        const auto iface = v6 ? first({QStringLiteral("ifv6"), QStringLiteral("if")})
                              : first({strategy == QLatin1String("if") ? QStringLiteral("if") : QStringLiteral("ifv4")});
        QString name = iface.second.value.trimmed();
        if (name.isEmpty())
            name = strategy == QLatin1String("if") ? QStringLiteral("ppp0") : QStringLiteral("default");
        if (name == QLatin1String("default")) {
            m_builder.explain(iface.first, iface.second.line,
                              QStringLiteral("the interface of the default route: qddns uses its default echo services; "
                                             "name the interface if it holds the public address"));
            return true;
        }
        DetectorDraft d;
        d.type = DetectorDraft::Type::Interface;
        d.interfaceName = name;
        into.append(d);
        return true;
    }
    if (base == QLatin1String("cmd")) {
        const auto cmd = v6 ? first({QStringLiteral("cmdv6"), QStringLiteral("cmd")})
                            : first({strategy == QLatin1String("cmd") ? QStringLiteral("cmd") : QStringLiteral("cmdv4")});
        if (cmd.second.value.trimmed().isEmpty()) {
            m_builder.note(useKey, from.line, QStringLiteral("use=%1 names no command").arg(strategy));
            return true;
        }
        DetectorDraft d;
        d.type = DetectorDraft::Type::Command;
        d.argv = commandArgv(cmd.second.value);
        into.append(d);
        m_builder.explain(cmd.first, cmd.second.line, commandExplanation(d.argv));
        if (const SourceValue skip = values.value(QStringLiteral("cmd-skip")); !skip.value.isEmpty())
            m_builder.note(QStringLiteral("cmd-skip"), skip.line,
                           QStringLiteral("qddns reads a command's output only when it is the bare address"));
        return true;
    }
    if (base == QLatin1String("ip")) {
        m_builder.note(useKey, from.line, QStringLiteral("a fixed %1 address (use=%2): qddns publishes detected addresses "
                                                         "only, so this record is not imported").arg(family, strategy));
        return false;
    }
    m_builder.note(useKey, from.line,
                   QStringLiteral("reading the address from a router's status page (%1) is not supported: qddns detects "
                                  "the %2 address through its default echo services").arg(strategy, family));
    return true;
}

void DdclientImporter::hostOption(const QString &key, const SourceValue &v, const QString &provider)
{
    if (key == QLatin1String("max-interval")) {
        if (const auto d = ddclientInterval(v.value))
            m_builder.setForceInterval(*d, key, v.line);
        else
            m_builder.note(key, v.line, QStringLiteral("\"%1\" is not an interval").arg(v.value));
    } else if (key == QLatin1String("min-interval") || key == QLatin1String("min-error-interval")) {
        m_builder.explain(key, v.line, QStringLiteral("not needed: qddns sends only changed addresses, and after a "
                                                      "failure it waits 1 minute, doubling up to 6 hours"));
    } else if (key == QLatin1String("wildcard") || key == QLatin1String("backupmx")) {
        if (isYes(v.value))
            m_builder.note(key, v.line, QStringLiteral("qddns does not set %1 at the provider").arg(key));
    } else if (key == QLatin1String("mx")) {
        if (!v.value.isEmpty())
            m_builder.note(key, v.line, QStringLiteral("qddns does not set MX records"));
    } else if (key.endsWith(QLatin1String("_env"))) {
        m_builder.note(key, v.line, QStringLiteral("reads %1 from the environment variable %2, which qddns cannot take over")
                                        .arg(key.chopped(4), v.value));
    } else if (key == QLatin1String("login") || key == QLatin1String("password")) {
        if (!v.value.isEmpty())
            m_builder.explain(key, v.line, QStringLiteral("not needed by qddns's %1 provider").arg(provider));
    } else {
        m_builder.note(key, v.line, QStringLiteral("no qddns equivalent for %1 with qddns's %2 provider").arg(key, provider));
    }
}

} // namespace Qddns
