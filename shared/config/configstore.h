#pragma once

#include "config/config.h"
#include "core/paths.h"

namespace Qddns {


/// \brief A configuration and where it came from.
struct LoadedConfig
{
    Config config;
    QString path;
    bool fromFile = false; ///< false: no file at the default path, built-in defaults in use
    QJsonObject document;  ///< the file's JSON as written (what `config.get` returns)
};

/// \brief Loads and validates \a path (empty: the default path). A missing file at the default
/// path gives the defaults; a missing file that was named explicitly is an error.
Expected<LoadedConfig, ConfigErrors> loadConfig(const QString &path, const ProviderCatalog &catalog,
                                                const QLocale &locale = QLocale::c());

} // namespace Qddns
