#include "secrets/keychain.h"

namespace Qddns {

// QtKeychain linked in: the tray, the tools and the tests (and the agent where there is no module).
std::unique_ptr<Keychain> createSystemKeychain()
{
    return createQtKeychain();
}

} // namespace Qddns
