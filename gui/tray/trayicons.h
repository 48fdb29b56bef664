#pragma once

#include "tray/traystate.h"

#include <QIcon>
#include <QString>

namespace Qddns::Gui {

/// \brief The tray icon for \a kind: PNG renders of gui/tray/icons/*.svg at 16, 22, 32 and 48 px,
/// compiled into the library (PNG needs no image plugin; Qt's SVG icon engine may be missing).
QIcon iconFor(TrayIconKind kind);

/// \brief The icons' base name in the resource ("current", "error"…), e.g. for a menu's icon theme.
QString iconName(TrayIconKind kind);

} // namespace Qddns::Gui
