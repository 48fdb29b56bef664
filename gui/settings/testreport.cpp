#include "settings/testreport.h"

#include "core/records.h"
#include "ipc/protocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace Qddns::Gui {

namespace Field = Ipc::Field;
namespace ResultWord = Ipc::ResultWord;

QString describeResultCode(const QString &code)
{
    if (code == ResultWord::DryRun)
        return QCoreApplication::translate("TestReport", "would be sent");
    if (code == ResultWord::Updated)
        return QCoreApplication::translate("TestReport", "updated");
    if (code == ResultWord::Unchanged)
        return QCoreApplication::translate("TestReport", "already current");
    if (code == ResultWord::Held)
        return QCoreApplication::translate("TestReport", "held: the provider refused it earlier");
    if (code == ResultWord::Failed)
        return QCoreApplication::translate("TestReport", "cannot be sent");
    return code;
}

QString describeTestReply(const QJsonObject &reply)
{
    QStringList lines;
    const QJsonObject addresses = reply.value(Field::Addresses).toObject();
    for (const Family family : kFamilies) {
        const QString key = familyName(family);
        const QString label = family == Family::IPv4 ? QCoreApplication::translate("TestReport", "IPv4")
                                                     : QCoreApplication::translate("TestReport", "IPv6");
        if (!addresses.contains(key))
            continue;
        const QJsonObject a = addresses.value(key).toObject();
        const QString address = a.value(Field::Address).toString();
        if (!address.isEmpty())
            lines.append(QCoreApplication::translate("TestReport", "%1 address: %2 (from %3)").arg(label, address, a.value(Field::Detector).toString()));
        else
            lines.append(QCoreApplication::translate("TestReport", "%1 address: not detected: %2").arg(label, a.value(Field::Error).toString()));
    }
    const QJsonArray results = reply.value(Field::Results).toArray();
    if (results.isEmpty())
        lines.append(QCoreApplication::translate("TestReport", "Nothing would be sent: no address is known for what this profile publishes."));
    for (const QJsonValue &value : results) {
        const QJsonObject r = value.toObject();
        const QString host = r.value(Field::Host).toString();
        const QString type = r.value(Field::Type).toString();
        const QString address = r.value(Field::Address).toString();
        // A record that cannot be sent may have no address at all.
        const QString record = address.isEmpty()
            ? QCoreApplication::translate("TestReport", "%1 (%2)").arg(host, type)
            : QCoreApplication::translate("TestReport", "%1 (%2 %3)").arg(host, type, address);
        lines.append(QCoreApplication::translate("TestReport", "%1: %2: %3").arg(record, describeResultCode(r.value(Field::Result).toString()),
                                          r.value(Field::Message).toString()));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Qddns::Gui
