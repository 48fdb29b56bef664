// libqddns-keychain.so: QtKeychain for the agent, loaded by keychainloader.cpp on first use.
#include "secrets/keychain.h"

extern "C" Q_DECL_EXPORT Qddns::Keychain *qddns_keychain_create()
{
    return Qddns::createQtKeychain().release();
}
