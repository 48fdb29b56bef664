#include "server/agentapi.h"

#include "core/agenttext.h"

#include "platform/logsink.h"
#include "detect/upnp.h"
#include "engine/propagation.h"
#include "engine/service.h"
#include "hooks/hookrunner.h"
#include "ipc/message.h"
#include "ipc/protocol.h"
#include "core/logging.h"
#include "providers/providerregistry.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

using namespace Ipc;

namespace {
// Record states for clients: a summary code, so the tray need not redo the engine's reasoning.
QString recordStateCode(const RecordState *r, const QString &current, const QDateTime &now)
{
    if (r && !r->hold.isEmpty())
        return QString(RecordStateCode::Held);
    if (r && r->retryAfter.isValid() && r->retryAfter > now)
        return QString(RecordStateCode::Retrying);
    if (current.isEmpty())
        return QString(RecordStateCode::Unknown);
    return r && r->address == current ? QString(RecordStateCode::Current) : QString(RecordStateCode::Pending);
}

// Whether the zone's authoritative servers answer what was published (additive in version 2).
QJsonObject propagationJson(const PropagationStatus &p)
{
    QJsonArray servers;
    for (const ServerAnswer &a : p.servers) {
        QJsonObject server{{Field::Server, a.server}, {Field::State, serverAnswerStateName(a.state)},
                           {Field::Addresses, QJsonArray::fromStringList(a.addresses)}};
        if (!a.error.isEmpty())
            server.insert(Field::Error, a.error);
        servers.append(server);
    }
    QJsonObject o{{Field::State, propagationStateName(p.state)},
                  {Field::Address, p.address},
                  {Field::Published, timeValue(p.published)},
                  {Field::Checked, timeValue(p.checked)},
                  {Field::Checking, p.checking},
                  {Field::Servers, servers}};
    if (!p.warning.isEmpty())
        o.insert(Field::Warning, p.warning);
    return o;
}

QString natWord(WanNat nat)
{
    switch (nat) {
    case WanNat::CarrierGrade: return QString(NatWord::CarrierGrade);
    case WanNat::Private: return QString(NatWord::Private);
    default: return QString(NatWord::Other);
    }
}

// The router's WAN address a `upnp` detector refused in this detection (double NAT), or empty.
QJsonObject routerWanJson(const DetectionResult &detection)
{
    for (const DetectionAttempt &attempt : detection.attempts) {
        if (!attempt.routerWan.isNull())
            return {{Field::Address, attempt.routerWan.toString()},
                    {Field::Nat, natWord(upnpWanNat(attempt.routerWan))},
                    {Field::Detector, attempt.detector}};
    }
    return {};
}

QJsonObject logJson(const LogLine &line)
{
    return {{Field::Time, timeValue(line.time)},
            {Field::Level, logLevelName(line.type)},
            {Field::Category, line.category},
            {Field::Message, line.message}};
}

// The summary of an invalidConfig error, in the client's language like its errors[] (the rest of
// the socket's error messages are for logs and stay English; clients act on the codes).
QString apiText(const Responder &responder, const char *source, int n)
{
    return agentText(responder.locale(), "Qddns::Api", QString::fromUtf8(source), n);
}

QJsonArray errorsJson(const ConfigErrors &errors)
{
    QJsonArray list;
    for (const ConfigError &e : errors)
        list.append(QJsonObject{{Field::Path, e.path}, {Field::Message, e.message}});
    return list;
}

// Absent (or null): an open bound. Its form was checked by checkParams.
QDateTime parseTime(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}
} // namespace

