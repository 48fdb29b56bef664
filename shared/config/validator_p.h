#pragma once

// The configuration's validator, private to the config layer: every problem reported with its JSON
// path, all at once. A header of its own so that config.cpp stays readable; hookconfig.cpp uses it
// for the hooks; nothing outside shared/config includes it.

#include "config/config.h"
#include "config/configcheck.h"
#include "config/configkeys.h"
#include "config/hookconfig.h"
#include "config/jsonscanner.h"
#include "config/providerschema.h"
#include "core/addressrules.h"
#include "core/agenttext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>

#include <algorithm>
#include <cmath>

namespace Qddns {
namespace ConfigValidation {

using namespace std::chrono_literals;

inline int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// Validation context: collects every error with its path.
class Validator
{
    // Tells lupdate the context of localTr() (an alias of tr() for it, translations/CMakeLists.txt).
    Q_DECLARE_TR_FUNCTIONS(Qddns::Config)

public:
    /// Errors are worded in \a locale's language (QLocale::c(): English).
    Validator(const ProviderCatalog &catalog, const QLocale &locale) : m_catalog(catalog), m_locale(locale) {}

    /// The validator's tr(): \a source of context Qddns::Config in the locale errors are worded in.
    QString localTr(const char *source, int n = -1) const { return text(source, n); }
    /// The same for a source marked elsewhere with QT_TRANSLATE_NOOP("Qddns::Config", …).
    QString text(const char *source, int n = -1) const
    {
        return agentText(m_locale, "Qddns::Config", QString::fromUtf8(source), n);
    }

    /// " (did you mean "x"?)" for the candidate closest to \a word, or nothing.
    QString didYouMean(const QString &word, const QStringList &candidates) const;
    /// A JSON value as an error message shows it.
    QString quoted(const QJsonValue &value) const;

    ConfigErrors errors;
    QSet<Family> brokenFamilies; ///< families whose detector list has errors

