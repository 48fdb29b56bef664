#include "engine/propagation.h"

#include "core/logging.h"
#include "dns/dnsclient.h"
#include "dns/dnsupdate.h"
#include "dns/rcode.h"
#include "ipc/protocol.h"

#include <QDnsLookup>
#include <QTimer>

namespace Qddns {

using namespace std::chrono_literals;

QString serverAnswerStateName(ServerAnswer::State state)
{
    namespace W = Ipc::PropagationServerWord;
    switch (state) {
    case ServerAnswer::State::Pending: return W::Pending;
    case ServerAnswer::State::Current: return W::Current;
    case ServerAnswer::State::Old: return W::Old;
    case ServerAnswer::State::Other: return W::Other;
    case ServerAnswer::State::Error: return W::Error;
    }
    return {};
}

QString propagationStateName(PropagationStatus::State state)
{
    return state == PropagationStatus::State::Propagated ? QString(Ipc::PropagationWord::Propagated)
                                                         : QString(Ipc::PropagationWord::Published);
}

// One record being checked. Its context object owns the timers and guards the callbacks of its
// queries: a newer update of the record drops the job and with it everything still in flight.
struct PropagationChecker::Job
{
    QString profile;
    QString host;
    RecordType type = RecordType::A;
    PropagationStatus status;
    QStringList servers;
    int round = 0;
    int pending = 0;
    QDateTime started;
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
};

namespace {
QString jobKey(const QString &profile, const QString &host, RecordType type)
{
    return profile + QLatin1Char('/') + host + QLatin1Char('/') + recordTypeName(type);
}

// The authoritative answer of one server, held against the new and the previous address.
ServerAnswer classify(const QString &server, const Dns::DnsReply &reply, const Dns::Question &question, const PropagationStatus &status)
{
    ServerAnswer answer{server, ServerAnswer::State::Other, {}, {}};
    if (!reply.ok()) {
        answer.state = ServerAnswer::State::Error;
        answer.error = reply.error;
        return answer;
    }
    for (const Dns::ResourceRecord &rr : reply.message.answers) {
        if (rr.name == question.name && rr.type == question.type && rr.address())
            answer.addresses.append(rr.address()->toString());
    }
    const quint16 rcode = reply.message.fullRcode();
    if (rcode != Dns::NoError)
        answer.error = Dns::rcodeName(rcode);
    else if (!reply.message.aa)
        answer.error = QStringLiteral("not authoritative for the name");
    const bool hasNew = answer.addresses.contains(status.address);
    const bool hasOld = !status.previous.isEmpty() && answer.addresses.contains(status.previous);
    if (answer.error.isEmpty() && hasNew && !hasOld)
        answer.state = ServerAnswer::State::Current;
    else if (hasOld)
        answer.state = ServerAnswer::State::Old;
    return answer;
}

QString describeLagging(const ServerAnswer &a)
{
    switch (a.state) {
    case ServerAnswer::State::Old: return QStringLiteral("%1 still answers the old address %2").arg(a.server, a.addresses.join(QStringLiteral(", ")));
    case ServerAnswer::State::Error: return QStringLiteral("%1 did not answer (%2)").arg(a.server, a.error);
    default:
        return QStringLiteral("%1 answers %2").arg(a.server, a.addresses.isEmpty() ? (a.error.isEmpty() ? QStringLiteral("no address") : a.error)
                                                                                  : a.addresses.join(QStringLiteral(", ")));
    }
}
} // namespace

PropagationChecker::PropagationChecker(QObject *parent)
    : QObject(parent), m_delays{2s, 5s, 10s, 20s, 30s, 60s, 60s, 60s},
      m_lookup([](const QString &host, QObject *context, auto done) { lookupNameservers(host, context, std::move(done)); }),
      m_dns(std::make_unique<Dns::DnsClient>())
{
}

PropagationChecker::~PropagationChecker() = default;

void PropagationChecker::setConfig(const Config &config)
{
    m_profiles.clear();
    for (const Profile &p : config.profiles)
        m_profiles.insert(p.name, p);
    // A profile removed, or no longer checked: its records' checks stop and leave the status.
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        const auto profile = m_profiles.constFind(it.value()->profile);
        if (profile == m_profiles.constEnd() || !profile->checkPropagation)
            it = m_jobs.erase(it);
        else
            ++it;
    }
}

const PropagationStatus *PropagationChecker::status(const QString &profile, const QString &host, RecordType type) const
{
    const auto job = m_jobs.value(jobKey(profile, host, type));
    return job ? &job->status : nullptr;
}

void PropagationChecker::onRecordEvent(const RecordEvent &event)
{
    if (event.result != RecordEvent::Result::Updated || event.address.isEmpty())
        return;
    const auto profile = m_profiles.constFind(event.profile);
    if (profile == m_profiles.constEnd() || !profile->checkPropagation)
        return;
    const QString key = jobKey(event.profile, event.host, event.type);
    auto job = std::make_shared<Job>();
    job->profile = event.profile;
    job->host = event.host;
    job->type = event.type;
    job->status.address = event.address;
    job->status.previous = event.previous == event.address ? QString() : event.previous;
    job->status.published = event.time;
    job->status.checking = true;
    job->started = QDateTime::currentDateTimeUtc();
    m_jobs.insert(key, job); // replaces (and so cancels) a check of an earlier update
    Q_EMIT changed(job->profile, job->host, job->type);
    if (!profile->nameservers.isEmpty()) {
        job->servers = profile->nameservers;
        startRound(key);
        return;
    }
    std::weak_ptr<Job> weak = job;
    m_lookup(event.host, job->context.get(), [this, key, weak](const Expected<QStringList, QString> &servers) {
        const auto job = weak.lock();
        if (!job)
            return;
        if (!servers) {
            job->status.checking = false;
            job->status.warning = QStringLiteral("cannot check where %1 is published: %2").arg(job->host, servers.error());
            qCWarning(lcEngine).noquote() << job->profile << job->host << recordTypeName(job->type) + QLatin1Char(':') << job->status.warning;
            Q_EMIT changed(job->profile, job->host, job->type);
            return;
        }
        job->servers = servers.value();
        startRound(key);
    });
}

