#include "logs/logfiltermodel.h"

#include "ipc/protocol.h"
#include "logs/logmodel.h"

namespace Qddns::Gui {

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_level(Ipc::Level::Debug)
{
}

void LogFilterModel::setMinimumLevel(const QString &level)
{
    if (level == m_level)
        return;
    m_level = level;
    m_minimumRank = LogModel::levelRank(level);
    invalidateRowsFilter();
}

void LogFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LogModel::LevelRankRole).toInt() < m_minimumRank)
        return false;
    return m_search.isEmpty()
           || index.data(LogModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace Qddns::Gui
