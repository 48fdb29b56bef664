#pragma once

// A throw-away certificate authority made by a test with the openssl command: its CA, a valid
// server certificate and an expired one (both for 127.0.0.1, ::1 and localhost, both signed by
// the CA), so that expiry is the only reason the expired one fails.

#include "fakes/process.h"

#include <QStandardPaths>
#include <QString>

namespace Qddns::Test {

/// \brief Makes ca.pem, valid.pem/valid.key and expired.pem/expired.key (EC P-256) in \a dir;
/// an empty string when it worked, else what went wrong.
inline QString makeTestCa(const QString &dir)
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return QStringLiteral("openssl is not installed");
    // "openssl ca" is the one subcommand of OpenSSL 3.0 that sets notBefore/notAfter in the past.
    static const char script[] = R"(set -eu
cd "$1"
printf '%s\n' '[ca]' 'default_ca = test_ca' '[test_ca]' 'database = index.txt' 'serial = serial' 'new_certs_dir = .' \
  'default_md = sha256' 'policy = any' 'unique_subject = no' '[any]' 'commonName = supplied' \
  '[v3_ca]' 'basicConstraints = critical,CA:TRUE,pathlen:0' 'keyUsage = critical,keyCertSign,cRLSign' \
  'subjectKeyIdentifier = hash' '[v3_server]' 'basicConstraints = critical,CA:FALSE' \
  'keyUsage = critical,digitalSignature' 'extendedKeyUsage = serverAuth' \
  'subjectAltName = IP:127.0.0.1,IP:::1,DNS:localhost' 'subjectKeyIdentifier = hash' \
  'authorityKeyIdentifier = keyid' > ca.cnf
sign() { : > index.txt; openssl ca -batch -notext -config ca.cnf -rand_serial "$@" 2>>openssl.log; }
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>>openssl.log; }
key ca.key
openssl req -new -key ca.key -subj "/CN=qddns fault test CA" -out ca.csr
sign -selfsign -keyfile ca.key -startdate 20200101000000Z -enddate 21260101000000Z -extensions v3_ca -in ca.csr -out ca.pem
for name in valid expired; do
  key $name.key
  openssl req -new -key $name.key -subj "/CN=localhost" -out $name.csr
done
sign -cert ca.pem -keyfile ca.key -startdate 20200101000000Z -enddate 21260101000000Z -extensions v3_server -in valid.csr -out valid.pem
sign -cert ca.pem -keyfile ca.key -startdate 20200101000000Z -enddate 20210101000000Z -extensions v3_server -in expired.csr -out expired.pem
openssl verify -CAfile ca.pem valid.pem
)";
    const ProcessRun run = runProgram(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromLatin1(script),
                                                            QStringLiteral("testca"), dir});
    if (run.exitCode != 0)
        return QStringLiteral("making the test CA failed: ") + QString::fromLocal8Bit(run.err);
    return {};
}

} // namespace Qddns::Test
