// The configuration file: any text is either refused with errors that each say something, or
// gives a configuration; and a configuration that validates, written back as JSON (the way
// `config.set` and `import --write` write it, compact or indented), validates again to the same
// configuration — same profiles (fingerprints included), detectors, intervals and hooks.
#include "fuzzcheck.h"

#include "config/config.h"
#include "config/jsonscanner.h"
#include "providers/providerregistry.h"

#include <QJsonDocument>

using namespace Qddns;

namespace {

const ProviderRegistry &registry()
{
    static const ProviderRegistry r;
    return r;
}

QString errorsText(const ConfigErrors &errors)
{
    QStringList lines;
    for (const ConfigError &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

QString detectorsText(const FamilyDetection &d)
{
    QStringList parts;
    for (const DetectorSpec &s : d.detectors)
        parts << s.describe() + QLatin1Char('/') + QString::number(s.timeout.count()) + (s.allowInsecureHttp ? QStringLiteral("/http") : QString());
    return parts.join(QLatin1Char(',')) + QStringLiteral(" agree ") + QString::number(d.agree);
}

// What a configuration means, as text: equal texts, equal configurations.
QString meaning(const Config &c)
{
    QStringList lines{QStringLiteral("interval %1 force %2 timeout %3").arg(c.interval.count()).arg(c.forceInterval.count()).arg(c.timeout.count()),
                      QStringLiteral("ipv4 ") + detectorsText(c.ipv4), QStringLiteral("ipv6 ") + detectorsText(c.ipv6),
                      QStringLiteral("caFile ") + c.caFile};
    for (const Profile &p : c.profiles) {
        lines << QStringLiteral("profile %1 %2 [%3] v4 %4 v6 %5 server %6 user %7 ttl %8 fingerprint %9")
                     .arg(p.name, p.provider, p.hosts.join(QLatin1Char(' ')))
                     .arg(p.ipv4)
                     .arg(p.ipv6)
                     .arg(p.server.toString(), p.username)
                     .arg(p.ttl.value_or(-1))
                     .arg(QString::fromLatin1(p.fingerprint.toHex()));
        lines << QString::fromUtf8(QJsonDocument(p.options).toJson(QJsonDocument::Compact));
        for (const CredentialRef &r : p.credentials)
            lines << QStringLiteral("credential ") + r.field;
    }
    for (const HookSpec &h : c.hooks)
        lines << QStringLiteral("hook %1 %2 %3 %4").arg(h.name, h.type, h.url, h.argv.join(QLatin1Char(' ')));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = parseConfig(text, registry());
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().isEmpty(), QStringLiteral("refused without an error"));
        for (const ConfigError &e : parsed.error())
            FUZZ_CHECK(!e.message.trimmed().isEmpty(), QStringLiteral("an empty error at %1").arg(e.path));
        return 0;
    }
    // Accepted text is JSON without duplicate keys.
    const JsonScanner scanner(text);
    FUZZ_CHECK(scanner.isValid(), QStringLiteral("accepted, but not JSON to the scanner"));
    FUZZ_CHECK(scanner.duplicateKeys().isEmpty(), QStringLiteral("accepted with duplicate keys: ") + errorsText(scanner.duplicateKeys()));

    const QJsonDocument document = QJsonDocument::fromJson(text);
    FUZZ_CHECK(document.isObject(), QStringLiteral("accepted, but not a JSON object to Qt"));
    const QString want = meaning(parsed.value());
    for (const auto format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
        const QByteArray written = document.toJson(format);
        const auto again = parseConfig(written, registry());
        FUZZ_CHECK(again, QStringLiteral("valid, but not once written back:\n%1\n%2").arg(QString::fromUtf8(written), again ? QString() : errorsText(again.error())));
        const QString got = meaning(again.value());
        FUZZ_CHECK(got == want, QStringLiteral("written back it means something else:\n%1\n---\n%2").arg(want, got));
    }
    return 0;
}
