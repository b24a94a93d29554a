// 招商地图: the page state (kept in the address), loading from the public API, and rendering. Plain modern JS, no build step.
import * as api from './api.js';
import { setLang, t, e, n, yi, applyStatic, lang, joined, reasonItems, GAP_BADGE } from './i18n.js';
import { chainOption, chainReadingOrder, escapeHtml, simEffects, committedLabel, SIM_MARK } from './chain.js';
import { boundary, viewOf } from './geo.js';
import { sitesMapOption, targetsMapOption, pipelineOption, statusColor, categoryColor } from './charts.js';
import { GBA, MIN_REGIONS, MAX_REGIONS, defaultSet, orderRows, compareOption, compareTable } from './compare.js';
import { briefHtml } from './detail.js';
import { CATEGORY_COLORS, GAP_COLORS, STATUS_STYLE, SIM_COLORS } from './style.js';

const GAP_ORDER = ['FILL', 'STRENGTHEN', 'EXTEND'];
const SCOPES = ['NEW', 'EXPANSION', 'ALL'];
const TARGET_COUNT = 20;
const MAX_SIM = 10;

const params = new URLSearchParams(location.search);
const list = (key) => [...new Set((params.get(key) || '').split(',').map((x) => x.trim()).filter(Boolean))];
const scopeParam = (params.get('scope') || '').toUpperCase();
const state = {
  lang: params.get('lang') === 'en' ? 'en' : 'zh',
  region: params.get('region') || '441200',
  chain: params.get('chain') || 'energy-storage',
  segment: params.get('segment') || null,
  scope: SCOPES.includes(scopeParam) ? scopeParam : 'NEW',
  view: params.get('view') === 'compare' ? 'compare' : 'chain',
  compare: params.has('cmp') ? list('cmp').slice(0, MAX_REGIONS) : null, // null: the default set
  compareSort: params.get('sort') || null,
  compareParents: params.get('parents') === '1',
  sim: list('sim').slice(0, MAX_SIM),
  target: params.get('target') || null,
  chains: [],
  data: null, // everything loaded for (region, chain)
  targets: null, // { segment, scope, rows }
  simulation: null, // { key, answer }
  comparison: null, // { key, codes, rows }
  names: new Map(), // company id → { id, nameZh, nameEn }: the what-if chips
  regionNames: new Map(), // region code → region
  gbaPresent: null, // the GBA cities the store knows
  brief: null, // { company, target, rank, ... } while the detail is open
};
const charts = {};
let loadToken = 0;
let targetsToken = 0;
let simToken = 0;
let compareToken = 0;
let briefToken = 0;
let briefOpener = null;

const $ = (selector) => document.querySelector(selector);
const h = escapeHtml;

const FOCUS_KEYS = ['data-gap', 'data-scope', 'data-sim', 'data-detail', 'data-sim-remove', 'data-compare-remove', 'data-view-button'];

/** A selector for the focused control, so that the focus survives a re-render of its list. */
function focusKey() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const attr = FOCUS_KEYS.find((a) => el.hasAttribute(a));
  if (attr) return `[${attr}="${CSS.escape(el.getAttribute(attr))}"]`;
  return el.id ? `#${CSS.escape(el.id)}` : null;
}

/** Focuses the control `key` names again when a re-render took the focus away. */
function restoreFocus(key) {
  if (!key) return;
  const el = document.activeElement;
  if (el && el !== document.body && document.contains(el)) return;
  const again = document.querySelector(key);
  if (again && !again.disabled) again.focus({ preventScroll: true });
}

/** The ECharts instance on an element (re-created when the element was replaced). */
function chart(id) {
  const el = document.getElementById(id);
  if (!el) return null;
  const existing = charts[id];
  if (existing && existing.getDom() === el && !existing.isDisposed()) return existing;
  if (existing && !existing.isDisposed()) existing.dispose();
  charts[id] = echarts.init(el, null, { renderer: 'canvas' });
  return charts[id];
}

/** Region, chain, selected gap, scope, view, comparison set and order, what-if selection, open target, language. */
function syncUrl() {
  const q = new URLSearchParams({ region: state.region, chain: state.chain });
  if (state.segment) q.set('segment', state.segment);
  if (state.scope !== 'NEW') q.set('scope', state.scope.toLowerCase());
  if (state.view !== 'chain') q.set('view', state.view);
  if (state.compare) q.set('cmp', state.compare.join(','));
  if (state.compareSort) q.set('sort', state.compareSort);
  if (state.compareParents) q.set('parents', '1');
  if (state.sim.length) q.set('sim', state.sim.join(','));
  if (state.target) q.set('target', state.target);
  if (state.lang !== 'zh') q.set('lang', state.lang);
  history.replaceState(null, '', `${location.pathname}?${q.toString().replace(/%2C/g, ',')}`);
}

function showError(error) {
  const box = $('#error');
  if (!error) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  box.hidden = false;
  box.textContent = `${t('error')}${error.message}${error.code ? ` (${error.code})` : ''}`;
}

function setBusy(busy) {
  document.body.classList.toggle('busy', busy);
  document.body.dataset.ready = busy ? 'false' : 'true';
}

/** The region and its ancestors, nearest first. */
function ancestry(region) {
  const lineage = [];
  for (let r = region; r; r = r.parent) lineage.push(r);
  return lineage;
}

