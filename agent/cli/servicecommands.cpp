#include "cli/servicecommands.h"

#include "platform/servicecontrol.h"
#include "core/atomicfile.h"

#include "config/configstore.h"
#include "cli/cli.h"
#include "platform/terminal.h"
#include "userunit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>


namespace Qddns {

namespace {
// One word of a unit's command line: % starts a specifier and $ a variable, so both are
// doubled; whitespace, quotes and backslashes need double quotes around the word.
QString unitWord(QString word)
{
    word.replace(QLatin1Char('%'), QStringLiteral("%%")).replace(QLatin1Char('$'), QStringLiteral("$$"));
    const bool plain = std::none_of(word.cbegin(), word.cend(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('\\') || c == QLatin1Char(';');
    });
    if (plain && !word.isEmpty())
        return word;
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

// A binary run from a CMake build directory goes away with the next clean build.
bool inBuildTree(const QString &program)
{
    QDir dir = QFileInfo(program).absoluteDir();
    for (int i = 0; i < 3; ++i) {
        if (dir.exists(QStringLiteral("CMakeCache.txt")))
            return true;
        if (!dir.cdUp())
            break;
    }
    return false;
}
} // namespace

QString userUnit(const QString &program, const QStringList &runArguments)
{
    QStringList words{unitWord(program), QStringLiteral("run")};
    for (const QString &argument : runArguments)
        words << unitWord(argument);
    QString unit = QString::fromUtf8(kUserUnitTemplate);
    unit.replace(QStringLiteral("@QDDNS_EXEC_START@"), words.join(QLatin1Char(' ')));
    return unit;
}

int runServiceCommand(const QString &subcommand, const QStringList &runArguments)
{
    if (ServiceControl::available() && subcommand != QLatin1String("print-unit") && subcommand != QLatin1String("install-unit")) {
        if (const QString error = ServiceControl::control(subcommand, runArguments); !error.isEmpty()) {
            printError(QStringLiteral("qddns-agent: service %1: %2").arg(subcommand, error));
            return Exit::Failure;
        }
        printError(Cli::tr("qddns-agent: service %1: done").arg(subcommand));
        return Exit::Ok;
    }
    const QString program = QCoreApplication::applicationFilePath();
    const QString unit = userUnit(program, runArguments);
    if (subcommand == QLatin1String("print-unit")) {
        printOutput(unit.trimmed());
        return Exit::Ok;
    }
    const QString path = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                       + QStringLiteral("/systemd/user/qddns-agent.service");
    const bool existed = QFileInfo::exists(path);
    if (const auto written = writeFileAtomically(path, unit.toUtf8()); !written) {
        printError(Cli::tr("qddns-agent: %1; nothing installed").arg(written.error()));
        return Exit::Failure;
    }
    printError((existed ? Cli::tr("qddns-agent: replaced %1 (ExecStart=%2 run%3)") : Cli::tr("qddns-agent: wrote %1 (ExecStart=%2 run%3)"))
                   .arg(path, program, runArguments.isEmpty() ? QString() : QLatin1Char(' ') + runArguments.join(QLatin1Char(' '))));
    if (inBuildTree(program))
        printError(Cli::tr("qddns-agent: note: %1 is in a build directory; a clean build removes it. Install it first "
                                  "(README, \"Run it as a service\") and run install-unit with the installed qddns-agent").arg(program));
    printError(Cli::tr("qddns-agent: next: systemctl --user daemon-reload && systemctl --user enable --now qddns-agent; "
                              "then `qddns-agent status` or journalctl --user -u qddns-agent"));
    const QString user = currentUserName();
    if (!QFileInfo::exists(QStringLiteral("/var/lib/systemd/linger/") + user))
        printError(Cli::tr("qddns-agent: on a machine nobody stays logged in to (a NAS, a server over SSH), also run "
                                  "`sudo loginctl enable-linger %1`: without it the agent stops when you log out").arg(user));
    return Exit::Ok;
}

} // namespace Qddns
