#!/usr/bin/env python3
"""Side-by-side benchmark of qddns-agent, ddclient and inadyn (issue 16).

Runs the three clients for real against the same loopback fake (build/tests/qddns-fakeprovider:
an HTTPS IP echo service and a DynDNS2 server, certificate signed by tests/data/tls/ca.pem, which
each client is told to trust) and prints one markdown table. See tests/bench/README.md.

    tests/bench/bench.py                 quick run (about 10 minutes)
    tests/bench/bench.py --full          the 10-minute observations (about 35 minutes)
    tests/bench/bench.py footprint       where qddns-agent's memory goes (see README)

Python 3 standard library only. Needs root only to install the peers and for the interface
event (a private network namespace); everything else runs as any user.
"""

import argparse
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CA_FILE = ROOT / "tests/data/tls/ca.pem"
ADDRESS = "81.2.69.160"          # what the echo service answers unless a change or a mode says otherwise
WRONG = "81.2.69.201"            # the address the garbage and HTTP-500 echo answers mention
PRIVATE = "192.168.1.10"
USERNAME, SECRET = "alice", "bench-secret"
MODES = ["badauth", "911", "garbage", "private", "http500"]
MODE_TITLES = {
    "badauth": "provider answers `badauth`",
    "911": "provider answers `911`",
    "garbage": "echo answers HTML mentioning another address",
    "private": f"echo answers a private address ({PRIVATE})",
    "http500": f"echo answers HTTP 500 with another address",
}


def log(*args):
    print(*args, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Processes: every process the benchmark starts is remembered and ended by its own id.

_started = []


def start(argv, logfile, env=None, cwd=None):
    out = open(logfile, "ab")
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                            env=env, cwd=cwd, start_new_session=True)
    out.close()
    _started.append(proc)
    return proc


def stop(proc, timeout=6.0):
    if proc.returncode is not None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)  # its own session: the client and anything it forked
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def stop_all():
    for proc in _started:
        try:
            stop(proc)
        except Exception:  # noqa: BLE001 - cleaning up, keep going
            pass


def run_once_measured(argv, logfile, env=None, timeout=300):
    """Runs a one-shot client; returns (exit code, wall s, CPU ms, peak RSS KiB).

    CPU comes from wait4(). The peak is VmHWM read every 2 ms while it runs: wait4's ru_maxrss
    cannot be used, as a child forked from this Python process inherits its high-water mark."""
    out = open(logfile, "ab")
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                            env=env, start_new_session=True)
    out.close()
    _started.append(proc)
    peak = 0
    deadline = t0 + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        try:  # Popen returns after the exec: this is the client's own memory
            peak = max(peak, status_field(proc.pid, "VmHWM"))
        except (FileNotFoundError, ProcessLookupError):
            pass
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.002)
    wall = time.monotonic() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, wall, (usage.ru_utime + usage.ru_stime) * 1000.0, peak


# ---------------------------------------------------------------------------------------------
# /proc readings

def smaps_rollup(pid):
    values = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and parts[2] == "kB":
                values[parts[0].rstrip(":")] = int(parts[1])
    return {
        "rss_kib": values.get("Rss", 0),
        "pss_kib": values.get("Pss", 0),
        "uss_kib": values.get("Private_Clean", 0) + values.get("Private_Dirty", 0),
        # File pages count as private while no other process maps them: USS moves with what else
        # runs. Dirty pages (heap, stacks, relocated data) are the process's own whatever runs.
        "dirty_kib": values.get("Private_Dirty", 0),
        "anon_kib": values.get("Anonymous", 0),
    }


def status_field(pid, name):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(name + ":"):
                return int(line.split()[1])
    return 0


def stat_cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))  # utime stime cutime cstime
    return ticks * 1000.0 / os.sysconf("SC_CLK_TCK")


def task_counters(pid):
    """{tid: (cpu ns from schedstat, voluntary + involuntary context switches)}"""
    result = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return result
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                cpu_ns = int(f.read().split()[0])
            switches = 0
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        switches += int(line.split()[1])
            result[tid] = (cpu_ns, switches)
        except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
            continue
    return result


