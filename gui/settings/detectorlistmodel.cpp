#include "settings/detectorlistmodel.h"

#include "config/configkeys.h"

#include <QCoreApplication>
#include <QProcess>

namespace Qddns::Gui {

DetectorListModel::DetectorListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DetectorListModel::setDetectors(const QJsonArray &detectors)
{
    beginResetModel();
    m_detectors = detectors;
    endResetModel();
}

void DetectorListModel::append(const QJsonObject &detector)
{
    const int row = int(m_detectors.size());
    beginInsertRows({}, row, row);
    m_detectors.append(detector);
    endInsertRows();
    Q_EMIT edited();
}

void DetectorListModel::remove(int row)
{
    if (row < 0 || row >= m_detectors.size())
        return;
    beginRemoveRows({}, row, row);
    m_detectors.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

bool DetectorListModel::move(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_detectors.size() || to < 0 || to >= m_detectors.size() || delta == 0)
        return false;
    // beginMoveRows counts the destination before the move: one further when moving down.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to))
        return false;
    const QJsonValue value = m_detectors.takeAt(row);
    m_detectors.insert(to, value);
    endMoveRows();
    Q_EMIT edited();
    return true;
}

QJsonObject DetectorListModel::makeDetector(Type type, const QString &value, bool allowInsecureHttp)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    switch (type) {
    case Type::Web: {
        QJsonObject o{{QString(ConfigKey::Type), QStringLiteral("web")}, {QString(ConfigKey::Url), text}};
        if (allowInsecureHttp)
            o.insert(QString(ConfigKey::AllowInsecureHttp), true);
        return o;
    }
    case Type::Interface:
        return {{QString(ConfigKey::Type), QStringLiteral("interface")}, {QString(ConfigKey::Name), text}};
    case Type::Command: {
        const QStringList argv = QProcess::splitCommand(text);
        if (argv.isEmpty())
            return {};
        return {{QString(ConfigKey::Type), QStringLiteral("command")}, {QString(ConfigKey::Argv), QJsonArray::fromStringList(argv)}};
    }
    }
    return {};
}

QString DetectorListModel::typeLabel(const QString &type)
{
    if (type == QLatin1String("web"))
        return QCoreApplication::translate("DetectorListModel", "Web service");
    if (type == QLatin1String("interface"))
        return QCoreApplication::translate("DetectorListModel", "Network interface");
    if (type == QLatin1String("command"))
        return QCoreApplication::translate("DetectorListModel", "Command");
    return type;
}

QString DetectorListModel::setting(const QJsonObject &detector)
{
    const QString type = detector.value(ConfigKey::Type).toString();
    if (type == QLatin1String("web")) {
        QString url = detector.value(ConfigKey::Url).toString();
        if (detector.value(ConfigKey::AllowInsecureHttp).toBool())
            url += QLatin1Char(' ') + QCoreApplication::translate("DetectorListModel", "(plain http allowed)");
        return url;
    }
    if (type == QLatin1String("interface"))
        return detector.value(ConfigKey::Name).toString();
    if (type == QLatin1String("command")) {
        QStringList argv;
        const QJsonArray array = detector.value(ConfigKey::Argv).toArray();
        for (const QJsonValue &v : array) {
            QString arg = v.toString();
            if (arg.contains(QLatin1Char(' ')) || arg.isEmpty())
                arg = QLatin1Char('"') + arg + QLatin1Char('"');
            argv.append(arg);
        }
        return argv.join(QLatin1Char(' '));
    }
    return {};
}

int DetectorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_detectors.size());
}

int DetectorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DetectorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_detectors.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QJsonObject detector = m_detectors.at(index.row()).toObject();
    if (index.column() == TypeColumn)
        return typeLabel(detector.value(ConfigKey::Type).toString());
    return setting(detector);
}

QVariant DetectorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TypeColumn ? tr("Detector") : tr("Setting");
}

} // namespace Qddns::Gui
