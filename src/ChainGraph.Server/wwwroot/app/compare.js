// 区域对比: the chain's segments × 2 to 10 regions as an ECharts heatmap of the location quotient (compareRegions).
import { e, n, t } from './i18n.js';
import { escapeHtml } from './chain.js';
import { FONT, textWidth } from './style.js';

/** The Greater Bay Area cities compared with the region by default (those present in the store). */
export const GBA = ['440100', '440300', '440600', '441900', '441300', '440700', '440400'];
export const MIN_REGIONS = 2;
export const MAX_REGIONS = 10;

/** The default comparison set: the region itself, then the GBA cities the store knows, at most 10. */
export function defaultSet(region, present) {
  return [...new Set([region, ...GBA.filter((code) => present.has(code))])].slice(0, MAX_REGIONS);
}

/** A location quotient as shown: two decimals, or – when it is undefined (null). */
export function lqText(lq) {
  return lq === null || lq === undefined ? '–' : lq.toFixed(2);
}

/**
 * The rows to show, in order: leaves only unless `parents`; in the chain's reading order (`order`, a map by
 * segment id from chainReadingOrder), or by the location quotient of region `sortBy`, high to low (undefined
 * last, then more local companies, then the reading order).
 */
export function orderRows(rows, { parents, sortBy, order }) {
  const place = (r) => order.get(r.segment.id) ?? Number.MAX_SAFE_INTEGER;
  const chainOrder = (a, b) => place(a) - place(b) || (a.segment.id < b.segment.id ? -1 : a.segment.id > b.segment.id ? 1 : 0);
  const list = rows.filter((r) => parents || r.segment.isLeaf);
  const column = sortBy ? list[0]?.cells.findIndex((c) => c.region.code === sortBy) ?? -1 : -1;
  if (column < 0) return list.sort(chainOrder);
  const lq = (r) => r.cells[column].locationQuotient;
  return list.sort((a, b) => {
    const x = lq(a);
    const y = lq(b);
    if ((x === null) !== (y === null)) return x === null ? 1 : -1;
    return (y ?? 0) - (x ?? 0) || b.cells[column].localCompanyCount - a.cells[column].localCompanyCount || chainOrder(a, b);
  });
}

const PIECES = [
  { value: -1, color: '#dee2e6', key: 'null' },
  { value: 0, color: '#f1f3f5', label: '0' },
  { gt: 0, lt: 0.5, color: '#d0ebff', label: '0–0.5' },
  { gte: 0.5, lt: 1, color: '#74c0fc', label: '0.5–1' },
  { gte: 1, lt: 1.5, color: '#ffd8a8', label: '1–1.5' },
  { gte: 1.5, lt: 3, color: '#ff922b', label: '1.5–3' },
  { gte: 3, color: '#d9480f', label: '≥ 3' },
];

/**
 * The heatmap's ECharts option and its pixel height. `rows` as ordered by orderRows; `width` is the chart's width:
 * the segment names get the room their longest one needs (up to 45% of it), so that none is cut off.
 */
