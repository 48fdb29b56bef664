"""`bench.py footprint`: where qddns-agent's memory goes, under variants (environment, trust,
plain HTTP, other builds of the agent). See README.md."""

import json
import os
import re
import shutil
import statistics
import subprocess
import time
from pathlib import Path

from benchlib import CA_FILE, Fake, Qddns, first_update, hosts, log, mb, smaps_rollup, start, status_field, stop

def smaps_groups(pid):
    """Rss/Pss/private/shared per mapping group: each library file, [heap], anonymous, stacks."""
    groups = {}
    current = None
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            parts = line.split()
            if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                name = parts[5] if len(parts) > 5 else "[anon]"
                current = groups.setdefault(Path(name).name if name.startswith("/") else name,
                                            {"Rss": 0, "Pss": 0, "Private": 0, "Shared": 0, "maps": 0})
                current["maps"] += 1
            elif current is not None and len(parts) == 3 and parts[2] == "kB":
                key = parts[0].rstrip(":")
                if key in ("Rss", "Pss"):
                    current[key] += int(parts[1])
                elif key in ("Private_Clean", "Private_Dirty"):
                    current["Private"] += int(parts[1])
                elif key in ("Shared_Clean", "Shared_Dirty"):
                    current["Shared"] += int(parts[1])
    return groups


def footprint_variants(args, workdir):
    """(label, settings): env adds to the agent's environment; http serves plain HTTP; system_ca
    trusts the test CA as the system's store (SSL_CERT_FILE) instead of tls.caFile, as a user
    of public providers runs it; agent is another build of qddns-agent."""
    variants = [
        ("as in the table: tls.caFile", {}),
        ("trust through the system store (no tls.caFile)", {"system_ca": True}),
        ("plain HTTP echo and provider, no tls.caFile (no TLS at all)", {"http": True, "system_ca": True}),
        ("MALLOC_ARENA_MAX=1", {"env": {"MALLOC_ARENA_MAX": "1"}}),
        ("MALLOC_TRIM_THRESHOLD_=0", {"env": {"MALLOC_TRIM_THRESHOLD_": "0"}}),
        ("MALLOC_ARENA_MAX=1 MALLOC_TRIM_THRESHOLD_=0", {"env": {"MALLOC_ARENA_MAX": "1", "MALLOC_TRIM_THRESHOLD_": "0"}}),
        ("QT_NO_GLIB=1 (Qt's own event loop)", {"env": {"QT_NO_GLIB": "1"}}),
        ("tls.caFile read, but no profile, no detector: never sends", {"never_sends": True}),
        ("no tls.caFile, no profile, no detector: never sends (the floor)", {"never_sends": True, "no_tls": True}),
    ]
    for extra in args.variant or []:
        # LABEL:VAR=VALUE,VAR=VALUE  or  LABEL:agent=PATH[,VAR=VALUE...] (split at the last colon)
        label, _, spec = extra.rpartition(":")  # the label may hold colons, the spec does not
        settings = {"env": {}}
        for kv in filter(None, spec.split(",")):
            key, _, value = kv.partition("=")
            if key == "agent":
                settings["agent"] = value
            else:
                settings["env"][key] = value
        variants.append((label, settings))
    return variants


def system_store_wrapper(workdir):
    """A command prefix that runs a program in a mount namespace of its own where
    /etc/ssl/certs holds only the test CA (as <subject hash>.0, the way Qt and OpenSSL look
    certificates up): trust without tls.caFile, as for a user of public providers."""
    if os.geteuid() != 0 or not all(shutil.which(t) for t in ("unshare", "mount", "openssl")):
        return None
    store = Path(workdir) / "system-ca"
    if not store.exists():
        digest = subprocess.run(["openssl", "x509", "-subject_hash", "-noout", "-in", str(CA_FILE)],
                                capture_output=True, text=True, check=True).stdout.strip()
        store.mkdir()
        shutil.copy(CA_FILE, store / f"{digest}.0")
    return ["unshare", "-m", "--propagation", "private", "sh", "-c",
            'mount --bind "$0" /etc/ssl/certs && exec "$@"', str(store)]


