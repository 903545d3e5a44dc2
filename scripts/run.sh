#!/usr/bin/env bash
# Installs what is missing, builds LLM Ledger (Release) and starts it: the window
# when there is a display, the proxy alone (--headless) otherwise. Extra arguments
# go to llmledger, e.g. scripts/run.sh --port 9000.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --if-missing
BUILD_DIR=${BUILD_DIR:-build-release}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEDGER_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$BUILD_DIR/app/llmledger" "$@"
fi
echo "No display: starting the proxy alone (llmledger --headless)."
exec "$BUILD_DIR/app/llmledger" --headless "$@"
