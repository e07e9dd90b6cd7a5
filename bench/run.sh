#!/usr/bin/env bash
# make bench: signed deliveries per second against wrk, curl --parallel and a Python sender
# on one nginx sink, then the scheduler and the in-memory pipeline at 1,000,000 events.
# Prints one table and writes it, with the machine and the exact commands, to bench/RESULTS.md.
# Expects release binaries in .build/release (the Makefile builds them).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/.build-bench
VENV=$WORK/venv
BIN=$ROOT/.build/release
URL=http://127.0.0.1:18089/webhooks/yuno
CONCURRENCY=${BENCH_CONCURRENCY:-64}
CURL_THREADS=${BENCH_CURL_THREADS:-2}             # yuno-sim run --curl-threads
DELIVERIES=100000                               # bench/purchase-100k.yaml
OTHER_COUNT=${BENCH_OTHER_COUNT:-20000}         # curl and Python requests
SCALE_EVENTS=${BENCH_SCALE_EVENTS:-1000000}     # × 7 attempts each
ROUNDS=${BENCH_ROUNDS:-5}                       # sender runs; the table shows medians
COMMANDS=()
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
source bench/lib.sh

ensure nginx nginx-light
ensure wrk wrk
ensure curl curl
[ -x /usr/bin/time ] || ensure /usr/bin/time time
ensure_file /usr/include/openssl/sha.h libssl-dev   # libcurl_floor's `sign` mode
ensure_aiohttp
mkdir -p "$WORK"
trap stop_sink EXIT
start_sink

# The body every tool sends: payment.purchase from the catalogue, and its signature.
"$BIN/yuno-sim-bench" body payment.purchase >"$WORK/body.json"
BODY_BYTES=$(wc -c <"$WORK/body.json")
SIGNATURE=$("$BIN/yuno-sim" sign --hmac-secret bench-hmac-secret "$WORK/body.json")

seq "$OTHER_COUNT" | sed "s|.*|url = \"$URL\"|" >"$WORK/curl-urls.conf"
# SHA256_Init and friends are deprecated in OpenSSL 3 but are what keeps pre-keyed HMAC simple.
COMMANDS+=("cc -O2 -Wno-deprecated-declarations -o $WORK/libcurl_floor bench/libcurl_floor.c -lcurl -lcrypto -lpthread")
cc -O2 -Wno-deprecated-declarations -o "$WORK/libcurl_floor" bench/libcurl_floor.c -lcurl -lcrypto -lpthread

