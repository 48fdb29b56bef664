#pragma once

// The whole wire vocabulary of the agent's local socket, in one place. Every change is recorded
// in PROTOCOL_CHANGELOG.md beside this file; the README documents the messages.
//
// Framing: one JSON object per line (UTF-8, '\n'-terminated, compact), at most kMaxLineBytes.
//   request  {"id": 7, "method": "status", "params": {...}}          (params optional)
//   reply    {"id": 7, "result": {...}}  or  {"id": 7, "error": {"code": "...", "message": "...", ...}}
//   event    {"event": "addressChanged", "seq": 12, "time": "...", "data": {...}}
// The first request of a connection must be `hello`. Events reach only connections that sent
// `subscribe`, in the order they happened (`seq` grows by one per event the agent emits).
// Secrets never cross the socket: no reply or event carries a password, token or key.
// The type and range of every request parameter are in one table, params.cpp (checkParams).

#include <QString>

namespace Qddns::Ipc {

/// \brief Version of the protocol: grows when a message or field is added; clients compare it
/// from `hello` before using a later addition.
inline constexpr int kProtocolVersion = 2;

/// \brief A line longer than this (in bytes, newline excluded) closes the connection.
inline constexpr qsizetype kMaxLineBytes = 1024 * 1024;

/// \brief Replies and events waiting to be sent to one client; past this the client is not
/// reading and is disconnected rather than let the agent's memory grow.
inline constexpr qsizetype kMaxPendingBytes = 8 * 1024 * 1024;

/// \brief Connections served at once; further ones get an error and are closed.
inline constexpr int kMaxClients = 256;

namespace Method {
inline constexpr QLatin1StringView Hello{"hello"};                 // {protocol, client, locale?} -> {protocol, agent, pid}
inline constexpr QLatin1StringView Status{"status"};               // {} -> status object (see README)
inline constexpr QLatin1StringView ConfigGet{"config.get"};        // {} -> {path, fromFile, config}
inline constexpr QLatin1StringView ConfigValidate{"config.validate"}; // {config} -> {valid, errors[{path, message}]}
inline constexpr QLatin1StringView ConfigSet{"config.set"};        // {config} -> {path}; error invalidConfig
inline constexpr QLatin1StringView Update{"update"};               // {profile?, force?} -> {cycle, results[]}
inline constexpr QLatin1StringView Detect{"detect"};               // {} -> {cycle, addresses}
inline constexpr QLatin1StringView History{"history"};             // {since?, until?, family?, limit?} -> {entries[], maxEntries}
inline constexpr QLatin1StringView Logs{"logs"};                   // {level?, limit?} -> {lines[]}
inline constexpr QLatin1StringView Subscribe{"subscribe"};         // {events?, logLevel?} -> {events[]}
inline constexpr QLatin1StringView Unsubscribe{"unsubscribe"};     // {} -> {}
inline constexpr QLatin1StringView Providers{"providers"};         // {} -> {providers[]} (provider metadata, texts in hello's locale)
inline constexpr QLatin1StringView Test{"test"};                   // {profile: {...}} -> {addresses, results[]}: dry run, nothing sent
inline constexpr QLatin1StringView SecretChanged{"secretChanged"}; // {profile: name} -> {}: retry it with its new secret
inline constexpr QLatin1StringView Pause{"pause"};                 // {} -> {paused}: no automatic cycles
inline constexpr QLatin1StringView Resume{"resume"};               // {} -> {paused}
inline constexpr QLatin1StringView HooksTest{"hooks.test"};        // {hook: {...}} -> {hook, result, message, attempts, status} (since 2)
} // namespace Method

namespace Event {
inline constexpr QLatin1StringView AddressChanged{"addressChanged"}; // {family, old, new, detector}
inline constexpr QLatin1StringView UpdateResult{"updateResult"};     // {profile, host, type, address, result, message}
inline constexpr QLatin1StringView StatusChanged{"statusChanged"};   // {state: "updating"|"idle", paused, cycle}
inline constexpr QLatin1StringView ConfigChanged{"configChanged"};   // {path, profiles}
inline constexpr QLatin1StringView Log{"log"};                       // a log line (see Logs)
} // namespace Event

/// \brief Machine-readable error codes; the message beside them is for people.
namespace Error {
inline constexpr QLatin1StringView ParseError{"parseError"};         // the line is not a JSON object
inline constexpr QLatin1StringView InvalidRequest{"invalidRequest"}; // no id/method, or params not an object
inline constexpr QLatin1StringView InvalidParams{"invalidParams"};   // a param unknown, missing, or of the wrong type or range; carries `param`
inline constexpr QLatin1StringView HelloRequired{"helloRequired"};   // a request before `hello`
inline constexpr QLatin1StringView UnknownMethod{"unknownMethod"};
inline constexpr QLatin1StringView UnknownProfile{"unknownProfile"};
inline constexpr QLatin1StringView InvalidConfig{"invalidConfig"};   // carries errors[] {path, message}
inline constexpr QLatin1StringView WriteFailed{"writeFailed"};       // the config file could not be written
inline constexpr QLatin1StringView LineTooLong{"lineTooLong"};       // sent before the connection closes
inline constexpr QLatin1StringView PermissionDenied{"permissionDenied"}; // peer of another user; then closed
inline constexpr QLatin1StringView TooManyClients{"tooManyClients"};
inline constexpr QLatin1StringView ShuttingDown{"shuttingDown"};     // the agent stops before it could answer
} // namespace Error

/// \brief Field names shared by several messages.
namespace Field {
inline constexpr QLatin1StringView Id{"id"};
inline constexpr QLatin1StringView Method{"method"};
inline constexpr QLatin1StringView Params{"params"};
inline constexpr QLatin1StringView Result{"result"};
inline constexpr QLatin1StringView Error{"error"};
inline constexpr QLatin1StringView Code{"code"};
inline constexpr QLatin1StringView Message{"message"};
inline constexpr QLatin1StringView Errors{"errors"};
inline constexpr QLatin1StringView Param{"param"};
inline constexpr QLatin1StringView Event{"event"};
inline constexpr QLatin1StringView Seq{"seq"};
inline constexpr QLatin1StringView Time{"time"};
inline constexpr QLatin1StringView Data{"data"};
inline constexpr QLatin1StringView Protocol{"protocol"};
inline constexpr QLatin1StringView Client{"client"};
/// hello's language for the agent's own text: a QLocale / BCP 47 name such as "de_DE" or "pt-BR",
/// at most 35 of [A-Za-z0-9_-]. The connection keeps it: `providers` texts and the messages of
/// configuration errors (`config.validate`, `config.set`, `test`, `hooks.test`) are worded in it
/// where the agent has a translation; absent or unknown: English. Paths and codes never change.
inline constexpr QLatin1StringView Locale{"locale"};
inline constexpr QLatin1StringView Agent{"agent"};
inline constexpr QLatin1StringView Pid{"pid"};
inline constexpr QLatin1StringView Config{"config"};
inline constexpr QLatin1StringView Path{"path"};
inline constexpr QLatin1StringView FromFile{"fromFile"};
inline constexpr QLatin1StringView Valid{"valid"};
inline constexpr QLatin1StringView Profile{"profile"};
inline constexpr QLatin1StringView Profiles{"profiles"};
inline constexpr QLatin1StringView Force{"force"};
inline constexpr QLatin1StringView Cycle{"cycle"};
inline constexpr QLatin1StringView Results{"results"};
inline constexpr QLatin1StringView Addresses{"addresses"};
inline constexpr QLatin1StringView Since{"since"};
inline constexpr QLatin1StringView Until{"until"};
inline constexpr QLatin1StringView Family{"family"};
inline constexpr QLatin1StringView Limit{"limit"};
inline constexpr QLatin1StringView Entries{"entries"};
inline constexpr QLatin1StringView MaxEntries{"maxEntries"};
inline constexpr QLatin1StringView Level{"level"};
inline constexpr QLatin1StringView Lines{"lines"};
inline constexpr QLatin1StringView Events{"events"};
inline constexpr QLatin1StringView LogLevel{"logLevel"};
inline constexpr QLatin1StringView Category{"category"};
inline constexpr QLatin1StringView State{"state"};
inline constexpr QLatin1StringView Host{"host"};
inline constexpr QLatin1StringView Hosts{"hosts"};
inline constexpr QLatin1StringView Type{"type"};
inline constexpr QLatin1StringView Address{"address"};
inline constexpr QLatin1StringView Detector{"detector"};
inline constexpr QLatin1StringView Old{"old"};
inline constexpr QLatin1StringView New{"new"};
inline constexpr QLatin1StringView Paused{"paused"};
inline constexpr QLatin1StringView Detected{"detected"};
inline constexpr QLatin1StringView Records{"records"};
inline constexpr QLatin1StringView Name{"name"};
inline constexpr QLatin1StringView Provider{"provider"};
inline constexpr QLatin1StringView Providers{"providers"};
inline constexpr QLatin1StringView Published{"published"};
inline constexpr QLatin1StringView LastResult{"lastResult"};
inline constexpr QLatin1StringView LastAttempt{"lastAttempt"};
inline constexpr QLatin1StringView Failures{"failures"};
inline constexpr QLatin1StringView RetryAfter{"retryAfter"};
inline constexpr QLatin1StringView Hold{"hold"};
inline constexpr QLatin1StringView Version{"version"};
inline constexpr QLatin1StringView Started{"started"};
inline constexpr QLatin1StringView ConfigPath{"configPath"};
inline constexpr QLatin1StringView StateDir{"stateDir"};
inline constexpr QLatin1StringView LastCycle{"lastCycle"};
inline constexpr QLatin1StringView NextCheck{"nextCheck"};
inline constexpr QLatin1StringView StateError{"stateError"};
inline constexpr QLatin1StringView Previous{"previous"};
inline constexpr QLatin1StringView Hook{"hook"};
inline constexpr QLatin1StringView Hooks{"hooks"};
inline constexpr QLatin1StringView Runs{"runs"};
inline constexpr QLatin1StringView LastRun{"lastRun"};
inline constexpr QLatin1StringView Running{"running"};
inline constexpr QLatin1StringView Attempts{"attempts"};
inline constexpr QLatin1StringView Status{"status"};
// A record's `propagation` in `status` (version 2, additive).
inline constexpr QLatin1StringView Propagation{"propagation"};
inline constexpr QLatin1StringView Checked{"checked"};
inline constexpr QLatin1StringView Checking{"checking"};
inline constexpr QLatin1StringView Servers{"servers"};
inline constexpr QLatin1StringView Server{"server"};
inline constexpr QLatin1StringView Warning{"warning"};
// A family's `routerWan` in `status` addresses (version 2, additive): double NAT.
inline constexpr QLatin1StringView RouterWan{"routerWan"};
inline constexpr QLatin1StringView Nat{"nat"};
} // namespace Field

/// \brief The fields of each provider's metadata in the `providers` reply (and `qddns-agent providers
/// --json`): what a client needs to build any provider's form and to list the providers.
namespace ProviderField {
inline constexpr QLatin1StringView Id{"id"};
inline constexpr QLatin1StringView Name{"name"};
inline constexpr QLatin1StringView Protocol{"protocol"};           // implementation family, e.g. "dyndns2"
inline constexpr QLatin1StringView Category{"category"};           // a ProviderCategoryWord
inline constexpr QLatin1StringView Website{"website"};
inline constexpr QLatin1StringView Documentation{"documentation"}; // the provider's own API documentation (URL)
inline constexpr QLatin1StringView Checked{"checked"};             // YYYY-MM-DD the request format was checked against it; absent: never
inline constexpr QLatin1StringView Help{"help"};
inline constexpr QLatin1StringView Server{"server"};
inline constexpr QLatin1StringView HostExample{"hostExample"};
inline constexpr QLatin1StringView HostHelp{"hostHelp"};
inline constexpr QLatin1StringView Username{"username"};           // a NeedWord
inline constexpr QLatin1StringView UsernameLabel{"usernameLabel"};
inline constexpr QLatin1StringView UsernameHelp{"usernameHelp"};
inline constexpr QLatin1StringView Secret{"secret"};               // a NeedWord
inline constexpr QLatin1StringView SecretLabel{"secretLabel"};
inline constexpr QLatin1StringView SecretHelp{"secretHelp"};
inline constexpr QLatin1StringView Credentials{"credentials"};     // [{id, label, help, required}], the primary first
inline constexpr QLatin1StringView MaxHostsPerRequest{"maxHostsPerRequest"};
inline constexpr QLatin1StringView Ipv4{"ipv4"};
inline constexpr QLatin1StringView Ipv6{"ipv6"};
inline constexpr QLatin1StringView Ttl{"ttl"};
inline constexpr QLatin1StringView Options{"options"};             // [{key, kind, required, help, default?, label?}]
// Inside credentials[] and options[].
inline constexpr QLatin1StringView Label{"label"};
inline constexpr QLatin1StringView Required{"required"};
inline constexpr QLatin1StringView Key{"key"};
inline constexpr QLatin1StringView Kind{"kind"};
inline constexpr QLatin1StringView Default{"default"};
} // namespace ProviderField

/// \brief Whether a provider uses a profile's username or secret (`username`, `secret`).
namespace NeedWord {
inline constexpr QLatin1StringView Unused{"unused"};
inline constexpr QLatin1StringView Optional{"optional"};
inline constexpr QLatin1StringView Required{"required"};
} // namespace NeedWord

/// \brief A provider's `category`: the groups of a provider picker.
namespace ProviderCategoryWord {
inline constexpr QLatin1StringView DynDns{"dyndns"};          // DynDNS-style services (names under the service's domains)
inline constexpr QLatin1StringView DnsHosting{"dns-hosting"}; // DNS hosting APIs (records of your own zone)
inline constexpr QLatin1StringView Registrar{"registrar"};    // registrars' DNS
inline constexpr QLatin1StringView SelfHosted{"self-hosted"}; // servers you run yourself
inline constexpr QLatin1StringView Generic{"generic"};        // a protocol for any server (DynDNS2, a custom URL)
} // namespace ProviderCategoryWord

/// \brief Record states in `status`: a summary so that clients need not redo the agent's reasoning.
namespace RecordStateCode {
inline constexpr QLatin1StringView Current{"current"};   // the provider holds the detected address
inline constexpr QLatin1StringView Pending{"pending"};   // not (yet) published: the next cycle sends it
inline constexpr QLatin1StringView Retrying{"retrying"}; // the last attempt failed; waiting to retry
inline constexpr QLatin1StringView Held{"held"};         // the provider refused; waits for a change of profile or secret
inline constexpr QLatin1StringView Unknown{"unknown"};   // the family's public address is not known
} // namespace RecordStateCode

/// \brief Whether the zone's authoritative servers answer a record's new address (`propagation.state`).
namespace PropagationWord {
inline constexpr QLatin1StringView Published{"published"};   // the provider took it; not every server answers it (yet)
inline constexpr QLatin1StringView Propagated{"propagated"}; // every authoritative server answers the new address
} // namespace PropagationWord

/// \brief Why the router's WAN address is not the public one (`addresses.<family>.routerWan.nat`).
namespace NatWord {
inline constexpr QLatin1StringView Private{"private"};      // RFC 1918: the router is behind another router
inline constexpr QLatin1StringView CarrierGrade{"cgnat"};   // 100.64.0.0/10: the provider's carrier-grade NAT
inline constexpr QLatin1StringView Other{"other"};          // another non-public address
} // namespace NatWord

/// \brief What one authoritative server answered (`propagation.servers[].state`).
namespace PropagationServerWord {
inline constexpr QLatin1StringView Pending{"pending"}; // asked, no answer yet
inline constexpr QLatin1StringView Current{"current"}; // answers the new address
inline constexpr QLatin1StringView Old{"old"};         // still answers the previous address
inline constexpr QLatin1StringView Other{"other"};     // answers something else, or nothing
inline constexpr QLatin1StringView Error{"error"};     // did not answer
} // namespace PropagationServerWord

/// \brief How a provider answered for one record (a record's `lastResult` in `status` and state.json).
namespace OutcomeWord {
inline constexpr QLatin1StringView Updated{"updated"};
inline constexpr QLatin1StringView Unchanged{"unchanged"};
inline constexpr QLatin1StringView Retry{"retry"};
inline constexpr QLatin1StringView AuthFailed{"auth-failed"};
inline constexpr QLatin1StringView Rejected{"rejected"};
inline constexpr QLatin1StringView Abuse{"abuse"};
inline constexpr QLatin1StringView Unexpected{"unexpected-reply"}; // a hold only: replies the provider's parser did not recognise
} // namespace OutcomeWord

/// \brief What a cycle did with a record (`result` of `update`, `test`, `updateResult`, `once --json`).
namespace ResultWord {
inline constexpr QLatin1StringView Updated{"updated"};
inline constexpr QLatin1StringView Unchanged{"unchanged"};
inline constexpr QLatin1StringView Failed{"failed"};
inline constexpr QLatin1StringView Held{"held"};
inline constexpr QLatin1StringView DryRun{"dry-run"};
} // namespace ResultWord

/// \brief Why a record's result is what it is (`code` of `updateResult`, `update`, `test`, `once --json`):
/// a word a client can act on or translate, beside the message for people.
namespace RecordCode {
inline constexpr QLatin1StringView Updated{"updated"};        // the provider now has the address
inline constexpr QLatin1StringView Unchanged{"unchanged"};    // the provider already had it
inline constexpr QLatin1StringView Current{"current"};        // nothing sent: published within forceInterval
inline constexpr QLatin1StringView NoAddress{"noAddress"};    // the family's public address was not detected
inline constexpr QLatin1StringView Waiting{"waiting"};        // backing off after a failure
inline constexpr QLatin1StringView Retry{"retry"};            // this attempt failed; it is retried later
inline constexpr QLatin1StringView Held{"held"};              // held since an earlier refusal
inline constexpr QLatin1StringView AuthFailed{"auth-failed"}; // refused the credentials: now held
inline constexpr QLatin1StringView Rejected{"rejected"};      // refused the request: now held
inline constexpr QLatin1StringView Abuse{"abuse"};            // blocked for abuse: now held
inline constexpr QLatin1StringView Unexpected{"unexpected-reply"}; // replies not as documented, several in a row: now held
inline constexpr QLatin1StringView CredentialsUnavailable{"credentialsUnavailable"}; // a credential could not be read
inline constexpr QLatin1StringView DryRun{"dry-run"};         // what would be sent
} // namespace RecordCode

/// \brief How a hook's last run ended (`status` hooks[].lastResult, `hooks.test` result).
namespace HookResultWord {
inline constexpr QLatin1StringView Ok{"ok"};
inline constexpr QLatin1StringView Failed{"failed"};     // it ran and failed (exit code, HTTP error, no answer after the retries)
inline constexpr QLatin1StringView TimedOut{"timedOut"}; // a command that did not finish in time: its process group was killed
} // namespace HookResultWord

/// \brief Log levels as sent in `logs`, `subscribe` and `log` events, least severe first.
namespace Level {
inline constexpr QLatin1StringView Debug{"debug"};
inline constexpr QLatin1StringView Info{"info"};
inline constexpr QLatin1StringView Warning{"warning"};
inline constexpr QLatin1StringView Error{"error"};
} // namespace Level

} // namespace Qddns::Ipc