async function load(region, chainId) {
  const token = ++loadToken;
  setBusy(true);
  try {
    const overview = await api.graphql(api.OVERVIEW, { r: region, c: chainId });
    if (!overview.region) throw new api.ApiError(`region '${region}' not found`, 'NOT_FOUND');
    if (!overview.chain) throw new api.ApiError(`chain '${chainId}' not found`, 'NOT_FOUND');
    const lineage = ancestry(overview.region);
    const province = lineage.find((r) => r.level === 'PROVINCE') ?? lineage.find((r) => r.level === 'COUNTRY') ?? overview.region;
    const city = lineage.find((r) => r.level === 'CITY') ?? province;
    const provinceLineage = lineage.slice(lineage.indexOf(province));
    const [regions, regionView, provinceView, china] = await Promise.all([
      api.graphql(api.REGIONS, { province: province.code, city: city.code }),
      viewOf(lineage),
      viewOf(provinceLineage),
      boundary('CN'),
    ]);
    if (provinceView && !provinceView.highlight && provinceView.file.code === province.code && lineage.indexOf(province) > 0) {
      // the province's own map: outline the city (or district's city) the region is in
      const below = lineage[lineage.indexOf(province) - 1];
      provinceView.highlight = provinceView.file.byCode.get(below.code) ?? null;
      provinceView.key += `/${below.code}`;
    }
    const separate = regionView && provinceView && regionView.key !== provinceView.key;
    const [localSites, provinceSites] = await Promise.all([
      api.getJson(api.sitesUrl(overview.region.code)),
      separate ? api.getJson(api.sitesUrl(province.code)) : null,
    ]);
    if (token !== loadToken) return;
    const regionsByCode = new Map();
    for (const r of [...regions.provinces, ...regions.cities, ...regions.districts, ...lineage]) regionsByCode.set(r.code, r);
    for (const r of regionsByCode.values()) state.regionNames.set(r.code, r);
    state.region = overview.region.code;
    state.chain = chainId;
    state.data = {
      ...overview, lineage, province, city, regions, regionsByCode,
      coverage: new Map(overview.chainCoverage.map((c) => [c.segment.id, c])),
      gaps: new Map(overview.chainGaps.map((g) => [g.segment.id, g])),
      segmentsById: new Map(overview.chain.segments.map((s) => [s.id, s])),
      views: separate
        ? [{ id: 'region-map', title: 'regionMap', region: overview.region, view: regionView, sites: localSites },
          { id: 'province-map', title: 'provinceMap', region: province, view: provinceView, sites: provinceSites }]
        : [{ id: 'province-map', title: province.level === 'COUNTRY' ? 'nationalMap' : 'regionMap', region: overview.region, view: regionView ?? provinceView, sites: localSites }],
      china,
    };
    if (state.segment && !state.data.segmentsById.has(state.segment)) state.segment = null;
    // the targets panel is never empty while the region has a gap: the first gap (the engine's first) is selected
    if (!state.segment && overview.chainGaps.length) state.segment = overview.chainGaps[0].segment.id;
    if (!state.segment) state.target = null;
    state.targets = null;
    state.simulation = null;
    state.comparison = null;
    if (state.brief) closeBrief({ keepUrl: true });
    showError(null);
    syncUrl();
    renderAll();
    const target = state.target;
    await Promise.all([
      state.segment ? selectSegment(state.segment, { open: target }) : null,
      state.sim.length ? runSimulation() : null,
      state.view === 'compare' ? loadComparison() : null,
    ]);
  } catch (error) {
    if (token !== loadToken) return;
    showError(error);
    renderControls();
  } finally {
    if (token === loadToken) setBusy(false);
  }
}

function renderAll() {
  applyStatic();
  for (const b of document.querySelectorAll('[data-lang]')) b.classList.toggle('active', b.dataset.lang === state.lang);
  for (const b of document.querySelectorAll('[data-view-button]')) b.setAttribute('aria-pressed', String(b.dataset.viewButton === state.view));
  document.body.dataset.view = state.view;
  renderControls();
  if (!state.data) return;
  renderKpis();
  renderGaps();
  renderWhatIf();
  renderTargets();
  renderCompare();
  if (state.view === 'chain') {
    renderChain();
    renderLegend();
    renderMaps();
    renderPipeline();
  }
  if (state.brief) renderBrief();
}

function option(value, label, selected) {
  return `<option value="${h(value)}"${selected ? ' selected' : ''}>${h(label)}</option>`;
}

function renderControls() {
  const select = $('#region-select');
  const d = state.data;
  const groups = [];
  const seen = new Set();
  const add = (regions) => regions.filter((r) => !seen.has(r.code) && seen.add(r.code));
  if (d) {
    const top = add([d.province, ...d.regions.cities]);
    groups.push(`<optgroup label="${h(t('provinceGroup'))}">${top.map((r) => option(r.code, `${n(r)} ${r.code}`, r.code === state.region)).join('')}</optgroup>`);
    if (d.city !== d.province) {
      const districts = add(d.regions.districts);
      if (districts.length) {
        groups.push(`<optgroup label="${h(`${n(d.city)} · ${t('districtGroup')}`)}">${districts.map((r) => option(r.code, `${n(r)} ${r.code}`, r.code === state.region)).join('')}</optgroup>`);
      }
    }
    if (!seen.has(d.region.code)) {
      groups.push(`<optgroup label="${h(t('otherGroup'))}">${option(d.region.code, `${n(d.region)} ${d.region.code}`, true)}</optgroup>`);
    }
  }
  select.innerHTML = groups.join('');
  select.value = state.region;
  const chains = $('#chain-select');
  chains.innerHTML = state.chains.map((c) => option(c.id, n(c), c.id === state.chain)).join('');
  chains.value = state.chain;
}

function rootCoverage() {
  const d = state.data;
  const roots = d.chain.segments.filter((s) => !s.parentId).map((s) => d.coverage.get(s.id)).filter(Boolean);
  const sum = (key) => roots.reduce((total, c) => total + c[key], 0);
  return {
    localCompanyCount: sum('localCompanyCount'), localSiteCount: sum('localSiteCount'), localAnchorCount: sum('localAnchorCount'),
    pipelineProjectCount: sum('pipelineProjectCount'), pipelineInvestmentYuan: sum('pipelineInvestmentYuan'),
  };
}

