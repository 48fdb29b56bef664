#include "providers/rest.h"

#include "core/redact.h"

#include <QJsonDocument>

#include <algorithm>

namespace Qddns::Rest {

Api::Api(QUrl base) : m_base(std::move(base)) {}

Api &Api::bearer(const QString &token)
{
    return header("Authorization", "Bearer " + token.toUtf8());
}

Api &Api::basic(const QString &user, const QString &secret)
{
    return header("Authorization", basicAuthorization(user, secret));
}

Api &Api::header(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
    return *this;
}

Api &Api::bodyFields(const QJsonObject &fields)
{
    m_bodyFields = fields;
    return *this;
}

HttpRequest Api::request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                         const std::optional<QJsonObject> &body) const
{
    HttpRequest request;
    request.method = method;
    request.url = joinUrl(m_base, path);
    if (!query.isEmpty())
        request.url.setQuery(query);
    request.headers = m_headers;
    if (body || !m_bodyFields.isEmpty()) {
        QJsonObject json = m_bodyFields;
        if (body) {
            for (auto it = body->constBegin(); it != body->constEnd(); ++it)
                json.insert(it.key(), it.value());
        }
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        request.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    }
    return request;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<Failure> commonFailure(const HttpReply &reply, const Words &words, const QString &detail)
{
    // Unreachable or rate limited: every further request would meet the same wall.
    if (!reply.error.isEmpty())
        return Failure{Outcome::RetryLater, QStringLiteral("could not reach %1: %2").arg(words.name, reply.error), {}, true};
    if (reply.status == 401 || reply.status == 403)
        return authFailure(words, detail);
    if (reply.status == 429)
        return Failure{Outcome::RetryLater, QStringLiteral("%1 rate limit reached (%2)").arg(words.name, detail),
                       retryAfterDelay(reply), true};
    if (reply.status >= 500)
        return Failure{Outcome::RetryLater, QStringLiteral("%1 server error (%2)").arg(words.name, detail), retryAfterDelay(reply)};
    return std::nullopt;
}

Failure authFailure(const Words &words, const QString &detail)
{
    return Failure{Outcome::AuthFailed,
                   QStringLiteral("%1 refused the %2 (%3)%4").arg(words.name, words.credentials, detail, words.authHint), {},
                   true};
}

Failure unexpectedReply(const Words &words, const HttpReply &reply, const QStringList &secrets, const QString &what)
{
    return Failure{Outcome::RetryLater,
                   QStringLiteral("unexpected reply from %1 (HTTP %2%3): %4")
                       .arg(words.name)
                       .arg(reply.status)
                       .arg(what.isEmpty() ? QString() : QStringLiteral(", ") + what, bodyExcerpt(reply.body, secrets)),
                   {}, false, true};
}

QString canonicalName(const QString &name)
{
    QString n = name.trimmed().toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    // QUrl::toAce refuses the '*' label, which is legal in a wildcard record name.
    const bool wildcard = n.startsWith(QLatin1String("*."));
    const QString rest = wildcard ? n.mid(2) : n;
    const QString ace = QString::fromLatin1(QUrl::toAce(rest));
    const QString result = ace.isEmpty() ? rest : ace;
    return wildcard ? QStringLiteral("*.") + result : result;
}

bool inZone(const QString &name, const QString &zone)
{
    return !zone.isEmpty() && (name == zone || name.endsWith(QLatin1Char('.') + zone));
}

bool sameAddress(const QString &content, const QHostAddress &address)
{
    const QHostAddress parsed(content.trimmed());
    return parsed.isNull() ? content.trimmed() == address.toString() : parsed.isEqual(address);
}

RecordApiTransaction::RecordApiTransaction(const UpdateRequest &request, Words words, LoggingCategory logging)
    : m_request(request), m_words(std::move(words)), m_logging(logging)
{
    for (const QString &host : request.hosts) {
        for (Family f : kFamilies) {
            const auto &address = f == Family::IPv4 ? request.ipv4 : request.ipv6;
            if (address)
                m_jobs.append({RecordJob{host, canonicalName(host), typeOf(f), *address}, std::nullopt});
        }
    }
}

void RecordApiTransaction::begin()
{
    checkJobs();
    const bool anyToDo = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const Job &j) { return !j.result; });
    if (!anyToDo)
        m_phase = Phase::Done;
    else if (authRequest())
        m_phase = Phase::Auth;
    else
        afterAuth();
}

void RecordApiTransaction::afterAuth()
{
    const bool anyToDo = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const Job &j) { return !j.result; });
    if (anyToDo && zoneRequest())
        m_phase = Phase::Zone;
    else
        advance();
}

std::optional<Failure> RecordApiTransaction::jobProblem(const RecordJob &) const
{
    return std::nullopt;
}

std::optional<Failure> RecordApiTransaction::readAuth(const HttpReply &)
{
    return std::nullopt;
}

