#!/usr/bin/env bash
# The installed binary's size (stripped, gzip -9), first frame and peak RSS, against the
# simulator in another process and with --demo (BENCHMARKS.md, "Session 7"). About 5 minutes
# after the release build.   BENCH_SECONDS=60: seconds of watching before reading peak RSS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/bench.sh
source scripts/lib/bench.sh

bench_setup
"$BENCH_PYTHON" -B scripts/bench-binary.py --binary "$BENCH_BIN" --seconds "${BENCH_SECONDS:-60}"
