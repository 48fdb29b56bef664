#include "import/importresult.h"

namespace Qddns {

QString importToolName(ImportTool tool)
{
    switch (tool) {
    case ImportTool::Ddclient: return QStringLiteral("ddclient");
    case ImportTool::Inadyn: return QStringLiteral("inadyn");
    case ImportTool::OpenWrt: return QStringLiteral("openwrt");
    case ImportTool::DdnsUpdater: return QStringLiteral("ddns-updater");
    }
    return {};
}

QStringList importToolNames()
{
    return {importToolName(ImportTool::Ddclient), importToolName(ImportTool::Inadyn),
            importToolName(ImportTool::OpenWrt), importToolName(ImportTool::DdnsUpdater)};
}

std::optional<ImportTool> importToolFromName(const QString &name)
{
    for (ImportTool tool : {ImportTool::Ddclient, ImportTool::Inadyn, ImportTool::OpenWrt, ImportTool::DdnsUpdater}) {
        if (importToolName(tool) == name)
            return tool;
    }
    return std::nullopt;
}

QStringList importToolDefaultPaths(ImportTool tool)
{
    switch (tool) {
    // ddclient 4 moved its file into a directory; Debian 12's 3.10 still reads /etc/ddclient.conf.
    case ImportTool::Ddclient:
        return {QStringLiteral("/etc/ddclient/ddclient.conf"), QStringLiteral("/etc/ddclient.conf")};
    case ImportTool::Inadyn: return {QStringLiteral("/etc/inadyn.conf")};
    case ImportTool::OpenWrt: return {QStringLiteral("/etc/config/ddns")};
    // The container reads /updater/data/config.json; run from a checkout it is data/config.json.
    case ImportTool::DdnsUpdater: return {QStringLiteral("/updater/data/config.json")};
    }
    return {};
}

static QString located(int line, const QString &option)
{
    return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(option) : option;
}

QString Unsupported::toString() const
{
    return located(line, option) + QLatin1String(": ") + why;
}

QString Mapped::toString() const
{
    return located(line, option) + QLatin1String(": ") + how;
}

QString ImportError::toString() const
{
    return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(expected) : expected;
}

} // namespace Qddns
