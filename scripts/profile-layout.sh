#!/usr/bin/env bash
# Re-records scripts/link/hot-symbols.txt: the functions the dashboard runs, which build_release
# (scripts/lib/setup.sh) asks lld to pack together at the front of .text: first what runs all
# day (the overview watched, hottest first), then what only the tour of every screen ran.
# Runs the release build under callgrind against a simulator in another process and drives
# every screen (scripts/link/profile.py). Takes about 15 minutes. Re-run it when
# scripts/link/check-ordering.sh (run by scripts/test.sh) says the file is stale: a function
# missing from the file still works, it only costs resident memory. Names from earlier runs
# that the binary still defines are kept after the new ones (--merge); delete the file to start over.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/setup.sh
source scripts/lib/setup.sh

ensure_packages $LAUNCHDECK_BUILD_PACKAGES valgrind tmux python3 python3-pyte binutils
ensure_swift
echo "launchdeck: building release (about 10 minutes the first time on 2 cores)..."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build_release -Xlinker "-Map=$work/launchdeck.map"
cp .build/release/launchdeck "$work/launchdeck"
strip --strip-debug "$work/launchdeck"
echo "launchdeck: profiling every screen under callgrind (about 10 minutes)..."
/usr/bin/python3 -B scripts/link/profile.py --binary "$(pwd)/.build/release/launchdeck" \
    --valgrind-binary "$work/launchdeck" --output "$work/callgrind.out"
/usr/bin/python3 -B scripts/link/hot_symbols.py "$work/callgrind.out.1" "$work/callgrind.out" --binary "$work/launchdeck" \
    --map "$work/launchdeck.map" --output scripts/link/hot-symbols.txt --helpers scripts/link/hot-helpers.lds --merge
echo "launchdeck: now run scripts/install.sh or scripts/bench-terminal.sh to link with it"
