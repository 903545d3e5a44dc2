#!/usr/bin/env bash
# Saves a PNG of each page of the window into docs/screenshots/ (or the folder given):
# fills a demo ledger with realistic calls over the last 90 days (bench/ledgerfill.cpp),
# labels its client keys, runs the app under Xvfb with --screenshots and stops it, once in the
# light theme and once in the dark one (into dark/).
# Look at the pictures: a blank chart or clipped text is a bug.
#
#   scripts/screenshots.sh [OUTPUT_DIR]
#
# SCREENSHOTS_BUILD_DIR (default <repo>/build-screenshots), SCREENSHOTS_SIZE (1280x800).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${SCREENSHOTS_BUILD_DIR:-$repo/build-screenshots}
size=${SCREENSHOTS_SIZE:-1280x800}
out=$(mkdir -p "${1:-$repo/docs/screenshots}" && cd "${1:-$repo/docs/screenshots}" && pwd)

"$repo/scripts/install-deps.sh" --if-missing
if [ -f "$build/CMakeCache.txt" ]; then # an existing build: add the fill tool to it
    cmake -S "$repo" -B "$build" -DLEDGER_BUILD_BENCH=ON >/dev/null
else
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DLEDGER_BUILD_BENCH=ON -DLEDGER_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target llmledger llmledger-fill

demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
app=("$build/app/llmledger" --data-dir "$demo" --config "$demo/config.json")

"$build/bench/llmledger-fill" --calls 60000 --days 90 --keys 5 --seed 7 "$demo/ledger.sqlite" >/dev/null
labels=(cursor aider claude-code ci-nightly notebook)
i=0
while IFS=$'\t' read -r key _; do
    "${app[@]}" keys label "$key" "${labels[$i]}"
    i=$((i + 1))
done < <("${app[@]}" keys list | tail -n +2 | head -n "${#labels[@]}")

# The window's own preferences (language, theme) from a fresh folder, not the user's.
export XDG_CONFIG_HOME="$demo/xdg"
mkdir -p "$out/dark"
rm -f "$out"/*.png "$out"/dark/*.png
for theme in light dark; do
    dir=$out
    [ "$theme" = dark ] && dir=$out/dark
    LC_ALL=C.UTF-8 xvfb-run -a -s "-screen 0 ${size}x24" \
        "${app[@]}" --port 0 --theme "$theme" --screenshots "$dir" | grep '^window'
done
ls "$out" "$out/dark"
