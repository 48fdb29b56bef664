#pragma once

#include "logs/logmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Qddns::Gui {

/// What "Copy diagnostics" puts on the clipboard for a bug report: versions, the agent's status and
/// its recent log lines. Holds no secret: the agent sends none over its socket, and nothing else
/// is added here.
struct Diagnostics
{
    Q_DECLARE_TR_FUNCTIONS(Qddns::Gui::Diagnostics)
public:
    /// Log lines the text ends with, the newest.
    static constexpr int kMaxLines = 300;

    QString appVersion;    ///< qddns (this program)
    QString agentVersion;  ///< empty: not connected
    int agentProtocol = 0;
    QString qtVersion;     ///< at run time
    QString os;            ///< product, kernel, architecture
    QString platform;      ///< the Qt platform plugin and desktop
    QJsonObject status;    ///< the agent's last `status` reply; empty: not connected
    QList<LogLine> lines;  ///< oldest first

    /// Versions, OS and platform of this process; status and lines stay empty.
    static Diagnostics forThisProcess();

    /// Plain text, status as indented JSON, one log line per line (UTC times).
    QString text(const QDateTime &now) const;
};

} // namespace Qddns::Gui
