#include "version.h"

#include <QApplication>
#include <QMessageBox>

// Placeholder: the tray application arrives with its own issue, as a client of the agent's socket API.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("qddns"));
    QApplication::setApplicationVersion(QStringLiteral(QDDNS_VERSION));
    QMessageBox::information(nullptr, QStringLiteral("qddns"),
                             QApplication::translate("main", "The qddns tray application is not available yet. "
                                                             "Run qddns-agent to keep your DNS records current."));
    return 0;
}
