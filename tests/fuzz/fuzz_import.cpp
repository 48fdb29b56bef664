// The four importers (shared/import): ddclient, inadyn, OpenWrt and ddns-updater files as found
// on someone's machine. The first byte picks the tool and where secrets go. Any text imports or
// is refused with the line and what was expected there; an import that is not refused is a
// configuration qddns validates (as `import --write` checks it); no secret read from the file
// shows in the configuration, a note or an error (raw, percent-encoded or base64) — checked for
// secrets that occur in the file only once, as the secret, so a host that is also a password is
// not mistaken for a leak.
#include "fuzzcheck.h"

#include "config/config.h"
#include "import/importer.h"
#include "providers/providerregistry.h"

#include <QJsonDocument>
#include <QUrl>

#include <array>

using namespace Qddns;

namespace {

const ProviderRegistry &registry()
{
    static const ProviderRegistry r;
    return r;
}

QString visibleText(const ImportResult &r)
{
    QString text = QString::fromUtf8(QJsonDocument(r.config).toJson(QJsonDocument::Indented));
    for (const Unsupported &n : r.notes)
        text += QLatin1Char('\n') + n.toString();
    for (const Mapped &m : r.explanations)
        text += QLatin1Char('\n') + m.toString();
    text += QLatin1Char('\n') + r.profilesNeedingSecret.join(QLatin1Char(' '));
    if (r.error)
        text += QLatin1Char('\n') + r.error->toString();
    return text;
}

QString leakOf(const QString &text, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QStringList forms{secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)), QString::fromLatin1(utf8.toBase64()),
                            QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))};
    for (const QString &form : forms) {
        if (text.contains(form))
            return form;
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    const quint8 selector = in.byte();
    const ImportTool tool = std::array{ImportTool::Ddclient, ImportTool::Inadyn, ImportTool::OpenWrt, ImportTool::DdnsUpdater}[selector % 4];
    ImportOptions options;
    static const QJsonArray providers = registry().describe();
    options.providers = providers;
    options.checkProfile = [](const QString &provider, const QJsonObject &profile, const QString &path) {
        return registry().validateProfile(provider, profile, path);
    };
    options.secrets = std::array{ImportOptions::SecretTarget::Keychain, ImportOptions::SecretTarget::File,
                                 ImportOptions::SecretTarget::KeepOut}[selector / 4 % 3];
    if (options.secrets == ImportOptions::SecretTarget::File)
        options.secretDirectory = QStringLiteral("~/.config/qddns/secrets");
    const QByteArray file = in.rest();

    const ImportResult result = importConfig(tool, file, options);
    if (result.error) {
        FUZZ_CHECK(!result.error->expected.isEmpty(), QStringLiteral("refused without saying what was expected"));
        return 0;
    }
    if (options.secrets == ImportOptions::SecretTarget::KeepOut)
        FUZZ_CHECK(result.secrets.isEmpty(), QStringLiteral("keep-out, but secrets to store"));

    const QByteArray written = QJsonDocument(result.config).toJson(QJsonDocument::Indented);
    const auto parsed = parseConfig(written, registry());
    if (!parsed) {
        QStringList errors;
        for (const ConfigError &e : parsed.error())
            errors << e.toString();
        Fuzz::fail("parseConfig(import)", QStringLiteral("the import does not validate:\n%1\n%2").arg(QString::fromUtf8(written), errors.join(QLatin1Char('\n'))),
                   __FILE__, __LINE__);
    }

    const QString visible = visibleText(result);
    const QString source = QString::fromUtf8(file);
    for (const ImportedSecret &s : result.secrets) {
        if (s.value.size() < 6 || source.count(s.value) != 1)
            continue;
        const QString leak = leakOf(visible, s.value);
        FUZZ_CHECK(leak.isEmpty(), QStringLiteral("the secret of %1 (%2) shows as %3 in:\n%4").arg(s.profile, s.field, leak, visible));
    }
    return 0;
}
