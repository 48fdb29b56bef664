#include "core/paths.h"

#include <QStandardPaths>

namespace Qddns {

QString defaultStateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/qddns");
}

QString defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/qddns/config.json");
}

} // namespace Qddns
