"""Runs launchdeck under callgrind in tmux at 120x40 against a simulator in another process,
as the benchmark runs it, and drives it through every screen, so that every function the
dashboard uses is in the profile. Called by scripts/profile-layout.sh.
   profile.py --binary BIN (the build to profile) --valgrind-binary BIN (its copy without
   DWARF: valgrind 3.19 cannot read the toolchain's) --output CALLGRIND_OUT [--step 5]
Writes two parts, in the order their code is laid out: CALLGRIND_OUT.1 the overview watched,
then CALLGRIND_OUT (or .2) the tour of every screen."""
import argparse
import os
import subprocess
import sys
import time

from overview_run import WATCH_KEYS, bench_module

SESSION = "launchdeck-profile"


def tmux(*args):
    subprocess.run(["tmux", *args], check=True)


def screen():
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", SESSION], capture_output=True, text=True).stdout


def watch(step):
    """The overview as the benchmark (and a launch day) watches it: a minute of data coming in,
    a pane focused, frozen and zoomed."""
    def keys(*k):
        tmux("send-keys", "-t", SESSION, *k)
        time.sleep(step)
    time.sleep(step * 12)
    for k in WATCH_KEYS:
        keys(k)
    time.sleep(step * 4)


def dump_part(output):
    """Has callgrind write what ran so far to OUTPUT.1 (callgrind_control answers 0 even when it
    found no such run, so the file is what tells)."""
    pids = subprocess.run(["pgrep", "-f", "callgrind-out-file=" + output], capture_output=True, text=True).stdout.split()
    # The tmux server and the shell it started name the file too: the run is the valgrind process.
    ours = [pid for pid in pids if "valgrind" in open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")[0].decode()]
    if len(ours) != 1:
        sys.exit(f"profile: expected one valgrind process writing {output}, found {len(ours)}")
    subprocess.run(["callgrind_control", "--dump=overview", ours[0]], check=True, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not os.path.exists(output + ".1"):
        if time.monotonic() > deadline:
            sys.exit(f"profile: callgrind did not write {output}.1 in 2 minutes")
        time.sleep(1)


def tour(step):
    """Every screen, its rows and its detail, the commands, themes, zoom, freeze, filter, resize."""
    def keys(*k):
        tmux("send-keys", "-t", SESSION, *k)
        time.sleep(step)
    keys("?"); keys("Escape")
    for name in ["hits", "leaderboard", "uptime", "journeys", "experiments", "push", "crashes", "health", "alerts",
                 "timeline", "notes", "figures", "content", "insights", "kudos", "versions"]:
        keys(f":open {name}", "Enter")
        keys("j"); keys("j"); keys("Enter"); keys("Escape"); keys("Escape")
    for pane in "1234":
        keys(pane); keys("Enter"); keys("Enter"); keys("Escape"); keys("Escape")
    keys("1"); keys("Enter")
    keys(":group country", "Enter"); keys(":range 7d", "Enter"); keys(":zone utc", "Enter"); keys("Escape")
    keys(":open leaderboard", "Enter"); keys("/"); keys("blog"); keys("Enter"); keys("Escape"); keys("Escape")
    keys("Escape")
    for k in ["z", "z", "f", "f", "r", "R", "Tab", "BTab", "PageDown", "End", "Home"]:
        keys(k)
    keys("t"); keys("["); keys("["); keys("Enter"); keys("]"); keys("p"); keys(">"); keys("Escape"); keys("Escape")
    keys(":at t0", "Enter"); keys("Escape")
    keys(":theme light", "Enter"); keys(":theme default", "Enter")
    keys(":site", "Enter"); keys("Escape"); keys(":app", "Enter"); keys("Escape")
    keys(":nonsense", "Enter"); keys("Escape")
    for cols, rows in [(80, 24), (30, 8), (120, 40)]:
        tmux("resize-window", "-t", SESSION, "-x", str(cols), "-y", str(rows))
        time.sleep(step)
    time.sleep(step * 12)  # watching: a few rounds of every pane's polling


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--binary", required=True)
    p.add_argument("--valgrind-binary", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--step", type=float, default=5)
    args = p.parse_args()
    bench = bench_module()
    home = bench.private_home()
    sim = bench.start_simulator(args.binary, 60, {**os.environ, **home})
    try:
        env = {**home, **bench.programs(args.binary, sim)[0][2]}
        exports = " ".join(f"{k}='{v}'" for k, v in env.items())
        command = (f"env {exports} valgrind --tool=callgrind --demangle=no --dump-instr=yes "
                   f"--callgrind-out-file={args.output} {args.valgrind_binary} 2>{args.output}.log")
        subprocess.run(["tmux", "kill-session", "-t", SESSION], stderr=subprocess.DEVNULL)
        tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", command)
        deadline = time.monotonic() + 180
        while "Crashes" not in screen():
            if time.monotonic() > deadline:
                sys.exit("profile: the dashboard did not draw under valgrind in 3 minutes; see " + args.output + ".log")
            time.sleep(1)
        watch(args.step)
        # The first part: what runs all day. The tour's code is laid out after it.
        dump_part(args.output)
        tour(args.step)
        tmux("send-keys", "-t", SESSION, "q")
        deadline = time.monotonic() + 120
        while subprocess.run(["tmux", "has-session", "-t", SESSION], stderr=subprocess.DEVNULL).returncode == 0:
            if time.monotonic() > deadline:
                subprocess.run(["tmux", "kill-session", "-t", SESSION])
                sys.exit("profile: the dashboard did not quit under valgrind in 2 minutes")
            time.sleep(1)
    finally:
        sim["proc"].terminate()
        sim["proc"].wait()


if __name__ == "__main__":
    main()