class IdleSampler:
    """CPU time and context switches of all a process's threads over a window. Threads are
    sampled twice a second so one that ends inside the window still counts (up to its last
    sample); /proc/PID/stat's tick counts (10 ms) are kept as a cross-check."""

    def __init__(self, pid):
        self.pid = pid
        self.first = {}
        self.last = {}
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self):
        for tid, value in task_counters(self.pid).items():
            self.first.setdefault(tid, (0, 0) if self.started else value)
            self.last[tid] = value

    def _run(self):
        while not self.stop_event.wait(0.5):
            self._sample()

    def begin(self):
        self.started = False
        self.t0 = time.monotonic()
        self.stat0 = stat_cpu_ms(self.pid)
        self._sample()
        self.started = True
        self.thread.start()

    def end(self):
        self.stop_event.set()
        self.thread.join()
        self._sample()
        seconds = time.monotonic() - self.t0
        cpu_ns = sum(self.last[t][0] - self.first[t][0] for t in self.last)
        switches = sum(self.last[t][1] - self.first[t][1] for t in self.last)
        return {
            "seconds": seconds,
            "cpu_ms": cpu_ns / 1e6,
            "cpu_ms_stat": stat_cpu_ms(self.pid) - self.stat0,
            "switches": switches,
            "threads_seen": len(self.last),
        }


# ---------------------------------------------------------------------------------------------
# The fake provider

class Fake:
    def __init__(self, binary, workdir, name, http=False):
        self.dir = Path(workdir) / f"fake-{name}"
        self.dir.mkdir(parents=True)
        self.set_ip(ADDRESS)
        self.proc = start([str(binary), *(["--http"] if http else []), str(self.dir)], self.dir / "stderr")
        deadline = time.monotonic() + 10
        while not (self.dir / "url").exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"qddns-fakeprovider did not start: {(self.dir / 'stderr').read_text()}")
            time.sleep(0.02)
        self.url = (self.dir / "url").read_text().strip()
        self.port = int(self.url.rsplit(":", 1)[1])

    def set_ip(self, address):
        tmp = self.dir / "ip.tmp"
        tmp.write_text(address + "\n")
        tmp.rename(self.dir / "ip")

    def set_mode(self, mode):
        (self.dir / "mode").write_text(mode + "\n")

    def entries(self):
        """The log: dicts with t, kind, status, word, hosts, target, myip, hostnames."""
        path = self.dir / "log"
        if not path.exists():
            return []
        result = []
        for line in path.read_text().splitlines():
            parts = line.split(" ")
            if len(parts) < 8:
                continue
            target = parts[6]
            query = dict(p.split("=", 1) for p in target.partition("?")[2].split("&") if "=" in p)
            result.append({"t": float(parts[0]), "kind": parts[1], "status": int(parts[2]), "word": parts[3],
                           "hosts": int(parts[4]), "target": target, "myip": query.get("myip", ""),
                           "hostnames": [h for h in query.get("hostname", "").split(",") if h]})
        return result

    def stop(self):
        stop(self.proc)


