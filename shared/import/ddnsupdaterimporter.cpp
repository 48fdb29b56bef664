#include "import/ddnsupdaterimporter.h"

#include "core/addressrules.h"
#include "import/customurl.h"
#include "import/importhelpers.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

namespace Qddns {

// ddns-updater's "ipv6_suffix": "0:0:0:0:72ad:8fbb:a54e:bedd/64": the host keeps the detected
// prefix and this interface identifier, which is qddns's host {"ipv6Suffix", "prefixLength"}.
void DdnsUpdaterImporter::mapSuffix(ProfileDraft &draft, const SourceValue &value, const QString &key)
{
    const QString text = value.value.section(QLatin1Char('/'), 0, 0).trimmed();
    bool lengthOk = true;
    const int length = value.value.contains(QLatin1Char('/')) ? value.value.section(QLatin1Char('/'), 1).toInt(&lengthOk) : 64;
    const QHostAddress suffix(text);
    if (suffix.protocol() != QAbstractSocket::IPv6Protocol || !lengthOk || length < 8 || length > 120
        || !fitsAfterPrefix(suffix, length)) {
        m_builder.note(key, value.line, QStringLiteral("\"%1\" is not an IPv6 suffix after a prefix of 8 to 120 bits").arg(value.value));
        return;
    }
    QJsonObject host{{QStringLiteral("ipv6Suffix"), suffix.toString()}};
    if (length != 64)
        host.insert(QStringLiteral("prefixLength"), length);
    for (const QString &h : std::as_const(draft.hosts))
        draft.hostSuffixes.insert(h, host);
    m_builder.explain(key, value.line, QStringLiteral("each host publishes the detected IPv6 prefix with %1 (\"ipv6Suffix\")")
                                           .arg(suffix.toString()));
}

QHash<QString, int> DdnsUpdaterImporter::jsonLines(const QByteArray &json)
{
    struct Frame
    {
        bool array = false;
        int index = 0;
        QString path;
        bool expectKey = false;
        QString key;
        bool recorded = false; ///< the current array element's line is known
    };
    QHash<QString, int> lines;
    QList<Frame> stack;
    const auto childPath = [&](const Frame &f) -> QString {
        if (f.array)
            return f.path + QLatin1Char('[') + QString::number(f.index) + QLatin1Char(']');
        return f.path.isEmpty() ? f.key : f.path + QLatin1Char('.') + f.key;
    };
    int line = 1;
    const QString text = QString::fromUtf8(json);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            continue;
        }
        if (c.isSpace() || c == QLatin1Char(':'))
            continue;
        if (c == QLatin1Char('"')) {
            const int start = line;
            QString s;
            for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i) {
                if (text.at(i) == QLatin1Char('\\'))
                    ++i;
                else if (text.at(i) == QLatin1Char('\n'))
                    ++line;
                if (i < text.size())
                    s += text.at(i);
            }
            if (!stack.isEmpty() && !stack.last().array && stack.last().expectKey) {
                stack.last().key = s;
                stack.last().expectKey = false;
                lines.insert(childPath(stack.last()), start);
            } else if (!stack.isEmpty() && stack.last().array && !stack.last().recorded) {
                lines.insert(childPath(stack.last()), start);
                stack.last().recorded = true;
            }
            continue;
        }
        if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            Frame f;
            f.array = c == QLatin1Char('[');
            f.expectKey = !f.array;
            if (!stack.isEmpty()) {
                f.path = childPath(stack.last());
                if (stack.last().array && !stack.last().recorded) {
                    lines.insert(f.path, line);
                    stack.last().recorded = true;
                }
            }
            stack.append(f);
            continue;
        }
        if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        if (c == QLatin1Char(',')) {
            if (!stack.isEmpty() && stack.last().array) {
                ++stack.last().index;
                stack.last().recorded = false;
            } else if (!stack.isEmpty()) {
                stack.last().expectKey = true;
            }
            continue;
        }
        // The first character of a number, true, false or null.
        if (!stack.isEmpty() && stack.last().array && !stack.last().recorded) {
            lines.insert(childPath(stack.last()), line);
            stack.last().recorded = true;
        }
    }
    return lines;
}

