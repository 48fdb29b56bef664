#include "config/configstore.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Qddns {

QString defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/qddns/config.json");
}

Expected<LoadedConfig, ConfigErrors> loadConfig(const QString &path, const ProviderRegistry &registry)
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
        return Unexpected{ConfigErrors{{QString(), QStringLiteral("cannot read %1: %2").arg(loaded.path, file.errorString())}}};
    const QByteArray data = file.readAll();
    auto parsed = parseConfig(data, registry);
    if (!parsed)
        return Unexpected{parsed.error()};
    loaded.config = std::move(parsed).value();
    loaded.document = QJsonDocument::fromJson(data).object();
    loaded.fromFile = true;
    return loaded;
}

Expected<bool, QString> writeFileAtomically(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Unexpected{QStringLiteral("cannot create directory %1").arg(info.absolutePath())};
        QFile::setPermissions(info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Unexpected{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Qt 6.4's commit() renames the temporary file over the old one even when its final buffered
    // write failed (ENOSPC): flush first and look at the error, so a full disk keeps the old file.
    if (file.write(data) != data.size() || !file.flush() || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Unexpected{QStringLiteral("cannot write %1: %2; the previous file is unchanged").arg(path, reason)};
    }
    if (!file.commit())
        return Unexpected{QStringLiteral("cannot write %1: %2; the previous file is unchanged").arg(path, file.errorString())};
    return true;
}

} // namespace Qddns
