# The installed binary's function names as MiniDebugInfo (issue 17: at most 50 MB installed).
# Sourced by scripts/install.sh and scripts/bench-binary.sh, not run.
#
# `strip --strip-debug` keeps the symbol table: 52-55 MB, over the target. Fully stripped the
# binary is 32-34 MB but a debugger or profiler shows bare addresses. MiniDebugInfo (the
# Fedora/gdb recipe) strips it fully and adds a section .gnu_debugdata: an xz-compressed ELF
# holding only the function symbols (14 MB of names packed into 1.4 MB), which gdb reads (so do
# elfutils, hence systemd-coredump, and perf from 2025 on; perf 6.1 of Debian 12 does not).
# Swift's own crash backtracer (SWIFT_BACKTRACE) reads the section too, but the one in Swift
# 6.3.1 crashes on any that unpacks to more than 192 KiB (ImageSource.append in its Runtime
# module slices past the bytes it has used once its buffer has room to spare) and then prints
# no backtrace at all; ours unpacks to 14 MB.
# Needs nm, objcopy, strip (binutils) and xz (xz-utils).

# add_minidebuginfo BIN: BIN fully stripped, with its function names in .gnu_debugdata.
# Without the tools, or if a step fails, BIN is only stripped of its debug info (symbol table
# kept, as before) and one line says so; returns 1 then.
add_minidebuginfo() {
    local bin=$1 tool missing="" work
    for tool in nm objcopy strip xz; do
        command -v "$tool" >/dev/null 2>&1 || missing+=" $tool"
    done
    if [ -z "$missing" ]; then
        work=$(mktemp -d)
        if minidebuginfo_build "$bin" "$work"; then
            rm -rf "$work"
            return 0
        fi
        rm -rf "$work"
    fi
    strip --strip-debug "$bin" 2>/dev/null || true
    echo "launchdeck: ${missing:+no$missing (binutils, xz-utils): }$bin is stripped of debug info" \
        "only (strip --strip-debug: its symbol table stays, about 20 MB more than MiniDebugInfo)" >&2
    return 1
}

# minidebuginfo_build BIN WORK: the recipe, in the scratch directory WORK; BIN is replaced only
# once every step has worked. Each step is checked here: a caller's `set -e` does not reach
# into a function called as `add_minidebuginfo BIN || ...`.
minidebuginfo_build() {
    local - bin=$1 work=$2
    set -o pipefail
    # The function symbols (T, t) not already in the dynamic symbol table (gdb reads those).
    nm --dynamic --defined-only --format=posix "$bin" 2>/dev/null | awk '{ print $1 }' \
        | LC_ALL=C sort > "$work/dynsyms" || return 1
    nm --defined-only --format=posix "$bin" 2>/dev/null | awk '$2 == "T" || $2 == "t" { print $1 }' \
        | LC_ALL=C sort > "$work/funcsyms" || return 1
    LC_ALL=C comm -13 "$work/dynsyms" "$work/funcsyms" > "$work/keep" || return 1
    # No function symbols: BIN was stripped already; its names are gone.
    [ -s "$work/keep" ] || return 1
    objcopy --only-keep-debug "$bin" "$work/debug" || return 1
    objcopy -S --remove-section .gdb_index --remove-section .comment \
        --keep-symbols="$work/keep" "$work/debug" "$work/mini" || return 1
    xz "$work/mini" || return 1
    cp "$bin" "$work/bin" || return 1
    strip --strip-all "$work/bin" || return 1
    objcopy --add-section .gnu_debugdata="$work/mini.xz" "$work/bin" || return 1
    # Written into BIN (not moved over it), so BIN keeps its mode.
    cat "$work/bin" > "$bin"
}

# check_minidebuginfo BIN: BIN has a .gnu_debugdata that unpacks to an ELF whose symbol table
# names our own functions; says what is wrong and returns 1 otherwise.
check_minidebuginfo() {
    local bin=$1 work count ours
    work=$(mktemp -d)
    objcopy --dump-section .gnu_debugdata="$work/mini.xz" "$bin" "$work/copy" 2>/dev/null
    if [ ! -s "$work/mini.xz" ]; then
        echo "launchdeck: $bin has no .gnu_debugdata section (no MiniDebugInfo)" >&2
        rm -rf "$work"
        return 1
    fi
    if ! xz -dc "$work/mini.xz" > "$work/mini" 2>/dev/null; then
        echo "launchdeck: the .gnu_debugdata of $bin does not unpack with xz" >&2
        rm -rf "$work"
        return 1
    fi
    count=$(nm --defined-only "$work/mini" 2>/dev/null | grep -c ' [Tt] ' || true)
    # A Swift function of ours: LaunchdeckApp's mangled names start $s13LaunchdeckApp.
    ours=$(nm --defined-only "$work/mini" 2>/dev/null | grep -c ' [Tt] \$s13LaunchdeckApp' || true)
    rm -rf "$work"
    if [ "$ours" -eq 0 ]; then
        echo "launchdeck: the .gnu_debugdata of $bin names $count functions, none of LaunchdeckApp's" >&2
        return 1
    fi
    echo "launchdeck: $bin carries MiniDebugInfo: $count function names ($ours of LaunchdeckApp)"
}
