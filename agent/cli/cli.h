#pragma once

#include <QCoreApplication>
#include <QString>

namespace Qddns {

/// \brief The translation context of the command line's messages: Cli::tr("…") (the agent
/// catalogue, installed for the system locale by main()).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Qddns::Cli)
};

/// \brief The exit codes of every qddns-agent command (the README's "Command line").
namespace Exit {
inline constexpr int Ok = 0;       ///< done; every record current or updated
inline constexpr int Failure = 1;  ///< it ran and something failed (an update, a lock, a file)
inline constexpr int Usage = 2;    ///< bad usage or a bad configuration: nothing was done
inline constexpr int NoAgent = 3;  ///< a client command found no running agent
} // namespace Exit

/// \brief The qddns-agent command line: parses arguments, wires the engine, runs the command.
/// Returns the process exit code (Exit::…).
int runAgentCli(QCoreApplication &app);

/// \brief One line on stderr, as every command reports (prefixed by the caller).
void printError(const QString &text);
/// \brief One line on stdout.
void printOutput(const QString &text);

} // namespace Qddns
