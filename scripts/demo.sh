#!/usr/bin/env bash
# Sets up what launchdeck needs, builds it, and runs the dashboard on the embedded demo.
# Extra arguments go to launchdeck (e.g. --ascii).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/setup.sh
source scripts/lib/setup.sh

ensure_packages $LAUNCHDECK_BUILD_PACKAGES
ensure_swift

echo "launchdeck: building (the first build takes a few minutes)..."
swift build --product launchdeck
exec .build/debug/launchdeck --demo "$@"