# What "default flags" means for this binary, read from its own help.
YUNO_HELP=$("$BIN/yuno-sim" run --help | tr -s ' \n' ' ')
YUNO_DEFAULTS="$(grep -oP -- '--concurrency <n>.*?\(default: \K[0-9]+' <<<"$YUNO_HELP") in flight, $(grep -oP -- '--curl-threads <n>.*?\(default: \K[0-9]+' <<<"$YUNO_HELP") curl threads, no journal"
CPU_AT_START=$(cpu_times)
# The senders run in rounds, one after the other within each round, so that a slow spell of
# this shared machine hits all of them; the table shows each one's median and range.
for round in $(seq "$ROUNDS"); do
    echo "==> round $round of $ROUNDS" >&2
    # Exactly the command a user types, no flags: the scenario names the sink and the instant
    # clock, everything else is yuno-sim's default. Latency comes from its own summary (an HDR
    # histogram of every attempt).
    echo "    yuno-sim run: $DELIVERIES deliveries, default flags" >&2
    timed yuno timeout 600 "$BIN/yuno-sim" run bench/purchase-100k.yaml
    grep -q "PASS: $DELIVERIES attempts" "$WORK/yuno.out" || { echo "yuno-sim run did not deliver everything" >&2; exit 1; }
    YUNO_RATES+=("$(rate "$DELIVERIES" "$WALL")"); YUNO_USS+=("$(us_per "$CPU" "$DELIVERIES")")
    YUNO_SINKS+=("$(per_request_us "$SINK_TICKS" "$DELIVERIES")"); YUNO_RSSS+=("$RSS_MB")
    P50S+=("$(summary_latency p50 "$WORK/yuno.out")"); P99S+=("$(summary_latency p99 "$WORK/yuno.out")")

    echo "    yuno-sim run with --journal: $DELIVERIES deliveries, each attempt also written to a file" >&2
    rm -f "$WORK/journal.jsonl"
    timed yuno-journal timeout 600 "$BIN/yuno-sim" run bench/purchase-100k.yaml --journal "$WORK/journal.jsonl"
    grep -q "PASS: $DELIVERIES attempts" "$WORK/yuno-journal.out" || { echo "yuno-sim run did not deliver everything" >&2; exit 1; }
    [ "$(wc -l <"$WORK/journal.jsonl")" -ge "$DELIVERIES" ] || { echo "the journal misses attempts" >&2; exit 1; }
    JOURNAL_RATES+=("$(rate "$DELIVERIES" "$WALL")"); JOURNAL_USS+=("$(us_per "$CPU" "$DELIVERIES")")
    JOURNAL_SINKS+=("$(per_request_us "$SINK_TICKS" "$DELIVERIES")")

    echo "    wrk: 10 s, $CONCURRENCY connections" >&2
    timed wrk env BENCH_BODY="$WORK/body.json" BENCH_SIGNATURE="$SIGNATURE" \
        wrk -t2 -c"$CONCURRENCY" -d10s --latency -s bench/wrk-post.lua "$URL"
    grep -q "Non-2xx" "$WORK/wrk.out" && { echo "wrk saw non-2xx answers" >&2; exit 1; }
    WRK_REQUESTS=$(awk '/requests in/ { print $1 }' "$WORK/wrk.out")
    WRK_RATES+=("$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$WORK/wrk.out")")
    WRK_USS+=("$(us_per "$CPU" "$WRK_REQUESTS")"); WRK_SINKS+=("$(per_request_us "$SINK_TICKS" "$WRK_REQUESTS")")
    WRK_P50=$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.out"); WRK_P99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.out")

    echo "    curl --parallel: $OTHER_COUNT requests" >&2
    timed curl timeout 300 curl --parallel --parallel-max "$CONCURRENCY" --no-progress-meter \
        --data-binary @"$WORK/body.json" -H "Content-Type: application/json" -H "Accept:" -H "Expect:" \
        -H "x-api-key: bench-api-key" -H "x-secret: bench-secret" -H "x-hmac-signature: $SIGNATURE" \
        --write-out '%{http_code}\n' --config "$WORK/curl-urls.conf"
    [ "$(grep -c '^200$' "$WORK/curl.out")" = "$OTHER_COUNT" ] || { echo "curl: not every answer was 200" >&2; exit 1; }
    CURL_RATES+=("$(rate "$OTHER_COUNT" "$WALL")"); CURL_USS+=("$(us_per "$CPU" "$OTHER_COUNT")")
    CURL_SINKS+=("$(per_request_us "$SINK_TICKS" "$OTHER_COUNT")")

    echo "    libcurl alone (C, no signing): $DELIVERIES requests, $CURL_THREADS threads" >&2
    timed floor "$WORK/libcurl_floor" "$URL" "$WORK/body.json" "$SIGNATURE" "$DELIVERIES" "$CONCURRENCY" "$CURL_THREADS"
    FLOOR_RATES+=("$(rate "$DELIVERIES" "$WALL")"); FLOOR_USS+=("$(us_per "$CPU" "$DELIVERIES")")
    FLOOR_SINKS+=("$(per_request_us "$SINK_TICKS" "$DELIVERIES")")
    echo "    libcurl alone, signing each request (HMAC-SHA256 of the body)" >&2
    timed signed "$WORK/libcurl_floor" "$URL" "$WORK/body.json" "$SIGNATURE" "$DELIVERIES" "$CONCURRENCY" "$CURL_THREADS" sign bench-hmac-secret
    SIGNED_RATES+=("$(rate "$DELIVERIES" "$WALL")"); SIGNED_USS+=("$(us_per "$CPU" "$DELIVERIES")")
    SIGNED_SINKS+=("$(per_request_us "$SINK_TICKS" "$DELIVERIES")")
    echo "    libcurl alone, each finished transfer handed to another thread and back" >&2
    timed handoff "$WORK/libcurl_floor" "$URL" "$WORK/body.json" "$SIGNATURE" "$DELIVERIES" "$CONCURRENCY" "$CURL_THREADS" handoff
    HANDOFF_RATES+=("$(rate "$DELIVERIES" "$WALL")"); HANDOFF_USS+=("$(us_per "$CPU" "$DELIVERIES")")
    HANDOFF_SINKS+=("$(per_request_us "$SINK_TICKS" "$DELIVERIES")")

    echo "    Python aiohttp sender: $OTHER_COUNT requests" >&2
    timed python timeout 300 "$VENV/bin/python" bench/python_sender.py "$URL" "$WORK/body.json" "$OTHER_COUNT" "$CONCURRENCY"
    [ "$(field ok "$WORK/python.out")" = "$OTHER_COUNT" ] || { echo "python: not every answer was 200" >&2; exit 1; }
    PY_RATES+=("$(rate "$OTHER_COUNT" "$WALL")"); PY_USS+=("$(us_per "$CPU" "$OTHER_COUNT")")
    PY_SINKS+=("$(per_request_us "$SINK_TICKS" "$OTHER_COUNT")")
