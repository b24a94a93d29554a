// ECharts options for the maps and the pipeline charts.
import { e, n, t, yi, lang } from './i18n.js';
import { escapeHtml, CATEGORY_ORDER } from './chain.js';
import { CATEGORY_COLORS, FONT, PROJECT_STATUS_COLORS, textWidth } from './style.js';
import { featureCode } from './geo.js';

/** Feature name → the region's name in the chosen language (so labels follow the language switch). */
function nameMap(file, regionsByCode) {
  const map = {};
  for (const feature of file.json.features) {
    const region = regionsByCode.get(featureCode(feature));
    if (region) {
      map[feature.properties.name] = lang() === 'en' ? region.nameEn || region.nameZh : feature.properties.name;
    }
  }
  return map;
}

function geoComponent(view, regionsByCode, { labels }) {
  const names = nameMap(view.file, regionsByCode);
  const geo = {
    map: view.file.mapName,
    roam: true,
    scaleLimit: { min: 0.8, max: 12 },
    nameMap: names,
    selectedMode: false,
    label: { show: labels, fontSize: 10, color: '#5c677d', fontFamily: FONT },
    itemStyle: { areaColor: '#f4f6f8', borderColor: '#a8b3c2', borderWidth: 0.8 },
    emphasis: { itemStyle: { areaColor: '#e7f5ff' }, label: { show: true, color: '#1c2a3a' } },
    tooltip: { show: false },
  };
  if (view.bounds) {
    geo.boundingCoords = view.bounds;
  } else {
    geo.layoutCenter = ['50%', '50%'];
    geo.layoutSize = '96%';
  }
  if (view.highlight) {
    const name = view.highlight.properties.name;
    geo.regions = [{
      name: names[name] ?? name,
      itemStyle: { areaColor: '#fff1e0', borderColor: '#e8590c', borderWidth: 2 },
      label: { show: true, color: '#c2410c', fontWeight: 'bold', fontSize: 12 },
    }];
  }
  return geo;
}

function siteTooltip(p) {
  const s = p.data.site;
  if (!s) return escapeHtml(p.name);
  const tags = (s.tags ?? []).map(e).join(' · ');
  return [
    `<b>${escapeHtml(lang() === 'en' && s.companyNameEn ? s.companyNameEn : s.companyName)}</b>${tags ? ` <span style="color:#868e96">${escapeHtml(tags)}</span>` : ''}`,
    `${escapeHtml(s.siteName ?? s.siteId)} · ${escapeHtml(e(s.kind))} · ${escapeHtml(s.regionName ?? s.regionCode)}`,
    escapeHtml((s.segmentNames ?? []).join('、')),
  ].join('<br>');
}

/**
 * Sites often share a point (a plant placed at its district's centre): those are fanned out on a small ring
 * around it, so that each can be seen and hovered; the tooltip names the real place.
 */
function fanOut(features, view) {
  let span = 1;
  if (view.bounds) {
    span = Math.abs(view.bounds[1][0] - view.bounds[0][0]);
  } else {
    const xs = [];
    const visit = (c) => (typeof c[0] === 'number' ? xs.push(c[0]) : c.forEach(visit));
    for (const f of view.file.json.features) visit(f.geometry.coordinates);
    span = Math.max(...xs) - Math.min(...xs);
  }
  const radius = span * 0.012;
  const byPoint = new Map();
  for (const f of features) {
    const key = f.geometry.coordinates.join(',');
    if (!byPoint.has(key)) byPoint.set(key, []);
    byPoint.get(key).push(f);
  }
  const result = new Map();
  for (const group of byPoint.values()) {
    group.forEach((f, i) => {
      const [lon, lat] = f.geometry.coordinates;
      if (group.length === 1) {
        result.set(f, [lon, lat]);
        return;
      }
      const angle = (2 * Math.PI * i) / group.length;
      const r = radius * (1 + Math.floor(i / 8) * 0.8);
      result.set(f, [lon + r * Math.cos(angle), lat + r * Math.sin(angle)]);
    });
  }
  return result;
}

/** A boundary map with sites (GeoJSON features from /api/map/sites.geojson) coloured by segment category. */
export function sitesMapOption({ view, sites, regionsByCode, labels = true }) {
  const groups = new Map();
  const spread = fanOut(sites.features, view);
  for (const f of sites.features) {
    const category = (f.properties.categories ?? [])[0] ?? 'UNCLASSIFIED';
    if (!groups.has(category)) groups.set(category, []);
    const anchor = (f.properties.tags ?? []).includes('ANCHOR');
    groups.get(category).push({
      name: f.properties.companyName,
      value: spread.get(f),
      site: f.properties,
      symbol: anchor ? 'diamond' : 'circle',
      symbolSize: anchor ? 13 : 9,
    });
  }
  const order = [...CATEGORY_ORDER, 'UNCLASSIFIED'].filter((c) => groups.has(c));
  return {
    animationDuration: 400,
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: 'item', confine: true, formatter: siteTooltip },
    legend: { bottom: 4, left: 'center', itemWidth: 10, itemHeight: 10, textStyle: { fontSize: 11 }, data: order.map(e) },
    geo: geoComponent(view, regionsByCode, { labels }),
    series: order.map((c) => ({
      type: 'scatter', coordinateSystem: 'geo', name: e(c), data: groups.get(c),
      itemStyle: { color: CATEGORY_COLORS[c], borderColor: '#fff', borderWidth: 1, opacity: 0.92 },
      emphasis: { scale: 1.4 },
      zlevel: 1,
    })),
  };
}

