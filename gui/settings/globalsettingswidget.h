#pragma once

#include "core/addressrules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Qddns::Gui {

class DetectorListModel;

/// The settings of the whole config in the advanced section: intervals, timeout, extra CA
/// certificates (tls.caFile), and per family
/// the detectors (web service, one of this machine's network interfaces, or a command) and how
/// many must agree. Works on the config document; writes only keys the user set.
class GlobalSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GlobalSettingsWidget(QWidget *parent = nullptr);

    void setDocument(const QJsonObject &document);
    /// \a document with this widget's keys replaced.
    QJsonObject applyTo(QJsonObject document) const;

    /// Shows the errors of global paths (see isGlobalPath()) next to their settings.
    void setErrors(const QJsonArray &errors);
    static bool isGlobalPath(const QString &path);
    QString errorText(const QString &key) const;

    // For tests.
    DetectorListModel *detectorModel(Family family) const;
    QCheckBox *defaultDetectorsBox(Family family) const;
    /// Offers this machine's network interfaces (QNetworkInterface) for interface detectors.
    QStringList interfaceChoices() const;

Q_SIGNALS:
    void edited();

private:
    struct FamilySection
    {
        QCheckBox *useDefaults = nullptr;
        DetectorListModel *model = nullptr;
        QTableView *table = nullptr;
        QComboBox *type = nullptr;
        QComboBox *value = nullptr;
        QCheckBox *allowHttp = nullptr;
        QPushButton *add = nullptr;
        QSpinBox *agree = nullptr;
        QLabel *error = nullptr;
    };

    QWidget *createFamilySection(Family family);
    void updateValueChoices(Family family);
    void updateEnabled(Family family);
    FamilySection &section(Family family) { return family == Family::IPv4 ? m_v4 : m_v6; }
    const FamilySection &section(Family family) const { return family == Family::IPv4 ? m_v4 : m_v6; }
    QLineEdit *durationEdit(const QString &key, const QString &placeholder);

    QJsonObject m_values; ///< interval, forceInterval, timeout as the user wrote them
    QLineEdit *m_caFile = nullptr;
    QHash<QString, QLineEdit *> m_durations;
    QHash<QString, QLabel *> m_errors;
    FamilySection m_v4;
    FamilySection m_v6;
    QStringList m_interfaces;
};

} // namespace Qddns::Gui
