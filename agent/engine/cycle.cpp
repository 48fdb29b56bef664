#include "engine/cycle.h"

#include "core/addressrules.h"
#include "core/logging.h"
#include "core/redact.h"
#include "core/version.h"
#include "engine/clock.h"
#include "engine/transport.h"
#include "net/httpclient.h"
#include "providers/providerregistry.h"
#include "state/history.h"
#include "state/recordstate.h"

namespace Qddns {

using namespace std::chrono_literals;

namespace {
QString shortTime(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }
QString waitingCondition(const QDateTime &until) { return QStringLiteral("waiting until ") + shortTime(until); }
QString heldCondition(const RecordState &r) { return QStringLiteral("held: ") + r.hold + QLatin1Char(' ') + r.message; }

RecordEvent::Code holdCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::AuthFailed: return RecordEvent::Code::AuthFailed;
    case Outcome::Abuse: return RecordEvent::Code::Abuse;
    default: return RecordEvent::Code::Rejected;
    }
}
} // namespace

Engine::Cycle::Cycle(Engine *engine, CycleOptions options) : QObject(engine), m_engine(engine), m_options(std::move(options)) {}

bool Engine::Cycle::selected(const Profile &p) const
{
    return m_options.profiles.isEmpty() || m_options.profiles.contains(p.name);
}

void Engine::Cycle::start()
{
    const Config &config = m_engine->m_config;
    PerFamily<bool> wanted;
    for (const Profile &p : config.profiles) {
        for (const Family f : kFamilies)
            wanted[f] = wanted[f] || (selected(p) && p.publishes(f));
    }
    if (config.profiles.isEmpty())
        wanted = {true, true}; // no profile: still keep the address history
    for (const Family f : kFamilies) {
        if (!wanted[f] || config.detection(f).detectors.isEmpty())
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
        planAll();
}

void Engine::Cycle::onDetected(const DetectionResult &result)
{
    const Family f = result.family;
    m_detected[f] = result.address;
    m_detectionError[f] = result.error;
    m_engine->m_lastDetections[f] = result;
    Q_EMIT m_engine->detectionFinished(result);
    if (result.address) {
        const QString name = familyDisplayName(f);
        const QString address = result.address->toString();
        FamilyState &known = m_engine->m_state.family(f);
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
                    m_engine->m_services.history->append({m_engine->now(), f, old, address, result.detector});
                Q_EMIT m_engine->addressChanged(f, old, address, result.detector);
            }
        } else {
            qCDebug(lcDetect).noquote() << "public" << name << "address unchanged:" << address;
        }
    }
    logDetection(result);
    if (--m_pendingDetections == 0)
        planAll();
}

