#pragma once

namespace Qddns {

/// \brief Gives the heap's free pages back to the system (glibc: malloc_trim). The agent calls it
/// when a cycle is over: it then idles for minutes with what it really holds.
void releaseFreeMemory();

} // namespace Qddns