def wait_until(predicate, timeout, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


# ---------------------------------------------------------------------------------------------
# The three clients. Each writes its own configuration for a fake and a list of hosts, trusting
# the test CA through its own option; none turns certificate verification off.

def hostnames(count):
    return [f"h{i:03d}.example.org" for i in range(1, count + 1)]


class Client:
    name = ""
    min_interval = 0      # the shortest poll interval it allows
    default_interval = 0  # what it does without being told

    def __init__(self, args, workdir, tag):
        self.args = args
        self.dir = Path(workdir) / f"{self.name}-{tag}"
        self.dir.mkdir(parents=True)
        self.env = dict(os.environ, HOME=str(self.dir), LC_ALL="C.UTF-8")
        for key in ("QT_LOGGING_RULES", "MALLOC_ARENA_MAX", "MALLOC_TRIM_THRESHOLD_"):
            self.env.pop(key, None)

    def daemon(self, fake, hosts, interval):
        argv = self.daemon_argv(fake, hosts, interval)
        self.proc = start(argv, self.dir / "log", env=self.env)
        return self.proc

    def once(self, fake, hosts):
        return run_once_measured(self.once_argv(fake, hosts), self.dir / "log", env=self.env)


class Qddns(Client):
    name = "qddns-agent"
    min_interval = 30
    default_interval = 300

    def config(self, fake, hosts, interval):
        secret = self.dir / "secret"
        secret.write_text(SECRET + "\n")
        secret.chmod(0o600)
        config = {"version": 1, "tls": {"caFile": str(CA_FILE)},
                  "detectors": {"ipv4": [{"type": "web", "url": fake.url + "/ip"}], "ipv6": []},
                  "profiles": [{"name": "bench", "provider": "dyndns2", "server": fake.url, "hosts": hosts,
                                "username": USERNAME, "secret": {"source": "file", "path": str(secret)}}]}
        if interval is not None:
            config["interval"] = interval
        path = self.dir / "config.json"
        path.write_text(json.dumps(config, indent=1))
        return path

    def daemon_argv(self, fake, hosts, interval):
        return [str(self.args.agent), "run", "--config", str(self.config(fake, hosts, interval)),
                "--state-dir", str(self.dir / "state"), "--socket", str(self.dir / "agent.socket")]

    def once_argv(self, fake, hosts):
        return [str(self.args.agent), "once", "--config", str(self.config(fake, hosts, None)),
                "--state-dir", str(self.dir / "state")]


class Ddclient(Client):
    name = "ddclient"
    min_interval = 60     # ddclient raises a shorter daemon interval to 60 s
    default_interval = 300  # Debian's /etc/default/ddclient: daemon_interval="5m"

    def config(self, fake, hosts, interval):
        path = self.dir / "ddclient.conf"
        path.write_text(
            f"daemon={interval}\n"
            "ssl=yes\n"
            f"ssl_ca_file={CA_FILE}\n"
            f"usev4=webv4, webv4={fake.url}/ip\n"
            f"protocol=dyndns2, server=127.0.0.1:{fake.port}, login={USERNAME}, password='{SECRET}' "
            + ",".join(hosts) + "\n")
        path.chmod(0o600)  # ddclient refuses a configuration others can read
        return path

    def argv(self, fake, hosts, interval):
        return [self.args.ddclient, "-foreground", "-file", str(self.config(fake, hosts, interval)),
                "-cache", str(self.dir / "ddclient.cache"), "-daemon", str(interval)]

    def daemon_argv(self, fake, hosts, interval):
        return self.argv(fake, hosts, interval or self.default_interval)

    def once_argv(self, fake, hosts):
        return self.argv(fake, hosts, 0)


class Inadyn(Client):
    name = "inadyn"
    min_interval = 30     # inadyn raises a shorter period to 30 s
    default_interval = 120  # inadyn's DDNS_DEFAULT_PERIOD

    def config(self, fake, hosts, interval):
        path = self.dir / "inadyn.conf"
        quoted = ", ".join(f'"{h}"' for h in hosts)
        path.write_text(
            (f"period = {interval}\n" if interval else "")
            + f"ca-trust-file = {CA_FILE}\n"
            "custom bench {\n"
            "    ssl            = true\n"
            f"    username       = {USERNAME}\n"
            f"    password       = {SECRET}\n"
            f"    checkip-server = 127.0.0.1:{fake.port}\n"
            "    checkip-path   = /ip\n"
            "    checkip-ssl    = true\n"
            f"    ddns-server    = 127.0.0.1:{fake.port}\n"
            '    ddns-path      = "/nic/update?hostname=%h&myip=%i"\n'
            f"    hostname       = {{ {quoted} }}\n"
            "}\n")
        path.chmod(0o600)
        return path

    def argv(self, fake, hosts, interval):
        (self.dir / "cache").mkdir(exist_ok=True)
        return [self.args.inadyn, "-n", "--no-pidfile", "-f", str(self.config(fake, hosts, interval)),
                "--cache-dir", str(self.dir / "cache")]

    def daemon_argv(self, fake, hosts, interval):
        return self.argv(fake, hosts, interval)

    def once_argv(self, fake, hosts):
        return self.argv(fake, hosts, None) + ["--once"]


CLIENTS = [Qddns, Ddclient, Inadyn]


def in_parallel(jobs):
    """Runs callables in threads; returns their results in order (re-raising the first error)."""
    results = [None] * len(jobs)
    errors = []

    def run(i, job):
        try:
            results[i] = job()
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)
            results[i] = {"error": str(e)}

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for e in errors:
        log(f"  error: {e}")
    return results


def first_update(fake, timeout=90):
    return wait_until(lambda: next((e for e in fake.entries() if e["kind"] == "update"), None), timeout)


# ---------------------------------------------------------------------------------------------
# Phases

def phase_idle(args, workdir):
    """Default settings, one host: memory after the first HTTPS cycle, then CPU and wake-ups."""
    log(f"idle: default intervals, first cycle, then {args.idle} s without change")

    def one(cls):
        fake = Fake(args.fakeprovider, workdir, f"idle-{cls.name}")
        client = cls(args, workdir, "idle")
        proc = client.daemon(fake, hosts(1), None)
        if not first_update(fake):
            raise RuntimeError(f"{cls.name}: no update within 90 s; see {client.dir}/log")
        time.sleep(5)  # let connections close
        after_cycle = smaps_rollup(proc.pid)
        sampler = IdleSampler(proc.pid)
        requests_before = len(fake.entries())
        sampler.begin()
        time.sleep(args.idle)
        window = sampler.end()
        result = {"after_cycle": after_cycle, "after_idle": smaps_rollup(proc.pid),
                  "threads": status_field(proc.pid, "Threads"), "window": window,
                  "requests_in_window": len(fake.entries()) - requests_before,
                  "interval": cls.default_interval}
        stop(proc)
        fake.stop()
        return result

    return dict(zip([c.name for c in CLIENTS], in_parallel([lambda c=c: one(c) for c in CLIENTS])))


