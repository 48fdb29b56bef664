#pragma once

// The reply envelope of Tencent Cloud API 3.0, shared by the APIs signed with TC3-HMAC-SHA256
// (DNSPod, EdgeOne): {"Response": {"Error": {"Code", "Message"}, "RequestId", …}}.

#include "providers/rest.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace Qddns::TencentCloud {

/// \brief The error code of a reply, or empty.
QString errorCode(const HttpReply &reply);

/// \brief Classifies a reply: nullopt with \a response set to the Response object when it carries
/// no error, else the failure in \a words. An error code \a isNotFound accepts is "Rejected" with
/// \a notFound (its %1 is the code and message); other codes are refused requests, AuthFailure and
/// UnauthorizedOperation bad credentials, RequestLimitExceeded a request to slow down.
std::optional<Rest::Failure> classify(const HttpReply &reply, const Rest::Words &words,
                                      const std::function<bool(const QString &code)> &isNotFound,
                                      const QString &notFound, QJsonObject *response, const QStringList &secrets);

} // namespace Qddns::TencentCloud
