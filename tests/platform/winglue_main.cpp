// Links the Win32-only files (scripts/check-mingw) into a program, so every function they
// call must exist in the import libraries, not only compile. Never run: there is no Windows
// here. What each step would do is chosen by the arguments, so nothing is optimized away.
#include "platform/winpipe_win.h"
#include "platform/winservice_win.h"
#include "app/runkey_win.h"

#include <cstdio>
#include <cwchar>

namespace {
int run(void *) { return 0; }
void stop(void *) {}
void resumed(void *) {}
} // namespace

int wmain(int argc, wchar_t **argv)
{
    using namespace Qddns;
    const std::wstring command = argc > 1 ? argv[1] : L"";
    WinService::Outcome outcome;
    if (command == L"install")
        outcome = WinService::install(argc > 2 ? argv[2] : L"");
    else if (command == L"uninstall")
        outcome = WinService::uninstall();
    else if (command == L"start")
        outcome = WinService::start();
    else if (command == L"stop")
        outcome = WinService::stop();
    else if (command == L"service")
        outcome = WinService::runDispatcher({nullptr, run, stop, resumed});
    else if (command == L"pipe") {
        std::wstring error;
        const auto security = WinPipe::makeSecurity(argc > 2 ? argv[2] : L"", &error);
        std::wstring who;
        const auto access = WinPipe::checkClient(nullptr, security ? security->sddl() : error, &who);
        std::fwprintf(stdout, L"%ls %d %ls\n", who.c_str(), int(access), security ? security->sddl().c_str() : error.c_str());
    } else if (command == L"autostart") {
        const std::wstring error = RunKey::setEnabled(!RunKey::isEnabled(argv[0]), argv[0]);
        std::fwprintf(stdout, L"%ls\n", error.c_str());
    }
    if (!outcome.ok)
        std::fwprintf(stderr, L"%ls\n", outcome.message.c_str());
    return outcome.ok ? 0 : 1;
}
