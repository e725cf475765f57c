"""How much of launchdeck's code outside the ordered span is resident after watching the
overview: the measure of a stale layout profile. lld packs the functions named in
scripts/link/hot-symbols.txt at the front of .text; a hot function the file does not name (a
rename, a new function, a toolchain or dependency bump) lands somewhere in the 20 MB after it,
and the kernel maps the 64 KB around it on its first call. Counting names the file has that the
binary lacks misses new code entirely (a change to the war room's second cost 0.7 MB that way
with every name still present); this counts what the run made resident.

Runs the binary at 120x40 in a pty against a simulator in another process (as the benchmark
and the profile do), watches the overview for --seconds with the profile's keys, then reads
/proc/PID/pagemap for the binary's code. Prints the figures; exits 1 above --max-kb.
   cold_code.py --binary BIN --names scripts/link/hot-symbols.txt [--seconds 40] [--max-kb N]"""
import argparse
import os
import struct
import subprocess
import sys

from overview_run import WATCH_KEYS, bench_module

PAGE = os.sysconf("SC_PAGE_SIZE")


def ordered_span(binary, names_file):
    """(start, end, count) of the functions the ordering file names, as laid out (ELF addresses)."""
    with open(names_file) as f:
        names = {line.strip() for line in f if line.strip()}
    out = subprocess.run(["nm", "-S", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    spans = []
    for line in out.splitlines():
        p = line.split()
        if len(p) == 4 and p[2] in "tTwW" and p[3] in names:
            start = int(p[0], 16)
            spans.append((start, start + int(p[1], 16)))
    if not spans:
        sys.exit("cold_code.py: the binary defines none of the ordered names")
    # lld packs the listed functions in the file's order at the front of .text (with the whole
    # input section of a listed name that shares one: a toolchain library's), so the span runs
    # from the lowest to the end of the highest.
    start = min(s for s, _ in spans)
    end = max(e for _, e in spans)
    return start, end, len(spans)


def resident_code(pid, binary):
    """ELF addresses of the binary's executable pages that are resident in process `pid`."""
    real = os.path.realpath(binary)
    maps, base = [], None
    with open(f"/proc/{pid}/maps") as f:
        for line in f:
            p = line.split()
            if len(p) < 6 or os.path.realpath(p[5]) != real:
                continue
            lo, hi = (int(x, 16) for x in p[0].split("-"))
            if int(p[2], 16) == 0:
                base = lo if base is None else min(base, lo)
            if "x" in p[1]:
                maps.append((lo, hi))
    pages = []
    with open(f"/proc/{pid}/pagemap", "rb") as f:
        for lo, hi in maps:
            f.seek(lo // PAGE * 8)
            data = f.read((hi - lo) // PAGE * 8)
            for i, (entry,) in enumerate(struct.iter_unpack("<Q", data)):
                if entry >> 63 & 1:
                    pages.append(lo + i * PAGE - base)
    return pages


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--names", required=True)
    parser.add_argument("--seconds", type=float, default=40)
    parser.add_argument("--max-kb", type=int, default=0, help="fail above this much cold code (0: only print)")
    args = parser.parse_args()

    start, end, count = ordered_span(args.binary, args.names)
    bt = bench_module()
    from bench_pty import Pty
    env = {**bt.private_home(), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "xterm-256color",
           "COLUMNS": "120", "LINES": "40"}
    sim = bt.start_simulator(args.binary, 60, env)
    try:
        _, argv, extra, _, first_data, _ = bt.programs(args.binary, sim)[0]
        term = Pty(argv, {**env, **extra}, 120, 40)
        try:
            if not term.wait_for(first_data, 30):
                sys.exit("cold_code.py: the dashboard showed no data in 30 s:\n" + term.text())
            # The overview as the profile's first part watches it: data coming in, a pane
            # focused, frozen and zoomed.
            term.pump(args.seconds / 2)
            for key in WATCH_KEYS:
                term.send(key)
                term.pump(1)
            term.pump(max(0.0, args.seconds / 2 - 6))
            pages = resident_code(term.pid, args.binary)
        finally:
            term.stop()
    finally:
        sim["proc"].terminate()
        sim["proc"].wait(timeout=10)
    hot = sum(1 for a in pages if start - PAGE < a < end + PAGE) * PAGE // 1024
    cold = sum(1 for a in pages if a >= end + PAGE) * PAGE // 1024
    before = sum(1 for a in pages if a <= start - PAGE) * PAGE // 1024
    print(f"launchdeck: code resident after {args.seconds:.0f} s of the overview: {hot} KB in the ordered span "
          f"({count} functions, {(end - start) // 1024} KB), {before} KB before it, {cold} KB after it"
          + (f" (at most {args.max_kb} KB)" if args.max_kb else ""))
    if args.max_kb and cold > args.max_kb:
        print(f"launchdeck: {cold} KB of code the layout profile does not name ran (new or renamed hot functions)",
              file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
