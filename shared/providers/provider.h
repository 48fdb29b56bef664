#pragma once

#include "config/configerror.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QLoggingCategory;

namespace Qddns {

/// \brief DNS record types a profile can publish.
enum class RecordType { A, AAAA };
QString recordTypeName(RecordType type);

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// \brief An HTTP request prepared by a provider; the engine sends it (adding the User-Agent).
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

/// \brief How one record update ended. Holds stop all requests for the record
/// until its profile or secret changes.
enum class Outcome {
    Updated,    ///< the provider now holds the address
    Unchanged,  ///< the provider already held the address
    RetryLater, ///< transient failure: back off and retry
    AuthFailed, ///< credentials refused: hold
    Rejected,   ///< request refused for a reason a retry cannot fix (bad host, bad option): hold
    Abuse,      ///< provider blocked us: hold and notify
};
QString outcomeName(Outcome outcome);
bool isHold(Outcome outcome);
bool isSuccess(Outcome outcome);

/// \brief The result for one record (host + type) of an update.
struct RecordResult
{
    QString host;
    RecordType type = RecordType::A;
    Outcome outcome = Outcome::RetryLater;
    QString message;                            ///< for people; never contains the secret
    std::chrono::seconds minRetryDelay{0};      ///< RetryLater: wait at least this long (dyndns2 911: 30 min)
};

/// \brief Everything a provider needs to update a batch of hosts of one profile.
struct UpdateRequest
{
    QString profileName;
    QStringList hosts;                  ///< at most ProviderInfo::maxHostsPerRequest
    std::optional<QHostAddress> ipv4;   ///< publish as A when set
    std::optional<QHostAddress> ipv6;   ///< publish as AAAA when set
    QString username;
    QString secret;
    QUrl server;                        ///< profile's server, else the provider's default
    std::optional<int> ttl;
    /// Provider-specific profile keys (ProviderInfo::options) as the profile wrote them, plus the
    /// declared defaults of those it left out. An option without a default is absent when unset,
    /// so a provider can tell "not set" from an explicit value.
    QJsonObject options;
};

/// \brief A running update: a small state machine of HTTP steps. Pure: it never touches the network.
class UpdateTransaction
{
public:
    virtual ~UpdateTransaction() = default;
    /// \brief The next request to send, or std::nullopt once the transaction is finished.
    virtual std::optional<HttpRequest> nextRequest() = 0;
    /// \brief Feeds the reply to the request last returned by nextRequest().
    virtual void handleReply(const HttpReply &reply) = 0;
    /// \brief One result per record of the request; complete once nextRequest() returned nullopt.
    virtual QList<RecordResult> results() const = 0;
    /// \brief For a dry run, before anything is sent: the request that would publish the record
    /// (\a host, \a type). Services with one request per family or host override it; a multi-step
    /// API shows its first step.
    virtual std::optional<HttpRequest> requestFor(const QString &host, RecordType type)
    {
        Q_UNUSED(host)
        Q_UNUSED(type)
        return nextRequest();
    }
};

/// \brief A provider-specific profile key, described for validation, `providers` and the GUI.
struct ProviderOption
{
    enum class Kind { String, Bool, Integer, Url, Regex };
    QString key;
    Kind kind = Kind::String;
    bool required = false;
    QJsonValue defaultValue;
    QString help;
    QString label; ///< the provider's name for the key in a form, e.g. "Zone"; empty: derived from the key
};
QString optionKindName(ProviderOption::Kind kind);

/// \brief Whether a provider uses a profile's username / secret.
enum class Need { Unused, Optional, Required };

/// \brief Static description of a provider: identity, defaults, the keys a profile may use.
struct ProviderInfo
{
    QString id;                    ///< the profile's "provider" value
    QString name;                  ///< display name
    QString protocol;              ///< implementation family, e.g. "dyndns2" for every DynDNS2 preset
    QString website;
    QString help;                  ///< where to get credentials, which permission they need
    QUrl defaultServer;            ///< base URL; empty when the profile must give one
    QString hostExample;           ///< a host as this provider's users write it ("myhome" at Duck DNS)
    QString hostHelp;              ///< what a host is here, when more than "a fully qualified name"
    Need username = Need::Unused;
    QString usernameLabel;         ///< the provider's word for it, e.g. "Username or email"
    QString usernameHelp;
    Need secret = Need::Required;
    QString secretLabel;           ///< the provider's word for it, e.g. "Token", "API token"
    QString secretHelp;            ///< e.g. "API token with Zone.DNS:Edit"
    /// The profile's "ttl" is sent to the provider; where it is not, "ttl" is an unknown key.
    bool supportsTtl = false;
    int maxHostsPerRequest = 1;
    /// When any record of a host is due, send every family the profile publishes: for services
    /// that drop the record of a family left out of an update (DynDNS2 with myip=v4,v6).
    bool sendsAllFamilies = false;
    bool supportsIpv4 = true;
    bool supportsIpv6 = true;
    QList<ProviderOption> options;
};

/// \brief One DNS provider: pure translation between (profile, addresses) and HTTP requests/replies.
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

/// \brief The longest any record waits before its next attempt: the exponential backoff's cap,
/// and the cap on what a provider may ask for with Retry-After.
inline constexpr std::chrono::seconds kMaxRetryDelay{6 * 3600};

/// \brief The delay a reply's Retry-After header asks for (delay-seconds, or an HTTP-date taken
/// relative to the reply's Date header), capped at kMaxRetryDelay; 0 when absent or unreadable.
/// The one Retry-After parser: a huge value must not park a record for decades.
std::chrono::seconds retryAfterDelay(const HttpReply &reply);

/// \brief "Basic base64(user:secret)" for an Authorization header.
QByteArray basicAuthorization(const QString &user, const QString &secret);

/// \brief A short, single-line, printable excerpt of a reply body for messages, with \a secret
/// masked before it is cut (an excerpt ending inside the secret would escape a later redaction).
QString bodyExcerpt(const QByteArray &body, const QString &secret = {}, int max = 80);

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
class StepTransaction : public UpdateTransaction
{
public:
    using Parser = std::function<QList<RecordResult>(const RequestStep &step, const HttpReply &reply)>;
    /// \a initial: results known without sending (records the provider refuses up front).
    StepTransaction(QList<RequestStep> steps, Parser parse, QList<RecordResult> initial = {});
    std::optional<HttpRequest> nextRequest() override;
    void handleReply(const HttpReply &reply) override;
    QList<RecordResult> results() const override { return m_results; }
    std::optional<HttpRequest> requestFor(const QString &host, RecordType type) override;

private:
    QList<RequestStep> m_steps;
    Parser m_parse;
    QList<RecordResult> m_results;
    qsizetype m_next = 0;
};

} // namespace Qddns
