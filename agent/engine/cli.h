#pragma once

class QCoreApplication;

namespace Qddns {

/// \brief The qddns-agent command line: parses arguments, wires the engine, runs the command.
/// Returns the process exit code (0 success, 1 failure, 2 bad configuration or usage).
int runAgentCli(QCoreApplication &app);

} // namespace Qddns