// Detector rejections and a family without address are conditions: said when they begin or
// change (and when they end), not on every poll while the network is down.
void Engine::Cycle::logDetection(const DetectionResult &result)
{
    const QString name = familyDisplayName(result.family);
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

PerFamily<std::optional<QHostAddress>> Engine::Cycle::lastKnown() const
{
    PerFamily<std::optional<QHostAddress>> known;
    for (const Family f : kFamilies) {
        const QString text = m_engine->m_state.family(f).address;
        if (!text.isEmpty())
            known[f] = QHostAddress(text);
    }
    return known;
}

void Engine::Cycle::planAll()
{
    const Config &config = m_engine->m_config;
    if (config.profiles.isEmpty()) {
        finish();
        return;
    }
    PlanInput input;
    input.config = &config;
    input.state = &m_engine->m_state;
    input.detected = m_detected;
    input.now = m_engine->now();
    input.force = m_options.force;
    input.profiles = m_options.profiles;
    input.agentVersion = QStringLiteral(QDDNS_VERSION);
    const QList<RecordDecision> decisions = planRecords(input);
    for (const Profile &p : config.profiles) {
        QList<RecordDecision> mine;
        for (const RecordDecision &d : decisions) {
            if (d.key.profile == p.name)
                mine.append(d);
        }
        if (!mine.isEmpty())
            planProfile(p, mine);
    }
    if (m_pendingJobs == 0)
        finish();
}

// Carries out the plan of one profile up to the credentials, which are read only when a request
// may be needed (a record to send, or a held one whose credentials may have changed).
void Engine::Cycle::planProfile(const Profile &p, const QList<RecordDecision> &decisions)
{
    QList<RecordKey> send;
    QList<RecordDecision> held;
    QList<RecordDecision> upToDate;
    for (const RecordDecision &d : decisions) {
        const RecordKey &k = d.key;
        if (d.profileChanged)
            qCInfo(lcEngine).noquote() << k.profile << k.host << recordTypeName(k.type) << "profile changed: record will be re-sent";
        // Decisions work on a copy: a dry run leaves the state exactly as it was.
        if (d.holdLifted)
            qCInfo(lcEngine).noquote() << k.profile << k.host << recordTypeName(k.type)
                                       << "was held for unrecognised replies by another qddns version: trying again";
        if (!m_options.dryRun && (d.profileChanged || d.holdLifted || !m_engine->m_state.find(k.profile, k.host, k.type)))
            m_engine->m_state.record(k.profile, k.host, k.type) = d.state;
        switch (d.plan) {
        case RecordPlan::NoAddress: {
            if (m_engine->m_stopping)
                break; // a cancelled detection is no failure of this record
            const QString why = m_detectionError[familyOf(k.type)];
            report({k, RecordEvent::Result::Failed, RecordEvent::Code::NoAddress,
                    QStringLiteral("no public %1 address detected%2").arg(familyName(familyOf(k.type)),
                                                                          why.isEmpty() ? QString() : QStringLiteral(": ") + why),
                    Notice::Lasting, QStringLiteral("no address: ") + why});
            break;
        }
        case RecordPlan::Waiting:
            report({k, RecordEvent::Result::Failed, RecordEvent::Code::Waiting,
                    QStringLiteral("waiting until %1 before retrying after: %2").arg(shortTime(d.state.retryAfter), d.state.message),
                    Notice::Lasting, waitingCondition(d.state.retryAfter)});
            break;
        case RecordPlan::Held: held.append(d); break;
        case RecordPlan::UpToDate: upToDate.append(d); break;
        case RecordPlan::Send: send.append(k); break;
        }
    }
    // A provider that needs every family in each update sends the unchanged records of a host it
    // sends again; the update reports them, so they are not also reported unchanged here.
    const ProviderInfo &info = m_engine->m_services.registry->find(p.provider)->info();
    for (const RecordDecision &d : std::as_const(upToDate)) {
        const bool resent = info.sendsAllFamilies
            && std::any_of(send.cbegin(), send.cend(), [&d](const RecordKey &k) { return k.host == d.key.host; });
        if (!resent)
            report({d.key, RecordEvent::Result::Unchanged, RecordEvent::Code::Current,
                    QStringLiteral("already published %1").arg(shortTime(d.state.published)), Notice::Lasting, {}});
    }
    if (send.isEmpty() && held.isEmpty())
        return;
    ++m_pendingJobs;
    readCredentials(*m_engine->m_services.secrets, p, this, [this, p, send, held](const CredentialsResult &credentials) {
        onCredentials(p, send, held, credentials);
    });
}

void Engine::Cycle::onCredentials(const Profile &p, QList<RecordKey> send, const QList<RecordDecision> &held,
                                  const CredentialsResult &credentials)
{
    if (!credentials) {
        qCWarning(lcSecrets).noquote() << "profile" << p.name + QLatin1Char(':') << credentials.error();
        for (const RecordKey &k : send)
            report({k, RecordEvent::Result::Failed, RecordEvent::Code::CredentialsUnavailable,
                    QStringLiteral("secret unavailable: ") + credentials.error(), Notice::Lasting, {}});
        for (const RecordDecision &d : held)
            report({d.key, RecordEvent::Result::Failed, RecordEvent::Code::CredentialsUnavailable,
                    QStringLiteral("secret unavailable: ") + credentials.error(), Notice::Lasting, {}});
        jobDone();
        return;
    }
    const QByteArray fingerprint = m_engine->m_state.credentialsFingerprint(*credentials);
    for (const RecordDecision &d : held) {
        if (d.state.secretFingerprint != fingerprint) {
            qCInfo(lcEngine).noquote() << p.name << d.key.host << recordTypeName(d.key.type) << "secret changed: lifting the hold";
            if (!m_options.dryRun)
                m_engine->m_state.record(d.key.profile, d.key.host, d.key.type) = withHoldLifted(d.state);
            send.append(d.key);
        } else {
            report({d.key, RecordEvent::Result::Held, RecordEvent::Code::Held,
                    QStringLiteral("held since %1: %2; change the profile or its secret to retry")
                        .arg(shortTime(d.state.lastAttempt), d.state.message),
                    Notice::Lasting, heldCondition(d.state)});
        }
    }
    const Provider *provider = m_engine->m_services.registry->find(p.provider);
    for (const Batch &batch : planBatches(p, provider->info(), send, m_detected, lastKnown())) {
        const UpdateRequest r = request(p, provider->info(), batch, *credentials);
        std::shared_ptr<UpdateTransaction> transaction = provider->start(r);
        if (m_options.dryRun) {
            dryRun(p, batch, *transaction, r);
            continue;
        }
        ++m_pendingJobs;
        step(p, batch, r, transaction, fingerprint);
    }
    jobDone();
}

UpdateRequest Engine::Cycle::request(const Profile &p, const ProviderInfo &info, const Batch &batch,
                                     const Credentials &credentials) const
{
    UpdateRequest r;
    r.profileName = p.name;
    r.hosts = batch.hosts;
    r.ipv4 = batch.addresses.ipv4;
    r.ipv6 = batch.addresses.ipv6;
    r.username = p.username;
    r.secret = credentials.value(QString(kPrimaryCredential));
    r.credentials = credentials;
    r.server = p.server.isEmpty() ? info.defaultServer : p.server;
    r.ttl = p.ttl;
    r.options = p.options;
    // Signed requests carry the engine's time, so a test's clock reaches them too.
    const Clock *clock = m_engine->m_services.clock;
    r.clock = [clock] { return clock->now(); };
    return r;
}

// Each record's own request: services with one request per family or host send several.
void Engine::Cycle::dryRun(const Profile &p, const Batch &batch, UpdateTransaction &transaction, const UpdateRequest &request)
{
    for (const QString &host : batch.hosts) {
        for (const Family f : kFamilies) {
            const RecordType type = typeOf(f);
            if (!batch.sends(type))
                continue;
            const auto step = transaction.stepFor(host, type);
            const QString what = step ? QStringLiteral("would send ") + describeRequest(*step, request.secretValues())
                                      : QStringLiteral("nothing to send");
            report({{p.name, host, type}, RecordEvent::Result::DryRun, RecordEvent::Code::DryRun, what, Notice::Event, {}});
        }
    }
}

void Engine::Cycle::step(const Profile &p, const Batch &batch, const UpdateRequest &request,
                         std::shared_ptr<UpdateTransaction> transaction, const QByteArray &fingerprint)
{
    const auto next = transaction->nextStep();
    if (!next) {
        applyResults(p, batch, request, transaction->results(), fingerprint);
        jobDone();
        return;
    }
    Transport::Options options;
    options.allowInsecureHttp = p.allowInsecureHttp;
    options.secrets = request.secretValues();
    if (p.proxy)
        options.proxy = networkProxy(*p.proxy, request.credentials.value(QString(kProxyPasswordCredential)));
    m_engine->m_transport->send(*next, options, this, [this, p, batch, request, transaction, fingerprint](const TransportReply &reply) {
        transaction->handleStepReply(reply);
        step(p, batch, request, transaction, fingerprint);
    });
}

void Engine::Cycle::applyResults(const Profile &p, const Batch &batch, const UpdateRequest &request,
                                 QList<RecordResult> results, const QByteArray &fingerprint)
{
    // Every record of the request gets a result, even from a provider that forgot one.
    std::optional<RecordResult> hold;
    for (const RecordResult &r : results) {
        if (isHold(r.outcome))
            hold = r;
    }
    for (const QString &host : batch.hosts) {
        for (const Family f : kFamilies) {
            const RecordType type = typeOf(f);
            if (!batch.addresses[f])
                continue;
            const bool present = std::any_of(results.cbegin(), results.cend(),
                                             [&](const RecordResult &r) { return r.host == host && r.type == type; });
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
    const QStringList secrets = request.secretValues();
    for (RecordResult result : std::as_const(results)) {
        if (!batch.hosts.contains(result.host) || !batch.sends(result.type))
            continue; // records not asked about, or only carried along, keep their state
        const RecordKey key{p.name, result.host, result.type};
        if (m_engine->m_stopping && !isSuccess(result.outcome) && !isHold(result.outcome)) {
            // Cancelled by the shutdown: not the provider's failure, and no record's news.
            qCDebug(lcEngine).noquote() << key.profile << key.host << recordTypeName(key.type) << "cancelled: the agent is stopping";
            continue;
        }
        // Belt and braces: provider messages should never hold a credential; make sure.
        result.message = redactText(result.message, secrets);
        RecordState &r = m_engine->m_state.record(key.profile, key.host, key.type);
        const QString previous = r.address;
        r = afterAttempt(r, result, {*batch.addresses[result.type], now, p.fingerprint, fingerprint, key.toString(),
                                     QStringLiteral(QDDNS_VERSION)});
        if (isSuccess(result.outcome)) {
            const bool updated = result.outcome == Outcome::Updated;
            report({key, updated ? RecordEvent::Result::Updated : RecordEvent::Result::Unchanged,
                    updated ? RecordEvent::Code::Updated : RecordEvent::Code::Unchanged, result.message, Notice::Event, {},
                    previous});
        } else if (isHeld(r) && !isHold(result.outcome)) {
            report({key, RecordEvent::Result::Held, RecordEvent::Code::Unexpected, r.message, Notice::Event, heldCondition(r), previous});
        } else if (isHold(result.outcome)) {
            report({key, RecordEvent::Result::Held, holdCode(result.outcome),
                    result.message + QStringLiteral("; no more updates for this record until the profile or its secret changes"),
                    Notice::Event, heldCondition(r), previous});
        } else {
            report({key, RecordEvent::Result::Failed, RecordEvent::Code::Retry,
                    QStringLiteral("%1; retrying after %2").arg(result.message, shortTime(r.retryAfter)), Notice::Event,
                    waitingCondition(r.retryAfter), previous});
        }
    }
}

void Engine::Cycle::report(const Item &item)
{
    const RecordKey &k = item.key;
    RecordEvent e;
    e.profile = k.profile;
    e.host = k.host;
    e.type = k.type;
    const auto address = detected(familyOf(k.type));
    e.address = address ? address->toString() : QString();
    e.result = item.result;
    e.code = item.code;
    e.message = item.message;
    e.time = m_engine->now();
    if (item.previous)
        e.previous = *item.previous;
    else if (const RecordState *r = m_engine->m_state.find(k.profile, k.host, k.type))
        e.previous = r->address;
    m_events.append(e);
    Q_EMIT m_engine->recordEvent(e);

    const QString line = QStringLiteral("%1 %2 %3: %4%5").arg(k.profile, k.host, recordTypeName(k.type), resultName(item.result),
                                                             item.message.isEmpty() ? QString() : QStringLiteral(" (") + item.message + QLatin1Char(')'));
    if (m_options.dryRun) {
        qCInfo(lcEngine).noquote() << line;
        return;
    }
    const QString key = QStringLiteral("record/") + k.toString();
    if (e.failedOrHeld()) {
        if (m_engine->setCondition(key, item.condition.isEmpty() ? item.message : item.condition) || item.notice == Notice::Event)
            qCWarning(lcEngine).noquote() << line;
        else
            qCDebug(lcEngine).noquote() << line;
        return;
    }
    const bool recovered = m_engine->clearCondition(key);
    if (item.notice == Notice::Lasting && !recovered)
        qCDebug(lcEngine).noquote() << line;
    else
        qCInfo(lcEngine).noquote() << line;
}

void Engine::Cycle::jobDone()
{
    if (--m_pendingJobs == 0)
        finish();
}

void Engine::Cycle::finish()
{
    if (std::exchange(m_finished, true))
        return;
    m_engine->finishCycle();
}

} // namespace Qddns