void DdnsUpdaterImporter::run(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(data.left(error.offset).count('\n')) + 1;
        m_builder.fail(line, QStringLiteral("expected valid JSON (%1), as ddns-updater's config.json is").arg(error.errorString()));
        return;
    }
    m_lines = jsonLines(data);
    const QJsonValue settings = doc.object().value(QLatin1String("settings"));
    if (!doc.isObject() || !settings.isArray()) {
        m_builder.fail(doc.isObject() && m_lines.contains(QStringLiteral("settings")) ? lineOf(QStringLiteral("settings")) : 1,
                       QStringLiteral("expected an object with a \"settings\" list: {\"settings\": [{\"provider\": …, "
                                      "\"domain\": …}]}"));
        return;
    }
    const QJsonArray list = settings.toArray();
    if (list.isEmpty()) {
        m_builder.fail(lineOf(QStringLiteral("settings")), QStringLiteral("expected at least one entry in \"settings\""));
        return;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("settings[%1]").arg(i);
        if (!list.at(i).isObject()) {
            m_builder.fail(lineOf(path), QStringLiteral("expected an object with \"provider\" and \"domain\" as %1").arg(path));
            return;
        }
    }
    for (const QString &key : doc.object().keys()) {
        if (key != QLatin1String("settings"))
            m_builder.note(key, lineOf(key), QStringLiteral("not part of ddns-updater's settings"));
    }
    for (qsizetype i = 0; i < list.size(); ++i)
        importSetting(list.at(i).toObject(), QStringLiteral("settings[%1]").arg(i));
}

