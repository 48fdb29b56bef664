#pragma once

namespace Qddns {

/// \brief Ends the process with \a code once main() has shut the agent down: flushes stdio and
/// exits without running the C library's exit handlers.
///
/// Qt stops its HTTP thread after each cycle (the pooled connections go) and does not join it: the
/// thread is still freeing its OpenSSL state as the main thread returns, and OpenSSL's own exit
/// handler then frees the same state. Under test, about one `once` in 300 ended in "double free"
/// (tst_faultclock). Nothing the agent keeps needs those handlers: its files are written and
/// closed, and its objects destroyed, before this is called.
[[noreturn]] void exitProcess(int code);

} // namespace Qddns
