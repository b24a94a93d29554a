#!/usr/bin/env bash
# Installs what the browser tests need, idempotently: Debian's chromium and a CJK font (as root, through apt-get),
# then playwright-core pinned by package-lock.json (npm ci). Nothing else is downloaded: playwright-core drives
# /usr/bin/chromium and never fetches a browser of its own.
# Exits non-zero when something could not be installed; the tests then report as skipped, with the reason.
set -uo pipefail
cd "$(dirname "$0")"
status=0

font=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -f "$font" ] || packages+=(fonts-noto-cjk)
if [ "${#packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "browser setup: ${packages[*]} missing and not root: install them with apt-get as root" >&2
    status=1
  elif ! command -v apt-get >/dev/null; then
    echo "browser setup: ${packages[*]} missing and apt-get not available" >&2
    status=1
  else
    export DEBIAN_FRONTEND=noninteractive
    # update the package lists only when they do not know the packages yet
    for p in "${packages[@]}"; do
      if ! apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [^(]'; then
        apt-get update -q || status=1
        break
      fi
    done
    apt-get install -y -q "${packages[@]}" || status=1
  fi
fi

if ! command -v npm >/dev/null; then
  echo "browser setup: npm is not installed" >&2
  status=1
elif node -e '
    const want = require("./package-lock.json").packages["node_modules/playwright-core"].version;
    process.exit(require("./node_modules/playwright-core/package.json").version === want ? 0 : 1);' 2>/dev/null; then
  : # node_modules already holds the playwright-core that package-lock.json pins
else
  npm ci --no-audit --no-fund --loglevel=error || status=1
fi
exit "$status"