function renderKpis() {
  const d = state.data;
  const root = rootCoverage();
  const byKind = Object.fromEntries(GAP_ORDER.map((k) => [k, d.chainGaps.filter((g) => g.kind === k).length]));
  const committed = d.chainGaps.filter((g) => g.committed).length;
  const declared = d.chainGaps.filter((g) => g.declared).length;
  const kpi = (label, value, extra = '') => `<div class="kpi"><div class="value">${value}</div><div class="label">${h(label)}</div>${extra}</div>`;
  $('#kpis').innerHTML = [
    `<div class="kpi place"><div class="value">${h(n(d.region))}</div><div class="label">${h(n(d.chain))} · ${h(d.region.code)}</div></div>`,
    kpi(t('kpiCompanies'), root.localCompanyCount),
    kpi(t('kpiSites'), root.localSiteCount),
    kpi(t('kpiAnchors'), root.localAnchorCount),
    kpi(t('kpiPipeline'), root.pipelineProjectCount),
    kpi(t('kpiInvestment'), `${yi(root.pipelineInvestmentYuan)}<small> ${h(t('yi'))}</small>`),
    kpi(t('kpiGaps'), d.chainGaps.length, `<div class="kinds">${GAP_ORDER.map((k) => `<span class="badge" style="background:${GAP_COLORS[k]}">${h(e(k))} ${byKind[k]}</span>`).join('')}</div>
      <div class="kinds muted">${h(t('committedSigned'))}/${h(t('committedStarted'))} ${committed} · ${h(t('declared'))} ${declared}</div>`),
  ].join('');
}

/** The current simulation's effects, when it answers the current region, chain and selection. */
function currentEffects() {
  const s = state.simulation;
  return s && s.key === simKey() ? simEffects(s.answer) : new Map();
}

function renderChain() {
  const d = state.data;
  const el = $('#chain-chart');
  const { option: opt, height } = chainOption({
    segments: d.chain.segments, coverage: d.coverage, gaps: d.gaps, selected: state.segment, width: el.clientWidth || 1200, sim: currentEffects(),
  });
  el.style.height = `${height}px`;
  $('#chain-title').textContent = `${n(d.chain)} · ${n(d.region)}`;
  const c = chart('chain-chart');
  c.resize();
  c.setOption(opt, { replaceMerge: ['series'] });
  c.__cgLinks = opt.series[0].links;
  if (!c.__cgClick) {
    c.__cgClick = true;
    c.on('click', (p) => {
      if (p.dataType === 'node' && p.data && !p.data.header && p.data.value) selectSegment(p.data.value);
    });
    // hovering a box draws its flows (hidden flows are not drawn otherwise)
    const flows = (id) => c.__cgLinks.flatMap((l, i) => (l.source === id || l.target === id ? [i] : []));
    c.on('mouseover', (p) => {
      if (p.dataType !== 'node' || !p.data || p.data.header) return;
      c.dispatchAction({ type: 'highlight', seriesIndex: 0, dataType: 'edge', dataIndex: flows(p.data.id) });
    });
    c.on('mouseout', (p) => {
      if (p.dataType !== 'node' || !p.data || p.data.header) return;
      c.dispatchAction({ type: 'downplay', seriesIndex: 0, dataType: 'edge', dataIndex: flows(p.data.id) });
    });
  }
}

function renderLegend() {
  const swatch = (style, text, extra = '') => `<span class="item"><span class="box" style="${style}"></span>${h(text)}${extra}</span>`;
  const status = ['STRONG', 'WEAK', 'MISSING'].map((s) => swatch(
    `background:${STATUS_STYLE[s].fill};border:1px ${s === 'MISSING' ? 'dashed' : 'solid'} ${STATUS_STYLE[s].border}`, e(s)));
  const gaps = GAP_ORDER.map((k) => `<span class="item"><span class="box gapbox" style="border-color:${GAP_COLORS[k]}"><b style="background:${GAP_COLORS[k]}">${GAP_BADGE[lang()][k]}</b></span>${h(e(k))}</span>`);
  const cats = Object.keys(CATEGORY_COLORS).filter((c) => c !== 'UNCLASSIFIED').map((c) => `<span class="item"><span class="dot" style="background:${CATEGORY_COLORS[c]}"></span>${h(e(c))}</span>`);
  const flows = [
    `<span class="item"><span class="line"></span>${h(t('flowForward'))}</span>`,
    `<span class="item"><span class="line loop"></span>${h(t('flowLoop'))}</span>`,
    `<span class="item muted">${h(t('flowsShown'))}</span>`,
  ];
  const sim = currentEffects().size
    ? `<div class="sim-legend"><b>${h(t('legendWhatIf'))}</b>${[['closed', 'simClosed'], ['changed', 'simChanged'], ['new', 'simNew'], ['coverage', 'simCoverage']]
      .map(([type, label]) => `<span class="item"><span class="box gapbox" style="border-color:${SIM_COLORS[type]}"><b style="background:${SIM_COLORS[type]}">${SIM_MARK[type]}</b></span>${h(t(label))}</span>`).join('')}</div>`
    : '';
  $('#chain-legend').innerHTML = [
    `<div><b>${h(t('legendStatus'))}</b>${status.join('')}</div>`,
    `<div><b>${h(t('legendGap'))}</b>${gaps.join('')}</div>`,
    `<div><b>${h(t('legendFlow'))}</b>${flows.join('')}${cats.join('')}</div>`,
    sim,
  ].join('');
}

function money(yuan) {
  return yuan === null || yuan === undefined ? t('undisclosed') : `${yi(yuan, 2)} ${t('yi')}`;
}

function renderGaps() {
  const d = state.data;
  const box = $('#gap-list');
  if (d.chainGaps.length === 0) {
    box.innerHTML = `<p class="hint">${h(t('noGaps'))}</p>`;
    return;
  }
  // the engine's order, with a heading wherever the kind changes
  const parts = [];
  let kind = null;
  for (const g of d.chainGaps) {
    if (g.kind !== kind) {
      kind = g.kind;
      const count = d.chainGaps.filter((x) => x.kind === kind).length;
      parts.push(`<h3 class="gap-kind"><span class="badge" style="background:${GAP_COLORS[kind]}">${GAP_BADGE[lang()][kind]}</span> ${h(e(kind))} <span class="muted">${count}</span></h3>`);
    }
    const s = d.segmentsById.get(g.segment.id);
    const flags = [
      g.declared ? `<span class="flag declared" title="${h(t('declaredHint'))}">${h(t('declared'))}</span>` : '',
      g.committed ? `<span class="flag committed" title="${h(t('committedHint'))}">${h(committedLabel(g))}</span>` : '',
    ].join('');
    const projects = g.pipelineProjects.map((p) => `<span class="proj" data-project-id="${h(p.id)}"><span class="pstatus ${h(p.status)}">${h(e(p.status))}</span> ${h(p.nameZh)} · ${h(money(p.investmentYuan))}</span>`).join('');
    parts.push(`<button type="button" class="gap-item${g.segment.id === state.segment ? ' selected' : ''}${g.committed ? ' committed' : ''}" data-gap="${h(g.segment.id)}"
        data-committed="${g.committed}" data-declared="${g.declared}" style="--kind:${GAP_COLORS[g.kind]}" aria-pressed="${g.segment.id === state.segment}">
        <span class="top"><span class="name">${h(n(s ?? g.segment))}</span><span class="status ${g.status}">${h(e(g.status))}</span></span>
        ${flags ? `<span class="flags">${flags}</span>` : ''}
        <span class="meta"><span data-field="anchorCount">${h(t('anchorCount'))} ${g.anchorCount}</span> · <span data-field="linkedLocalCompanies">${h(t('linkedLocal'))} ${g.linkedLocalCompanies}</span>${g.pipelineProjects.length ? ` · <span data-field="pipelineProjects">${h(t('pipelineProjects'))} ${g.pipelineProjects.length}</span>` : ''}</span>
        ${projects ? `<span class="projects">${projects}</span>` : ''}
      </button>`);
  }
  const focus = focusKey();
  box.innerHTML = parts.join('');
  restoreFocus(focus);
}

