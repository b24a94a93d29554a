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
if [ "$status" -eq 0 ]; then
  # One test assembly at a time keeps the 2-core machine responsive and the output readable.
  dotnet test ChainGraph.sln -c Release --no-build --nologo -m:1 \
    --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" || status=$?
fi

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # the build or a test host failed without a failing test to show for it
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
