#!/usr/bin/env bash
# Fails when scripts/link/hot-symbols.txt no longer matches the code it orders. lld skips a
# name the binary does not define (build_release passes --no-warn-symbol-ordering), so a
# rename, a toolchain or a dependency bump would silently un-order the hot code and cost
# resident memory (BENCHMARKS.md, "Session 7": 15.7 MB with the file, 22.1 MB without).
# Builds release as scripts/install.sh does and counts the ordered names the binary defines;
# below LAYOUT_MIN_PERCENT (95) it fails and says how to re-record. Run by scripts/test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=../lib/setup.sh
source scripts/lib/setup.sh

ensure_packages $LAUNCHDECK_BUILD_PACKAGES binutils
ensure_swift
echo "launchdeck: building release to check the layout profile..."
build_release
names=scripts/link/hot-symbols.txt
total=$(grep -c . "$names")
present=$(comm -12 <(sort -u "$names") \
    <(nm --defined-only .build/release/launchdeck | awk '{print $NF}' | sort -u) | wc -l)
min=${LAYOUT_MIN_PERCENT:-95}
echo "launchdeck: $present of $total functions in $names are in the release binary (at least $min % needed)"
if [ $((present * 100)) -lt $((total * min)) ]; then
    echo "launchdeck: the layout profile is stale; re-record it (about 15 minutes):" >&2
    echo "    bash scripts/profile-layout.sh" >&2
    exit 1
fi