async function selectSegment(id, { open = null } = {}) {
  const token = ++targetsToken;
  if (state.segment !== id && state.brief) closeBrief({ keepUrl: true });
  if (state.segment !== id) state.target = null;
  state.segment = id;
  syncUrl();
  if (state.view === 'chain') renderChain();
  renderGaps();
  document.body.dataset.targets = '';
  $('#targets-body').classList.add('loading');
  try {
    const scope = state.scope;
    const data = await api.graphql(api.TARGETS, { r: state.region, s: id, n: TARGET_COUNT, scope });
    if (token !== targetsToken) return;
    state.targets = { segment: id, scope, rows: data.recruitTargets };
    for (const x of data.recruitTargets) state.names.set(x.company.id, x.company);
    showError(null);
    renderTargets();
    document.body.dataset.targets = id;
    if (open) await openBrief(open);
  } catch (error) {
    if (token === targetsToken) showError(error);
  } finally {
    if (token === targetsToken) $('#targets-body').classList.remove('loading');
  }
}

function scopeSwitch() {
  return `<div class="scope" role="group" aria-label="${h(t('scope'))}"><span class="label">${h(t('scope'))}</span>${SCOPES.map((s) => `
    <button type="button" data-scope="${s}" aria-pressed="${s === state.scope}" title="${h(t('scopeHint')[s])}">${h(t(`scope${s}`))}</button>`).join('')}</div>`;
}

function renderTargets() {
  const d = state.data;
  const body = $('#targets-body');
  const title = $('#targets-title');
  if (!state.segment || !state.targets || state.targets.segment !== state.segment) {
    title.textContent = t('targets');
    if (!state.segment) body.innerHTML = `<p class="hint">${h(t('targetsHint'))}</p>`;
    return;
  }
  const segment = d.segmentsById.get(state.segment);
  const gap = d.gaps.get(state.segment);
  const cov = d.coverage.get(state.segment);
  const status = cov ? cov.status : 'MISSING';
  title.innerHTML = `${h(t('targetsFor'))}${h(n(segment))}
    ${gap ? `<span class="badge" style="background:${GAP_COLORS[gap.kind]}">${h(e(gap.kind))}</span>` : ''}
    <span class="status ${status}">${h(e(status))}</span>`;
  const reasons = gap
    ? `<div class="reasons"><b>${h(t('reasons'))}</b><ul>${reasonItems(gap.reasons).map((r) => `<li><span class="dir ${r.direction}">${h(e(r.direction))}</span> ${h(r.text)}</li>`).join('')}</ul></div>`
    : `<p class="hint">${h(t('notAGap'))}</p>`;
  const rows = state.targets.rows;
  const maxScore = Math.max(1, ...rows.map((x) => x.score));
  const full = state.sim.length >= MAX_SIM;
  const table = rows.length === 0 ? `<p class="hint">${h(t('noTargets'))}</p>` : `
    <table id="targets-table">
      <thead><tr>
        <th title="${h(t('whatIf'))}">${h(t('simulate'))}</th><th>${t('rank')}</th><th>${h(t('company'))}</th><th class="num">${h(t('score'))}</th>
        <th class="num">${h(t('anchorTies'))}</th><th class="num">${h(t('tieStrength'))}</th><th class="num">${h(t('credentials'))}</th>
        <th class="num">${h(t('proximity'))}</th><th class="num">${h(t('distanceKm'))}</th>
        <th>${h(t('suppliesAnchors'))}</th><th>${h(t('nearestSite'))}</th>
      </tr></thead>
      <tbody>${rows.map((x, i) => {
        const ticked = state.sim.includes(x.company.id);
        return `
        <tr data-company-id="${h(x.company.id)}"${ticked ? ' class="ticked"' : ''}>
          <td class="tick"><input type="checkbox" data-sim="${h(x.company.id)}" aria-label="${h(t('simulateTick', n(x.company)))}"${ticked ? ' checked' : ''}${full && !ticked ? ' disabled' : ''}></td>
          <td class="rank">${i + 1}</td>
          <td class="company"><button type="button" class="cname detail-btn" data-detail="${h(x.company.id)}" title="${h(t('detailsOf', n(x.company)))}">${h(n(x.company))}</button><div>${x.company.tags.includes('ANCHOR') ? `<span class="tag anchor">${h(e('ANCHOR'))}</span>` : ''}${x.company.tags.filter((tag) => tag !== 'ANCHOR').map((tag) => `<span class="tag">${h(e(tag))}</span>`).join('')}${x.groupLocal ? `<span class="tag expansion" data-field="groupLocal" title="${h(t('groupLocalHint'))}">${h(t('groupLocal'))}</span>` : ''}${x.inPipeline ? `<span class="tag pipeline" data-field="inPipeline">${h(t('inPipeline'))}</span>` : ''}</div></td>
          <td class="num score"><div class="value">${x.score.toFixed(3)}</div><div class="meter"><span style="width:${(100 * x.score / maxScore).toFixed(0)}%"></span></div></td>
          <td class="num">${x.anchorTies}</td>
          <td class="num">${x.tieStrength.toFixed(1)}</td>
          <td class="num">${x.credentials}</td>
          <td class="num">${x.proximity.toFixed(3)}</td>
          <td class="num">${x.distanceKm.toFixed(1)}</td>
          <td>${h(joined(x.suppliesAnchors.map(n)))}</td>
          <td class="site"><div>${h(x.nearestSite.nameZh ?? x.nearestSite.id)}</div><div class="muted">${h(n(x.nearestSite.region))} · ${h(e(x.nearestSite.kind))}</div></td>
        </tr>`;
      }).join('')}
      </tbody>
    </table>`;
  const focus = focusKey();
  body.innerHTML = `
    ${scopeSwitch()}
    <div class="targets-top">
      <div>
        ${reasons}
        <div class="downloads"><span>${h(t('download'))}</span>
          <a class="btn" id="download-csv" href="${api.exportUrl(state.region, state.segment, 'csv', state.targets.scope)}" download>CSV</a>
          <a class="btn" id="download-xlsx" href="${api.exportUrl(state.region, state.segment, 'xlsx', state.targets.scope)}" download>Excel (XLSX)</a>
        </div>
        <p class="note">${h(t('scoreNote'))}</p>
      </div>
      <div class="map-panel"><h3>${h(t('targetsMap'))}</h3><div id="targets-map" class="chart map"></div></div>
    </div>
    <p class="hint" id="sim-full"${full ? '' : ' hidden'}>${h(t('whatIfMax'))}</p>
    <div class="table-wrap">${table}</div>`;
  restoreFocus(focus);
  for (const link of body.querySelectorAll('.downloads a')) {
    // With an API key the download goes through fetch, which can send it; without one the plain link works.
    link.addEventListener('click', (ev) => {
      if (!api.hasApiKey()) {
        return;
      }
      ev.preventDefault();
      const format = link.id === 'download-csv' ? 'csv' : 'xlsx';
      api.download(link.getAttribute('href'), `targets-${state.region}-${state.segment}.${format}`)
        .catch((err) => window.alert(err.message));
    });
  }
  if (d.china && state.view === 'chain') {
    const c = chart('targets-map');
    c.setOption(targetsMapOption({
      view: { file: d.china, highlight: null, bounds: null }, targets: rows, home: d.region, regionsByCode: d.regionsByCode,
      canvas: { toPixel: (coord) => c.convertToPixel({ geoIndex: 0 }, coord), width: () => c.getWidth(), height: () => c.getHeight() },
    }), { replaceMerge: ['series', 'geo'] });
  }
}

