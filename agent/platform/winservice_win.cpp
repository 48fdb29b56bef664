#include "platform/winservice_win.h"

#include <windows.h>

namespace Qddns::WinService {

namespace {

std::wstring systemMessage(DWORD error)
{
    wchar_t *text = nullptr;
    const DWORD size = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                      nullptr, error, 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
    std::wstring message = size ? std::wstring(text, size) : L"error " + std::to_wstring(error);
    if (text)
        LocalFree(text);
    while (!message.empty() && (message.back() == L'\n' || message.back() == L'\r' || message.back() == L'.'))
        message.pop_back();
    return message;
}

Outcome failure(const std::wstring &what, DWORD error)
{
    std::wstring message = what + L": " + systemMessage(error);
    if (error == ERROR_ACCESS_DENIED)
        message += L" (run it from an administrator's command prompt)";
    return {false, message};
}

// Closes a Service Control Manager handle when it goes out of scope.
class ScHandle
{
public:
    explicit ScHandle(SC_HANDLE handle) : m_handle(handle) {}
    ~ScHandle()
    {
        if (m_handle)
            CloseServiceHandle(m_handle);
    }
    ScHandle(const ScHandle &) = delete;
    ScHandle &operator=(const ScHandle &) = delete;
    SC_HANDLE get() const { return m_handle; }
    explicit operator bool() const { return m_handle != nullptr; }

private:
    SC_HANDLE m_handle;
};

Outcome openService(DWORD access, SC_HANDLE *service)
{
    ScHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return failure(L"cannot open the Service Control Manager", GetLastError());
    *service = OpenServiceW(manager.get(), kServiceName, access);
    if (!*service)
        return failure(L"cannot open the service qddns-agent", GetLastError());
    return {};
}

bool waitFor(SC_HANDLE service, DWORD state, DWORD timeoutMs)
{
    const ULONGLONG deadline = GetTickCount64() + timeoutMs;
    for (;;) {
        SERVICE_STATUS_PROCESS status{};
        DWORD needed = 0;
        if (!QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE *>(&status), sizeof status, &needed))
            return false;
        if (status.dwCurrentState == state)
            return true;
        if (GetTickCount64() >= deadline)
            return false;
        Sleep(200); // the SCM has no notification a console program could wait on more simply
    }
}

// The service main is called by the SCM's dispatcher without a context of ours: what it needs
// is kept here, for the one service this process runs.
struct ServiceState
{
    Callbacks callbacks;
    SERVICE_STATUS_HANDLE handle = nullptr;
    SERVICE_STATUS status{};
};
ServiceState *g_state = nullptr;

void report(ServiceState &state, DWORD current, DWORD waitHintMs = 0)
{
    state.status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    state.status.dwCurrentState = current;
    state.status.dwControlsAccepted =
        current == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN | SERVICE_ACCEPT_POWEREVENT : 0;
    state.status.dwWaitHint = waitHintMs;
    if (current == SERVICE_RUNNING || current == SERVICE_STOPPED)
        state.status.dwCheckPoint = 0;
    else
        ++state.status.dwCheckPoint;
    SetServiceStatus(state.handle, &state.status);
}

DWORD WINAPI handler(DWORD control, DWORD eventType, LPVOID eventData, LPVOID context)
{
    (void)eventData;
    auto *state = static_cast<ServiceState *>(context);
    switch (control) {
    case SERVICE_CONTROL_STOP:
    case SERVICE_CONTROL_SHUTDOWN:
        // The agent answers open requests and saves its state; the hint covers a slow disk.
        report(*state, SERVICE_STOP_PENDING, 15000);
        state->callbacks.stop(state->callbacks.context);
        return NO_ERROR;
    case SERVICE_CONTROL_POWEREVENT:
        // After a sleep the network (and perhaps the public address) is new: check now.
        if (eventType == PBT_APMRESUMEAUTOMATIC && state->callbacks.powerResumed)
            state->callbacks.powerResumed(state->callbacks.context);
        return NO_ERROR;
    case SERVICE_CONTROL_INTERROGATE:
        return NO_ERROR;
    default:
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

void WINAPI serviceMain(DWORD argc, LPWSTR *argv)
{
    (void)argc;
    (void)argv;
    ServiceState &state = *g_state;
    state.handle = RegisterServiceCtrlHandlerExW(kServiceName, handler, &state);
    if (!state.handle)
        return;
    report(state, SERVICE_START_PENDING, 10000);
    report(state, SERVICE_RUNNING);
    const int code = state.callbacks.run(state.callbacks.context);
    state.status.dwWin32ExitCode = code == 0 ? NO_ERROR : ERROR_SERVICE_SPECIFIC_ERROR;
    state.status.dwServiceSpecificExitCode = DWORD(code);
    report(state, SERVICE_STOPPED);
}

} // namespace

Outcome install(const std::wstring &commandLine)
{
    ScHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT | SC_MANAGER_CREATE_SERVICE));
    if (!manager)
        return failure(L"cannot open the Service Control Manager", GetLastError());
    // LocalService: no administrator rights, the network as an anonymous user.
    ScHandle service(CreateServiceW(manager.get(), kServiceName, L"qddns agent", SERVICE_CHANGE_CONFIG | SERVICE_QUERY_STATUS,
                                    SERVICE_WIN32_OWN_PROCESS, SERVICE_AUTO_START, SERVICE_ERROR_NORMAL, commandLine.c_str(),
                                    nullptr, nullptr, nullptr, L"NT AUTHORITY\\LocalService", nullptr));
    if (!service)
        return failure(L"cannot create the service qddns-agent", GetLastError());

