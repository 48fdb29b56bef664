#include "import/openwrtimporter.h"

#include "import/customurl.h"
#include "import/importhelpers.h"

#include <QUrl>

namespace Qddns {

namespace {

// ddns-scripts' get_seconds(): a number and a unit word, minutes when the unit is missing.
std::optional<std::chrono::seconds> uciInterval(const SourceValue &number, const SourceValue &unit, const QString &fallbackUnit)
{
    bool ok = false;
    const qint64 n = number.value.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    const QString u = unit.value.isEmpty() ? fallbackUnit : unit.value.trimmed();
    const qint64 factor = u == QLatin1String("days") ? 86400 : u == QLatin1String("hours") ? 3600
                        : u == QLatin1String("minutes") ? 60 : 1;
    return std::chrono::seconds(n * factor);
}

bool isOn(const SourceValue &v)
{
    return v.value.trimmed() == QLatin1String("1");
}

} // namespace

void OpenWrtImporter::run(const QByteArray &data)
{
    if (!parse(QString::fromUtf8(data)))
        return;
    bool services = false;
    for (const Section &s : std::as_const(m_sections))
        services = services || s.type == QLatin1String("service");
    if (!services) {
        m_builder.fail(m_sections.isEmpty() ? 1 : m_sections.last().line,
                       QStringLiteral("no \"config service\" section: expected ddns-scripts' sections like "
                                      "config service 'myddns' with option service_name and option domain"));
        return;
    }
    for (const Section &s : std::as_const(m_sections)) {
        if (s.type == QLatin1String("service"))
            importService(s);
        else if (s.type == QLatin1String("ddns"))
            globalSection(s);
        else
            m_builder.note(QStringLiteral("config"), s.line,
                           QStringLiteral("a \"%1\" section is not one of ddns-scripts'").arg(s.type));
    }
}

bool OpenWrtImporter::parse(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    Section *current = nullptr;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNo = int(n) + 1;
        QString line = lines.at(n);
        QStringList tokens;
        QString token;
        bool inToken = false;
        qsizetype i = 0;
        while (true) {
            if (i >= line.size()) {
                if (inToken)
                    tokens.append(token);
                break;
            }
            const QChar c = line.at(i);
            if (c == QLatin1Char('\r') && i + 1 == line.size()) {
                ++i;
                continue;
            }
            if (c.isSpace()) {
                if (inToken)
                    tokens.append(token);
                token.clear();
                inToken = false;
                ++i;
                continue;
            }
            if (c == QLatin1Char('#') && !inToken)
                break;
            inToken = true;
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                qsizetype k = i + 1;
                bool closed = false;
                for (; k < line.size(); ++k) {
                    const QChar d = line.at(k);
                    if (d == c) {
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('"') && d == QLatin1Char('\\') && k + 1 < line.size())
                        token += line.at(++k);
                    else
                        token += d;
                }
                if (!closed) {
                    m_builder.fail(lineNo, QStringLiteral("a value opened with %1 is never closed: expected the closing "
                                                          "%1 on the same line").arg(c));
                    return false;
                }
                i = k + 1;
            } else if (c == QLatin1Char('\\')) {
                if (i + 1 >= line.size() && n + 1 < lines.size()) {
                    line += lines.at(++n); // continued on the next line
                    ++i;
                    continue;
                }
                if (i + 1 < line.size())
                    token += line.at(i + 1);
                i += 2;
            } else {
                token += c;
                ++i;
            }
        }
        if (tokens.isEmpty())
            continue;
        const QString keyword = tokens.first();
        if (keyword == QLatin1String("package"))
            continue;
        if (keyword == QLatin1String("config")) {
            if (tokens.size() < 2 || tokens.size() > 3) {
                m_builder.fail(lineNo, QStringLiteral("expected config TYPE ['NAME']"));
                return false;
            }
            m_sections.append({tokens.at(1), tokens.value(2), lineNo, {}});
            current = &m_sections.last();
            continue;
        }
        if (keyword == QLatin1String("option") || keyword == QLatin1String("list")) {
            if (!current) {
                m_builder.fail(lineNo, QStringLiteral("an %1 before any config section: expected config TYPE 'NAME' "
                                                      "first").arg(keyword));
                return false;
            }
            if (tokens.size() != 3) {
                m_builder.fail(lineNo, QStringLiteral("expected %1 NAME 'VALUE'%2").arg(keyword,
                                   tokens.size() > 3 ? QStringLiteral(" (a value with spaces needs quotes)") : QString()));
                return false;
            }
            SourceValue &v = current->options[tokens.at(1)];
            if (keyword == QLatin1String("list") && !v.value.isEmpty())
                v.value += QLatin1Char(' ') + tokens.at(2);
            else
                v = {tokens.at(2), lineNo};
            continue;
        }
        // The word is not shown: the line may be the rest of a password.
        m_builder.fail(lineNo, QStringLiteral("expected config, option or list at the start of the line"));
        return false;
    }
    return true;
}