AgentApi::AgentApi(AgentService *service, LocalServer *server, QObject *parent)
    : QObject(parent), m_service(service), m_server(server)
{
    server->setHandler([this](const QString &method, const QJsonObject &params, Responder responder) {
        handle(method, params, std::move(responder));
    });
    Engine *engine = service->engine();
    connect(engine, &Engine::cycleStarted, this, [this](quint64 cycle) {
        m_server->publish(Event::StatusChanged, {{Field::State, QStringLiteral("updating")}, {Field::Cycle, qint64(cycle)}});
    });
    connect(engine, &Engine::addressChanged, this,
            [this](Family family, const QString &oldAddress, const QString &newAddress, const QString &detector) {
                m_server->publish(Event::AddressChanged, {{Field::Family, familyName(family)},
                                                          {Field::Old, oldAddress},
                                                          {Field::New, newAddress},
                                                          {Field::Detector, detector}});
            });
    connect(engine, &Engine::cycleFinished, this, &AgentApi::onCycleFinished);
    connect(service, &AgentService::configApplied, this, [this] {
        m_server->publish(Event::ConfigChanged, {{Field::Path, m_service->loaded().path},
                                                 {Field::Profiles, int(m_service->loaded().config.profiles.size())}});
    });
    connect(service, &AgentService::pausedChanged, this, [this] {
        m_server->publish(Event::StatusChanged, {{Field::State, QStringLiteral("idle")},
                                                 {Field::Paused, m_service->isPaused()},
                                                 {Field::Cycle, qint64(m_service->engine()->cycleId())}});
    });
    connect(LogBuffer::instance(), &LogBuffer::lineAdded, this, [this](const LogLine &line) {
        m_server->publish(Event::Log, logJson(line), logLevelRank(line.type));
    });
}

void AgentApi::onCycleFinished(const QList<RecordEvent> &reports)
{
    const quint64 cycle = m_service->engine()->cycleId();
    for (const RecordEvent &r : reports)
        m_server->publish(Event::UpdateResult, r.toJson());
    m_server->publish(Event::StatusChanged, {{Field::State, QStringLiteral("idle")},
                                             {Field::Paused, m_service->isPaused()},
                                             {Field::Cycle, qint64(cycle)}});
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->cycle != cycle) {
            ++it;
            continue;
        }
        QJsonObject result{{Field::Cycle, qint64(cycle)}, {Field::Addresses, addresses()}};
        if (!it->detectOnly) {
            QJsonArray results;
            for (const RecordEvent &r : reports) {
                if (it->profile.isEmpty() || r.profile == it->profile)
                    results.append(r.toJson());
            }
            result.insert(Field::Results, results);
        }
        it->responder.reply(result);
        it = m_waiting.erase(it);
    }
}

void AgentApi::shutDown()
{
    for (Waiting &w : m_waiting)
        w.responder.fail(Error::ShuttingDown, QStringLiteral("the agent is stopping"));
    m_waiting.clear();
}

// The types and ranges of every parameter were checked by the server (ipc/params.h): what is
// left here is what needs the agent's state, such as whether a profile exists.
void AgentApi::handle(const QString &method, const QJsonObject &params, Responder responder)
{
    if (m_service->isStopping()) {
        responder.fail(Error::ShuttingDown, QStringLiteral("the agent is stopping"));
        return;
    }
    if (method == Method::Status)
        responder.reply(status());
    else if (method == Method::ConfigGet)
        configGet(responder);
    else if (method == Method::ConfigValidate)
        configValidate(params, responder);
    else if (method == Method::ConfigSet)
        configSet(params, responder);
    else if (method == Method::Update)
        update(params, responder, false);
    else if (method == Method::Detect)
        update(params, responder, true);
    else if (method == Method::History)
        history(params, responder);
    else if (method == Method::Logs)
        logs(params, responder);
    else if (method == Method::Test)
        testProfile(params, responder);
    else if (method == Method::SecretChanged)
        secretChanged(params, responder);
    else if (method == Method::HooksTest)
        testHook(params, responder);
    else if (method == Method::Providers)
        responder.reply({{Field::Providers, m_service->registry().describe(responder.locale())}});
    else if (method == Method::Pause || method == Method::Resume) {
        m_service->setPaused(method == Method::Pause);
        responder.reply({{Field::Paused, m_service->isPaused()}});
    } else
        responder.fail(Error::UnknownMethod, QStringLiteral("unknown method \"%1\"").arg(method));
}

QJsonObject AgentApi::addresses() const
{
    QJsonObject addresses;
    const Engine *engine = m_service->engine();
    for (Family f : {Family::IPv4, Family::IPv6}) {
        if (m_service->loaded().config.detection(f).detectors.isEmpty())
            continue; // not detected at all
        const FamilyState &known = engine->state().family(f);
        const auto last = engine->lastDetection(f);
        QJsonObject family{{Field::Address, known.address},
                           {Field::Detector, known.detector},
                           {Field::Detected, timeValue(known.detected)},
                           {Field::Error, last && !last->address ? last->error : QString()}};
        if (const QJsonObject wan = last ? routerWanJson(*last) : QJsonObject(); !wan.isEmpty())
            family.insert(Field::RouterWan, wan);
        addresses.insert(familyName(f), family);
    }
    return addresses;
}

