#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace Qddns::Gui {

/// One family's detector list of the config ("detectors.ipv4"), in order: the first valid answer
/// wins. Rows are the config's own detector objects, so keys the GUI does not edit (a command's
/// timeout) survive.
class DetectorListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Type { Web, Interface, Command };
    enum Column { TypeColumn, SettingColumn, ColumnCount };

    explicit DetectorListModel(QObject *parent = nullptr);

    void setDetectors(const QJsonArray &detectors);
    QJsonArray detectors() const { return m_detectors; }

    void append(const QJsonObject &detector);
    void remove(int row);
    /// Moves a row up (\a delta -1) or down (+1); false at either end.
    bool move(int row, int delta);

    /// A detector object as the config takes it: web {url}, interface {name}, command {argv}
    /// (split like a shell would, but run without one). Empty when \a value is empty.
    static QJsonObject makeDetector(Type type, const QString &value, bool allowInsecureHttp = false);
    static QString typeLabel(const QString &type);
    static QString setting(const QJsonObject &detector);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    QJsonArray m_detectors;
};

} // namespace Qddns::Gui
