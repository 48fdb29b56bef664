#include "platform/memory.h"

namespace Qddns {

// Other C libraries return free memory on their own terms.
void releaseFreeMemory() {}

} // namespace Qddns
