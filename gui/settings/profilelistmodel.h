#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Qddns::Gui {

/// The profiles of the config being edited, one row each (display: the name). Editing a row's
/// name renames the profile. Each row remembers the name it was saved under, so that after a
/// save the keychain entries can follow renames and removals, and the credentials typed for it
/// (kept here, in memory only, until they are written to the keychain).
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ProviderRole = Qt::UserRole + 1, SavedNameRole };

    struct Row
    {
        QJsonObject profile;
        QJsonObject savedProfile;         ///< as in the saved config; empty for a profile not saved yet
        QString savedName;                ///< name in the saved config; empty for a profile not saved yet
        QSet<QString> storedCredentials;  ///< credential ids the keychain holds under savedName
        QHash<QString, QString> pendingSecrets; ///< credential id -> typed, not yet stored
    };

    explicit ProfileListModel(QObject *parent = nullptr);

    /// Replaces every row with the profiles of a saved config.
    void setProfiles(const QJsonArray &profiles);
    QJsonArray profiles() const;

    const Row &row(int row) const { return m_rows.at(row); }
    QJsonObject profile(int row) const { return m_rows.at(row).profile; }
    void setProfile(int row, const QJsonObject &profile);
    void setCredentialStored(const QString &savedName, const QString &credential, bool stored);
    /// An empty \a secret: nothing typed (the keychain's value stays).
    void setPendingSecret(int row, const QString &credential, const QString &secret);
    /// After a save: every row is now saved under its current name, pending secrets are cleared
    /// (the caller took them first to write them to the keychain).
    void markSaved();
    /// Rows removed since the last save, as they were saved.
    QList<Row> removedRows() const { return m_removed; }

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
    QList<Row> m_removed;
};

} // namespace Qddns::Gui
