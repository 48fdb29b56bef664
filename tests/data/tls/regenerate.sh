#!/bin/sh
# Regenerates the TLS material used by tests/fakes/fakehttpserver.cpp.
#
#   ca.pem                     test CA, trusted by the tests (agent's tls.caFile)
#   server.pem, server.key     server certificate signed by ca.pem
#   untrusted-ca.pem           a second CA that no test trusts
#   untrusted-server.pem/.key  server certificate signed by untrusted-ca.pem,
#                              to prove that certificate verification is on
#
# Both server certificates carry the same names (IP:127.0.0.1, IP:::1,
# DNS:localhost), so the issuer is the only reason the untrusted one fails.
# Fixed validity 2020-01-01 .. 2126-01-01: a machine with a wrong clock or
# a test run in 2100 still accepts them. "openssl ca" is used because it is
# the only subcommand of OpenSSL 3.0 that can set notBefore.
# The CA keys are thrown away: rerun this script to change anything.
# Keys are EC P-256.
set -eu

cd "$(dirname "$0")"
START=20200101000000Z
END=21260101000000Z
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/openssl.cnf" <<EOF_CNF
[ca]
default_ca = test_ca

[test_ca]
database = $work/index.txt
serial = $work/serial
new_certs_dir = $work
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none

[policy_any]
organizationName = supplied
commonName = supplied

[v3_ca]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash

[v3_server]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,IP:::1,DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF_CNF

newkey() {
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"
}

# sign <csr> <out> <extensions section> [openssl ca options...]
sign() {
    csr=$1 out=$2 ext=$3
    shift 3
    : > "$work/index.txt"
    openssl ca -batch -notext -config "$work/openssl.cnf" -rand_serial \
        -startdate "$START" -enddate "$END" -extensions "$ext" \
        -in "$csr" -out "$out" "$@"
}

# make_ca <name> <common name>
make_ca() {
    newkey "$work/$1.key"
    openssl req -new -key "$work/$1.key" -subj "/O=qddns tests/CN=$2" -out "$work/$1.csr"
    sign "$work/$1.csr" "$1.pem" v3_ca -selfsign -keyfile "$work/$1.key"
}

# make_server <ca name> <output base name>
make_server() {
    newkey "$2.key"
    chmod 0644 "$2.key"   # test material only; must stay readable after checkout
    openssl req -new -key "$2.key" -subj "/O=qddns tests/CN=localhost" -out "$work/$2.csr"
    sign "$work/$2.csr" "$2.pem" v3_server -cert "$1.pem" -keyfile "$work/$1.key"
}

make_ca ca "qddns test CA"
make_server ca server
make_ca untrusted-ca "qddns untrusted test CA"
make_server untrusted-ca untrusted-server

openssl verify -CAfile ca.pem server.pem
openssl verify -CAfile untrusted-ca.pem untrusted-server.pem
