#include "engine/engine.h"

#include "engine/clock.h"
#include "engine/transport.h"
#include "core/logging.h"
#include "net/httpclient.h"
#include "core/redact.h"
#include "providers/providerregistry.h"
#include "secrets/secretstore.h"
#include "state/history.h"

#include <QCryptographicHash>
#include <QSet>

#include <map>

namespace Qddns {

using namespace std::chrono_literals;

QString resultName(RecordReport::Result result)
{
    switch (result) {
    case RecordReport::Result::Updated: return QStringLiteral("updated");
    case RecordReport::Result::Unchanged: return QStringLiteral("unchanged");
    case RecordReport::Result::Failed: return QStringLiteral("failed");
    case RecordReport::Result::Held: return QStringLiteral("held");
    case RecordReport::Result::DryRun: return QStringLiteral("dry-run");
    }
    return {};
}

QJsonObject RecordReport::toJson() const
{
    return {{QStringLiteral("profile"), profile},
            {QStringLiteral("host"), host},
            {QStringLiteral("type"), recordTypeName(type)},
            {QStringLiteral("address"), address},
            {QStringLiteral("result"), resultName(result)},
            {QStringLiteral("message"), message}};
}

CycleOptions CycleOptions::mergedWith(const CycleOptions &other) const
{
    CycleOptions merged{force || other.force, dryRun && other.dryRun, {}};
    if (!profiles.isEmpty() && !other.profiles.isEmpty()) {
        merged.profiles = profiles;
        for (const QString &name : other.profiles) {
            if (!merged.profiles.contains(name))
                merged.profiles.append(name);
        }
    }
    return merged;
}

std::chrono::seconds Engine::backoff(int failures)
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    return std::min<std::chrono::seconds>(60s * (qint64(1) << exponent), kMaxRetryDelay);
}

std::chrono::seconds Engine::retryDelay(int failures, const QString &recordKey)
{
    const auto base = backoff(failures);
    const QByteArray hash = QCryptographicHash::hash(recordKey.toUtf8(), QCryptographicHash::Sha256);
    const double fraction = double((uchar(hash.at(0)) << 8) | uchar(hash.at(1))) / 65536.0;
    return base + std::chrono::seconds(qint64(double(base.count()) * 0.2 * fraction));
}

namespace {
QString shortTime(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }
} // namespace

// One cycle: detection, then one job per profile, then the state is saved once.
class Engine::Cycle : public QObject
{
public:
    Cycle(Engine *engine, CycleOptions options) : QObject(engine), m_engine(engine), m_options(options) {}

    void start()
    {
        const Config &config = m_engine->m_config;
        QSet<Family> families;
        for (const Profile &p : config.profiles) {
            if (!selected(p))
                continue;
            for (Family f : {Family::IPv4, Family::IPv6}) {
                if (p.publishes(f))
                    families.insert(f);
            }
        }
        if (config.profiles.isEmpty())
            families = {Family::IPv4, Family::IPv6}; // no profile: still keep the address history
        for (Family f : {Family::IPv4, Family::IPv6}) {
            if (!families.contains(f) || config.detection(f).detectors.isEmpty())
                continue;
            auto *detector = new FamilyDetector(f, config.detection(f), m_engine->m_services.http, this);
            detector->setWithheldEnvironment(config.secretEnvironment());
            connect(detector, &FamilyDetector::finished, this, [this, detector](const DetectionResult &result) {
                detector->deleteLater();
                onDetected(result);
            });
            ++m_pendingDetections;
            detector->start();
        }
        if (m_pendingDetections == 0)
            updateProfiles();
    }

private:
    static QString waitingCondition(const QDateTime &until) { return QStringLiteral("waiting until ") + shortTime(until); }
    static QString heldCondition(const RecordState &r) { return QStringLiteral("held: ") + r.hold + QLatin1Char(' ') + r.message; }

    bool selected(const Profile &p) const { return m_options.profiles.isEmpty() || m_options.profiles.contains(p.name); }

