#pragma once

// Huawei Cloud's AK/SK signature SDK-HMAC-SHA256
// (https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-algorithm.html): a SigV4-style
// canonical request whose path ends in '/', a string to sign with X-Sdk-Date, and an HMAC under
// the secret key itself.

#include "core/http.h"

#include <QDateTime>
#include <QString>

namespace Qddns::Signing {

/// \brief Signs \a request at \a now: adds X-Sdk-Date, then "Authorization: SDK-HMAC-SHA256
/// Access=AK, SignedHeaders=…, Signature=…" over the host and every header of the request.
void signSdkHmac(HttpRequest &request, const QString &accessKey, const QString &secretKey, const QDateTime &now);

} // namespace Qddns::Signing
