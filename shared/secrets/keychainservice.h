#pragma once

#include <QString>

namespace Qddns {

/// \brief The service name of every qddns keychain entry (the agent and the tray alike).
inline constexpr QLatin1StringView kKeychainService{"qddns"};

} // namespace Qddns
