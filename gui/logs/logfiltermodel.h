#pragma once

#include <QSortFilterProxyModel>

namespace Qddns::Gui {

/// The log lines at or above a level that contain a search text (in the message or category,
/// case-insensitive). Sits on a LogModel.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterModel(QObject *parent = nullptr);

    /// "debug" (everything), "info", "warning" or "error".
    void setMinimumLevel(const QString &level);
    QString minimumLevel() const { return m_level; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_level;
    int m_minimumRank = 0;
    QString m_search;
};

} // namespace Qddns::Gui
