#include "platform/memory.h"

#include <malloc.h>

namespace Qddns {

void releaseFreeMemory()
{
    ::malloc_trim(0);
}

} // namespace Qddns
