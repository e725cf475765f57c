#!/usr/bin/env bash
# The full fault soak (issue #7): an accelerated launch day on `launchdeck simulate --admin`
# in its own process, the dashboard in tmux pointed at it, every fault on each service in
# turn and then all together, switched through POST /_admin/faults. About 20 minutes.
# Prints a summary: phases and faults, which panes showed their error, how long each took
# to recover, RSS at start and end, and PASS or FAIL (the exit status says the same).
#
#   bash scripts/soak.sh            # the full soak
#   bash scripts/soak.sh --short    # the short form CI runs (about 2.5 minutes)
#
# LAUNCHDECK_SOAK_VERBOSE=1 also prints each phase as it starts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/setup.sh
source scripts/lib/setup.sh

ensure_packages $LAUNCHDECK_BUILD_PACKAGES tmux procps
ensure_swift

mode=full
if [ "${1:-}" = "--short" ]; then mode=short; fi

echo "launchdeck: building the program and the tests..."
swift build --build-tests

summary=$(mktemp)
log=$(mktemp)
trap 'rm -f "$summary" "$log"' EXIT
status=0
echo "launchdeck: running the ${mode} soak..."
LAUNCHDECK_SOAK="$mode" LAUNCHDECK_SOAK_SUMMARY="$summary" \
    swift test --skip-build --filter 'SoakTests/faultSoak' >"$log" 2>&1 || status=$?

echo ""
if [ -s "$summary" ]; then
    cat "$summary"
    echo ""
    # The test passes on known issues (see SoakFindingsTests); the soak's verdict does not.
    if [ "$(tail -n 1 "$summary")" != "RESULT: PASS" ] && [ "$status" -eq 0 ]; then status=1; fi
else
    # The soak could not start (no binary, no tmux): show why.
    cat "$log"
    echo "RESULT: FAIL (the soak did not run)"
    [ "$status" -ne 0 ] || status=1
fi
if [ "$status" -ne 0 ]; then
    echo ""
    echo "launchdeck: the soak failed; the test's own output:" >&2
    grep -E '^(✘|􀢄)|Expectation failed' "$log" >&2 || true
fi
exit "$status"
