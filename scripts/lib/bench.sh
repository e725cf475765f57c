# Shared by scripts/bench-*.sh: packages, the build to measure, the machine's description.
# Sourced, not run.
# shellcheck source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

# bench_setup: what the harness needs (stops if missing), the peers (said if unavailable),
# then builds launchdeck: release unless BENCH_BUILD=debug. Sets BENCH_BUILD, BENCH_BIN, BENCH_PYTHON.
bench_setup() {
    ensure_packages $LAUNCHDECK_BUILD_PACKAGES python3 python3-pyte jq curl procps
    local peers
    peers=$(launchdeck_missing_packages btop glances)
    if [ -n "$peers" ]; then
        if [ "$(id -u)" -eq 0 ]; then
            # shellcheck disable=SC2086
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $peers \
                || echo "launchdeck: could not install $peers; the table says so" >&2
        else
            echo "launchdeck: peers missing (the table says so): sudo apt-get install -y $peers" >&2
        fi
    fi
    ensure_swift
    # Debian's python3, which sees python3-pyte (not a pyenv or venv one earlier on PATH).
    BENCH_PYTHON=/usr/bin/python3
    [ -x "$BENCH_PYTHON" ] || BENCH_PYTHON=python3
    BENCH_BUILD=${BENCH_BUILD:-release}
    echo "launchdeck: building $BENCH_BUILD (a release build takes about 10 minutes here)..."
    # Release is measured as scripts/install.sh builds it (build_release in setup.sh).
    if [ "$BENCH_BUILD" = release ]; then
        build_release
    else
        swift build -q -c "$BENCH_BUILD" --product launchdeck
    fi
    BENCH_BIN="$(pwd)/.build/$BENCH_BUILD/launchdeck"
    echo "machine: $(bench_machine)"
    echo "build: $BENCH_BUILD ($BENCH_BIN)"
}

bench_machine() {
    local cpu mem
    cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
    mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
    echo "$(nproc) cores ($cpu), $mem, $(. /etc/os-release && echo "$PRETTY_NAME"), $(swift --version 2>&1 | head -1)"
}
