#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <utility>

namespace Qddns {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// \brief An HTTP request prepared by a provider or detector; the HTTP transport sends it
/// (adding the User-Agent).
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

/// \brief What came back for an HttpRequest.
struct HttpReply
{
    int status = 0;      ///< HTTP status; 0 when no HTTP answer arrived (see error)
    QByteArray body;
    HttpHeaders headers;
    QString error;       ///< transport failure (timeout, TLS, refused); empty when status is set

    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return error.isEmpty() && status >= 200 && status < 300; }
};

/// \brief The longest any record waits before its next attempt: the exponential backoff's cap,
/// and the cap on what a provider may ask for with Retry-After.
inline constexpr std::chrono::seconds kMaxRetryDelay{6 * 3600};

/// \brief The delay a reply's Retry-After header asks for (delay-seconds, or an HTTP-date taken
/// relative to the reply's Date header), capped at kMaxRetryDelay; 0 when absent or unreadable.
/// The one Retry-After parser: a huge value must not park a record for decades.
std::chrono::seconds retryAfterDelay(const HttpReply &reply);

} // namespace Qddns
