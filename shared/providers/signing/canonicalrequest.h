#pragma once

// The pieces every request-signing scheme of the cloud DNS APIs is built from: hashes and HMACs in
// lower-case hex, RFC 3986 percent-encoding, and the "canonical request" (method, path, sorted
// query, sorted headers, payload hash) that AWS Signature Version 4 introduced and Tencent's
// TC3, Volcengine's and Huawei's signers reuse. Pure functions: the time and every key come in.

#include "core/http.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QUrl>

#include <utility>

namespace Qddns::Signing {

/// \brief SHA-256 of \a data in lower-case hex.
QByteArray sha256Hex(const QByteArray &data);
/// \brief HMAC-SHA256 of \a message under \a key (raw bytes).
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
/// \brief HMAC-SHA1 of \a message under \a key (raw bytes).
QByteArray hmacSha1(const QByteArray &key, const QByteArray &message);

/// \brief RFC 3986 percent-encoding of UTF-8 \a text: only A-Z a-z 0-9 - _ . ~ stay as they are
/// (a space is %20, never '+'); with \a keepSlash, '/' too.
QByteArray uriEncode(const QByteArray &text, bool keepSlash = false);

/// \brief The query of \a url as decoded (name, value) pairs, in their order.
QList<std::pair<QByteArray, QByteArray>> queryPairs(const QUrl &url);

/// \brief The host a client sends in its Host header: the name, and the port unless it is the
/// scheme's default.
QByteArray hostHeader(const QUrl &url);

/// \brief The parts of a canonical request. Build it with canonicalRequest().
struct CanonicalRequest
{
    QByteArray text;          ///< method \n path \n query \n headers \n signed names \n payload hash
    QByteArray signedHeaders; ///< "content-type;host;x-amz-date"
};

/// \brief The canonical request of \a request (SigV4's rules): the path with each segment
/// percent-encoded once (with \a trailingSlash, ending in '/', as Huawei wants), the query sorted
/// by name then value, the headers named in \a headerNames (lower case; "host" is taken from the
/// URL) lower-cased, trimmed, inner runs of spaces made one, sorted; and \a payloadHash.
CanonicalRequest canonicalRequest(const HttpRequest &request, const QByteArrayList &headerNames,
                                  const QByteArray &payloadHash, bool trailingSlash = false);

/// \brief "host" and the lower-cased name of every header of \a request: what the SigV4-style
/// signers sign when the scheme does not name its headers.
QByteArrayList allHeaderNames(const HttpRequest &request);

/// \brief Sets header \a name to \a value, replacing an earlier one of that name.
void setHeader(HttpRequest &request, const QByteArray &name, const QByteArray &value);

} // namespace Qddns::Signing
