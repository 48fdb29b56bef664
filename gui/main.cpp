#include "app/singleinstance.h"
#include "core/paths.h"
#include "app/trayapp.h"
#include "app/translations.h"
#include "ipc/agentclient.h"
#include "ipc/endpoint.h"
#include "core/logging.h"
#include "core/version.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qddns;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("qddns"));
    QApplication::setOrganizationName(QStringLiteral("qddns")); // QSettings: ~/.config/qddns/qddns.conf
    QApplication::setApplicationVersion(QStringLiteral(QDDNS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("qddns"));
    Gui::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "qddns: the tray icon of the qddns-agent Dynamic DNS client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption socketOption(
        QStringLiteral("socket"), QApplication::translate("main", "The agent's socket (default: %1).")
                                      .arg(Ipc::defaultSocketPath(defaultStateDirectory())),
        QApplication::translate("main", "path"));
    const QCommandLineOption agentOption(
        QStringLiteral("agent"),
        QApplication::translate("main", "The qddns-agent program \"Start the agent\" runs (default: the one "
                                        "next to qddns, else from PATH)."),
        QApplication::translate("main", "path"));
    parser.addOption(socketOption);
    parser.addOption(agentOption);
    parser.process(app);

    Gui::SingleInstance instance;
    switch (instance.start()) {
    case Gui::SingleInstance::Role::Secondary:
        return 0; // the running one raises its window
    case Gui::SingleInstance::Role::Failed:
        qCWarning(lcGui).noquote() << "single instance check failed, running anyway:" << instance.errorString();
        break;
    case Gui::SingleInstance::Role::Primary:
        break;
    }

    Gui::TrayAppOptions options;
    options.socketPath = parser.isSet(socketOption) ? parser.value(socketOption)
                                                    : Ipc::defaultSocketPath(defaultStateDirectory());
    options.agentProgram = parser.value(agentOption);
    // An agent started from here listens where this app looks for it.
    if (parser.isSet(socketOption))
        options.agentArguments << QStringLiteral("--socket") << options.socketPath;

    Gui::TrayApp tray(options);
    QObject::connect(&instance, &Gui::SingleInstance::raiseRequested, &tray, &Gui::TrayApp::showStatusWindow);
    tray.start();
    // With a tray icon, closing a window leaves the app running; without one the status window is the app.
    QApplication::setQuitOnLastWindowClosed(!tray.usesTray());
    return app.exec();
}
