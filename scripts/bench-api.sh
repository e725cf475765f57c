#!/usr/bin/env bash
# API cost: requests per hour per service (default config and demo) against each documented
# limit, and the 429s over an accelerated launch day (simulator at --speed 288: a day in the
# 5-minute run). Prints one table (BENCHMARKS.md records it).
#   BENCH_BUILD=debug   use the debug build; BENCH_MINUTES=5 minutes of wall time
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/bench.sh
source scripts/lib/bench.sh

bench_setup
"$BENCH_PYTHON" -B scripts/bench-api.py --binary "$BENCH_BIN" --minutes "${BENCH_MINUTES:-5}" --speed "${BENCH_SPEED:-288}"
