#!/usr/bin/env bash
# Builds the Debian package of LLM Ledger and prints its path (everything else goes to
# stderr).
#
#   packaging/build-deb.sh                 # Release build in build-deb/, the app only
#   BUILD_DIR=build packaging/build-deb.sh # package an already configured build (CI reuses
#                                          # its test build; the binary is stripped either way)
#
# The .deb lands in $BUILD_DIR/packages/. Install it with: apt-get install ./llmledger_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build-deb}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$PWD/$BUILD_DIR" ;; esac
out_dir="$BUILD_DIR/packages"
{
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DLEDGER_BUILD_TESTS=OFF -DLEDGER_BUILD_BENCH=OFF
    fi
    cmake --build "$BUILD_DIR" --target llmledger --parallel "$(nproc)"
    rm -rf "$out_dir"
    (cd "$BUILD_DIR" && cpack -G DEB -B "$out_dir")
    rm -rf "$out_dir/_CPack_Packages"
} >&2
ls "$out_dir"/llmledger_*.deb
