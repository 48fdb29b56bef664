#include "import/inadynimporter.h"

#include "import/customurl.h"
#include "import/importhelpers.h"

#include <QHash>
#include <QRegularExpression>

namespace Qddns {

namespace {

using Kind = InadynImporter::Token::Kind;

std::optional<bool> confuseBool(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QString tokenText(const InadynImporter::Token &t)
{
    switch (t.kind) {
    case Kind::String: return QLatin1Char('"') + t.text + QLatin1Char('"');
    case Kind::Open: return QStringLiteral("'{'");
    case Kind::Close: return QStringLiteral("'}'");
    case Kind::ParenOpen: return QStringLiteral("'('");
    case Kind::ParenClose: return QStringLiteral("')'");
    case Kind::Assign: return QStringLiteral("'='");
    case Kind::Append: return QStringLiteral("'+='");
    case Kind::Comma: return QStringLiteral("','");
    case Kind::End: return QStringLiteral("the end of the file");
    }
    return {};
}

// Words of inadyn's own are shown in errors. Any other word of a broken file may be (part of) a
// password, an unquoted one with spaces included, so the error names its line instead.
bool inadynWord(const QString &word)
{
    static const QSet<QString> words{
        QStringLiteral("period"), QStringLiteral("forced-update"), QStringLiteral("allow-ipv6"), QStringLiteral("verify-address"),
        QStringLiteral("user-agent"), QStringLiteral("iface"), QStringLiteral("iterations"), QStringLiteral("secure-ssl"),
        QStringLiteral("broken-rtc"), QStringLiteral("ca-trust-file"), QStringLiteral("cache-dir"), QStringLiteral("fake-address"),
        QStringLiteral("include"), QStringLiteral("provider"), QStringLiteral("custom"), QStringLiteral("username"),
        QStringLiteral("password"), QStringLiteral("hostname"), QStringLiteral("checkip-server"), QStringLiteral("checkip-path"),
        QStringLiteral("checkip-ssl"), QStringLiteral("checkip-command"), QStringLiteral("ssl"), QStringLiteral("ttl"),
        QStringLiteral("proxied"), QStringLiteral("wildcard"), QStringLiteral("ddns-server"), QStringLiteral("ddns-path"),
        QStringLiteral("ddns-response"), QStringLiteral("append-myip")};
    return words.contains(word);
}

QString shownToken(const InadynImporter::Token &t)
{
    return t.kind == Kind::String && !inadynWord(t.text) ? QStringLiteral("a value (not shown: it may be a password)") : tokenText(t);
}

QString shownName(const QString &name)
{
    return inadynWord(name) ? name : QStringLiteral("a word that is no inadyn setting (not shown: it may be part of a password)");
}

// inadyn's generic plugin accepts a reply that contains one of these words, in any case.
const QStringList kDefaultResponses{QStringLiteral("OK"), QStringLiteral("good"), QStringLiteral("true"),
                                    QStringLiteral("updated"), QStringLiteral("success"), QStringLiteral("nochg")};

} // namespace

void InadynImporter::run(const QByteArray &data)
{
    if (!tokenize(QString::fromUtf8(data)) || !parse())
        return;
    if (m_sections.isEmpty()) {
        m_builder.fail(m_tokens.last().line, QStringLiteral("no provider or custom section in the file: expected "
                                                            "\"provider NAME { username = … hostname = … }\""));
        return;
    }
    for (const Setting &s : std::as_const(m_globals))
        globalSetting(s);
    for (const Section &section : std::as_const(m_sections))
        importSection(section);
}

bool InadynImporter::tokenize(const QString &text)
{
    int line = 1;
    qsizetype i = 0;
    const auto at = [&](qsizetype k) { return k < text.size() ? text.at(k) : QChar(); };
    const auto add = [&](Kind kind, const QString &value, int where) { m_tokens.append({kind, value, where}); };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('#') || (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('/'))) {
            while (i < text.size() && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            const int start = line;
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            if (end < 0) {
                m_builder.fail(start, QStringLiteral("a comment opened with /* is never closed: expected */"));
                return false;
            }
            line += int(text.mid(i, end - i).count(QLatin1Char('\n')));
            i = end + 2;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('(') || c == QLatin1Char(')')
                   || c == QLatin1Char('=') || c == QLatin1Char(',')) {
            add(c == QLatin1Char('{') ? Kind::Open : c == QLatin1Char('}') ? Kind::Close : c == QLatin1Char('(') ? Kind::ParenOpen
                : c == QLatin1Char(')') ? Kind::ParenClose : c == QLatin1Char('=') ? Kind::Assign : Kind::Comma,
                QString(c), line);
            ++i;
        } else if (c == QLatin1Char('+')) {
            if (at(i + 1) != QLatin1Char('=')) {
                m_builder.fail(line, QStringLiteral("a '+' outside quotes: expected \"+=\", or quote the value"));
                return false;
            }
            add(Kind::Append, QStringLiteral("+="), line);
            i += 2;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const int start = line;
            QString value;
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar d = text.at(i);
                if (d == c) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\n'))
                    ++line;
                if (d != QLatin1Char('\\') || i + 1 >= text.size()) {
                    value += d;
                    ++i;
                    continue;
                }
                const QChar e = text.at(i + 1);
                i += 2;
                if (e == QLatin1Char('\n')) {
                    ++line; // continued on the next line
                } else if (c == QLatin1Char('\'')) {
                    if (e != QLatin1Char('\\') && e != QLatin1Char('\''))
                        value += QLatin1Char('\\');
                    value += e;
                } else if (e == QLatin1Char('n')) {
                    value += QLatin1Char('\n');
                } else if (e == QLatin1Char('t')) {
                    value += QLatin1Char('\t');
                } else if (e == QLatin1Char('r')) {
                    value += QLatin1Char('\r');
                } else if (e == QLatin1Char('x')) {
                    qsizetype n = 0;
                    while (n < 2 && i + n < text.size() && QStringLiteral("0123456789abcdefABCDEF").contains(text.at(i + n)))
                        ++n;
                    value += QChar(text.mid(i, n).toUShort(nullptr, 16));
                    i += n;
                } else if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                    qsizetype n = 0;
                    while (n < 2 && i + n < text.size() && text.at(i + n) >= QLatin1Char('0') && text.at(i + n) <= QLatin1Char('7'))
                        ++n;
                    value += QChar(QString(QString(e) + text.mid(i, n)).toUShort(nullptr, 8));
                    i += n;
                } else {
                    value += e;
                }
            }
            if (!closed) {
                m_builder.fail(start, QStringLiteral("a string opened with %1 is never closed: expected the closing %1")
                                          .arg(c));
                return false;
            }
            add(Kind::String, value, start);
        } else if (c == QLatin1Char('*')) {
            m_builder.fail(line, QStringLiteral("a '*' outside quotes: write a wildcard host in quotes, e.g. "
                                                "hostname = \"*.example.com\""));
            return false;
        } else {
            const qsizetype start = i;
            static const QString stops = QStringLiteral(" \t\r\n#\"'={}()+,*");
            while (i < text.size() && !stops.contains(text.at(i))
                   && !(text.at(i) == QLatin1Char('/') && (at(i + 1) == QLatin1Char('/') || at(i + 1) == QLatin1Char('*'))))
                ++i;
            add(Kind::String, text.mid(start, i - start), line);
        }
    }
    add(Kind::End, QString(), line);
    return true;
}

