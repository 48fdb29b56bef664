#include "settings/testreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace Qddns::Gui {

QString describeResultCode(const QString &code)
{
    if (code == QLatin1String("dry-run"))
        return QCoreApplication::translate("TestReport", "would be sent");
    if (code == QLatin1String("updated"))
        return QCoreApplication::translate("TestReport", "updated");
    if (code == QLatin1String("unchanged"))
        return QCoreApplication::translate("TestReport", "already current");
    if (code == QLatin1String("held"))
        return QCoreApplication::translate("TestReport", "held: the provider refused it earlier");
    if (code == QLatin1String("failed"))
        return QCoreApplication::translate("TestReport", "cannot be sent");
    return code;
}

QString describeTestReply(const QJsonObject &reply)
{
    QStringList lines;
    const QJsonObject addresses = reply.value(QLatin1String("addresses")).toObject();
    const std::pair<QLatin1String, QString> families[] = {{QLatin1String("ipv4"), QCoreApplication::translate("TestReport", "IPv4")},
                                                           {QLatin1String("ipv6"), QCoreApplication::translate("TestReport", "IPv6")}};
    for (const auto &[key, label] : families) {
        if (!addresses.contains(key))
            continue;
        const QJsonObject a = addresses.value(key).toObject();
        const QString address = a.value(QLatin1String("address")).toString();
        if (!address.isEmpty())
            lines.append(QCoreApplication::translate("TestReport", "%1 address: %2 (from %3)").arg(label, address, a.value(QLatin1String("detector")).toString()));
        else
            lines.append(QCoreApplication::translate("TestReport", "%1 address: not detected: %2").arg(label, a.value(QLatin1String("error")).toString()));
    }
    const QJsonArray results = reply.value(QLatin1String("results")).toArray();
    if (results.isEmpty())
        lines.append(QCoreApplication::translate("TestReport", "Nothing would be sent: no address is known for what this profile publishes."));
    for (const QJsonValue &value : results) {
        const QJsonObject r = value.toObject();
        const QString host = r.value(QLatin1String("host")).toString();
        const QString type = r.value(QLatin1String("type")).toString();
        const QString address = r.value(QLatin1String("address")).toString();
        // A record that cannot be sent may have no address at all.
        const QString record = address.isEmpty()
            ? QCoreApplication::translate("TestReport", "%1 (%2)").arg(host, type)
            : QCoreApplication::translate("TestReport", "%1 (%2 %3)").arg(host, type, address);
        lines.append(QCoreApplication::translate("TestReport", "%1: %2: %3").arg(record, describeResultCode(r.value(QLatin1String("result")).toString()),
                                          r.value(QLatin1String("message")).toString()));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Qddns::Gui
