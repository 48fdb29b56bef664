#pragma once

#include <QtGlobal>

namespace Qddns::Gui {

/// Whether the process \a pid still runs. A process that has exited but was not reaped yet (a
/// zombie, e.g. a detached child where nothing reaps orphans) counts as stopped.
bool isProcessRunning(qint64 pid);

} // namespace Qddns::Gui
