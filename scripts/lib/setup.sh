# Shared by scripts/demo.sh and scripts/test.sh: make sure this machine can build and run
# launchdeck. Installs missing Debian packages when run as root; otherwise prints the exact
# command and stops. Sourced, not run.

# What every build of launchdeck links: ncurses (the screen) and SQLite (the history). Named
# once here; each script adds what it alone needs.
LAUNCHDECK_BUILD_PACKAGES="libncursesw5-dev libsqlite3-dev"

launchdeck_missing_packages() {
    local missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    echo "${missing[@]:-}"
}

# ensure_packages PKG...: every Debian package named is installed afterwards, or we stop.
ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "launchdeck: this script installs Debian packages; on another system install the" >&2
        echo "equivalents of: $*" >&2
        return 0
    fi
    local missing
    missing=$(launchdeck_missing_packages "$@")
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "launchdeck: installing Debian packages: $missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing
    else
        echo "launchdeck: these Debian packages are missing: $missing" >&2
        echo "Install them, then run this again:" >&2
        echo "" >&2
        echo "    sudo apt-get install -y $missing" >&2
        echo "" >&2
        exit 1
    fi
}

# ensure_swift: the Swift 6 toolchain is on PATH, or we say where to get it.
ensure_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        if [ -x /opt/swift/usr/bin/swift ]; then
            export PATH="/opt/swift/usr/bin:$PATH"
        else
            echo "launchdeck: the Swift toolchain (6.1 or newer) is not on PATH." >&2
            echo "Install it from https://www.swift.org/install/linux/ and run this again." >&2
            exit 1
        fi
    fi
}

# build_release [SWIFT BUILD ARGS]: the launchdeck binary people install and the benchmarks
# measure, at .build/release/launchdeck. The Swift runtime and Foundation are linked in
# (--static-swift-stdlib: it runs on a server without Swift). Laid out so that it is small in
# memory, not only on disk (BENCHMARKS.md, "Memory"; 35 MB resident before, about 21 after):
#  - every function in a section of its own (-function-sections: swiftc does not by default),
#    and the functions that run (scripts/link/hot-symbols.txt, made by
#    scripts/profile-layout.sh) packed at the front of .text by lld: the kernel maps code
#    64 KB around each page fault, so hot code spread over 26 MB made most of it resident;
#  - code without a symbol gathered next to it (scripts/link/text-layout.lds), and the helpers
#    that ran but cannot be named in the ordering file (defined again in many objects, one copy
#    in a library's big .text) gathered by their function sections (scripts/link/hot-helpers.lds,
#    written with hot-symbols.txt);
#  - no dynamic symbol table for the Swift symbols (the runtime's static-stdlib link exports
#    them all) and relative relocations packed (RELR): ld.so read 5.5 MB of both at start;
#  - libstdc++ linked in from its archive (the one the toolchain's clang finds), not loaded as
#    libstdc++.so: ld.so mapped and relocated 1.4 MB of it for the few functions the Swift
#    runtime calls. The runtime's link line says -lstdc++, so a linker script by that name in
#    a directory searched first (.build/link) points it at the archive; without the archive
#    the shared library is used as before;
#  - SQLite the same way (CSQLite's module map says -lsqlite3; libsqlite3.a is in
#    libsqlite3-dev): as libsqlite3.so 0.9 MB of its code was resident, spread by fault-around
#    over a library nobody orders; linked in, the profile packs the parts that run with ours.
# A symbol the ordering file names but the code no longer has is skipped, so a stale file
# costs memory, never a build; scripts/link/check-ordering.sh (in scripts/test.sh) fails when
# it is stale, and `bash scripts/profile-layout.sh` re-records it. The binary is removed first: swift build does not relink
# when only the ordering file or the script changed.
build_release() {
    local link=()
    if [ -f scripts/link/hot-symbols.txt ]; then
        link=(-Xlinker "--symbol-ordering-file=$(pwd)/scripts/link/hot-symbols.txt"
              -Xlinker --no-warn-symbol-ordering)
    fi
    if [ -f scripts/link/hot-helpers.lds ]; then
        link+=(-Xlinker -T -Xlinker "$(pwd)/scripts/link/hot-helpers.lds")
    fi
    local cxx sqlite
    mkdir -p .build/link
    rm -f .build/link/libstdc++.so .build/link/libsqlite3.so
    cxx=$(clang -print-file-name=libstdc++.a 2>/dev/null || true)
    [ -f "$cxx" ] && echo "INPUT($cxx)" > .build/link/libstdc++.so
    sqlite=$(clang -print-file-name=libsqlite3.a 2>/dev/null || true)
    [ -f "$sqlite" ] && echo "INPUT($sqlite)" > .build/link/libsqlite3.so
    link+=(-Xlinker "-L$(pwd)/.build/link")
    rm -f .build/release/launchdeck
    swift build -q -c release --product launchdeck --static-swift-stdlib \
        -Xswiftc -use-ld=lld \
        -Xswiftc -Xfrontend -Xswiftc -function-sections -Xcc -ffunction-sections \
        -Xswiftc -Xfrontend -Xswiftc -disable-incremental-llvm-codegen \
        -Xlinker --no-export-dynamic -Xlinker -z -Xlinker pack-relative-relocs \
        -Xlinker -T -Xlinker "$(pwd)/scripts/link/text-layout.lds" "${link[@]}" "$@"
}
