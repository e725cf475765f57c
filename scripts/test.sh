#!/usr/bin/env bash
# Sets up what the tests need, builds everything, and runs every test: unit tests, the
# client against the simulator on loopback, and the end-to-end tests in tmux.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/setup.sh
source scripts/lib/setup.sh

# The build packages (scripts/lib/setup.sh); tmux and procps (pkill) for the end-to-end tests;
# binutils and xz-utils for the installed binary's function names (MiniDebugInfo).
ensure_packages $LAUNCHDECK_BUILD_PACKAGES tmux procps binutils xz-utils
ensure_swift

echo "launchdeck: building the program and the tests..."
swift build --build-tests

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# The end-to-end tests run the binary that `swift build` just made (.build/debug/launchdeck).
swift test --skip-build 2>&1 | tee "$log" || status=$?
# The release layout profile still names the code it orders (fails when it went stale).
bash scripts/link/check-ordering.sh || status=1
# The release binary as scripts/install.sh installs it still carries its function names.
bash scripts/check-minidebuginfo.sh .build/release/launchdeck || status=1

passed=$(grep -E '^✔ Test .* passed after' "$log" | grep -vc '^✔ Test run with' || true)
failed=$(grep -E '^✘ Test .* failed after' "$log" | grep -vc '^✘ Test run with' || true)
echo ""
echo "tests: ${passed} passed, ${failed} failed"
if [ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -eq 0 ]; then
    echo "launchdeck: no test ran; that is a failure" >&2
    exit 1
fi
if [ "$failed" -ne 0 ] && [ "$status" -eq 0 ]; then status=1; fi
exit "$status"
