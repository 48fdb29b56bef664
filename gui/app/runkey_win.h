#pragma once

// "Start at login" on Windows: a value "qddns" under
// HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run, the per-user start-up list
// that Task Manager's "Startup" tab shows. Plain Win32 (no Qt), so CI compiles it with mingw-w64
// (scripts/check-mingw).

#include <string>

namespace Qddns::RunKey {

/// \brief The value's name under the Run key.
inline constexpr const wchar_t *kValueName = L"qddns";

/// \brief Whether the value exists and names \a commandLine (another program's path, an old
/// install's, counts as not enabled: the tray offers to fix it).
bool isEnabled(const std::wstring &commandLine);
/// \brief Writes (\a enabled) or removes the value; an error text when it cannot, else empty.
std::wstring setEnabled(bool enabled, const std::wstring &commandLine);

} // namespace Qddns::RunKey
