#!/usr/bin/env bash
# Renders resources/icons/llmledger.svg into the hicolor PNG sizes committed under
# packaging/icons/ (the .deb and the Flatpak install them). Run again after changing the
# SVG. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."

svg=resources/icons/llmledger.svg
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "packaging/icons/llmledger-${size}.png" "$svg"
done
echo "rendered the hicolor PNGs into packaging/icons/"
