#include "logs/diagnostics.h"

#include "core/version.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QSysInfo>

namespace Qddns::Gui {

Diagnostics Diagnostics::forThisProcess()
{
    Diagnostics d;
    d.appVersion = QStringLiteral(QDDNS_VERSION);
    d.qtVersion = QString::fromLatin1(qVersion());
    d.os = QStringLiteral("%1 (%2 %3, %4)")
               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                    QSysInfo::currentCpuArchitecture());
    QString platform = QGuiApplication::platformName();
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    if (!desktop.isEmpty())
        platform += QStringLiteral(", ") + desktop;
    d.platform = platform;
    return d;
}

QString Diagnostics::text(const QDateTime &now) const
{
    QStringList out;
    out << tr("qddns diagnostics, %1").arg(now.toUTC().toString(Qt::ISODate));
    out << tr("qddns: %1").arg(appVersion);
    if (agentVersion.isEmpty())
        out << tr("Agent: not connected");
    else
        out << tr("Agent: %1 (protocol %2)").arg(agentVersion).arg(agentProtocol);
    out << tr("Qt: %1 (built with %2)").arg(qtVersion, QStringLiteral(QT_VERSION_STR));
    out << tr("OS: %1").arg(os);
    if (!platform.isEmpty())
        out << tr("Platform: %1").arg(platform);

    out << QString() << tr("Status:");
    if (status.isEmpty())
        out << tr("(not available: not connected to the agent)");
    else
        out << QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Indented)).trimmed();

    const qsizetype first = std::max<qsizetype>(0, lines.size() - kMaxLines);
    out << QString() << tr("Recent log lines (%n):", nullptr, int(lines.size() - first));
    for (qsizetype i = first; i < lines.size(); ++i) {
        const LogLine &l = lines.at(i);
        out << QStringLiteral("%1 %2 %3: %4")
                   .arg(l.time.toUTC().toString(Qt::ISODateWithMs), l.level, l.category, l.message);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Qddns::Gui
