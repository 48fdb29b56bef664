#pragma once

// Alibaba Cloud's signature for RPC-style APIs (HMAC-SHA1, SignatureVersion 1.0;
// https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-request-method): every parameter,
// the common ones included, is percent-encoded (RFC 3986), sorted by name and joined; the string
// to sign is METHOD&%2F&encode(that); the key is the AccessKey secret followed by '&'.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace Qddns::Signing {

using QueryParameters = QList<std::pair<QString, QString>>;

/// \brief The common parameters of one call: Format=JSON, AccessKeyId, SignatureMethod,
/// SignatureVersion, SignatureNonce, Timestamp (UTC, seconds) and Version, beside \a parameters.
QueryParameters acsRpcParameters(const QueryParameters &parameters, const QString &accessKeyId, const QString &version,
                                 const QDateTime &now, const QString &nonce);

/// \brief The canonicalized query string: sorted by name, names and values percent-encoded.
QByteArray acsRpcCanonicalQuery(const QueryParameters &parameters);

/// \brief The signature (base64) of \a parameters sent with \a method.
QByteArray acsRpcSignature(const QByteArray &method, const QueryParameters &parameters, const QString &accessKeySecret);

/// \brief The whole query of a signed call: the canonical query and "&Signature=…".
QByteArray acsRpcSignedQuery(const QByteArray &method, const QueryParameters &parameters, const QString &accessKeySecret);

} // namespace Qddns::Signing
