#include "settings/profileeditormodel.h"

#include <QRegularExpression>

#include <algorithm>

namespace Qddns::Gui {

namespace {
const QLatin1String kName("name");
const QLatin1String kProvider("provider");
const QLatin1String kHosts("hosts");
const QLatin1String kUsername("username");
const QLatin1String kSecret("secret");
const QLatin1String kServer("server");
const QLatin1String kTtl("ttl");

// Profile keys every provider takes (the README's "Profile keys"); anything else is an option.
bool isGenericKey(const QString &key)
{
    static const QStringList keys{QStringLiteral("name"), QStringLiteral("provider"), QStringLiteral("hosts"),
                                  QStringLiteral("ipv4"), QStringLiteral("ipv6"), QStringLiteral("server"),
                                  QStringLiteral("username"), QStringLiteral("secret"), QStringLiteral("ttl"),
                                  QStringLiteral("allowInsecureHttp")};
    return keys.contains(key);
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}
} // namespace

ProfileEditorModel::ProfileEditorModel(QObject *parent) : QObject(parent) {}

void ProfileEditorModel::setCatalog(const ProviderCatalog &catalog)
{
    m_catalog = catalog;
    Q_EMIT fieldsChanged();
}

void ProfileEditorModel::setProfile(const QJsonObject &profile, qsizetype index)
{
    m_profile = profile;
    m_index = index;
    m_fieldErrors.clear();
    m_general.clear();
    m_unplaced.clear();
    m_touched.clear();
    m_allTouched = false;
    Q_EMIT fieldsChanged();
    Q_EMIT errorsChanged();
}

QString ProfileEditorModel::name() const
{
    return m_profile.value(kName).toString();
}

void ProfileEditorModel::setName(const QString &name)
{
    setValue(kName, name.trimmed());
}

QString ProfileEditorModel::providerId() const
{
    return m_profile.value(kProvider).toString();
}

const ProviderEntry *ProfileEditorModel::provider() const
{
    return m_catalog.find(providerId());
}

void ProfileEditorModel::setProvider(const QString &id)
{
    if (id == providerId())
        return;
    const ProviderEntry *next = m_catalog.find(id);
    m_profile.insert(kProvider, id);
    // Keys that belonged to the previous provider would be "unknown key" errors for the next one.
    const QStringList keys = m_profile.keys();
    for (const QString &key : keys) {
        if (!isGenericKey(key) && !(next && next->hasOption(key)))
            m_profile.remove(key);
    }
    m_profile.remove(kServer); // a server belongs to its provider; the new one's default shows as placeholder
    if (next) {
        if (next->username == Requirement::Unused)
            m_profile.remove(kUsername);
        if (next->secret == Requirement::Unused)
            m_profile.remove(kSecret);
        if (!next->ttl)
            m_profile.remove(kTtl);
        if (!next->ipv6)
            m_profile.remove(QStringLiteral("ipv6"));
        if (!next->ipv4) {
            m_profile.insert(QStringLiteral("ipv4"), false);
            m_profile.insert(QStringLiteral("ipv6"), true);
        }
    }
    m_touched.insert(kProvider);
    m_fieldErrors.clear();
    m_general.clear();
    m_unplaced.clear();
    Q_EMIT fieldsChanged();
    Q_EMIT errorsChanged();
    Q_EMIT edited();
}

QList<FieldSpec> ProfileEditorModel::fields() const
{
    const ProviderEntry *p = provider();
    if (!p)
        return {};
    QList<FieldSpec> list;

    // The provider's own words and example where it has them (an older agent may not).
    FieldSpec hosts;
    hosts.key = kHosts;
    hosts.editor = FieldSpec::Editor::HostList;
    hosts.label = tr("Host names");
    hosts.required = true;
    hosts.help = p->hostHelp.isEmpty() ? tr("The names to keep current, separated by commas.")
                                       : tr("%1. Several are separated by commas.").arg(p->hostHelp);
    hosts.placeholder = tr("e.g. %1").arg(p->hostExample.isEmpty() ? QStringLiteral("myhome.example.org") : p->hostExample);
    list.append(hosts);

    if (p->username != Requirement::Unused) {
        FieldSpec f;
        f.key = kUsername;
        f.label = usernameLabel(*p);
        f.required = p->username == Requirement::Required;
        f.help = p->usernameHelp;
        list.append(f);
    }
    if (p->secret != Requirement::Unused) {
        FieldSpec f;
        f.key = kSecret;
        f.editor = FieldSpec::Editor::Secret;
        f.label = secretLabel(*p);
        f.required = p->secret == Requirement::Required;
        f.help = p->secretHelp;
        list.append(f);
    }

    FieldSpec server;
    server.key = kServer;
    server.kind = QStringLiteral("url");
    server.label = tr("Server");
    server.required = p->server.isEmpty();
    server.placeholder = p->server;
    server.help = p->server.isEmpty() ? tr("The base address of the update service (https://...).")
                                      : tr("Leave empty to use %1.").arg(p->server);
    list.append(server);

    for (const ProviderOptionInfo &o : p->options) {
        FieldSpec f;
        f.key = o.key;
        f.kind = o.kind;
        f.isOption = true;
        f.label = o.label.isEmpty() ? labelForKey(o.key) : o.label;
        f.required = o.required;
        f.help = o.help;
        f.defaultValue = o.defaultValue;
        if (o.kind == QLatin1String("boolean")) {
            f.editor = FieldSpec::Editor::CheckBox;
            f.tristate = o.defaultValue.isUndefined() || o.defaultValue.isNull();
        } else if (o.kind == QLatin1String("integer")) {
            f.editor = FieldSpec::Editor::SpinBox;
        } else {
            f.editor = FieldSpec::Editor::LineEdit;
            if (o.defaultValue.isString())
                f.placeholder = o.defaultValue.toString();
        }
        list.append(f);
    }
    return list;
}

bool ProfileEditorModel::hasField(const QString &key) const
{
    const QList<FieldSpec> list = fields();
    return std::any_of(list.begin(), list.end(), [&key](const FieldSpec &f) { return f.key == key; });
}

void ProfileEditorModel::setValue(const QString &key, const QJsonValue &value)
{
    if (key == kProvider) {
        setProvider(value.toString());
        return;
    }
    const QJsonValue before = m_profile.value(key);
    if (isEmptyValue(value))
        m_profile.remove(key);
    else
        m_profile.insert(key, value);
    m_touched.insert(key);
    if (before != m_profile.value(key))
        Q_EMIT edited();
}

QString ProfileEditorModel::hostsText() const
{
    QStringList hosts;
    const QJsonArray array = m_profile.value(kHosts).toArray();
    for (const QJsonValue &h : array)
        hosts.append(h.toString());
    return hosts.join(QStringLiteral(", "));
}

QStringList ProfileEditorModel::splitHosts(const QString &text)
{
    // Commas and line breaks only: a space inside a name is the user's mistake, and the agent's
    // message about it ("contains ' '") is clearer than a silently split name.
    static const QRegularExpression separators(QStringLiteral("[,\\n;]"));
    QStringList hosts;
    const QStringList parts = text.split(separators);
    for (const QString &part : parts) {
        const QString host = part.trimmed();
        if (!host.isEmpty())
            hosts.append(host);
    }
    return hosts;
}

void ProfileEditorModel::setHostsText(const QString &text)
{
    const QStringList hosts = splitHosts(text);
    setValue(kHosts, hosts.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(hosts)));
}

