#!/usr/bin/env bash
# The MiniDebugInfo recipe still works (scripts/lib/minidebuginfo.sh, used by install.sh): a
# copy of BIN, fully stripped with its function names added, names LaunchdeckApp's functions.
# Fails when it does not. About 20 s on the debug binary.
#   bash scripts/check-minidebuginfo.sh [BIN]      BIN defaults to .build/debug/launchdeck
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/minidebuginfo.sh
source scripts/lib/minidebuginfo.sh

bin=${1:-.build/debug/launchdeck}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$bin" "$work/launchdeck"
add_minidebuginfo "$work/launchdeck" || { echo "launchdeck: MiniDebugInfo could not be added to $bin" >&2; exit 1; }
check_minidebuginfo "$work/launchdeck"
