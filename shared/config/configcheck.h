#pragma once

#include "config/config.h"

namespace Qddns {

/// \brief A file path as the configuration may write it: absolute, or starting with `~/` (the
/// home directory of the user running the agent). Returns the absolute path, or why the text is
/// refused: a relative path would depend on the working directory, which is `/` for a service.
Expected<QString, QString> resolveConfigPath(const QString &text);

/// \brief A command detector's program: an absolute path, `~/…`, or a bare name looked up in PATH
/// when the detector runs. Returns the program as it will be started, or why it is refused.
Expected<QString, QString> resolveConfigProgram(const QString &text);

/// \brief What in a valid configuration cannot work on this machine as it is now: an
/// interface detector's interface that does not exist, a command detector's program that is not
/// there or not executable. Each names its JSON path; none stops the agent (an interface may
/// come up later). Secrets are checked by whoever can read them (`check-config`).
ConfigErrors configWarnings(const Config &config);

} // namespace Qddns