    void onDetected(const DetectionResult &result)
    {
        m_detected.insert(int(result.family), result);
        m_engine->m_lastDetections.insert(int(result.family), result);
        Q_EMIT m_engine->detectionFinished(result);
        const QString name = result.family == Family::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
        if (result.address) {
            const QString address = result.address->toString();
            FamilyState &known = m_engine->m_state.family(result.family);
            if (known.address != address) {
                if (known.address.isEmpty())
                    qCInfo(lcDetect).noquote() << "public" << name << "address is" << address << "(from" << result.detector + QLatin1Char(')');
                else
                    qCInfo(lcDetect).noquote() << "public" << name << "address changed from" << known.address << "to" << address
                                               << "(from" << result.detector + QLatin1Char(')');
                if (!m_options.dryRun) {
                    const QString old = known.address;
                    known = {address, result.detector, m_engine->now()};
                    if (m_engine->m_services.history)
                        m_engine->m_services.history->append({m_engine->now(), result.family, old, address, result.detector});
                    Q_EMIT m_engine->addressChanged(result.family, old, address, result.detector);
                }
            } else {
                qCDebug(lcDetect).noquote() << "public" << name << "address unchanged:" << address;
            }
        }
        logDetection(result, name);
        if (--m_pendingDetections == 0)
            updateProfiles();
    }

    // Detector rejections and a family without address are conditions: said when they begin or
    // change (and when they end), not on every poll while the network is down.
    void logDetection(const DetectionResult &result, const QString &name)
    {
        if (m_engine->m_stopping) {
            if (!result.address)
                qCInfo(lcDetect).noquote() << name << "detection cancelled: the agent is stopping";
            return;
        }
        const QString family = familyName(result.family);
        if (m_options.dryRun) {
            // A dry run reports what it sees and leaves the conditions of the real cycles alone.
            for (const DetectionAttempt &attempt : result.attempts) {
                if (!attempt.error.isEmpty())
                    qCWarning(lcDetect).noquote() << family << "detector" << attempt.detector << "rejected:" << attempt.error;
            }
            if (!result.address)
                qCWarning(lcDetect).noquote() << "no public" << name << "address:" << result.error;
            return;
        }
        for (const DetectionAttempt &attempt : result.attempts) {
            const QString key = QStringLiteral("detector/") + family + QLatin1Char('/') + attempt.detector;
            if (attempt.error.isEmpty()) {
                if (m_engine->clearCondition(key))
                    qCInfo(lcDetect).noquote() << family << "detector" << attempt.detector << "answers again";
            } else if (m_engine->setCondition(key, attempt.error)) {
                qCWarning(lcDetect).noquote() << family << "detector" << attempt.detector << "rejected:" << attempt.error;
            } else {
                qCDebug(lcDetect).noquote() << family << "detector" << attempt.detector << "still rejected:" << attempt.error;
            }
        }
        const QString key = QStringLiteral("detect/") + family;
        if (result.address) {
            if (m_engine->clearCondition(key))
                qCInfo(lcDetect).noquote() << "public" << name << "address detected again:" << result.address->toString();
        } else if (m_engine->setCondition(key, result.error)) {
            qCWarning(lcDetect).noquote() << "no public" << name << "address:" << result.error;
        } else {
            qCDebug(lcDetect).noquote() << "still no public" << name << "address:" << result.error;
        }
    }

    std::optional<QHostAddress> detected(Family f) const
    {
        const auto it = m_detected.constFind(int(f));
        return it == m_detected.constEnd() ? std::nullopt : it->address;
    }

    // For services that drop a family left out of an update: when this cycle could not detect
    // that family, the last address detected for it is sent again so its record survives.
    // Its records are neither reported nor changed by the update (they failed detection).
    std::optional<QHostAddress> carried(Family f) const
    {
        if (detected(f))
            return std::nullopt;
        const QHostAddress last(m_engine->m_state.family(f).address);
        return isGlobalUnicast(last) ? std::optional<QHostAddress>(last) : std::nullopt;
    }

    bool isCarried(RecordType type, const UpdateRequest &request) const
    {
        const Family f = familyOf(type);
        const auto &sent = f == Family::IPv4 ? request.ipv4 : request.ipv6;
        return sent && !detected(f);
    }

    // How a report is logged. An event (an attempt's outcome) is logged at its level; a lasting
    // condition (held, waiting for a retry, no address, nothing to do) only when it begins or
    // changes, then at debug level: a long-failing agent's journal must stay readable.
    enum class Notice { Event, Lasting };

