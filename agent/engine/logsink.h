#pragma once

namespace Qddns {

/// \brief Installs the agent's message handler: one line per message on stderr, prefixed
/// with a syslog priority (<6>) when stderr is the journal (JOURNAL_STREAM), with a UTC
/// timestamp otherwise. \a verbose enables debug output of every qddns category.
void installLogSink(bool verbose);

} // namespace Qddns
