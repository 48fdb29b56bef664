#pragma once

#include "import/importresult.h"

#include <QByteArray>

namespace Qddns {

/// \brief Reads another DDNS client's configuration (the contents of its file) and returns the
/// equivalent qddns configuration, the secrets to store, and what could not be imported.
/// Pure: it reads nothing but \a data and writes nothing; the caller stores the secrets and
/// validates and writes the configuration.
ImportResult importConfig(ImportTool tool, const QByteArray &data, const ImportOptions &options);

} // namespace Qddns