    void report(const Profile &p, const QString &host, RecordType type, RecordReport::Result result, const QString &message,
                Notice notice = Notice::Event, const QString &condition = {})
    {
        const auto address = detected(familyOf(type));
        m_reports.append({p.name, host, type, address ? address->toString() : QString(), result, message});
        const QString line = QStringLiteral("%1 %2 %3: %4%5").arg(p.name, host, recordTypeName(type), resultName(result),
                                                                 message.isEmpty() ? QString() : QStringLiteral(" (") + message + QLatin1Char(')'));
        if (m_options.dryRun) {
            qCInfo(lcEngine).noquote() << line;
            return;
        }
        const QString key = QStringLiteral("record/") + p.name + QLatin1Char('/') + host + QLatin1Char('/') + recordTypeName(type);
        if (m_reports.last().failedOrHeld()) {
            if (m_engine->setCondition(key, condition.isEmpty() ? message : condition) || notice == Notice::Event)
                qCWarning(lcEngine).noquote() << line;
            else
                qCDebug(lcEngine).noquote() << line;
            return;
        }
        const bool recovered = m_engine->clearCondition(key);
        if (notice == Notice::Lasting && !recovered)
            qCDebug(lcEngine).noquote() << line;
        else
            qCInfo(lcEngine).noquote() << line;
    }

    void updateProfiles()
    {
        if (m_engine->m_config.profiles.isEmpty()) {
            finish();
            return;
        }
        for (const Profile &p : m_engine->m_config.profiles) {
            if (selected(p))
                planProfile(p);
        }
        if (m_pendingJobs == 0)
            finish();
    }

    // Decides per record without the secret; reads the secret only when a request may be needed.
    void planProfile(const Profile &p)
    {
        const QDateTime now = m_engine->now();
        QList<std::pair<QString, RecordType>> due, held;
        QList<std::tuple<QString, RecordType, QString>> unchanged;
        for (const QString &host : p.hosts) {
            for (Family f : {Family::IPv4, Family::IPv6}) {
                if (!p.publishes(f))
                    continue;
                const RecordType type = typeOf(f);
                // Decisions work on a copy: a dry run must leave the state exactly as it was.
                const RecordState *known = m_engine->m_state.find(p.name, host, type);
                RecordState r = known ? *known : RecordState{};
                if (r.fingerprint != p.fingerprint) {
                    // A changed profile (new server, account, options…) lifts holds and re-sends.
                    if (!r.fingerprint.isEmpty())
                        qCInfo(lcEngine).noquote() << p.name << host << recordTypeName(type) << "profile changed: record will be re-sent";
                    r = RecordState{};
                    r.fingerprint = p.fingerprint;
                    if (!m_options.dryRun)
                        m_engine->m_state.record(p.name, host, type) = r;
                }
                const auto address = detected(f);
                if (!address) {
                    if (m_engine->m_stopping)
                        continue; // a cancelled detection is no failure of this record
                    const auto it = m_detected.constFind(int(f));
                    const QString why = it == m_detected.constEnd() ? QString() : it->error;
                    report(p, host, type, RecordReport::Result::Failed,
                           QStringLiteral("no public %1 address detected%2").arg(familyName(f),
                               why.isEmpty() ? QString() : QStringLiteral(": ") + why),
                           Notice::Lasting, QStringLiteral("no address: ") + why);
                    continue;
                }
                if (!r.hold.isEmpty()) {
                    held.append({host, type});
                    continue;
                }
                if (r.retryAfter.isValid() && r.retryAfter > now) {
                    report(p, host, type, RecordReport::Result::Failed,
                           QStringLiteral("waiting until %1 before retrying after: %2").arg(shortTime(r.retryAfter), r.message),
                           Notice::Lasting, waitingCondition(r.retryAfter));
                    continue;
                }
                const bool fresh = r.published.isValid() && r.published.addSecs(m_engine->m_config.forceInterval.count()) > now;
                if (r.address == address->toString() && fresh && !m_options.force) {
                    unchanged.append({host, type, QStringLiteral("already published %1").arg(shortTime(r.published))});
                    continue;
                }
                due.append({host, type});
            }
        }
        // A provider that needs every family in each update sends the unchanged records of a due
        // host again; the update reports them, so they are not also reported unchanged here.
        const bool allFamilies = m_engine->m_services.registry->find(p.provider)->info().sendsAllFamilies;
        for (const auto &[host, type, message] : unchanged) {
            const QString &name = host; // clang 14 cannot capture a structured binding
            const bool resent = allFamilies && std::any_of(due.cbegin(), due.cend(), [&name](const auto &d) { return d.first == name; });
            if (!resent)
                report(p, host, type, RecordReport::Result::Unchanged, message, Notice::Lasting);
        }
        if (due.isEmpty() && held.isEmpty())
            return;

        ++m_pendingJobs;
        readCredentials(*m_engine->m_services.secrets, p, this, [this, p, due, held](const CredentialsResult &credentials) {
            onCredentials(p, due, held, credentials);
        });
    }

