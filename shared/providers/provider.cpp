#include "providers/provider.h"

#include "net/redact.h"

#include <QDateTime>

namespace Qddns {

QString recordTypeName(RecordType type)
{
    return type == RecordType::A ? QStringLiteral("A") : QStringLiteral("AAAA");
}

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

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Updated: return QStringLiteral("updated");
    case Outcome::Unchanged: return QStringLiteral("unchanged");
    case Outcome::RetryLater: return QStringLiteral("retry");
    case Outcome::AuthFailed: return QStringLiteral("auth-failed");
    case Outcome::Rejected: return QStringLiteral("rejected");
    case Outcome::Abuse: return QStringLiteral("abuse");
    }
    return {};
}

bool isHold(Outcome outcome)
{
    return outcome == Outcome::AuthFailed || outcome == Outcome::Rejected || outcome == Outcome::Abuse;
}

bool isSuccess(Outcome outcome)
{
    return outcome == Outcome::Updated || outcome == Outcome::Unchanged;
}

QString optionKindName(ProviderOption::Kind kind)
{
    switch (kind) {
    case ProviderOption::Kind::String: return QStringLiteral("string");
    case ProviderOption::Kind::Bool: return QStringLiteral("boolean");
    case ProviderOption::Kind::Integer: return QStringLiteral("integer");
    case ProviderOption::Kind::Url: return QStringLiteral("url");
    case ProviderOption::Kind::Regex: return QStringLiteral("regex");
    }
    return {};
}

QList<ConfigError> Provider::validate(const QJsonObject &, const QString &) const
{
    return {};
}

QList<RecordResult> resultsForAll(const UpdateRequest &request, Outcome outcome, const QString &message,
                                  std::chrono::seconds minRetryDelay)
{
    QList<RecordResult> results;
    for (const QString &host : request.hosts) {
        if (request.ipv4)
            results.append({host, RecordType::A, outcome, message, minRetryDelay});
        if (request.ipv6)
            results.append({host, RecordType::AAAA, outcome, message, minRetryDelay});
    }
    return results;
}

std::optional<std::pair<Outcome, QString>> classifyHttpFailure(const HttpReply &reply)
{
    if (!reply.error.isEmpty())
        return std::pair{Outcome::RetryLater, reply.error};
    if (reply.status >= 500 || reply.status == 429)
        return std::pair{Outcome::RetryLater, QStringLiteral("HTTP %1 from provider").arg(reply.status)};
    if (reply.status == 401 || reply.status == 403)
        return std::pair{Outcome::AuthFailed,
                         QStringLiteral("HTTP %1: the provider refused the credentials").arg(reply.status)};
    return std::nullopt;
}

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
            if (text.endsWith(" GMT"))
                text.chop(4), text.append(" +0000");
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

QByteArray basicAuthorization(const QString &user, const QString &secret)
{
    return "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QString bodyExcerpt(const QByteArray &body, const QString &secret, int max)
{
    QString text = redactText(QString::fromUtf8(body), {secret}).left(max * 4).simplified();
    for (QChar &c : text) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    if (text.size() > max)
        text = text.left(max) + QStringLiteral("…");
    return text.isEmpty() ? QStringLiteral("(empty reply)") : text;
}

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    return url;
}

StepTransaction::StepTransaction(QList<RequestStep> steps, Parser parse, QList<RecordResult> initial)
    : m_steps(std::move(steps)), m_parse(std::move(parse)), m_results(std::move(initial))
{
}

std::optional<HttpRequest> StepTransaction::nextRequest()
{
    if (m_next >= m_steps.size())
        return std::nullopt;
    return m_steps.at(m_next).http;
}

std::optional<HttpRequest> StepTransaction::requestFor(const QString &host, RecordType type)
{
    for (const RequestStep &step : std::as_const(m_steps)) {
        const auto &address = type == RecordType::A ? step.records.ipv4 : step.records.ipv6;
        if (address && step.records.hosts.contains(host))
            return step.http;
    }
    return std::nullopt;
}

void StepTransaction::handleReply(const HttpReply &reply)
{
    if (m_next >= m_steps.size())
        return;
    m_results += m_parse(m_steps.at(m_next), reply);
    ++m_next;
}

} // namespace Qddns
