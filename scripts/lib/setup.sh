# Shared by scripts/demo.sh and scripts/test.sh: make sure this machine can build and run
# launchdeck. Installs missing Debian packages when run as root; otherwise prints the exact
# command and stops. Sourced, not run.

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
