#include "portcheck/portcheckmodel.h"

#include "portcheck/portchecktext.h"

#include <algorithm>

namespace Qddns::Gui {

PortCheckModel::PortCheckModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void PortCheckModel::setReport(const PortCheckReport &report)
{
    const bool sameRows = std::equal(m_report.ports.begin(), m_report.ports.end(), report.ports.begin(),
                                     report.ports.end(),
                                     [](const PortResult &a, const PortResult &b) { return a.spec == b.spec; });
    if (!sameRows) {
        beginResetModel();
        m_report = report;
        endResetModel();
        return;
    }
    m_report = report;
    if (!m_report.ports.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PortCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.ports.size());
}

int PortCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortCheckModel::status(const PortResult &result, int column) const
{
    switch (column) {
    case ListeningColumn:
        return int(result.listening.status);
    case NameColumn:
        return int(m_report.name.status);
    case ReachableColumn:
        return int(result.reachable);
    case ProbeColumn:
        return int(result.probe.status);
    default:
        return {};
    }
}

QVariant PortCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PortResult &result = m_report.ports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PortColumn:
            return PortCheckText::port(result.spec);
        case ListeningColumn:
            return PortCheckText::listening(result);
        case NameColumn:
            return PortCheckText::name(m_report.name, m_report.hostName);
        case ReachableColumn:
            return PortCheckText::reachable(result);
        case ProbeColumn:
            return PortCheckText::probe(result);
        case AdviceColumn:
            return PortCheckText::advice(result, m_report);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ListeningColumn:
            return PortCheckText::listeningDetail(result);
        case NameColumn:
            return m_report.name.detail;
        case ReachableColumn:
            return PortCheckText::reachableDetail(result);
        case ProbeColumn:
            return result.probe.detail;
        case AdviceColumn:
            return PortCheckText::advice(result, m_report);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PortColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return status(result, index.column());
    case AdviceRole:
        return int(result.advice);
    case PortRole:
        return result.spec.port;
    }
    return {};
}

QVariant PortCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PortColumn:
        return tr("Port");
    case ListeningColumn:
        return tr("Listening locally");
    case NameColumn:
        return tr("Name resolves");
    case ReachableColumn:
        return tr("Reachable at public address");
    case ProbeColumn:
        return tr("External probe");
    case AdviceColumn:
        return tr("Advice");
    }
    return {};
}

} // namespace Qddns::Gui
