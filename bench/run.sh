#!/usr/bin/env bash
# LLM Ledger benchmark: the proxy against the mock upstream, "direct vs through LLM Ledger",
# every figure measured in the same run. See bench/README.md and docs/performance.md.
#
#   bench/run.sh                      build (Release) and run everything, print one table
#
# Environment (all optional):
#   BENCH_BUILD_DIR           Release build dir (default: <repo>/build-release)
#   BENCH_SKIP_BUILD=1        use the binaries already in BENCH_BUILD_DIR
#   BENCH_SECONDS             duration of each wrk run (default 10)
#   BENCH_STREAMS             sequential streams per target (default 30)
#   BENCH_CONCURRENT_STREAMS  streams opened at once per target (default 128)
#   BENCH_STARTS              starts timed for startup-to-listening (default 5)
#   BENCH_PERF=1              also profile the proxy with perf during the 10-connection run
#   BENCH_KEEP=1              keep the temporary directory (logs, database)
#   BENCH_PROXY=0             skip the proxy sections (1-5): only the ledger sections
#   BENCH_QUERIES=0           skip the ledger sections (6-7): dashboard queries, log writer
#   BENCH_QUERY_CALLS         ledger sizes to time the queries on (default "1000000 10000000")
#   BENCH_QUERY_RUNS          warm runs per query (default 5)
#   BENCH_CACHE_DIR           where the generated ledgers are kept and reused
#                             (default ~/.cache/llmledger-bench; 10M calls take ~6.5 GB)
#   BENCH_FILL_BULK=0         fill them through the writer's path alone (slow beyond 1M calls)
#   BENCH_WRITER_CALLS        calls written by the log writer benchmark (default 200000)
#
# Exits non-zero only when something failed to run (build, start, a failed request, a
# missing ledger row); missed performance targets are reported in the table, not as errors.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$REPO/bench
BUILD_DIR=${BENCH_BUILD_DIR:-$REPO/build-release}
RUN_SECONDS=${BENCH_SECONDS:-10}
STREAMS=${BENCH_STREAMS:-30}
CONCURRENT=${BENCH_CONCURRENT_STREAMS:-128}
STARTS=${BENCH_STARTS:-5}
SKIP_BUILD=${BENCH_SKIP_BUILD:-0}
PERF=${BENCH_PERF:-0}
KEEP=${BENCH_KEEP:-0}
PROXY_BENCH=${BENCH_PROXY:-1}
QUERIES=${BENCH_QUERIES:-1}
QUERY_CALLS=${BENCH_QUERY_CALLS:-1000000 10000000}
QUERY_RUNS=${BENCH_QUERY_RUNS:-5}
CACHE_DIR=${BENCH_CACHE_DIR:-$HOME/.cache/llmledger-bench}
FILL_BULK=${BENCH_FILL_BULK:-1}
WRITER_CALLS=${BENCH_WRITER_CALLS:-200000}

STREAM_CHUNKS=20 STREAM_DELAY_MS=20       # sequential streams: 20 events, 20 ms apart
CONC_CHUNKS=20 CONC_DELAY_MS=100          # concurrent streams: ~2 s each
WAIT_THRESHOLD_MS=$((CONC_CHUNKS * CONC_DELAY_MS / 2)) # "waited": first event later than half a stream

WORK=$(mktemp -d "${TMPDIR:-/tmp}/llmledger-bench.XXXXXX")
DATA=$WORK/data
CHILDREN=()
FAILURES=()

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
failed() { log "FAILED: $*"; FAILURES+=("$*"); }

stop_pid() { # pid [timeout-s]: SIGTERM, wait, SIGKILL; returns the exit status
    local pid=$1 timeout=${2:-10} i
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null && return 0 || return $?; }
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < timeout * 20; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "pid $pid did not exit within ${timeout}s of SIGTERM: killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null && return 0 || return $?
}

cleanup() {
    local status=$? pid
    trap - EXIT INT TERM
    for pid in "${CHILDREN[@]}"; do
        stop_pid "$pid" 5 >/dev/null 2>&1 || true
    done
    # Kept when asked, or for its logs after a failure (not after Ctrl-C, not when empty).
    if [[ $KEEP == 1 || ($status -eq 1 && -n $(ls -A "$WORK")) ]]; then
        log "kept $WORK (logs, database)"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }  # expression [decimals]
delta() { awk "BEGIN { printf \"%+.${2:-3}f\", $1 }"; } # the same, signed

