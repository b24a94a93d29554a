#!/usr/bin/env bash
# Installs what the browser tests need, idempotently: Debian's chromium, a CJK font and poppler-utils (pdftotext and
# pdfinfo, to read back the brief printed to PDF) as root, through apt-get, then playwright-core pinned by
# package-lock.json (npm ci). Nothing else is downloaded: playwright-core drives /usr/bin/chromium and never
# fetches a browser of its own.
# Exits non-zero when something could not be installed; the tests then report as skipped, with the reason.
set -uo pipefail
cd "$(dirname "$0")"
status=0

font=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
updated=0

# apt_install PACKAGE...: installs the packages as root with apt-get; non-zero when it cannot.
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "browser setup: $* missing and not root: install them with apt-get as root" >&2
    return 1
  elif ! command -v apt-get >/dev/null; then
    echo "browser setup: $* missing and apt-get not available" >&2
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  # update the package lists only when they do not know the packages yet
  local p
  for p in "$@"; do
    if [ "$updated" -eq 0 ] && ! apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [^(]'; then
      apt-get update -q || return 1
      updated=1
      break
    fi
  done
  apt-get install -y -q "$@"
}

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -f "$font" ] || packages+=(fonts-noto-cjk)
if [ "${#packages[@]}" -gt 0 ]; then
  apt_install "${packages[@]}" || status=1
fi
# on its own: without it only the print test skips
if ! { command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null; }; then
  apt_install poppler-utils || status=1
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
