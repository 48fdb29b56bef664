#include "platform/terminal.h"

#include <cstdio>
#include <pwd.h>
#include <termios.h>
#include <unistd.h>

namespace Qddns {

struct HiddenInput::Saved
{
    termios attributes{};
};

HiddenInput::HiddenInput(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return;
    m_saved = new Saved;
    if (::tcgetattr(STDIN_FILENO, &m_saved->attributes) != 0)
        return;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios silent = m_saved->attributes;
    silent.c_lflag &= ~tcflag_t(ECHO);
    m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
}

HiddenInput::~HiddenInput()
{
    if (m_active) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved->attributes);
        std::fputc('\n', stderr);
    }
    delete m_saved;
}

QString currentUserName()
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace Qddns