QJsonObject AgentApi::status() const
{
    const Engine *engine = m_service->engine();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray profiles;
    for (const Profile &p : m_service->loaded().config.profiles) {
        QJsonArray hosts;
        for (const QString &host : p.hosts) {
            QJsonArray records;
            for (Family f : {Family::IPv4, Family::IPv6}) {
                if (!p.publishes(f))
                    continue;
                const RecordType type = f == Family::IPv4 ? RecordType::A : RecordType::AAAA;
                const RecordState *r = engine->state().find(p.name, host, type);
                const RecordState empty;
                const RecordState &s = r ? *r : empty;
                QJsonObject record{{Field::Type, recordTypeName(type)},
                                   {Field::Address, s.address},
                                   {Field::Published, timeValue(s.published)},
                                   {Field::LastResult, s.lastResult},
                                   {Field::Message, s.message},
                                   {Field::LastAttempt, timeValue(s.lastAttempt)},
                                   {Field::Failures, s.failures},
                                   {Field::RetryAfter, timeValue(s.retryAfter)},
                                   {Field::Hold, s.hold},
                                   {Field::State, recordStateCode(r, engine->state().family(f).address, now)}};
                if (const PropagationStatus *propagation = m_service->propagation()->status(p.name, host, type))
                    record.insert(Field::Propagation, propagationJson(*propagation));
                records.append(record);
            }
            hosts.append(QJsonObject{{Field::Host, host}, {Field::Records, records}});
        }
        profiles.append(QJsonObject{{Field::Name, p.name}, {Field::Provider, p.provider}, {Field::Hosts, hosts}});
    }
    const QJsonObject agent{{Field::Version, QStringLiteral(QDDNS_VERSION)},
                            {Field::Pid, QCoreApplication::applicationPid()},
                            {Field::Started, timeValue(m_service->started())},
                            {Field::ConfigPath, m_service->loaded().path},
                            {Field::StateDir, m_service->settings().stateDir},
                            {Field::Protocol, kProtocolVersion}};
    QJsonObject result{{Field::Agent, agent},
                       {Field::State, engine->isRunning() ? QStringLiteral("updating") : QStringLiteral("idle")},
                       {Field::Paused, m_service->isPaused()},
                       {Field::LastCycle, timeValue(engine->lastCycleFinished())},
                       {Field::NextCheck, timeValue(m_service->nextCheck())},
                       {Field::Addresses, addresses()},
                       {Field::Profiles, profiles},
                       {Field::Hooks, hooksStatus()}};
    // A state that cannot be saved (full disk) would be lost at the next start: say so.
    if (const QString error = engine->saveError(); !error.isEmpty())
        result.insert(Field::StateError, error);
    return result;
}

QJsonArray AgentApi::hooksStatus() const
{
    QJsonArray list;
    if (!m_hooks)
        return list;
    for (const HookRunner::HookStatus &h : m_hooks->status()) {
        QJsonObject o{{Field::Name, h.name},
                      {Field::Type, h.type},
                      {Field::Runs, h.runs},
                      {Field::Failures, h.failures},
                      {Field::Running, h.running},
                      {Field::LastRun, timeValue(h.lastRun)}};
        if (h.last) {
            o.insert(Field::LastResult, hookOutcomeName(h.last->outcome));
            o.insert(Field::Message, h.last->message);
        }
        list.append(o);
    }
    return list;
}