bool InadynImporter::parse()
{
    qsizetype i = 0;
    while (m_tokens.at(i).kind != Kind::End) {
        const Token &t = m_tokens.at(i);
        if (t.kind == Kind::Close) {
            m_builder.fail(t.line, QStringLiteral("a '}' without a section to close: expected a setting or a provider or custom section"));
            return false;
        }
        if (t.kind != Kind::String) {
            m_builder.fail(t.line, QStringLiteral("expected a setting name, found %1").arg(tokenText(t)));
            return false;
        }
        if (t.text != QLatin1String("provider") && t.text != QLatin1String("custom")) {
            if (!parseSetting(i, m_globals))
                return false;
            continue;
        }
        Section section;
        section.kind = t.text;
        section.line = t.line;
        const Token &title = m_tokens.at(++i);
        if (title.kind != Kind::String) {
            m_builder.fail(title.line, QStringLiteral("expected the name after \"%1\" (e.g. %1 %2 { … }), found %3")
                                           .arg(section.kind,
                                                section.kind == QLatin1String("provider") ? QStringLiteral("default@dyndns.org")
                                                                                          : QStringLiteral("myservice"),
                                                tokenText(title)));
            return false;
        }
        section.title = title.text;
        if (m_tokens.at(++i).kind != Kind::Open) {
            m_builder.fail(m_tokens.at(i).line, QStringLiteral("expected '{' after %1 %2, found %3")
                                                    .arg(section.kind, section.title, shownToken(m_tokens.at(i))));
            return false;
        }
        ++i;
        while (m_tokens.at(i).kind != Kind::Close) {
            if (m_tokens.at(i).kind == Kind::End) {
                m_builder.fail(section.line, QStringLiteral("%1 %2 is never closed: expected '}'").arg(section.kind, section.title));
                return false;
            }
            if (m_tokens.at(i).kind != Kind::String) {
                m_builder.fail(m_tokens.at(i).line, QStringLiteral("expected a setting name, found %1").arg(tokenText(m_tokens.at(i))));
                return false;
            }
            if (!parseSetting(i, section.settings))
                return false;
        }
        ++i;
        m_sections.append(section);
    }
    return true;
}

