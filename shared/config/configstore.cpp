#include "config/configstore.h"

#include "core/agenttext.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Qddns {

Expected<LoadedConfig, ConfigErrors> loadConfig(const QString &path, const ProviderCatalog &catalog, const QLocale &locale)
{
    LoadedConfig loaded;
    loaded.path = path.isEmpty() ? defaultConfigPath() : path;
    QFile file(loaded.path);
    if (!file.exists() && path.isEmpty()) {
        loaded.config = Config::defaults();
        loaded.document = QJsonObject{{QStringLiteral("version"), 1}};
        return loaded;
    }
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected{ConfigErrors{{QString(), agentText(locale, "Qddns::Config", QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::Config", "cannot read %1: %2")))
                                                       .arg(loaded.path, file.errorString())}}};
    const QByteArray data = file.readAll();
    auto parsed = parseConfig(data, catalog, locale);
    if (!parsed)
        return Unexpected{parsed.error()};
    loaded.config = std::move(parsed).value();
    loaded.document = QJsonDocument::fromJson(data).object();
    loaded.fromFile = true;
    return loaded;
}

} // namespace Qddns
