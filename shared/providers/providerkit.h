#pragma once

// What a provider source includes: the Provider interface, and the logging category that
// qddns_add_provider(<id>) gives each provider source (qddns.provider.<id>).

#include "providers/provider.h"

#include <QLoggingCategory>

/// \brief Defines lcProvider(), the category qddns.provider.<id> of the provider source being
/// compiled (qddns_add_provider() sets QDDNS_PROVIDER_ID for it). Use once, at file scope,
/// inside namespace Qddns.
#ifdef QDDNS_PROVIDER_ID
#define QDDNS_PROVIDER_LOGGING()                                                                   \
    namespace {                                                                                    \
    Q_LOGGING_CATEGORY(lcProvider, "qddns.provider." QDDNS_PROVIDER_ID, QtInfoMsg)                \
    }
#else
#define QDDNS_PROVIDER_LOGGING()                                                                   \
    static_assert(false, "QDDNS_PROVIDER_LOGGING() outside a qddns_add_provider() source")
#endif
