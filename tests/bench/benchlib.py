"""What the benchmark scripts share: the processes they start, /proc readings, the fake
provider, the three clients and their configurations, and the set-up (peers, build, the fake's
self-check). Python 3 standard library only."""

import json
import os
import shutil
import signal
import subprocess
import sys
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
    "http500": "echo answers HTTP 500 with another address",
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


def hosts(n):
    return hostnames(n)


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


def mb(kib):
    return f"{kib / 1024:.1f}"


def fmt_s(value):
    return "–" if value is None else (f"{value * 1000:.0f} ms" if value < 1 else f"{value:.1f} s")


