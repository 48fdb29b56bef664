#pragma once

#include "config/secretref.h"
#include "core/records.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <utility>

namespace Qddns {

/// \brief What a hook can be told about.
enum class HookEvent {
    AddressChanged, ///< a family's public address changed
    Updated,        ///< a record was published with a new address
    Failed,         ///< a record's update failed (after the attempts of its cycle)
    Held,           ///< a record is held: the provider refused it
    Recovered,      ///< the first success of a record after a failure or hold
    AgentStarted,   ///< the agent started
};
inline constexpr HookEvent kHookEvents[] = {HookEvent::AddressChanged, HookEvent::Updated, HookEvent::Failed,
                                            HookEvent::Held, HookEvent::Recovered, HookEvent::AgentStarted};
/// \brief The event's word in the configuration, the environment and templates ("addressChanged").
QString hookEventName(HookEvent event);
std::optional<HookEvent> hookEventFromName(const QString &name);
/// \brief The word a hook test is told with ("test").
inline constexpr QLatin1StringView kHookTestEvent{"test"};

/// \brief One entry of the configuration's `hooks`: what it is told and how. Presets are expanded
/// into the webhook fields when the configuration is read, so the agent knows four kinds only.
struct HookSpec
{
    enum class Kind {
        Command,      ///< a program run without a shell, told through its environment
        Webhook,      ///< an HTTP request from templates (also every preset: ntfy, Gotify, …)
        Healthchecks, ///< heartbeat: /start before a cycle, success or /fail after it
        UptimeKuma,   ///< heartbeat: a push with status up or down after each cycle
    };
    QString name;
    QString type; ///< as written: "command", "webhook", a preset's id, "healthchecks", "uptimekuma"
    Kind kind = Kind::Command;
    QList<HookEvent> events;    ///< what it is told (not heartbeats)
    QList<Family> families;     ///< only these families (empty: both)
    QStringList profiles;       ///< only these profiles' records (empty: all)
    /// At most one notification per subject (an address, a record) and kind in this time; what
    /// happens meanwhile is told when it ends, the last stating where things are now.
    std::chrono::seconds quietPeriod{15 * 60};

    QStringList argv;                  ///< Command
    std::chrono::seconds timeout{30};  ///< Command: its whole process group is killed after this

    /// Webhook and heartbeats: the URL. A webhook's URL, headers and body are templates whose
    /// {placeholders} are filled in for each notification (hooktemplate.h).
    QString url;
    QByteArray method = "POST";
    QList<std::pair<QString, QString>> headers;
    QString body;
    QString contentType;
    bool jsonBody = false; ///< placeholders in the body are JSON-escaped
    bool allowInsecureHttp = false;
    /// Read from the secret store for each request and put only where {secret} stands.
    std::optional<SecretRef> secret;

    QByteArray fingerprint; ///< of the hook as written: what it was told survives a reload that left it alone

    bool isHeartbeat() const { return kind == Kind::Healthchecks || kind == Kind::UptimeKuma; }
    bool wants(HookEvent event) const { return events.contains(event); }
    bool wantsFamily(Family family) const { return families.isEmpty() || families.contains(family); }
    bool wantsProfile(const QString &profile) const { return profiles.isEmpty() || profiles.contains(profile); }
};

/// \brief Who a hook's secret belongs to for the secret store: "hook:NAME", so its keychain entry
/// can never be a profile's (profile names have no ':').
QString hookSecretOwner(const QString &hookName);

} // namespace Qddns