function setScope(scope) {
  if (!SCOPES.includes(scope) || scope === state.scope) return;
  state.scope = scope;
  if (state.brief) closeBrief({ keepUrl: true });
  state.target = null;
  syncUrl();
  if (state.segment) selectSegment(state.segment);
}

// ---- what-if (模拟招引) ----

function simKey() {
  return `${state.region}|${state.chain}|${state.sim.join(',')}`;
}

let simTimer = 0;
function toggleSim(id, on) {
  const has = state.sim.includes(id);
  if (on && !has) {
    if (state.sim.length >= MAX_SIM) return;
    state.sim = [...state.sim, id];
  } else if (!on && has) {
    state.sim = state.sim.filter((x) => x !== id);
  } else {
    return;
  }
  syncUrl();
  document.body.dataset.sim = '';
  renderWhatIf();
  updateSimChecks();
  clearTimeout(simTimer);
  simTimer = setTimeout(() => runSimulation(), 250);
}

async function runSimulation() {
  const token = ++simToken;
  const key = simKey();
  document.body.dataset.sim = '';
  if (state.sim.length === 0) {
    state.simulation = null;
    renderWhatIf();
    if (state.view === 'chain' && state.data) { renderChain(); renderLegend(); }
    return;
  }
  $('#whatif').classList.add('loading');
  try {
    const missing = state.sim.filter((id) => !state.names.has(id));
    const [answer, names] = await Promise.all([
      api.graphql(api.SIMULATE, { r: state.region, c: state.chain, ids: state.sim }),
      missing.length ? (async () => { const q = api.byKeys('company', missing); return q.read(await api.graphql(q.query, q.variables)); })() : [],
    ]);
    for (const c of names) if (c) state.names.set(c.id, c);
    if (token !== simToken) return;
    state.simulation = { key, answer: answer.simulateRecruitment };
    renderWhatIf();
    if (state.view === 'chain') { renderChain(); renderLegend(); }
    document.body.dataset.sim = state.sim.join(',');
  } catch (error) {
    if (token === simToken) {
      showError(error);
      renderWhatIf();
    }
  } finally {
    if (token === simToken) $('#whatif').classList.remove('loading');
  }
}