def hosts(n):
    return hostnames(n)


def phase_latency(args, workdir):
    """Shortest allowed interval: requests per unchanged cycle, then change -> update latency."""
    log(f"latency: shortest intervals, {args.changes} address changes at random moments")

    def one(cls):
        rng = random.Random(f"{args.seed}-{cls.name}")
        fake = Fake(args.fakeprovider, workdir, f"latency-{cls.name}")
        client = cls(args, workdir, "latency")
        proc = client.daemon(fake, hosts(1), cls.min_interval)
        first = first_update(fake)
        if not first:
            raise RuntimeError(f"{cls.name}: no update within 90 s; see {client.dir}/log")
        pending = []  # (from, to) while a change was not yet published
        # At least one whole unchanged cycle before the first change.
        wait_until(lambda: sum(e["kind"] == "ip" and e["t"] > first["t"] for e in fake.entries()) >= 2,
                   2 * cls.min_interval + 30, 0.2)
        latencies = []
        for k in range(args.changes):
            time.sleep(rng.uniform(0, cls.min_interval))
            address = f"81.2.69.{161 + k}"
            t0 = time.monotonic()
            fake.set_ip(address)
            hit = wait_until(lambda: next((e for e in fake.entries() if e["kind"] == "update"
                                           and e["myip"] == address), None), 3 * cls.min_interval + 30, 0.02)
            pending.append((t0, hit["t"] if hit else time.monotonic()))
            latencies.append(hit["t"] - t0 if hit else None)
        time.sleep(1)
        entries = fake.entries()
        stop(proc)
        fake.stop()
        # Cycles start with an echo request; one is "unchanged" when it starts after the first
        # publication and outside every (change, publication) window.
        starts = [e["t"] for e in entries if e["kind"] == "ip"]
        unchanged = 0
        requests = 0
        needless = 0
        for i, s in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else float("inf")
            if s <= first["t"] or any(a <= s <= b for a, b in pending):
                continue
            if i + 1 == len(starts):
                continue  # the last cycle may be cut short by the end of the phase
            unchanged += 1
            requests += sum(1 for e in entries if s <= e["t"] < end)
            needless += sum(1 for e in entries if s <= e["t"] < end and e["kind"] == "update")
        return {"interval": cls.min_interval, "latencies": latencies, "unchanged_cycles": unchanged,
                "requests_in_unchanged_cycles": requests, "needless_updates": needless}

    return dict(zip([c.name for c in CLIENTS], in_parallel([lambda c=c: one(c) for c in CLIENTS])))


def phase_interface(args, workdir):
    """qddns only: interface address change -> update request, with the poll an hour away."""
    log("interface event: qddns-agent, an address added to a veth in this private network namespace")
    if not args.in_netns:
        return {"skipped": "needs the private network namespace (root, unshare, ip)"}
    workdir = Path(workdir) / "interface"
    workdir.mkdir()

    def ip(*argv):
        subprocess.run(["ip", *argv], check=True, capture_output=True)

    ip("link", "add", "bench0", "type", "veth", "peer", "name", "bench1")
    ip("link", "set", "bench0", "up")
    ip("link", "set", "bench1", "up")
    fake = Fake(args.fakeprovider, workdir, "interface")
    client = Qddns(args, workdir, "interface")
    config = json.loads(client.config(fake, hosts(1), "1h").read_text())
    config["detectors"]["ipv4"] = [{"type": "interface", "name": "bench0"}]
    (client.dir / "config.json").write_text(json.dumps(config))
    agent = start([str(args.agent), "run", "--config", str(client.dir / "config.json"), "--state-dir",
                   str(client.dir / "state"), "--socket", str(client.dir / "agent.socket")], client.dir / "log",
                  env=client.env)
    time.sleep(2)  # its start-up cycle finds no address; let the link events settle
    latencies = []
    previous = None
    try:
        for i in range(5):
            address = f"81.2.{69 + i}.160"  # a /24 each: deleting a primary takes its secondaries along
            t0 = time.monotonic()
            ip("addr", "add", f"{address}/24", "dev", "bench0")
            if previous:
                ip("addr", "del", f"{previous}/24", "dev", "bench0")
            hit = wait_until(lambda: next((e for e in fake.entries() if e["kind"] == "update"
                                           and e["myip"] == address), None), 10, 0.005)
            latencies.append(hit["t"] - t0 if hit else None)
            previous = address
            time.sleep(0.5)
        updates = sum(e["kind"] == "update" for e in fake.entries())
    finally:
        stop(agent)
        fake.stop()
        subprocess.run(["ip", "link", "del", "bench0"], capture_output=True)
    return {"latencies": latencies, "updates": updates, "changes": 5}