void OpenWrtImporter::globalSection(const Section &section)
{
    for (auto it = section.options.cbegin(); it != section.options.cend(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("upd_privateip")) {
            if (isOn(it.value()))
                m_builder.explain(key, it.value().line, QStringLiteral("refused: qddns never publishes a private address"));
        } else if (key.startsWith(QLatin1String("ddns_")) || key == QLatin1String("use_curl")) {
            m_builder.explain(key, it.value().line, QStringLiteral("not needed: qddns keeps its own log and state files"));
        } else {
            m_builder.note(key, it.value().line, QStringLiteral("not a ddns-scripts setting qddns knows"));
        }
    }
}

void OpenWrtImporter::importService(const Section &section)
{
    const SourceValues &o = section.options;
    const QString label = QStringLiteral("service '%1'").arg(section.name);
    if (!isOn(o.value(QStringLiteral("enabled")))) {
        const SourceValue enabled = o.value(QStringLiteral("enabled"));
        m_builder.note(QStringLiteral("enabled"), enabled.line ? enabled.line : section.line,
                       QStringLiteral("%1 is disabled, so it is not imported (enable it in ddns-scripts first, or add "
                                      "it in qddns by hand)").arg(label));
        return;
    }
    QSet<QString> used{QStringLiteral("enabled"), QStringLiteral("domain"), QStringLiteral("username"),
                       QStringLiteral("password"), QStringLiteral("service_name"), QStringLiteral("update_url")};
    ProfileDraft draft;
    draft.serviceName = label;
    draft.line = section.line;
    const bool v6 = isOn(o.value(QStringLiteral("use_ipv6")));
    used.insert(QStringLiteral("use_ipv6"));
    draft.ipv4 = !v6;
    draft.ipv6 = v6;

    QString domain = o.value(QStringLiteral("domain")).value.trimmed();
    if (domain.isEmpty())
        domain = o.value(QStringLiteral("lookup_host")).value.trimmed();
    if (o.contains(QLatin1String("lookup_host"))) {
        used.insert(QStringLiteral("lookup_host"));
        m_builder.explain(QStringLiteral("lookup_host"), o.value(QStringLiteral("lookup_host")).line,
                          QStringLiteral("not needed: qddns keeps what it published instead of looking it up in DNS"));
    }

    const SourceValue serviceName = o.value(QStringLiteral("service_name"));
    const SourceValue updateUrl = o.value(QStringLiteral("update_url"));
    if (!serviceName.value.isEmpty() && serviceName.value != QLatin1String("custom")) {
        draft.origin = QStringLiteral("service_name");
        draft.line = serviceName.line;
        const auto mapping = m_builder.map().openwrt(serviceName.value);
        if (!mapping) {
            m_builder.note(draft.origin, draft.line, QStringLiteral("qddns has no provider for \"%1\" yet: \"%2\" not imported")
                                                         .arg(serviceName.value, domain));
            return;
        }
        if (mapping->hosts == QLatin1String("host@zone") && domain.contains(QLatin1Char('@'))) {
            // "host@zone": "@zone" is the zone itself.
            const QString host = domain.section(QLatin1Char('@'), 0, 0);
            draft.domain = domain.section(QLatin1Char('@'), 1);
            draft.hosts = {host.isEmpty() ? draft.domain : host + QLatin1Char('.') + draft.domain};
            draft.fields.insert(QStringLiteral("zone"), draft.domain);
            m_builder.explain(QStringLiteral("domain"), o.value(QStringLiteral("domain")).line,
                              QStringLiteral("\"%1\" is the host %2 in the zone %3").arg(domain, draft.hosts.first(), draft.domain));
        } else if (mapping->hosts == QLatin1String("username.domain")) {
            // Namecheap's script: the host in "username", its domain in "domain" ("@" the domain itself).
            const SourceValue user = o.value(QStringLiteral("username"));
            const QString host = user.value.trimmed();
            draft.domain = domain;
            draft.hosts = {host.isEmpty() || host == QLatin1String("@") ? domain : host + QLatin1Char('.') + domain};
            m_builder.explain(QStringLiteral("username"), user.line ? user.line : section.line,
                              QStringLiteral("\"%1\" is the host %2 in the domain %3").arg(host, draft.hosts.first(), domain));
        } else {
            draft.hosts = domain.split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        if (!m_builder.available(*mapping, mapping->provider, draft.origin, draft.line, draft.hosts))
            return;
        draft.provider = mapping->provider;
        used += m_builder.applyMapping(draft, *mapping, o, QStringLiteral("username"), QStringLiteral("password"));
        // ddns-scripts sends plain HTTP unless use_https is '1' (its Cloudflare script forces HTTPS).
        const SourceValue https = o.value(QStringLiteral("use_https"));
        if (!isOn(https) && mapping->provider != QLatin1String("cloudflare"))
            m_builder.explain(QStringLiteral("use_https"), https.line ? https.line : section.line,
                              QStringLiteral("%1 plain HTTP: qddns sends updates over HTTPS with certificate "
                                             "verification").arg(https.line ? QStringLiteral("refused")
                                                                            : QStringLiteral("not set, which means")));
    } else if (!updateUrl.value.isEmpty()) {
        draft.origin = QStringLiteral("update_url");
        draft.line = updateUrl.line;
        draft.hosts = domain.split(QLatin1Char(','), Qt::SkipEmptyParts);
        draft.username = o.value(QStringLiteral("username")).value;
        draft.usernameOption = QStringLiteral("username");
        draft.secret = o.value(QStringLiteral("password"));
        draft.secretOption = QStringLiteral("password");
        m_builder.registerSecret(draft.secret.value);
        // [PARAMENC] and [PARAMOPT] are fixed per section: written into the URL as ddns-scripts does.
        QString url = updateUrl.value;
        for (const auto &param : {std::pair<QString, QString>{QStringLiteral("param_enc"), QStringLiteral("[PARAMENC]")},
                                  {QStringLiteral("param_opt"), QStringLiteral("[PARAMOPT]")}}) {
            const SourceValue v = o.value(param.first);
            if (!o.contains(param.first))
                continue;
            used.insert(param.first);
            if (!url.contains(param.second)) {
                m_builder.explain(param.first, v.line, QStringLiteral("not needed: the update URL does not use %1").arg(param.second));
                continue;
            }
            const QString text = param.first == QLatin1String("param_enc")
                ? QString::fromLatin1(QUrl::toPercentEncoding(v.value)) : v.value;
            url.replace(param.second, text);
            m_builder.explain(param.first, v.line, QStringLiteral("written into the update URL in place of %1").arg(param.second));
        }
        CustomUrl spec;
        spec.url = url;
        spec.option = QStringLiteral("update_url");
        spec.line = updateUrl.line;
        if (!importCustomUrl(m_builder, draft, spec))
            return;
        used.insert(QStringLiteral("use_https"));
    } else if (o.contains(QLatin1String("update_script"))) {
        m_builder.note(QStringLiteral("update_script"), o.value(QStringLiteral("update_script")).line,
                       QStringLiteral("qddns runs no update script: %1 not imported").arg(label));
        return;
    } else {
        m_builder.note(QStringLiteral("config"), section.line,
                       QStringLiteral("%1 has neither service_name nor update_url: not imported").arg(label));
        return;
    }

    detection(draft, section, used);

    const auto interval = [&](const QString &key, const QString &unitKey, const QString &fallbackUnit, bool force) {
        used.insert(key);
        used.insert(unitKey);
        if (!o.contains(key))
            return;
        const SourceValue v = o.value(key);
        const auto d = uciInterval(v, o.value(unitKey), fallbackUnit);
        if (!d)
            m_builder.note(key, v.line, QStringLiteral("\"%1\" is not a number").arg(v.value));
        else if (force && d->count() == 0)
            m_builder.note(key, v.line, QStringLiteral("0 runs ddns-scripts once: run `qddns-agent once` from cron instead"));
        else if (force)
            m_builder.setForceInterval(*d, key, v.line);
        else
            m_builder.setInterval(*d, key, v.line);
    };
    interval(QStringLiteral("check_interval"), QStringLiteral("check_unit"), QStringLiteral("minutes"), false);
    interval(QStringLiteral("force_interval"), QStringLiteral("force_unit"), QStringLiteral("hours"), true);

    for (auto it = o.cbegin(); it != o.cend(); ++it) {
        const QString &key = it.key();
        const SourceValue &v = it.value();
        if (used.contains(key))
            continue;
        if (key == QLatin1String("use_https")) {
            continue; // said above
        } else if (key == QLatin1String("cacert")) {
            if (v.value == QLatin1String("IGNORE"))
                m_builder.explain(key, v.line, QStringLiteral("refused: qddns always verifies certificates"));
            else if (v.value.endsWith(QLatin1String(".pem")) || v.value.endsWith(QLatin1String(".crt")))
                m_builder.setCaFile(v.value, key, v.line);
            else
                m_builder.explain(key, v.line, QStringLiteral("not needed: qddns trusts the system's CA certificates"));
        } else if (key == QLatin1String("interface")) {
            m_builder.explain(key, v.line, QStringLiteral("not needed: qddns notices network changes by itself"));
        } else if (key == QLatin1String("use_syslog") || key == QLatin1String("use_logfile")) {
            m_builder.explain(key, v.line, QStringLiteral("not needed: qddns logs to standard error, which systemd's journal "
                                                          "records with levels"));
        } else if (key.startsWith(QLatin1String("retry_"))) {
            m_builder.explain(key, v.line, QStringLiteral("not needed: after a failure qddns waits 1 minute, doubling up to "
                                                          "6 hours, and never gives up"));
        } else if (key == QLatin1String("force_ipversion") || key == QLatin1String("force_dnstcp")
                   || key == QLatin1String("use_api_check") || key == QLatin1String("check_interval_min")) {
            m_builder.explain(key, v.line, QStringLiteral("not needed: qddns detects and publishes each family on its own"));
        } else if (key == QLatin1String("dns_server")) {
            m_builder.note(key, v.line, QStringLiteral("qddns does not look the record up in DNS, so it needs no DNS server"));
        } else if (key == QLatin1String("proxy")) {
            m_builder.note(key, v.line, QStringLiteral("qddns does not use an HTTP proxy for updates"));
        } else if (key == QLatin1String("param_enc") || key == QLatin1String("param_opt")) {
            m_builder.note(key, v.line, QStringLiteral("qddns's %1 provider takes no extra parameter").arg(draft.provider));
        } else if (key == QLatin1String("bind_network")) {
            m_builder.note(key, v.line, QStringLiteral("qddns sends through the system's default route"));
        } else if (key == QLatin1String("user_agent")) {
            m_builder.note(key, v.line, QStringLiteral("qddns always sends its own User-Agent"));
        } else if (key == QLatin1String("is_glue")) {
            m_builder.note(key, v.line, QStringLiteral("qddns does not update glue records"));
        } else {
            m_builder.note(key, v.line, QStringLiteral("not a ddns-scripts setting qddns knows"));
        }
    }
    m_builder.addProfile(draft);
}

void OpenWrtImporter::detection(ProfileDraft &draft, const Section &section, QSet<QString> &used)
{
    const SourceValues &o = section.options;
    for (const char *key : {"ip_source", "ip_network", "ip_url", "ip_interface", "ip_script"})
        used.insert(QLatin1String(key));
    QList<DetectorDraft> &into = draft.ipv6 ? draft.detectors6 : draft.detectors4;
    const SourceValue source = o.value(QStringLiteral("ip_source"), {QStringLiteral("network"), section.line});
    const int line = o.value(QStringLiteral("ip_source")).line ? source.line : section.line;
    if (source.value == QLatin1String("web")) {
        const SourceValue page = o.value(QStringLiteral("ip_url"));
        const QString url = page.value.isEmpty() ? (draft.ipv6 ? QStringLiteral("http://checkipv6.dyndns.com")
                                                               : QStringLiteral("http://checkip.dyndns.com"))
                                                 : page.value;
        if (const auto https = webDetectorUrl(url)) {
            DetectorDraft d;
            d.url = https->first;
            into.append(d);
            if (https->second)
                m_builder.explain(QStringLiteral("ip_url"), page.line ? page.line : line,
                                  QStringLiteral("refused plain http://: the address page is asked over HTTPS"));
        } else {
            m_builder.explain(page.value.isEmpty() ? QStringLiteral("ip_source") : QStringLiteral("ip_url"),
                              page.line ? page.line : line,
                              QStringLiteral("%1 answers with more than the address, which qddns does not read: its "
                                             "default echo services are used").arg(url));
        }
    } else if (source.value == QLatin1String("interface")) {
        DetectorDraft d;
        d.type = DetectorDraft::Type::Interface;
        d.interfaceName = o.value(QStringLiteral("ip_interface"), {QStringLiteral("eth1"), line}).value;
        into.append(d);
    } else if (source.value == QLatin1String("script")) {
        const SourceValue script = o.value(QStringLiteral("ip_script"));
        if (script.value.isEmpty()) {
            m_builder.note(QStringLiteral("ip_source"), line, QStringLiteral("ip_source 'script' without ip_script: "
                                                                             "qddns's default echo services are used"));
            return;
        }
        DetectorDraft d;
        d.type = DetectorDraft::Type::Command;
        d.argv = commandArgv(script.value);
        into.append(d);
        m_builder.explain(QStringLiteral("ip_script"), script.line, commandExplanation(d.argv));
    } else {
        const SourceValue network = o.value(QStringLiteral("ip_network"));
        const QString name = network.value.isEmpty() ? (draft.ipv6 ? QStringLiteral("wan6") : QStringLiteral("wan"))
                                                     : network.value;
        m_builder.explain(network.line ? QStringLiteral("ip_network") : QStringLiteral("ip_source"),
                          network.line ? network.line : line,
                          QStringLiteral("the address of the router's network \"%1\": qddns uses its default echo "
                                         "services (on the router itself, an interface detector can name the WAN "
                                         "device)").arg(name));
    }
}

} // namespace Qddns