    void onCredentials(const Profile &p, QList<std::pair<QString, RecordType>> due,
                       const QList<std::pair<QString, RecordType>> &held, const CredentialsResult &credentials)
    {
        if (!credentials) {
            qCWarning(lcSecrets).noquote() << "profile" << p.name + QLatin1Char(':') << credentials.error();
            for (const auto &[host, type] : due + held)
                report(p, host, type, RecordReport::Result::Failed, QStringLiteral("secret unavailable: ") + credentials.error(),
                       Notice::Lasting);
            jobDone();
            return;
        }
        const QByteArray fingerprint = m_engine->m_state.credentialsFingerprint(*credentials);
        for (const auto &[host, type] : held) {
            RecordState &r = m_engine->m_state.record(p.name, host, type);
            if (r.secretFingerprint != fingerprint) {
                qCInfo(lcEngine).noquote() << p.name << host << recordTypeName(type) << "secret changed: lifting the hold";
                if (!m_options.dryRun) {
                    r.hold.clear();
                    r.failures = 0;
                    r.retryAfter = {};
                }
                due.append({host, type});
            } else {
                report(p, host, type, RecordReport::Result::Held,
                       QStringLiteral("held since %1: %2; change the profile or its secret to retry")
                           .arg(shortTime(r.lastAttempt), r.message),
                       Notice::Lasting, heldCondition(r));
            }
        }
        if (due.isEmpty()) {
            jobDone();
            return;
        }
        sendBatches(p, *credentials, fingerprint, due);
        jobDone();
    }

    void sendBatches(const Profile &p, const Credentials &credentials, const QByteArray &secretFingerprint,
                     const QList<std::pair<QString, RecordType>> &due)
    {
        const Provider *provider = m_engine->m_services.registry->find(p.provider);
        const ProviderInfo &info = provider->info();
        // Hosts grouped by the families to send, kept in configuration order.
        std::map<int, QStringList> byFamilies;
        for (const QString &host : p.hosts) {
            int mask = 0;
            for (const auto &[h, type] : due) {
                if (h == host)
                    mask |= type == RecordType::A ? 1 : 2;
            }
            if (mask && info.sendsAllFamilies) {
                mask = 0;
                for (Family f : {Family::IPv4, Family::IPv6}) {
                    const int bit = f == Family::IPv4 ? 1 : 2;
                    if (p.publishes(f) && (detected(f) || carried(f)))
                        mask |= bit;
                }
            }
            if (mask)
                byFamilies[mask].append(host);
        }
        for (const auto &[mask, hosts] : byFamilies) {
            const int chunk = std::max(1, info.maxHostsPerRequest);
            for (qsizetype i = 0; i < hosts.size(); i += chunk) {
                UpdateRequest request;
                request.profileName = p.name;
                request.hosts = hosts.mid(i, chunk);
                if (mask & 1)
                    request.ipv4 = detected(Family::IPv4) ? detected(Family::IPv4) : carried(Family::IPv4);
                if (mask & 2)
                    request.ipv6 = detected(Family::IPv6) ? detected(Family::IPv6) : carried(Family::IPv6);
                request.username = p.username;
                request.secret = credentials.value(QString(kPrimaryCredential));
                request.credentials = credentials;
                request.server = p.server.isEmpty() ? info.defaultServer : p.server;
                request.ttl = p.ttl;
                request.options = p.options;
                runTransaction(p, request, secretFingerprint);
            }
        }
    }