    void error(const QString &path, const QString &message) { errors.append({path, message}); }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString &path, qsizetype i) { return path + QStringLiteral("[%1]").arg(i); }

    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed,
                   const QString &context = {})
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (allowed.contains(it.key()))
                continue;
            static const QStringList secretWords{QStringLiteral("password"), QStringLiteral("token"),
                                                 QStringLiteral("apiKey"), QStringLiteral("key"),
                                                 QStringLiteral("pass")};
            if (secretWords.contains(it.key(), Qt::CaseInsensitive)) {
                error(join(path, it.key()),
                      localTr("secrets are never stored in the config file; use \"secret\": "
                                     "{\"source\": \"keychain\"} and `qddns-agent secret set PROFILE`, or a file, "
                                     "env or systemd-credential source"));
                continue;
            }
            error(join(path, it.key()), localTr("unknown key%1%2")
                                            .arg(context.isEmpty() ? QString() : QLatin1Char(' ') + context,
                                                 didYouMean(it.key(), allowed)));
        }
    }

    std::optional<bool> boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool()) {
            error(join(path, key), localTr("must be true or false, not %1").arg(quoted(v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<QString> string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(join(path, key), localTr("is required"));
            return std::nullopt;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            error(join(path, key), localTr("must be a non-empty string, not %1").arg(quoted(v)));
            return std::nullopt;
        }
        return v.toString();
    }

    // A file path: absolute or ~/…, never relative to wherever the agent was started.
    std::optional<QString> userPath(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const auto text = string(o, path, key, required);
        if (!text)
            return std::nullopt;
        auto resolved = resolveConfigPath(*text);
        if (!resolved) {
            error(join(path, key), resolved.error());
            return std::nullopt;
        }
        return resolved.value();
    }

    std::optional<std::chrono::seconds> duration(const QJsonObject &o, const QString &path, const QString &key,
                                                 std::chrono::seconds min, std::chrono::seconds max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        const auto d = parseDuration(v);
        if (!d) {
            error(join(path, key),
                  localTr("must be a number of seconds or a duration like \"5m\", \"12h\", \"25d\", not %1")
                      .arg(quoted(v)));
            return std::nullopt;
        }
        if (*d < min || *d > max) {
            error(join(path, key), localTr("must be between %1 and %2 seconds, not %3")
                                       .arg(min.count()).arg(max.count()).arg(d->count()));
            return std::nullopt;
        }
        return d;
    }

    std::optional<QUrl> httpUrl(const QString &text, const QString &path, bool allowInsecure)
    {
        const QUrl url(text, QUrl::StrictMode);
        if (url.isValid() && !url.userInfo().isEmpty()) {
            // Not quoted: the text holds a credential.
            error(path, localTr("must not contain a username or password; use \"username\" and \"secret\""));
            return std::nullopt;
        }
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            error(path, localTr("\"%1\" is not an http(s) URL").arg(text));
            return std::nullopt;
        }
        if (url.scheme() == QLatin1String("http") && !allowInsecure) {
            error(path, localTr("plain http:// is refused: it would travel unencrypted; use https://, or set "
                                       "\"allowInsecureHttp\": true (meant for loopback test servers)"));
            return std::nullopt;
        }
        return url;
    }

    void parseDetection(const QJsonValue &value, const QString &path, Config &config)
    {
        if (!value.isObject()) {
            error(path, localTr("must be an object with \"ipv4\", \"ipv6\" and \"agree\""));
            return;
        }
        const QJsonObject o = value.toObject();
        checkKeys(o, path, {QStringLiteral("ipv4"), QStringLiteral("ipv6"), QStringLiteral("agree")});
        for (Family family : {Family::IPv4, Family::IPv6}) {
            const QString key = familyName(family);
            FamilyDetection &target = family == Family::IPv4 ? config.ipv4 : config.ipv6;
            const QJsonValue list = o.value(key);
            if (list.isUndefined())
                continue;
            if (!list.isArray()) {
                error(join(path, key), localTr("must be a list of detectors (empty to not detect %1)")
                                           .arg(family == Family::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6")));
                continue;
            }
            target.detectors.clear();
            const QJsonArray array = list.toArray();
            const qsizetype before = errors.size();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (auto spec = parseDetector(array.at(i), index(join(path, key), i), family))
                    target.detectors.append(*spec);
            }
            if (errors.size() != before)
                brokenFamilies.insert(family);
        }
        const QJsonValue agree = o.value(QStringLiteral("agree"));
        if (agree.isUndefined())
            return;
        if (!agree.isObject()) {
            error(join(path, QStringLiteral("agree")), localTr("must be an object like {\"ipv4\": 2}"));
            return;
        }
        const QJsonObject ao = agree.toObject();
        checkKeys(ao, join(path, QStringLiteral("agree")), {QStringLiteral("ipv4"), QStringLiteral("ipv6")});
        for (Family family : {Family::IPv4, Family::IPv6}) {
            const QJsonValue v = ao.value(familyName(family));
            if (v.isUndefined())
                continue;
            const QString p = join(join(path, QStringLiteral("agree")), familyName(family));
            FamilyDetection &target = family == Family::IPv4 ? config.ipv4 : config.ipv6;
            if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1 || v.toInt() > 5) {
                error(p, localTr("must be a whole number from 1 to 5, not %1").arg(quoted(v)));
                continue;
            }
            if (brokenFamilies.contains(family))
                continue; // counting detectors that are already reported as broken says nothing new
            if (v.toInt() > target.detectors.size()) {
                error(p, target.detectors.size() == 1
                             ? localTr("asks %1 detectors to agree but only 1 is configured").arg(v.toInt())
                             : localTr("asks %1 detectors to agree but only %2 are configured").arg(v.toInt()).arg(target.detectors.size()));
                continue;
            }
            target.agree = v.toInt();
        }
    }

    // A web detector's "sourceAddress" (a local address of the list's family) or "interface"
    // (whose address of that family it leaves from), for routers with several uplinks.
    void parseSource(const QJsonObject &o, const QString &path, Family family, DetectorSpec &spec)
    {
        if (o.contains(ConfigKey::SourceAddress) && o.contains(ConfigKey::SourceInterface)) {
            error(join(path, ConfigKey::SourceInterface),
                  localTr("give \"sourceAddress\" or \"interface\", not both: the interface's address is the source"));
            return;
        }
        if (const auto text = string(o, path, ConfigKey::SourceAddress, false)) {
            const auto address = parseAddressText(*text);
            if (!address)
                error(join(path, ConfigKey::SourceAddress), localTr("is not a local address: %1").arg(address.error()));
            else if ((address->protocol() == QAbstractSocket::IPv6Protocol) != (family == Family::IPv6))
                error(join(path, ConfigKey::SourceAddress), localTr("%1 is not an %2 address, as a detector of \"%3\" needs")
                                                                .arg(*text, familyDisplayName(family), familyName(family)));
            else
                spec.sourceAddress = *address;
        }
        if (const auto name = string(o, path, ConfigKey::SourceInterface, false)) {
            // Linux's rules (IFNAMSIZ, no '/' or space); other systems' names fit them too.
            static const QRegularExpression nameRe(QStringLiteral("^[^/\\s:]{1,15}$"));
            if (!nameRe.match(*name).hasMatch() || *name == QLatin1String(".") || *name == QLatin1String(".."))
                error(join(path, ConfigKey::SourceInterface),
                      localTr("\"%1\" is not a network interface name (1-15 characters, no '/', ':' or spaces)").arg(*name));
            else
                spec.sourceInterface = *name;
        }
    }

    std::optional<DetectorSpec> parseDetector(const QJsonValue &value, const QString &path, Family family)
    {
        if (!value.isObject()) {
            error(path, localTr("must be an object like {\"type\": \"web\", \"url\": \"https://…\"}"));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        const auto type = string(o, path, QStringLiteral("type"), true);
        if (!type)
            return std::nullopt;
        DetectorSpec spec;
        const qsizetype before = errors.size();
        if (*type == QLatin1String("web")) {
            spec.type = DetectorSpec::Type::Web;
            checkKeys(o, path, {QStringLiteral("type"), QStringLiteral("url"), QStringLiteral("allowInsecureHttp"),
                                ConfigKey::SourceAddress, ConfigKey::SourceInterface},
                      localTr("for a web detector"));
            spec.allowInsecureHttp = boolean(o, path, QStringLiteral("allowInsecureHttp")).value_or(false);
            parseSource(o, path, family, spec);
            if (const auto url = string(o, path, QStringLiteral("url"), true)) {
                if (const auto parsed = httpUrl(*url, join(path, QStringLiteral("url")), spec.allowInsecureHttp))
                    spec.url = *parsed;
            }
        } else if (*type == QLatin1String("interface")) {
            spec.type = DetectorSpec::Type::Interface;
            checkKeys(o, path, {QStringLiteral("type"), QStringLiteral("name")},
                      localTr("for an interface detector"));
            spec.interfaceName = string(o, path, QStringLiteral("name"), true).value_or(QString());
        } else if (*type == QLatin1String("command")) {
            spec.type = DetectorSpec::Type::Command;
            checkKeys(o, path, {QStringLiteral("type"), QStringLiteral("argv"), QStringLiteral("timeout")},
                      localTr("for a command detector"));
            const QJsonValue argv = o.value(QStringLiteral("argv"));
            const QJsonArray array = argv.toArray();
            const bool allStrings = std::all_of(array.begin(), array.end(),
                                                [](const QJsonValue &v) { return v.isString() && !v.toString().isEmpty(); });
            if (!argv.isArray() || array.isEmpty() || !allStrings) {
                error(join(path, QStringLiteral("argv")),
                      localTr("must be a non-empty list of strings: the program and its arguments "
                                     "(run without a shell)"));
            } else {
                for (const QJsonValue &v : array)
                    spec.argv.append(v.toString());
                if (const auto program = resolveConfigProgram(spec.argv.first()))
                    spec.argv.first() = *program;
                else
                    error(join(path, QStringLiteral("argv[0]")), program.error());
            }
            if (const auto t = duration(o, path, QStringLiteral("timeout"), 1s, 300s))
                spec.timeout = *t;
        } else if (*type == QLatin1String("dns")) {
            parseDnsDetector(o, path, spec);
        } else if (*type == QLatin1String("upnp")) {
            // {"type": "upnp", "timeout": "3s"}: the timeout bounds the search for the router.
            spec.type = DetectorSpec::Type::Upnp;
            spec.timeout = 3s;
            checkKeys(o, path, {ConfigKey::Type, ConfigKey::Timeout}, localTr("for a upnp detector"));
            if (const auto t = duration(o, path, ConfigKey::Timeout, 1s, 60s))
                spec.timeout = *t;
        } else {
            error(join(path, QStringLiteral("type")),
                  localTr("\"%1\" is not a detector type; use \"web\", \"interface\", \"command\", \"dns\" or \"upnp\"").arg(*type));
            return std::nullopt;
        }
        if (errors.size() != before)
            return std::nullopt;
        return spec;
    }

    // A DNS server as a profile or detector names it: host, host:port, an IPv6 address, [IPv6]:port.
    static bool isDnsServer(const QString &text)
    {
        static const QRegularExpression form(QStringLiteral("^(?:([A-Za-z0-9._-]+)|\\[([0-9A-Fa-f:.]+)\\]|([0-9A-Fa-f:]*:[0-9A-Fa-f:.]*))(?::(\\d{1,5}))?$"));
        const auto m = form.match(text);
        if (!m.hasMatch())
            return false;
        const bool bareIpv6 = !m.captured(3).isEmpty();
        if (bareIpv6 || !m.captured(2).isEmpty()) {
            // A bare IPv6 address has no port: its last group would be read as one.
            if (QHostAddress(bareIpv6 ? text : m.captured(2)).protocol() != QAbstractSocket::IPv6Protocol)
                return false;
            if (bareIpv6)
                return true;
        }
        const int port = m.captured(4).isEmpty() ? 53 : m.captured(4).toInt();
        return port >= 1 && port <= 65535;
    }
    static QString dnsServerError(const QString &text)
    {
        return QStringLiteral("\"%1\" is not a DNS server: write a name or address, optionally with :port "
                              "(e.g. ns1.example.org, 127.0.0.1:5353, [::1]:5353)").arg(text);
    }

    // "nameservers": "auto" (NS lookup) or ["ns1.example.org", "127.0.0.1:5353"]
    void parseNameservers(const QJsonValue &value, const QString &path, Profile &p)
    {
        if (value.isUndefined() || value.isNull())
            return;
        if (value == QJsonValue(QStringLiteral("auto"))) {
            p.checkPropagation = true;
            return;
        }
        const QJsonArray list = value.toArray();
        if (!value.isArray() || list.isEmpty()) {
            error(path, localTr("must be \"auto\" (find the zone's servers with an NS lookup) or a non-empty list of DNS "
                                       "servers, not %1").arg(list.isEmpty() && value.isArray() ? localTr("an empty list") : quoted(value)));
            return;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString text = list.at(i).toString();
            if (!list.at(i).isString() || !isDnsServer(text))
                error(index(path, i), list.at(i).isString() ? dnsServerError(text)
                                                            : localTr("must be a DNS server name or address, not %1").arg(quoted(list.at(i))));
            else
                p.nameservers.append(text);
        }
        p.checkPropagation = true;
    }

    // {"type": "dns", "preset": "opendns", "server": "127.0.0.1:5353", "timeout": "4s"}
    void parseDnsDetector(const QJsonObject &o, const QString &path, DetectorSpec &spec)
    {
        spec.type = DetectorSpec::Type::Dns;
        spec.timeout = 4s; // two UDP attempts of 2 s: one packet each way normally
        checkKeys(o, path, {ConfigKey::Type, ConfigKey::Preset, ConfigKey::Server, ConfigKey::Timeout}, localTr("for a dns detector"));
        const QStringList presets = dnsDetectorPresets();
        if (const auto preset = string(o, path, ConfigKey::Preset, true)) {
            if (!presets.contains(*preset))
                error(join(path, ConfigKey::Preset), localTr("\"%1\" is not a DNS echo service; use %2")
                                                         .arg(*preset, QStringLiteral("\"") + presets.join(QStringLiteral("\", \"")) + QLatin1Char('"')));
            spec.dnsPreset = *preset;
        }
        if (const auto server = string(o, path, ConfigKey::Server, false)) {
            if (!isDnsServer(*server))
                error(join(path, ConfigKey::Server), dnsServerError(*server));
            spec.dnsServer = *server;
        }
        if (const auto t = duration(o, path, ConfigKey::Timeout, 1s, 60s))
            spec.timeout = *t;
    }

    // "proxy": "http://proxy.lan:3128" or "socks5://127.0.0.1:1080"; a profile's may name a user
    // ("http://alice@proxy.lan:3128", the password is its credential proxyPassword) or be "none".
    std::optional<QUrl> proxyUrl(const QJsonValue &value, const QString &path, bool inProfile)
    {
        if (inProfile && value.toString() == QLatin1String("none"))
            return QUrl();
        const QUrl url(value.toString(), QUrl::StrictMode);
        // First, so that no other message repeats the password.
        if (url.userInfo().contains(QLatin1Char(':'))) {
            error(path, localTr("must not hold a password: secrets do not belong in the configuration file%1")
                            .arg(inProfile ? localTr("; the proxy's password is the profile's credential \"%1\"")
                                                 .arg(kProxyPasswordCredential)
                                           : QString()));
            return std::nullopt;
        }
        const QString scheme = url.scheme();
        if (!value.isString() || !url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("socks5"))
            || url.host().isEmpty() || url.port() < 1 || !(url.path().isEmpty() || url.path() == QLatin1String("/"))
            || url.hasQuery() || url.hasFragment()) {
            error(path, localTr("must be a proxy like \"http://proxy.lan:3128\" or \"socks5://127.0.0.1:1080\" "
                                       "(scheme http or socks5, host and port)%1, not %2")
                            .arg(inProfile ? localTr(", or \"none\" for no proxy") : QString(), quoted(value)));
            return std::nullopt;
        }
        if (!inProfile && !url.userName().isEmpty()) {
            error(path, localTr("must not hold a user name: a proxy that needs credentials is set in each "
                                       "profile's \"proxy\" (its password is then a credential of the profile)"));
            return std::nullopt;
        }
        return url;
    }

    void parseProxy(const QJsonValue &value, const QString &path, Config &config)
    {
        if (const auto url = proxyUrl(value, path, false))
            config.proxy = *url;
    }

    void parseTls(const QJsonValue &value, const QString &path, Config &config)
    {
        if (!value.isObject()) {
            error(path, localTr("must be an object like {\"caFile\": \"/path/ca.pem\"}"));
            return;
        }
        const QJsonObject o = value.toObject();
        checkKeys(o, path, {QStringLiteral("caFile")});
        const auto file = userPath(o, path, QStringLiteral("caFile"), false);
        if (!file)
            return;
        QFile f(*file);
        if (!f.open(QIODevice::ReadOnly)) {
            error(join(path, QStringLiteral("caFile")), localTr("cannot read %1: %2").arg(*file, f.errorString()));
            return;
        }
        if (QSslCertificate::fromData(f.readAll(), QSsl::Pem).isEmpty()) {
            error(join(path, QStringLiteral("caFile")), localTr("%1 holds no PEM certificate").arg(*file));
            return;
        }
        config.caFile = *file;
    }

    void parseSecret(const QJsonValue &value, const QString &path, SecretRef &secret)
    {
        if (value.isUndefined())
            return;
        if (!value.isObject()) {
            error(path, localTr("secrets are never stored in the config file; give where to find it: "
                                       "{\"source\": \"keychain\"} (then `qddns-agent secret set PROFILE`), "
                                       "{\"source\": \"file\", \"path\": …}, {\"source\": \"env\", \"name\": …} or "
                                       "{\"source\": \"systemd-credential\", \"name\": …}"));
            return;
        }
        const QJsonObject o = value.toObject();
        const QJsonValue sourceValue = o.value(QStringLiteral("source"));
        if (!sourceValue.isUndefined() && !sourceValue.isString()) {
            error(join(path, QStringLiteral("source")),
                  localTr("%1 is not a secret source; use \"keychain\", \"file\", \"env\" or "
                                 "\"systemd-credential\"").arg(quoted(sourceValue)));
            return;
        }
        const QString source = sourceValue.toString(QStringLiteral("keychain"));
        if (source == QLatin1String("keychain")) {
            secret.source = SecretRef::Source::Keychain;
            checkKeys(o, path, {QStringLiteral("source")}, localTr("for a keychain secret"));
        } else if (source == QLatin1String("file")) {
            secret.source = SecretRef::Source::File;
            checkKeys(o, path, {QStringLiteral("source"), QStringLiteral("path")}, localTr("for a file secret"));
            secret.path = userPath(o, path, QStringLiteral("path"), true).value_or(QString());
        } else if (source == QLatin1String("env") || source == QLatin1String("systemd-credential")) {
            secret.source = source == QLatin1String("env") ? SecretRef::Source::Env : SecretRef::Source::SystemdCredential;
            checkKeys(o, path, {QStringLiteral("source"), QStringLiteral("name")},
                      localTr("for a %1 secret").arg(source));
            secret.name = string(o, path, QStringLiteral("name"), true).value_or(QString());
        } else {
            error(join(path, QStringLiteral("source")),
                  localTr("\"%1\" is not a secret source; use \"keychain\", \"file\", \"env\" or "
                                 "\"systemd-credential\"").arg(source));
        }
    }

    // A host given as {"name", "ipv6Suffix", "prefixLength"}: it publishes the detected IPv6
    // prefix with its own interface identifier.
    std::optional<Ipv6Suffix> hostSuffix(const QJsonObject &o, const QString &path)
    {
        checkKeys(o, path, {ConfigKey::Name, ConfigKey::Ipv6Suffix, ConfigKey::PrefixLength}, localTr("for a host"));
        Ipv6Suffix suffix;
        const QJsonValue length = o.value(ConfigKey::PrefixLength);
        if (!length.isUndefined()) {
            if (!length.isDouble() || length.toDouble() != double(length.toInt()) || length.toInt() < 8 || length.toInt() > 120) {
                error(join(path, ConfigKey::PrefixLength), localTr("must be a whole number from 8 to 120, not %1").arg(quoted(length)));
                return std::nullopt;
            }
            suffix.prefixLength = length.toInt();
        }
        const QJsonValue text = o.value(ConfigKey::Ipv6Suffix);
        if (text.isUndefined())
            return std::nullopt; // a host written as an object for its name only
        const auto parsed = text.isString() ? parseAddressText(text.toString()) : Expected<QHostAddress, QString>(Unexpected{QString()});
        if (!parsed || parsed->protocol() != QAbstractSocket::IPv6Protocol) {
            error(join(path, ConfigKey::Ipv6Suffix),
                  localTr("must be the host's IPv6 interface identifier, e.g. \"::1234\" or \"::211:32ff:fe12:3456\", not %1").arg(quoted(text)));
            return std::nullopt;
        }
        if (!fitsAfterPrefix(*parsed, suffix.prefixLength)) {
            error(join(path, ConfigKey::Ipv6Suffix), localTr("%1 reaches into the first %2 bits, which come from the detected prefix")
                                                          .arg(parsed->toString()).arg(suffix.prefixLength));
            return std::nullopt;
        }
        suffix.suffix = *parsed;
        return suffix;
    }

    // The provider's credentials in order, the primary first: where each comes from.
    void parseCredentials(const QJsonObject &o, const QString &path, const ProviderInfo &info, Profile &p)
    {
        const bool proxyUser = p.proxy && !p.proxy->userName().isEmpty();
        if (info.secret != Need::Unused)
            p.credentials.append({QString(kPrimaryCredential), p.secret});
        const QString credentialsPath = join(path, QStringLiteral("credentials"));
        const QJsonValue value = o.value(QStringLiteral("credentials"));
        if (!value.isUndefined() && !value.isObject()) {
            error(credentialsPath, localTr("must be an object naming where each credential comes from, e.g. "
                                                  "{\"%1\": {\"source\": \"keychain\"}}").arg(info.extraCredentials.value(0).id));
            return;
        }
        const QJsonObject given = value.toObject();
        QStringList ids;
        for (const CredentialField &field : info.extraCredentials) {
            ids.append(field.id);
            CredentialRef credential{field.id, SecretRef{}};
            parseSecret(given.value(field.id), join(credentialsPath, field.id), credential.ref);
            p.credentials.append(credential);
        }
        if (proxyUser) {
            // Read with the others, so it is masked in logs and a new one lifts a hold.
            ids.append(QString(kProxyPasswordCredential));
            CredentialRef credential{QString(kProxyPasswordCredential), SecretRef{}};
            parseSecret(given.value(kProxyPasswordCredential), join(credentialsPath, kProxyPasswordCredential), credential.ref);
            p.credentials.append(credential);
        }
        checkKeys(given, credentialsPath, ids, localTr("among the credentials of provider \"%1\"%2")
                                                   .arg(info.id, proxyUser ? localTr(" and its proxy") : QString()));
    }

    void checkOption(const QJsonObject &o, const QString &path, const ProviderOption &option)
    {
        const QJsonValue v = o.value(option.key);
        const QString p = join(path, option.key);
        if (v.isUndefined()) {
            if (option.required)
                error(p, localTr("is required by this provider: %1").arg(option.help));
            return;
        }
        switch (option.kind) {
        case ProviderOption::Kind::Bool:
            if (!v.isBool())
                error(p, localTr("must be true or false, not %1").arg(quoted(v)));
            break;
        case ProviderOption::Kind::Integer:
            if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
                error(p, localTr("must be a whole number, not %1").arg(quoted(v)));
            break;
        case ProviderOption::Kind::Regex:
            if (!v.isString()) {
                error(p, localTr("must be a regular expression string, not %1").arg(quoted(v)));
            } else if (QRegularExpression re(v.toString()); !re.isValid()) {
                error(p, localTr("is not a valid regular expression: %1 (at offset %2)")
                             .arg(re.errorString()).arg(re.patternErrorOffset()));
            }
            break;
        case ProviderOption::Kind::String:
        case ProviderOption::Kind::Url:
            if (!v.isString() || v.toString().trimmed().isEmpty())
                error(p, localTr("must be a non-empty string, not %1").arg(quoted(v)));
            break;
        }
    }

    void parseProfile(const QJsonValue &value, const QString &path, Config &config)
    {
        if (!value.isObject()) {
            error(path, localTr("must be an object with \"name\", \"provider\" and \"hosts\""));
            return;
        }
        const QJsonObject o = value.toObject();
        const qsizetype before = errors.size();
        Profile p;
        p.name = string(o, path, QStringLiteral("name"), true).value_or(QString());
        static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        if (!p.name.isEmpty()) {
            if (!nameRe.match(p.name).hasMatch())
                error(join(path, QStringLiteral("name")),
                      localTr("\"%1\" must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit").arg(p.name));
            else if (config.profile(p.name))
                error(join(path, QStringLiteral("name")), localTr("\"%1\" is used by another profile").arg(p.name));
        }

        const ProviderInfo *provider = nullptr;
        if (const auto id = string(o, path, QStringLiteral("provider"), true)) {
            provider = m_catalog.info(*id);
            const QString closed = provider ? QString() : m_catalog.closedService(*id, m_locale);
            if (!closed.isEmpty())
                error(join(path, QStringLiteral("provider")), QStringLiteral("\"%1\": %2").arg(*id, closed));
            else if (!provider)
                error(join(path, QStringLiteral("provider")),
                      localTr("\"%1\" is not a known provider%2; `qddns-agent providers` lists them")
                          .arg(*id, didYouMean(*id, m_catalog.ids())));
            p.provider = *id;
        }

        if (o.contains(ConfigKey::Proxy))
            p.proxy = proxyUrl(o.value(ConfigKey::Proxy), join(path, ConfigKey::Proxy), true);
        QStringList allowed = ConfigKey::commonProfileKeys();
        if (provider) {
            if (!provider->extraCredentials.isEmpty() || (p.proxy && !p.proxy->userName().isEmpty()))
                allowed.append(ConfigKey::Credentials);
            // A TTL the provider never sends would silently do nothing: unknown, like a typo.
            if (provider->supportsTtl)
                allowed.append(ConfigKey::Ttl);
            for (const ProviderOption &option : provider->options)
                allowed.append(option.key);
            checkKeys(o, path, allowed, localTr("for provider \"%1\"").arg(p.provider));
        }

        const QJsonValue hosts = o.value(QStringLiteral("hosts"));
        if (!hosts.isArray() || hosts.toArray().isEmpty()) {
            error(join(path, QStringLiteral("hosts")), hosts.isUndefined()
                      ? localTr("is required: the list of host names to keep current")
                      : localTr("must be a non-empty list of host names"));
        } else {
            const QJsonArray array = hosts.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString hp = index(join(path, QStringLiteral("hosts")), i);
                QJsonValue h = array.at(i);
                std::optional<Ipv6Suffix> suffix;
                if (h.isObject()) {
                    suffix = hostSuffix(h.toObject(), hp);
                    h = h.toObject().value(ConfigKey::Name);
                    if (!h.isString()) {
                        error(join(hp, ConfigKey::Name), localTr("is required: the host name"));
                        continue;
                    }
                } else if (!h.isString()) {
                    error(hp, localTr("must be a host name string, not %1").arg(quoted(h)));
                    continue;
                }
                const QString ace = QString::fromLatin1(QUrl::toAce(h.toString().trimmed()));
                const QString problem = hostNameProblem(ace.isEmpty() ? h.toString() : ace, m_locale);
                if (!problem.isEmpty() || h.toString() != h.toString().trimmed())
                    error(hp, localTr("\"%1\" is not a valid hostname: it %2")
                                  .arg(h.toString(), problem.isEmpty() ? localTr("has spaces around it") : problem));
                else if (p.hosts.contains(ace.toLower()))
                    error(hp, localTr("\"%1\" is listed twice").arg(h.toString()));
                else {
                    p.hosts.append(ace.toLower());
                    if (suffix)
                        p.ipv6Suffixes.insert(ace.toLower(), *suffix);
                }
            }
        }

        p.ipv4 = boolean(o, path, QStringLiteral("ipv4")).value_or(true);
        p.ipv6 = boolean(o, path, QStringLiteral("ipv6")).value_or(false);
        if (!p.ipv4 && !p.ipv6)
            error(join(path, QStringLiteral("ipv4")), localTr("\"ipv4\" and \"ipv6\" are both false: nothing to publish"));
        if (provider && p.ipv6 && !provider->supportsIpv6)
            error(join(path, QStringLiteral("ipv6")), localTr("provider \"%1\" cannot publish IPv6 addresses").arg(p.provider));
        if (provider && p.ipv4 && !provider->supportsIpv4)
            error(join(path, QStringLiteral("ipv4")), localTr("provider \"%1\" cannot publish IPv4 addresses").arg(p.provider));

        p.allowInsecureHttp = boolean(o, path, QStringLiteral("allowInsecureHttp")).value_or(false);
        if (const auto server = string(o, path, QStringLiteral("server"), false)) {
            if (const auto url = httpUrl(*server, join(path, QStringLiteral("server")), p.allowInsecureHttp))
                p.server = *url;
        }

        if (const auto user = string(o, path, QStringLiteral("username"), false))
            p.username = *user;
        if (provider) {
            const ProviderInfo &info = *provider;
            if (info.username == Need::Required && p.username.isEmpty() && !o.contains(QStringLiteral("username")))
                error(join(path, QStringLiteral("username")), localTr("is required by provider \"%1\"%2")
                                                                .arg(info.id, info.usernameHelp.isEmpty()
                                                                         ? QString() : QStringLiteral(": ") + info.usernameHelp));
            if (info.username == Need::Unused && o.contains(QStringLiteral("username")))
                error(join(path, QStringLiteral("username")),
                      localTr("provider \"%1\" does not use a username").arg(info.id));
            if (info.secret == Need::Unused && o.contains(QStringLiteral("secret")))
                error(join(path, QStringLiteral("secret")), localTr("provider \"%1\" does not use a secret").arg(info.id));
        }
        parseSecret(o.value(QStringLiteral("secret")), join(path, QStringLiteral("secret")), p.secret);
        p.hooks = parseProfileHooks(*this, o.value(ConfigKey::Hooks), join(path, ConfigKey::Hooks));
        parseNameservers(o.value(ConfigKey::Nameservers), join(path, ConfigKey::Nameservers), p);
        if (provider)
            parseCredentials(o, path, *provider, p);

        const QJsonValue ttl = o.value(QStringLiteral("ttl"));
        if (!ttl.isUndefined() && (!provider || provider->supportsTtl)) {
            if (!ttl.isDouble() || ttl.toDouble() != double(ttl.toInt()) || ttl.toInt() < 1 || ttl.toInt() > 86400)
                error(join(path, QStringLiteral("ttl")), localTr("must be a whole number of seconds from 1 to 86400, not %1").arg(quoted(ttl)));
            else
                p.ttl = ttl.toInt();
        }

        if (provider) {
            for (const ProviderOption &option : provider->options) {
                checkOption(o, path, option);
                if (o.contains(option.key))
                    p.options.insert(option.key, o.value(option.key));
                else if (!option.defaultValue.isUndefined() && !option.defaultValue.isNull())
                    p.options.insert(option.key, option.defaultValue);
            }
            // Provider checks build on valid generic fields: one error per problem.
            if (errors.size() == before)
                errors += m_catalog.validateProfile(p.provider, o, path);
        }

        // Everything but the host list: each host is its own record, and adding one must not
        // make the others look changed (that would re-send them and lift their holds). The same
        // for the hooks told about it: they are not the provider's business.
        QJsonObject identity = o;
        identity.remove(QStringLiteral("hosts"));
        identity.remove(ConfigKey::Hooks);
        identity.remove(ConfigKey::Nameservers); // where the agent checks, not what the provider gets
        identity.remove(ConfigKey::Proxy);       // the way requests take, not what the provider gets
        p.fingerprint = QCryptographicHash::hash(QJsonDocument(identity).toJson(QJsonDocument::Compact),
                                                 QCryptographicHash::Sha256).toHex().left(32);
        if (errors.size() == before)
            config.profiles.append(p);
        else if (!p.name.isEmpty() && !config.profile(p.name))
            config.profiles.append(p); // keep the name known so duplicates are still reported
    }

private:
    const ProviderCatalog &m_catalog;
    QLocale m_locale;
};

} // namespace ConfigValidation

} // namespace Qddns