export function compareOption({ rows, regions, home, sortBy, width = 1200 }) {
  const rowName = (row) => (row.segment.isLeaf ? n(row.segment) : `【${n(row.segment)}】`);
  // (+2: ECharts keeps a pixel in reserve before it truncates)
  const nameWidth = Math.ceil(Math.min(Math.max(120, ...rows.map((r) => textWidth(rowName(r), 12))) + 2, width * 0.45));
  const x = regions.map((r) => r.code);
  const labelOf = (code) => {
    const region = regions.find((r) => r.code === code);
    return `${n(region)}${code === sortBy ? ' ▼' : ''}`;
  };
  const data = [];
  rows.forEach((row, yi) => {
    row.cells.forEach((cell) => {
      const xi = x.indexOf(cell.region.code);
      if (xi < 0) return;
      const lq = cell.locationQuotient;
      data.push({ value: [xi, yi, lq === null ? -1 : lq], cell, segment: row.segment });
    });
  });
  const height = Math.max(260, rows.length * 22 + 96);
  return {
    height,
    option: {
      animation: false,
      textStyle: { fontFamily: FONT },
      tooltip: {
        confine: true,
        formatter: (p) => {
          if (!p.data || !p.data.cell) return '';
          const c = p.data.cell;
          return [
            `<b>${escapeHtml(n(p.data.segment))}</b> · ${escapeHtml(n(c.region))}`,
            `${escapeHtml(t('lq'))}: <b>${c.locationQuotient === null ? escapeHtml(t('lqNull')) : c.locationQuotient.toFixed(2)}</b>`,
            `${escapeHtml(t('status'))}: ${escapeHtml(e(c.status))} · ${escapeHtml(t('localCompanyCount'))} ${c.localCompanyCount}`,
          ].join('<br>');
        },
      },
      grid: { left: nameWidth + 16, right: 16, top: 34, bottom: 52 },
      xAxis: {
        type: 'category', position: 'top', data: x, triggerEvent: true,
        axisLabel: {
          interval: 0, fontSize: 12, fontFamily: FONT, color: '#1c2a3a',
          formatter: (code) => (code === home ? `{home|${labelOf(code)}}` : labelOf(code)),
          rich: { home: { fontWeight: 'bold', color: '#c2410c', fontSize: 12, fontFamily: FONT } },
        },
        axisTick: { show: false }, splitArea: { show: false },
      },
      yAxis: {
        type: 'category', inverse: true, data: rows.map((r) => r.segment.id),
        axisLabel: {
          fontSize: 12, fontFamily: FONT, width: nameWidth, overflow: 'truncate', ellipsis: '…',
          formatter: (id) => rowName(rows.find((r) => r.segment.id === id)),
        },
        axisTick: { show: false },
      },
      visualMap: {
        type: 'piecewise', dimension: 2, orient: 'horizontal', left: 'center', bottom: 4, itemWidth: 14, itemHeight: 10,
        textStyle: { fontSize: 11 },
        pieces: PIECES.map(({ key, ...p }) => ({ ...p, label: key === 'null' ? t('lqNull') : p.label })),
        text: [t('lq'), ''], showLabel: true, selectedMode: false,
      },
      series: [{
        type: 'heatmap', data,
        label: {
          show: true, fontSize: 11, fontFamily: FONT,
          // no label where the region has no company in the segment: the colour says it, the tooltip gives the numbers
          formatter: (p) => (p.data.cell.locationQuotient === null ? '–' : p.data.cell.locationQuotient === 0 ? '' : p.data.cell.locationQuotient.toFixed(2)),
          color: '#1c2a3a',
        },
        itemStyle: { borderColor: '#fff', borderWidth: 2, borderRadius: 3 },
        emphasis: { itemStyle: { borderColor: '#12355b', borderWidth: 2 } },
      }],
    },
  };
}

/** The same numbers as a table (keyboard and screen-reader friendly), inside a <details>. */
export function compareTable({ rows, regions }) {
  const head = regions.map((r) => `<th class="num" data-region="${escapeHtml(r.code)}">${escapeHtml(n(r))}</th>`).join('');
  const body = rows.map((row) => `<tr data-segment="${escapeHtml(row.segment.id)}"><th scope="row">${escapeHtml(n(row.segment))}</th>${
    regions.map((r) => {
      const c = row.cells.find((x) => x.region.code === r.code);
      return `<td class="num" data-region="${escapeHtml(r.code)}"><b>${lqText(c.locationQuotient)}</b> <span class="muted">${c.localCompanyCount} · ${escapeHtml(e(c.status))}</span></td>`;
    }).join('')}</tr>`).join('');
  return `<table id="compare-table"><thead><tr><th>${escapeHtml(t('segment'))}</th>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
