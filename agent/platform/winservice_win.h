#pragma once

// The agent as a Windows service, in plain Win32 (no Qt): CI compiles this file with Debian's
// mingw-w64 cross compiler (scripts/check-mingw), as Qt for mingw is not available there. The
// Qt side (servicecontrol_win.cpp) calls it and is called back through plain function pointers.

#include <string>

namespace Qddns::WinService {

/// \brief The service's name in the Service Control Manager (sc.exe query qddns-agent).
inline constexpr const wchar_t *kServiceName = L"qddns-agent";

/// \brief What the service main calls in the agent. \a run runs the agent until \a stop is
/// called (from the SCM's thread) and returns its exit code; \a powerResumed tells it that the
/// machine woke up (PBT_APMRESUMEAUTOMATIC), so the addresses are worth checking now.
struct Callbacks
{
    void *context = nullptr;
    int (*run)(void *context) = nullptr;
    void (*stop)(void *context) = nullptr;
    void (*powerResumed)(void *context) = nullptr;
};

/// \brief The result of an SCM operation: ok, or a message naming what failed and the
/// system's own text for the error.
struct Outcome
{
    bool ok = true;
    std::wstring message;
};

/// \brief Registers the service: \a commandLine is the quoted program path and its arguments
/// (`"C:\...\qddns-agent.exe" service-main --config ...`); it starts automatically (delayed)
/// as LocalService, the least privileged built-in account with network access.
Outcome install(const std::wstring &commandLine);
/// \brief Stops (when running) and removes the service.
Outcome uninstall();
Outcome start();
/// \brief Asks the service to stop and waits up to \a timeoutMs for it.
Outcome stop(unsigned long timeoutMs = 30000);

/// \brief Runs the service main through the SCM's dispatcher; returns when the service stopped.
/// False (with the reason) when the process was not started by the SCM.
Outcome runDispatcher(const Callbacks &callbacks);

} // namespace Qddns::WinService