def footprint(args, workdir):
    """Runs the agent (30 s interval, one host) under each variant; prints its memory after the
    first HTTPS cycle and after a second one (`qddns-agent update --force`), and the mappings
    of the first variant. Medians of --repeat runs."""
    variants = footprint_variants(args, workdir)
    rows = []
    details = []
    for index, (label, settings) in enumerate(variants):
        log(f"footprint: {label}")
        samples = []
        for run in range(args.repeat):
            tag = f"fp{index}-{run}"
            fake = Fake(args.fakeprovider, workdir, tag, http=settings.get("http", False))
            client = Qddns(args, workdir, tag)
            client.env.update(settings.get("env", {}))
            config = client.config(fake, hosts(1), 30)
            data = json.loads(config.read_text())
            if settings.get("never_sends"):
                data["detectors"]["ipv4"] = []
                data["profiles"] = []
            if settings.get("no_tls"):
                del data["tls"]
            if settings.get("http"):
                data["detectors"]["ipv4"][0]["allowInsecureHttp"] = True
                data["profiles"][0]["allowInsecureHttp"] = True
            wrapper = []
            if settings.get("system_ca"):
                del data["tls"]
                wrapper = system_store_wrapper(workdir)
                if not wrapper:
                    log("  skipped: needs root, unshare, mount and openssl")
                    fake.stop()
                    break
            config.write_text(json.dumps(data))
            socket = client.dir / "agent.socket"
            agent = settings.get("agent", str(args.agent))
            proc = start([*wrapper, agent, "run", "--config", str(config), "--state-dir", str(client.dir / "state"),
                          "--socket", str(socket)], client.dir / "log", env=client.env)
            if settings.get("never_sends"):
                time.sleep(2)  # started and idle
            elif not first_update(fake, 60):
                raise RuntimeError(f"footprint {label}: no update; see {client.dir}/log")
            time.sleep(3)
            one = smaps_rollup(proc.pid)
            one["threads"] = status_field(proc.pid, "Threads")
            one["hwm_kib"] = status_field(proc.pid, "VmHWM")
            if run == 0:
                details.append((label, smaps_groups(proc.pid)))
            subprocess.run([agent, "update", "--force", "--socket", str(socket)],
                           capture_output=True, timeout=60, env=client.env)
            time.sleep(3)
            two = smaps_rollup(proc.pid)
            two["threads"] = status_field(proc.pid, "Threads")
            samples.append((one, two))
            stop(proc)
            fake.stop()
        if samples:
            rows.append((label, samples))
    print("| variant | RSS after cycle 1 (MB) | PSS | USS | private dirty | anonymous | peak RSS | threads | "
          "RSS after cycle 2 | private dirty | threads |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for label, samples in rows:
        def med(key, which=0):
            return statistics.median(s[which][key] for s in samples)
        print(f"| {label} | {mb(med('rss_kib'))} | {mb(med('pss_kib'))} | {mb(med('uss_kib'))} | "
              f"{mb(med('dirty_kib'))} | {mb(med('anon_kib'))} | {mb(med('hwm_kib'))} | {med('threads'):g} | "
              f"{mb(med('rss_kib', 1))} | {mb(med('dirty_kib', 1))} | {med('threads', 1):g} |")
    shown = details[:3]
    print("\nby part, after the first cycle: RSS / private KiB (first run of the first three variants)\n")
    print("| part | " + " | ".join(label for label, _ in shown) + " |")
    print("|---|" + "---|" * len(shown))
    parts = [categorize(groups) for _, groups in shown]
    for part in CATEGORIES + ["other"]:
        print(f"| {part} | " + " | ".join(f"{c[part]['Rss']} / {c[part]['Private']}" for c in parts) + " |")
    print("| total | " + " | ".join(f"{sum(v['Rss'] for v in c.values())} / {sum(v['Private'] for v in c.values())}"
                                   for c in parts) + " |")
    label, groups = details[0]
    print(f"\n{label}, after the first cycle, by mapping (KiB; the 30 largest by RSS):\n")
    print("| mapping | RSS | PSS | private | shared | maps |")
    print("|---|---|---|---|---|---|")
    for name, g in sorted(groups.items(), key=lambda kv: -kv[1]["Rss"])[:30]:
        print(f"| {name} | {g['Rss']} | {g['Pss']} | {g['Private']} | {g['Shared']} | {g['maps']} |")


# Mapping name patterns -> the part of the agent they belong to (first match wins).
CATEGORY_PATTERNS = [
    ("qddns-agent binary (static qddns_shared)", r"^qddns-agent$"),
    ("heap ([heap], malloc arenas' anonymous maps)", r"^\[heap\]$|^\[anon\]$"),
    ("stacks", r"^\[stack"),
    ("TLS: libcrypto, libssl, Qt's OpenSSL plugin", r"^libcrypto|^libssl|^libqopensslbackend"),
    ("Qt Core + Network (and libzstd, which QtCore links)", r"^libQt6Core|^libQt6Network|^libzstd"),
    ("ICU (QtCore dependency)", r"^libicu"),
    ("keychain chain: the keychain module, QtKeychain, QtDBus, libdbus, libsystemd, libgcrypt...",
     r"^libqddns-keychain|^libqt6keychain|^libQt6DBus|^libdbus|^libsystemd|^libgcrypt|^libgpg-error|^liblzma|^liblz4|^libcap"),
    ("glib, pcre2 (Qt's event loop)", r"^libglib|^libpcre2"),
    ("Kerberos/GSSAPI, libproxy (QtNetwork dependencies)", r"^libkrb5|^libgssapi|^libk5crypto|^libcom_err|^libkeyutils|^libproxy|^libresolv"),
    ("C/C++ runtime: libc, libstdc++, libm, libgcc_s, ld.so", r"^libc\.so|^libstdc|^libm\.so|^libgcc_s|^ld-linux"),
    ("locale, gconv, vdso and other small files", r"^LC_|^locale|^gconv|^\[vdso|^\[vvar|^\[vsyscall"),
]
CATEGORIES = [name for name, _ in CATEGORY_PATTERNS]


def categorize(groups):
    result = {name: {"Rss": 0, "Private": 0} for name in CATEGORIES + ["other"]}
    for mapping, g in groups.items():
        part = next((name for name, pattern in CATEGORY_PATTERNS if re.search(pattern, mapping)), "other")
        result[part]["Rss"] += g["Rss"]
        result[part]["Private"] += g["Private"]
    return result