const PIN = 26; // the region's pin on the targets map (ECharts draws its tip on the point)
const HOME_LABEL = 12;
const GAP = 3;

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where the region's pin and its name are drawn, in pixels, for the region's point `home` ([x, y]). */
function pinBoxes(home, name) {
  const pin = { x: home[0] - PIN / 2 - 2, y: home[1] - PIN - 2, width: PIN + 4, height: PIN + 4 };
  const width = textWidth(name, HOME_LABEL, 'bold') + 6;
  return { pin, name: { x: home[0] - width / 2, y: pin.y - HOME_LABEL - 10, width, height: HOME_LABEL + 10 } };
}

/**
 * Places the targets' names where they hide neither the region's pin and name, nor a target, nor one another,
 * inside the map: right of the point, else left of it, else beside the pin, under it or over its name, moving
 * down or up a line at a time when every place is taken (a guide line then leads to the point). `canvas` gives
 * the pixel of a coordinate and the map's size; `points` are the targets' data items. Labels come in rank order;
 * the first one of a pass clears the places taken.
 */
function targetLabelLayout(homePoint, homeName, points, canvas) {
  const taken = [];
  return (params) => {
    const home = canvas.toPixel(homePoint);
    if (!home || !params.labelRect) return {};
    if (params.dataIndex === 0) taken.length = 0;
    const { pin, name } = pinBoxes(home, homeName);
    const dots = points.map((p) => {
      const [x, y] = canvas.toPixel(p.value);
      return { x: x - p.symbolSize / 2, y: y - p.symbolSize / 2, width: p.symbolSize, height: p.symbolSize };
    });
    const { rect, labelRect } = params;
    const w = labelRect.width;
    const h = labelRect.height;
    const cx = rect.x + rect.width / 2;
    const cy = rect.y + rect.height / 2;
    const spots = [
      [rect.x + rect.width + GAP, cy - h / 2], [rect.x - GAP - w, cy - h / 2],
      [pin.x + pin.width + GAP, cy - h / 2], [pin.x - GAP - w, cy - h / 2],
      [cx - w / 2, Math.max(pin.y + pin.height, rect.y + rect.height) + GAP], [cx - w / 2, Math.min(name.y, rect.y) - GAP - h],
    ];
    const width = canvas.width();
    const height = canvas.height();
    const fits = (box) => box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height
      && ![pin, name, ...dots, ...taken].some((other) => overlaps(box, other));
    for (let shift = 0; shift <= 10; shift++) {
      for (const sign of shift ? [1, -1] : [1]) {
        for (const [x, y] of spots) {
          const box = { x, y: y + sign * shift * (h + 2), width: w, height: h };
          if (fits(box)) {
            taken.push(box);
            return { x: box.x, y: box.y, align: 'left', verticalAlign: 'top' };
          }
        }
      }
    }
    return { hideOverlap: true };
  };
}