    void runTransaction(const Profile &p, const UpdateRequest &request, const QByteArray &secretFingerprint)
    {
        const Provider *provider = m_engine->m_services.registry->find(p.provider);
        std::shared_ptr<UpdateTransaction> transaction = provider->start(request);
        if (m_options.dryRun) {
            // Each record's own request: services with one request per family or host send several.
            for (const QString &host : request.hosts) {
                for (RecordType type : {RecordType::A, RecordType::AAAA}) {
                    const bool sent = type == RecordType::A ? request.ipv4.has_value() : request.ipv6.has_value();
                    if (!sent || isCarried(type, request))
                        continue;
                    const auto step = transaction->stepFor(host, type);
                    const QString what = step ? QStringLiteral("would send ") + describeRequest(*step, request.secretValues())
                                              : QStringLiteral("nothing to send");
                    report(p, host, type, RecordReport::Result::DryRun, what);
                }
            }
            return;
        }
        ++m_pendingJobs;
        step(p, request, transaction, secretFingerprint);
    }

    void step(const Profile &p, const UpdateRequest &request, std::shared_ptr<UpdateTransaction> transaction,
              const QByteArray &secretFingerprint)
    {
        const auto next = transaction->nextStep();
        if (!next) {
            applyResults(p, request, transaction->results(), secretFingerprint);
            jobDone();
            return;
        }
        Transport::Options options;
        options.allowInsecureHttp = p.allowInsecureHttp;
        options.secrets = request.secretValues();
        m_engine->m_transport->send(*next, options, this,
                                    [this, p, request, transaction, secretFingerprint](const TransportReply &reply) {
            transaction->handleStepReply(reply);
            step(p, request, transaction, secretFingerprint);
        });
    }

    void applyResults(const Profile &p, const UpdateRequest &request, QList<RecordResult> results,
                      const QByteArray &secretFingerprint)
    {
        // Every record of the request gets a result, even from a provider that forgot one.
        std::optional<RecordResult> hold;
        for (const RecordResult &r : results) {
            if (isHold(r.outcome))
                hold = r;
        }
        for (const QString &host : request.hosts) {
            for (RecordType type : {RecordType::A, RecordType::AAAA}) {
                if ((type == RecordType::A && !request.ipv4) || (type == RecordType::AAAA && !request.ipv6))
                    continue;
                const bool present = std::any_of(results.begin(), results.end(), [&](const RecordResult &r) {
                    return r.host == host && r.type == type;
                });
                if (present)
                    continue;
                RecordResult missing = hold.value_or(RecordResult{host, type, Outcome::RetryLater,
                                                                  QStringLiteral("the provider did not report on this record"), 0s});
                missing.host = host;
                missing.type = type;
                results.append(missing);
            }
        }

        const QDateTime now = m_engine->now();
        const QStringList secretTexts = request.secretValues();
        for (const RecordResult &result : std::as_const(results)) {
            const auto address = result.type == RecordType::A ? request.ipv4 : request.ipv6;
            if (!address || !request.hosts.contains(result.host) || isCarried(result.type, request))
                continue; // records not asked about, or only carried along, keep their state
            RecordState &r = m_engine->m_state.record(p.name, result.host, result.type);
            // Belt and braces: provider messages should never hold the secret; make sure.
            const QString message = redactText(result.message, secretTexts);
            r.lastAttempt = now;
            r.lastResult = outcomeName(result.outcome);
            r.message = message;
            r.fingerprint = p.fingerprint;
            if (isSuccess(result.outcome)) {
                r.address = address->toString();
                r.published = now;
                r.failures = 0;
                r.retryAfter = {};
                r.hold.clear();
                r.secretFingerprint.clear();
                report(p, result.host, result.type,
                       result.outcome == Outcome::Updated ? RecordReport::Result::Updated : RecordReport::Result::Unchanged,
                       message);
            } else if (isHold(result.outcome)) {
                r.hold = outcomeName(result.outcome);
                r.secretFingerprint = secretFingerprint;
                r.retryAfter = {};
                report(p, result.host, result.type, RecordReport::Result::Held,
                       message + QStringLiteral("; no more updates for this record until the profile or its secret changes"),
                       Notice::Event, heldCondition(r));
            } else if (m_engine->m_stopping) {
                // Cancelled by the shutdown: not the provider's failure, and no record's news.
                qCDebug(lcEngine).noquote() << p.name << result.host << recordTypeName(result.type) << "cancelled: the agent is stopping";
            } else {
                ++r.failures;
                const QString key = p.name + QLatin1Char('/') + result.host + QLatin1Char('/') + recordTypeName(result.type);
                const auto delay = std::max(Engine::retryDelay(r.failures, key), result.minRetryDelay);
                r.retryAfter = now.addSecs(delay.count());
                report(p, result.host, result.type, RecordReport::Result::Failed,
                       QStringLiteral("%1; retrying after %2").arg(message, shortTime(r.retryAfter)),
                       Notice::Event, waitingCondition(r.retryAfter));
            }
        }
    }

