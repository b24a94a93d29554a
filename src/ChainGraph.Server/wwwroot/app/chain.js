// The chain diagram: leaf segments as boxes in columns by category, FEEDS flows as arrows (ECharts graph,
// fixed layout). Fill = coverage status in the region, border and badge = gap kind.
import { e, n, t, yi, lang, GAP_BADGE } from './i18n.js';
import { CATEGORY_COLORS, STATUS_STYLE, GAP_COLORS, SIM_COLORS, FONT } from './style.js';

/** The what-if marks on a box: closed gap, gap changing kind, new gap, more local companies. */
export const SIM_MARK = { closed: '✓', changed: '⇄', new: '!', coverage: '+' };

export const CATEGORY_ORDER = ['MATERIALS', 'EQUIPMENT', 'COMPONENTS', 'CELLS', 'APPLICATIONS', 'RECYCLING'];
const MAX_ROWS = 12;
const TOP = 34;
const LINE = 15; // line height of a box's text
const SPACING = 8; // between two boxes of a column

let measure = null;
/** The height in pixels of a box's label as ECharts draws it (wrapped to its width). */
function labelHeight(formatter, style) {
  measure ??= new echarts.graphic.Text({});
  measure.useStyle({ ...style, text: formatter });
  return Math.ceil(measure.getBoundingRect().height);
}

/** Longest path from a same-category source, following only flows inside the category (cycle-safe). */
function depths(nodes, edges) {
  const byId = new Map(nodes.map((s) => [s.id, s]));
  const incoming = new Map(nodes.map((s) => [s.id, []]));
  for (const [from, to] of edges) {
    if (byId.get(from).category === byId.get(to).category) {
      incoming.get(to).push(from);
    }
  }
  const memo = new Map();
  const visiting = new Set();
  const depth = (id) => {
    if (memo.has(id)) return memo.get(id);
    if (visiting.has(id)) return 0;
    visiting.add(id);
    let d = 0;
    for (const from of incoming.get(id)) d = Math.max(d, depth(from) + 1);
    visiting.delete(id);
    memo.set(id, d);
    return d;
  };
  return new Map(nodes.map((s) => [s.id, depth(s.id)]));
}

/** Columns of segment ids: one per category in flow order, split in two when a category is tall. */
function columns(nodes, edges) {
  const depth = depths(nodes, edges);
  const byKey = (a, b) => depth.get(a.id) - depth.get(b.id) || (a.id < b.id ? -1 : 1);
  const categories = [...CATEGORY_ORDER, ...new Set(nodes.map((s) => s.category).filter((c) => !CATEGORY_ORDER.includes(c)))];
  const result = [];
  for (const category of categories) {
    const members = nodes.filter((s) => s.category === category).sort(byKey);
    if (members.length === 0) continue;
    if (members.length <= MAX_ROWS) {
      result.push({ category, ids: members.map((s) => s.id), first: true });
      continue;
    }
    const roots = members.filter((s) => depth.get(s.id) === 0);
    const rest = members.filter((s) => depth.get(s.id) > 0);
    const [a, b] = rest.length > 0 && roots.length > 0
      ? [roots, rest]
      : [members.slice(0, Math.ceil(members.length / 2)), members.slice(Math.ceil(members.length / 2))];
    result.push({ category, ids: a.map((s) => s.id), first: true });
    result.push({ category, ids: b.map((s) => s.id), first: false });
  }
  return result;
}