void AgentApi::testHook(const QJsonObject &params, Responder &responder)
{
    const QJsonObject hook = params.value(Field::Hook).toObject();
    const QString name = hook.value(Field::Name).toString();
    if (!m_hooks) {
        responder.fail(Error::UnknownMethod, QStringLiteral("this agent runs no hooks"));
        return;
    }
    // The running configuration with this hook put in (replacing the one of the same name),
    // validated as a whole: error paths then match what config.set would report.
    QJsonObject document = m_service->loaded().document;
    QJsonArray hooks = document.value(Field::Hooks).toArray();
    qsizetype index = hooks.size();
    for (qsizetype i = 0; i < hooks.size(); ++i) {
        if (!name.isEmpty() && hooks.at(i).toObject().value(Field::Name).toString() == name)
            index = i;
    }
    if (index == hooks.size())
        hooks.append(hook);
    else
        hooks[index] = hook;
    document.insert(Field::Hooks, hooks);
    const auto parsed = parseConfig(QJsonDocument(document).toJson(), m_service->registry(), responder.locale());
    if (!parsed) {
        responder.fail(Error::InvalidConfig, apiText(responder, QT_TRANSLATE_N_NOOP("Qddns::Api", "the hook has %n error(s)"),
                                                     int(parsed.error().size())),
                       {{Field::Errors, errorsJson(parsed.error())}});
        return;
    }
    const HookSpec *spec = parsed->hook(name);
    Q_ASSERT(spec); // a valid hook has a name
    m_hooks->test(*spec, this, [responder, name](const HookRunResult &result) mutable {
        responder.reply({{Field::Hook, name},
                         {Field::Result, hookOutcomeName(result.outcome)},
                         {Field::Message, result.message},
                         {Field::Attempts, result.attempts},
                         {Field::Status, result.status}});
    });
}

void AgentApi::configGet(Responder &responder) const
{
    const LoadedConfig &loaded = m_service->loaded();
    responder.reply({{Field::Path, loaded.path}, {Field::FromFile, loaded.fromFile}, {Field::Config, loaded.document}});
}


void AgentApi::configValidate(const QJsonObject &params, Responder &responder) const
{
    const auto parsed = parseConfig(QJsonDocument(params.value(Field::Config).toObject()).toJson(), m_service->registry(),
                                    responder.locale());
    responder.reply({{Field::Valid, bool(parsed)}, {Field::Errors, parsed ? QJsonArray() : errorsJson(parsed.error())}});
}

void AgentApi::configSet(const QJsonObject &params, Responder &responder)
{
    const auto set = m_service->setConfig(params.value(Field::Config).toObject(), responder.locale());
    if (!set && !set.error().writeError.isEmpty()) {
        responder.fail(Error::WriteFailed, set.error().writeError);
        return;
    }
    if (!set) {
        responder.fail(Error::InvalidConfig,
                       apiText(responder, QT_TRANSLATE_N_NOOP("Qddns::Api", "the configuration has %n error(s); nothing was changed"),
                               int(set.error().errors.size())),
                       {{Field::Errors, errorsJson(set.error().errors)}});
        return;
    }
    responder.reply({{Field::Path, m_service->loaded().path}});
}

