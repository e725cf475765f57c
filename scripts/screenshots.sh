#!/usr/bin/env bash
# Renders screenshots/ from the demo at a fixed seed and time, through the program's own
# headless renderer (`launchdeck screenshot`): text and SVG, and PNG via rsvg-convert.
# The end-to-end tests fail when the text screenshots no longer match what the code renders.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/setup.sh
source scripts/lib/setup.sh

ensure_packages $LAUNCHDECK_BUILD_PACKAGES librsvg2-bin fonts-dejavu-core
ensure_swift
swift build --product launchdeck
bin=.build/debug/launchdeck
time=2026-11-23T12:00:00Z

shot() {  # shot NAME SIZE [extra args...]
    local name=$1 size=$2
    shift 2
    "$bin" screenshot --demo --seed 42 --time "$time" --size "$size" --format text --output "screenshots/$name.txt" "$@"
    "$bin" screenshot --demo --seed 42 --time "$time" --size "$size" --format svg --output "screenshots/$name.svg" "$@"
    rsvg-convert "screenshots/$name.svg" -o "screenshots/$name.png"
    echo "screenshots/$name.{txt,svg,png}"
}

# One list of screenshots, shared with the test that checks them.
grep -v '^#' screenshots/screens.list | while read -r name size extra; do
    [ -n "$name" ] || continue
    # shellcheck disable=SC2086
    shot "$name" "$size" $extra
done
