#pragma once

#include <QString>

namespace Qddns {

/// \brief While it lives, what is typed on a terminal's standard input is not echoed (a secret
/// being entered); it prints \a prompt first and a newline at the end. Nothing happens when
/// standard input is not a terminal (a pipe) or where the platform has no such switch.
class HiddenInput
{
public:
    explicit HiddenInput(const QString &prompt);
    ~HiddenInput();
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
    bool m_active = false;
    struct Saved;
    Saved *m_saved = nullptr;
};

/// \brief The login name of the user the agent runs as.
QString currentUserName();

} // namespace Qddns
