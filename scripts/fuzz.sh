#!/usr/bin/env bash
# The fuzz suite at length: broken bodies through the decoders and every screen.
#   bash scripts/fuzz.sh [ROUNDS] [FIRST_SEED]      (default 200 rounds from seed 1)
# CI runs the same tests with 4 rounds. A failure names the seed, the screen and the
# mutations served; FUZZ_SEED=N FUZZ_ROUNDS=1 replays one round.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/setup.sh
source scripts/lib/setup.sh
ensure_packages $LAUNCHDECK_BUILD_PACKAGES
ensure_swift
swift build --build-tests
FUZZ_ROUNDS="${1:-200}" FUZZ_SEED="${2:-1}" swift test --skip-build --filter 'ScreenFuzzTests|FieldByFieldFuzzTests|LenientDecodingTests'
