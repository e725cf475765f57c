#!/usr/bin/env bash
# launchdeck against its peers through a real pty at 120x40, the simulator in another
# process at --speed 60: bytes to the terminal, CPU, peak RSS, startup, key to frame while
# every API stalls. Prints one table (BENCHMARKS.md records it). Takes about 8 minutes.
#   BENCH_BUILD=debug   measure the debug build instead of building release (~10 min here)
#   BENCH_SECONDS=60    seconds of watching per program; BENCH_ONLY=launchdeck,btop to pick
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/bench.sh
source scripts/lib/bench.sh

bench_setup
"$BENCH_PYTHON" -B scripts/bench-terminal.py --binary "$BENCH_BIN" --seconds "${BENCH_SECONDS:-60}" --idle "${BENCH_IDLE:-60}" \
    --only "${BENCH_ONLY:-}"
