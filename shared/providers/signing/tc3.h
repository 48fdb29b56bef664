#pragma once

// Tencent Cloud API 3.0's signature TC3-HMAC-SHA256
// (https://www.tencentcloud.com/document/api/213/33224): a SigV4-style canonical request over
// Content-Type and Host, a string to sign with the Unix time, and a key derived from "TC3" + the
// SecretKey, the date, the service and "tc3_request".

#include "core/http.h"

#include <QDateTime>
#include <QString>

namespace Qddns::Signing {

struct Tc3Credentials
{
    QString secretId;
    QString secretKey;
    QString service; ///< "dnspod"
};

/// \brief Signs \a request (POST with its JSON body and Content-Type already set) at \a now: adds
/// X-TC-Timestamp and "Authorization: TC3-HMAC-SHA256 Credential=…, SignedHeaders=content-type;host,
/// Signature=…". The X-TC-Action/-Version/-Region headers are the caller's.
void signTc3(HttpRequest &request, const Tc3Credentials &credentials, const QDateTime &now);

} // namespace Qddns::Signing
