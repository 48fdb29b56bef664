#include "portcheck/portcheckwindow.h"

#include "portcheck/portchecker.h"
#include "portcheck/portcheckmodel.h"
#include "portcheck/portchecktext.h"

#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Qddns::Gui {

PortCheckWindow::PortCheckWindow(QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent)
    , m_checker(new PortChecker(nam, this))
    , m_model(new PortCheckModel(this))
    , m_hostLabel(new QLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_portsEdit(new QLineEdit(this))
    , m_probeEdit(new QLineEdit(this))
    , m_checkButton(new QPushButton(this))
    , m_errorLabel(new QLabel(this))
    , m_wanLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Port check"));
    m_portsEdit->setObjectName(QStringLiteral("portsEdit"));
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_wanLabel->setObjectName(QStringLiteral("wanLabel"));
    m_table->setObjectName(QStringLiteral("resultsTable"));

    m_portsEdit->setPlaceholderText(tr("for example 22, 443, 51820/udp"));
    m_portsEdit->setClearButtonEnabled(true);
    auto *portsLabel = new QLabel(tr("&Ports:"), this);
    portsLabel->setBuddy(m_portsEdit);
    m_checkButton->setText(tr("&Check"));
    m_checkButton->setDefault(true);

    for (QLabel *label : {m_errorLabel, m_wanLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
    }
    m_wanLabel->setFrameShape(QFrame::StyledPanel);
    m_wanLabel->setMargin(6);
    m_progress->hide();

    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The status columns get what their header and a short answer need (longer answers wrap,
    // see fitColumns()); the advice takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(PortCheckModel::AdviceColumn, QHeaderView::Stretch);
    // The advice is the point of the table: it wraps inside its column rather than scrolling away.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_hostLabel);
    hostRow->addStretch();
    hostRow->addWidget(m_addressLabel);
    auto *portsRow = new QHBoxLayout;
    portsRow->addWidget(portsLabel);
    portsRow->addWidget(m_portsEdit, 1);
    portsRow->addWidget(m_checkButton);
    auto *layout = new QVBoxLayout(this);
    // A service outside that tries the port (the only test a router's NAT cannot fool); the user
    // picks one they trust, so none is built in.
    m_probeEdit->setObjectName(QStringLiteral("probeEdit"));
    m_probeEdit->setPlaceholderText(tr("optional, e.g. https://probe.example/check?host={host}&port={port}&ip={ip}"));
    m_probeEdit->setClearButtonEnabled(true);
    auto *probeLabel = new QLabel(tr("External &probe URL:"), this);
    probeLabel->setBuddy(m_probeEdit);
    auto *probeRow = new QHBoxLayout;
    probeRow->addWidget(probeLabel);
    probeRow->addWidget(m_probeEdit, 1);
    connect(m_probeEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_request.probeUrlTemplate = text.trimmed();
        Q_EMIT probeUrlTemplateChanged(m_request.probeUrlTemplate);
    });

    layout->addLayout(hostRow);
    layout->addLayout(portsRow);
    layout->addLayout(probeRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_wanLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);

    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        if (isChecking())
            cancelCheck();
        else
            startCheck();
    });
    connect(m_portsEdit, &QLineEdit::returnPressed, this, [this] {
        if (!isChecking())
            startCheck();
    });
    // An old error should not sit under a list the user is already fixing.
    connect(m_portsEdit, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_checker, &PortChecker::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_checker, &PortChecker::portUpdated, this, &PortCheckWindow::refresh);
    connect(m_checker, &PortChecker::nameChecked, this, &PortCheckWindow::refresh);
    connect(m_checker, &PortChecker::finished, this, &PortCheckWindow::refresh);

    updateHeader();
    fitColumns();
    resize(1100, 440);
}

void PortCheckWindow::setHostName(const QString &hostName)
{
    m_request.hostName = hostName.trimmed();
    updateHeader();
}

void PortCheckWindow::setPublicAddresses(const std::optional<QHostAddress> &ipv4,
                                         const std::optional<QHostAddress> &ipv6)
{
    m_request.publicIPv4 = ipv4;
    m_request.publicIPv6 = ipv6;
    updateHeader();
}