/** Orders each column by the mean position of its neighbours in other columns (a few sweeps). */
function order(cols, edges) {
  const neighbours = new Map();
  for (const [a, b] of edges) {
    if (!neighbours.has(a)) neighbours.set(a, []);
    if (!neighbours.has(b)) neighbours.set(b, []);
    neighbours.get(a).push(b);
    neighbours.get(b).push(a);
  }
  const pos = new Map();
  const colOf = new Map();
  const place = () => cols.forEach((c, ci) => c.ids.forEach((id, i) => { pos.set(id, i - (c.ids.length - 1) / 2); colOf.set(id, ci); }));
  place();
  for (let sweep = 0; sweep < 8; sweep++) {
    const sequence = sweep % 2 === 0 ? cols.map((_, i) => i) : cols.map((_, i) => cols.length - 1 - i);
    for (const ci of sequence) {
      const col = cols[ci];
      const key = new Map(col.ids.map((id) => {
        const others = (neighbours.get(id) ?? []).filter((o) => colOf.get(o) !== ci);
        return [id, others.length ? others.reduce((s, o) => s + pos.get(o), 0) / others.length : pos.get(id)];
      }));
      col.ids.sort((a, b) => key.get(a) - key.get(b));
      col.ids.forEach((id, i) => pos.set(id, i - (col.ids.length - 1) / 2));
    }
  }
}

/** The diagram's boxes (leaf segments), their flows, and their columns in order. */
function layout(segments) {
  let nodes = segments.filter((s) => s.isLeaf);
  if (nodes.length === 0) nodes = segments;
  const ids = new Set(nodes.map((s) => s.id));
  const edges = [];
  for (const s of nodes) {
    for (const f of s.feeds) {
      if (ids.has(f.id) && f.id !== s.id) edges.push([s.id, f.id]);
    }
  }
  const cols = columns(nodes, edges);
  order(cols, edges);
  return { nodes, edges, cols };
}

/**
 * Every segment's place in the chain's reading order, as a map by id: the parent segments first (by depth,
 * category in flow order, id), then the leaves as the diagram shows them (column by column, top to bottom).
 */
export function chainReadingOrder(segments) {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const depth = (s) => { let d = 0; for (let p = byId.get(s.parentId); p; p = byId.get(p.parentId)) d++; return d; };
  const rank = (c) => (CATEGORY_ORDER.includes(c) ? CATEGORY_ORDER.indexOf(c) : CATEGORY_ORDER.length);
  const parents = segments.filter((s) => !s.isLeaf)
    .sort((a, b) => depth(a) - depth(b) || rank(a.category) - rank(b.category) || (a.id < b.id ? -1 : 1));
  const leaves = layout(segments).cols.flatMap((c) => c.ids).filter((id) => byId.get(id).isLeaf);
  return new Map([...parents.map((s) => s.id), ...leaves].map((id, i) => [id, i]));
}

/**
 * What a simulateRecruitment answer does to each segment: closed, changed (kind or status), new, or coverage
 * (only its local company count changes). A map by segment id of { type, ...the answer's row }.
 */
export function simEffects(simulation) {
  const effects = new Map();
  if (!simulation) return effects;
  for (const c of simulation.coverageChanges) effects.set(c.segment.id, { type: 'coverage', coverage: c });
  const mark = (id, type, row) => effects.set(id, { ...(effects.get(id) ?? {}), type, row });
  for (const g of simulation.changedGaps) mark(g.segment.id, 'changed', g);
  for (const g of simulation.newGaps) mark(g.segment.id, 'new', g);
  for (const g of simulation.closedGaps) mark(g.segment.id, 'closed', g);
  return effects;
}

/**
 * The ECharts option and the pixel height for a container `width` pixels wide.
 * `coverage` and `gaps` are maps by segment id; `selected` is the selected segment id; `sim` is simEffects(...).
 */
