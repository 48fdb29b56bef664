#include "platform/sdnotify.h"

namespace Qddns {

// Only systemd speaks this protocol.
bool SdNotifier::notify(const QByteArray &state) const
{
    Q_UNUSED(state)
    return false;
}

} // namespace Qddns
