#include "settings/hostsuffixdialog.h"

#include "settings/profileeditormodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Qddns::Gui {

namespace {
constexpr int kMaxPrefixLength = 128;
}

HostSuffixDialog::HostSuffixDialog(ProfileEditorModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("IPv6 suffixes"));
    setObjectName(QStringLiteral("hostSuffixDialog"));
    auto *intro = new QLabel(tr("A host with a suffix gets the detected IPv6 prefix followed by its own interface "
                                "identifier, e.g. ::1234 for a device on your network. Leave it empty for a host that "
                                "is this computer. The prefix length is 64 unless set."),
                             this);
    intro->setWordWrap(true);

    const QStringList hosts = m_model->hostNames();
    m_table->setColumnCount(3);
    m_table->setRowCount(int(hosts.size()));
    m_table->setHorizontalHeaderLabels({tr("Host"), tr("IPv6 suffix"), tr("Prefix length")});
    m_table->horizontalHeader()->setSectionResizeMode(SuffixColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < hosts.size(); ++row) {
        auto *host = new QTableWidgetItem(hosts.at(row));
        host->setFlags(Qt::ItemIsEnabled); // names are edited in the form
        m_table->setItem(row, HostColumn, host);
        const ProfileEditorModel::HostSuffix suffix = m_model->hostSuffix(hosts.at(row));
        auto *text = new QTableWidgetItem(suffix.suffix);
        text->setToolTip(tr("e.g. ::1234 or ::211:32ff:fe12:3456"));
        m_table->setItem(row, SuffixColumn, text);
        auto *prefix = new QSpinBox(m_table);
        prefix->setRange(0, kMaxPrefixLength);
        prefix->setSpecialValueText(tr("default (64)"));
        prefix->setValue(suffix.prefixLength);
        m_table->setCellWidget(row, PrefixColumn, prefix);
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

void HostSuffixDialog::apply()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *prefix = qobject_cast<QSpinBox *>(m_table->cellWidget(row, PrefixColumn));
        m_model->setHostSuffix(m_table->item(row, HostColumn)->text(), m_table->item(row, SuffixColumn)->text(),
                               prefix ? prefix->value() : 0);
    }
}

} // namespace Qddns::Gui
