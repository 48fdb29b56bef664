#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>

namespace Qddns::Gui {

/// The profiles of the config being edited, one row each (display: the name). Editing a row's
/// name renames the profile. Each row remembers the name it was saved under, so that after a
/// save the keychain entries can follow renames and removals, and the secret typed for it
/// (kept here, in memory only, until it is written to the keychain).
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ProviderRole = Qt::UserRole + 1, SavedNameRole, SecretStoredRole };

    struct Row
    {
        QJsonObject profile;
        QString savedName;      ///< name in the saved config; empty for a profile not saved yet
        bool secretStored = false; ///< the keychain holds a secret under savedName
        QString pendingSecret;  ///< typed, not yet stored; empty: unchanged
    };

    explicit ProfileListModel(QObject *parent = nullptr);

    /// Replaces every row with the profiles of a saved config.
    void setProfiles(const QJsonArray &profiles);
    QJsonArray profiles() const;

    const Row &row(int row) const { return m_rows.at(row); }
    QJsonObject profile(int row) const { return m_rows.at(row).profile; }
    void setProfile(int row, const QJsonObject &profile);
    void setSecretStored(const QString &savedName, bool stored);
    void setPendingSecret(int row, const QString &secret);
    /// After a save: every row is now saved under its current name, pending secrets are cleared
    /// (the caller took them first to write them to the keychain).
    void markSaved();
    /// Saved names of rows removed since the last save.
    QStringList removedNames() const { return m_removed; }

    int addProfile(const QJsonObject &profile);
    void removeProfile(int row);
    int rowOfName(const QString &name) const;
    /// \a base, or base-2, base-3, ...: a name no row uses yet.
    QString uniqueName(const QString &base) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// A row's name was edited in the list (not through setProfile()).
    void renamed(int row, const QString &name);

private:
    QList<Row> m_rows;
    QStringList m_removed;
};

} // namespace Qddns::Gui
