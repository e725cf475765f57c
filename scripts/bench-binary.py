"""The installed binary's figures (issue 17): its size as scripts/install.sh installs it (fully
stripped, function names as MiniDebugInfo: scripts/lib/minidebuginfo.sh), stripped of debug info
only (the install before), fully stripped, and each gzip -9; startup to first frame
(median of 3) and peak RSS after a minute of watching, against the simulator in another
process (as scripts/bench-terminal.py runs it), and of `--demo` (simulator in process).
Run by scripts/bench-binary.sh; prints one table."""
import argparse
import gzip
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_pty import Pty  # noqa: E402

spec = importlib.util.spec_from_file_location("bench_terminal", os.path.join(HERE, "bench-terminal.py"))
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def file_size(path):
    with open(path, "rb") as f:
        data = f.read()
    return len(data), len(gzip.compress(data, 9))


def sizes(binary, installed, work):
    out = {"installed (MiniDebugInfo)": file_size(installed)}
    for name, flags in [("symbols kept (strip --strip-debug)", ["--strip-debug"]), ("stripped (strip)", [])]:
        copy = os.path.join(work, "launchdeck")
        shutil.copy(binary, copy)
        subprocess.run(["strip", *flags, copy], check=True)
        out[name] = file_size(copy)
    return out


def run(argv, env, first_frame, seconds, rounds):
    firsts, rss = [], None
    for i in range(rounds):
        term = Pty(argv, env, 120, 40)
        t = term.wait_for(first_frame, 30)
        firsts.append((t - term.started) * 1000 if t else float("nan"))
        if i == 0:
            term.pump(seconds)
            rss = term.peak_rss_mb()
        term.stop()
    return statistics.median(firsts), firsts, rss


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--binary", required=True)
    p.add_argument("--installed", required=True, help="the binary with MiniDebugInfo (bench-binary.sh makes it)")
    p.add_argument("--seconds", type=float, default=60)
    args = p.parse_args()
    work = tempfile.mkdtemp(prefix="launchdeck-bench-")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": work, "XDG_CONFIG_HOME": work + "/.config",
           "XDG_STATE_HOME": work + "/.state", "TERM": "xterm-256color", "LANG": "C.UTF-8",
           "COLUMNS": "120", "LINES": "40"}
    for name, (size, packed) in sizes(args.binary, args.installed, work).items():
        print(f"{name:40}{size / 1e6:8.1f} MB   gzip -9 {packed / 1e6:5.1f} MB")
    sim = bench.start_simulator(args.binary, 60, env)
    try:
        _, argv, extra, first_frame, _, _ = bench.programs(args.binary, sim)[0]
        rows = [("simulator in another process", run(argv, {**env, **extra}, first_frame, args.seconds, 3)),
                ("--demo (simulator in process)", run([args.binary, "--demo"], env, first_frame, args.seconds, 3))]
    finally:
        sim["proc"].terminate()
        sim["proc"].wait(timeout=10)
    for name, (median, firsts, rss) in rows:
        runs = ", ".join("%.0f" % f for f in firsts)
        print(f"{name:40}first frame {median:4.0f} ms (runs {runs}), peak RSS {rss:.1f} MB after {args.seconds:.0f} s")


if __name__ == "__main__":
    main()
