// ECharts options for the maps and the pipeline charts.
import { e, n, t, yi, lang } from './i18n.js';
import { escapeHtml, CATEGORY_ORDER } from './chain.js';
import { CATEGORY_COLORS, FONT, PROJECT_STATUS_COLORS } from './style.js';
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

/** The national map with the targets' nearest sites, lines to the region, and the region itself. */
export function targetsMapOption({ view, targets, home, regionsByCode }) {
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
    geo: geoComponent(view, regionsByCode, { labels: false }),
    series: [
      {
        type: 'lines', coordinateSystem: 'geo', zlevel: 1, silent: true,
        data: points.map((p) => ({ coords: [p.value, homePoint] })),
        lineStyle: { color: '#e8590c', width: 1, opacity: 0.35, curveness: 0.25 },
      },
      {
        type: 'scatter', coordinateSystem: 'geo', zlevel: 2, name: t('targets'), data: points,
        itemStyle: { color: '#e8590c', borderColor: '#fff', borderWidth: 1 },
        label: { position: 'right', fontSize: 11, color: '#7a2e0b', formatter: (p) => `${p.data.rank} ${p.name}`, textBorderColor: '#fff', textBorderWidth: 2 },
      },
      {
        type: 'effectScatter', coordinateSystem: 'geo', zlevel: 3, data: [{ name: n(home), value: homePoint }],
        symbol: 'pin', symbolSize: 26, rippleEffect: { scale: 2.5, brushType: 'stroke' },
        itemStyle: { color: '#c92a2a' },
        label: { show: true, position: 'top', formatter: '{b}', fontWeight: 'bold', color: '#c92a2a', textBorderColor: '#fff', textBorderWidth: 2 },
      },
    ],
  };
}

/** Counts (bars, left axis) and investment in 亿元 (bars, right axis) per bucket. */
export function pipelineOption({ buckets, keyOf, colors }) {
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
