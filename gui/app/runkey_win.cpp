#include "app/runkey_win.h"

#include <windows.h>

#include <vector>

namespace Qddns::RunKey {

namespace {

constexpr const wchar_t *kRunKey = L"Software\\Microsoft\\Windows\\CurrentVersion\\Run";

std::wstring errorText(const wchar_t *what, LSTATUS status)
{
    wchar_t *text = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
                   DWORD(status), 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
    std::wstring message = std::wstring(what) + L": " + (text ? std::wstring(text) : L"error " + std::to_wstring(status));
    if (text)
        LocalFree(text);
    while (!message.empty() && (message.back() == L'\n' || message.back() == L'\r'))
        message.pop_back();
    return message;
}

} // namespace

bool isEnabled(const std::wstring &commandLine)
{
    DWORD size = 0;
    if (RegGetValueW(HKEY_CURRENT_USER, kRunKey, kValueName, RRF_RT_REG_SZ, nullptr, nullptr, &size) != ERROR_SUCCESS)
        return false;
    std::vector<wchar_t> value(size / sizeof(wchar_t) + 1);
    size = DWORD(value.size() * sizeof(wchar_t));
    if (RegGetValueW(HKEY_CURRENT_USER, kRunKey, kValueName, RRF_RT_REG_SZ, nullptr, value.data(), &size) != ERROR_SUCCESS)
        return false;
    return CompareStringOrdinal(value.data(), -1, commandLine.c_str(), -1, TRUE) == CSTR_EQUAL; // paths: case-insensitive
}

std::wstring setEnabled(bool enabled, const std::wstring &commandLine)
{
    HKEY key = nullptr;
    LSTATUS status = RegCreateKeyExW(HKEY_CURRENT_USER, kRunKey, 0, nullptr, 0, KEY_SET_VALUE, nullptr, &key, nullptr);
    if (status != ERROR_SUCCESS)
        return errorText(L"cannot open HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run", status);
    if (enabled) {
        status = RegSetValueExW(key, kValueName, 0, REG_SZ, reinterpret_cast<const BYTE *>(commandLine.c_str()),
                                DWORD((commandLine.size() + 1) * sizeof(wchar_t)));
    } else {
        status = RegDeleteValueW(key, kValueName);
        if (status == ERROR_FILE_NOT_FOUND)
            status = ERROR_SUCCESS; // already off
    }
    RegCloseKey(key);
    if (status != ERROR_SUCCESS)
        return errorText(enabled ? L"cannot add qddns to the programs started at login" : L"cannot remove qddns from the programs started at login",
                         status);
    return {};
}

} // namespace Qddns::RunKey
