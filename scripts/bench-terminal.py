"""launchdeck and its peers through a real pty at 120x40, the simulator in another process.
Run by scripts/bench-terminal.sh; prints one table. Each program in turn: startup to first
frame and first data, bytes and CPU over a minute of watching (data changing), the bytes of
frames where one number changes (launchdeck: one pane zoomed and frozen, its age ticking),
peak RSS, idle CPU (launchdeck frozen with `f` until every age reads in minutes), and key to
frame while every API stalls. CPU is utime+stime (+ children's) from /proc/PID/stat, in
ticks of 10 ms: over 60 s one tick is 0.017 % of a core."""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_pty import TICK, Pty, changed_cells, runs  # noqa: E402


def start_simulator(binary, speed, env):
    proc = subprocess.Popen([binary, "simulate", "--port", "0", "--speed", str(speed), "--admin"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    lines = []
    for line in proc.stdout:
        lines.append(line)
        if "Ctrl-C stops it" in line:
            break
    out = "".join(lines)

    def field(section, name):
        block = out.split(section, 1)[1]
        return re.search(name + r"\s*=\s*\"?([^\"\s]+)", block).group(1)

    sim = {
        "proc": proc,
        "tly_url": field("Tinylytics", "base_url"), "tly_key": field("Tinylytics", "read-only key"),
        "tap_url": field("Taplytics", "base_url"), "tap_token": field("Taplytics", "api_token"),
        "apt_url": field("Apteligent", "base_url"), "apt_id": field("Apteligent", "client_id"),
        "apt_user": field("Apteligent", "username"), "apt_pw": field("Apteligent", "password"),
        "admin": re.search(r"(http://\S+/_admin/faults)", out).group(1),
    }
    return sim


def faults(sim, spec):
    request = urllib.request.Request(sim["admin"], data=spec.encode(), method="POST" if spec else "DELETE")
    urllib.request.urlopen(request, timeout=5).read()


def programs(binary, sim):
    dashboard_env = {
        "TINYLYTICS_BASE_URL": sim["tly_url"], "TINYLYTICS_API_KEY": sim["tly_key"],
        "TAPLYTICS_BASE_URL": sim["tap_url"], "TAPLYTICS_API_TOKEN": sim["tap_token"],
        "APTELIGENT_BASE_URL": sim["apt_url"], "APTELIGENT_CLIENT_ID": sim["apt_id"],
        "APTELIGENT_USERNAME": sim["apt_user"], "APTELIGENT_PASSWORD": sim["apt_pw"],
    }
    grouped = sim["tly_url"] + "/sites/456/hits?grouped=true&group_by=path"
    curl = f"curl -s -H 'Authorization: Bearer {sim['tly_key']}' '{grouped}' | jq ."
    return [
        # name, argv, extra env, first frame, first data, keys to toggle (None: takes no keys)
        ("launchdeck", [binary], dashboard_env, lambda t: "Web" in t and "Crashes" in t,
         lambda t: "views" in t and "Loading" not in t, ("2", "1")),
        ("watch+curl+jq", ["watch", "-n", "2", curl], {}, lambda t: "Every 2.0s" in t,
         lambda t: "{" in t, None),
        ("btop", ["btop"], {}, lambda t: "cpu" in t.lower() and "mem" in t.lower(),
         lambda t: "%" in t, ("4", "4")),
        ("glances", ["glances", "-t", "2"], {}, lambda t: "CPU" in t,
         lambda t: "%" in t and "MEM" in t, ("h", "h")),
    ]


def collect(term, seconds):
    """The frames written in `seconds`: (bytes, cells they changed); and the time taken."""
    t0, frames, prev = time.monotonic(), [], term.cells()
    while time.monotonic() - t0 < seconds:
        n = term.frame(t0 + seconds - time.monotonic())
        if n:
            cur = term.cells()
            frames.append((n, changed_cells(prev, cur)))
            prev = cur
    return frames, time.monotonic() - t0


def key_to_frame(term, keys, rounds=10):
    """Median ms from writing a key to the screen showing its effect (>= 20 cells changed)."""
    times = []
    for i in range(rounds):
        term.pump(0.3)
        before = term.cells()
        term.send(keys[i % 2])
        sent = time.monotonic()
        while time.monotonic() - sent < 3:
            term.pump(0.001)
            if len(changed_cells(before, term.cells())) >= 20:
                times.append((time.monotonic() - sent) * 1000)
                break
    return statistics.median(times) if times else None


def measure(name, argv, extra, first_frame, first_data, keys, sim, env, args):
    r = {}
    if not (os.path.exists(argv[0]) or shutil.which(argv[0])):
        return {"missing": True}
    term = Pty(argv, {**env, **extra}, args.cols, args.rows)
    t = term.wait_for(first_frame, 30)
    r["first_frame_ms"] = (t - term.started) * 1000 if t else None
    term.quiet(gap=0.05)
    r["first_frame_bytes"] = sum(n for _, n in term.chunks)
    t = term.wait_for(first_data, 30)
    r["first_data_ms"] = (t - term.started) * 1000 if t else None
    term.pump(args.warmup)

    # Watching: frames, bytes and CPU while the data changes.
    cpu0 = term.cpu_ticks()
    frames, elapsed = collect(term, args.seconds)
    r["bytes_per_min"] = sum(n for n, _ in frames) * 60 / elapsed
    r["cpu_watch"] = (term.cpu_ticks() - cpu0) / TICK / elapsed * 100
    r["frames_per_min"] = len(frames) * 60 / elapsed
    # A frame that moves k numbers on (k runs of changed cells) costs bytes / k per number.
    per_number = [n / runs(cells) for n, cells in frames if cells]
    r["per_number_bytes"] = statistics.median(per_number) if per_number else None
    r["rss_mb"] = term.peak_rss_mb()

    if name == "launchdeck":
        # One number changing: one pane zoomed (z) and frozen (f), its age ticking alone.
        term.send("f")
        frozen = time.monotonic()
        term.send("z")
        term.pump(5)  # the "frozen" flash line goes after 4 s
        frames, _ = collect(term, 6)
        single = [n for n, cells in frames if runs(cells) == 1]
        r["one_number_bytes"] = statistics.median(single) if single else None
        term.send("z")
        # Nothing changing: frozen, once every age on screen reads in minutes (ticks a minute).
        term.pump(max(0.0, 65 - (time.monotonic() - frozen)))
        cpu0 = term.cpu_ticks()
        frames, elapsed = collect(term, args.idle)
        r["cpu_idle"] = (term.cpu_ticks() - cpu0) / TICK / elapsed * 100
        r["idle_bytes_per_min"] = sum(n for n, _ in frames) * 60 / elapsed
        term.send("f")
        term.pump(1)
    if keys:
        faults(sim, "all:stall")
        term.pump(3)
        r["key_ms"] = key_to_frame(term, keys)
        faults(sim, "")
    term.stop()
    return r


def fmt(value, pattern, missing="n/a"):
    return missing if value is None else pattern % value


def table(results, args):
    names = list(results)
    rows = [
        ("startup to first frame", "first_frame_ms", "%.0f ms", "< 50 ms"),
        ("startup to first data", "first_data_ms", "%.0f ms", ""),
        ("bytes of the first full frame", "first_frame_bytes", "%d B", ""),
        (f"bytes/min watching ({args.seconds:.0f} s, speed 60)", "bytes_per_min", "%.0f B", "< 5 KB, < watch"),
        ("frames/min watching", "frames_per_min", "%.0f", ""),
        ("bytes of a frame where one number changes", "one_number_bytes", "%.0f B", "< 40 B"),
        ("bytes per changed number (median frame)", "per_number_bytes", "%.0f B", ""),
        ("CPU watching (% of a core)", "cpu_watch", "%.3f %%", "< 0.3 %"),
        (f"CPU with nothing changing (frozen, {args.idle:.0f} s)", "cpu_idle", "%.3f %%", "< 0.05 %"),
        ("bytes/min with nothing changing", "idle_bytes_per_min", "%.0f B", ""),
        ("peak RSS (VmHWM)", "rss_mb", "%.1f MB", "< 18 MB"),
        ("key to frame, every API stalled (median of 10)", "key_ms", "%.1f ms", "< 16 ms"),
    ]
    width = 48
    print("figure".ljust(width) + "".join(n.ljust(16) for n in names) + "target")
    print("-" * (width - 2) + "  " + "".join(("-" * 14).ljust(16) for _ in names) + "------")
    for label, key, pattern, target in rows:
        cells = []
        for n in names:
            r = results[n]
            cells.append(("not installed" if r.get("missing") else fmt(r.get(key), pattern)).ljust(16))
        print(label.ljust(width) + "".join(cells) + target)


def private_home():
    """A new, empty home for one run: no config, no history, no war-room leader from another
    run (the layout profile records the dashboard in the same state the benchmark measures)."""
    home = tempfile.mkdtemp(prefix="launchdeck-bench-")
    return {"HOME": home, "XDG_CONFIG_HOME": home + "/.config", "XDG_STATE_HOME": home + "/.state", "LANG": "C.UTF-8"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--idle", type=float, default=60)
    parser.add_argument("--warmup", type=float, default=5)
    parser.add_argument("--only", default="")
    parser.add_argument("--cols", type=int, default=120)
    parser.add_argument("--rows", type=int, default=40)
    args = parser.parse_args()

    env = {**private_home(), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "xterm-256color",
           "COLUMNS": str(args.cols), "LINES": str(args.rows)}
    sim = start_simulator(args.binary, 60, env)
    results = {}
    try:
        for name, argv, extra, ff, fd, keys in programs(args.binary, sim):
            if args.only and name not in args.only.split(","):
                continue
            print(f"measuring {name}...", file=sys.stderr, flush=True)
            results[name] = measure(name, argv, extra, ff, fd, keys, sim, env, args)
    finally:
        sim["proc"].terminate()
        sim["proc"].wait(timeout=10)
    table(results, args)


if __name__ == "__main__":
    main()
