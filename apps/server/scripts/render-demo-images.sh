#!/usr/bin/env bash
# Renders each demo illustration (apps/server/public/demo-images/*.svg) to a
# PNG beside it, for the feeds: most e-mail clients show no SVG. The PNGs are
# committed; run this again after changing an SVG.
#   bash apps/server/scripts/render-demo-images.sh   (CHROMIUM=/path/to/chromium to override)
set -euo pipefail
dir="$(cd "$(dirname "$0")/../public/demo-images" && pwd)"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}"
for svg in "$dir"/*.svg; do
  # The illustrations are drawn on a 1200×675 viewBox.
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --hide-scrollbars --window-size=1200,675 \
    --screenshot="${svg%.svg}.png" "file://$svg" 2>/dev/null
done
ls -l "$dir"/*.png
