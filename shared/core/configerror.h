#pragma once

#include <QList>
#include <QString>

namespace Qddns {

/// \brief A configuration problem, located by a JSON path such as `profiles[1].hosts[0]`.
struct ConfigError
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QLatin1String(": ") + message; }
    bool operator==(const ConfigError &) const = default;
};

using ConfigErrors = QList<ConfigError>;

} // namespace Qddns