bool InadynImporter::parseSetting(qsizetype &i, QList<Setting> &into)
{
    Setting s;
    s.name = m_tokens.at(i).text;
    s.line = m_tokens.at(i).line;
    ++i;
    if (s.name == QLatin1String("include")) {
        if (m_tokens.at(i).kind != Kind::ParenOpen || m_tokens.at(i + 1).kind != Kind::String
            || m_tokens.at(i + 2).kind != Kind::ParenClose) {
            m_builder.fail(s.line, QStringLiteral("expected include(\"FILE\")"));
            return false;
        }
        s.values = {m_tokens.at(i + 1).text};
        i += 3;
        into.append(s);
        return true;
    }
    if (m_tokens.at(i).kind != Kind::Assign && m_tokens.at(i).kind != Kind::Append) {
        m_builder.fail(m_tokens.at(i).line, QStringLiteral("expected '=' after %1, found %2").arg(shownName(s.name), shownToken(m_tokens.at(i))));
        return false;
    }
    ++i;
    const Token &v = m_tokens.at(i);
    if (v.kind == Kind::String) {
        s.values = {v.text};
        ++i;
    } else if (v.kind == Kind::Open) {
        s.list = true;
        ++i;
        while (m_tokens.at(i).kind != Kind::Close) {
            if (m_tokens.at(i).kind != Kind::String) {
                m_builder.fail(m_tokens.at(i).line, QStringLiteral("expected a value in the list of %1, found %2")
                                                        .arg(shownName(s.name), tokenText(m_tokens.at(i))));
                return false;
            }
            s.values.append(m_tokens.at(i).text);
            ++i;
            if (m_tokens.at(i).kind == Kind::Comma)
                ++i;
            else if (m_tokens.at(i).kind != Kind::Close) {
                m_builder.fail(m_tokens.at(i).line, QStringLiteral("expected ',' or '}' in the list of %1, found %2")
                                                        .arg(shownName(s.name), shownToken(m_tokens.at(i))));
                return false;
            }
        }
        ++i;
    } else {
        m_builder.fail(v.line, QStringLiteral("expected a value after %1 =, found %2").arg(shownName(s.name), tokenText(v)));
        return false;
    }
    into.append(s);
    return true;
}

