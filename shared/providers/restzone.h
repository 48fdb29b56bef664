#pragma once

// For record APIs that address records inside a zone (a domain) the profile names: the "zone"
// option, its checks, and record names relative to it. Used beside providers/rest.h.

#include "config/providerschema.h"
#include "providers/rest.h"

namespace Qddns::Rest {

/// \brief The profile key naming the zone: "zone", as Cloudflare's.
QString zoneKey();

/// \brief The required "zone" option, in the provider's words (label "Domain", help with an example).
ProviderOption zoneOption(const QString &label, const QString &help);

/// \brief The zone the profile names, canonical; empty when it names none.
QString profileZone(const UpdateRequest &request);

/// \brief "NAME takes a TTL of MIN to MAX seconds" for a profile TTL outside [min, max].
QList<ConfigError> validateTtl(const QJsonObject &profile, const QString &path, const QString &providerName, int min,
                               int max);

/// \brief Why a record cannot be sent before any request: no zone configured, or a host outside it.
std::optional<Failure> zoneProblem(const RecordJob &job, const QString &zone, const QString &providerName);

/// \brief A reply's JSON (object or array); nullopt for a body that is not JSON.
std::optional<QJsonValue> jsonValue(const QByteArray &body);

/// \brief An id from a reply as text (APIs give numbers or strings), or empty when it is neither.
QString idText(const QJsonValue &value);

/// \brief Whether an id may go into a URL path: letters, digits, '-', '_', '.', at most 128.
bool isPlausibleId(const QString &id);

} // namespace Qddns::Rest
