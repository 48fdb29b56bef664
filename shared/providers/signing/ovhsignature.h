#pragma once

// OVHcloud's API signature (https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api,
// "Signing requests"): every request carries X-Ovh-Application (the application key),
// X-Ovh-Consumer (the consumer key), X-Ovh-Timestamp (Unix seconds) and X-Ovh-Signature, which is
// "$1$" followed by the SHA-1 (hex) of
// APPLICATION_SECRET+CONSUMER_KEY+METHOD+FULL_URL+BODY+TIMESTAMP joined by '+'.

#include "core/http.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Qddns::Signing {

/// \brief The X-Ovh-Signature value of a request (\a url as sent, with its query).
QByteArray ovhSignature(const QString &applicationSecret, const QString &consumerKey, const QByteArray &method,
                        const QByteArray &url, const QByteArray &body, qint64 timestamp);

/// \brief Adds the four X-Ovh-* headers to \a request.
void signOvh(HttpRequest &request, const QString &applicationKey, const QString &applicationSecret, const QString &consumerKey,
             const QDateTime &now);

} // namespace Qddns::Signing