QString ProfileEditorModel::helpText() const
{
    const ProviderEntry *p = provider();
    if (!p)
        return {};
    QStringList parts;
    if (!p->help.isEmpty())
        parts.append(p->help);
    if (p->username != Requirement::Unused && !p->usernameHelp.isEmpty())
        parts.append(tr("%1: %2").arg(usernameLabel(*p), p->usernameHelp));
    if (p->secret != Requirement::Unused && !p->secretHelp.isEmpty())
        parts.append(tr("%1: %2").arg(secretLabel(*p), p->secretHelp));
    for (const ProviderOptionInfo &o : p->options) {
        if (!o.help.isEmpty())
            parts.append(tr("%1: %2").arg(o.label.isEmpty() ? labelForKey(o.key) : o.label, o.help));
    }
    return parts.join(QLatin1Char('\n'));
}

QString ProfileEditorModel::helpHtml() const
{
    const ProviderEntry *p = provider();
    if (!p)
        return {};
    QString html = escaped(helpText());
    if (!p->website.isEmpty()) {
        const QString link = QStringLiteral("<a href=\"%1\">%2</a>").arg(p->website.toHtmlEscaped(), p->website.toHtmlEscaped());
        html += QStringLiteral("<br>") + tr("Website: %1").arg(link);
    }
    return html;
}

