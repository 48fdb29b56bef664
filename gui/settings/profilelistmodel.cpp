#include "settings/profilelistmodel.h"

#include "config/configkeys.h"

namespace Qddns::Gui {

namespace {
const QLatin1StringView kName = ConfigKey::Name;
}

ProfileListModel::ProfileListModel(QObject *parent) : QAbstractListModel(parent) {}

void ProfileListModel::setProfiles(const QJsonArray &profiles)
{
    beginResetModel();
    m_rows.clear();
    m_removed.clear();
    for (const QJsonValue &value : profiles) {
        Row r;
        r.profile = value.toObject();
        r.savedProfile = r.profile;
        r.savedName = r.profile.value(kName).toString();
        m_rows.append(r);
    }
    endResetModel();
}

QJsonArray ProfileListModel::profiles() const
{
    QJsonArray list;
    for (const Row &r : m_rows)
        list.append(r.profile);
    return list;
}

void ProfileListModel::setProfile(int row, const QJsonObject &profile)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).profile == profile)
        return;
    const bool renamed = m_rows.at(row).profile.value(kName) != profile.value(kName);
    m_rows[row].profile = profile;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, renamed ? QList<int>{Qt::DisplayRole, Qt::EditRole, ProviderRole} : QList<int>{ProviderRole});
}

void ProfileListModel::setCredentialStored(const QString &savedName, const QString &credential, bool stored)
{
    for (Row &r : m_rows) {
        if (r.savedName != savedName)
            continue;
        if (stored)
            r.storedCredentials.insert(credential);
        else
            r.storedCredentials.remove(credential);
    }
}

void ProfileListModel::setPendingSecret(int row, const QString &credential, const QString &secret)
{
    if (row < 0 || row >= m_rows.size())
        return;
    if (secret.isEmpty())
        m_rows[row].pendingSecrets.remove(credential);
    else
        m_rows[row].pendingSecrets.insert(credential, secret);
}

void ProfileListModel::markSaved()
{
    for (Row &r : m_rows) {
        // Keychain entries follow a rename (moved by the caller); a new profile starts without any.
        if (r.savedName.isEmpty())
            r.storedCredentials.clear();
        r.savedName = r.profile.value(kName).toString();
        r.savedProfile = r.profile;
        r.pendingSecrets.clear();
    }
    m_removed.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {SavedNameRole});
}

int ProfileListModel::addProfile(const QJsonObject &profile)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row r;
    r.profile = profile;
    m_rows.append(r);
    endInsertRows();
    return row;
}

void ProfileListModel::removeProfile(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    const Row r = m_rows.takeAt(row);
    if (!r.savedName.isEmpty())
        m_removed.append(r);
    endRemoveRows();
}

int ProfileListModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).profile.value(kName).toString() == name)
            return i;
    }
    return -1;
}

QString ProfileListModel::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2; rowOfName(name) >= 0; ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const QString name = r.profile.value(kName).toString();
        if (role == Qt::DisplayRole && name.isEmpty())
            return tr("(unnamed)");
        return name;
    }
    case ProviderRole:
        return r.profile.value(ConfigKey::Provider).toString();
    case SavedNameRole:
        return r.savedName;
    default:
        return {};
    }
}

bool ProfileListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    const QString name = value.toString().trimmed();
    QJsonObject profile = m_rows.at(index.row()).profile;
    if (profile.value(kName).toString() == name)
        return false;
    if (name.isEmpty())
        profile.remove(kName);
    else
        profile.insert(kName, name);
    m_rows[index.row()].profile = profile;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    Q_EMIT renamed(index.row(), name);
    return true;
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

} // namespace Qddns::Gui
