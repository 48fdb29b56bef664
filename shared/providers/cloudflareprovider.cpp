// Placeholder until the provider lands.
#include "providers/provider.h"
namespace Qddns::Providers {
void add_cloudflare(ProviderList &) {}
}