void InadynImporter::globalSetting(const Setting &s)
{
    const QString value = s.values.value(0);
    const auto flag = [&]() {
        const auto b = confuseBool(value);
        if (!b)
            m_builder.note(s.name, s.line, QStringLiteral("\"%1\" is neither true nor false").arg(value));
        return b;
    };
    const auto seconds = [&]() -> std::optional<std::chrono::seconds> {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok, 0);
        if (!ok || n < 0) {
            m_builder.note(s.name, s.line, QStringLiteral("\"%1\" is not a number of seconds").arg(value));
            return std::nullopt;
        }
        return std::chrono::seconds(n);
    };
    if (s.name == QLatin1String("period")) {
        if (const auto d = seconds())
            m_builder.setInterval(*d, s.name, s.line);
    } else if (s.name == QLatin1String("forced-update")) {
        if (const auto d = seconds())
            m_builder.setForceInterval(*d, s.name, s.line);
    } else if (s.name == QLatin1String("allow-ipv6")) {
        m_allowIpv6 = flag().value_or(false);
    } else if (s.name == QLatin1String("iface")) {
        m_iface = value;
        m_builder.explain(s.name, s.line, QStringLiteral("an interface detector for %1 (\"type\": \"interface\")").arg(value));
    } else if (s.name == QLatin1String("verify-address")) {
        if (flag() == false)
            m_builder.explain(s.name, s.line, QStringLiteral("refused: qddns never publishes an address that is not "
                                                             "global (private, loopback, link-local, documentation)"));
    } else if (s.name == QLatin1String("secure-ssl") || s.name == QLatin1String("broken-rtc")) {
        if (flag() == (s.name == QLatin1String("broken-rtc")))
            m_builder.explain(s.name, s.line, QStringLiteral("refused: qddns always verifies certificates"));
    } else if (s.name == QLatin1String("fake-address")) {
        if (flag() == true)
            m_builder.explain(s.name, s.line, QStringLiteral("refused: qddns never publishes an address it did not detect; "
                                                             "\"forceInterval\" re-sends the real one"));
    } else if (s.name == QLatin1String("ca-trust-file")) {
        m_builder.setCaFile(value, s.name, s.line);
    } else if (s.name == QLatin1String("iterations")) {
        m_builder.explain(s.name, s.line, QStringLiteral("not needed: `qddns-agent once` runs one cycle, `qddns-agent run` "
                                                         "keeps running"));
    } else if (s.name == QLatin1String("cache-dir")) {
        m_builder.explain(s.name, s.line, QStringLiteral("not needed: qddns keeps its own state files"));
    } else if (s.name == QLatin1String("user-agent")) {
        m_builder.note(s.name, s.line, QStringLiteral("qddns always sends its own User-Agent"));
    } else if (s.name == QLatin1String("include")) {
        m_builder.note(s.name, s.line, QStringLiteral("settings in \"%1\" are not read: import them from there").arg(value));
    } else {
        m_builder.note(s.name, s.line, QStringLiteral("not an inadyn setting"));
    }
}

