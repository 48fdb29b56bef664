#include "core/http.h"

#include <QDateTime>

#include <algorithm>

namespace Qddns {

static QByteArray findHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpRequest::header(const QByteArray &name) const { return findHeader(headers, name); }
QByteArray HttpReply::header(const QByteArray &name) const { return findHeader(headers, name); }

std::chrono::seconds retryAfterDelay(const HttpReply &reply)
{
    const QByteArray value = reply.header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::chrono::seconds(0);
    qint64 seconds = 0;
    const bool allDigits = std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (allDigits) {
        // Digits only, so an overflow is the only way toLongLong() fails: that is "very long".
        bool ok = false;
        seconds = value.toLongLong(&ok);
        if (!ok)
            seconds = kMaxRetryDelay.count();
    } else {
        // An HTTP-date ends in "GMT", which Qt's RFC 2822 parser does not take.
        const auto httpDate = [](QByteArray text) {
            if (text.endsWith(" GMT")) {
                text.chop(4);
                text.append(" +0000");
            }
            return QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
        };
        const QDateTime at = httpDate(value);
        const QDateTime sent = httpDate(reply.header("Date").trimmed());
        if (!at.isValid() || !sent.isValid())
            return std::chrono::seconds(0);
        seconds = sent.secsTo(at);
    }
    return std::chrono::seconds(std::clamp<qint64>(seconds, 0, kMaxRetryDelay.count()));
}

} // namespace Qddns
