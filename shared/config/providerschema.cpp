#include "config/providerschema.h"

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

} // namespace Qddns