# ---------------------------------------------------------------- build
build() {
    local log_file=$BUILD_DIR/bench-build.log generator=() options=() targets=()
    mkdir -p "$BUILD_DIR"
    if [[ ! -f $BUILD_DIR/CMakeCache.txt ]] && command -v ninja >/dev/null; then
        generator=(-G Ninja)
    fi
    # The mock upstream is part of the tests; the ledger tools need the top level's storage.
    if [[ $PROXY_BENCH == 1 ]]; then
        options+=(-DLEDGER_BUILD_TESTS=ON)
        targets+=(llmledger llmledger-mock-upstream)
    fi
    [[ $QUERIES == 1 ]] && targets+=(llmledger llmledger-fill llmledger-querybench llmledger-writerbench)
    log "building Release in $BUILD_DIR (log: $log_file)"
    {
        cmake -S "$REPO" -B "$BUILD_DIR" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
            "${options[@]}" -DLEDGER_BUILD_BENCH=ON &&
            cmake --build "$BUILD_DIR" --target "${targets[@]}"
    } >"$log_file" 2>&1 || { tail -n 40 "$log_file" >&2; die "build failed (see $log_file)"; }
    [[ $PROXY_BENCH == 1 ]] || return 0
    # The client lives in bench/: built as part of the project when the top level adds the
    # folder (option LEDGER_BUILD_BENCH), else as a standalone project next to it.
    if [[ -d $BUILD_DIR/bench/CMakeFiles ]]; then
        cmake --build "$BUILD_DIR" --target llmledger-bench-client >>"$log_file" 2>&1 ||
            { tail -n 40 "$log_file" >&2; die "building llmledger-bench-client failed"; }
    else
        {
            cmake -S "$BENCH" -B "$BUILD_DIR/bench-standalone" "${generator[@]}" \
                -DCMAKE_BUILD_TYPE=Release &&
                cmake --build "$BUILD_DIR/bench-standalone"
        } >>"$log_file" 2>&1 || { tail -n 40 "$log_file" >&2; die "building llmledger-bench-client failed"; }
    fi
}

find_binaries() {
    APP=$BUILD_DIR/app/llmledger
    MOCK=$BUILD_DIR/tests/mock/llmledger-mock-upstream
    CLIENT=$BUILD_DIR/bench/llmledger-bench-client
    [[ -x $CLIENT ]] || CLIENT=$BUILD_DIR/bench-standalone/llmledger-bench-client
    FILL=$BUILD_DIR/bench/llmledger-fill
    QUERYBENCH=$BUILD_DIR/bench/llmledger-querybench
    WRITERBENCH=$BUILD_DIR/bench/llmledger-writerbench
    local b needed=()
    [[ $PROXY_BENCH == 1 ]] && needed+=("$APP" "$MOCK" "$CLIENT")
    [[ $QUERIES == 1 ]] && needed+=("$APP" "$FILL" "$QUERYBENCH" "$WRITERBENCH")
    for b in "${needed[@]}"; do
        [[ -x $b ]] || die "missing $b (build first, or unset BENCH_SKIP_BUILD)"
    done
}

ensure_wrk() {
    command -v wrk >/dev/null && return 0
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        log "installing wrk with apt-get"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y wrk >/dev/null 2>&1 ||
            { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; } ||
            die "could not install wrk"
    else
        die "wrk is missing: install it (Debian/Ubuntu: sudo apt-get install wrk)"
    fi
}

# ---------------------------------------------------------------- processes
wait_for_line() { # file regex timeout-s pid
    local file=$1 regex=$2 timeout=$3 pid=$4 i
    for ((i = 0; i < timeout * 50; i++)); do
        grep -Eq "$regex" "$file" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.02
    done
    return 1
}

start_mock() {
    "$MOCK" --port 0 >"$WORK/mock.out" 2>"$WORK/mock.err" &
    MOCK_PID=$!
    CHILDREN+=("$MOCK_PID")
    wait_for_line "$WORK/mock.out" '^listening on [0-9]+' 10 "$MOCK_PID" ||
        { cat "$WORK/mock.err" >&2; die "the mock upstream did not start"; }
    MOCK_PORT=$(sed -n 's/^listening on \([0-9]*\).*/\1/p' "$WORK/mock.out" | head -n 1)
}