function renderWhatIf() {
  const box = $('#whatif-body');
  if (!box) return;
  if (state.sim.length === 0) {
    box.innerHTML = `<p class="hint">${h(t('whatIfHint'))}</p>`;
    return;
  }
  const chips = state.sim.map((id) => {
    const c = state.names.get(id);
    const name = c ? n(c) : id;
    return `<span class="chip" data-sim-chip="${h(id)}">${h(name)}<button type="button" data-sim-remove="${h(id)}" aria-label="${h(t('whatIfRemove', name))}">×</button></span>`;
  }).join('');
  const s = state.simulation && state.simulation.key === simKey() ? state.simulation.answer : null;
  const seg = (x) => h(n(state.data?.segmentsById.get(x.segment.id) ?? x.segment));
  const kindBadge = (kind) => `<span class="badge" style="background:${GAP_COLORS[kind]}">${h(e(kind))}</span>`;
  const gapList = (id, type, title, rows, render) => `
    <div class="sim-block" id="${id}"><h3><span class="simmark" style="background:${SIM_COLORS[type]}">${SIM_MARK[type]}</span> ${h(title)} <span class="muted">${rows.length}</span></h3>
    ${rows.length ? `<ul>${rows.map((r) => `<li data-segment="${h(r.segment.id)}">${render(r)}</li>`).join('')}</ul>` : `<p class="hint">${h(t('noChange'))}</p>`}</div>`;
  const results = !s ? `<p class="hint">${h(t('whatIfRunning'))}</p>` : `
    <div class="sim-summary"><span>${h(t('gapsBeforeAfter'))}</span> <b id="sim-gaps">${s.gapsBefore} → ${s.gapsAfter}</b></div>
    <div class="sim-grid">
      ${gapList('sim-closed', 'closed', t('closedGaps'), s.closedGaps, (g) => `${seg(g)} ${kindBadge(g.kind)} <span class="status ${g.status}">${h(e(g.status))}</span>`)}
      ${gapList('sim-changed', 'changed', t('changedGaps'), s.changedGaps, (g) => `${seg(g)} ${kindBadge(g.kindBefore)} → ${kindBadge(g.kindAfter)} <span class="status ${g.statusBefore}">${h(e(g.statusBefore))}</span> → <span class="status ${g.statusAfter}">${h(e(g.statusAfter))}</span>`)}
      ${gapList('sim-new', 'new', t('newGaps'), s.newGaps, (g) => `${seg(g)} ${kindBadge(g.kind)} <span class="status ${g.status}">${h(e(g.status))}</span>`)}
      <div class="sim-block" id="sim-coverage"><h3><span class="simmark" style="background:${SIM_COLORS.coverage}">${SIM_MARK.coverage}</span> ${h(t('coverageChanges'))} <span class="muted">${s.coverageChanges.length}</span></h3>
        ${s.coverageChanges.length ? `<table><thead><tr><th>${h(t('segment'))}</th><th class="num">${h(t('localCompanies'))}</th><th>${h(t('status'))}</th></tr></thead><tbody>${
          s.coverageChanges.map((c) => `<tr data-segment="${h(c.segment.id)}"><td>${c.segment.isLeaf ? '' : '【'}${seg(c)}${c.segment.isLeaf ? '' : '】'}</td><td class="num">${c.countBefore} → ${c.countAfter}</td>
            <td><span class="status ${c.statusBefore}">${h(e(c.statusBefore))}</span> → <span class="status ${c.statusAfter}">${h(e(c.statusAfter))}</span></td></tr>`).join('')}</tbody></table>`
          : `<p class="hint">${h(t('noChange'))}</p>`}</div>
    </div>`;
  const focus = focusKey();
  box.innerHTML = `
    <div class="chips"><span class="label">${h(t('whatIfSelected'))} ${state.sim.length}/${MAX_SIM}</span>${chips}
      <button type="button" id="sim-clear">${h(t('whatIfClear'))}</button></div>
    ${results}`;
  restoreFocus(focus);
}

/** The what-if ticks in the targets table follow the selection (in place, so the focus stays where it is). */
function updateSimChecks() {
  const full = state.sim.length >= MAX_SIM;
  for (const box of document.querySelectorAll('#targets-table input[data-sim]')) {
    const ticked = state.sim.includes(box.dataset.sim);
    box.checked = ticked;
    box.disabled = full && !ticked;
    box.closest('tr').classList.toggle('ticked', ticked);
  }
  const note = $('#sim-full');
  if (note) note.hidden = !full;
}

// ---- region comparison (区域对比) ----

async function gbaPresent() {
  if (state.gbaPresent) return state.gbaPresent;
  const q = api.byKeys('region', GBA);
  const found = q.read(await api.graphql(q.query, q.variables)).filter(Boolean);
  for (const r of found) state.regionNames.set(r.code, r);
  state.gbaPresent = new Set(found.map((r) => r.code));
  return state.gbaPresent;
}

async function compareCodes() {
  return state.compare ?? defaultSet(state.region, await gbaPresent());
}

async function loadComparison() {
  const token = ++compareToken;
  document.body.dataset.compare = '';
  $('#compare-body').classList.add('loading');
  try {
    const codes = await compareCodes();
    if (token !== compareToken) return;
    if (codes.length < MIN_REGIONS) {
      state.comparison = { key: `${state.chain}|${codes.join(',')}`, codes, rows: null };
      renderCompare();
      document.body.dataset.compare = codes.join(',');
      return;
    }
    const data = await api.graphql(api.COMPARE, { codes, c: state.chain });
    if (token !== compareToken) return;
    for (const row of data.compareRegions.slice(0, 1)) for (const c of row.cells) state.regionNames.set(c.region.code, c.region);
    state.comparison = { key: `${state.chain}|${codes.join(',')}`, codes, rows: data.compareRegions };
    showError(null);
    renderCompare();
    document.body.dataset.compare = codes.join(',');
  } catch (error) {
    if (token === compareToken) {
      showError(error);
      renderCompare();
    }
  } finally {
    if (token === compareToken) $('#compare-body').classList.remove('loading');
  }
}

