#include "platform/processexit.h"

#include <cstdio>
#include <cstdlib>

#if defined(__SANITIZE_ADDRESS__)
#define QDDNS_LEAK_CHECK 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define QDDNS_LEAK_CHECK 1
#endif
#endif
#ifdef QDDNS_LEAK_CHECK
#include <sanitizer/lsan_interface.h>
#endif

namespace Qddns {

void exitProcess(int code)
{
    std::fflush(nullptr);
#ifdef QDDNS_LEAK_CHECK
    // LeakSanitizer checks from an exit handler, which _Exit skips: check here (scripts/check-asan).
    __lsan_do_leak_check();
#endif
    std::_Exit(code);
}

} // namespace Qddns