# The proxy never sees the user's config or keychain: a config path that does not exist
# (built-in defaults), a temporary data dir, and a session bus address that leads nowhere
# (the install secret falls back to a file in the data dir, as on a headless server).
proxy_env=()
set_proxy_env() {
    proxy_env=(env "LLMLEDGER_OPENAI_BASE_URL=http://127.0.0.1:$MOCK_PORT/v1"
        "LLMLEDGER_ANTHROPIC_BASE_URL=http://127.0.0.1:$MOCK_PORT"
        "DBUS_SESSION_BUS_ADDRESS=unix:path=$WORK/no-session-bus")
}

start_proxy() {
    "${proxy_env[@]}" "$APP" --headless --port 0 --data-dir "$DATA" \
        --config "$WORK/no-config.json" >"$WORK/proxy.out" 2>"$WORK/proxy.err" &
    PROXY_PID=$!
    CHILDREN+=("$PROXY_PID")
    wait_for_line "$WORK/proxy.out" 'LLM Ledger proxy listening on http://[^:]+:[0-9]+' 15 "$PROXY_PID" ||
        { cat "$WORK/proxy.err" >&2; die "llmledger --headless did not start"; }
    PROXY_PORT=$(sed -n 's|^LLM Ledger proxy listening on http://[^:]*:\([0-9]*\).*|\1|p' \
        "$WORK/proxy.out" | head -n 1)
}

rss_kb() { awk -v k="$2" '$1 == k":" { print $2 }' "/proc/$1/status"; } # pid VmRSS|VmHWM
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; } # utime+stime
CLK_TCK=$(getconf CLK_TCK)

count_rows() { # rows in the ledger, read through the CLI like a user would
    "$APP" export --csv --data-dir "$DATA" >"$WORK/export.csv" 2>"$WORK/export.err" ||
        { cat "$WORK/export.err" >&2; die "llmledger export failed"; }
    grep -c '^[0-9][0-9]*,' "$WORK/export.csv" || true
}

# ---------------------------------------------------------------- load
declare -A R # results: "<label>.<key>" -> value