def netns_id(pid="self"):
    return str(os.stat(f"/proc/{pid}/ns/net").st_ino)


def enter_private_netns(args):
    """Runs this script again in a network namespace of its own holding only loopback, so no
    client reaches beyond it (inadyn falls back to api.ipify.org and resolves every host name
    when its echo fails). Returns whether we are inside one; needs root, unshare and ip."""
    marker = os.environ.get("QDDNS_BENCH_PARENT_NETNS")
    if marker:
        if netns_id() == marker or [name for _, name in socket.if_nameindex()] != ["lo"]:
            sys.exit("bench: not in a fresh private network namespace; refusing to go on")
        subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
        return True
    if args.no_netns or os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("ip"):
        log("note: not in a private network namespace (needs root, unshare and ip): a client whose echo "
            "fails may try the network (inadyn: api.ipify.org, DNS for each host name)")
        return False
    sys.stdout.flush()
    os.environ["QDDNS_BENCH_PARENT_NETNS"] = netns_id()
    os.execvp("unshare", ["unshare", "-n", sys.executable, str(Path(__file__).resolve()), *sys.argv[1:], "--no-build"])


def phase_rounds(args, workdir):
    """One-shot runs with 1, 50 and 500 hosts, one client after the other (timed)."""
    results = {}
    for count in (1, 50, 500):
        log(f"round: {count} host(s), one client at a time")
        for cls in CLIENTS:
            fake = Fake(args.fakeprovider, workdir, f"round{count}-{cls.name}")
            client = cls(args, workdir, f"round{count}")
            code, wall, cpu_ms, maxrss = client.once(fake, hosts(count))
            entries = fake.entries()
            fake.stop()
            updated = set()
            for e in entries:
                if e["kind"] == "update" and e["word"] == "good":
                    updated.update(e["hostnames"])
            results.setdefault(str(count), {})[cls.name] = {
                "exit": code, "wall_s": wall, "cpu_ms": cpu_ms, "maxrss_kib": maxrss,
                "updated": len(updated), "requests": len(entries),
                "update_requests": sum(e["kind"] == "update" for e in entries),
                "refused": sorted({e["word"] for e in entries if e["kind"] == "update" and e["word"] != "good"})}
    return results


def phase_failures(args, workdir):
    """Each bad answer from the start, shortest interval, observed for --observe seconds."""
    log(f"failures: {len(MODES)} modes x 3 clients at once, {args.observe} s each")

    def one(cls, mode):
        fake = Fake(args.fakeprovider, workdir, f"{mode}-{cls.name}")
        fake.set_mode(mode)
        client = cls(args, workdir, mode)
        proc = client.daemon(fake, hosts(1), cls.min_interval)
        time.sleep(args.observe)
        exited = proc.poll()
        entries = fake.entries()
        stop(proc)
        fake.stop()
        updates = [e for e in entries if e["kind"] == "update"]
        return {"ip_requests": sum(e["kind"] == "ip" for e in entries), "update_requests": len(updates),
                "wrong": sorted({e["myip"] for e in updates if e["myip"] != ADDRESS}),
                "exited": exited}

    jobs = [(cls, mode) for mode in MODES for cls in CLIENTS]
    values = in_parallel([lambda c=c, m=m: one(c, m) for c, m in jobs])
    results = {}
    for (cls, mode), value in zip(jobs, values):
        results.setdefault(mode, {})[cls.name] = value
    return results


# ---------------------------------------------------------------------------------------------
# Set-up: peers from Debian, the agent and the fake from this checkout

def ensure_peers(args):
    missing = [p for p, b in (("ddclient", args.ddclient), ("inadyn", args.inadyn)) if not shutil.which(b)]
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(f"bench: {' and '.join(missing)} missing; run as root to install them, or: apt-get install {' '.join(missing)}")
    log(f"installing {' '.join(missing)} from Debian (no daemon may start)")
    before = {pid for pid, _ in running_peers()}
    # Debian's way to keep maintainer scripts from starting services: policy-rc.d answering 101.
    policy = Path("/usr/sbin/policy-rc.d")
    ours = not policy.exists()
    if ours:
        policy.write_text("#!/bin/sh\n# qddns tests/bench: no service starts while the peers install\nexit 101\n")
        policy.chmod(0o755)
    try:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], check=True, env=env,
                       stdout=sys.stderr)
    finally:
        if ours:
            policy.unlink()
    if Path("/run/systemd/system").exists():
        for unit in ("ddclient.service", "inadyn.service"):
            subprocess.run(["systemctl", "disable", "--now", unit], capture_output=True)
    for pid, what in running_peers():
        if pid not in before:  # started by the installation after all: not wanted
            log(f"  stopping {what} (pid {pid}), started by the installation")
            os.kill(pid, signal.SIGTERM)


