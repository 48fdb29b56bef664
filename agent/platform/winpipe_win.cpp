#include "platform/winpipe_win.h"

#include <windows.h>
#include <sddl.h>

#include <vector>

namespace Qddns::WinPipe {

namespace {

std::wstring sidString(PSID sid)
{
    wchar_t *text = nullptr;
    if (!ConvertSidToStringSidW(sid, &text))
        return {};
    std::wstring result(text);
    LocalFree(text);
    return result;
}

// The user of this process's token, as a SID string.
std::wstring currentUserSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    std::wstring sid;
    if (size && GetTokenInformation(token, TokenUser, buffer.data(), size, &size))
        sid = sidString(reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid);
    CloseHandle(token);
    return sid;
}

bool tokenHas(HANDLE token, const std::wstring &sidText)
{
    PSID sid = nullptr;
    if (sidText.empty() || !ConvertStringSidToSidW(sidText.c_str(), &sid))
        return false;
    BOOL member = FALSE;
    const BOOL checked = CheckTokenMembership(token, sid, &member);
    LocalFree(sid);
    return checked && member;
}

} // namespace

Security::~Security()
{
    delete static_cast<SECURITY_ATTRIBUTES *>(m_attributes);
    if (m_descriptor)
        LocalFree(m_descriptor);
}

std::wstring sidOf(const std::wstring &account, std::wstring *error)
{
    if (account.rfind(L"S-1-", 0) == 0) {
        PSID sid = nullptr;
        if (!ConvertStringSidToSidW(account.c_str(), &sid)) {
            *error = L"\"" + account + L"\" is not a valid SID";
            return {};
        }
        LocalFree(sid);
        return account;
    }
    DWORD sidSize = 0;
    DWORD domainSize = 0;
    SID_NAME_USE use{};
    LookupAccountNameW(nullptr, account.c_str(), nullptr, &sidSize, nullptr, &domainSize, &use);
    if (sidSize == 0) {
        *error = L"there is no account or group \"" + account + L"\"";
        return {};
    }
    std::vector<BYTE> sid(sidSize);
    std::vector<wchar_t> domain(domainSize + 1);
    if (!LookupAccountNameW(nullptr, account.c_str(), sid.data(), &sidSize, domain.data(), &domainSize, &use)) {
        *error = L"cannot look up \"" + account + L"\"";
        return {};
    }
    return sidString(sid.data());
}

std::unique_ptr<Security> makeSecurity(const std::wstring &group, std::wstring *error)
{
    const std::wstring owner = currentUserSid();
    if (owner.empty()) {
        *error = L"cannot read this process's user";
        return nullptr;
    }
    // D:P protected (no inherited entries); GA all access; GRGW read and write, which is what
    // opening a pipe for a connection needs. FILE_CREATE_PIPE_INSTANCE is not granted to the
    // group: no member can put up a pipe instance of its own under the agent's name.
    std::wstring sddl = L"O:" + owner + L"D:P(A;;GA;;;SY)(A;;GA;;;" + owner + L")";
    if (!group.empty()) {
        const std::wstring groupSid = sidOf(group, error);
        if (groupSid.empty())
            return nullptr;
        sddl += L"(A;;GRGW;;;" + groupSid + L")";
    }
    std::unique_ptr<Security> security(new Security);
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &descriptor, nullptr)) {
        *error = L"cannot build the pipe's security descriptor " + sddl;
        return nullptr;
    }
    auto *attributes = new SECURITY_ATTRIBUTES{sizeof(SECURITY_ATTRIBUTES), descriptor, FALSE};
    security->m_descriptor = descriptor;
    security->m_attributes = attributes;
    security->m_sddl = sddl;
    return security;
}

ClientAccess checkClient(void *pipe, const std::wstring &groupSid, std::wstring *who)
{
    ULONG pid = 0;
    GetNamedPipeClientProcessId(static_cast<HANDLE>(pipe), &pid);
    if (!ImpersonateNamedPipeClient(static_cast<HANDLE>(pipe))) {
        *who = L"an unknown client (pid " + std::to_wstring(pid) + L")";
        return ClientAccess::Refused;
    }
    HANDLE token = nullptr;
    const BOOL opened = OpenThreadToken(GetCurrentThread(), TOKEN_QUERY, TRUE, &token);
    RevertToSelf(); // before anything else: the agent must not go on as its client
    if (!opened) {
        *who = L"an unknown client (pid " + std::to_wstring(pid) + L")";
        return ClientAccess::Refused;
    }
    std::wstring user;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    if (size && GetTokenInformation(token, TokenUser, buffer.data(), size, &size))
        user = sidString(reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid);
    *who = (user.empty() ? std::wstring(L"an unknown user") : user) + L" (pid " + std::to_wstring(pid) + L")";
    ClientAccess access = ClientAccess::Refused;
    // S-1-5-18 LocalSystem; S-1-5-32-544 Administrators, enabled only in an elevated token.
    if (!user.empty() && (user == currentUserSid() || user == L"S-1-5-18" || tokenHas(token, L"S-1-5-32-544")))
        access = ClientAccess::Owner;
    else if (tokenHas(token, groupSid))
        access = ClientAccess::Member;
    CloseHandle(token);
    return access;
}

} // namespace Qddns::WinPipe
