#pragma once

#include "config/providerschema.h"
#include "core/configerror.h"
#include "core/http.h"
#include "core/outcome.h"
#include "providers/transport.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Qddns {

/// \brief Everything a provider needs to update a batch of hosts of one profile.
struct UpdateRequest
{
    QString profileName;
    QStringList hosts;                  ///< at most ProviderInfo::maxHostsPerRequest
    std::optional<QHostAddress> ipv4;   ///< publish as A when set
    std::optional<QHostAddress> ipv6;   ///< publish as AAAA when set
    QString username;
    QString secret;                     ///< the primary credential (`secret`)
    /// Every credential by field id, the primary under kPrimaryCredential (named credentials).
    QMap<QString, QString> credentials;
    QUrl server;                        ///< profile's server, else the provider's default
    std::optional<int> ttl;
    /// Provider-specific profile keys (ProviderInfo::options) as the profile wrote them, plus the
    /// declared defaults of those it left out. An option without a default is absent when unset,
    /// so a provider can tell "not set" from an explicit value.
    QJsonObject options;
    /// The clock signed requests read (each request asks again, so a long transaction keeps its
    /// signatures fresh); unset: the system clock. The engine passes its own, tests a fixed one.
    std::function<QDateTime()> clock;
    /// Random bytes for the nonces of signed requests; unset: the system's generator.
    std::function<QByteArray(int count)> random;

    /// \brief Every credential value: what each log line and message must mask.
    QStringList secretValues() const;
    /// \brief clock(), else the system clock: UTC.
    QDateTime now() const;
    /// \brief random(count), else \a count bytes of the system's generator.
    QByteArray randomBytes(int count) const;
};

/// \brief A running update: a small state machine of steps, each an HTTP request or a DNS
/// message (TransportRequest). Pure: it never touches the network; the engine sends each step
/// through the transport that speaks it and feeds the reply back.
class UpdateTransaction
{
public:
    virtual ~UpdateTransaction() = default;
    /// \brief The next step to send, or std::nullopt once the transaction is finished.
    virtual std::optional<TransportRequest> nextStep() = 0;
    /// \brief Feeds the reply to the step last returned by nextStep().
    virtual void handleStepReply(const TransportReply &reply) = 0;
    /// \brief One result per record of the request; complete once nextStep() returned nullopt.
    virtual QList<RecordResult> results() const = 0;
    /// \brief For a dry run, before anything is sent: the step that would publish the record
    /// (\a host, \a type). Services with one request per family or host override it; a multi-step
    /// API shows its first step.
    virtual std::optional<TransportRequest> stepFor(const QString &host, RecordType type)
    {
        Q_UNUSED(host)
        Q_UNUSED(type)
        return nextStep();
    }

    // For callers that know the transaction speaks HTTP (the HTTP providers' tests).
    /// \brief nextStep() when it is an HTTP request; nullopt when finished (or not HTTP).
    std::optional<HttpRequest> nextRequest();
    void handleReply(const HttpReply &reply) { handleStepReply(reply); }
    std::optional<HttpRequest> requestFor(const QString &host, RecordType type);
};

/// \brief The base of a transaction whose steps are all HTTP requests: most providers.
class HttpTransaction : public UpdateTransaction
{
public:
    std::optional<TransportRequest> nextStep() final;
    void handleStepReply(const TransportReply &reply) final;
    std::optional<TransportRequest> stepFor(const QString &host, RecordType type) final;

protected:
    virtual std::optional<HttpRequest> nextHttpRequest() = 0;
    virtual void handleHttpReply(const HttpReply &reply) = 0;
    virtual std::optional<HttpRequest> httpRequestFor(const QString &host, RecordType type)
    {
        Q_UNUSED(host)
        Q_UNUSED(type)
        return nextHttpRequest();
    }
};

/// \brief One DNS provider: pure translation between (profile, addresses) and transport steps and their replies.
class Provider
{
public:
    virtual ~Provider() = default;
    virtual const ProviderInfo &info() const = 0;
    /// \brief Checks beyond the generic ones (kinds, required keys); errors name paths below \a path.
    virtual QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const;
    virtual std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const = 0;
};

using ProviderList = std::vector<std::unique_ptr<Provider>>;

// Helpers shared by providers.

/// \brief Records of \a request (each host, each family set) with the same outcome.
QList<RecordResult> resultsForAll(const UpdateRequest &request, Outcome outcome, const QString &message,
                                  std::chrono::seconds minRetryDelay = std::chrono::seconds(0));

/// \brief Generic classification of a failed reply: transport errors, 5xx and 429 retry,
/// 401/403 are auth failures. Returns nullopt for replies the provider must read itself.
std::optional<std::pair<Outcome, QString>> classifyHttpFailure(const HttpReply &reply);

/// \brief "Basic base64(user:secret)" for an Authorization header.
QByteArray basicAuthorization(const QString &user, const QString &secret);

/// \brief A short, single-line, printable excerpt of a reply body for messages, with \a secret
/// masked before it is cut (an excerpt ending inside the secret would escape a later redaction).
QString bodyExcerpt(const QByteArray &body, const QString &secret = QString(), int max = 80);
/// \brief The same with every credential of a request masked (UpdateRequest::secretValues()).
QString bodyExcerpt(const QByteArray &body, const QStringList &secrets, int max = 80);

/// \brief Joins a base URL (with or without trailing slash or path) and a path.
QUrl joinUrl(const QUrl &base, const QString &path);

/// \brief One request of an update and the records (hosts × families) it publishes.
struct RequestStep
{
    HttpRequest http;
    UpdateRequest records;
    QStringList labels; ///< provider-specific names of what was sent, for messages
};

/// \brief A transaction of fixed requests, every one sent in order: a refusal of one step says
/// nothing certain about the others, and each record must get its own result.
class StepTransaction : public HttpTransaction
{
public:
    using Parser = std::function<QList<RecordResult>(const RequestStep &step, const HttpReply &reply)>;
    /// \a initial: results known without sending (records the provider refuses up front).
    StepTransaction(QList<RequestStep> steps, Parser parse, QList<RecordResult> initial = {});
    QList<RecordResult> results() const override { return m_results; }

protected:
    std::optional<HttpRequest> nextHttpRequest() override;
    void handleHttpReply(const HttpReply &reply) override;
    std::optional<HttpRequest> httpRequestFor(const QString &host, RecordType type) override;

private:
    QList<RequestStep> m_steps;
    Parser m_parse;
    QList<RecordResult> m_results;
    qsizetype m_next = 0;
};

} // namespace Qddns
