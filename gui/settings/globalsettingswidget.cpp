#include "settings/globalsettingswidget.h"

#include "config/configkeys.h"
#include "ipc/protocol.h"
#include "settings/fielderrorlabel.h"
#include "settings/detectorlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Qddns::Gui {

namespace {
const QLatin1StringView kDetectors = ConfigKey::Detectors;
const QLatin1StringView kAgree = ConfigKey::Agree;
const QLatin1StringView kTls = ConfigKey::Tls;
const QLatin1StringView kCaFile = ConfigKey::CaFile;
const QStringList kDurationKeys{ConfigKey::Interval, ConfigKey::ForceInterval, ConfigKey::Timeout};

} // namespace

GlobalSettingsWidget::GlobalSettingsWidget(QWidget *parent) : QWidget(parent)
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        if (!i.flags().testFlag(QNetworkInterface::IsLoopBack))
            m_interfaces.append(i.name());
    }

    auto *timing = new QGroupBox(tr("All profiles"), this);
    auto *form = new QFormLayout(timing);
    const std::pair<QString, QString> rows[] = {
        {tr("Check every:"), tr("300 (seconds, or e.g. 5m)")},
        {tr("Re-send unchanged records after:"), tr("25d")},
        {tr("Request timeout:"), tr("10 (seconds)")},
    };
    for (qsizetype i = 0; i < kDurationKeys.size(); ++i) {
        QLineEdit *edit = durationEdit(kDurationKeys.at(i), rows[i].second);
        auto *cell = new QWidget(timing);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        edit->setParent(cell);
        cellLayout->addWidget(edit);
        QLabel *error = createFieldErrorLabel(cell);
        cellLayout->addWidget(error);
        m_errors.insert(kDurationKeys.at(i), error);
        form->addRow(rows[i].first, cell);
    }

    // Extra trust for a self-hosted server's certificate; verification itself stays on.
    m_caFile = new QLineEdit(timing);
    m_caFile->setObjectName(kCaFile); // named after its key, as the duration fields
    m_caFile->setPlaceholderText(tr("optional: a PEM file, for a server with its own CA"));
    m_caFile->setToolTip(tr("Certificates in this file are trusted in addition to the system's, for a self-hosted "
                            "update server or echo service. Certificates are always verified."));
    auto *browse = new QPushButton(tr("Browse…"), timing);
    auto *caCell = new QWidget(timing);
    auto *caLayout = new QGridLayout(caCell);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 0, 0);
    caLayout->addWidget(browse, 0, 1);
    QLabel *caError = createFieldErrorLabel(caCell);
    caLayout->addWidget(caError, 1, 0, 1, 2);
    m_errors.insert(kTls, caError);
    form->addRow(tr("Extra CA certificates:"), caCell);
    connect(m_caFile, &QLineEdit::textEdited, this, [this] { Q_EMIT edited(); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificates (PEM)"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (file.isEmpty())
            return;
        m_caFile->setText(QDir::toNativeSeparators(file));
        Q_EMIT edited();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(timing);
    layout->addWidget(createFamilySection(Family::IPv4));
    layout->addWidget(createFamilySection(Family::IPv6));
}

QLineEdit *GlobalSettingsWidget::durationEdit(const QString &key, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    m_durations.insert(key, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) {
        // A bare number is seconds; anything else ("5m", "1h30m") goes to the agent as written.
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        const QString t = text.trimmed();
        if (t.isEmpty())
            m_values.remove(key);
        else if (digits.match(t).hasMatch())
            m_values.insert(key, t.toLongLong());
        else
            m_values.insert(key, t);
        Q_EMIT edited();
    });
    return edit;
}

