#include "config/providerschema.h"

#include "core/agenttext.h"
#include "ipc/protocol.h"

namespace Qddns {

QString optionKindName(ProviderOption::Kind kind)
{
    switch (kind) {
    case ProviderOption::Kind::String: return QStringLiteral("string");
    case ProviderOption::Kind::Bool: return QStringLiteral("boolean");
    case ProviderOption::Kind::Integer: return QStringLiteral("integer");
    case ProviderOption::Kind::Url: return QStringLiteral("url");
    case ProviderOption::Kind::Regex: return QStringLiteral("regex");
    }
    return {};
}

QString categoryName(ProviderCategory category)
{
    switch (category) {
    case ProviderCategory::DynDns: return Ipc::ProviderCategoryWord::DynDns;
    case ProviderCategory::DnsHosting: return Ipc::ProviderCategoryWord::DnsHosting;
    case ProviderCategory::Registrar: return Ipc::ProviderCategoryWord::Registrar;
    case ProviderCategory::SelfHosted: return Ipc::ProviderCategoryWord::SelfHosted;
    case ProviderCategory::Generic: return Ipc::ProviderCategoryWord::Generic;
    }
    return {};
}

std::optional<ProviderCategory> categoryFromName(const QString &name)
{
    for (ProviderCategory c : {ProviderCategory::DynDns, ProviderCategory::DnsHosting, ProviderCategory::Registrar,
                               ProviderCategory::SelfHosted, ProviderCategory::Generic}) {
        if (categoryName(c) == name)
            return c;
    }
    return std::nullopt;
}

ProviderInfo localized(const ProviderInfo &info, const QLocale &locale)
{
    const auto translate = [&locale](QString &text) {
        if (!text.isEmpty())
            text = agentText(locale, "Qddns::ProviderText", text);
    };
    ProviderInfo result = info;
    for (QString *text : {&result.help, &result.hostHelp, &result.usernameLabel, &result.usernameHelp,
                          &result.secretLabel, &result.secretHelp})
        translate(*text);
    for (CredentialField &field : result.extraCredentials) {
        translate(field.label);
        translate(field.help);
    }
    for (ProviderOption &option : result.options) {
        translate(option.label);
        translate(option.help);
    }
    return result;
}

} // namespace Qddns
