#pragma once

// RSA signatures (PKCS #1 v1.5) with a PEM private key, for the APIs that authenticate with a key
// pair: Google's service-account JWT (RS256, RFC 7518) and TransIP's access-token request
// (SHA-512). Qt has no RSA signing, so these use OpenSSL's libcrypto, which Qt's own TLS backend
// loads anyway.

#include "core/expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Qddns::Signing {

enum class RsaHash { Sha256, Sha512 };

/// \brief The PKCS #1 v1.5 signature of \a data under the RSA private key \a pem (PKCS #8
/// "BEGIN PRIVATE KEY" or PKCS #1 "BEGIN RSA PRIVATE KEY"); an error that never quotes the key.
Expected<QByteArray, QString> rsaSign(const QByteArray &pem, const QByteArray &data, RsaHash hash);

/// \brief A compact JWT signed with RS256: base64url(header).base64url(claims).base64url(signature),
/// the header {"alg":"RS256","typ":"JWT"} plus \a keyId as "kid" when given.
Expected<QByteArray, QString> jwtRs256(const QJsonObject &claims, const QByteArray &pem, const QString &keyId = QString());

} // namespace Qddns::Signing
