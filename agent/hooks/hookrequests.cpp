#include "hooks/hookrequests.h"

#include "config/hooktemplate.h"

#include <QUrlQuery>

namespace Qddns {

HttpRequest webhookRequest(const HookSpec &spec, const HookNotice &notice, const QString &secret, const QString &id)
{
    QHash<QString, QString> values = notice.values();
    values.insert(QStringLiteral("hook"), spec.name);
    values.insert(QStringLiteral("id"), id);
    if (spec.secret)
        values.insert(QString(kSecretPlaceholder), secret);
    HttpRequest r;
    r.method = spec.method;
    // Percent-encoded already: read as written, so that %2F stays one path segment's slash.
    r.url = QUrl::fromEncoded(renderTemplate(spec.url, values, TemplateContext::Url).toUtf8(), QUrl::StrictMode);
    for (const auto &[name, value] : spec.headers)
        r.headers.append({name.toLatin1(), renderTemplate(value, values, TemplateContext::Header).toUtf8()});
    if (!spec.body.isEmpty()) {
        r.body = renderTemplate(spec.body, values, spec.jsonBody ? TemplateContext::Json : TemplateContext::Text).toUtf8();
        r.headers.append({QByteArrayLiteral("Content-Type"), spec.contentType.toLatin1()});
    }
    return r;
}

HttpRequest healthchecksRequest(const HookSpec &spec, HealthchecksPing ping, const QString &log)
{
    HttpRequest r;
    switch (ping) {
    case HealthchecksPing::Start: r.url = QUrl(spec.url + QStringLiteral("/start")); break;
    case HealthchecksPing::Success: r.url = QUrl(spec.url); break;
    case HealthchecksPing::Fail:
        r.url = QUrl(spec.url + QStringLiteral("/fail"));
        r.method = "POST";
        r.body = log.toUtf8();
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
        break;
    }
    return r;
}

HttpRequest uptimeKumaRequest(const HookSpec &spec, bool up, const QString &message, qint64 pingMs)
{
    // The monitor's page offers the URL with "?status=up&msg=OK&ping=": ours replace those.
    QUrl url(spec.url);
    QUrlQuery query(url);
    for (const char *key : {"status", "msg", "ping"})
        query.removeAllQueryItems(QString::fromLatin1(key));
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(query);
    QByteArray encoded = url.toEncoded();
    encoded += url.hasQuery() ? '&' : '?';
    encoded += "status=" + QByteArray(up ? "up" : "down") + "&msg=" + message.left(200).toUtf8().toPercentEncoding()
        + "&ping=" + QByteArray::number(pingMs);
    HttpRequest r;
    r.url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    return r;
}

QString failureLog(const QList<RecordEvent> &events, qsizetype maxLines)
{
    QStringList lines;
    qsizetype failing = 0;
    for (const RecordEvent &e : events) {
        if (!e.failedOrHeld())
            continue;
        if (++failing <= maxLines)
            lines.append(QStringLiteral("%1 %2 %3: %4 (%5)").arg(e.profile, e.host, recordTypeName(e.type), resultName(e.result),
                                                                  e.message.left(300)));
    }
    if (failing > maxLines)
        lines.append(QStringLiteral("…and %1 more").arg(failing - maxLines));
    return lines.join(QLatin1Char('\n'));
}

std::optional<std::chrono::milliseconds> retryDelay(const RetryPolicy &policy, const HttpReply &reply, int attempt)
{
    if (reply.isSuccess() || attempt >= policy.maxAttempts)
        return std::nullopt;
    const bool transient = !reply.error.isEmpty() || reply.status >= 500 || reply.status == 408 || reply.status == 429;
    if (!transient)
        return std::nullopt;
    if (const std::chrono::seconds asked = retryAfterDelay(reply); asked.count() > 0)
        return std::chrono::milliseconds(std::min(asked, policy.maxRetryAfter));
    return policy.firstDelay * (1 << std::min(attempt - 1, 16));
}

} // namespace Qddns
