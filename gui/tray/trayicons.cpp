#include "tray/trayicons.h"

#include <QSize>

// Q_INIT_RESOURCE has to be used outside any namespace. Calling it also makes the linker keep
// the resource's object file, which a static library would otherwise drop.
static void initTrayIconResource()
{
    Q_INIT_RESOURCE(trayicons);
}

namespace Qddns::Gui {

QString iconName(TrayIconKind kind)
{
    switch (kind) {
    case TrayIconKind::Current: return QStringLiteral("current");
    case TrayIconKind::Updating: return QStringLiteral("updating");
    case TrayIconKind::Warning: return QStringLiteral("warning");
    case TrayIconKind::Error: return QStringLiteral("error");
    case TrayIconKind::NotRunning: return QStringLiteral("notrunning");
    case TrayIconKind::Paused: return QStringLiteral("paused");
    }
    return QStringLiteral("notrunning");
}

QIcon iconFor(TrayIconKind kind)
{
    static const bool resourceReady = (initTrayIconResource(), true);
    Q_UNUSED(resourceReady);
    QIcon icon;
    const QString base = QStringLiteral(":/qddns/tray/") + iconName(kind);
    for (const int size : {16, 22, 32, 48})
        icon.addFile(base + QLatin1Char('-') + QString::number(size) + QStringLiteral(".png"), QSize(size, size));
    return icon;
}

} // namespace Qddns::Gui
