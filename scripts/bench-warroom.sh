#!/usr/bin/env bash
# War-room mode (issue 15) measured: 1, 5 and 20 dashboards with one set of credentials
# against one simulator in another process (--speed 5: two real minutes are ten simulated
# ones). Prints, for each count, the API requests an hour per service that all of them
# together cost (the simulator counts them: GET /_admin/requests), the 429s drawn, and the
# peak RSS of the leader and of each follower. BENCHMARKS.md records it.
#   BENCH_BUILD=debug     measure the debug build instead of building release
#   BENCH_BIN=PATH        measure this binary (a release build made beforehand)
#   BENCH_SECONDS=120     seconds measured per count;  BENCH_COUNTS="1 5 20"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/bench.sh
source scripts/lib/bench.sh

ensure_packages tmux jq curl procps
if [ -n "${BENCH_BIN:-}" ] && [ -x "$BENCH_BIN" ]; then
    echo "machine: $(bench_machine)"
    echo "build: given ($BENCH_BIN)"
elif [ "${BENCH_BUILD:-release}" = debug ] && [ -x .build/debug/launchdeck ]; then
    BENCH_BIN="$(pwd)/.build/debug/launchdeck"
    echo "machine: $(bench_machine)"
    echo "build: debug ($BENCH_BIN)"
else
    bench_setup
fi
SECONDS_MEASURED=${BENCH_SECONDS:-120}
COUNTS=${BENCH_COUNTS:-"1 5 20"}
WORK=$(mktemp -d /tmp/launchdeck-warroom.XXXXXX)
SOCKET="launchdeck-warroom-$$"
SIM_PID=""
cleanup() {
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

cat > "$WORK/config.toml" <<'TOML'
[tinylytics]
refresh = "30s"
[taplytics]
refresh = "60s"
[apteligent]
refresh = "60s"
TOML

printf '%-9s %-13s %-13s %-13s %-6s %-12s %s\n' watchers "tly req/h" "tap req/h" "apt req/h" 429s "leader RSS" "follower RSS (peak, max / median)"
for n in $COUNTS; do
    rm -rf "$WORK/state" "$WORK/home"; mkdir -p "$WORK/state" "$WORK/home"
    "$BENCH_BIN" simulate --port 0 --admin --speed 5 > "$WORK/sim.out" 2>&1 &
    SIM_PID=$!
    for _ in $(seq 100); do grep -q "Ctrl-C stops it." "$WORK/sim.out" 2>/dev/null && break; sleep 0.1; done
    # The credentials, from the lines it prints for pointing a dashboard at it.
    mapfile -t CREDENTIALS < <(sed -n '/Point the dashboard/,$p' "$WORK/sim.out" | grep -oE '[A-Z_]+=[^ \\]+')
    TLY=$(printf '%s\n' "${CREDENTIALS[@]}" | sed -n 's/^TINYLYTICS_BASE_URL=//p')
    ORIGIN=${TLY%%/tinylytics/*}
    ENVIRONMENT=(LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$WORK/home" XDG_STATE_HOME="$WORK/state"
        XDG_CONFIG_HOME="$WORK/home/.config" "${CREDENTIALS[@]}")
    for i in $(seq "$n"); do
        command="env ${ENVIRONMENT[*]} '$BENCH_BIN' --config '$WORK/config.toml'"
        if [ "$i" -eq 1 ]; then
            tmux -L "$SOCKET" -f /dev/null new-session -d -s room -x 140 -y 40 "$command"
        else
            tmux -L "$SOCKET" new-window -t room "$command"
        fi
        # The first leads before the others start: the election is not what is measured.
        [ "$i" -eq 1 ] && sleep 5
    done
    sleep 15
    before=$(curl -s "$ORIGIN/_admin/requests")
    sleep "$SECONDS_MEASURED"
    after=$(curl -s "$ORIGIN/_admin/requests")
    rate() { jq -n --argjson a "$before" --argjson b "$after" --arg k "$1" --argjson s "$SECONDS_MEASURED" \
        '(($b[$k] - $a[$k]) * 3600 / $s) | floor'; }
    errors=$(jq -n --argjson b "$after" '$b.tinylytics_429 + $b.taplytics_429 + $b.apteligent_429')
    leader_kb=0; followers=()
    while read -r window shell; do
        pid=$(pgrep -P "$shell" | head -1 || true)
        [ -z "$pid" ] && pid=$shell
        kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
        if tmux -L "$SOCKET" capture-pane -p -t "room:$window" | tail -1 | grep -q leading; then leader_kb=$kb
        else followers+=("$kb"); fi
    done < <(tmux -L "$SOCKET" list-panes -s -t room -F '#{window_index} #{pane_pid}')
    follower_text="-"
    if [ "${#followers[@]}" -gt 0 ]; then
        sorted=$(printf '%s\n' "${followers[@]}" | sort -n)
        max=$(echo "$sorted" | tail -1); median=$(echo "$sorted" | sed -n "$(( (${#followers[@]} + 1) / 2 ))p")
        follower_text=$(awk -v a="$max" -v b="$median" 'BEGIN { printf "%.1f / %.1f MB", a / 1024, b / 1024 }')
    fi
    printf '%-9s %-13s %-13s %-13s %-6s %-12s %s\n' "$n" "$(rate tinylytics)" "$(rate taplytics)" "$(rate apteligent)" \
        "$errors" "$(awk -v a="$leader_kb" 'BEGIN { printf "%.1f MB", a / 1024 }')" "$follower_text"
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    kill "$SIM_PID" 2>/dev/null || true; wait "$SIM_PID" 2>/dev/null || true; SIM_PID=""
done
