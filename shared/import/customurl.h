#pragma once

#include "import/profilebuilder.h"

#include <QString>

namespace Qddns {

/// \brief An update URL written for another client, already in qddns's placeholders
/// ([USERNAME], [PASSWORD], [DOMAIN], [IP], [IP6]).
struct CustomUrl
{
    QString url;            ///< with or without http(s)://
    QString option;         ///< the tool's option it came from, for messages
    int line = 0;
    QString successPattern; ///< a regular expression the reply must contain, or empty
    bool basicAuth = false; ///< the tool sends username and password as HTTP Basic (inadyn's custom)
};

/// \brief Whether qddns's configuration takes \a url as a server: a strict URL with a host
/// ("https://dyn.example.c]m" is not one).
bool isServerUrl(const QString &url);

/// \brief Imports an update URL as the provider it belongs to (a DynDNS2 preset, Duck DNS, …),
/// the generic DynDNS2 provider for a /nic/update path, or else a custom profile; a password
/// written into the URL moves to the secret store. Returns false after noting why it cannot.
bool importCustomUrl(ProfileBuilder &builder, ProfileDraft &draft, const CustomUrl &spec);

/// \brief Imports the server of a DynDNS2 client setting (ddclient's server= and script=) as the
/// preset that serves it, else as the generic provider with that server. Returns false after
/// noting why it cannot.
bool importDyndns2Server(ProfileBuilder &builder, ProfileDraft &draft, const ServiceMapping &mapping,
                         const SourceValue &server, const SourceValue &script);

} // namespace Qddns
