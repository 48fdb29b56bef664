#pragma once

#include <QLatin1StringView>
#include <QStringList>

// Every key of the configuration file, once: the validator and the tray's settings both use
// these, so a key cannot be known to one and missing in the other.
namespace Qddns::ConfigKey {

// The document.
inline constexpr QLatin1StringView Version{"version"};
inline constexpr QLatin1StringView Interval{"interval"};
inline constexpr QLatin1StringView ForceInterval{"forceInterval"};
inline constexpr QLatin1StringView Timeout{"timeout"};
inline constexpr QLatin1StringView Detectors{"detectors"};
inline constexpr QLatin1StringView Tls{"tls"};
inline constexpr QLatin1StringView CaFile{"caFile"};
inline constexpr QLatin1StringView Profiles{"profiles"};
inline constexpr QLatin1StringView Hooks{"hooks"};
inline constexpr QLatin1StringView Proxy{"proxy"};

// A detector list and a detector.
inline constexpr QLatin1StringView Ipv4{"ipv4"};
inline constexpr QLatin1StringView Ipv6{"ipv6"};
inline constexpr QLatin1StringView Agree{"agree"};
inline constexpr QLatin1StringView Type{"type"};
inline constexpr QLatin1StringView Url{"url"};
inline constexpr QLatin1StringView Argv{"argv"};
inline constexpr QLatin1StringView Preset{"preset"};
inline constexpr QLatin1StringView SourceAddress{"sourceAddress"}; // web: the local address requests leave from
inline constexpr QLatin1StringView SourceInterface{"interface"};   // web: the interface whose address that is

// A profile (beside its provider's own options).
inline constexpr QLatin1StringView Name{"name"};
inline constexpr QLatin1StringView Provider{"provider"};
inline constexpr QLatin1StringView Hosts{"hosts"};
inline constexpr QLatin1StringView Server{"server"};
inline constexpr QLatin1StringView Username{"username"};
inline constexpr QLatin1StringView Secret{"secret"};
inline constexpr QLatin1StringView Credentials{"credentials"};
inline constexpr QLatin1StringView Ttl{"ttl"};
inline constexpr QLatin1StringView AllowInsecureHttp{"allowInsecureHttp"};
inline constexpr QLatin1StringView Nameservers{"nameservers"};
// A host given as an object instead of a name.
inline constexpr QLatin1StringView Ipv6Suffix{"ipv6Suffix"};
inline constexpr QLatin1StringView PrefixLength{"prefixLength"};

// A hook (beside a preset's own options); a profile's "hooks" names some of them.
inline constexpr QLatin1StringView Events{"events"};
inline constexpr QLatin1StringView Families{"families"};
inline constexpr QLatin1StringView QuietPeriod{"quietPeriod"};
inline constexpr QLatin1StringView Method{"method"};
inline constexpr QLatin1StringView Headers{"headers"};
inline constexpr QLatin1StringView Body{"body"};
inline constexpr QLatin1StringView ContentType{"contentType"};

// A secret reference.
inline constexpr QLatin1StringView Source{"source"};
inline constexpr QLatin1StringView Path{"path"};

/// \brief The keys of the document itself.
inline QStringList documentKeys()
{
    return {Version, Interval, ForceInterval, Timeout, Detectors, Tls, Proxy, Profiles, Hooks};
}

/// \brief The keys every profile may have, whatever its provider (ttl and credentials only where
/// the provider takes them; its options besides).
inline QStringList commonProfileKeys()
{
    return {Name, Provider, Hosts, Ipv4, Ipv6, Server, Username, Secret, AllowInsecureHttp, Hooks, Nameservers, Proxy};
}

/// \brief The keys of every hook told about events (beside those of its type).
inline QStringList eventHookKeys()
{
    return {Name, Type, Events, Families, Profiles, QuietPeriod};
}

/// \brief The keys of a command hook, a webhook, and a heartbeat (Healthchecks, Uptime Kuma).
inline QStringList commandHookKeys()
{
    return eventHookKeys() + QStringList{Argv, Timeout};
}
inline QStringList webhookKeys()
{
    return eventHookKeys() + QStringList{Url, Method, Headers, Body, ContentType, Secret, AllowInsecureHttp};
}
inline QStringList heartbeatKeys()
{
    return {Name, Type, Url, Profiles, AllowInsecureHttp};
}

} // namespace Qddns::ConfigKey
