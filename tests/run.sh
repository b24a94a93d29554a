#!/usr/bin/env bash
# Runs every test of ChainGraph on a fresh clone: restore, build, test; prints "N passed, N failed, N skipped" last.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

status=0
dotnet restore ChainGraph.sln || status=$?
if [ "$status" -eq 0 ]; then
  dotnet build ChainGraph.sln -c Release --no-restore -nologo || status=$?
fi
built=$status
if [ "$status" -eq 0 ]; then
  # One test assembly at a time keeps the 2-core machine responsive and the output readable.
  dotnet test ChainGraph.sln -c Release --no-build --nologo -m:1 \
    --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" || status=$?
fi

# Browser tests of the map page (tests/browser): Debian's chromium driven by playwright-core against the Release
# build. setup.sh installs chromium, a CJK font and playwright-core; what it cannot install makes the tests skip.
browser_passed=0; browser_failed=0; browser_skipped=0
if [ "$built" -ne 0 ]; then
  echo "browser tests not run: the build failed"
elif ! command -v node >/dev/null; then
  echo "browser tests skipped: node is not installed"
  browser_skipped=1
else
  bash tests/browser/setup.sh || echo "tests/browser/setup.sh could not install everything: the browser tests that need it report as skipped"
  node --test --test-reporter=tap tests/browser/ 2>&1 | tee "$results/browser.tap"
  browser_status=${PIPESTATUS[0]}
  tap() { local n; n=$(grep -E "^# $1 [0-9]+$" "$results/browser.tap" | tail -n 1 | sed 's/[^0-9]//g'); echo "${n:-0}"; }
  browser_passed=$(tap pass)
  browser_failed=$(( $(tap fail) + $(tap cancelled) ))
  browser_skipped=$(tap skipped)
  if [ "$browser_status" -ne 0 ] && [ "$browser_failed" -eq 0 ]; then
    browser_failed=1 # node --test failed without a failing test to show for it
  fi
  echo "browser tests: $browser_passed passed, $browser_failed failed, $browser_skipped skipped"
fi

passed=$browser_passed; failed=$browser_failed; skipped=$browser_skipped
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  # a skipped test is counted in total but not in executed
  skipped=$((skipped + $(get total) - $(get executed)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # the build or a test host failed without a failing test to show for it
  failed=1
fi
if [ "$skipped" -gt 0 ]; then
  # Why tests were skipped, counted by reason (from the trx files and the browser tests' TAP output).
  echo "skipped, by reason:"
  {
    for trx in "$results"/*.trx; do
      [ -f "$trx" ] || continue
      awk '/outcome="NotExecuted"/ { want = 1 } want && /<Message>/ { sub(/.*<Message>/, ""); sub(/<\/Message>.*/, ""); print; want = 0 }' "$trx"
    done
    if [ -f "$results/browser.tap" ]; then
      grep -o '# SKIP.*' "$results/browser.tap" | sed 's/^# SKIP *//'
    fi
  } | sed 's/&quot;/"/g; s/&apos;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g' | sort | uniq -c | sort -rn | sed 's/^ */  /'
fi
if [ "$failed" -gt 0 ]; then
  # Which tests failed, with the first line of each message, so the end of the output names them.
  echo "failed tests:"
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    awk '/<UnitTestResult / && /outcome="Failed"/ { n = $0; sub(/.*testName="/, "", n); sub(/".*/, "", n); want = 1; next }
         want && /<Message>/ { m = $0; sub(/.*<Message>/, "", m); sub(/<\/Message>.*/, "", m); print "  " n ": " substr(m, 1, 300); want = 0 }' "$trx"
  done | sed 's/&quot;/"/g; s/&apos;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g'
  if [ -f "$results/browser.tap" ]; then
    grep -E '^ *not ok ' "$results/browser.tap" | sed 's/^ */  browser: /'
  fi
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
