#include "providers/tencentcloud.h"

#include "providers/providerkit.h"

namespace Qddns::TencentCloud {

namespace {

QJsonValue responseOf(const HttpReply &reply)
{
    const auto root = Rest::jsonObject(reply.body);
    return root ? root->value(QLatin1String("Response")) : QJsonValue();
}

} // namespace

QString errorCode(const HttpReply &reply)
{
    return responseOf(reply).toObject().value(QLatin1String("Error")).toObject().value(QLatin1String("Code")).toString();
}

std::optional<Rest::Failure> classify(const HttpReply &reply, const Rest::Words &words,
                                      const std::function<bool(const QString &code)> &isNotFound,
                                      const QString &notFound, QJsonObject *response, const QStringList &secrets)
{
    using Rest::Failure;
    const QJsonValue value = responseOf(reply);
    const QJsonObject error = value.toObject().value(QLatin1String("Error")).toObject();
    const QString code = error.value(QLatin1String("Code")).toString();
    const QString detail = code.isEmpty()
        ? QStringLiteral("HTTP %1").arg(reply.status)
        : QStringLiteral("%1: %2").arg(code, bodyExcerpt(error.value(QLatin1String("Message")).toString().toUtf8(), secrets, 160));
    if (reply.error.isEmpty()
        && (code.startsWith(QLatin1String("AuthFailure")) || code.startsWith(QLatin1String("UnauthorizedOperation"))))
        return Rest::authFailure(words, detail);
    if (auto failure = Rest::commonFailure(reply, words, detail))
        return failure;
    if (code.startsWith(QLatin1String("RequestLimitExceeded")))
        return Failure{Outcome::RetryLater, QStringLiteral("%1 asks to slow down (%2)").arg(words.name, detail), {}, true};
    if (!code.isEmpty() && isNotFound(code))
        return Failure{Outcome::Rejected, notFound.arg(detail)};
    if (!code.isEmpty())
        return Failure{Outcome::Rejected, QStringLiteral("%1 refused the request (%2)").arg(words.name, detail)};
    if (!reply.isSuccess() || !value.isObject())
        return Rest::unexpectedReply(words, reply, secrets);
    *response = value.toObject();
    return std::nullopt;
}

} // namespace Qddns::TencentCloud
