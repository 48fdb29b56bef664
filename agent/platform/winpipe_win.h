#pragma once

// The agent's local socket on Windows is a named pipe. In plain Win32 (no Qt), so CI compiles
// it with mingw-w64 (scripts/check-mingw): who may open the pipe (its DACL) and who the client
// at the other end is.

#include <memory>
#include <string>

namespace Qddns::WinPipe {

/// \brief A security descriptor for CreateNamedPipeW, owned here (LocalFree on destruction).
class Security
{
public:
    ~Security();
    Security(const Security &) = delete;
    Security &operator=(const Security &) = delete;
    /// \brief For CreateNamedPipeW's lpSecurityAttributes (a SECURITY_ATTRIBUTES *).
    void *attributes() { return m_attributes; }
    /// \brief The descriptor as SDDL, for the log.
    const std::wstring &sddl() const { return m_sddl; }

private:
    friend std::unique_ptr<Security> makeSecurity(const std::wstring &, std::wstring *);
    Security() = default;
    void *m_descriptor = nullptr;
    void *m_attributes = nullptr;
    std::wstring m_sddl;
};

/// \brief The pipe's DACL: full access for this process's user (for a service: its own service
/// SID's user) and LocalSystem, none for anyone else; with \a group (an account name such as
/// "qddns", or a SID string "S-1-5-...") read and write for that group's members too. The
/// pipe's owner may not be changed by a client. nullptr and \a error when the group is unknown.
std::unique_ptr<Security> makeSecurity(const std::wstring &group, std::wstring *error);

/// \brief What the client of a connected pipe may do (as LocalSocketPlatform::PeerAccess).
enum class ClientAccess { Refused, Member, Owner };
/// \brief Impersonates the client of \a pipe (a HANDLE) to read its token: the same user as
/// this process, or LocalSystem, or an administrator with an elevated token, is Owner; a token
/// with \a groupSid (a SID string; empty: none) enabled is Member; anyone else Refused.
ClientAccess checkClient(void *pipe, const std::wstring &groupSid, std::wstring *who);

/// \brief The SID string of an account or group name ("qddns", "BUILTIN\\Users"); empty and
/// \a error when it does not exist.
std::wstring sidOf(const std::wstring &account, std::wstring *error);

} // namespace Qddns::WinPipe
