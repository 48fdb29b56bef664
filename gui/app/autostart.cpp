#include "app/autostart.h"

#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#ifdef Q_OS_WIN
#include "app/runkey_win.h"
#endif

namespace Qddns::Gui {

#ifndef Q_OS_WIN
namespace {

// What the desktop entry file says about starting, by the keys the XDG autostart rules read.
bool entryStarts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool inEntry = false;
    bool starts = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inEntry = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        if (!inEntry)
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("Hidden") && value == QLatin1String("true"))
            starts = false;
        if (key == QLatin1String("X-GNOME-Autostart-enabled") && value == QLatin1String("false"))
            starts = false;
    }
    return starts;
}

// Exec= quoting: a program path with spaces or quotes goes in double quotes.
QString execValue(const QString &program)
{
    if (!program.contains(QLatin1Char(' ')) && !program.contains(QLatin1Char('"')))
        return program;
    QString quoted = program;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace
#endif

Autostart::Autostart(QString userDir, QStringList systemDirs, QString program)
    : m_userDir(std::move(userDir))
    , m_systemDirs(std::move(systemDirs))
    , m_program(std::move(program))
{
}

Autostart Autostart::fromEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString configHome = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (configHome.isEmpty())
        configHome = QDir::homePath() + QStringLiteral("/.config");
    QStringList dirs = env.value(QStringLiteral("XDG_CONFIG_DIRS")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (dirs.isEmpty())
        dirs = {QStringLiteral("/etc/xdg")};
    QStringList autostartDirs;
    for (const QString &dir : std::as_const(dirs))
        autostartDirs.append(dir + QStringLiteral("/autostart"));
    return Autostart(configHome + QStringLiteral("/autostart"), autostartDirs, QCoreApplication::applicationFilePath());
}

QString Autostart::userFile() const
{
    return m_userDir + QLatin1Char('/') + kFileName;
}

QString Autostart::systemFile() const
{
    for (const QString &dir : m_systemDirs) {
        const QString path = dir + QLatin1Char('/') + kFileName;
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

#ifdef Q_OS_WIN
// Windows: the HKCU Run key's value names the quoted program path (a path with spaces would
// otherwise be split at the first space when Windows starts it).
namespace {
std::wstring runCommandLine(const QString &program)
{
    return (QLatin1Char('"') + QDir::toNativeSeparators(program) + QLatin1Char('"')).toStdWString();
}
} // namespace

bool Autostart::isEnabled() const
{
    return RunKey::isEnabled(runCommandLine(m_program));
}

QString Autostart::setEnabled(bool enabled)
{
    return QString::fromStdWString(RunKey::setEnabled(enabled, runCommandLine(m_program)));
}
#else
bool Autostart::isEnabled() const
{
    if (QFileInfo::exists(userFile()))
        return entryStarts(userFile());
    const QString system = systemFile();
    return !system.isEmpty() && entryStarts(system);
}

QString Autostart::setEnabled(bool enabled)
{
    const QString system = systemFile();
    const bool systemStarts = !system.isEmpty() && entryStarts(system);
    const QString user = userFile();
    // Where the system's entry already does what is asked, the user's own is not needed.
    if (enabled == systemStarts) {
        if (QFileInfo::exists(user) && !QFile::remove(user))
            return QCoreApplication::translate("Autostart", "%1 could not be removed").arg(QDir::toNativeSeparators(user));
        return {};
    }
    if (!QDir().mkpath(m_userDir))
        return QCoreApplication::translate("Autostart", "%1 could not be created").arg(QDir::toNativeSeparators(m_userDir));
    QByteArray entry = "[Desktop Entry]\n"
                       "Type=Application\n"
                       "Name=qddns\n"
                       "Comment=Tray icon of the qddns Dynamic DNS agent\n"
                       "Exec=" + execValue(m_program).toUtf8() + "\n"
                       "Icon=qddns\n"
                       "Terminal=false\n"
                       "NoDisplay=true\n";
    if (!enabled)
        entry += "Hidden=true\n"; // turns off the system's entry of the same name
    const auto written = writeFileAtomically(user, entry);
    if (!written)
        return written.error();
    return {};
}

#endif // Q_OS_WIN

} // namespace Qddns::Gui