QWidget *GlobalSettingsWidget::createFamilySection(Family family)
{
    FamilySection &s = section(family);
    const bool v4 = family == Family::IPv4;
    auto *box = new QGroupBox(v4 ? tr("IPv4 address detection") : tr("IPv6 address detection"), this);
    s.useDefaults = new QCheckBox(tr("Use the built-in web services (several public HTTPS echo services)"), box);
    s.model = new DetectorListModel(box);
    s.table = new QTableView(box);
    s.table->setModel(s.model);
    s.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    s.table->setSelectionMode(QAbstractItemView::SingleSelection);
    s.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    s.table->verticalHeader()->hide();
    s.table->horizontalHeader()->setStretchLastSection(true);
    s.table->setMaximumHeight(120);

    s.type = new QComboBox(box);
    s.type->addItem(DetectorListModel::typeLabel(QStringLiteral("web")), int(DetectorListModel::Type::Web));
    s.type->addItem(DetectorListModel::typeLabel(QStringLiteral("interface")), int(DetectorListModel::Type::Interface));
    s.type->addItem(DetectorListModel::typeLabel(QStringLiteral("command")), int(DetectorListModel::Type::Command));
    s.value = new QComboBox(box);
    s.value->setEditable(true);
    s.value->setInsertPolicy(QComboBox::NoInsert);
    s.value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    s.allowHttp = new QCheckBox(tr("allow plain http://"), box);
    s.allowHttp->setToolTip(tr("Only for a service on this machine or your own network: an answer over plain http "
                               "can be forged by anyone on the way."));
    s.add = new QPushButton(tr("Add"), box);
    auto *remove = new QPushButton(tr("Remove"), box);
    auto *up = new QPushButton(tr("Move up"), box);
    auto *down = new QPushButton(tr("Move down"), box);
    s.agree = new QSpinBox(box);
    s.agree->setRange(1, 5);
    s.error = createFieldErrorLabel(box);

    auto *editorRow = new QHBoxLayout;
    editorRow->addWidget(s.type);
    editorRow->addWidget(s.value, 1);
    editorRow->addWidget(s.allowHttp);
    editorRow->addWidget(s.add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(remove);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Detectors that must agree:"), box));
    buttons->addWidget(s.agree);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(s.useDefaults);
    layout->addWidget(s.table);
    layout->addLayout(editorRow);
    layout->addLayout(buttons);
    layout->addWidget(s.error);

    s.useDefaults->setChecked(true);
    updateValueChoices(family);
    updateEnabled(family);
    connect(s.type, &QComboBox::currentIndexChanged, this, [this, family] { updateValueChoices(family); });
    connect(s.useDefaults, &QCheckBox::clicked, this, [this, family] {
        updateEnabled(family);
        Q_EMIT edited();
    });
    connect(s.add, &QPushButton::clicked, this, [this, family] {
        FamilySection &f = section(family);
        const auto type = DetectorListModel::Type(f.type->currentData().toInt());
        const QJsonObject detector = DetectorListModel::makeDetector(type, f.value->currentText(),
                                                                     type == DetectorListModel::Type::Web && f.allowHttp->isChecked());
        if (detector.isEmpty())
            return;
        f.model->append(detector);
        f.value->setCurrentText(QString());
    });
    const auto selectedRow = [this, family] {
        const QModelIndexList rows = section(family).table->selectionModel()->selectedRows();
        return rows.isEmpty() ? -1 : rows.first().row();
    };
    connect(remove, &QPushButton::clicked, this, [this, family, selectedRow] { section(family).model->remove(selectedRow()); });
    for (auto [button, delta] : {std::pair{up, -1}, std::pair{down, 1}}) {
        connect(button, &QPushButton::clicked, this, [this, family, selectedRow, delta = delta] {
            const int row = selectedRow();
            if (section(family).model->move(row, delta))
                section(family).table->selectRow(row + delta);
        });
    }
    connect(s.model, &DetectorListModel::edited, this, &GlobalSettingsWidget::edited);
    connect(s.agree, &QSpinBox::valueChanged, this, &GlobalSettingsWidget::edited);
    return box;
}

void GlobalSettingsWidget::updateValueChoices(Family family)
{
    FamilySection &s = section(family);
    const auto type = DetectorListModel::Type(s.type->currentData().toInt());
    const QString text = s.value->currentText();
    s.value->clear();
    if (type == DetectorListModel::Type::Interface)
        s.value->addItems(m_interfaces);
    s.value->setCurrentText(type == DetectorListModel::Type::Interface ? s.value->itemText(0) : text);
    s.value->lineEdit()->setPlaceholderText(type == DetectorListModel::Type::Web ? tr("https://...")
                                            : type == DetectorListModel::Type::Command ? tr("/path/to/program --argument")
                                                                                       : QString());
    s.allowHttp->setVisible(type == DetectorListModel::Type::Web);
}

void GlobalSettingsWidget::updateEnabled(Family family)
{
    FamilySection &s = section(family);
    const bool own = !s.useDefaults->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(s.table), static_cast<QWidget *>(s.type), static_cast<QWidget *>(s.value),
                       static_cast<QWidget *>(s.allowHttp), static_cast<QWidget *>(s.add)})
        w->setEnabled(own);
}