    void jobDone()
    {
        if (--m_pendingJobs == 0)
            finish();
    }

    void finish()
    {
        if (std::exchange(m_finished, true))
            return;
        m_engine->finishCycle();
    }

public:
    QList<RecordReport> m_reports;

private:
    Engine *m_engine;
    CycleOptions m_options;
    QHash<int, DetectionResult> m_detected;
    int m_pendingDetections = 0;
    int m_pendingJobs = 0;
    bool m_finished = false;
};

Engine::Engine(Config config, State state, Services services, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_state(std::move(state)), m_services(services)
{
    if (m_services.transport) {
        m_transport = m_services.transport;
    } else {
        m_ownTransport = std::make_unique<NetworkTransport>(m_services.http);
        m_transport = m_ownTransport.get();
    }
    if (!m_services.clock) {
        static const Clock systemClock;
        m_services.clock = &systemClock;
    }
}

Engine::~Engine() = default;

QDateTime Engine::now() const { return m_services.clock->now(); }

bool Engine::setCondition(const QString &key, const QString &condition)
{
    auto it = m_conditions.find(key);
    if (it != m_conditions.end() && *it == condition)
        return false;
    m_conditions.insert(key, condition);
    return true;
}

bool Engine::clearCondition(const QString &key)
{
    return m_conditions.remove(key) > 0;
}

void Engine::stop()
{
    m_stopping = true;
    m_queued.reset();
    m_transport->abortAll();
}

void Engine::setConfig(Config config)
{
    m_config = std::move(config);
}

quint64 Engine::runCycle(const CycleOptions &options)
{
    if (m_cycle) {
        // One cycle waits at most; requests made meanwhile merge into it.
        m_queued = m_queued ? m_queued->mergedWith(options) : options;
        return m_cycleId + 1;
    }
    startCycle(options);
    return m_cycleId;
}

void Engine::startCycle(const CycleOptions &options)
{
    m_cycle = new Cycle(this, options);
    m_cycleOptions = options;
    ++m_cycleId;
    Q_EMIT cycleStarted(m_cycleId);
    m_cycle->start();
}

std::optional<DetectionResult> Engine::lastDetection(Family family) const
{
    const auto it = m_lastDetections.constFind(int(family));
    return it == m_lastDetections.constEnd() ? std::nullopt : std::optional<DetectionResult>(*it);
}

void Engine::finishCycle()
{
    Cycle *cycle = std::exchange(m_cycle, nullptr);
    const QList<RecordReport> reports = cycle->m_reports;
    cycle->deleteLater();
    if (!m_cycleOptions.dryRun) {
        m_state.prune(m_config);
        if (m_services.stateStore) {
            // On failure the file keeps the previous state and the memory keeps this one: the
            // running agent goes on correctly, and the next cycle tries to save again.
            const auto saved = m_services.stateStore->save(m_state);
            m_saveError = saved ? QString() : saved.error();
            if (!saved)
                qCCritical(lcState).noquote() << "cannot save the state:" << saved.error();
        }
    }
    m_lastFinished = now();
    // Taken before the signal: a slot may call runCycle(), which then starts (or queues) normally.
    const auto queued = std::exchange(m_queued, std::nullopt);
    Q_EMIT cycleFinished(reports);
    if (queued)
        runCycle(*queued);
}

QDateTime Engine::nextRetry() const
{
    QDateTime earliest;
    for (const Profile &p : m_config.profiles) {
        for (const QString &host : p.hosts) {
            for (RecordType type : {RecordType::A, RecordType::AAAA}) {
                const RecordState *r = m_state.find(p.name, host, type);
                if (r && r->hold.isEmpty() && r->retryAfter.isValid() && (!earliest.isValid() || r->retryAfter < earliest))
                    earliest = r->retryAfter;
            }
        }
    }
    return earliest;
}

} // namespace Qddns
