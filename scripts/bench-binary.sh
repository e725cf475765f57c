#!/usr/bin/env bash
# The installed binary's size (with MiniDebugInfo as scripts/install.sh installs it, with its
# whole symbol table as before, fully stripped; each gzip -9), first frame and peak RSS, against the
# simulator in another process and with --demo (BENCHMARKS.md, "Session 7"). About 5 minutes
# after the release build.   BENCH_SECONDS=60: seconds of watching before reading peak RSS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/bench.sh
source scripts/lib/bench.sh
# shellcheck source=lib/minidebuginfo.sh
source scripts/lib/minidebuginfo.sh

ensure_packages binutils xz-utils
bench_setup
# The binary as scripts/install.sh installs it; fails loudly when its MiniDebugInfo is missing
# (the recipe rotted, or the tools are gone), rather than measure something else.
installed=$(mktemp -d)
trap 'rm -rf "$installed"' EXIT
cp "$BENCH_BIN" "$installed/launchdeck"
add_minidebuginfo "$installed/launchdeck" || { echo "launchdeck: bench-binary: no MiniDebugInfo" >&2; exit 1; }
check_minidebuginfo "$installed/launchdeck" || exit 1
"$BENCH_PYTHON" -B scripts/bench-binary.py --binary "$BENCH_BIN" --installed "$installed/launchdeck" \
    --seconds "${BENCH_SECONDS:-60}"
