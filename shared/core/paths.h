#pragma once

#include <QString>

namespace Qddns {

/// \brief The per-user state directory: ~/.local/share/qddns on Linux (state, history, lock).
QString defaultStateDirectory();

/// \brief The per-user configuration file: ~/.config/qddns/config.json on Linux.
QString defaultConfigPath();

} // namespace Qddns
