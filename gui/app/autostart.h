#pragma once

#include <QString>
#include <QStringList>

namespace Qddns::Gui {

/// "Start at login" by the XDG autostart rules: a desktop entry named qddns.desktop in
/// $XDG_CONFIG_HOME/autostart (the user's) wins over one of the same name in a system directory
/// ($XDG_CONFIG_DIRS/autostart, where the package installs one), and Hidden=true turns it off.
/// So turning it on writes the user's entry, or removes the user's Hidden=true entry where a
/// system one exists; turning it off removes the user's entry, or writes Hidden=true over a
/// system one. Files are written atomically. On Windows the same two calls write or remove the
/// "qddns" value of the per-user Run key (runkey_win.h); macOS has no switch yet.
class Autostart
{
public:
    /// \a userDir: the user's autostart directory; \a systemDirs: the system's, most important
    /// first; \a program: what the entry starts.
    Autostart(QString userDir, QStringList systemDirs, QString program);
    /// From the environment (XDG_CONFIG_HOME, XDG_CONFIG_DIRS with their defaults) and this program.
    static Autostart fromEnvironment();

    static constexpr QLatin1StringView kFileName{"qddns.desktop"};

    bool isEnabled() const;
    /// An empty string on success, else what went wrong, for people.
    QString setEnabled(bool enabled);

    QString userFile() const;
    /// The system's entry that applies; empty when none.
    QString systemFile() const;

private:
    QString m_userDir;
    QStringList m_systemDirs;
    QString m_program;
};

} // namespace Qddns::Gui
