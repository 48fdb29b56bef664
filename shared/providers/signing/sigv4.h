#pragma once

// AWS Signature Version 4 (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html),
// and the same construction under other names: Volcengine's "HMAC-SHA256" signature
// (https://www.volcengine.com/docs/6369/67269) differs only in its words, its date header and a
// key derived without a prefix.

#include "core/http.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Qddns::Signing {

/// \brief The words of one SigV4-style scheme.
struct SigV4Scheme
{
    QByteArray algorithm;     ///< "AWS4-HMAC-SHA256"
    QByteArray keyPrefix;     ///< prepended to the secret before the key is derived: "AWS4"
    QByteArray terminator;    ///< the last element of the credential scope: "aws4_request"
    QByteArray dateHeader;    ///< the header that carries the time: "X-Amz-Date"
    QByteArray payloadHeader; ///< a header that carries the payload hash, or empty

    static const SigV4Scheme &aws();
    static const SigV4Scheme &volcengine();
};

/// \brief Who signs, and for what.
struct SigV4Credentials
{
    QString accessKeyId;
    QString secretKey;
    QString region;        ///< "us-east-1"
    QString service;       ///< "route53"
    QString sessionToken;  ///< temporary credentials only: sent as X-Amz-Security-Token
};

/// \brief Signs \a request at \a now: adds the date header (and the payload hash header and the
/// session token where the scheme has them), then "Authorization" over the host, every header
/// of the request and the SHA-256 of its body.
void signSigV4(HttpRequest &request, const SigV4Credentials &credentials, const QDateTime &now,
               const SigV4Scheme &scheme = SigV4Scheme::aws());

/// \brief The signing key: HMAC chain of prefix+secret, date (yyyyMMdd), region, service, terminator.
QByteArray sigV4SigningKey(const SigV4Credentials &credentials, const QByteArray &date, const SigV4Scheme &scheme);

} // namespace Qddns::Signing
