#!/usr/bin/env bash
# Builds launchdeck for everyday use and installs it: a release binary with the Swift
# runtime and FoundationEssentials linked in (--static-swift-stdlib; no Foundation, ICU or
# CoreFoundation: BENCHMARKS.md, "Session 7"), so it also runs on a server that has no Swift
# toolchain, and laid out to stay small in memory (build_release in scripts/lib/setup.sh). Installs PREFIX/bin/launchdeck and the themes in
# PREFIX/share/launchdeck/themes (where the binary looks for them).
#   bash scripts/install.sh [PREFIX]      PREFIX defaults to ~/.local
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/setup.sh
source scripts/lib/setup.sh
# shellcheck source=lib/minidebuginfo.sh
source scripts/lib/minidebuginfo.sh

prefix=${1:-${PREFIX:-$HOME/.local}}
# binutils and xz-utils: the function names as MiniDebugInfo (scripts/lib/minidebuginfo.sh).
ensure_packages $LAUNCHDECK_BUILD_PACKAGES binutils xz-utils
ensure_swift

echo "launchdeck: building release (about 10 minutes the first time on 2 cores)..."
build_release
mkdir -p "$prefix/bin" "$prefix/share/launchdeck/themes"
install -m 755 .build/release/launchdeck "$prefix/bin/launchdeck"
# Fully stripped (35 MB instead of 114; 55 with the whole symbol table), its function names
# kept, xz-compressed, for gdb and core dumps (scripts/lib/minidebuginfo.sh; Swift 6.3.1's
# SWIFT_BACKTRACE backtracer crashes on them). Without binutils or xz it keeps the whole
# symbol table instead, and says so.
add_minidebuginfo "$prefix/bin/launchdeck" || true
install -m 644 themes/*.theme "$prefix/share/launchdeck/themes/"

echo "launchdeck: installed $prefix/bin/launchdeck and its themes in $prefix/share/launchdeck/themes"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "launchdeck: $prefix/bin is not on PATH; add it: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
glibc=$(ldd --version 2>/dev/null | head -1 | awk '{print $NF}')
# What the binary asks the dynamic loader for (libstdc++ too, if the build machine had no
# static libstdc++.a; see build_release).
needs=$(readelf -d "$prefix/bin/launchdeck" 2>/dev/null | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | tr '\n' ' ')
echo "To run it on a server (x86_64 Linux with glibc $glibc or newer) it needs these shared libraries:"
echo "    ${needs:-(see ldd $prefix/bin/launchdeck)}"
echo "(a minimal Debian image may lack ncurses: apt-get install libncursesw6). Copy it with:"
echo "    scp -C $prefix/bin/launchdeck host:.local/bin/ && scp -r $prefix/share/launchdeck host:.local/share/"