def running_peers():
    """(pid, command line) of ddclient and inadyn processes (ddclient renames itself while it sleeps)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            argv = [a.decode(errors="replace") for a in Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")]
        except OSError:
            continue
        names = [Path(a.split(" ")[0]).name for a in argv[:2] if a]
        if "inadyn" in names[:1] or "ddclient" in names:
            found.append((int(entry), " ".join(argv).strip()))
    return found


def ensure_built(args):
    build = Path(args.build_dir)
    if args.no_build:
        return
    if not (build / "CMakeCache.txt").exists():
        if build.resolve() != (ROOT / "build").resolve():
            sys.exit(f"bench: {build} is not configured")
        log("configuring build/ (cmake --preset default)")
        subprocess.run(["cmake", "--preset", "default"], cwd=ROOT, check=True, stdout=sys.stderr)
    log("building qddns-agent and qddns-fakeprovider")
    subprocess.run(["cmake", "--build", str(build), "--target", "qddns-agent", "qddns-fakeprovider"],
                   cwd=ROOT, check=True, stdout=sys.stderr)


def self_test_fake(args, workdir):
    """The fake's modes and its 20-host limit, checked with Python's own TLS client (CA-verified)."""
    import ssl
    import urllib.error
    import urllib.request
    context = ssl.create_default_context(cafile=str(CA_FILE))
    fake = Fake(args.fakeprovider, workdir, "selftest")

    def get(path):
        try:
            with urllib.request.urlopen(fake.url + path, context=context, timeout=10) as r:
                return r.status, r.read().decode().strip()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode().strip()

    checks = [("", "/ip", (200, ADDRESS)),
              ("", "/nic/update?hostname=a.example.org,b.example.org&myip=" + ADDRESS,
               (200, f"good {ADDRESS}\ngood {ADDRESS}")),
              ("", "/nic/update?hostname=" + ",".join(hostnames(21)) + "&myip=" + ADDRESS, (200, "numhost")),
              ("badauth", "/nic/update?hostname=a.example.org&myip=" + ADDRESS, (200, "badauth")),
              ("911", "/nic/update?hostname=a.example.org,b.example.org&myip=" + ADDRESS, (200, "911\n911")),
              ("private", "/ip", (200, PRIVATE)),
              ("http500", "/ip", (500, WRONG))]
    try:
        for mode, path, expected in checks:
            fake.set_mode(mode)
            got = get(path)
            if got != expected:
                sys.exit(f"bench: the fake answered {got!r} to {path[:60]} in mode {mode or 'normal'!r}, expected {expected!r}")
        fake.set_mode("garbage")
        status, body = get("/ip")
        if status != 200 or WRONG not in body or not body.startswith("<html>"):
            sys.exit(f"bench: the fake's garbage answer is {status} {body!r}")
        kinds = [e["kind"] for e in fake.entries()]
        if len(kinds) != len(checks) + 1 or kinds.count("update") != 4:
            sys.exit(f"bench: the fake logged {kinds}")
    finally:
        fake.stop()


# ---------------------------------------------------------------------------------------------
# Report

def versions(args):
    def out(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True, timeout=10).stdout.strip()
        except OSError:
            return ""
    dd = out(["dpkg-query", "-W", "-f", "${Version}", "ddclient"]) or "?"
    ina = out([args.inadyn, "-v"]) or "?"
    ina_pkg = out(["dpkg-query", "-W", "-f", "${Version}", "inadyn"])
    q = out([str(args.agent), "--version"]).split()[-1:] or ["?"]
    commit = out(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    dirty = out(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"])
    built = f"{commit}{'+changes' if dirty else ''}"
    if Path(args.agent).resolve() != (Path(args.build_dir) / "agent/qddns-agent").resolve():
        built = f"--agent {args.agent}"
    return {"qddns-agent": f"{q[0]} ({built})",
            "ddclient": f"{dd} (Debian)", "inadyn": f"{ina} (Debian {ina_pkg})" if ina_pkg else ina}


def machine():
    model = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {"cpu": model, "cores": os.cpu_count(), "kernel": platform.release(),
            "load": " ".join(Path("/proc/loadavg").read_text().split()[:3])}


def mb(kib):
    return f"{kib / 1024:.1f}"


def fmt_s(value):
    return "–" if value is None else (f"{value * 1000:.0f} ms" if value < 1 else f"{value:.1f} s")


def render(results, args):
    names = [c.name for c in CLIENTS]
    v = results["versions"]
    rows = []

    def row(label, cells):
        rows.append(f"| {label} | " + " | ".join(cells) + " |")

    idle = results.get("idle")
    if idle:
        row("idle RSS / PSS / USS (private dirty) in MB, after the first HTTPS cycle and the idle window",
            [f"{mb(idle[n]['after_idle']['rss_kib'])} / {mb(idle[n]['after_idle']['pss_kib'])} / "
             f"{mb(idle[n]['after_idle']['uss_kib'])} ({mb(idle[n]['after_idle']['dirty_kib'])})"
             if "after_idle" in idle[n] else "error" for n in names])
        row("threads", [str(idle[n].get("threads", "?")) for n in names])
        row(f"idle CPU (ms per minute) at the default interval",
            [f"{idle[n]['window']['cpu_ms'] * 60 / idle[n]['window']['seconds']:.2f} ({idle[n]['interval']} s)"
             if "window" in idle[n] else "error" for n in names])
        row("wake-ups per idle minute (context switches, all threads)",
            [f"{idle[n]['window']['switches'] * 60 / idle[n]['window']['seconds']:.1f}"
             if "window" in idle[n] else "error" for n in names])
    rounds = results.get("rounds")
    if rounds:
        row("one-shot run, 1 host: CPU / wall time / peak RSS",
            [f"{rounds['1'][n]['cpu_ms']:.0f} ms / {rounds['1'][n]['wall_s'] * 1000:.0f} ms / "
             f"{mb(rounds['1'][n]['maxrss_kib'])} MB" for n in names])
    lat = results.get("latency")
    if lat:
        def unchanged(r):
            if r.get("unchanged_cycles"):
                text = f"{r['requests_in_unchanged_cycles'] / r['unchanged_cycles']:.1f} (over {r['unchanged_cycles']} cycles)"
                if r["needless_updates"]:
                    text += f"; **{r['needless_updates']} update(s) of an unchanged address**"
                return text
            return "–"
        row("requests per cycle when nothing changed (echo + update)", [unchanged(lat[n]) for n in names])

        def latency(r):
            if "latencies" not in r:
                return "error"
            got = [x for x in r["latencies"] if x is not None]
            missed = len(r["latencies"]) - len(got)
            if not got:
                return f"no update ({missed} missed)"
            text = f"median {fmt_s(statistics.median(got))} ({fmt_s(min(got))}–{fmt_s(max(got))}, n={len(got)})"
            return text + (f", {missed} missed" if missed else "") + f" @ {r['interval']} s"
        row("change → update request, at the shortest interval allowed", [latency(lat[n]) for n in names])
    iface = results.get("interface")
    if iface is not None:
        if "skipped" in iface:
            cell = f"not measured: {iface['skipped']}"
        else:
            got = [x for x in iface["latencies"] if x is not None]
            cell = (f"median {fmt_s(statistics.median(got))} ({fmt_s(min(got))}–{fmt_s(max(got))}, "
                    f"n={len(got)}/{iface['changes']}; {iface['updates']} updates), poll 1 h" if got else "no update")
        row("interface address change → update request (netlink)",
            [cell, "no event source (polls only)", "no event source (polls only)"])
    if rounds:
        for count in ("50", "500"):
            def cell(r):
                text = f"{r['updated']}/{count} updated, {r['update_requests']} update + " \
                       f"{r['requests'] - r['update_requests']} echo requests, {fmt_s(r['wall_s'])}, CPU {r['cpu_ms']:.0f} ms"
                if r["refused"]:
                    text += " (server answered " + ", ".join(f"`{w}`" for w in r["refused"]) + ")"
                return text + ("" if r["exit"] == 0 else f", exit {r['exit']}")
            row(f"one round of {count} hosts (server: ≤ 20 hosts per request)", [cell(rounds[count][n]) for n in names])
    fail = results.get("failures")
    if fail:
        minutes = f"{args.observe / 60:.1f}".removesuffix(".0")
        for mode in MODES:
            def cell(r):
                if "update_requests" not in r:
                    return "error"
                text = f"{r['update_requests']} update, {r['ip_requests']} echo"
                shown = [w or "an update without address (the server takes the sender's)" for w in r["wrong"]]
                text += ("; **published " + ", ".join(shown) + "**") if shown else "; no wrong address"
                if r["exited"] is not None:
                    text += f"; exited ({r['exited']})"
                return text
            row(f"{MODE_TITLES[mode]}: requests in {minutes} min", [cell(fail[mode][n]) for n in names])

    head = "| | " + " | ".join(f"{n} {v[n]}" for n in names) + " |"
    sep = "|---|" + "---|" * len(names)
    m = results["machine"]
    lines = [
        f"Date: {results['date']}  ",
        f"Machine: {m['cpu']}, {m['cores']} cores, Linux {m['kernel']}; "
        f"load average {m['load']} at the start, {results['load_end']} at the end  ",
        f"Run: {'full' if args.full else 'quick'} (idle window {args.idle} s, {args.changes} changes, "
        f"bad answers observed {args.observe} s), {results['duration_min']:.1f} min",
        "",
        head, sep, *rows,
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Footprint: where qddns-agent's memory goes (see README)

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
    ("Qt Core + Network", r"^libQt6Core|^libQt6Network"),
    ("ICU (QtCore dependency)", r"^libicu"),
    ("keychain chain: QtKeychain, QtDBus, libdbus, libsystemd, libgcrypt...",
     r"^libqt6keychain|^libQt6DBus|^libdbus|^libsystemd|^libgcrypt|^libgpg-error|^liblzma|^liblz4|^libcap|^libzstd"),
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


# ---------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", nargs="?", default="table", choices=["table", "footprint"])
    parser.add_argument("--full", action="store_true",
                        help="the documented long run: 10-minute idle window and bad-answer observations, 10 changes")
    parser.add_argument("--idle", type=float, help="idle window in seconds (quick 120, full 600)")
    parser.add_argument("--observe", type=float, help="seconds each bad answer is observed (quick 120, full 600)")
    parser.add_argument("--changes", type=int, help="address changes for the latency (quick 3, full 10)")
    parser.add_argument("--phases", default="idle,latency,interface,rounds,failures",
                        help="comma-separated subset of idle,latency,interface,rounds,failures")
    parser.add_argument("--seed", default="16", help="seed of the random moments of the changes")
    parser.add_argument("--build-dir", default=str(ROOT / "build"))
    parser.add_argument("--no-build", action="store_true", help="use the binaries in --build-dir as they are")
    parser.add_argument("--no-netns", action="store_true", help="do not run in a private network namespace")
    parser.add_argument("--agent", help="another qddns-agent binary to measure (e.g. an experimental build)")
    parser.add_argument("--ddclient", default="ddclient")
    parser.add_argument("--inadyn", default="inadyn")
    parser.add_argument("--json", help="also write the raw results to this file")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (configurations, logs)")
    parser.add_argument("--repeat", type=int, default=3, help="footprint: runs per variant (median)")
    parser.add_argument("--variant", action="append",
                        help="footprint: an extra variant LABEL:VAR=VALUE,VAR=VALUE")
    args = parser.parse_args()
    args.idle = args.idle or (600 if args.full else 120)
    args.observe = args.observe or (600 if args.full else 120)
    args.changes = args.changes or (10 if args.full else 3)

    build = Path(args.build_dir).resolve()
    ensure_built(args)
    args.agent = Path(args.agent).resolve() if args.agent else build / "agent/qddns-agent"
    args.fakeprovider = build / "tests/qddns-fakeprovider"
    for binary in (args.agent, args.fakeprovider):
        if not binary.exists():
            sys.exit(f"bench: {binary} is missing")
    if args.command == "table":
        ensure_peers(args)
    args.in_netns = enter_private_netns(args)

    workdir = Path(tempfile.mkdtemp(prefix="qddns-bench-"))
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))
    try:
        self_test_fake(args, workdir)
        if args.command == "footprint":
            footprint(args, workdir)
            return
        already = running_peers()
        if already:
            log(f"note: ddclient or inadyn already running here (not ours, left alone): {already}")
        started = time.monotonic()
        results = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": machine(),
                   "versions": versions(args), "private_netns": args.in_netns}
        phases = set(args.phases.split(","))
        for phase, function in (("idle", phase_idle), ("latency", phase_latency), ("interface", phase_interface),
                                ("rounds", phase_rounds), ("failures", phase_failures)):
            if phase in phases:
                results[phase] = function(args, workdir)
        results["load_end"] = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        results["duration_min"] = (time.monotonic() - started) / 60
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1))
        print(render(results, args))
    finally:
        stop_all()
        if args.keep:
            log(f"work directory kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
