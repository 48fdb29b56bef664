#include "platform/terminal.h"

namespace Qddns {

// Input stays visible here; Windows' console mode switch belongs in a terminal_win.cpp.
struct HiddenInput::Saved
{
};

HiddenInput::HiddenInput(const QString &prompt) { Q_UNUSED(prompt) }
HiddenInput::~HiddenInput() = default;

QString currentUserName()
{
    const QString user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? qEnvironmentVariable("USER") : user;
}

} // namespace Qddns