done
YUNO_RATE=$(median "${YUNO_RATES[@]}"); WRK_RATE=$(median "${WRK_RATES[@]}"); CURL_RATE=$(median "${CURL_RATES[@]}")
FLOOR_RATE=$(median "${FLOOR_RATES[@]}"); SIGNED_RATE=$(median "${SIGNED_RATES[@]}"); HANDOFF_RATE=$(median "${HANDOFF_RATES[@]}"); PY_RATE=$(median "${PY_RATES[@]}")

stop_sink
CPU_AFTER_SENDERS=$(cpu_times)

echo "==> scheduler alone: $SCALE_EVENTS events, every attempt fails" >&2
timed scheduler "$BIN/yuno-sim-bench" scheduler "$SCALE_EVENTS" "$CONCURRENCY"
SCHED_RATE=$(field attempts_per_s "$WORK/scheduler.out"); SCHED_N=$(field attempts "$WORK/scheduler.out"); SCHED_RSS=$RSS_MB

echo "==> full in-memory pipeline: $SCALE_EVENTS events, every attempt answered 500" >&2
timed pipeline "$BIN/yuno-sim-bench" pipeline "$SCALE_EVENTS" "$CONCURRENCY"
PIPE_RATE=$(field attempts_per_s "$WORK/pipeline.out"); PIPE_N=$(field attempts "$WORK/pipeline.out"); PIPE_RSS=$RSS_MB; PIPE_CPU=$CPU
CPU_AT_END=$(cpu_times)

