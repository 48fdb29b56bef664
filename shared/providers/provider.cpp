#include "providers/provider.h"

#include "core/redact.h"

#include <QRandomGenerator>

namespace Qddns {

QStringList UpdateRequest::secretValues() const
{
    QStringList values = credentials.values();
    if (!secret.isEmpty() && !values.contains(secret))
        values.prepend(secret);
    return values;
}

QDateTime UpdateRequest::now() const
{
    return (clock ? clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QByteArray UpdateRequest::randomBytes(int count) const
{
    if (random)
        return random(count);
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    for (int i = count - count % 4; i < count; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

std::optional<HttpRequest> UpdateTransaction::nextRequest()
{
    const auto step = nextStep();
    if (step && std::holds_alternative<HttpRequest>(*step))
        return std::get<HttpRequest>(*step);
    return std::nullopt;
}

std::optional<HttpRequest> UpdateTransaction::requestFor(const QString &host, RecordType type)
{
    const auto step = stepFor(host, type);
    if (step && std::holds_alternative<HttpRequest>(*step))
        return std::get<HttpRequest>(*step);
    return std::nullopt;
}

std::optional<TransportRequest> HttpTransaction::nextStep()
{
    if (auto request = nextHttpRequest())
        return TransportRequest(std::move(*request));
    return std::nullopt;
}

void HttpTransaction::handleStepReply(const TransportReply &reply)
{
    if (const auto *http = std::get_if<HttpReply>(&reply)) {
        handleHttpReply(*http);
        return;
    }
    // Only an engine bug hands an HTTP transaction a DNS reply: answer as a transport failure.
    HttpReply failed;
    failed.error = QStringLiteral("internal error: a DNS reply for an HTTP request");
    handleHttpReply(failed);
}

std::optional<TransportRequest> HttpTransaction::stepFor(const QString &host, RecordType type)
{
    if (auto request = httpRequestFor(host, type))
        return TransportRequest(std::move(*request));
    return std::nullopt;
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


QByteArray basicAuthorization(const QString &user, const QString &secret)
{
    return "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QString bodyExcerpt(const QByteArray &body, const QString &secret, int max)
{
    return bodyExcerpt(body, secret.isEmpty() ? QStringList() : QStringList{secret}, max);
}

QString bodyExcerpt(const QByteArray &body, const QStringList &secrets, int max)
{
    QString text = redactText(QString::fromUtf8(body), secrets).left(max * 4).simplified();
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

std::optional<HttpRequest> StepTransaction::nextHttpRequest()
{
    if (m_next >= m_steps.size())
        return std::nullopt;
    return m_steps.at(m_next).http;
}

std::optional<HttpRequest> StepTransaction::httpRequestFor(const QString &host, RecordType type)
{
    for (const RequestStep &step : std::as_const(m_steps)) {
        const auto &address = type == RecordType::A ? step.records.ipv4 : step.records.ipv6;
        if (address && step.records.hosts.contains(host))
            return step.http;
    }
    return std::nullopt;
}

void StepTransaction::handleHttpReply(const HttpReply &reply)
{
    if (m_next >= m_steps.size())
        return;
    m_results += m_parse(m_steps.at(m_next), reply);
    ++m_next;
}

} // namespace Qddns
