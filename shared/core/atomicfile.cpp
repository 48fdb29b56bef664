#include "core/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Qddns {

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
