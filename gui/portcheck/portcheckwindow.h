#pragma once

#include "portcheck/portcheck.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Qddns::Gui {

class PortChecker;
class PortCheckModel;

/// "Is my server reachable from outside?": a port list, a Check button, one row of results and advice
/// per port, and a warning when the connection is behind carrier-grade NAT. The main window feeds the
/// host name and the agent's detected addresses through the setters.
class PortCheckWindow : public QWidget
{
    Q_OBJECT
public:
    explicit PortCheckWindow(QNetworkAccessManager *nam = nullptr, QWidget *parent = nullptr);

    void setHostName(const QString &hostName);
    void setPublicAddresses(const std::optional<QHostAddress> &ipv4, const std::optional<QHostAddress> &ipv6);
    /// Whether the agent runs; while it does not, the window says so instead of "no address yet".
    void setAgentRunning(bool running);
    /// The public address line of the header.
    QString addressText() const;
    /// Empty: no external probe. Placeholders {host} {port} {ip}.
    void setProbeUrlTemplate(const QString &urlTemplate);
    /// nullopt (the default): this machine's addresses when the check starts.
    void setInterfaceAddresses(const std::optional<QList<QHostAddress>> &addresses);
    /// Where "listening locally" connects; 127.0.0.1 by default.
    void setLocalAddress(const QHostAddress &address);
    void setTimeout(std::chrono::milliseconds timeout);
    void setPortsText(const QString &text);
    QString portsText() const;

    /// Parses the port list and starts; false (and the error shown) when the list is bad.
    bool startCheck();
    void cancelCheck();
    bool isChecking() const;

    PortCheckModel *model() const { return m_model; }
    PortChecker *checker() const { return m_checker; }
    /// The parse error on display, empty when none.
    QString errorText() const;
    /// The carrier-grade NAT warning on display, empty when none.
    QString wanWarningText() const;

Q_SIGNALS:
    /// A check started with this valid port list (for the caller to remember it).
    void portsChecked(const QList<Qddns::Gui::PortSpec> &ports);
    /// The user edited the external probe URL template (for the caller to remember it).
    void probeUrlTemplateChanged(const QString &urlTemplate);

private:
    void refresh();
    void fitColumns();
    void updateHeader();
    void showWan(const WanCheck &wan);
    void showError(const QString &text);

    PortChecker *m_checker;
    PortCheckModel *m_model;
    PortCheckRequest m_request;
    QLabel *m_hostLabel;
    QLabel *m_addressLabel;
    QLineEdit *m_portsEdit;
    QLineEdit *m_probeEdit;
    QPushButton *m_checkButton;
    QLabel *m_errorLabel;
    QLabel *m_wanLabel;
    QProgressBar *m_progress;
    QTableView *m_table;
};

} // namespace Qddns::Gui