run_wrk() { # label url connections
    local label=$1 url=$2 conns=$3 threads=2 line kv
    ((conns == 1)) && threads=1
    log "wrk $label: $conns connection(s), ${RUN_SECONDS}s"
    line=$(wrk -t"$threads" -c"$conns" -d"${RUN_SECONDS}s" --timeout 10s --latency \
        -s "$BENCH/chat.lua" "$url" 2>"$WORK/wrk.err" | tee "$WORK/wrk-$label.txt" | grep '^BENCH ') ||
        { cat "$WORK/wrk.err" >&2; die "wrk $label did not run"; }
    for kv in ${line#BENCH }; do
        R[$label.${kv%%=*}]=${kv#*=}
    done
    local errors=$((R[$label.err_connect] + R[$label.err_read] + R[$label.err_write] +
        R[$label.err_status] + R[$label.err_timeout]))
    ((R[$label.requests] > 0)) || failed "wrk $label: no request completed"
    ((errors == 0)) || failed "wrk $label: $errors error(s) (connect ${R[$label.err_connect]}," \
        "read ${R[$label.err_read]}, write ${R[$label.err_write]}, non-2xx ${R[$label.err_status]}," \
        "timeout ${R[$label.err_timeout]})"
}

ROWS=0
check_rows() { # label: every completed request of that run is in the ledger
    local label=$1 want start now rows i
    want=$((ROWS + R[$label.requests]))
    start=$(date +%s%N)
    for ((i = 0; i < 100; i++)); do
        rows=$(count_rows)
        ((rows >= want)) && break
        sleep 0.1
    done
    now=$(date +%s%N)
    R[$label.rows]=$((rows - ROWS))
    R[$label.rows_ms]=$(((now - start) / 1000000))
    ((rows >= want)) || failed "$label: ledger has $((rows - ROWS)) rows for ${R[$label.requests]} responses"
    ROWS=$rows
}

stream_stats() { # prefix output-file: reads key=value lines into R
    local prefix=$1 file=$2 key value
    while IFS='=' read -r key value; do
        [[ -n $key ]] && R[$prefix.$key]=$value
    done <"$file"
}

# ---------------------------------------------------------------- ledger queries (sections 6-7)
# Ledgers of BENCH_QUERY_CALLS calls over 90 days are generated once and kept in CACHE_DIR
# (llmledger-fill --reuse fills again only when the generator or the schema changed), the
# dashboard queries are timed on each, then the log writer's rate is measured on a new ledger and
# on a copy of the first (smallest) one.
kv_line() { # prefix file: a line of key=value pairs into R
    local kv kvs=()
    read -r -a kvs <"$2" || true
    for kv in "${kvs[@]}"; do
        R[$1.${kv%%=*}]=${kv#*=}
    done
}

writer_bench() { # label database
    "$WRITERBENCH" --calls "$WRITER_CALLS" "$2" >"$WORK/writer-$1.txt" 2>"$WORK/writer-$1.err" ||
        { tail -n 5 "$WORK/writer-$1.err" >&2; failed "llmledger-writerbench ($1 ledger)"; }
    kv_line "writer-$1" "$WORK/writer-$1.txt"
}

# A cached ledger that an older schema made is migrated rather than filled again (minutes at 10M
# calls): the migration gives the same rows, rollups and indexes, which tst_database and
# tst_callqueries check. Its DBFILE.fill then records the new schema so that --reuse keeps it.
upgrade_cached_ledger() { # calls database
    local out version
    [[ -f $2 && -f $2.fill ]] || return 0
    grep -q '"calls": *'"$1"',' "$2.fill" || return 0
    log "ledger of $1 calls: upgrading its schema if needed"
    out=$("$QUERYBENCH" "$2" --migrate-only 2>"$WORK/migrate-$1.err") || true
    version=$(sed -n 's/^migration to schema \([0-9]*\): .*/\1/p' <<<"$out")
    [[ -n $version ]] || return 0
    log "ledger of $1 calls: ${out}"
    sed -i 's/"schema_version": *[0-9]*/"schema_version": '"$version"'/' "$2.fill"
}

# The window over a ledger, as a user opens it: under Xvfb (software OpenGL), the app's hidden
# --probe-window option prints the time from the process start to the first frame and, for each
# page, the time from switching to it until its queries are done and drawn, then quits.
window_probe() { # calls database
    local dir=$WORK/window-$1
    command -v xvfb-run >/dev/null || { log "no xvfb-run: window timings skipped"; return 0; }
    mkdir -p "$dir"
    ln -sf "$2" "$dir/ledger.sqlite"
    log "window over $1 calls"
    timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$APP" --data-dir "$dir" \
        --config "$dir/config.json" --port 0 --probe-window >"$WORK/window-$1.txt" \
        2>"$WORK/window-$1.err" || failed "window probe on $1 calls (see $WORK/window-$1.txt)"
    rm -f "$dir/ledger.sqlite"
}

run_ledger_bench() {
    local n db fill_args=(--days 90 --seed 1 --keys 6 --reuse)
    [[ $FILL_BULK == 1 ]] && fill_args+=(--bulk)
    mkdir -p "$CACHE_DIR"
    for n in $QUERY_CALLS; do
        db=$CACHE_DIR/ledger-$n.sqlite
        upgrade_cached_ledger "$n" "$db"
        log "ledger of $n calls: $db (progress of a new fill: $WORK/fill-$n.err)"
        if ! "$FILL" --calls "$n" "${fill_args[@]}" "$db" >"$WORK/fill-$n.txt" 2>"$WORK/fill-$n.err"; then
            tail -n 5 "$WORK/fill-$n.err" >&2
            failed "llmledger-fill --calls $n"
            continue
        fi
        kv_line "fill-$n" "$WORK/fill-$n.txt"
        log "queries on $n calls, $QUERY_RUNS warm runs each"
        "$QUERYBENCH" "$db" --runs "$QUERY_RUNS" >"$WORK/queries-$n.txt" 2>"$WORK/queries-$n.err" ||
            { tail -n 5 "$WORK/queries-$n.err" >&2; failed "llmledger-querybench on $n calls"; }
        window_probe "$n" "$db"
    done

    log "log writer: $WRITER_CALLS calls into a new ledger"
    writer_bench new "$WORK/writer-new.sqlite"
    WRITER_BASE=${QUERY_CALLS%% *}
    if [[ -f $CACHE_DIR/ledger-$WRITER_BASE.sqlite ]]; then
        log "log writer: $WRITER_CALLS calls into a copy of the $WRITER_BASE-call ledger"
        cp "$CACHE_DIR/ledger-$WRITER_BASE.sqlite" "$WORK/writer-filled.sqlite"
        writer_bench filled "$WORK/writer-filled.sqlite"
    fi
    rm -f "$WORK"/writer-*.sqlite* # large, and kept by BENCH_KEEP=1 otherwise
}

# ---------------------------------------------------------------- proxy load (sections 1-5)
run_proxy_bench() {
    ensure_wrk
    mkdir -p "$DATA"

    start_mock
    set_proxy_env
    start_proxy
    DIRECT=http://127.0.0.1:$MOCK_PORT/v1/chat/completions
    PROXIED=http://127.0.0.1:$PROXY_PORT/v1/chat/completions
    log "mock on :$MOCK_PORT (pid $MOCK_PID), llmledger on :$PROXY_PORT (pid $PROXY_PID), data $DATA"

    sleep 1
    R[rss_idle_kb]=$(rss_kb "$PROXY_PID" VmRSS)

    # Warm-up (not reported): connections, caches, the ledger's first transactions.
    saved=$RUN_SECONDS
    RUN_SECONDS=2
    run_wrk warm-direct "$DIRECT" 10
    run_wrk warm-proxy "$PROXIED" 10
    check_rows warm-proxy
    RUN_SECONDS=$saved

    # 1. Non-streaming chat completions, direct then through the proxy, per connection count.
    for conns in 1 10 50; do
        mock_before=$(cpu_ticks "$MOCK_PID")
        run_wrk "direct-$conns" "$DIRECT" "$conns"
        R[direct-$conns.cpu_ticks]=$(($(cpu_ticks "$MOCK_PID") - mock_before))
        proxy_before=$(cpu_ticks "$PROXY_PID")
        perf_pid=
        if [[ $PERF == 1 && $conns == 10 ]] && command -v perf >/dev/null; then
            perf record -F 499 -g -p "$PROXY_PID" -o "$WORK/perf.data" -- sleep "$RUN_SECONDS" \
                >"$WORK/perf.log" 2>&1 &
            perf_pid=$!
            CHILDREN+=("$perf_pid")
        fi
        run_wrk "proxy-$conns" "$PROXIED" "$conns"
        proxy_after=$(cpu_ticks "$PROXY_PID")
        [[ -n $perf_pid ]] && { wait "$perf_pid" || log "perf record failed (see $WORK/perf.log)"; }
        R[proxy-$conns.cpu_ticks]=$((proxy_after - proxy_before))
        check_rows "proxy-$conns"
    done
    R[rss_after_wrk_kb]=$(rss_kb "$PROXY_PID" VmRSS)

    # 2. Sequential streams, alternating direct / proxy.
    log "streams: $STREAMS sequential per target, $STREAM_CHUNKS events ${STREAM_DELAY_MS} ms apart"
    "$CLIENT" stream --target direct="$DIRECT" --target proxy="$PROXIED" --streams 2 \
        --chunks 3 --chunk-delay-ms 1 >/dev/null 2>"$WORK/client.err" ||
        { cat "$WORK/client.err" >&2; failed "stream warm-up"; }
    "$CLIENT" stream --target direct="$DIRECT" --target proxy="$PROXIED" --streams "$STREAMS" \
        --chunks "$STREAM_CHUNKS" --chunk-delay-ms "$STREAM_DELAY_MS" \
        >"$WORK/streams.txt" 2>"$WORK/client.err" ||
        { cat "$WORK/client.err" >&2; failed "sequential streams"; }
    stream_stats seq "$WORK/streams.txt"

    # 3. Concurrent streams: all sent at once, direct first, then through the proxy. The kernel's
    # count of connections refused by a full listen queue (their SYN is retried after 1 s) is
    # read around each batch (system-wide: nothing else should be connecting meanwhile).
    listen_overflows() { awk '/^TcpExt:/ { if (!n++) { for (i = 1; i <= NF; i++) if ($i == "ListenOverflows") c = i } else print $c }' /proc/net/netstat; }
    log "streams: $CONCURRENT at once per target, ~$((CONC_CHUNKS * CONC_DELAY_MS / 1000)) s each"
    for target in direct proxy; do
        url=$DIRECT
        [[ $target == proxy ]] && url=$PROXIED
        before=$(listen_overflows)
        "$CLIENT" stream --target "$target=$url" --streams "$CONCURRENT" --concurrency "$CONCURRENT" \
            --chunks "$CONC_CHUNKS" --chunk-delay-ms "$CONC_DELAY_MS" \
            --wait-threshold-ms "$WAIT_THRESHOLD_MS" >"$WORK/concurrent-$target.txt" 2>"$WORK/client.err" ||
            { cat "$WORK/client.err" >&2; failed "$CONCURRENT concurrent streams ($target)"; }
        R[conc.$target.listen_overflows]=$(($(listen_overflows) - before))
        stream_stats conc "$WORK/concurrent-$target.txt"
    done

    # 4./5. Memory, recorded rows, clean shutdown.
    sleep 1
    R[rss_after_kb]=$(rss_kb "$PROXY_PID" VmRSS)
    R[rss_peak_kb]=$(rss_kb "$PROXY_PID" VmHWM)
    proxy_status=0
    stop_pid "$PROXY_PID" 30 || proxy_status=$?
    ((proxy_status == 0)) || failed "llmledger exited with status $proxy_status on SIGTERM"
    total_rows=$(count_rows)
    streams_sent=$((2 + STREAMS + CONCURRENT)) # through the proxy: warm-up + sequential + concurrent
    R[rows_total]=$total_rows
    R[rows_streams]=$((total_rows - ROWS))
    ((total_rows - ROWS >= streams_sent)) ||
        failed "ledger has $((total_rows - ROWS)) stream rows for $streams_sent streams"

    # 5. Startup to listening, on a data dir of its own (the first start creates the database).
    log "startup: $STARTS starts"
    mkdir -p "$WORK/startup-data"
    "$CLIENT" startup --runs "$STARTS" -- "${proxy_env[@]}" "$APP" --headless --port 0 \
        --data-dir "$WORK/startup-data" --config "$WORK/no-config.json" \
        >"$WORK/startup.txt" 2>"$WORK/startup.err" ||
        { cat "$WORK/startup.err" >&2; failed "startup timing"; }
    stream_stats start "$WORK/startup.txt"

    if [[ $PERF == 1 && -s $WORK/perf.data ]]; then
        perf report -i "$WORK/perf.data" --no-children --sort dso,symbol --stdio -g none \
            --percent-limit 1 2>/dev/null | grep -E '^ +[0-9]' | cut -c1-120 | sed 's/ *$//' |
            head -n 25 >"$WORK/perf-top.txt" || true
        cp "$WORK/perf.data" "$BUILD_DIR/bench-perf.data" 2>/dev/null || true
    fi
}

# ---------------------------------------------------------------- table
get() { echo "${R[$1]:-nan}"; }
ms() { calc "$(get "$1") / 1000" "${2:-2}"; }
yesno() { awk "BEGIN { print ($1) ? \"yes\" : \"NO\" }"; }

row() { printf '%-44s %12s %14s %14s %14s %5s\n' "$@"; }
rule() { printf '%s\n' "-------------------------------------------------------------------------------------------------------------"; }

print_proxy_table() {
    echo "Non-streaming: POST /v1/chat/completions, 1,037-byte JSON answer, ${RUN_SECONDS}s per run"
    rule
    row "Figure" "direct" "LLM Ledger" "difference" "target" "met"
    rule
    for conns in 1 10 50; do
        d=direct-$conns p=proxy-$conns
        ratio=$(calc "100 * $(get $p.rps) / $(get $d.rps)" 1)
        rt="" rm=""
        if ((conns == 50)); then rt=">= 30%"; rm=$(yesno "$ratio >= 30"); fi
        row "$conns conn: requests/s" "$(calc "$(get $d.rps)" 0)" "$(calc "$(get $p.rps)" 0)" "$ratio%" "$rt" "$rm"
        add50=$(delta "($(get $p.p50_us) - $(get $d.p50_us)) / 1000")
        add99=$(delta "($(get $p.p99_us) - $(get $d.p99_us)) / 1000")
        t50="" m50="" t99="" m99=""
        if ((conns == 1)); then
            t50="<= +0.15 ms" m50=$(yesno "$add50 <= 0.15")
            t99="<= +0.5 ms" m99=$(yesno "$add99 <= 0.5")
        fi
        row "$conns conn: p50 latency (ms)" "$(ms $d.p50_us 3)" "$(ms $p.p50_us 3)" "$add50" "$t50" "$m50"
        row "$conns conn: p99 latency (ms)" "$(ms $d.p99_us 3)" "$(ms $p.p99_us 3)" "$add99" "$t99" "$m99"
    done
    cpu_req=$(calc "1e6 * $(get proxy-10.cpu_ticks) / $CLK_TCK / $(get proxy-10.requests)" 0)
    mock_req=$(calc "1e6 * $(get direct-10.cpu_ticks) / $CLK_TCK / $(get direct-10.requests)" 0)
    row "CPU per request, 10 conn (us; direct=mock)" "$mock_req" "$cpu_req" "" "" ""
    row "Proxy CPU at 50 conn (% of one core)" "" \
        "$(calc "100 * $(get proxy-50.cpu_ticks) / $CLK_TCK / ($(get proxy-50.duration_us) / 1e6)" 0)%" "" "" ""
    rule
    s=seq
    add_ttft=$(delta "($(get $s.proxy.ttft_mean_us) - $(get $s.direct.ttft_mean_us)) / 1000")
    row "Stream TTFT mean (ms, $STREAMS streams)" "$(ms $s.direct.ttft_mean_us 3)" "$(ms $s.proxy.ttft_mean_us 3)" \
        "$add_ttft" "<= +0.3 ms" "$(yesno "$add_ttft <= 0.3")"
    row "Stream TTFT p50 / p99 (ms)" "$(ms $s.direct.ttft_p50_us 3) / $(ms $s.direct.ttft_p99_us 2)" \
        "$(ms $s.proxy.ttft_p50_us 3) / $(ms $s.proxy.ttft_p99_us 2)" \
        "$(delta "($(get $s.proxy.ttft_p50_us) - $(get $s.direct.ttft_p50_us)) / 1000" 3)" "" ""
    row "Inter-chunk gap mean (ms, ${STREAM_DELAY_MS} ms sent)" "$(ms $s.direct.gap_mean_us 3)" "$(ms $s.proxy.gap_mean_us 3)" \
        "$(delta "($(get $s.proxy.gap_mean_us) - $(get $s.direct.gap_mean_us)) / 1000" 3)" "" ""
    row "Inter-chunk gap p99 (ms)" "$(ms $s.direct.gap_p99_us 3)" "$(ms $s.proxy.gap_p99_us 3)" \
        "$(delta "($(get $s.proxy.gap_p99_us) - $(get $s.direct.gap_p99_us)) / 1000" 3)" "" ""
    c=conc
    row "$CONCURRENT streams: streaming at once (peak)" "$(get $c.direct.peak_streaming)" "$(get $c.proxy.peak_streaming)" "" "" ""
    row "$CONCURRENT streams: connect, max (ms)" "$(ms $c.direct.connect_max_us 1)" "$(ms $c.proxy.connect_max_us 1)" "" "" ""
    row "  SYNs dropped by a full listen queue" "$(get $c.direct.listen_overflows)" "$(get $c.proxy.listen_overflows)" "" "" ""
    row "  first event after send, p50 / max (ms)" "$(ms $c.direct.ttft_p50_us 1) / $(ms $c.direct.ttft_max_us 1)" \
        "$(ms $c.proxy.ttft_p50_us 1) / $(ms $c.proxy.ttft_max_us 1)" \
        "$(delta "($(get $c.proxy.ttft_max_us) - $(get $c.direct.ttft_max_us)) / 1000" 1)" "" ""
    row "  first event after connect(), max (ms)" "$(ms $c.direct.open_to_first_max_us 1)" \
        "$(ms $c.proxy.open_to_first_max_us 1)" \
        "$(delta "($(get $c.proxy.open_to_first_max_us) - $(get $c.direct.open_to_first_max_us)) / 1000" 1)" "" ""
    row "  waited > $WAIT_THRESHOLD_MS ms (from connect) or failed" "$(get $c.direct.waiting)" "$(get $c.proxy.waiting)" \
        "" "none" "$(yesno "$(get $c.proxy.waiting) == 0")"
    rule
    rss_peak_mb=$(calc "$(get rss_peak_kb) / 1024" 1)
    row "Proxy RSS idle after start (MB)" "" "$(calc "$(get rss_idle_kb) / 1024" 1)" "" "" ""
    row "Proxy RSS after the wrk runs (MB)" "" "$(calc "$(get rss_after_wrk_kb) / 1024" 1)" "" "" ""
    row "Proxy RSS peak under load (MB, VmHWM)" "" "$rss_peak_mb" "" "<= 50 MB" "$(yesno "$rss_peak_mb <= 50")"
    row "Proxy RSS idle after all load (MB)" "" "$(calc "$(get rss_after_kb) / 1024" 1)" "" "" ""
    recorded=0 sent=0
    for l in proxy-1 proxy-10 proxy-50; do
        recorded=$((recorded + R[$l.rows])) sent=$((sent + R[$l.requests]))
    done
    row "Ledger rows / responses (wrk runs)" "" "$recorded / $sent" "" "all" "$(yesno "$recorded >= $sent")"
    row "Ledger rows / streams" "" "$(get rows_streams) / $streams_sent" "" "all" \
        "$(yesno "$(get rows_streams) >= $streams_sent")"
    row "Log writer rows/s sustained (50 conn run)" "" "$(calc "$(get proxy-50.rows) / ($(get proxy-50.duration_us) / 1e6)" 0)" \
        "" "" ""
    row "  all rows in the ledger after load (ms)" "" "<= $(get proxy-50.rows_ms)" "" "" ""
    row "Startup to listening (ms, median of $STARTS)" "" "$(calc "$(get start.startup_median_ms)" 0)" \
        "" "<= 300 ms" "$(yesno "$(get start.startup_median_ms) <= 300")"
    row "  first start (new database) / min / max" "" \
        "$(calc "$(get start.startup_first_ms)" 0) / $(calc "$(get start.startup_min_ms)" 0) / $(calc "$(get start.startup_max_ms)" 0)" "" "" ""
    row "SIGTERM to exit (ms, median)" "" "$(calc "$(get start.shutdown_median_ms)" 0)" "" "" ""
    rule

    if [[ -s $WORK/perf-top.txt ]]; then
        echo "perf: proxy during the 10-connection run (self time, top symbols; data: $BUILD_DIR/bench-perf.data)"
        cat "$WORK/perf-top.txt"
    fi
}

print_ledger_results() {
    local n how
    echo
    echo "Ledger queries: llmledger-querybench on generated ledgers (90 days, 6 keys; $CACHE_DIR)"
    for n in $QUERY_CALLS; do
        [[ -s $WORK/queries-$n.txt || -s $WORK/window-$n.txt ]] || continue
        how="writer's settings"
        [[ $(get "fill-$n.bulk") == 1 ]] && how="bulk: indexes built at the end"
        [[ $(get "fill-$n.reused") == 1 ]] && how+=", cached"
        echo
        echo "$n calls: filled in $(calc "$(get "fill-$n.seconds")" 0) s," \
            "$(calc "$(get "fill-$n.rows_per_s")" 0) rows/s ($how)"
        cat "$WORK/queries-$n.txt" 2>/dev/null || true
        if [[ -s $WORK/window-$n.txt ]]; then
            echo "window (ms; target: first frame and each page well under 1,000; RSS <= 250 MiB):"
            sed -n 's/^window /  /p' "$WORK/window-$n.txt"
        fi
    done
    echo
    rule
    row "Log writer (CallLogWriter::enqueue from a thread)" "" "LLM Ledger" "" "target" "met"
    rule
    row "rows/s, new ledger ($WRITER_CALLS calls)" "" "$(calc "$(get writer-new.rows_per_s)" 0)" "" \
        ">= 50,000" "$(yesno "$(get writer-new.rows_per_s) >= 50000")"
    if [[ $(get writer-filled.rows) != nan ]]; then
        row "rows/s, ledger of $WRITER_BASE calls" "" "$(calc "$(get writer-filled.rows_per_s)" 0)" \
            "" ">= 50,000" "$(yesno "$(get writer-filled.rows_per_s) >= 50000")"
    fi
    row "calls dropped (new / filled ledger)" "" \
        "$(get writer-new.dropped) / $(get writer-filled.dropped)" "" "0" \
        "$(yesno "$(get writer-new.dropped) + $(get writer-filled.dropped) == 0")"
    rule
}

# ---------------------------------------------------------------- main
if [[ $SKIP_BUILD != 1 ]]; then build; fi
find_binaries
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if [[ $PROXY_BENCH == 1 ]]; then run_proxy_bench; fi
if [[ $QUERIES == 1 ]]; then run_ledger_bench; fi

echo
echo "LLM Ledger benchmark, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "Machine: $(nproc) CPU(s), $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
    "Qt $(pkg-config --modversion Qt6Core 2>/dev/null || echo '?'), $(uname -sr);" \
    "load average before the run: $LOAD_BEFORE;" \
    "$([[ $PROXY_BENCH == 1 ]] && echo "wrk, mock, proxy and client" || echo "the ledger tools") share these CPUs"
if [[ $PROXY_BENCH == 1 ]]; then print_proxy_table; fi
if [[ $QUERIES == 1 ]]; then print_ledger_results; fi

if ((${#FAILURES[@]} > 0)); then
    log "${#FAILURES[@]} failure(s):"
    printf '  %s\n' "${FAILURES[@]}" >&2
    exit 1
fi
log "done"
