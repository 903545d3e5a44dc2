#!/usr/bin/env bash
# Builds LLM Ledger and runs the whole test suite (ctest), including the end-to-end
# test with the official OpenAI and Anthropic SDKs. Prints ctest's summary; exits
# non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --if-missing
# The SDK end-to-end test needs the npm packages (from the npm registry), present
# before CMake runs so that the test is registered.
tests/e2e/install.sh

BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEDGER_REQUIRE_E2E=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
tmp_home=$(mktemp -d)
trap 'rm -rf "$tmp_home"' EXIT
export MESA_SHADER_CACHE_DIR="$tmp_home/mesa"
# A private, unlocked Secret Service for the keychain tests.
HOME="$tmp_home" XDG_DATA_HOME="$tmp_home/.local/share" XDG_CONFIG_HOME="$tmp_home/.config" \
dbus-run-session -- sh -c '
    printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    ctest --test-dir "'"$BUILD_DIR"'" --output-on-failure --timeout 300 -j2
'
