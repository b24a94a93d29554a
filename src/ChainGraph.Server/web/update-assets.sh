#!/usr/bin/env bash
# Refreshes the served copies under ../wwwroot/lib from the versions pinned in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
lib=../wwwroot/lib
mkdir -p "$lib/graphiql"
cp node_modules/graphiql/graphiql.min.js node_modules/graphiql/graphiql.min.css "$lib/graphiql/"
cp node_modules/graphiql/LICENSE "$lib/graphiql/LICENSE.graphiql"
cp node_modules/react/umd/react.production.min.js node_modules/react-dom/umd/react-dom.production.min.js "$lib/graphiql/"
cp node_modules/react/LICENSE "$lib/graphiql/LICENSE.react"
echo "assets copied to $lib"