R_WRK=$(ratio "$YUNO_RATE" "$WRK_RATE"); R_CURL=$(ratio "$YUNO_RATE" "$CURL_RATE"); R_PY=$(ratio "$YUNO_RATE" "$PY_RATE")
TABLE=$(cat <<TABLE
| Measurement | Result | Target | |
|---|---|---|---|
| \`yuno-sim run bench/purchase-100k.yaml\`: $DELIVERIES signed deliveries, as typed (default flags: $YUNO_DEFAULTS) | **$YUNO_RATE /s** (median of $ROUNDS runs: $(spread "${YUNO_RATES[@]}"); $(median "${YUNO_USS[@]}") µs CPU per delivery; sink $(median "${YUNO_SINKS[@]}") µs per request; $(median "${YUNO_RSSS[@]}") MiB peak RSS) | | |
| yuno-sim latency p50 / p99 (the run's own summary, medians) | $(median "${P50S[@]}") ms / $(median "${P99S[@]}") ms | | |
| the same with \`--journal\` (a JSON line per attempt; not used for the ratios) | $(median "${JOURNAL_RATES[@]}") /s ($(spread "${JOURNAL_RATES[@]}"); $(median "${JOURNAL_USS[@]}") µs CPU per delivery; sink $(median "${JOURNAL_SINKS[@]}") µs) | | |
| wrk, 10 s, $CONCURRENCY connections, same request | $WRK_RATE /s ($(spread "${WRK_RATES[@]}"); last round p50 $WRK_P50, p99 $WRK_P99; $(median "${WRK_USS[@]}") µs CPU per request; sink $(median "${WRK_SINKS[@]}") µs) | | |
| curl --parallel --parallel-max $CONCURRENCY, $OTHER_COUNT requests | $CURL_RATE /s ($(spread "${CURL_RATES[@]}"); $(median "${CURL_USS[@]}") µs CPU per request, one thread; sink $(median "${CURL_SINKS[@]}") µs) | | |
| libcurl alone (bench/libcurl_floor.c: same request pre-signed, no bookkeeping, $CURL_THREADS threads), $DELIVERIES requests | $FLOOR_RATE /s ($(spread "${FLOOR_RATES[@]}"); $(median "${FLOOR_USS[@]}") µs CPU per request; sink $(median "${FLOOR_SINKS[@]}") µs) — the ceiling for any libcurl sender here: $(ratio "$FLOOR_RATE" "$WRK_RATE") × wrk, $(ratio "$FLOOR_RATE" "$CURL_RATE") × curl | | |
| the same, signing each request just before sending it (\`sign\`: HMAC-SHA256 of the 8.5 KB body, pads absorbed once, Base64 into the header) | $SIGNED_RATE /s ($(spread "${SIGNED_RATES[@]}"); $(median "${SIGNED_USS[@]}") µs CPU per request; sink $(median "${SIGNED_SINKS[@]}") µs) — the ceiling for a libcurl sender that signs, before any rendering or bookkeeping: $(ratio "$SIGNED_RATE" "$WRK_RATE") × wrk; yuno-sim reaches $(ratio "$YUNO_RATE" "$SIGNED_RATE") of it | | |
| the same, each finished transfer handed to another thread and back (\`handoff\`) | $HANDOFF_RATE /s ($(spread "${HANDOFF_RATES[@]}"); $(median "${HANDOFF_USS[@]}") µs CPU per request; sink $(median "${HANDOFF_SINKS[@]}") µs) — what a hand-off between threads per request costs | | |
| Python aiohttp, $OTHER_COUNT requests, HMAC per request | $PY_RATE /s ($(spread "${PY_RATES[@]}"); $(median "${PY_USS[@]}") µs CPU per request; sink $(median "${PY_SINKS[@]}") µs) | | |
| ratio yuno-sim / wrk | $R_WRK | ≥ 0.5 | $(verdict "$R_WRK" ">=" 0.5) |
| ratio yuno-sim / curl | $R_CURL | ≥ 1.5 | $(verdict "$R_CURL" ">=" 1.5) |
| ratio yuno-sim / python | $R_PY | ≥ 3 | $(verdict "$R_PY" ">=" 3) |
| scheduler + clock alone, $SCALE_EVENTS events, $SCHED_N attempts | $SCHED_RATE attempts/s | ≥ 2,000,000 | $(verdict "$SCHED_RATE" ">=" 2000000) |
| scheduler peak RSS | $SCHED_RSS MiB | ≤ 1024 | $(verdict "$SCHED_RSS" "<=" 1024) |
| full pipeline in memory (render, sign, transport 500), $PIPE_N attempts | $PIPE_RATE attempts/s ($PIPE_CPU s CPU) | ≥ 100,000 | $(verdict "$PIPE_RATE" ">=" 100000) |
| full pipeline peak RSS | $PIPE_RSS MiB | ≤ 1024 | $(verdict "$PIPE_RSS" "<=" 1024) |
TABLE
)
echo
echo "$TABLE"

{
    echo "# make bench — results"
    echo
    echo "Generated by \`make bench\` (bench/run.sh); history of changes made for speed at the end."
    echo
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, load average before the run: $LOAD_BEFORE"
    echo "- Software: $(swift --version 2>&1 | head -1); $(nginx -v 2>&1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); $(curl --version | head -1 | cut -d' ' -f1-2); aiohttp $("$VENV/bin/python" -c 'import aiohttp; print(aiohttp.__version__)')"
    echo "- CPU steal (/proc/stat: time this virtual machine's cores wanted and its host gave to others): $(steal_pct "$CPU_AT_START" "$CPU_AFTER_SENDERS") % during the sender rounds, $(steal_pct "$CPU_AFTER_SENDERS" "$CPU_AT_END") % during the scale runs; rates fall with it, ratios within a round much less"
    echo "- Request: POST, $BODY_BYTES-byte payment.purchase body, Content-Type, x-api-key, x-secret, x-hmac-signature; sink: nginx, 1 worker, 200 with an empty body (bench/nginx.conf)"
    echo
    echo "$TABLE"
    echo
    echo "## Commands"
    echo
    echo '```'
    printf '%s\n' "${COMMANDS[@]}" | awk '!seen[$0]++' | sed "s|$ROOT/||g"
    echo '```'
    echo
    cat bench/HISTORY.md
} >bench/RESULTS.md
echo >&2
echo "written to bench/RESULTS.md" >&2
