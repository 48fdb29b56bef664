// qddns-screenshots: the README's screenshots of the tray app, from its real widgets talking to a
// running agent. scripts/screenshots sets the scene (Xvfb, trayer, keyring, fake provider, agents)
// and runs this program in it; see there.
#include "screenshotrunner.h"

#include "app/translations.h"
#include "settings/languagechooser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QTimer>

#include <cstdio>

using namespace Qddns;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The tray app's name: its windows and settings look as in the real program.
    QApplication::setApplicationName(QStringLiteral("qddns"));
    QApplication::setDesktopFileName(QStringLiteral("qddns"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription("Writes the tray app's screenshots (run through scripts/screenshots).");
    parser.addHelpOption();
    const QCommandLineOption socket("socket", "The agent with the profile.", "path");
    const QCommandLineOption setupSocket("setup-socket", "An agent without profiles, for the first-run settings.", "path");
    const QCommandLineOption fakeDir("fake-dir", "qddns-fakeprovider's directory (its ip file is changed).", "dir");
    const QCommandLineOption newAddress("new-address", "The address the notification announces.", "address");
    const QCommandLineOption out("out", "Where the PNGs go.", "dir");
    const QCommandLineOption lang("lang",
                                  "Only the settings window, in this built-in language (de, zh_CN, ...): settings-<name>.png.",
                                  "name");
    parser.addOptions({socket, setupSocket, fakeDir, newAddress, out, lang});
    parser.process(app);
    for (const QCommandLineOption &o : {socket, setupSocket, fakeDir, newAddress, out}) {
        if (!parser.isSet(o)) {
            std::fprintf(stderr, "qddns-screenshots: --%s is required\n", qPrintable(o.names().first()));
            return 2;
        }
    }

    // English, with the app's plural forms ("2 records"), whatever the environment's locale; or
    // the language asked for, with Qt's own strings in it as in qddns.
    const QString language = parser.value(lang);
    if (!language.isEmpty() && !Gui::LanguageChooser::shippedLanguages().contains(language)) {
        std::fprintf(stderr, "qddns-screenshots: --lang %s: no such language built in (%s)\n", qPrintable(language),
                     qPrintable(Gui::LanguageChooser::shippedLanguages().join(QLatin1String(", "))));
        return 2;
    }
    Gui::installTranslations(app, language.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(language));

    Tools::ScreenshotOptions options;
    options.socketPath = parser.value(socket);
    options.setupSocketPath = parser.value(setupSocket);
    options.fakeDir = parser.value(fakeDir);
    options.newAddress = parser.value(newAddress);
    options.outputDir = parser.value(out);
    options.language = language;
    if (!QDir().mkpath(options.outputDir)) {
        std::fprintf(stderr, "qddns-screenshots: cannot create %s\n", qPrintable(options.outputDir));
        return 1;
    }

    Tools::ScreenshotRunner runner(options);
    int status = 1;
    QTimer::singleShot(0, &app, [&] {
        status = runner.run();
        QApplication::quit();
    });
    app.exec();
    return status;
}
