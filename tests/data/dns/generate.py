#!/usr/bin/python3
# Writes the known-answer DNS messages in this folder with dnspython (Debian's python3-dnspython,
# 2.3), an implementation independent of qddns. Run once by hand; the tests read the .bin files
# and never need dnspython. See README.md.
import base64
import os
import struct
import time

import dns.flags
import dns.message
import dns.name
import dns.opcode
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset
import dns.tsig
import dns.update

HERE = os.path.dirname(os.path.abspath(__file__))
SIGNED_AT = 1700000000
KEY_NAME = "ddns-key."
# 32 fixed bytes, base64 as tsig-keygen prints a secret.
SECRET = base64.b64encode(bytes(range(1, 33))).decode()
ALGORITHMS = {
    "hmac-sha256": dns.tsig.HMAC_SHA256,
    "hmac-sha512": dns.tsig.HMAC_SHA512,
    "hmac-sha384": dns.tsig.HMAC_SHA384,
    "hmac-sha224": dns.tsig.HMAC_SHA224,
    "hmac-sha1": dns.tsig.HMAC_SHA1,
}


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def at(seconds, fn):
    """Runs fn with time.time() answering `seconds` (dnspython signs with the current time)."""
    real = time.time
    time.time = lambda: float(seconds)
    try:
        return fn()
    finally:
        time.time = real


# A query as a stub sends it to an authoritative server: no RD, EDNS0 with 1232 bytes.
q = dns.message.make_query("home.example.test", "A", use_edns=0, payload=1232)
q.id = 0x1234
q.flags &= ~dns.flags.RD
write("query_a_edns.bin", q.to_wire())

# Cloudflare's whoami: TXT in class CH, RD set, no EDNS.
q = dns.message.make_query("whoami.cloudflare", "TXT", rdclass="CH", use_edns=False)
q.id = 0xBEEF
write("query_ch_txt.bin", q.to_wire())

# An authoritative answer with every modelled type, compressed by dnspython.
q = dns.message.make_query("home.example.test", "A", use_edns=0, payload=1232)
q.id = 0x1234
q.flags &= ~dns.flags.RD
r = dns.message.make_response(q, our_payload=1232)
r.flags |= dns.flags.AA
r.answer.append(dns.rrset.from_text("home.example.test.", 60, "IN", "A", "81.2.69.160"))
r.answer.append(dns.rrset.from_text("home.example.test.", 60, "IN", "AAAA", "2a02:8070:d18f:5a00::10"))
r.answer.append(dns.rrset.from_text("www.example.test.", 300, "IN", "CNAME", "home.example.test."))
r.answer.append(dns.rrset.from_text("home.example.test.", 60, "IN", "TXT", '"v=1 qddns" "second"'))
r.answer.append(dns.rrset.from_text("home.example.test.", 60, "IN", "TYPE65280", r"\# 3 010203"))
r.authority.append(dns.rrset.from_text("example.test.", 3600, "IN", "NS", "ns1.example.test."))
r.authority.append(dns.rrset.from_text("example.test.", 60, "IN", "SOA",
                                       "ns1.example.test. hostmaster.example.test. 2024010101 3600 600 86400 60"))
r.additional.append(dns.rrset.from_text("ns1.example.test.", 3600, "IN", "A", "81.2.69.161"))
write("response_all_types.bin", r.to_wire())

# NXDOMAIN with the SOA in the authority section.
q = dns.message.make_query("gone.example.test", "AAAA", use_edns=False)
q.id = 0x0101
r = dns.message.make_response(q)
r.flags |= dns.flags.AA
r.set_rcode(dns.rcode.NXDOMAIN)
r.authority.append(dns.rrset.from_text("example.test.", 60, "IN", "SOA",
                                       "ns1.example.test. hostmaster.example.test. 1 3600 600 86400 60"))
write("response_nxdomain.bin", r.to_wire())

# RFC 2136 UPDATE replacing the A RRset of home.example.test, and one replacing the AAAA RRset.
def update(rdtype, address, ident):
    u = dns.update.UpdateMessage("example.test.", id=ident)
    u.replace("home", 300, rdtype, address)
    return u


write("update_a.bin", update("A", "81.2.69.160", 0x4321).to_wire())
write("update_aaaa.bin", update("AAAA", "2a02:8070:d18f:5a00::10", 0x4322).to_wire())

# The same A update signed with TSIG by each algorithm at SIGNED_AT, fudge 300, and the server's
# signed NOERROR response one second later, whose digest chains the request's MAC.
for text, algorithm in ALGORITHMS.items():
    keyring = {dns.name.from_text(KEY_NAME): dns.tsig.Key(KEY_NAME, SECRET, algorithm)}
    u = update("A", "81.2.69.160", 0x4321)
    u.use_tsig(keyring, KEY_NAME, fudge=300, algorithm=algorithm)
    signed = at(SIGNED_AT, u.to_wire)
    write(f"update_a_{text}.bin", signed)
    received = at(SIGNED_AT, lambda: dns.message.from_wire(signed, keyring=keyring))
    response = dns.message.make_response(received)
    write(f"response_{text}.bin", at(SIGNED_AT + 1, response.to_wire))
    if text == "hmac-sha256":
        # BADTIME: signed, Other Data holds the server's clock (here 1000 s ahead).
        response = dns.message.make_response(received, tsig_error=dns.rcode.BADTIME)
        response.set_rcode(dns.rcode.NOTAUTH)
        response.use_tsig(keyring, KEY_NAME, fudge=300, tsig_error=dns.rcode.BADTIME,
                          other_data=struct.pack("!HI", 0, SIGNED_AT + 1000), algorithm=algorithm)
        response.request_mac = received.mac
        write("response_badtime_hmac-sha256.bin", at(SIGNED_AT, response.to_wire))

with open(os.path.join(HERE, "key.txt"), "w") as f:
    f.write(f"{KEY_NAME} {SECRET}\n")
