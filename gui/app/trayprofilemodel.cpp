#include "app/trayprofilemodel.h"

#include "tray/trayicons.h"

namespace Qddns::Gui {

TrayProfileModel::TrayProfileModel(QObject *parent) : QAbstractListModel(parent) {}

void TrayProfileModel::setProfiles(const QList<TrayProfileEntry> &profiles)
{
    const bool same = profiles.size() == m_profiles.size()
                      && std::equal(profiles.cbegin(), profiles.cend(), m_profiles.cbegin(),
                                    [](const TrayProfileEntry &a, const TrayProfileEntry &b) {
                                        return a.name == b.name && a.summary == b.summary && a.icon == b.icon;
                                    });
    if (same)
        return; // keeps the selection and scroll position on every status refresh
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

QString TrayProfileModel::lineText(const TrayProfileEntry &entry)
{
    return tr("%1 — %2").arg(entry.name, entry.summary);
}

int TrayProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant TrayProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrayProfileEntry &entry = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return lineText(entry);
    case Qt::ToolTipRole: return entry.summary;
    case Qt::DecorationRole: return iconFor(entry.icon);
    }
    return {};
}

} // namespace Qddns::Gui
