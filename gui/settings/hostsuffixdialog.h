#pragma once

#include <QDialog>

class QTableWidget;

namespace Qddns::Gui {

class ProfileEditorModel;

/// The profile's hosts with their own IPv6 interface identifier: a host with a suffix publishes
/// the detected IPv6 prefix followed by the suffix (a NAS, a printer behind the agent) instead of
/// the agent's own address. One row per host name; OK writes what was typed to the model, where
/// the agent validates it like every other field (its errors show at the host names).
class HostSuffixDialog : public QDialog
{
    Q_OBJECT
public:
    HostSuffixDialog(ProfileEditorModel *model, QWidget *parent = nullptr);

    enum Column { HostColumn, SuffixColumn, PrefixColumn };
    QTableWidget *table() const { return m_table; }
    /// Writes the rows to the model (what OK does).
    void apply();

private:
    ProfileEditorModel *m_model;
    QTableWidget *m_table;
};

} // namespace Qddns::Gui
