#pragma once

#include "portcheck/portcheck.h"

#include <QAbstractTableModel>

namespace Qddns::Gui {

/// One row per port of the last (or running) check; the cells are translated text from PortCheckText,
/// the codes are available through StatusRole and AdviceRole.
class PortCheckModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PortColumn, ListeningColumn, NameColumn, ReachableColumn, ProbeColumn, AdviceColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< int(CheckStatus) of a status column
        AdviceRole,                    ///< int(Advice) of the row
        PortRole,                      ///< the port number
    };

    explicit PortCheckModel(QObject *parent = nullptr);

    /// Rows stay (selection and scroll position too) when the ports are the same as before.
    void setReport(const PortCheckReport &report);
    const PortCheckReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant status(const PortResult &result, int column) const;

    PortCheckReport m_report;
};

} // namespace Qddns::Gui
