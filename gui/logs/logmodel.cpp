#include "logs/logmodel.h"

#include "ipc/protocol.h"

#include <QFont>

namespace Qddns::Gui {

namespace Field = Ipc::Field;

LogLine LogLine::fromJson(const QJsonObject &object)
{
    return {QDateTime::fromString(object.value(Field::Time).toString(), Qt::ISODateWithMs).toUTC(),
            object.value(Field::Level).toString(), object.value(Field::Category).toString(),
            object.value(Field::Message).toString()};
}

LogModel::LogModel(QObject *parent) : QAbstractTableModel(parent) {}

int LogModel::levelRank(const QString &level)
{
    if (level == Ipc::Level::Debug)
        return 0;
    if (level == Ipc::Level::Warning)
        return 2;
    if (level == Ipc::Level::Error)
        return 3;
    return 1;
}

QString LogModel::levelText(const QString &level)
{
    if (level == Ipc::Level::Debug)
        return tr("Debug");
    if (level == Ipc::Level::Info)
        return tr("Info");
    if (level == Ipc::Level::Warning)
        return tr("Warning");
    if (level == Ipc::Level::Error)
        return tr("Error");
    return level; // a level a later agent may add
}

QString LogModel::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void LogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trim();
}

void LogModel::setLines(const QJsonArray &lines)
{
    beginResetModel();
    m_lines.clear();
    const qsizetype first = std::max<qsizetype>(0, lines.size() - m_capacity);
    m_lines.reserve(lines.size() - first);
    for (qsizetype i = first; i < lines.size(); ++i)
        m_lines.append(LogLine::fromJson(lines.at(i).toObject()));
    endResetModel();
}

void LogModel::appendLine(const QJsonObject &line)
{
    appendLine(LogLine::fromJson(line));
}

void LogModel::appendLine(const LogLine &line)
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    trim();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

void LogModel::trim()
{
    if (m_lines.size() <= m_capacity)
        return;
    const int excess = int(m_lines.size() - m_capacity);
    beginRemoveRows({}, 0, excess - 1);
    m_lines.remove(0, excess);
    endRemoveRows();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return timeText(l.time);
        case LevelColumn: return levelText(l.level);
        case CategoryColumn: return l.category;
        case MessageColumn: return l.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return l.message; // long messages are cut by the column
        if (index.column() == TimeColumn)
            return l.time.toString(Qt::ISODateWithMs);
        break;
    case Qt::FontRole:
        if (index.column() == LevelColumn && levelRank(l.level) >= 2) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case LevelRankRole: return levelRank(l.level);
    case SearchTextRole: return QString(l.category + QLatin1Char(' ') + l.message);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case CategoryColumn: return tr("Category");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace Qddns::Gui