void PropagationChecker::startRound(const QString &key)
{
    const auto job = m_jobs.value(key);
    if (!job)
        return;
    auto name = Dns::Name::fromText(job->host);
    const Dns::Question question{name ? name.value() : Dns::Name(), job->type == RecordType::A ? Dns::RRType::A : Dns::RRType::AAAA,
                                 Dns::RRClass::IN};
    job->status.servers.clear();
    job->pending = int(job->servers.size());
    Dns::DnsClient::Options options;
    options.timeout = 2s;
    for (const QString &text : std::as_const(job->servers)) {
        const auto server = Dns::ServerAddress::parse(text);
        const QString shown = server ? server->toString() : text;
        job->status.servers.append({shown, ServerAnswer::State::Pending, {}, {}});
        if (!server) {
            job->status.servers.last() = {shown, ServerAnswer::State::Error, {}, server.error()};
            --job->pending;
            continue;
        }
        const qsizetype index = job->status.servers.size() - 1;
        std::weak_ptr<Job> weak = job;
        m_dns->send(Dns::makeQuery(question.name, question.type), server.value(), options, job->context.get(),
                    [this, key, weak, index, shown, question](const Dns::DnsReply &reply) {
                        const auto job = weak.lock();
                        if (!job)
                            return;
                        job->status.servers[index] = classify(shown, reply, question, job->status);
                        if (--job->pending == 0)
                            roundDone(key);
                    });
    }
    if (job->pending == 0)
        QTimer::singleShot(0, job->context.get(), [this, key] { roundDone(key); });
}

void PropagationChecker::roundDone(const QString &key)
{
    const auto job = m_jobs.value(key);
    if (!job)
        return;
    PropagationStatus &s = job->status;
    s.checked = QDateTime::currentDateTimeUtc();
    const QString what = job->profile + QLatin1Char(' ') + job->host + QLatin1Char(' ') + recordTypeName(job->type);
    const bool all = !s.servers.isEmpty()
        && std::all_of(s.servers.cbegin(), s.servers.cend(), [](const ServerAnswer &a) { return a.state == ServerAnswer::State::Current; });
    if (all) {
        s.state = PropagationStatus::State::Propagated;
        s.checking = false;
        QStringList names;
        for (const ServerAnswer &a : std::as_const(s.servers))
            names.append(a.server);
        qCInfo(lcEngine).noquote() << what + QStringLiteral(": propagated: every authoritative server answers") << s.address
                                   << QLatin1Char('(') + names.join(QStringLiteral(", ")) + QLatin1Char(')');
    } else if (job->round < m_delays.size()) {
        const auto delay = m_delays.at(job->round++);
        qCDebug(lcEngine).noquote() << what + QStringLiteral(": published, not yet everywhere; asking again in") << delay.count() << "ms";
        QTimer::singleShot(delay, job->context.get(), [this, key] { startRound(key); });
    } else {
        s.checking = false;
        QStringList lagging;
        for (const ServerAnswer &a : std::as_const(s.servers)) {
            if (a.state != ServerAnswer::State::Current)
                lagging.append(describeLagging(a));
        }
        const qint64 seconds = job->started.secsTo(s.checked);
        s.warning = QStringLiteral("%1 after %2 checks in %3 s").arg(lagging.join(QStringLiteral("; "))).arg(job->round + 1).arg(seconds);
        qCWarning(lcEngine).noquote() << what + QStringLiteral(": published but not propagated:") << s.warning;
    }
    Q_EMIT changed(job->profile, job->host, job->type);
}

void PropagationChecker::lookupNameservers(const QString &host, QObject *context,
                                           std::function<void(const Expected<QStringList, QString> &)> done,
                                           const QHostAddress &resolver)
{
    auto *lookup = new QDnsLookup(QDnsLookup::NS, host, context);
    if (!resolver.isNull())
        lookup->setNameserver(resolver);
    QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, host, context, resolver, done = std::move(done)] {
        lookup->deleteLater();
        QStringList names;
        for (const QDnsDomainNameRecord &r : lookup->nameServerRecords())
            names.append(r.value());
        if (!names.isEmpty()) {
            names.sort();
            return done(names);
        }
        // No NS at this name: the zone is a parent. A top-level domain is never the user's zone.
        const qsizetype dot = host.indexOf(QLatin1Char('.'));
        const QString parent = dot < 0 ? QString() : host.mid(dot + 1);
        if (parent.count(QLatin1Char('.')) == 0)
            return done(Unexpected{QStringLiteral("no NS records found for it or a parent domain (%1); name the servers in the "
                                                  "profile's \"nameservers\"").arg(lookup->errorString())});
        lookupNameservers(parent, context, done, resolver);
    });
    lookup->lookup();
}

} // namespace Qddns