void GlobalSettingsWidget::setDocument(const QJsonObject &document)
{
    m_values = {};
    for (const QString &key : kDurationKeys) {
        const QJsonValue v = document.value(key);
        if (!v.isUndefined())
            m_values.insert(key, v);
        m_durations.value(key)->setText(v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toInteger()) : QString());
    }
    m_caFile->setText(document.value(kTls).toObject().value(kCaFile).toString());
    const QJsonObject detectors = document.value(kDetectors).toObject();
    const QJsonObject agree = detectors.value(kAgree).toObject();
    for (Family family : {Family::IPv4, Family::IPv6}) {
        FamilySection &s = section(family);
        const QString key = familyName(family);
        const QSignalBlocker blocker(s.agree);
        s.useDefaults->setChecked(!detectors.contains(key));
        s.model->setDetectors(detectors.value(key).toArray());
        s.agree->setValue(agree.value(key).toInt(1));
        updateEnabled(family);
    }
    setErrors({});
}

QJsonObject GlobalSettingsWidget::applyTo(QJsonObject document) const
{
    for (const QString &key : kDurationKeys) {
        if (m_values.contains(key))
            document.insert(key, m_values.value(key));
        else
            document.remove(key);
    }
    QJsonObject tls = document.value(kTls).toObject();
    const QString caFile = m_caFile->text().trimmed();
    if (caFile.isEmpty())
        tls.remove(kCaFile);
    else
        tls.insert(kCaFile, QDir::fromNativeSeparators(caFile));
    if (tls.isEmpty())
        document.remove(kTls);
    else
        document.insert(kTls, tls);

    QJsonObject detectors = document.value(kDetectors).toObject();
    QJsonObject agree = detectors.value(kAgree).toObject();
    for (Family family : {Family::IPv4, Family::IPv6}) {
        const FamilySection &s = section(family);
        const QString key = familyName(family);
        if (s.useDefaults->isChecked())
            detectors.remove(key);
        else
            detectors.insert(key, s.model->detectors()); // an empty list turns detection of the family off
        if (s.agree->value() > 1)
            agree.insert(key, s.agree->value());
        else
            agree.remove(key);
    }
    if (agree.isEmpty())
        detectors.remove(kAgree);
    else
        detectors.insert(kAgree, agree);
    if (detectors.isEmpty())
        document.remove(kDetectors);
    else
        document.insert(kDetectors, detectors);
    return document;
}

bool GlobalSettingsWidget::isGlobalPath(const QString &path)
{
    const QString head = path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    return kDurationKeys.contains(head) || head == kDetectors || head == kTls;
}

void GlobalSettingsWidget::setErrors(const QJsonArray &errors)
{
    static const QRegularExpression detectorPath(QStringLiteral("^detectors(?:\\.agree)?\\.(ipv4|ipv6)(?:\\[(\\d+)\\])?"));
    QHash<QString, QStringList> messages;
    for (const QJsonValue &value : errors) {
        const QJsonObject e = value.toObject();
        const QString path = e.value(Ipc::Field::Path).toString();
        const QString message = e.value(Ipc::Field::Message).toString();
        if (!isGlobalPath(path))
            continue;
        const QRegularExpressionMatch m = detectorPath.match(path);
        if (m.hasMatch()) {
            const QString text = m.captured(2).isEmpty() ? message
                                                         : tr("Detector %1: %2").arg(m.captured(2).toInt() + 1).arg(message);
            messages[m.captured(1)].append(text);
        } else if (path.startsWith(kDetectors)) {
            messages[familyName(Family::IPv4)].append(message);
        } else {
            messages[path.section(QLatin1Char('.'), 0, 0)].append(message);
        }
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        it.value()->setText(messages.value(it.key()).join(QLatin1Char('\n')));
        it.value()->setVisible(!it.value()->text().isEmpty());
    }
    for (Family family : {Family::IPv4, Family::IPv6}) {
        QLabel *label = section(family).error;
        label->setText(messages.value(familyName(family)).join(QLatin1Char('\n')));
        label->setVisible(!label->text().isEmpty());
    }
}

QString GlobalSettingsWidget::errorText(const QString &key) const
{
    const QLabel *label = key == familyName(Family::IPv4) ? m_v4.error : key == familyName(Family::IPv6) ? m_v6.error : m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

DetectorListModel *GlobalSettingsWidget::detectorModel(Family family) const
{
    return section(family).model;
}

QCheckBox *GlobalSettingsWidget::defaultDetectorsBox(Family family) const
{
    return section(family).useDefaults;
}

QStringList GlobalSettingsWidget::interfaceChoices() const
{
    return m_interfaces;
}

} // namespace Qddns::Gui