void InadynImporter::importSection(const Section &sec)
{
    QHash<QString, Setting> settings;
    QStringList hosts;
    for (const Setting &s : sec.settings) {
        if (s.name == QLatin1String("hostname") || s.name == QLatin1String("alias"))
            hosts += s.values;
        else
            settings.insert(s.name, s); // the last one counts, as in libconfuse
    }
    const auto value = [&](const QString &name) { return settings.value(name).values.value(0); };
    SourceValues values;
    for (const Setting &s : std::as_const(settings)) {
        if (!s.list)
            values.insert(s.name, {s.values.value(0), s.line});
    }
    const bool custom = sec.kind == QLatin1String("custom");
    ProfileDraft draft;
    draft.origin = sec.kind;
    draft.serviceName = sec.kind + QLatin1Char(' ') + sec.title;
    draft.line = sec.line;
    draft.hosts = hosts;
    QSet<QString> used{QStringLiteral("username"), QStringLiteral("password")};
    QString family;
    if (!custom) {
        const auto mapping = m_builder.map().inadyn(sec.title);
        if (!mapping) {
            m_builder.note(sec.kind, sec.line, QStringLiteral("qddns has no provider for \"%1\": %2 not imported")
                                                   .arg(sec.title, quotedList(hosts)));
            return;
        }
        if (!m_builder.available(*mapping, mapping->provider, sec.kind, sec.line, hosts))
            return;
        draft.provider = mapping->provider;
        used += m_builder.applyMapping(draft, *mapping, values, QStringLiteral("username"), QStringLiteral("password"));
        family = mapping->family;
        if (family.isEmpty() && mapping->name.startsWith(QLatin1String("ipv6")))
            family = QStringLiteral("ipv6");
        if (family.isEmpty() && mapping->name.startsWith(QLatin1String("ipv4@")))
            family = QStringLiteral("ipv4");
        if (confuseBool(value(QStringLiteral("ssl"))) == false)
            m_builder.explain(QStringLiteral("ssl"), settings.value(QStringLiteral("ssl")).line,
                              QStringLiteral("refused: qddns sends updates over HTTPS with certificate verification"));
    } else {
        draft.username = value(QStringLiteral("username"));
        draft.usernameOption = QStringLiteral("username");
        draft.secret = values.value(QStringLiteral("password"));
        draft.secretOption = QStringLiteral("password");
        m_builder.registerSecret(draft.secret.value);
        const Setting server = settings.value(QStringLiteral("ddns-server"));
        if (server.values.value(0).isEmpty()) {
            m_builder.note(sec.kind, sec.line, QStringLiteral("custom %1 has no ddns-server: %2 not imported")
                                                   .arg(sec.title, quotedList(hosts)));
            return;
        }
        const Setting pathSetting = settings.value(QStringLiteral("ddns-path"));
        const QString path = pathSetting.values.value(0, QStringLiteral("/"));
        QString tmpl;
        if (!path.contains(QLatin1Char('%'))) {
            // Without format specifiers inadyn appends the host (or the address) to the path.
            const bool appendIp = confuseBool(value(QStringLiteral("append-myip"))).value_or(false);
            tmpl = path + (appendIp ? QStringLiteral("[IP]") : QStringLiteral("[DOMAIN]"));
            m_builder.explain(QStringLiteral("ddns-path"), pathSetting.line ? pathSetting.line : sec.line,
                              QStringLiteral("inadyn appends the %1 to the path: the URL ends in %2")
                                  .arg(appendIp ? QStringLiteral("address") : QStringLiteral("host name"),
                                       appendIp ? QStringLiteral("[IP]") : QStringLiteral("[DOMAIN]")));
        } else {
            for (qsizetype k = 0; k < path.size(); ++k) {
                if (path.at(k) != QLatin1Char('%') || k + 1 >= path.size()) {
                    tmpl += path.at(k);
                    continue;
                }
                const QChar spec = path.at(++k);
                if (spec == QLatin1Char('u'))
                    tmpl += QLatin1String("[USERNAME]");
                else if (spec == QLatin1Char('p'))
                    tmpl += QLatin1String("[PASSWORD]");
                else if (spec == QLatin1Char('h'))
                    tmpl += QLatin1String("[DOMAIN]");
                else if (spec == QLatin1Char('i'))
                    tmpl += QLatin1String("[IP]");
                else if (spec == QLatin1Char('%'))
                    tmpl += QLatin1Char('%');
                else
                    tmpl += QLatin1Char('%') + spec; // a percent-encoded character
            }
        }
        const bool ssl = confuseBool(value(QStringLiteral("ssl"))).value_or(true);
        CustomUrl spec;
        spec.url = (ssl ? QStringLiteral("https://") : QStringLiteral("http://")) + server.values.value(0) + tmpl;
        spec.option = pathSetting.line ? QStringLiteral("ddns-path") : QStringLiteral("ddns-server");
        spec.line = pathSetting.line ? pathSetting.line : server.line;
        spec.basicAuth = true;
        const Setting responses = settings.value(QStringLiteral("ddns-response"));
        const QStringList words = responses.values.isEmpty() ? kDefaultResponses : responses.values;
        QStringList escaped;
        for (const QString &w : words)
            escaped.append(QRegularExpression::escape(w));
        spec.successPattern = QStringLiteral("(?i)(") + escaped.join(QLatin1Char('|')) + QLatin1Char(')');
        if (!importCustomUrl(m_builder, draft, spec))
            return;
        if (draft.provider == QLatin1String("custom"))
            m_builder.explain(responses.values.isEmpty() ? spec.option : QStringLiteral("ddns-response"),
                              responses.values.isEmpty() ? spec.line : responses.line,
                              QStringLiteral("a reply counts as success when it contains %1, in any case, as in inadyn: "
                                             "\"successPattern\"").arg(quotedList(words)));
        used += {QStringLiteral("ddns-server"), QStringLiteral("ddns-path"), QStringLiteral("ddns-response"),
                 QStringLiteral("append-myip"), QStringLiteral("ssl")};
    }

    // Families: the name says it (ipv6@…), else IPv4, and IPv6 too where allow-ipv6 lets inadyn use it.
    const ProviderCapabilities *caps = m_builder.catalog().find(draft.provider);
    draft.ipv4 = family != QLatin1String("ipv6");
    draft.ipv6 = family == QLatin1String("ipv6") || (family.isEmpty() && m_allowIpv6 && caps && caps->ipv6);
    if (family.isEmpty() && draft.ipv6)
        m_builder.explain(sec.kind, sec.line, QStringLiteral("inadyn publishes whichever family its check finds, and "
                                                             "allow-ipv6 = true lets it use IPv6: qddns publishes both the "
                                                             "A and the AAAA records of %1").arg(quotedList(hosts)));

    // The section's own address check serves the family its name publishes; an interface serves both.
    QList<DetectorDraft> &own = family == QLatin1String("ipv6") ? draft.detectors6 : draft.detectors4;
    const QString iface = value(QStringLiteral("iface")).isEmpty() ? m_iface : value(QStringLiteral("iface"));
    if (!value(QStringLiteral("checkip-command")).isEmpty()) {
        DetectorDraft d;
        d.type = DetectorDraft::Type::Command;
        d.argv = commandArgv(value(QStringLiteral("checkip-command")));
        own.append(d);
        m_builder.explain(QStringLiteral("checkip-command"), settings.value(QStringLiteral("checkip-command")).line,
                          commandExplanation(d.argv));
    }
    const QString checkip = value(QStringLiteral("checkip-server"));
    if (!checkip.isEmpty() && checkip != QLatin1String("default")) {
        const int line = settings.value(QStringLiteral("checkip-server")).line;
        QString path = value(QStringLiteral("checkip-path"));
        if (path.isEmpty())
            path = QStringLiteral("/");
        if (confuseBool(value(QStringLiteral("checkip-ssl"))) == false)
            m_builder.explain(QStringLiteral("checkip-ssl"), settings.value(QStringLiteral("checkip-ssl")).line,
                              QStringLiteral("refused: the address page is asked over HTTPS"));
        if (const auto url = webDetectorUrl(checkip + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path))) {
            DetectorDraft d;
            d.url = url->first;
            own.append(d);
        } else {
            m_builder.explain(QStringLiteral("checkip-server"), line,
                              QStringLiteral("%1%2 answers with more than the address, which qddns does not read: its "
                                             "default echo services are used").arg(checkip, path));
        }
    }
    if (!iface.isEmpty()) {
        DetectorDraft d;
        d.type = DetectorDraft::Type::Interface;
        d.interfaceName = iface;
        if (draft.ipv4)
            draft.detectors4.append(d);
        if (draft.ipv6)
            draft.detectors6.append(d);
    }
    used += {QStringLiteral("checkip-command"), QStringLiteral("checkip-server"), QStringLiteral("checkip-path"),
             QStringLiteral("checkip-ssl"), QStringLiteral("iface"), QStringLiteral("ssl")};

    for (const Setting &s : std::as_const(settings)) {
        if (used.contains(s.name))
            continue;
        const QString v = s.values.value(0);
        if (s.name == QLatin1String("wildcard")) {
            if (confuseBool(v) == true)
                m_builder.note(s.name, s.line, QStringLiteral("qddns does not set wildcards at the provider"));
        } else if (s.name == QLatin1String("ttl")) {
            if (v != QLatin1String("-1"))
                m_builder.note(s.name, s.line, QStringLiteral("qddns's %1 provider sets no TTL").arg(draft.provider));
        } else if (s.name == QLatin1String("proxied")) {
            m_builder.note(s.name, s.line, QStringLiteral("qddns's %1 provider has no proxy setting").arg(draft.provider));
        } else if (s.name == QLatin1String("user-agent")) {
            m_builder.note(s.name, s.line, QStringLiteral("qddns always sends its own User-Agent"));
        } else if (s.name == QLatin1String("include")) {
            m_builder.note(s.name, s.line, QStringLiteral("settings in \"%1\" are not read: import them from there").arg(v));
        } else {
            m_builder.note(s.name, s.line, QStringLiteral("not a setting of inadyn's %1 sections").arg(sec.kind));
        }
    }
    m_builder.addProfile(draft);
}

} // namespace Qddns
