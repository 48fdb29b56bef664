#pragma once

// The REST helper of the provider kit: requests with an API's credentials and JSON bodies, the
// failures every API shares, and the record-API pattern as a state machine (find the zone, read
// the record, compare, write only when different, create when missing). A provider on it is one
// small file: its URLs, its JSON, its words.

#include "core/expected.h"
#include "providers/provider.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace Qddns::Rest {

/// \brief A logging category as Q_LOGGING_CATEGORY defines it (lcProvider of providerkit.h).
using LoggingCategory = const QLoggingCategory &(*)();

/// \brief Builds an API's requests: a base URL, the credentials every request carries (a header
/// such as "Authorization: Bearer …", or fields merged into every JSON body), JSON bodies.
class Api
{
public:
    explicit Api(QUrl base = {});
    /// \brief "Authorization: Bearer TOKEN" on every request.
    Api &bearer(const QString &token);
    /// \brief "Authorization: Basic base64(user:secret)" on every request.
    Api &basic(const QString &user, const QString &secret);
    /// \brief Any header on every request ("X-Auth-Key: …", "Authorization: sso-key K:S").
    Api &header(const QByteArray &name, const QByteArray &value);
    /// \brief Fields every request's JSON body carries (credentials in the body); every request
    /// then has a JSON body.
    Api &bodyFields(const QJsonObject &fields);

    const QUrl &base() const { return m_base; }
    /// \brief \a method of base + \a path; a JSON body when \a body is given or bodyFields() are set.
    HttpRequest request(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                        const std::optional<QJsonObject> &body = std::nullopt) const;

private:
    QUrl m_base;
    HttpHeaders m_headers;
    QJsonObject m_bodyFields;
};

/// \brief The root object of a JSON reply, or nullopt when the body is none.
std::optional<QJsonObject> jsonObject(const QByteArray &body);

/// \brief Why a step did not give what it asked for, and what that means for the records.
struct Failure
{
    Outcome outcome = Outcome::RetryLater;
    QString message;
    std::chrono::seconds minRetryDelay{0};
    bool stop = false; ///< every further request would meet the same answer: send none
    bool unexpected = false; ///< the reply was not recognised (RecordResult::unexpected)
};

/// \brief The words of an API's messages.
struct Words
{
    QString name;                                      ///< "Cloudflare"
    QString credentials = QStringLiteral("credentials"); ///< "API token", "API keys"
    QString authHint;                                  ///< "; it needs Zone:DNS:Edit for the zone"
};

/// \brief The failures every API shares, or nullopt for a reply the provider reads itself: no
/// answer (stop), 401/403 (AuthFailed, stop), 429 (the shared Retry-After, capped; stop), 5xx.
/// \a detail says what the reply said ("HTTP 403, code 9109: Invalid access token").
std::optional<Failure> commonFailure(const HttpReply &reply, const Words &words, const QString &detail);
/// \brief "AuthFailed, stop" in the API's words: for credentials refused with another status.
Failure authFailure(const Words &words, const QString &detail);
/// \brief A reply the provider cannot read (HTML, unknown JSON): retried, never a success, and
/// marked unexpected (three in a row hold the record).
Failure unexpectedReply(const Words &words, const HttpReply &reply, const QStringList &secrets,
                        const QString &what = QString());

/// \brief A record as the API holds it.
struct Record
{
    QString id;
    QString content;
    QJsonObject fields; ///< everything the API said of it: a write keeps what it does not change
};

/// \brief One record the transaction keeps: a host, a type and the address it should hold.
struct RecordJob
{
    QString host;          ///< as the request named it; results carry it back
    QString name;          ///< canonicalName(host)
    RecordType type = RecordType::A;
    QHostAddress address;
};

/// \brief A DNS name as APIs store it: lower case, Punycode, no trailing dot ("*." kept).
QString canonicalName(const QString &name);
/// \brief Whether \a name (canonical) is \a zone or below it.
bool inZone(const QString &name, const QString &zone);
/// \brief Whether a record's content is \a address (IPv6 in any notation).
bool sameAddress(const QString &content, const QHostAddress &address);

/// \brief The record-API pattern: (find the zone) → for each host and family: read the record →
/// unchanged when it holds the address → update it when it differs, create it when missing;
/// several records of one name and type are refused rather than guessed. An API may first need an
/// authentication step (authRequest()). A subclass gives the
/// requests and reads the replies; order, stops, results and redaction are here. Call begin()
/// at the end of the subclass's constructor.
class RecordApiTransaction : public HttpTransaction
{
public:
    QList<RecordResult> results() const override;

protected:
    RecordApiTransaction(const UpdateRequest &request, Words words, LoggingCategory logging);

    /// \brief Runs the checks of every record (jobProblem()) and picks the first step.
    void begin();

    /// \brief Why a record cannot be updated before anything is sent (no zone configured, a host
    /// outside it); also asked again after the zone step. nullopt: go ahead.
    virtual std::optional<Failure> jobProblem(const RecordJob &job) const;
    /// \brief A step before everything else that gets the credentials the other steps carry (an
    /// OAuth access token, a session), or nullopt when the API needs none.
    virtual std::optional<HttpRequest> authRequest() const { return std::nullopt; }
    /// \brief Reads the authentication step's reply (keeping what it got); a Failure ends every record.
    virtual std::optional<Failure> readAuth(const HttpReply &reply);
    /// \brief The zone lookup, or nullopt when the API needs none.
    virtual std::optional<HttpRequest> zoneRequest() const { return std::nullopt; }
    /// \brief Reads the zone lookup's reply (keeping what it learnt); a Failure ends every record.
    virtual std::optional<Failure> readZone(const HttpReply &reply);
    virtual HttpRequest readRequest(const RecordJob &job) const = 0;
    /// \brief The records of the job's name and type the reply lists.
    virtual Expected<QList<Record>, Failure> readRecords(const RecordJob &job, const HttpReply &reply) const = 0;
    virtual HttpRequest createRequest(const RecordJob &job) const = 0;
    virtual Expected<HttpRequest, Failure> updateRequest(const RecordJob &job, const Record &existing) const = 0;
    /// \brief Reads a write's reply: nullopt when the record now holds the address.
    virtual std::optional<Failure> readWrite(const RecordJob &job, const HttpReply &reply, bool created) const = 0;

    const UpdateRequest &request() const { return m_request; }
    const Words &words() const { return m_words; }
    QStringList secrets() const { return m_request.secretValues(); }

    std::optional<HttpRequest> nextHttpRequest() override;
    void handleHttpReply(const HttpReply &reply) override;

private:
    enum class Phase { Auth, Zone, Read, Write, Done };
    struct Job
    {
        RecordJob record;
        std::optional<RecordResult> result;
    };

    void afterAuth();
    void onRead(const HttpReply &reply);
    void finish(Outcome outcome, const QString &message, std::chrono::seconds delay = {}, bool unexpected = false);
    void fail(const Failure &failure);
    void finishAll(const Failure &failure);
    void checkJobs();
    void advance();

    UpdateRequest m_request;
    Words m_words;
    LoggingCategory m_logging;
    QList<Job> m_jobs;
    int m_current = -1;
    Phase m_phase = Phase::Done;
    HttpRequest m_write;
    bool m_creating = false;
    QString m_writeDescription;
};

} // namespace Qddns::Rest