void DdnsUpdaterImporter::importSetting(const QJsonObject &setting, const QString &path)
{
    SourceValues values;
    for (auto it = setting.begin(); it != setting.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isString() ? v.toString()
                           : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                           : v.isDouble() ? QString::number(v.toDouble())
                                          : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
        values.insert(it.key(), {text, lineOf(path + QLatin1Char('.') + it.key())});
    }
    const int line = lineOf(path);
    const QString provider = values.value(QStringLiteral("provider")).value.trimmed();
    QSet<QString> used{QStringLiteral("provider"), QStringLiteral("domain"), QStringLiteral("host"),
                       QStringLiteral("owner"), QStringLiteral("ip_version")};

    ProfileDraft draft;
    draft.origin = QStringLiteral("provider");
    draft.serviceName = provider;
    draft.line = values.value(QStringLiteral("provider")).line ? values.value(QStringLiteral("provider")).line : line;
    const QString domain = values.value(QStringLiteral("domain")).value.trimmed();
    const SourceValue owner = values.contains(QLatin1String("owner")) ? values.value(QStringLiteral("owner"))
                                                                      : values.value(QStringLiteral("host"));
    if (!owner.value.trimmed().isEmpty()) {
        // The older form: one registered domain and its owners ("@" is the domain itself).
        draft.domain = domain;
        for (const QString &raw : owner.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString o = raw.trimmed();
            draft.hosts.append(o == QLatin1String("@") ? domain : o + QLatin1Char('.') + domain);
        }
        m_builder.explain(values.contains(QLatin1String("owner")) ? QStringLiteral("owner") : QStringLiteral("host"),
                          owner.line, QStringLiteral("the hosts are %1").arg(quotedList(draft.hosts)));
    } else {
        for (const QString &raw : domain.split(QLatin1Char(','), Qt::SkipEmptyParts))
            draft.hosts.append(raw.trimmed());
    }
    if (provider.isEmpty()) {
        m_builder.note(path, line, QStringLiteral("has no \"provider\": %1 not imported").arg(quotedList(draft.hosts)));
        return;
    }

    const SourceValue ipVersion = values.value(QStringLiteral("ip_version"));
    const QString version = ipVersion.value.trimmed().toLower();
    if (version == QLatin1String("ipv6")) {
        draft.ipv4 = false;
        draft.ipv6 = true;
    } else if (version == QLatin1String("ipv4")) {
        draft.ipv4 = true;
    } else if (version.isEmpty() || version == QLatin1String("ipv4 or ipv6")) {
        m_builder.explain(QStringLiteral("ip_version"), ipVersion.line ? ipVersion.line : line,
                          QStringLiteral("\"ipv4 or ipv6\" updates whichever address ddns-updater finds; qddns publishes "
                                         "the A record (add \"ipv6\": true for AAAA)"));
    } else {
        m_builder.note(QStringLiteral("ip_version"), ipVersion.line,
                       QStringLiteral("\"%1\" is not ipv4, ipv6 or \"ipv4 or ipv6\": %2 not imported")
                           .arg(ipVersion.value, quotedList(draft.hosts)));
        return;
    }

    if (provider == QLatin1String("custom")) {
        used += {QStringLiteral("url"), QStringLiteral("ipv4key"), QStringLiteral("ipv6key"), QStringLiteral("success_regex")};
        const SourceValue url = values.value(QStringLiteral("url"));
        const QString keyName = draft.ipv6 ? QStringLiteral("ipv6key") : QStringLiteral("ipv4key");
        const QString key = values.value(keyName).value.trimmed();
        if (url.value.isEmpty() || key.isEmpty()) {
            m_builder.note(url.value.isEmpty() ? QStringLiteral("url") : keyName, url.value.isEmpty() ? line : values.value(keyName).line,
                           QStringLiteral("the update URL would carry no address: %1 not imported").arg(quotedList(draft.hosts)));
            return;
        }
        CustomUrl spec;
        // ddns-updater adds the address as one more query parameter.
        spec.url = url.value + (url.value.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + key
            + QLatin1String("=[IP]");
        spec.option = QStringLiteral("url");
        spec.line = url.line;
        spec.successPattern = values.value(QStringLiteral("success_regex")).value;
        m_builder.explain(keyName, values.value(keyName).line, QStringLiteral("the address goes in the URL's \"%1\" "
                                                                              "parameter ([IP])").arg(key));
        if (!importCustomUrl(m_builder, draft, spec))
            return;
    } else {
        const auto mapping = m_builder.map().ddnsUpdater(provider);
        if (!mapping) {
            m_builder.note(QStringLiteral("provider"), draft.line, QStringLiteral("qddns has no provider for \"%1\" yet: "
                                                                                   "%2 not imported")
                                                                       .arg(provider, quotedList(draft.hosts)));
            return;
        }
        if (!m_builder.available(*mapping, mapping->provider, QStringLiteral("provider"), draft.line, draft.hosts))
            return;
        draft.provider = mapping->provider;
        used += m_builder.applyMapping(draft, *mapping, values, QStringLiteral("username"), QStringLiteral("password"));
    }

    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (used.contains(it.key()))
            continue;
        const SourceValue &v = it.value();
        if (it.key() == QLatin1String("ipv6_suffix")) {
            if (!v.value.isEmpty())
                mapSuffix(draft, v, it.key());
        } else if (it.key() == QLatin1String("provider_ip")) {
            m_builder.explain(it.key(), v.line, QStringLiteral("not needed: ddns-updater ignores it too"));
        } else if (it.key() == QLatin1String("ttl") || it.key() == QLatin1String("proxied")) {
            m_builder.note(it.key(), v.line, QStringLiteral("qddns's %1 provider has no \"%2\" setting").arg(draft.provider, it.key()));
        } else {
            m_builder.note(it.key(), v.line, QStringLiteral("no qddns equivalent for %1's \"%2\"").arg(provider, it.key()));
        }
    }
    m_builder.addProfile(draft);
}

} // namespace Qddns