    std::wstring text = L"Keeps DNS names pointing at this network's public address.";
    SERVICE_DESCRIPTIONW description{text.data()};
    SERVICE_DELAYED_AUTO_START_INFO delayed{TRUE}; // after the network is more likely up
    // Its own SID (NT SERVICE\qddns-agent), which the socket's DACL names.
    SERVICE_SID_INFO sid{SERVICE_SID_TYPE_UNRESTRICTED};
    // Only the privilege every process needs; the agent needs nothing more.
    wchar_t privileges[] = L"SeChangeNotifyPrivilege\0";
    SERVICE_REQUIRED_PRIVILEGES_INFOW required{privileges};
    // Restart after a crash, as the systemd unit's Restart=on-failure with RestartSec=30s.
    SC_ACTION actions[3] = {{SC_ACTION_RESTART, 30000}, {SC_ACTION_RESTART, 30000}, {SC_ACTION_RESTART, 300000}};
    SERVICE_FAILURE_ACTIONSW failures{86400, nullptr, nullptr, 3, actions};
    const struct
    {
        DWORD level;
        void *info;
        const wchar_t *what;
    } settings[] = {
        {SERVICE_CONFIG_DESCRIPTION, &description, L"description"},
        {SERVICE_CONFIG_DELAYED_AUTO_START_INFO, &delayed, L"delayed start"},
        {SERVICE_CONFIG_SERVICE_SID_INFO, &sid, L"service SID"},
        {SERVICE_CONFIG_REQUIRED_PRIVILEGES_INFO, &required, L"privileges"},
        {SERVICE_CONFIG_FAILURE_ACTIONS, &failures, L"restart on failure"},
    };
    for (const auto &setting : settings) {
        if (!ChangeServiceConfig2W(service.get(), setting.level, setting.info)) {
            const DWORD error = GetLastError();
            uninstall();
            return failure(std::wstring(L"cannot set the service's ") + setting.what, error);
        }
    }
    return {};
}

Outcome uninstall()
{
    SC_HANDLE raw = nullptr;
    if (Outcome opened = openService(DELETE | SERVICE_STOP | SERVICE_QUERY_STATUS, &raw); !opened.ok)
        return opened;
    ScHandle service(raw);
    SERVICE_STATUS status{};
    if (ControlService(service.get(), SERVICE_CONTROL_STOP, &status))
        waitFor(service.get(), SERVICE_STOPPED, 30000);
    if (!DeleteService(service.get()))
        return failure(L"cannot remove the service qddns-agent", GetLastError());
    return {};
}

Outcome start()
{
    SC_HANDLE raw = nullptr;
    if (Outcome opened = openService(SERVICE_START | SERVICE_QUERY_STATUS, &raw); !opened.ok)
        return opened;
    ScHandle service(raw);
    if (!StartServiceW(service.get(), 0, nullptr)) {
        const DWORD error = GetLastError();
        if (error == ERROR_SERVICE_ALREADY_RUNNING)
            return {};
        return failure(L"cannot start the service qddns-agent", error);
    }
    if (!waitFor(service.get(), SERVICE_RUNNING, 30000))
        return {false, L"the service qddns-agent did not report running within 30 s; see the Event Viewer (Windows Logs, System)"};
    return {};
}

Outcome stop(unsigned long timeoutMs)
{
    SC_HANDLE raw = nullptr;
    if (Outcome opened = openService(SERVICE_STOP | SERVICE_QUERY_STATUS, &raw); !opened.ok)
        return opened;
    ScHandle service(raw);
    SERVICE_STATUS status{};
    if (!ControlService(service.get(), SERVICE_CONTROL_STOP, &status)) {
        const DWORD error = GetLastError();
        if (error == ERROR_SERVICE_NOT_ACTIVE)
            return {};
        return failure(L"cannot stop the service qddns-agent", error);
    }
    if (!waitFor(service.get(), SERVICE_STOPPED, timeoutMs))
        return {false, L"the service qddns-agent did not stop in time"};
    return {};
}

Outcome runDispatcher(const Callbacks &callbacks)
{
    if (!callbacks.run || !callbacks.stop)
        return {false, L"the service needs run and stop callbacks"};
    ServiceState state;
    state.callbacks = callbacks;
    g_state = &state;
    wchar_t name[] = L"qddns-agent";
    const SERVICE_TABLE_ENTRYW table[] = {{name, serviceMain}, {nullptr, nullptr}};
    const BOOL dispatched = StartServiceCtrlDispatcherW(table);
    const DWORD error = GetLastError();
    g_state = nullptr;
    if (!dispatched) {
        if (error == ERROR_FAILED_SERVICE_CONTROLLER_CONNECT)
            return {false, L"not started by the Service Control Manager: use `qddns-agent service start`, or `qddns-agent run` "
                           L"in a console"};
        return failure(L"cannot run as a service", error);
    }
    return {};
}

} // namespace Qddns::WinService
