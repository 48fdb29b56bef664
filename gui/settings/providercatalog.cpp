#include "settings/providercatalog.h"

#include "config/config.h"
#include "ipc/protocol.h"

namespace Qddns::Gui {

namespace PF = Ipc::ProviderField;

Requirement requirementFromName(const QString &name)
{
    if (name == Ipc::NeedWord::Unused)
        return Requirement::Unused;
    if (name == Ipc::NeedWord::Optional)
        return Requirement::Optional;
    return Requirement::Required;
}

const ProviderOptionInfo *ProviderEntry::option(const QString &key) const
{
    for (const ProviderOptionInfo &o : options) {
        if (o.key == key)
            return &o;
    }
    return nullptr;
}

const CredentialInfo *ProviderEntry::credential(const QString &id) const
{
    for (const CredentialInfo &c : credentials) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

ProviderEntry ProviderEntry::fromJson(const QJsonObject &json)
{
    ProviderEntry e;
    e.id = json.value(PF::Id).toString();
    e.name = json.value(PF::Name).toString(e.id);
    e.protocol = json.value(PF::Protocol).toString();
    e.category = json.value(PF::Category).toString();
    e.website = json.value(PF::Website).toString();
    e.documentation = json.value(PF::Documentation).toString();
    e.checked = QDate::fromString(json.value(PF::Checked).toString(), Qt::ISODate);
    e.help = json.value(PF::Help).toString();
    e.server = json.value(PF::Server).toString();
    e.hostExample = json.value(PF::HostExample).toString();
    e.hostHelp = json.value(PF::HostHelp).toString();
    e.username = requirementFromName(json.value(PF::Username).toString(Ipc::NeedWord::Unused));
    e.usernameLabel = json.value(PF::UsernameLabel).toString();
    e.usernameHelp = json.value(PF::UsernameHelp).toString();
    e.secret = requirementFromName(json.value(PF::Secret).toString(Ipc::NeedWord::Required));
    e.secretLabel = json.value(PF::SecretLabel).toString();
    e.secretHelp = json.value(PF::SecretHelp).toString();
    e.ipv4 = json.value(PF::Ipv4).toBool(true);
    e.ipv6 = json.value(PF::Ipv6).toBool(true);
    e.ttl = json.value(PF::Ttl).toBool(false);
    if (json.contains(PF::Credentials)) {
        const QJsonArray credentials = json.value(PF::Credentials).toArray();
        for (const QJsonValue &value : credentials) {
            const QJsonObject c = value.toObject();
            CredentialInfo credential{c.value(PF::Id).toString(), c.value(PF::Label).toString(),
                                      c.value(PF::Help).toString(), c.value(PF::Required).toBool(true)};
            if (!credential.id.isEmpty() && !e.credential(credential.id))
                e.credentials.append(credential);
        }
    } else if (e.secret != Requirement::Unused) {
        e.credentials.append({QString(kPrimaryCredential), e.secretLabel, e.secretHelp, e.secret == Requirement::Required});
    }
    const QJsonArray options = json.value(PF::Options).toArray();
    for (const QJsonValue &value : options) {
        const QJsonObject o = value.toObject();
        ProviderOptionInfo option;
        option.key = o.value(PF::Key).toString();
        if (option.key.isEmpty())
            continue;
        option.kind = o.value(PF::Kind).toString(QStringLiteral("string"));
        option.required = o.value(PF::Required).toBool();
        option.defaultValue = o.value(PF::Default);
        option.help = o.value(PF::Help).toString();
        option.label = o.value(PF::Label).toString();
        e.options.append(option);
    }
    return e;
}

ProviderCatalog::ProviderCatalog(const QJsonArray &providers)
{
    for (const QJsonValue &value : providers) {
        const ProviderEntry entry = ProviderEntry::fromJson(value.toObject());
        if (!entry.id.isEmpty())
            insert(entry);
    }
}

ProviderCatalog ProviderCatalog::fromReply(const QJsonObject &reply)
{
    return ProviderCatalog(reply.value(Ipc::Field::Providers).toArray());
}

const ProviderEntry *ProviderCatalog::find(const QString &id) const
{
    for (const ProviderEntry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QStringList ProviderCatalog::ids() const
{
    QStringList list;
    for (const ProviderEntry &e : m_entries)
        list.append(e.id);
    return list;
}

void ProviderCatalog::insert(const ProviderEntry &entry)
{
    for (ProviderEntry &e : m_entries) {
        if (e.id == entry.id) {
            e = entry;
            return;
        }
    }
    m_entries.append(entry);
}

} // namespace Qddns::Gui
