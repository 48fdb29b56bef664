#pragma once

#include "config/config.h"
#include "core/expected.h"
#include "engine/recordevent.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace Qddns {

namespace Dns {
class DnsClient;
}

/// \brief What one authoritative server answered for a record in the last round.
struct ServerAnswer
{
    enum class State { Pending, Current, Old, Other, Error };
    QString server;        ///< "ns1.example.org:53"
    State state = State::Pending;
    QStringList addresses; ///< what it answered
    QString error;         ///< State::Error: why there is no answer
};
QString serverAnswerStateName(ServerAnswer::State state); ///< Ipc::PropagationServerWord

/// \brief Whether the zone's authoritative servers answer a record's new address.
struct PropagationStatus
{
    enum class State { Published, Propagated };
    State state = State::Published;
    QString address;           ///< the address published
    QString previous;          ///< the address before (the one a lagging server may still answer)
    QDateTime published;       ///< when the provider took it
    QDateTime checked;         ///< the last round of queries (invalid: none yet)
    bool checking = false;     ///< more rounds are scheduled
    QList<ServerAnswer> servers;
    /// Set when the rounds ended with a server not answering the new address: names the server
    /// and what it answers. Never a silent success.
    QString warning;
};
QString propagationStateName(PropagationStatus::State state); ///< Ipc::PropagationWord

/// \brief After an update, asks the zone's authoritative servers for the record until every one
/// answers the new address (`propagated`), retrying with backoff for a few minutes; one still
/// answering something else when the rounds end is logged as a warning naming it. The servers are
/// the profile's `nameservers`, or found with an NS lookup through the system resolver
/// (`"nameservers": "auto"`); a profile without the key is not checked. Consumes
/// Engine::recordEvent(); AgentService wires it.
class PropagationChecker : public QObject
{
    Q_OBJECT
public:
    /// \brief Finds the authoritative servers of the zone holding \a host ("name" or "name:port").
    using NameserverLookup =
        std::function<void(const QString &host, QObject *context, std::function<void(const Expected<QStringList, QString> &)> done)>;

    explicit PropagationChecker(QObject *parent = nullptr);
    ~PropagationChecker() override;

    void setConfig(const Config &config);
    /// \brief The waits before each round after the first (tests shorten them).
    void setSchedule(QList<std::chrono::milliseconds> delays) { m_delays = std::move(delays); }
    void setNameserverLookup(NameserverLookup lookup) { m_lookup = std::move(lookup); }

    /// \brief Starts checking a record the event says was updated (a new update restarts it).
    void onRecordEvent(const RecordEvent &event);
    /// \brief The record's propagation, or nullptr when it is not checked (no update since start,
    /// or its profile names no servers).
    const PropagationStatus *status(const QString &profile, const QString &host, RecordType type) const;

    /// \brief The default NS lookup: QDnsLookup (the system resolver, or \a resolver on port 53 when
    /// set) for NS records of the host, then of each parent until one has them.
    static void lookupNameservers(const QString &host, QObject *context,
                                  std::function<void(const Expected<QStringList, QString> &)> done,
                                  const QHostAddress &resolver = {});

Q_SIGNALS:
    /// \brief A record's propagation changed (a round ended, or it started).
    void changed(const QString &profile, const QString &host, Qddns::RecordType type);

private:
    struct Job;
    void startRound(const QString &key);
    void roundDone(const QString &key);

    QHash<QString, Profile> m_profiles;
    QList<std::chrono::milliseconds> m_delays;
    NameserverLookup m_lookup;
    std::unique_ptr<Dns::DnsClient> m_dns;
    QHash<QString, std::shared_ptr<Job>> m_jobs;
};

} // namespace Qddns