void AgentApi::update(const QJsonObject &params, Responder &responder, bool detectOnly)
{
    CycleOptions options;
    QString profile;
    if (!detectOnly) {
        profile = params.value(Field::Profile).toString();
        if (!profile.isEmpty() && !m_service->loaded().config.profile(profile)) {
            QStringList names;
            for (const Profile &each : m_service->loaded().config.profiles)
                names << each.name;
            responder.fail(Error::UnknownProfile, QStringLiteral("no profile named \"%1\"; configured: %2")
                                                      .arg(profile, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
            return;
        }
        options.force = params.value(Field::Force).toBool();
        if (!profile.isEmpty())
            options.profiles = {profile};
    }
    // `detect` runs a plain cycle of every profile: a record is sent only when its address changed.
    // Registered first: a cycle with nothing to wait for finishes inside runCycle().
    const quint64 next = m_service->engine()->cycleId() + 1;
    m_waiting.append({next, profile, detectOnly, responder});
    [[maybe_unused]] const quint64 cycle = m_service->engine()->runCycle(options);
    Q_ASSERT(cycle == next);
}

void AgentApi::testProfile(const QJsonObject &params, Responder &responder)
{
    const QJsonObject profile = params.value(Field::Profile).toObject();
    if (profile.isEmpty()) {
        responder.fail(Error::InvalidParams, QStringLiteral("\"profile\" of test must be a profile object as in the configuration file, not an empty one"),
                       {{Field::Param, QString(Field::Profile)}});
        return;
    }
    // The running configuration with this profile put in (replacing the one of the same name),
    // validated as a whole: error paths then match what config.set would report.
    QJsonObject document = m_service->loaded().document;
    QJsonArray profiles = document.value(Field::Profiles).toArray();
    qsizetype index = profiles.size();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).toObject().value(Field::Name) == profile.value(Field::Name))
            index = i;
    }
    if (index == profiles.size())
        profiles.append(profile);
    else
        profiles[index] = profile;
    document.insert(Field::Profiles, profiles);
    auto parsed = parseConfig(QJsonDocument(document).toJson(), m_service->registry(), responder.locale());
    if (!parsed) {
        responder.fail(Error::InvalidConfig, apiText(responder, QT_TRANSLATE_N_NOOP("Qddns::Api", "the profile has %n error(s)"),
                                                     int(parsed.error().size())),
                       {{Field::Errors, errorsJson(parsed.error())}});
        return;
    }
    // A throw-away engine on a copy of the state: a dry run that can neither send nor persist.
    Engine::Services services = m_service->engine()->services();
    services.stateStore = nullptr;
    services.history = nullptr;
    auto *engine = new Engine(std::move(parsed).value(), m_service->engine()->state(), services, this);
    auto detections = std::make_shared<QJsonObject>();
    connect(engine, &Engine::detectionFinished, engine, [detections](const DetectionResult &d) {
        QJsonObject family{{Field::Address, d.address ? d.address->toString() : QString()},
                           {Field::Detector, d.detector},
                           {Field::Error, d.address ? QString() : d.error}};
        if (const QJsonObject wan = routerWanJson(d); !wan.isEmpty())
            family.insert(Field::RouterWan, wan);
        detections->insert(familyName(d.family), family);
    });
    connect(engine, &Engine::cycleFinished, engine, [engine, detections, responder](const QList<RecordEvent> &reports) mutable {
        QJsonArray results;
        for (const RecordEvent &r : reports)
            results.append(r.toJson());
        responder.reply({{Field::Addresses, *detections}, {Field::Results, results}});
        engine->deleteLater();
    });
    CycleOptions options;
    options.dryRun = true;
    options.force = true; // show what would be sent even when the record is current
    options.profiles = {profile.value(Field::Name).toString()};
    engine->runCycle(options);
}

void AgentApi::secretChanged(const QJsonObject &params, Responder &responder)
{
    const QString profile = params.value(Field::Profile).toString();
    if (!m_service->loaded().config.profile(profile)) {
        responder.fail(Error::UnknownProfile, QStringLiteral("no profile named \"%1\"").arg(profile));
        return;
    }
    // The engine compares the secret's fingerprint with the one of a hold, so a cycle is all
    // it takes to retry a profile held for bad credentials.
    qCInfo(lcAgent).noquote() << "the secret of profile" << profile << "was changed: updating it";
    CycleOptions options;
    options.profiles = {profile};
    m_service->engine()->runCycle(options);
    responder.reply({});
}

void AgentApi::history(const QJsonObject &params, Responder &responder) const
{
    const QString family = params.value(Field::Family).toString();
    const int limit = params.value(Field::Limit).toInt(0); // absent: 0, no limit but the journal's
    QList<HistoryEntry> entries = m_service->history().read(parseTime(params.value(Field::Since)), parseTime(params.value(Field::Until)));
    if (!family.isEmpty())
        entries.removeIf([&family](const HistoryEntry &e) { return familyName(e.family) != family; });
    if (limit > 0 && entries.size() > limit)
        entries = entries.mid(entries.size() - limit); // the newest
    QJsonArray list;
    for (const HistoryEntry &e : std::as_const(entries))
        list.append(QJsonObject{{Field::Time, timeValue(e.time)},
                                {Field::Family, familyName(e.family)},
                                {Field::Old, e.oldAddress},
                                {Field::New, e.newAddress},
                                {Field::Detector, e.detector}});
    responder.reply({{Field::Entries, list}, {Field::MaxEntries, m_service->history().maxEntries()}});
}

void AgentApi::logs(const QJsonObject &params, Responder &responder) const
{
    const QString level = params.value(Field::Level).toString(QStringLiteral("debug"));
    // A limit past the ring's size asks for all there is.
    const int limit = std::min(params.value(Field::Limit).toInt(LogBuffer::kCapacity), int(LogBuffer::kCapacity));
    QJsonArray lines;
    for (const LogLine &line : LogBuffer::instance()->lines(logLevelRank(level), limit))
        lines.append(logJson(line));
    responder.reply({{Field::Lines, lines}});
}

} // namespace Qddns