void PortCheckWindow::setAgentRunning(bool running)
{
    m_request.agentRunning = running;
    updateHeader();
}

QString PortCheckWindow::addressText() const
{
    return m_addressLabel->text();
}

void PortCheckWindow::setProbeUrlTemplate(const QString &urlTemplate)
{
    m_request.probeUrlTemplate = urlTemplate;
    const QSignalBlocker quiet(m_probeEdit);
    m_probeEdit->setText(urlTemplate);
}

void PortCheckWindow::setInterfaceAddresses(const std::optional<QList<QHostAddress>> &addresses)
{
    m_request.interfaceAddresses = addresses;
    updateHeader();
}

void PortCheckWindow::setLocalAddress(const QHostAddress &address)
{
    m_request.localAddress = address;
}

void PortCheckWindow::setTimeout(std::chrono::milliseconds timeout)
{
    m_request.timeout = timeout;
    m_request.probeTimeout = std::max(timeout, m_request.probeTimeout);
}

void PortCheckWindow::setPortsText(const QString &text)
{
    m_portsEdit->setText(text);
    showError({});
}

QString PortCheckWindow::portsText() const
{
    return m_portsEdit->text();
}

bool PortCheckWindow::startCheck()
{
    const auto ports = parsePortList(m_portsEdit->text());
    if (!ports) {
        showError(PortCheckText::portListError(ports.error()));
        m_portsEdit->setFocus();
        return false;
    }
    showError({});
    m_request.ports = *ports;
    m_checker->start(m_request);
    refresh();
    Q_EMIT portsChecked(*ports);
    return true;
}

void PortCheckWindow::cancelCheck()
{
    m_checker->cancel();
}

bool PortCheckWindow::isChecking() const
{
    return m_checker->isRunning();
}

QString PortCheckWindow::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString PortCheckWindow::wanWarningText() const
{
    return m_wanLabel->isHidden() ? QString() : m_wanLabel->text();
}

void PortCheckWindow::refresh()
{
    const PortCheckReport &report = m_checker->report();
    m_model->setReport(report);
    showWan(report.wan);
    m_progress->setVisible(report.running);
    m_checkButton->setText(report.running ? tr("&Cancel") : tr("&Check"));
    fitColumns();
    m_table->resizeRowsToContents();
}

void PortCheckWindow::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemView *view = m_table; // sizeHintForColumn() is public there
    const int cap = fontMetrics().averageCharWidth() * 26;
    for (int column = 0; column < PortCheckModel::AdviceColumn; ++column) {
        const int content = std::min(view->sizeHintForColumn(column), cap);
        header->resizeSection(column, std::max(header->sectionSizeHint(column), content));
    }
}

void PortCheckWindow::updateHeader()
{
    m_hostLabel->setText(m_request.hostName.isEmpty() ? tr("No host name") : tr("Host: %1").arg(m_request.hostName));
    QList<QHostAddress> addresses;
    for (const auto &address : {m_request.publicIPv4, m_request.publicIPv6}) {
        if (address)
            addresses.append(*address);
    }
    m_addressLabel->setText(!m_request.agentRunning ? tr("The qddns agent is not running: no public address known")
                            : addresses.isEmpty()   ? tr("No public address detected yet")
                                                    : tr("Public address: %1").arg(PortCheckText::addresses(addresses)));
    // The WAN verdict needs no network: show it as soon as the addresses are known.
    if (!isChecking()) {
        const QList<QHostAddress> interfaces = m_request.interfaceAddresses ? *m_request.interfaceAddresses
                                                                            : QNetworkInterface::allAddresses();
        showWan(checkWan(m_request.publicIPv4, interfaces));
    }
}

void PortCheckWindow::showWan(const WanCheck &wan)
{
    const QString text = PortCheckText::wan(wan);
    m_wanLabel->setText(text);
    m_wanLabel->setVisible(!text.isEmpty());
}

void PortCheckWindow::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

} // namespace Qddns::Gui
