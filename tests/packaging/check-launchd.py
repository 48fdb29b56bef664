#!/usr/bin/env python3
"""tst_launchd: the macOS launchd property lists and the tray's Info.plist, as the build writes
them, parse with plistlib and say what they must: the agent's path and `run`, started at load,
restarted on failure, the system daemon as an unprivileged user with its config, state and socket
paths and the socket group; every option they pass is one qddns-agent --help lists.
  check-launchd.py BUILD_DIR QDDNS_AGENT VERSION"""
import plistlib
import subprocess
import sys

build, agent, version = sys.argv[1:4]
macos = build + "/installers/macos"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def load(name):
    with open(f"{macos}/{name}", "rb") as f:
        return plistlib.load(f)  # raises on anything that is not a property list


cache = open(f"{build}/CMakeCache.txt", encoding="utf-8").read()
agent_path = next(line.split("=", 1)[1] for line in cache.splitlines() if line.startswith("QDDNS_MACOS_AGENT:"))
options = {line.split()[0].split("=")[0] for line in subprocess.run([agent, "--help"], capture_output=True, text=True, check=True)
           .stdout.splitlines() if line.strip().startswith("--")}

user = load("io.github.qddns.agent.plist")
daemon = load("io.github.qddns.agent.daemon.plist")
for name, plist in (("LaunchAgent", user), ("LaunchDaemon", daemon)):
    check(plist.get("Label") == "io.github.qddns.agent", f"{name}: Label is {plist.get('Label')!r}")
    args = plist.get("ProgramArguments", [])
    check(args[:2] == [agent_path, "run"], f"{name}: ProgramArguments start {args[:2]!r}, not the agent's path and run")
    check(plist.get("RunAtLoad") is True, f"{name}: RunAtLoad is not true")
    check(plist.get("KeepAlive") == {"SuccessfulExit": False}, f"{name}: KeepAlive {plist.get('KeepAlive')!r} does not restart on failure only")
    for arg in args[2::2]:
        check(arg in options, f"{name}: {arg} is not an option qddns-agent --help lists")
    print(f"{name}: {' '.join(args)}")

# The user's agent takes the defaults of its user; the daemon names every path.
check(len(user["ProgramArguments"]) == 2 and "UserName" not in user, "LaunchAgent: runs with options or as another user")
args = dict(zip(daemon["ProgramArguments"][2::2], daemon["ProgramArguments"][3::2]))
check(args.get("--config") == "/Library/Application Support/qddns/config.json", f"LaunchDaemon: --config {args.get('--config')!r}")
check(args.get("--state-dir") == "/Library/Application Support/qddns/state", f"LaunchDaemon: --state-dir {args.get('--state-dir')!r}")
check(args.get("--socket") == "/Library/Application Support/qddns/run/agent.socket", f"LaunchDaemon: --socket {args.get('--socket')!r}")
check(args.get("--socket-group") == "_qddns", f"LaunchDaemon: --socket-group {args.get('--socket-group')!r}")
check(daemon.get("UserName") == "_qddns" and daemon.get("GroupName") == "_qddns", "LaunchDaemon: does not run as _qddns")
check(daemon.get("Umask") == 0o077, f"LaunchDaemon: Umask {daemon.get('Umask')!r}, not 0077")

info = load("Info.plist")
check(info.get("LSUIElement") is True, "Info.plist: LSUIElement is not true (the app would get a Dock icon)")
check(info.get("CFBundleExecutable") == "qddns", f"Info.plist: CFBundleExecutable {info.get('CFBundleExecutable')!r}")
check(info.get("CFBundleIdentifier") == "io.github.qddns.qddns", f"Info.plist: CFBundleIdentifier {info.get('CFBundleIdentifier')!r}")
check(info.get("CFBundleShortVersionString") == version, f"Info.plist: version {info.get('CFBundleShortVersionString')!r}, not {version}")
check(info.get("CFBundlePackageType") == "APPL", "Info.plist: not an application bundle")
check(not any("${" in str(v) for v in info.values()), "Info.plist: a ${...} was not filled in")
print(f"Info.plist: {info['CFBundleIdentifier']} {info['CFBundleShortVersionString']}, LSUIElement")

for message in failures:
    print("FAIL: " + message, file=sys.stderr)
sys.exit(1 if failures else 0)
