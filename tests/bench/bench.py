#!/usr/bin/env python3
"""Side-by-side benchmark of qddns-agent, ddclient and inadyn (issue 16).

Runs the three clients for real against the same loopback fake (build/tests/qddns-fakeprovider:
an HTTPS IP echo service and a DynDNS2 server, certificate signed by tests/data/tls/ca.pem, which
each client is told to trust) and prints one markdown table. See tests/bench/README.md.

    tests/bench/bench.py                 quick run (about 10 minutes)
    tests/bench/bench.py --full          the 10-minute observations (about 35 minutes)
    tests/bench/bench.py footprint       where qddns-agent's memory goes (see README)

Python 3 standard library only (benchlib.py: processes, /proc, the fake, the clients;
footprint.py: the footprint command). Needs root only to install the peers and for the private
network namespace (and with it the interface event); everything else runs as any user.
"""

import argparse
import json
import os
import platform
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from benchlib import (ADDRESS, CLIENTS, MODE_TITLES, MODES, ROOT, Fake, IdleSampler, Qddns, ensure_built,
                      ensure_peers, first_update, fmt_s, hosts, in_parallel, log, mb, running_peers, self_test_fake,
                      smaps_rollup, start, status_field, stop, stop_all, wait_until)
from footprint import footprint

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
