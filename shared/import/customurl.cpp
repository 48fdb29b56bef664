#include "import/customurl.h"

#include <QRegularExpression>
#include <QUrl>

namespace Qddns {

namespace {

const QString kDyndns2Path = QStringLiteral("/nic/update");

// Placeholders keep their brackets, which QUrl would reject or encode: split by hand.
struct UrlParts
{
    QString scheme;
    QString userinfo;
    QString hostPort;
    QString host;
    QString path;
    QString query;

    QString join() const
    {
        return scheme + QLatin1String("://") + hostPort + path + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
    }
};

UrlParts splitUrl(const QString &text)
{
    UrlParts parts;
    QString rest = text.trimmed();
    if (const qsizetype sep = rest.indexOf(QLatin1String("://")); sep > 0) {
        parts.scheme = rest.left(sep).toLower();
        rest = rest.mid(sep + 3);
    }
    qsizetype end = rest.size();
    for (QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = rest.indexOf(stop);
        if (at >= 0 && at < end)
            end = at;
    }
    QString authority = rest.left(end);
    rest = rest.mid(end);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        parts.userinfo = authority.left(at);
        authority = authority.mid(at + 1);
    }
    parts.hostPort = authority;
    parts.host = authority.startsWith(QLatin1Char('[')) ? authority.section(QLatin1Char(']'), 0, 0).mid(1)
                                                        : authority.section(QLatin1Char(':'), 0, 0);
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
        rest.truncate(hash);
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    parts.path = q >= 0 ? rest.left(q) : rest;
    parts.query = q >= 0 ? rest.mid(q + 1) : QString();
    return parts;
}

bool isSecretName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(pass(word|wd)?|pwd|pw|auth|hash|[a-z0-9_-]*(key|secret|token))$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

bool isPlaceholder(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^\\[[A-Za-z0-9_]+\\]$"));
    return re.match(value).hasMatch();
}

// http:// is never used for a request that carries credentials: say so where the URL was given.
void upgradeScheme(ProfileBuilder &builder, UrlParts &parts, const QString &option, int line)
{
    if (parts.scheme == QLatin1String("https"))
        return;
    if (parts.scheme == QLatin1String("http"))
        builder.explain(option, line, QStringLiteral("refused plain http:// for %1: qddns sends updates over HTTPS "
                                                     "with certificate verification").arg(parts.host));
    parts.scheme = QStringLiteral("https");
}

} // namespace

bool isServerUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && !parsed.host().isEmpty();
}

bool importDyndns2Server(ProfileBuilder &builder, ProfileDraft &draft, const ServiceMapping &mapping,
                         const SourceValue &server, const SourceValue &script)
{
    const bool given = !server.value.trimmed().isEmpty();
    UrlParts parts = splitUrl(given ? server.value : mapping.defaultServer);
    const int line = given ? server.line : draft.line;
    if (parts.host.isEmpty()) {
        builder.note(QStringLiteral("server"), line, QStringLiteral("\"%1\" is not a server name: %2 not imported")
                                                         .arg(server.value, draft.hosts.join(QLatin1String(", "))));
        return false;
    }
    const QString preset = builder.map().providerForServer(parts.host);
    if (!preset.isEmpty() && builder.catalog().has(preset)) {
        draft.provider = preset;
        if (given)
            builder.explain(QStringLiteral("server"), line, QStringLiteral("%1 is the server of qddns's \"%2\" "
                                                                           "provider").arg(parts.host, preset));
        if (!script.value.isEmpty())
            builder.explain(QStringLiteral("script"), script.line,
                            QStringLiteral("not needed: the \"%1\" provider knows its own path").arg(preset));
        return true;
    }
    if (!builder.available(mapping, mapping.provider, draft.origin, draft.line, draft.hosts))
        return false;
    draft.provider = mapping.provider;
    if (!preset.isEmpty())
        builder.explain(QStringLiteral("server"), line, QStringLiteral("qddns has no %1 provider yet: imported as "
                                                                       "the generic DynDNS2 provider with that server")
                                                            .arg(builder.map().plannedName(preset)));
    // qddns appends /nic/update to the server: a script ending in it becomes the server's path.
    QString prefix;
    if (!script.value.isEmpty()) {
        QString path = script.value.trimmed();
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        if (!path.endsWith(kDyndns2Path)) {
            builder.note(QStringLiteral("script"), script.line,
                         QStringLiteral("qddns's DynDNS2 provider sends updates to %1 below the server, not to \"%2\": "
                                        "%3 not imported").arg(kDyndns2Path, path, draft.hosts.join(QLatin1String(", "))));
            return false;
        }
        prefix = path.chopped(kDyndns2Path.size());
        if (!prefix.isEmpty())
            builder.explain(QStringLiteral("script"), script.line,
                            QStringLiteral("qddns appends %1 to the server: \"%2\" becomes the server's path")
                                .arg(kDyndns2Path, prefix));
    }
    upgradeScheme(builder, parts, QStringLiteral("server"), line);
    if (!given)
        parts.path.clear();
    const QString serverUrl = parts.scheme + QLatin1String("://") + parts.hostPort
        + (parts.path == QLatin1String("/") ? QString() : parts.path) + prefix;
    if (!isServerUrl(serverUrl)) {
        builder.note(QStringLiteral("server"), line, QStringLiteral("\"%1\" is not a server name: %2 not imported")
                                                         .arg(server.value, draft.hosts.join(QLatin1String(", "))));
        return false;
    }
    draft.fields.insert(QStringLiteral("server"), serverUrl);
    return true;
}

