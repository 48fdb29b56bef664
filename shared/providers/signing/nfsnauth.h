#pragma once

// NearlyFreeSpeech.NET's API authentication
// (https://members.nearlyfreespeech.net/wiki/API/Introduction): every request carries
// "X-NFSN-Authentication: LOGIN;TIMESTAMP;SALT;HASH", HASH being the SHA-1 (hex) of
// "LOGIN;TIMESTAMP;SALT;API-KEY;REQUEST-URI;BODY-HASH" and BODY-HASH the SHA-1 (hex) of the body.

#include "core/http.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Qddns::Signing {

/// \brief A salt of 16 letters and digits made from \a random (16 bytes or more).
QByteArray nfsnSalt(const QByteArray &random);

/// \brief The X-NFSN-Authentication value for \a path (the URL's path) and \a body.
QByteArray nfsnAuthentication(const QString &login, const QString &apiKey, const QByteArray &path, const QByteArray &body,
                              const QDateTime &now, const QByteArray &salt);

/// \brief Adds X-NFSN-Authentication to \a request.
void signNfsn(HttpRequest &request, const QString &login, const QString &apiKey, const QDateTime &now, const QByteArray &salt);

} // namespace Qddns::Signing