std::optional<Failure> RecordApiTransaction::readZone(const HttpReply &)
{
    return std::nullopt;
}

void RecordApiTransaction::checkJobs()
{
    for (Job &job : m_jobs) {
        if (job.result)
            continue;
        if (const auto problem = jobProblem(job.record)) {
            job.result = RecordResult{job.record.host, job.record.type, problem->outcome,
                                      redactText(problem->message, secrets()), problem->minRetryDelay, problem->unexpected};
        }
    }
}

std::optional<HttpRequest> RecordApiTransaction::nextHttpRequest()
{
    switch (m_phase) {
    case Phase::Auth: return authRequest();
    case Phase::Zone: return zoneRequest();
    case Phase::Read: return readRequest(m_jobs.at(m_current).record);
    case Phase::Write: return m_write;
    case Phase::Done: return std::nullopt;
    }
    return std::nullopt;
}

void RecordApiTransaction::handleHttpReply(const HttpReply &reply)
{
    switch (m_phase) {
    case Phase::Auth:
        if (const auto failure = readAuth(reply)) {
            finishAll(*failure);
            return;
        }
        checkJobs();
        afterAuth();
        return;
    case Phase::Zone:
        if (const auto failure = readZone(reply)) {
            finishAll(*failure);
            return;
        }
        checkJobs();
        advance();
        return;
    case Phase::Read:
        onRead(reply);
        return;
    case Phase::Write: {
        const RecordJob &job = m_jobs.at(m_current).record;
        if (const auto failure = readWrite(job, reply, m_creating))
            fail(*failure);
        else
            finish(Outcome::Updated, m_writeDescription);
        return;
    }
    case Phase::Done:
        return;
    }
}

void RecordApiTransaction::onRead(const HttpReply &reply)
{
    const RecordJob &job = m_jobs.at(m_current).record;
    const QString type = recordTypeName(job.type);
    const QString address = job.address.toString();
    const auto records = readRecords(job, reply);
    if (!records) {
        fail(records.error());
        return;
    }
    if (records->isEmpty()) {
        m_write = createRequest(job);
        m_creating = true;
        m_writeDescription = QStringLiteral("created %1 record %2 with %3").arg(type, job.name, address);
        m_phase = Phase::Write;
        return;
    }
    if (records->size() > 1) {
        finish(Outcome::Rejected,
               QStringLiteral("%1 %2 records named %3 exist at %4; qddns will not guess which one to overwrite: keep "
                              "one and delete the others")
                   .arg(records->size())
                   .arg(type, job.name, m_words.name));
        return;
    }
    const Record &record = records->first();
    if (sameAddress(record.content, job.address)) {
        finish(Outcome::Unchanged, QStringLiteral("%1 record %2 already holds %3").arg(type, job.name, address));
        return;
    }
    const auto write = updateRequest(job, record);
    if (!write) {
        fail(write.error());
        return;
    }
    m_write = *write;
    m_creating = false;
    m_writeDescription = QStringLiteral("changed %1 record %2 from %3 to %4")
                             .arg(type, job.name, bodyExcerpt(record.content.toUtf8(), secrets(), 60), address);
    m_phase = Phase::Write;
}

void RecordApiTransaction::fail(const Failure &failure)
{
    if (failure.stop)
        finishAll(failure);
    else
        finish(failure.outcome, failure.message, failure.minRetryDelay, failure.unexpected);
}

void RecordApiTransaction::finish(Outcome outcome, const QString &message, std::chrono::seconds delay, bool unexpected)
{
    Job &job = m_jobs[m_current];
    job.result = RecordResult{job.record.host, job.record.type, outcome, redactText(message, secrets()), delay, unexpected};
    qCDebug(m_logging).noquote() << recordTypeName(job.record.type) << job.record.name << outcomeName(outcome);
    advance();
}

void RecordApiTransaction::finishAll(const Failure &failure)
{
    const QString message = redactText(failure.message, secrets());
    for (Job &job : m_jobs) {
        if (!job.result)
            job.result = RecordResult{job.record.host, job.record.type, failure.outcome, message, failure.minRetryDelay,
                                      failure.unexpected};
    }
    qCDebug(m_logging).noquote() << "transaction stopped:" << outcomeName(failure.outcome);
    m_phase = Phase::Done;
}

void RecordApiTransaction::advance()
{
    m_write = {};
    m_writeDescription.clear();
    for (int i = m_current + 1; i < m_jobs.size(); ++i) {
        if (!m_jobs.at(i).result) {
            m_current = i;
            m_phase = Phase::Read;
            return;
        }
    }
    m_phase = Phase::Done;
}

QList<RecordResult> RecordApiTransaction::results() const
{
    QList<RecordResult> list;
    for (const Job &job : m_jobs) {
        if (job.result)
            list.append(*job.result);
    }
    return list;
}

} // namespace Qddns::Rest
