#!/usr/bin/env bash
# Fails when scripts/link/hot-symbols.txt no longer matches the code it orders. lld skips a
# name the binary does not define (build_release passes --no-warn-symbol-ordering), so a
# rename, a toolchain or a dependency bump would silently un-order the hot code and cost
# resident memory (BENCHMARKS.md, "Session 7": 15.7 MB with the file, 22.1 MB without).
# Builds release as scripts/install.sh does and checks two things, each failing with how to
# re-record: the ordered names the binary still defines (at least LAYOUT_MIN_PERCENT, 95), and,
# since a new or renamed hot function is missing from the file without any name going away,
# prints the code outside the ordered span that 40 s of the overview makes resident
# (scripts/link/cold_code.py). That figure only fails the check when LAYOUT_MAX_COLD_KB is set:
# the same binary read 120 to 1144 KB from run to run (code that runs only with some timings,
# such as AsyncHTTPClient's body streaming), too wide a spread to gate CI on. Run by scripts/test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=../lib/setup.sh
source scripts/lib/setup.sh

ensure_packages $LAUNCHDECK_BUILD_PACKAGES binutils python3 python3-pyte
ensure_swift
echo "launchdeck: building release to check the layout profile..."
build_release
stale() {
    echo "launchdeck: the layout profile is stale; re-record it (about 20 minutes):" >&2
    echo "    bash scripts/profile-layout.sh" >&2
    exit 1
}
names=scripts/link/hot-symbols.txt
total=$(grep -c . "$names")
present=$(comm -12 <(sort -u "$names") \
    <(nm --defined-only .build/release/launchdeck | awk '{print $NF}' | sort -u) | wc -l)
min=${LAYOUT_MIN_PERCENT:-95}
echo "launchdeck: $present of $total functions in $names are in the release binary (at least $min % needed)"
[ $((present * 100)) -ge $((total * min)) ] || stale
# Debian's python3, which sees python3-pyte (not a pyenv or venv one earlier on PATH).
python=/usr/bin/python3
[ -x "$python" ] || python=python3
"$python" -B scripts/link/cold_code.py --binary .build/release/launchdeck --names "$names" \
    --max-kb "${LAYOUT_MAX_COLD_KB:-0}" || stale