function renderCompare() {
  const box = $('#compare-body');
  if (!box || !state.data) return;
  const cmp = state.comparison;
  if (!cmp) {
    box.innerHTML = `<p class="hint">${h(t('loading'))}</p>`;
    return;
  }
  const codes = cmp.codes;
  const regionOf = (code) => state.regionNames.get(code) ?? { code, nameZh: code };
  const candidates = [];
  const seen = new Set(codes);
  const d = state.data;
  for (const r of [d.region, ...GBA.map((c) => state.regionNames.get(c)).filter(Boolean), d.province, ...d.regions.cities, ...d.regions.districts]) {
    if (r && !seen.has(r.code)) {
      seen.add(r.code);
      candidates.push(r);
    }
  }
  const full = codes.length >= MAX_REGIONS;
  const chips = codes.map((code) => {
    const r = regionOf(code);
    return `<span class="chip${code === state.region ? ' home' : ''}" data-region-chip="${h(code)}">${h(n(r))} <span class="muted">${h(code)}</span><button type="button" data-compare-remove="${h(code)}" aria-label="${h(t('compareRemove', n(r)))}"${codes.length <= MIN_REGIONS ? ' disabled' : ''}>×</button></span>`;
  }).join('');
  const sortable = cmp.rows ? codes : [];
  const sortBy = codes.includes(state.compareSort) ? state.compareSort : null;
  const controls = `
    <div class="chips" id="compare-chips"><span class="label">${h(t('compareRegions'))} ${codes.length}/${MAX_REGIONS}</span>${chips}</div>
    <div class="compare-controls">
      <label>${h(t('compareAdd'))} <select id="compare-add"${full ? ' disabled' : ''}><option value="">—</option>${candidates.map((r) => option(r.code, `${n(r)} ${r.code}`, false)).join('')}</select></label>
      <form id="compare-code-form" class="code"><input id="compare-code" size="18" placeholder="${h(t('compareAddCode'))}" aria-label="${h(t('compareAddCode'))}"${full ? ' disabled' : ''}><button type="submit"${full ? ' disabled' : ''}>${h(t('compareAddButton'))}</button></form>
      <button type="button" id="compare-reset"${state.compare ? '' : ' disabled'}>${h(t('compareReset'))}</button>
      <label>${h(t('compareSort'))} <select id="compare-sort"><option value="">${h(t('compareSortChain'))}</option>${sortable.map((code) => option(code, t('compareSortBy', n(regionOf(code))), code === sortBy)).join('')}</select></label>
      <label class="check"><input type="checkbox" id="compare-parents"${state.compareParents ? ' checked' : ''}> ${h(t('compareParents'))}</label>
    </div>
    ${full ? `<p class="hint">${h(t('compareMax'))}</p>` : ''}`;
  if (!cmp.rows) {
    const focus = focusKey();
    box.innerHTML = `${controls}<p class="hint" id="compare-min">${h(t('compareMin'))}</p>`;
    restoreFocus(focus);
    return;
  }
  const open = box.querySelector('details.compare-data')?.open ?? false;
  const regions = codes.map(regionOf);
  if (!d.readingOrder) d.readingOrder = chainReadingOrder(d.chain.segments);
  const rows = orderRows(cmp.rows, { parents: state.compareParents, sortBy, order: d.readingOrder });
  const focus = focusKey();
  box.innerHTML = `${controls}
    <p class="hint">${h(t('compareSortClick'))}</p>
    <div id="compare-chart" class="chart"></div>
    <details class="compare-data"${open ? ' open' : ''}><summary>${h(t('compareTable'))}</summary><div class="table-wrap">${compareTable({ rows, regions })}</div></details>`;
  restoreFocus(focus);
  if (state.view !== 'compare') return;
  const el = $('#compare-chart');
  const { option: opt, height } = compareOption({ rows, regions, home: state.region, sortBy, width: el.clientWidth || 1200 });
  el.style.height = `${height}px`;
  const c = chart('compare-chart');
  c.resize();
  c.setOption(opt, true);
  c.off('click');
  c.on('click', (p) => {
    if (p.componentType === 'xAxis') setCompareSort(p.value === state.compareSort ? null : p.value);
  });
}

function setCompare(codes) {
  state.compare = codes;
  if (state.compareSort && !codes.includes(state.compareSort)) state.compareSort = null;
  syncUrl();
  loadComparison();
}

function setCompareSort(code) {
  state.compareSort = code || null;
  syncUrl();
  renderCompare();
}

async function addCompareRegion(code) {
  const codes = await compareCodes();
  if (!code || codes.includes(code) || codes.length >= MAX_REGIONS) return;
  if (!state.regionNames.has(code)) {
    try {
      const region = (await api.graphql('query R($r: ID!) { region(code: $r) { code nameZh nameEn level parentCode lat lon } }', { r: code })).region;
      if (!region) throw new api.ApiError(`region '${code}' not found`, 'NOT_FOUND');
      state.regionNames.set(region.code, region);
    } catch (error) {
      showError(error);
      return;
    }
  }
  showError(null);
  setCompare([...codes, code]);
}

function setView(view) {
  if (view === state.view) return;
  state.view = view;
  syncUrl();
  renderAll();
  if (view === 'compare') {
    if (!state.comparison) loadComparison();
  } else {
    for (const c of Object.values(charts)) if (!c.isDisposed()) c.resize();
  }
}

// ---- the target detail and brief (招商简报) ----

async function openBrief(companyId, opener = null) {
  const token = ++briefToken;
  briefOpener = opener;
  state.target = companyId;
  syncUrl();
  document.body.dataset.brief = '';
  try {
    let rows = state.targets && state.targets.segment === state.segment ? state.targets.rows : [];
    let index = rows.findIndex((x) => x.company.id === companyId);
    if (index < 0) {
      rows = (await api.graphql(api.TARGETS, { r: state.region, s: state.segment, n: 100, scope: state.scope })).recruitTargets;
      index = rows.findIndex((x) => x.company.id === companyId);
    }
    const { company } = await api.graphql(api.COMPANY, { id: companyId });
    if (!company) throw new api.ApiError(`company '${companyId}' not found`, 'NOT_FOUND');
    if (token !== briefToken) return;
    state.brief = { company, target: index >= 0 ? rows[index] : null, rank: index + 1 };
    renderBrief();
    const overlay = $('#brief');
    overlay.hidden = false;
    document.body.classList.add('brief-open');
    $('#brief-close').focus();
    document.body.dataset.brief = companyId;
  } catch (error) {
    if (token === briefToken) {
      state.target = null;
      syncUrl();
      showError(error);
    }
  }
}

function renderBrief() {
  const b = state.brief;
  const d = state.data;
  const segment = d.segmentsById.get(state.segment);
  const cov = d.coverage.get(state.segment);
  const today = new Date().toISOString().slice(0, 10);
  $('#brief-doc').innerHTML = briefHtml({
    company: b.company, target: b.target, rank: b.rank, region: d.region, segment, gap: d.gaps.get(state.segment) ?? null,
    status: cov ? cov.status : 'MISSING', scope: state.scope, today,
  });
  $('#brief-print').textContent = t('briefPrint');
  $('#brief-close').textContent = t('briefClose');
  document.title = `${t('brief')} · ${n(b.company)} · ${n(d.region)}`;
}

function closeBrief({ keepUrl = false } = {}) {
  briefToken++;
  state.brief = null;
  $('#brief').hidden = true;
  document.body.classList.remove('brief-open');
  document.body.dataset.brief = '';
  applyStatic();
  if (!keepUrl) {
    const id = state.target;
    state.target = null;
    syncUrl();
    const back = briefOpener && document.contains(briefOpener) ? briefOpener : document.querySelector(`[data-detail="${CSS.escape(id ?? '')}"]`);
    if (back) back.focus();
  }
  briefOpener = null;
}

