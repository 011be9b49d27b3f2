#!/usr/bin/env bash
# `npm test`: unit tests, a production build, the fuzz and soak against it on loopback (about
# 100 s), then the end-to-end tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  cat >&2 <<MSG
npm test: no Chromium found at $chromium.
The end-to-end tests drive Debian's Chromium (Playwright cannot download browsers here).
Install it with:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium binary:   CHROMIUM_PATH=/path/to/chromium npm test
MSG
  exit 1
fi

npx vitest run
npx next build
npx tsx scripts/soak.ts
npx playwright test
