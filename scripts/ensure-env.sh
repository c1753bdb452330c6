#!/usr/bin/env sh
# Runs before `npm test` and `npm run serve`: installs what a fresh machine lacks, so the README's two commands
# are all it needs. Debian's Chromium where apt-get is usable (this project's machines); Playwright's own elsewhere.
set -e
[ -d node_modules/.bin ] || npm ci --no-audit --no-fund
if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    npx playwright install chromium
  fi
fi