function trapFocus(ev) {
  if (ev.key !== 'Tab') return;
  const focusable = [...$('#brief').querySelectorAll('button, a[href], input, select, [tabindex]:not([tabindex="-1"])')].filter((x) => !x.disabled);
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (ev.shiftKey && document.activeElement === first) {
    ev.preventDefault();
    last.focus();
  } else if (!ev.shiftKey && document.activeElement === last) {
    ev.preventDefault();
    first.focus();
  }
}

// ---- maps and pipeline ----

function renderMaps() {
  const d = state.data;
  const container = $('#maps');
  container.innerHTML = d.views.filter((v) => v.view).map((v) => `
    <div class="map-panel">
      <h3>${h(t(v.title))} · ${h(n(v.region))} <span class="muted">${v.sites.features.length} ${h(t('sitesCount'))}</span></h3>
      <div id="${v.id}" class="chart map"></div>
    </div>`).join('') + `<p class="disclaimer">${h(t('disclaimer'))}</p>`;
  for (const v of d.views) {
    if (!v.view) continue;
    chart(v.id).setOption(sitesMapOption({ view: v.view, sites: v.sites, regionsByCode: d.regionsByCode, labels: v.view.file.code !== 'CN' }), { replaceMerge: ['series', 'geo'] });
  }
}

function renderPipeline() {
  const p = state.data.projectPipeline;
  chart('pipeline-status').setOption(pipelineOption({ buckets: p.byStatus, keyOf: (b) => b.status, colors: statusColor }), true);
  chart('pipeline-category').setOption(pipelineOption({ buckets: p.byCategory, keyOf: (b) => b.category, colors: categoryColor }), true);
}

function bindControls() {
  const leaveRegion = () => {
    state.segment = null;
    state.target = null;
  };
  $('#region-select').addEventListener('change', (ev) => {
    leaveRegion();
    load(ev.target.value, state.chain);
  });
  $('#chain-select').addEventListener('change', (ev) => {
    leaveRegion();
    load(state.region, ev.target.value);
  });
  $('#controls').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const code = $('#region-code').value.trim();
    if (code) {
      // an unknown code keeps what is on screen: the state changes only once the region has loaded
      const before = { segment: state.segment, target: state.target };
      state.segment = null;
      state.target = null;
      load(code, state.chain).then(() => {
        if (state.region !== code && $('#error').hidden === false) {
          state.segment = before.segment;
          state.target = before.target;
          syncUrl();
        }
      });
    }
  });
  for (const b of document.querySelectorAll('[data-lang]')) {
    b.addEventListener('click', () => {
      state.lang = b.dataset.lang;
      setLang(state.lang);
      syncUrl();
      renderAll();
    });
  }
  for (const b of document.querySelectorAll('[data-view-button]')) {
    b.addEventListener('click', () => setView(b.dataset.viewButton));
  }
  $('#gap-list').addEventListener('click', (ev) => {
    const item = ev.target.closest('[data-gap]');
    if (item) selectSegment(item.dataset.gap);
  });
  $('#targets-body').addEventListener('click', (ev) => {
    const scope = ev.target.closest('[data-scope]');
    if (scope) setScope(scope.dataset.scope);
    const detail = ev.target.closest('[data-detail]');
    if (detail) openBrief(detail.dataset.detail, detail);
  });
  $('#targets-body').addEventListener('change', (ev) => {
    const box = ev.target.closest('[data-sim]');
    if (box) toggleSim(box.dataset.sim, box.checked);
  });
  $('#whatif-body').addEventListener('click', (ev) => {
    const remove = ev.target.closest('[data-sim-remove]');
    if (remove) toggleSim(remove.dataset.simRemove, false);
    if (ev.target.closest('#sim-clear')) {
      clearTimeout(simTimer);
      state.sim = [];
      syncUrl();
      updateSimChecks();
      runSimulation();
    }
  });
  const compare = $('#compare-body');
  compare.addEventListener('click', async (ev) => {
    const remove = ev.target.closest('[data-compare-remove]');
    if (remove) {
      const codes = await compareCodes();
      if (codes.length > MIN_REGIONS) setCompare(codes.filter((c) => c !== remove.dataset.compareRemove));
    }
    if (ev.target.closest('#compare-reset')) {
      state.compare = null;
      state.compareSort = null;
      syncUrl();
      loadComparison();
    }
  });
  compare.addEventListener('change', (ev) => {
    if (ev.target.id === 'compare-add' && ev.target.value) addCompareRegion(ev.target.value);
    if (ev.target.id === 'compare-sort') setCompareSort(ev.target.value);
    if (ev.target.id === 'compare-parents') {
      state.compareParents = ev.target.checked;
      syncUrl();
      renderCompare();
    }
  });
  compare.addEventListener('submit', (ev) => {
    if (ev.target.id !== 'compare-code-form') return;
    ev.preventDefault();
    addCompareRegion($('#compare-code').value.trim());
  });
  $('#brief-close').addEventListener('click', () => closeBrief());
  $('#brief-print').addEventListener('click', () => window.print());
  $('#brief').addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      closeBrief();
    }
    trapFocus(ev);
  });
  $('#brief').addEventListener('click', (ev) => {
    if (ev.target === $('#brief')) closeBrief();
  });
  let pending = 0;
  window.addEventListener('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (state.data && state.view === 'chain') renderChain();
      if (state.data && state.view === 'compare' && state.comparison) renderCompare();
      for (const c of Object.values(charts)) if (!c.isDisposed()) c.resize();
    }, 150);
  });
}

async function start() {
  setLang(state.lang);
  applyStatic();
  document.body.dataset.view = state.view;
  bindControls();
  try {
    state.chains = (await api.graphql(api.CHAINS)).chains;
    if (!state.chains.some((c) => c.id === state.chain) && state.chains.length) state.chain = state.chains[0].id;
  } catch (error) {
    showError(error);
  }
  await load(state.region, state.chain);
}

window.chaingraphMap = { state, charts };
start();
