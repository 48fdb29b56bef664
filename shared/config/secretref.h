#pragma once

#include <QString>

namespace Qddns {

/// \brief Where a secret (of a profile or a hook) comes from. Never the secret itself.
struct SecretRef
{
    enum class Source { Keychain, File, Env, SystemdCredential };
    Source source = Source::Keychain;
    QString path; ///< File
    QString name; ///< Env: variable; SystemdCredential: credential name

    QString describe() const; ///< e.g. "keychain (service qddns)", "file /etc/qddns/home.secret"
};
QString secretSourceName(SecretRef::Source source);

} // namespace Qddns
