#pragma once

// Baidu AI Cloud's authentication string bce-auth-v1
// (https://cloud.baidu.com/doc/Reference/s/njwvz1yfu): a signing key (HMAC of the prefix
// "bce-auth-v1/AK/timestamp/expiration" under the SK) signs a canonical request of method, path,
// sorted query and sorted "name:value" headers (values percent-encoded).

#include "core/http.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QString>

namespace Qddns::Signing {

struct BceAuthString
{
    QByteArray prefix;           ///< bce-auth-v1/{ak}/{timestamp}/{expiration}
    QByteArray signingKey;       ///< hex
    QByteArray canonicalRequest;
    QByteArray authorization;    ///< prefix/{signedHeaders}/{signature}
};

/// \brief The authentication string of \a request at \a now. \a signedHeaders: the header names
/// (lower case) to sign, "host" from the URL; empty: Baidu's default set (host, content-length,
/// content-type, content-md5 and every x-bce-*), named by an empty field as Baidu's example does.
BceAuthString bceAuthString(const HttpRequest &request, const QString &accessKey, const QString &secretKey,
                            const QDateTime &now, int expirationSeconds, const QByteArrayList &signedHeaders);

/// \brief Signs \a request at \a now: adds x-bce-date and an Authorization over host and x-bce-date.
void signBce(HttpRequest &request, const QString &accessKey, const QString &secretKey, const QDateTime &now);

} // namespace Qddns::Signing