export function chainOption({ segments, coverage, gaps, selected, width, sim = new Map() }) {
  const { nodes, edges, cols } = layout(segments);
  const byId = new Map(nodes.map((s) => [s.id, s]));

  const margin = 16;
  const count = cols.length;
  const box = Math.max(96, Math.min(176, (width - 2 * margin - 12) / count - 22));
  const gap = count > 1 ? (width - 2 * margin - box - 12) / (count - 1) : 0;
  const rich = Object.fromEntries([
    ...Object.entries(GAP_COLORS).map(([kind, color]) => [kind, color]),
    ...Object.entries(SIM_COLORS).map(([type, color]) => [`sim_${type}`, color]),
  ].map(([key, color]) => [key, {
    backgroundColor: color, color: '#fff', borderRadius: 3, padding: [1, 3], fontSize: 11, fontWeight: 'bold', fontFamily: FONT, lineHeight: LINE,
  }]));
  // A name longer than its box wraps onto more lines (never cut off): each box is as tall as its text, and a
  // column is as tall as its boxes.
  const text = { fontSize: 12, fontFamily: FONT, lineHeight: LINE, padding: [3, 5], width: box - 10, overflow: 'break', rich };
  const labels = new Map();
  for (const s of nodes) {
    const effect = sim.get(s.id);
    const gapRow = gaps.get(s.id);
    const badge = (effect ? `{sim_${effect.type}|${SIM_MARK[effect.type]}} ` : '')
      + (gapRow ? `{${gapRow.kind}|${GAP_BADGE[lang()][gapRow.kind]}} ` : '');
    const formatter = `${badge}${n(s)}`;
    labels.set(s.id, { formatter, height: labelHeight(formatter, text) });
  }
  const columnHeight = (col) => col.ids.reduce((sum, id) => sum + labels.get(id).height + SPACING, 0);
  const tallest = Math.max(...cols.map(columnHeight));
  const colIndex = new Map();
  const data = [];
  let maxY = TOP;
  cols.forEach((col, ci) => {
    const x = margin + ci * gap;
    if (col.first) {
      data.push({
        id: `__header_${col.category}`, name: e(col.category), x, y: 10, symbolSize: 0, header: true, silent: true,
        tooltip: { show: false },
        label: { show: true, position: 'right', distance: 0, fontSize: 13, fontWeight: 'bold', color: CATEGORY_COLORS[col.category] ?? '#333', formatter: e(col.category) },
      });
    }
    let top = TOP + (tallest - columnHeight(col)) / 2;
    col.ids.forEach((id) => {
      colIndex.set(id, ci);
      const s = byId.get(id);
      const cov = coverage.get(id);
      const gapRow = gaps.get(id);
      const status = STATUS_STYLE[cov ? cov.status : 'MISSING'];
      const isSelected = id === selected;
      const effect = sim.get(id);
      const border = isSelected ? '#212529' : effect ? SIM_COLORS[effect.type] : gapRow ? GAP_COLORS[gapRow.kind] : status.border;
      const borderWidth = isSelected || effect ? 3 : gapRow ? 2 : 1;
      const { formatter, height: h } = labels.get(id);
      const y = top + (h + SPACING) / 2;
      top += h + SPACING;
      maxY = Math.max(maxY, y);
      data.push({
        id, value: id, name: n(s), category: CATEGORY_ORDER.indexOf(s.category),
        x, y,
        symbol: 'circle', symbolSize: 8,
        itemStyle: { color: CATEGORY_COLORS[s.category] ?? '#868e96', borderColor: '#fff', borderWidth: 1 },
        label: {
          show: true, position: 'right', distance: 2, ...text,
          color: status.text, backgroundColor: status.fill,
          borderColor: border,
          borderWidth, borderType: !gapRow && !effect && cov?.status === 'MISSING' ? 'dashed' : 'solid',
          borderRadius: 4,
          shadowColor: isSelected ? 'rgba(0,0,0,.35)' : effect ? SIM_COLORS[effect.type] : 'transparent', shadowBlur: isSelected ? 6 : effect ? 8 : 0,
          formatter,
        },
      });
    });
  });
  const height = TOP + tallest + 12;

  // The flows are drawn only for the selected segment and the one under the mouse (all of them at once cross
  // too often to be read). A hidden flow has no width, so it cannot be hovered either.
  const links = edges.map(([from, to]) => {
    const back = colIndex.get(to) < colIndex.get(from);
    const same = colIndex.get(to) === colIndex.get(from);
    const shown = selected !== null && selected !== undefined && (from === selected || to === selected);
    const style = back
      ? { color: CATEGORY_COLORS.RECYCLING, type: 'dashed', width: 1.5, curveness: 0.18 }
      : { color: '#5c6b7a', width: 1.5, curveness: same ? 0.6 : 0.08 };
    return {
      source: from, target: to, shown,
      lineStyle: shown ? { ...style, opacity: 0.85 } : { ...style, width: 0, opacity: 0 },
    };
  });

  const tooltip = (p) => {
    if (p.dataType === 'edge') {
      return `${n(byId.get(p.data.source))} → ${n(byId.get(p.data.target))}`;
    }
    const s = byId.get(p.data.id);
    if (!s) return '';
    const cov = coverage.get(s.id);
    const g = gaps.get(s.id);
    const lines = [
      `<b>${escapeHtml(n(s))}</b> <span style="color:#868e96">${escapeHtml(s.id)}</span>`,
      `${e(s.category)} · ${t('status')}: <b>${e(cov ? cov.status : 'MISSING')}</b>`,
    ];
    if (cov) {
      lines.push(`${t('localCompanyCount')} ${cov.localCompanyCount} · ${t('localSiteCount')} ${cov.localSiteCount} · ${t('localAnchorCount')} ${cov.localAnchorCount}`);
      lines.push(`${t('pipelineProjectCount')} ${cov.pipelineProjectCount} · ${t('pipelineInvestmentYuan')} ${yi(cov.pipelineInvestmentYuan)} ${t('yi')}`);
    }
    if (g) {
      lines.push(`<span style="color:${GAP_COLORS[g.kind]}">■</span> ${t('kind')}: <b>${e(g.kind)}</b> · ${t('anchorCount')} ${g.anchorCount} · ${t('linkedLocal')} ${g.linkedLocalCompanies}`);
      const flags = [];
      if (g.declared) flags.push(t('declared'));
      if (g.committed) flags.push(committedLabel(g));
      if (flags.length) lines.push(flags.map(escapeHtml).join(' · '));
    } else if (cov && cov.declared) {
      lines.push(escapeHtml(t('declared')));
    }
    const effect = sim.get(s.id);
    if (effect) {
      const parts = [];
      if (effect.type === 'closed') parts.push(t('simClosed'));
      if (effect.type === 'new') parts.push(`${t('simNew')} (${e(effect.row.kind)})`);
      if (effect.type === 'changed') parts.push(`${e(effect.row.kindBefore)} → ${e(effect.row.kindAfter)}`);
      const c = effect.coverage ?? null;
      if (c) parts.push(`${t('localCompanies')} ${c.countBefore} → ${c.countAfter} (${e(c.statusBefore)} → ${e(c.statusAfter)})`);
      lines.push(`<span style="color:${SIM_COLORS[effect.type]}">■</span> ${escapeHtml(t('whatIf'))}: ${escapeHtml(parts.join(' · '))}`);
    }
    return lines.join('<br>');
  };

  return {
    height,
    option: {
      animationDuration: 400,
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: 'item', confine: true, formatter: tooltip },
      series: [{
        type: 'graph', layout: 'none', roam: false, draggable: false,
        left: margin, top: 10, width: Math.max(1, (count - 1) * gap), height: maxY - 10,
        categories: CATEGORY_ORDER.map((c) => ({ name: e(c) })),
        data, links,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        // hovering a box shows its flows (and fades the rest)
        emphasis: { focus: 'adjacency', lineStyle: { width: 2, opacity: 0.9 } },
        blur: { itemStyle: { opacity: 0.25 }, label: { opacity: 0.35 }, lineStyle: { opacity: 0 } },
      }],
    },
  };
}

/** 在建 when a pipeline project of the gap is STARTED, else 已签约 (the gap is committed). */
export function committedLabel(gap) {
  return gap.pipelineProjects.some((p) => p.status === 'STARTED') ? t('committedStarted') : t('committedSigned');
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
