#!/usr/bin/env bash
# Installs a .deb of LLM Ledger with apt, checks what it installed, runs the installed
# binary (--version, the window offscreen, one proxied chat/completions call against the
# repository's mock upstream, export of the recorded row), then removes the package again.
#
#   packaging/test-deb.sh build/packages/llmledger_0.1.0_amd64.deb \
#       build/tests/mock/llmledger-mock-upstream
#
# Run as root (or with sudo available). Prints one line per check and
# "package: N passed, N failed"; exits non-zero on any failure.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 LLMLEDGER.deb LLMLEDGER-MOCK-UPSTREAM" >&2
    exit 2
fi
deb=$(realpath "$1")
mock=$(realpath "$2")
[ -f "$deb" ] || { echo "no such package: $deb" >&2; exit 2; }
[ -x "$mock" ] || { echo "no mock upstream executable: $mock" >&2; exit 2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

work=$(mktemp -d)
mock_pid=""
proxy_pid=""
installed=0
cleanup() {
    if [ -n "$proxy_pid" ]; then kill "$proxy_pid" 2>/dev/null || true; fi
    if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; fi
    if [ "$installed" -eq 1 ]; then
        $SUDO apt-get remove -y -qq llmledger >/dev/null || echo "could not remove llmledger" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
pass() { echo "ok: $1"; passed=$((passed + 1)); }
fail() { echo "FAILED: $1" >&2; failed=$((failed + 1)); }
check() {
    local name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}

# Waits up to 30 s for a line matching the regex in the file; prints the first group.
wait_for_line() {
    local file=$1 regex=$2 pid=$3
    for _ in $(seq 300); do
        local line
        line=$(grep -m1 -E "$regex" "$file" 2>/dev/null || true)
        if [[ $line =~ $regex ]]; then
            echo "${BASH_REMATCH[1]}"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# A clean environment for the installed binary: its own HOME, no display, no keychain.
run_env=(env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
    XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache"
    XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8)
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"

# --- install -------------------------------------------------------------------------------
version=$(dpkg-deb -f "$deb" Version)
echo "installing $deb ($(du -k "$deb" | cut -f1) KiB)"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
if $SUDO apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1; then
    installed=1
    pass "apt-get install llmledger $version"
else
    cat "$work/apt.log" >&2
    fail "apt-get install llmledger $version"
    echo "package: $passed passed, $failed failed"
    exit 1
fi

# --- what it installed -----------------------------------------------------------------------
appstream_id=io.github.llmledger.LLMLedger
files=(/usr/bin/llmledger /usr/share/applications/llmledger.desktop
    "/usr/share/metainfo/$appstream_id.metainfo.xml" /usr/share/man/man1/llmledger.1.gz
    /usr/share/icons/hicolor/scalable/apps/llmledger.svg)
for size in 16 22 24 32 48 64 128 256 512; do
    files+=("/usr/share/icons/hicolor/${size}x${size}/apps/llmledger.png")
done
dpkg -L llmledger >"$work/files.txt"
missing=()
for f in "${files[@]}"; do
    grep -qxF "$f" "$work/files.txt" && [ -f "$f" ] || missing+=("$f")
done
check "installed files (${#files[@]}): ${missing[*]:-all present}" test ${#missing[@]} -eq 0
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate" desktop-file-validate /usr/share/applications/llmledger.desktop
fi
if command -v appstreamcli >/dev/null; then
    check "appstreamcli validate" appstreamcli validate --no-net \
        "/usr/share/metainfo/$appstream_id.metainfo.xml"
fi
exec_line=$(grep '^Exec=' /usr/share/applications/llmledger.desktop)
check "desktop entry starts the installed binary ($exec_line)" \
    test -x "/usr/bin/${exec_line#Exec=}"

# --- the installed binary --------------------------------------------------------------------
version_out=$("${run_env[@]}" /usr/bin/llmledger --version 2>&1 || true)
check "llmledger --version prints \"llmledger $version\" (got \"$version_out\")" \
    test "$version_out" = "llmledger $version"

# The window, offscreen, from /usr/bin: its QML modules and translations are resources
# of the binary; the Qt Quick modules it imports come from the package's Depends. The probe
# visits every page and prints peak_rss_mib after the last one. A page that does not settle
# (frames still coming after 30 s) is the window's business, not the package's: noted only.
"${run_env[@]}" QT_QPA_PLATFORM=offscreen timeout 200 \
    /usr/bin/llmledger --probe-window --data-dir "$work/window" >"$work/window.log" 2>&1 || true
qml_errors=$(grep -E 'is not installed|failed to load component|QQmlApplicationEngine failed|Type [A-Za-z_.]+ unavailable|plugin cannot be loaded|Cannot load library' \
    "$work/window.log" || true)
if grep -q '^window first_frame_ms' "$work/window.log" \
    && grep -q '^window peak_rss_mib' "$work/window.log" && [ -z "$qml_errors" ]; then
    pass "installed window loads every page offscreen (--probe-window)"
else
    tail -30 "$work/window.log" >&2
    fail "installed window loads every page offscreen (--probe-window)"
fi
grep 'did not settle' "$work/window.log" | sed 's/^/note: /' || true

# --- one call through the installed proxy ----------------------------------------------------
"$mock" --port 0 --chunks 5 >"$work/mock.log" 2>&1 &
mock_pid=$!
mock_port=$(wait_for_line "$work/mock.log" 'listening on ([0-9]+)' "$mock_pid") || {
    cat "$work/mock.log" >&2
    fail "mock upstream starts"
    echo "package: $passed passed, $failed failed"
    exit 1
}
data="$work/data"
"${run_env[@]}" LLMLEDGER_OPENAI_BASE_URL="http://127.0.0.1:$mock_port/v1" \
    /usr/bin/llmledger --headless --port 0 --data-dir "$data" --config "$data/config.json" \
    >"$work/proxy.log" 2>&1 &
proxy_pid=$!
proxy_port=$(wait_for_line "$work/proxy.log" \
    'LLM Ledger proxy listening on http://127\.0\.0\.1:([0-9]+)' "$proxy_pid") || proxy_port=""
check "llmledger --headless listens (port ${proxy_port:-none})" test -n "$proxy_port"

if [ -n "$proxy_port" ]; then
    status=$(curl -sS --max-time 30 -o "$work/answer.json" -w '%{http_code}' \
        -H 'Content-Type: application/json' -H 'Authorization: Bearer sk-deb-smoke-test' \
        -H 'x-mock-prompt-tokens: 1200' -H 'x-mock-completion-tokens: 34' \
        -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}]}' \
        "http://127.0.0.1:$proxy_port/v1/chat/completions" || echo "curl failed")
    check "chat/completions through the proxy answers 200 (got $status)" test "$status" = 200
    check "the answer is the mock's" grep -qF \
        '"content":"Hello from the mock upstream"' "$work/answer.json"
fi
if [ -n "$proxy_pid" ]; then
    kill -TERM "$proxy_pid" 2>/dev/null || true
    proxy_code=0
    wait "$proxy_pid" || proxy_code=$?
    proxy_pid=""
    check "proxy stops cleanly on SIGTERM (exit $proxy_code)" test "$proxy_code" -eq 0
fi

# --- the recorded row --------------------------------------------------------------------------
if "${run_env[@]}" /usr/bin/llmledger export --csv --data-dir "$data" \
    >"$work/export.csv" 2>"$work/export.err"; then
    row=$(python3 - "$work/export.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
if len(rows) != 1:
    print(f"{len(rows)} rows")
    sys.exit()
r = rows[0]
print(",".join(f"{k}={r.get(k)}" for k in
               ("endpoint", "requested_model", "status", "input_tokens", "output_tokens",
                "cost_usd")))
PY
)
    expected="endpoint=/v1/chat/completions,requested_model=gpt-4o-mini,status=200,"
    expected+="input_tokens=1200,output_tokens=34,cost_usd=0.0002004"
    check "llmledger export: one recorded row ($row)" test "$row" = "$expected"
else
    cat "$work/export.err" >&2
    fail "llmledger export --csv"
fi

# --- removal -------------------------------------------------------------------------------------
if $SUDO apt-get remove -y -qq llmledger >"$work/apt.log" 2>&1 && ! [ -e /usr/bin/llmledger ]; then
    installed=0
    pass "apt-get remove llmledger"
else
    cat "$work/apt.log" >&2
    fail "apt-get remove llmledger"
fi

echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
