#pragma once

#include "tray/traystate.h"

#include <QAbstractListModel>

namespace Qddns::Gui {

/// The profiles of a TrayState for a list view: name and summary, with the profile's icon.
class TrayProfileModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit TrayProfileModel(QObject *parent = nullptr);

    void setProfiles(const QList<TrayProfileEntry> &profiles);
    const QList<TrayProfileEntry> &profiles() const { return m_profiles; }

    /// "home — 2 records current": one line of the tray menu or the list.
    static QString lineText(const TrayProfileEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<TrayProfileEntry> m_profiles;
};

} // namespace Qddns::Gui
