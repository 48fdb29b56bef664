#include "settings/profileeditormodel.h"

#include "config/config.h"
#include "config/configkeys.h"
#include "ipc/protocol.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Qddns::Gui {

namespace Key = ConfigKey;

namespace {
const QString kCredentialPrefix = QString(Key::Credentials) + QLatin1Char('.');

// Profile keys every provider may take (the README's "Profile keys"); anything else is an option.
bool isGenericKey(const QString &key)
{
    static const QStringList keys = Key::commonProfileKeys() + QStringList{Key::Ttl, Key::Credentials};
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

QString link(const QString &url)
{
    return QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped());
}

QString hostName(const QJsonValue &host)
{
    return host.isObject() ? host.toObject().value(Key::Name).toString() : host.toString();
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
    return m_profile.value(Key::Name).toString();
}

void ProfileEditorModel::setName(const QString &name)
{
    setValue(Key::Name, name.trimmed());
}

QString ProfileEditorModel::providerId() const
{
    return m_profile.value(Key::Provider).toString();
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
    m_profile.insert(Key::Provider, id);
    // Keys that belonged to the previous provider would be "unknown key" errors for the next one.
    const QStringList keys = m_profile.keys();
    for (const QString &key : keys) {
        if (!isGenericKey(key) && !(next && next->hasOption(key)))
            m_profile.remove(key);
    }
    m_profile.remove(Key::Server); // a server belongs to its provider; the new one's default shows as placeholder
    // Only the credentials the next provider reads besides its primary one.
    QJsonObject credentials = m_profile.value(Key::Credentials).toObject();
    for (const QString &credential : credentials.keys()) {
        if (!next || credential == kPrimaryCredential || !next->credential(credential))
            credentials.remove(credential);
    }
    if (credentials.isEmpty())
        m_profile.remove(Key::Credentials);
    else
        m_profile.insert(Key::Credentials, credentials);
    if (next) {
        if (next->username == Requirement::Unused)
            m_profile.remove(Key::Username);
        if (!next->credential(QString(kPrimaryCredential)))
            m_profile.remove(Key::Secret);
        if (!next->ttl)
            m_profile.remove(Key::Ttl);
        if (!next->ipv6)
            m_profile.remove(Key::Ipv6);
        if (!next->ipv4) {
            m_profile.insert(Key::Ipv4, false);
            m_profile.insert(Key::Ipv6, true);
        }
    }
    m_touched.insert(Key::Provider);
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
    hosts.key = Key::Hosts;
    hosts.editor = FieldSpec::Editor::HostList;
    hosts.label = tr("Host names");
    hosts.required = true;
    hosts.help = p->hostHelp.isEmpty() ? tr("The names to keep current, separated by commas.")
                                       : tr("%1. Several are separated by commas.").arg(p->hostHelp);
    hosts.placeholder = tr("e.g. %1").arg(p->hostExample.isEmpty() ? QStringLiteral("myhome.example.org") : p->hostExample);
    list.append(hosts);

    if (p->username != Requirement::Unused) {
        FieldSpec f;
        f.key = Key::Username;
        f.label = usernameLabel(*p);
        f.required = p->username == Requirement::Required;
        f.help = p->usernameHelp;
        list.append(f);
    }
    // One password field per credential, in the provider's words.
    for (const CredentialInfo &c : p->credentials) {
        FieldSpec f;
        f.key = credentialFieldKey(c.id);
        f.credential = c.id;
        f.editor = FieldSpec::Editor::Secret;
        f.label = !c.label.isEmpty() ? c.label : c.id == kPrimaryCredential ? secretLabel(*p) : labelForKey(c.id);
        f.required = c.required;
        f.help = c.help;
        list.append(f);
    }

    FieldSpec server;
    server.key = Key::Server;
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
    if (key == Key::Provider) {
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

QStringList ProfileEditorModel::hostNames() const
{
    QStringList hosts;
    const QJsonArray array = m_profile.value(Key::Hosts).toArray();
    for (const QJsonValue &h : array)
        hosts.append(hostName(h));
    return hosts;
}

QString ProfileEditorModel::hostsText() const
{
    return hostNames().join(QStringLiteral(", "));
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
    const QStringList names = splitHosts(text);
    const QJsonArray before = m_profile.value(Key::Hosts).toArray();
    QJsonArray hosts;
    for (const QString &name : names) {
        // A host written as an object (its IPv6 suffix) stays one while its name stays.
        const auto same = std::find_if(before.begin(), before.end(), [&name](const QJsonValue &h) { return hostName(h) == name; });
        hosts.append(same != before.end() ? *same : QJsonValue(name));
    }
    setValue(Key::Hosts, hosts.isEmpty() ? QJsonValue() : QJsonValue(hosts));
}

ProfileEditorModel::HostSuffix ProfileEditorModel::hostSuffix(const QString &host) const
{
    const QJsonArray hosts = m_profile.value(Key::Hosts).toArray();
    for (const QJsonValue &h : hosts) {
        if (h.isObject() && hostName(h) == host) {
            const QJsonObject o = h.toObject();
            return {o.value(Key::Ipv6Suffix).toString(), o.value(Key::PrefixLength).toInt(0)};
        }
    }
    return {};
}

void ProfileEditorModel::setHostSuffix(const QString &host, const QString &suffix, int prefixLength)
{
    QJsonArray hosts = m_profile.value(Key::Hosts).toArray();
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        if (hostName(hosts.at(i)) != host)
            continue;
        QJsonObject o = hosts.at(i).isObject() ? hosts.at(i).toObject() : QJsonObject{{Key::Name, host}};
        if (suffix.trimmed().isEmpty()) {
            o.remove(Key::Ipv6Suffix);
            o.remove(Key::PrefixLength);
        } else {
            o.insert(Key::Ipv6Suffix, suffix.trimmed());
            if (prefixLength > 0)
                o.insert(Key::PrefixLength, prefixLength);
            else
                o.remove(Key::PrefixLength);
        }
        // A host with nothing but its name is written as the name, as before suffixes existed.
        hosts[i] = o.size() == 1 ? QJsonValue(host) : QJsonValue(o);
    }
    setValue(Key::Hosts, hosts);
}

QJsonValue ProfileEditorModel::credentialSource(const QString &id) const
{
    if (id == kPrimaryCredential)
        return m_profile.value(Key::Secret);
    return m_profile.value(Key::Credentials).toObject().value(id);
}

bool ProfileEditorModel::isKeychainSource(const QJsonValue &source)
{
    const QString keychain = secretSourceName(SecretRef::Source::Keychain);
    return source.isUndefined() || source.isNull() || source.toObject().value(Key::Source).toString(keychain) == keychain;
}

QStringList ProfileEditorModel::keychainCredentials(const QJsonObject &profile, const ProviderEntry *provider)
{
    QStringList ids;
    if (!provider)
        return ids;
    for (const CredentialInfo &c : provider->credentials) {
        const QJsonValue source = c.id == kPrimaryCredential ? profile.value(Key::Secret)
                                                              : profile.value(Key::Credentials).toObject().value(c.id);
        if (isKeychainSource(source))
            ids.append(c.id);
    }
    return ids;
}

QString ProfileEditorModel::credentialFieldKey(const QString &id)
{
    return id == kPrimaryCredential ? QString(Key::Secret) : kCredentialPrefix + id;
}

QString ProfileEditorModel::credentialOfFieldKey(const QString &key)
{
    if (key == Key::Secret)
        return kPrimaryCredential;
    return key.startsWith(kCredentialPrefix) ? key.mid(kCredentialPrefix.size()) : QString();
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
    const QList<FieldSpec> list = fields();
    for (const FieldSpec &f : list) {
        if (f.editor == FieldSpec::Editor::Secret && !f.help.isEmpty())
            parts.append(tr("%1: %2").arg(f.label, f.help));
    }
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
    if (!p->website.isEmpty())
        html += QStringLiteral("<br>") + tr("Website: %1").arg(link(p->website));
    if (!p->documentation.isEmpty()) {
        html += QStringLiteral("<br>")
            + (p->checked.isValid() ? tr("Documentation: %1 (qddns checked against it on %2)")
                                          .arg(link(p->documentation), QLocale().toString(p->checked, QLocale::ShortFormat))
                                    : tr("Documentation: %1 (qddns has not been checked against it yet)").arg(link(p->documentation)));
    }
    return html;
}

QString ProfileEditorModel::keyForPath(const QString &path, qsizetype index)
{
    static const QRegularExpression re(QStringLiteral("^profiles\\[(\\d+)\\]\\.([A-Za-z0-9_-]+)(?:\\.([A-Za-z0-9_-]+))?"));
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch() || m.captured(1).toLongLong() != index)
        return {};
    // A credential besides the primary has a field of its own.
    if (m.captured(2) == Key::Credentials && !m.captured(3).isEmpty())
        return kCredentialPrefix + m.captured(3);
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
    return (p && p->ttl) || m_profile.contains(Key::Ttl);
}

bool ProfileEditorModel::isFieldKey(const QString &key) const
{
    static const QStringList fixed{Key::Name, Key::Provider, Key::Ipv4, Key::Ipv6, Key::AllowInsecureHttp};
    return fixed.contains(key) || (key == Key::Ttl && showsTtl()) || hasField(key);
}

QString ProfileEditorModel::keyLabel(const QString &key) const
{
    const QList<FieldSpec> list = fields();
    for (const FieldSpec &f : list) {
        if (f.key == key)
            return f.label;
    }
    if (key == Key::Name)
        return tr("Profile name");
    if (key == Key::Provider)
        return tr("Provider");
    if (key == Key::Hosts)
        return tr("Host names");
    if (key == Key::Ttl)
        return tr("Record TTL");
    return tr("\"%1\"").arg(key);
}

void ProfileEditorModel::setErrors(const QJsonArray &errors, qsizetype index)
{
    m_fieldErrors.clear();
    m_general.clear();
    m_unplaced.clear();
    static const QStringList formKeys{Key::Hosts, Key::Username, Key::Secret, Key::Server};
    // An IPv6 suffix's error is shown with the host names, saying which host it is about.
    static const QRegularExpression hostPart(QStringLiteral("^profiles\\[\\d+\\]\\.hosts\\[(\\d+)\\]\\.([A-Za-z0-9]+)"));
    const QJsonArray hosts = m_profile.value(Key::Hosts).toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject e = value.toObject();
        const QString path = e.value(Ipc::Field::Path).toString();
        QString message = e.value(Ipc::Field::Message).toString();
        const QString key = keyForPath(path, index);
        if (const QRegularExpressionMatch part = hostPart.match(path); key == Key::Hosts && part.hasMatch()) {
            const qsizetype i = part.captured(1).toLongLong();
            const QString host = i < hosts.size() ? hostName(hosts.at(i)) : tr("Host %1").arg(i + 1);
            const QString what = part.captured(2) == Key::Ipv6Suffix ? tr("IPv6 suffix")
                               : part.captured(2) == Key::PrefixLength ? tr("prefix length") : part.captured(2);
            message = tr("%1, %2: %3").arg(host, what, message);
        }
        if (!key.isEmpty() && isFieldKey(key))
            m_fieldErrors[key].append(message);
        else if (formKeys.contains(key) || key.startsWith(kCredentialPrefix)) // its field appears with a provider: said on Save until then
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