QString ProfileEditorModel::keyForPath(const QString &path, qsizetype index)
{
    static const QRegularExpression re(QStringLiteral("^profiles\\[(\\d+)\\]\\.([A-Za-z0-9_-]+)"));
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch() || m.captured(1).toLongLong() != index)
        return {};
    return m.captured(2);
}

QString ProfileEditorModel::labelForKey(const QString &key)
{
    if (key.size() <= 3 && key == key.toLower())
        return key.toUpper();
    QString label;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (i == 0)
            label += c.toUpper();
        else if (c.isUpper())
            label += QLatin1Char(' ') + c.toLower();
        else if (c == QLatin1Char('_') || c == QLatin1Char('-'))
            label += QLatin1Char(' ');
        else
            label += c;
    }
    return label;
}

QString ProfileEditorModel::usernameLabel(const ProviderEntry &provider)
{
    return provider.usernameLabel.isEmpty() ? tr("Username") : provider.usernameLabel;
}

QString ProfileEditorModel::secretLabel(const ProviderEntry &provider)
{
    return provider.secretLabel.isEmpty() ? tr("Password or token") : provider.secretLabel;
}

bool ProfileEditorModel::showsTtl() const
{
    // Also where the provider has none but the profile sets one: the user can see and clear it.
    const ProviderEntry *p = provider();
    return (p && p->ttl) || m_profile.contains(kTtl);
}

bool ProfileEditorModel::isFieldKey(const QString &key) const
{
    static const QStringList fixed{QStringLiteral("name"), QStringLiteral("provider"), QStringLiteral("ipv4"),
                                   QStringLiteral("ipv6"), QStringLiteral("allowInsecureHttp")};
    return fixed.contains(key) || (key == kTtl && showsTtl()) || hasField(key);
}

QString ProfileEditorModel::keyLabel(const QString &key) const
{
    const QList<FieldSpec> list = fields();
    for (const FieldSpec &f : list) {
        if (f.key == key)
            return f.label;
    }
    if (key == kName)
        return tr("Profile name");
    if (key == kProvider)
        return tr("Provider");
    if (key == kHosts)
        return tr("Host names");
    if (key == kTtl)
        return tr("Record TTL");
    return tr("\"%1\"").arg(key);
}

void ProfileEditorModel::setErrors(const QJsonArray &errors, qsizetype index)
{
    m_fieldErrors.clear();
    m_general.clear();
    m_unplaced.clear();
    static const QStringList formKeys{QStringLiteral("hosts"), QStringLiteral("username"), QStringLiteral("secret"),
                                      QStringLiteral("server")};
    for (const QJsonValue &value : errors) {
        const QJsonObject e = value.toObject();
        const QString path = e.value(QLatin1String("path")).toString();
        const QString message = e.value(QLatin1String("message")).toString();
        const QString key = keyForPath(path, index);
        if (!key.isEmpty() && isFieldKey(key))
            m_fieldErrors[key].append(message);
        else if (formKeys.contains(key)) // its field appears with a provider: said on Save until then
            m_unplaced.append(tr("%1: %2").arg(keyLabel(key), message));
        else if (!key.isEmpty())
            m_general.append(tr("%1: %2").arg(keyLabel(key), message));
        else
            m_general.append(path.isEmpty() ? message : tr("%1: %2").arg(path, message));
    }
    Q_EMIT errorsChanged();
}

void ProfileEditorModel::clearErrors()
{
    m_fieldErrors.clear();
    m_general.clear();
    m_unplaced.clear();
    Q_EMIT errorsChanged();
}

QStringList ProfileEditorModel::generalErrors() const
{
    return m_allTouched ? m_general + m_unplaced : m_general;
}

QString ProfileEditorModel::fieldError(const QString &key) const
{
    if (!m_allTouched && !m_touched.contains(key))
        return {};
    return m_fieldErrors.value(key).join(QLatin1Char('\n'));
}

bool ProfileEditorModel::hasErrors() const
{
    return !m_fieldErrors.isEmpty() || !m_general.isEmpty() || !m_unplaced.isEmpty();
}

void ProfileEditorModel::touch(const QString &key)
{
    if (m_touched.contains(key))
        return;
    m_touched.insert(key);
    if (m_fieldErrors.contains(key))
        Q_EMIT errorsChanged();
}

void ProfileEditorModel::touchAll()
{
    if (m_allTouched)
        return;
    m_allTouched = true;
    if (!m_fieldErrors.isEmpty() || !m_unplaced.isEmpty())
        Q_EMIT errorsChanged();
}

} // namespace Qddns::Gui
