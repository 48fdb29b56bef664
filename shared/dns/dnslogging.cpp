#include "logging.h"

// Declared with the others in logging.h; defined here so that qddns_dns needs no other library.
namespace Qddns {
Q_LOGGING_CATEGORY(lcDns, "qddns.dns", QtInfoMsg)
} // namespace Qddns