bool importCustomUrl(ProfileBuilder &builder, ProfileDraft &draft, const CustomUrl &spec)
{
    const QString hosts = draft.hosts.join(QLatin1String(", "));
    UrlParts parts = splitUrl(spec.url);
    if (parts.host.isEmpty()) {
        builder.note(spec.option, spec.line, QStringLiteral("the update URL has no server name: %1 not imported").arg(hosts));
        return false;
    }

    // A password written into the query: it goes to the secret store, the URL keeps [PASSWORD].
    QStringList items = parts.query.split(QLatin1Char('&'));
    for (QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString name = item.left(eq);
        const QString value = item.mid(eq + 1);
        if (value.isEmpty() || isPlaceholder(value) || !isSecretName(name))
            continue;
        builder.registerSecret(value);
        if (draft.secret.value.isEmpty()) {
            draft.secret = {value, spec.line};
            draft.secretOption = spec.option;
            builder.explain(spec.option, spec.line, QStringLiteral("the value of \"%1\" in the update URL is a secret: "
                                                                   "it goes to the secret store, the URL says "
                                                                   "[PASSWORD]").arg(name));
        } else if (draft.secret.value != value) {
            builder.note(spec.option, spec.line, QStringLiteral("the update URL holds a second secret in \"%1\", and "
                                                                "qddns keeps one per profile: %2 not imported")
                                                     .arg(name, hosts));
            return false;
        }
        item = name + QLatin1String("=[PASSWORD]");
    }
    parts.query = items.join(QLatin1Char('&'));

    const QString preset = builder.map().providerForServer(parts.host);
    if (!preset.isEmpty() && preset != QLatin1String("custom") && builder.catalog().has(preset)) {
        draft.provider = preset;
        builder.explain(spec.option, spec.line, QStringLiteral("the update URL is %1's, which qddns has as the \"%2\" "
                                                               "provider").arg(parts.host, preset));
        return true;
    }
    const bool hasBasic = !parts.userinfo.isEmpty() || (spec.basicAuth && !draft.secret.value.isEmpty());
    const QString fullPath = parts.path + (parts.query.isEmpty() ? QString() : QLatin1Char('?') + parts.query);
    if (parts.path.endsWith(kDyndns2Path) && hasBasic && builder.catalog().has(QStringLiteral("dyndns2"))) {
        // DynDNS2 with Basic credentials: exactly the generic provider's request.
        draft.provider = QStringLiteral("dyndns2");
        upgradeScheme(builder, parts, spec.option, spec.line);
        const QString serverUrl = parts.scheme + QLatin1String("://") + parts.hostPort
            + parts.path.chopped(kDyndns2Path.size());
        if (!isServerUrl(serverUrl)) {
            builder.note(spec.option, spec.line, QStringLiteral("the update URL has no valid server name: %1 not imported").arg(hosts));
            return false;
        }
        draft.fields.insert(QStringLiteral("server"), serverUrl);
        builder.explain(spec.option, spec.line, QStringLiteral("a DynDNS2 update URL (%1): imported as the generic "
                                                               "DynDNS2 provider with its server").arg(kDyndns2Path));
        return true;
    }
    if (!builder.catalog().has(QStringLiteral("custom"))) {
        builder.note(spec.option, spec.line, QStringLiteral("qddns has no custom URL provider: %1 not imported").arg(hosts));
        return false;
    }
    if (hasBasic && !fullPath.contains(QLatin1String("[PASSWORD]"))) {
        builder.note(spec.option, spec.line,
                     QStringLiteral("the service takes its credentials as HTTP Basic authentication, which qddns's "
                                    "custom provider does not send (it puts [USERNAME] and [PASSWORD] into the URL): "
                                    "%1 not imported").arg(hosts));
        return false;
    }
    static const QRegularExpression placeholder(QStringLiteral("\\[([A-Za-z0-9_]+)\\]"));
    auto it = placeholder.globalMatch(fullPath);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!QStringList{QStringLiteral("USERNAME"), QStringLiteral("PASSWORD"), QStringLiteral("DOMAIN"),
                         QStringLiteral("IP"), QStringLiteral("IP6")}.contains(name)) {
            builder.note(spec.option, spec.line, QStringLiteral("the update URL has a placeholder [%1] qddns does not "
                                                                "fill: %2 not imported").arg(name, hosts));
            return false;
        }
    }
    if (!fullPath.contains(QLatin1String("[IP]")) && !fullPath.contains(QLatin1String("[IP6]"))) {
        builder.note(spec.option, spec.line, QStringLiteral("the update URL does not carry the address ([IP]): %1 not "
                                                            "imported").arg(hosts));
        return false;
    }
    upgradeScheme(builder, parts, spec.option, spec.line);
    // As the custom provider checks it: a strict URL with a host once the placeholders hold values.
    if (!isServerUrl(parts.join().replace(placeholder, QStringLiteral("x")))) {
        builder.note(spec.option, spec.line, QStringLiteral("the update URL is not a valid URL once its placeholders are "
                                                            "filled in: %1 not imported").arg(hosts));
        return false;
    }
    draft.provider = QStringLiteral("custom");
    draft.fields.insert(QStringLiteral("url"), parts.join());
    if (!spec.successPattern.isEmpty())
        draft.fields.insert(QStringLiteral("successPattern"), spec.successPattern);
    if (!fullPath.contains(QLatin1String("[PASSWORD]")) && !draft.secret.value.isEmpty()) {
        builder.explain(draft.secretOption, draft.secret.line, QStringLiteral("not imported: the update URL does not "
                                                                              "use the password"));
        draft.secret = {};
    }
    if (!fullPath.contains(QLatin1String("[USERNAME]")))
        draft.username.clear();
    return true;
}

} // namespace Qddns