/** [[west, north], [east, south]] around the points, at least `min` degrees each way, with a margin. */
function around(points, min = 8) {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  let [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const grow = (a, b) => { const pad = Math.max(0, min - (b - a)) / 2 + (b - a) * 0.12; return [a - pad, b + pad]; };
  [west, east] = grow(west, east);
  [south, north] = grow(south, north);
  return [[west, north], [east, south]];
}

/**
 * The national map with the targets' nearest sites, lines to the region, and the region itself (a pin), zoomed
 * to them. The five best are named; their names never hide the region's pin or name (`canvas`: see
 * targetLabelLayout) and stay inside the map.
 */
export function targetsMapOption({ view, targets, home, regionsByCode, canvas = null }) {
  const homePoint = [home.lon, home.lat];
  const maxScore = Math.max(1, ...targets.map((x) => x.score));
  const points = targets.map((x, i) => ({
    name: n(x.company),
    value: [x.nearestSite.lon, x.nearestSite.lat],
    rank: i + 1,
    target: x,
    symbolSize: 8 + 12 * (x.score / maxScore),
    label: { show: i < 5 },
  }));
  const bounds = around([homePoint, ...points.map((p) => p.value)]);
  return {
    animationDuration: 400,
    textStyle: { fontFamily: FONT },
    tooltip: {
      trigger: 'item', confine: true,
      formatter: (p) => {
        if (p.seriesType === 'lines') return '';
        if (!p.data.target) return `<b>${escapeHtml(p.name)}</b> (${t('home')})`;
        const x = p.data.target;
        return [
          `#${p.data.rank} <b>${escapeHtml(n(x.company))}</b>`,
          `${t('score')} ${x.score.toFixed(3)} · ${t('distanceKm')} ${x.distanceKm.toFixed(0)}`,
          `${escapeHtml(x.nearestSite.nameZh ?? x.nearestSite.id)} · ${escapeHtml(n(x.nearestSite.region))}`,
        ].join('<br>');
      },
    },
    geo: geoComponent({ ...view, bounds }, regionsByCode, { labels: false }),
    series: [
      {
        type: 'lines', coordinateSystem: 'geo', zlevel: 1, silent: true,
        data: points.map((p) => ({ coords: [p.value, homePoint] })),
        lineStyle: { color: '#e8590c', width: 1, opacity: 0.35, curveness: 0.25 },
      },
      {
        // under the targets: a target next door stays visible on the pin
        type: 'effectScatter', coordinateSystem: 'geo', zlevel: 2, data: [{ name: n(home), value: homePoint }],
        symbol: 'pin', symbolSize: PIN, rippleEffect: { scale: 2.5, brushType: 'stroke' },
        itemStyle: { color: '#c92a2a' },
      },
      {
        type: 'scatter', coordinateSystem: 'geo', zlevel: 3, name: t('targets'), data: points,
        itemStyle: { color: '#e8590c', borderColor: '#fff', borderWidth: 1 },
        label: { position: 'right', fontSize: 11, color: '#7a2e0b', formatter: (p) => `${p.data.rank} ${p.name}`, textBorderColor: '#fff', textBorderWidth: 2 },
        labelLine: { show: true, length2: 0, lineStyle: { color: '#c2410c', width: 1, opacity: 0.7 } },
        labelLayout: canvas ? targetLabelLayout(homePoint, n(home), points, canvas) : null,
      },
      {
        // the region's name over everything, above its pin
        type: 'scatter', coordinateSystem: 'geo', zlevel: 4, silent: true, symbolSize: 0, data: [{ name: n(home), value: homePoint, home: true }],
        label: {
          show: true, position: 'top', distance: PIN + 2, formatter: '{b}', fontSize: HOME_LABEL, fontWeight: 'bold',
          color: '#c92a2a', textBorderColor: '#fff', textBorderWidth: 3,
        },
      },
    ],
  };
}

/**
 * Counts (bars, left axis) and investment in 亿元 (bars, right axis) per bucket. Without any project: no axes,
 * only 暂无项目 (No projects). Set it with notMerge: the two forms share no component.
 */
export function pipelineOption({ buckets, keyOf, colors }) {
  if (!buckets.some((b) => b.count > 0)) {
    return {
      textStyle: { fontFamily: FONT },
      title: {
        text: t('pipelineEmpty'), left: 'center', top: 'middle',
        textStyle: { fontSize: 14, fontWeight: 'normal', color: '#6b7785', fontFamily: FONT },
      },
      series: [],
    };
  }
  const names = buckets.map((b) => e(keyOf(b)));
  return {
    animationDuration: 400,
    textStyle: { fontFamily: FONT },
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (items) => {
        const b = buckets[items[0].dataIndex];
        const undisclosed = b.undisclosedCount ? ` (${t('undisclosed')}: ${b.undisclosedCount})` : '';
        return `<b>${escapeHtml(items[0].name)}</b><br>${t('projects')}: ${b.count}<br>${t('investment')}: ${yi(b.investmentYuan)}${undisclosed}`;
      },
    },
    legend: { top: 0, left: 'center', itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 }, data: [t('projects'), t('investment')] },
    grid: { left: 44, right: 52, top: 46, bottom: 44 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, fontSize: 11, rotate: names.some((x) => x.length > 6) ? 20 : 0 } },
    yAxis: [
      { type: 'value', name: t('projects'), minInterval: 1, nameTextStyle: { fontSize: 11 }, splitLine: { lineStyle: { color: '#eef1f4' } } },
      { type: 'value', name: t('yi'), nameTextStyle: { fontSize: 11 }, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar', name: t('projects'), yAxisIndex: 0, barMaxWidth: 22, itemStyle: { color: '#339af0' },
        data: buckets.map((b) => ({ value: b.count, itemStyle: { color: colors(keyOf(b)) } })),
        label: { show: true, position: 'top', fontSize: 11, formatter: (p) => (p.value ? p.value : '') },
      },
      {
        type: 'bar', name: t('investment'), yAxisIndex: 1, barMaxWidth: 22,
        data: buckets.map((b) => Math.round(b.investmentYuan / 1e7) / 10),
        itemStyle: { color: '#ced4da' },
        label: { show: true, position: 'top', fontSize: 10, color: '#495057', formatter: (p) => (p.value ? p.value : '') },
      },
    ],
  };
}

export const statusColor = (s) => PROJECT_STATUS_COLORS[s] ?? '#868e96';
export const categoryColor = (c) => CATEGORY_COLORS[c] ?? '#868e96';
