# Helpers for bench/run.sh: tools, the nginx sink, timing. Sourced, not run.

SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
APT_UPDATED=

# ensure COMMAND PACKAGE: installs Debian's PACKAGE when COMMAND is missing.
ensure() {
    command -v "$1" >/dev/null 2>&1 && return
    echo "==> installing $2" >&2
    if [ -z "$APT_UPDATED" ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$2" >/dev/null
}

# ensure_file FILE PACKAGE: installs Debian's PACKAGE when FILE is missing (headers, say).
ensure_file() {
    [ -e "$1" ] && return
    echo "==> installing $2" >&2
    if [ -z "$APT_UPDATED" ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$2" >/dev/null
}

# ensure_aiohttp: a venv under .build-bench with aiohttp from PyPI.
ensure_aiohttp() {
    [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
    "$VENV/bin/python" -c 'import aiohttp' 2>/dev/null || "$VENV/bin/pip" install -q aiohttp
}

NGINX_PREFIX=
start_sink() {
    NGINX_PREFIX=$WORK/nginx/
    mkdir -p "$NGINX_PREFIX/tmp"
    nginx -p "$NGINX_PREFIX" -c "$ROOT/bench/nginx.conf" -e "$NGINX_PREFIX/error.log"
    for _ in $(seq 50); do
        curl -s -o /dev/null -X POST "$URL" && return
        sleep 0.1
    done
    echo "nginx did not answer on $URL" >&2
    exit 1
}

stop_sink() {
    [ -n "$NGINX_PREFIX" ] && [ -f "$NGINX_PREFIX/nginx.pid" ] || return 0
    local pid
    pid=$(cat "$NGINX_PREFIX/nginx.pid")
    kill -QUIT "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}

# sink_ticks: CPU clock ticks (user + system) used so far by the nginx worker(s).
sink_ticks() {
    local total=0 pid
    for pid in $(pgrep -P "$(cat "$NGINX_PREFIX/nginx.pid")"); do
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
    done
    echo "$total"
}

# per_request_us TICKS COUNT: microseconds of CPU per request for TICKS clock ticks.
per_request_us() { awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }'; }

# shell_words WORD…: the words as one command line a shell reads back the same, each word that
# needs it in single quotes (so RESULTS.md's commands can be pasted as they are).
shell_words() {
    local line="" word
    for word in "$@"; do
        if [[ $word =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then line+="$word "
        else line+="'${word//\'/\'\\\'\'}' "; fi
    done
    echo "${line% }"
}

# timed NAME COMMAND…: runs COMMAND with its output in $WORK/NAME.out (.err) and sets WALL (s),
# CPU (user+sys s) and RSS_MB (peak) from /usr/bin/time -v, and SINK_TICKS (the nginx
# worker's CPU meanwhile, in clock ticks). Records the command line.
timed() {
    local name=$1; shift
    COMMANDS+=("$(shell_words "$@")")
    local start end sink_before=0
    [ -n "$NGINX_PREFIX" ] && [ -f "$NGINX_PREFIX/nginx.pid" ] && sink_before=$(sink_ticks)
    start=$(date +%s%N)
    /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || {
        echo "FAILED: $*" >&2; tail -20 "$WORK/$name.out" "$WORK/$name.err" >&2; exit 1
    }
    end=$(date +%s%N)
    SINK_TICKS=0
    [ -n "$NGINX_PREFIX" ] && [ -f "$NGINX_PREFIX/nginx.pid" ] && SINK_TICKS=$(($(sink_ticks) - sink_before))
    WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$WORK/$name.time")
    RSS_MB=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$WORK/$name.time")
}

# cpu_times: "STEAL TOTAL" in clock ticks, all cores, from /proc/stat. On a virtual machine whose
# host is busy, steal is time this machine's cores wanted to run and were not given.
cpu_times() { awk '$1 == "cpu" { print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit }' /proc/stat; }
# steal_pct "STEAL TOTAL" "STEAL TOTAL": the share of the time in between that was stolen.
steal_pct() { awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " "); d = y[2] - x[2]; printf "%.0f", (d > 0 ? 100 * (y[1] - x[1]) / d : 0) }'; }

# field KEY FILE: the value of KEY=VALUE in FILE.
field() { grep -o "$1=[0-9.]*" "$2" | tail -1 | cut -d= -f2; }
# summary_latency p50|p99 FILE: that percentile in milliseconds from `yuno-sim run`'s summary
# line (`latency   p50 0.629 ms  p95 …  p99 9.91 ms  max …`; above a second it says `1.20 s`).
summary_latency() {
    awk -v p="$1" '$1 == "latency" { for (i = 2; i < NF; i++) if ($i == p) { v = $(i + 1); if ($(i + 2) == "s") v *= 1000; print v } }' "$2" | tail -1
}

# rate COUNT SECONDS, us_per SECONDS COUNT, ratio A B: formatted arithmetic.
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
us_per() { awk -v s="$1" -v n="$2" 'BEGIN { printf "%.1f", s * 1e6 / n }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# verdict VALUE OP LIMIT: "met" or "MISSED".
verdict() { awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = (op == ">=") ? v >= l : v <= l; print ok ? "met" : "MISSED" }'; }

# median VALUES…: the middle value (the mean of the middle two for an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# spread VALUES…: smallest–largest.
spread() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { low = $1 } { high = $1 } END { printf "%s–%s", low, high }'; }
