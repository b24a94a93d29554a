// 招商地图: the page state, loading from the public API, and rendering. Plain modern JS, no build step.
import * as api from './api.js';
import { setLang, t, e, n, yi, applyStatic, lang, GAP_BADGE } from './i18n.js';
import { chainOption, escapeHtml } from './chain.js';
import { boundary, viewOf } from './geo.js';
import { sitesMapOption, targetsMapOption, pipelineOption, statusColor, categoryColor } from './charts.js';
import { CATEGORY_COLORS, GAP_COLORS, STATUS_STYLE } from './style.js';

const GAP_ORDER = ['FILL', 'STRENGTHEN', 'EXTEND'];
const TARGET_COUNT = 20;

const params = new URLSearchParams(location.search);
const state = {
  lang: params.get('lang') === 'en' ? 'en' : 'zh',
  region: params.get('region') || '441200',
  chain: params.get('chain') || 'energy-storage',
  segment: params.get('segment') || null,
  chains: [],
  data: null, // everything loaded for (region, chain)
  targets: null, // { segment, rows }
};
const charts = {};
let loadToken = 0;
let targetsToken = 0;

const $ = (selector) => document.querySelector(selector);

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

function syncUrl() {
  const q = new URLSearchParams({ region: state.region, chain: state.chain });
  if (state.segment) q.set('segment', state.segment);
  if (state.lang !== 'zh') q.set('lang', state.lang);
  history.replaceState(null, '', `${location.pathname}?${q}`);
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
  const list = [];
  for (let r = region; r; r = r.parent) list.push(r);
  return list;
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
    state.targets = null;
    showError(null);
    syncUrl();
    renderAll();
    if (state.segment) await selectSegment(state.segment);
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
  renderControls();
  if (!state.data) return;
  renderKpis();
  renderChain();
  renderLegend();
  renderGaps();
  renderTargets();
  renderMaps();
  renderPipeline();
}

function option(value, label, selected) {
  return `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
}

function renderControls() {
  const select = $('#region-select');
  const d = state.data;
  const groups = [];
  const seen = new Set();
  const add = (list) => list.filter((r) => !seen.has(r.code) && seen.add(r.code));
  if (d) {
    const top = add([d.province, ...d.regions.cities]);
    groups.push(`<optgroup label="${escapeHtml(t('provinceGroup'))}">${top.map((r) => option(r.code, `${n(r)} ${r.code}`, r.code === state.region)).join('')}</optgroup>`);
    if (d.city !== d.province) {
      const districts = add(d.regions.districts);
      if (districts.length) {
        groups.push(`<optgroup label="${escapeHtml(`${n(d.city)} · ${t('districtGroup')}`)}">${districts.map((r) => option(r.code, `${n(r)} ${r.code}`, r.code === state.region)).join('')}</optgroup>`);
      }
    }
    if (!seen.has(d.region.code)) {
      groups.push(`<optgroup label="${escapeHtml(t('otherGroup'))}">${option(d.region.code, `${n(d.region)} ${d.region.code}`, true)}</optgroup>`);
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
  const kpi = (label, value, extra = '') => `<div class="kpi"><div class="value">${value}</div><div class="label">${escapeHtml(label)}</div>${extra}</div>`;
  $('#kpis').innerHTML = [
    `<div class="kpi place"><div class="value">${escapeHtml(n(d.region))}</div><div class="label">${escapeHtml(n(d.chain))} · ${escapeHtml(d.region.code)}</div></div>`,
    kpi(t('kpiCompanies'), root.localCompanyCount),
    kpi(t('kpiSites'), root.localSiteCount),
    kpi(t('kpiAnchors'), root.localAnchorCount),
    kpi(t('kpiPipeline'), root.pipelineProjectCount),
    kpi(t('kpiInvestment'), `${yi(root.pipelineInvestmentYuan)}<small> ${escapeHtml(t('yi'))}</small>`),
    kpi(t('kpiGaps'), d.chainGaps.length, `<div class="kinds">${GAP_ORDER.map((k) => `<span class="badge" style="background:${GAP_COLORS[k]}">${escapeHtml(e(k))} ${byKind[k]}</span>`).join('')}</div>`),
  ].join('');
}

function renderChain() {
  const d = state.data;
  const el = $('#chain-chart');
  const { option: opt, height } = chainOption({
    segments: d.chain.segments, coverage: d.coverage, gaps: d.gaps, selected: state.segment, width: el.clientWidth || 1200,
  });
  el.style.height = `${height}px`;
  $('#chain-title').textContent = `${n(d.chain)} · ${n(d.region)}`;
  const c = chart('chain-chart');
  c.resize();
  c.setOption(opt, { replaceMerge: ['series'] });
  if (!c.__cgClick) {
    c.__cgClick = true;
    c.on('click', (p) => {
      if (p.dataType === 'node' && p.data && !p.data.header && p.data.value) selectSegment(p.data.value);
    });
  }
}

function renderLegend() {
  const swatch = (style, text, extra = '') => `<span class="item"><span class="box" style="${style}"></span>${escapeHtml(text)}${extra}</span>`;
  const status = ['STRONG', 'WEAK', 'MISSING'].map((s) => swatch(
    `background:${STATUS_STYLE[s].fill};border:1px ${s === 'MISSING' ? 'dashed' : 'solid'} ${STATUS_STYLE[s].border}`, e(s)));
  const gaps = GAP_ORDER.map((k) => `<span class="item"><span class="box gapbox" style="border-color:${GAP_COLORS[k]}"><b style="background:${GAP_COLORS[k]}">${GAP_BADGE[lang()][k]}</b></span>${escapeHtml(e(k))}</span>`);
  const cats = Object.keys(CATEGORY_COLORS).filter((c) => c !== 'UNCLASSIFIED').map((c) => `<span class="item"><span class="dot" style="background:${CATEGORY_COLORS[c]}"></span>${escapeHtml(e(c))}</span>`);
  const flows = [
    `<span class="item"><span class="line"></span>${escapeHtml(t('flowForward'))}</span>`,
    `<span class="item"><span class="line loop"></span>${escapeHtml(t('flowLoop'))}</span>`,
  ];
  $('#chain-legend').innerHTML = [
    `<div><b>${escapeHtml(t('legendStatus'))}</b>${status.join('')}</div>`,
    `<div><b>${escapeHtml(t('legendGap'))}</b>${gaps.join('')}</div>`,
    `<div><b>${escapeHtml(t('legendFlow'))}</b>${flows.join('')}${cats.join('')}</div>`,
  ].join('');
}

function renderGaps() {
  const d = state.data;
  const list = $('#gap-list');
  if (d.chainGaps.length === 0) {
    list.innerHTML = `<p class="hint">${escapeHtml(t('noGaps'))}</p>`;
    return;
  }
  list.innerHTML = GAP_ORDER.map((kind) => {
    const gaps = d.chainGaps.filter((g) => g.kind === kind);
    if (gaps.length === 0) return '';
    const items = gaps.map((g) => {
      const s = d.segmentsById.get(g.segment.id);
      const anchors = new Set(g.reasons.filter((r) => r.anchor).map((r) => r.anchor.id)).size;
      return `<button type="button" class="gap-item${g.segment.id === state.segment ? ' selected' : ''}" data-gap="${escapeHtml(g.segment.id)}" style="--kind:${GAP_COLORS[kind]}">
        <span class="name">${escapeHtml(n(s ?? g.segment))}</span>
        <span class="meta"><span class="status ${g.status}">${escapeHtml(e(g.status))}</span>${anchors ? ` · ${escapeHtml(t('anchorsCount', anchors))}` : ''}</span>
      </button>`;
    }).join('');
    return `<div class="gap-group"><h3><span class="badge" style="background:${GAP_COLORS[kind]}">${GAP_BADGE[lang()][kind]}</span> ${escapeHtml(e(kind))} <span class="muted">${gaps.length}</span></h3>${items}</div>`;
  }).join('');
}

async function selectSegment(id) {
  const token = ++targetsToken;
  state.segment = id;
  syncUrl();
  renderChain();
  renderGaps();
  document.body.dataset.targets = '';
  $('#targets-body').classList.add('loading');
  try {
    const data = await api.graphql(api.TARGETS, { r: state.region, s: id, n: TARGET_COUNT });
    if (token !== targetsToken) return;
    state.targets = { segment: id, rows: data.recruitTargets };
    showError(null);
    renderTargets();
    document.body.dataset.targets = id;
  } catch (error) {
    if (token === targetsToken) showError(error);
  } finally {
    if (token === targetsToken) $('#targets-body').classList.remove('loading');
  }
}

function reasonText(r) {
  if (r.direction === 'UPSTREAM') return t('reasonUp', n(r.anchor), n(r.via));
  return r.anchor ? t('reasonDown', n(r.anchor), n(r.via)) : t('reasonDownLocal', n(r.via));
}

function renderTargets() {
  const d = state.data;
  const body = $('#targets-body');
  const title = $('#targets-title');
  if (!state.segment || !state.targets || state.targets.segment !== state.segment) {
    title.textContent = t('targets');
    if (!state.segment) body.innerHTML = `<p class="hint">${escapeHtml(t('targetsHint'))}</p>`;
    return;
  }
  const segment = d.segmentsById.get(state.segment);
  const gap = d.gaps.get(state.segment);
  const cov = d.coverage.get(state.segment);
  const status = cov ? cov.status : 'MISSING';
  title.innerHTML = `${escapeHtml(t('targetsFor'))}${escapeHtml(n(segment))}
    ${gap ? `<span class="badge" style="background:${GAP_COLORS[gap.kind]}">${escapeHtml(e(gap.kind))}</span>` : ''}
    <span class="status ${status}">${escapeHtml(e(status))}</span>`;
  const reasons = gap
    ? `<div class="reasons"><b>${escapeHtml(t('reasons'))}</b><ul>${gap.reasons.map((r) => `<li><span class="dir ${r.direction}">${escapeHtml(e(r.direction))}</span> ${escapeHtml(reasonText(r))}</li>`).join('')}</ul></div>`
    : `<p class="hint">${escapeHtml(t('notAGap'))}</p>`;
  const rows = state.targets.rows;
  const maxScore = Math.max(1, ...rows.map((x) => x.score));
  const table = rows.length === 0 ? `<p class="hint">${escapeHtml(t('noTargets'))}</p>` : `
    <table id="targets-table">
      <thead><tr>
        <th>${t('rank')}</th><th>${escapeHtml(t('company'))}</th><th class="num">${escapeHtml(t('score'))}</th>
        <th class="num">${escapeHtml(t('anchorTies'))}</th><th class="num">${escapeHtml(t('credentials'))}</th>
        <th class="num">${escapeHtml(t('proximity'))}</th><th class="num">${escapeHtml(t('distanceKm'))}</th>
        <th>${escapeHtml(t('inPipeline'))}</th><th>${escapeHtml(t('suppliesAnchors'))}</th><th>${escapeHtml(t('nearestSite'))}</th>
      </tr></thead>
      <tbody>${rows.map((x, i) => `
        <tr data-company-id="${escapeHtml(x.company.id)}">
          <td class="rank">${i + 1}</td>
          <td class="company"><div class="cname">${escapeHtml(n(x.company))}</div><div>${x.company.tags.includes('ANCHOR') ? `<span class="tag anchor">${escapeHtml(e('ANCHOR'))}</span>` : ''}${x.company.tags.filter((tag) => tag !== 'ANCHOR').map((tag) => `<span class="tag">${escapeHtml(e(tag))}</span>`).join('')}</div></td>
          <td class="num score"><div class="value">${x.score.toFixed(3)}</div><div class="meter"><span style="width:${(100 * x.score / maxScore).toFixed(0)}%"></span></div></td>
          <td class="num">${x.anchorTies}</td>
          <td class="num">${x.credentials}</td>
          <td class="num">${x.proximity.toFixed(3)}</td>
          <td class="num">${x.distanceKm.toFixed(1)}</td>
          <td>${x.inPipeline ? `<span class="yes">${escapeHtml(t('yes'))}</span>` : ''}</td>
          <td>${escapeHtml(x.suppliesAnchors.map(n).join('、'))}</td>
          <td class="site"><div>${escapeHtml(x.nearestSite.nameZh ?? x.nearestSite.id)}</div><div class="muted">${escapeHtml(n(x.nearestSite.region))} · ${escapeHtml(e(x.nearestSite.kind))}</div></td>
        </tr>`).join('')}
      </tbody>
    </table>`;
  body.innerHTML = `
    <div class="targets-top">
      <div>
        ${reasons}
        <div class="downloads"><span>${escapeHtml(t('download'))}</span>
          <a class="btn" id="download-csv" href="${api.exportUrl(state.region, state.segment, 'csv')}" download>CSV</a>
          <a class="btn" id="download-xlsx" href="${api.exportUrl(state.region, state.segment, 'xlsx')}" download>Excel (XLSX)</a>
        </div>
        <p class="note">${escapeHtml(t('scoreNote'))}</p>
      </div>
      <div class="map-panel"><h3>${escapeHtml(t('targetsMap'))}</h3><div id="targets-map" class="chart map"></div></div>
    </div>
    <div class="table-wrap">${table}</div>`;
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
  if (d.china) {
    const c = chart('targets-map');
    c.setOption(targetsMapOption({
      view: { file: d.china, highlight: null, bounds: null }, targets: rows, home: d.region, regionsByCode: d.regionsByCode,
    }), { replaceMerge: ['series', 'geo'] });
  }
}

function renderMaps() {
  const d = state.data;
  const container = $('#maps');
  container.innerHTML = d.views.filter((v) => v.view).map((v) => `
    <div class="map-panel">
      <h3>${escapeHtml(t(v.title))} · ${escapeHtml(n(v.region))} <span class="muted">${v.sites.features.length} ${escapeHtml(t('sitesCount'))}</span></h3>
      <div id="${v.id}" class="chart map"></div>
    </div>`).join('') + `<p class="disclaimer">${escapeHtml(t('disclaimer'))}</p>`;
  for (const v of d.views) {
    if (!v.view) continue;
    chart(v.id).setOption(sitesMapOption({ view: v.view, sites: v.sites, regionsByCode: d.regionsByCode, labels: v.view.file.code !== 'CN' }), { replaceMerge: ['series', 'geo'] });
  }
}

function renderPipeline() {
  const p = state.data.projectPipeline;
  chart('pipeline-status').setOption(pipelineOption({ buckets: p.byStatus, keyOf: (b) => b.status, colors: statusColor }), { replaceMerge: ['series', 'xAxis', 'yAxis'] });
  chart('pipeline-category').setOption(pipelineOption({ buckets: p.byCategory, keyOf: (b) => b.category, colors: categoryColor }), { replaceMerge: ['series', 'xAxis', 'yAxis'] });
}

function bindControls() {
  $('#region-select').addEventListener('change', (ev) => {
    state.segment = null;
    load(ev.target.value, state.chain);
  });
  $('#chain-select').addEventListener('change', (ev) => {
    state.segment = null;
    load(state.region, ev.target.value);
  });
  $('#controls').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const code = $('#region-code').value.trim();
    if (code) {
      state.segment = null;
      load(code, state.chain);
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
  $('#gap-list').addEventListener('click', (ev) => {
    const item = ev.target.closest('[data-gap]');
    if (item) selectSegment(item.dataset.gap);
  });
  let pending = 0;
  window.addEventListener('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (state.data) renderChain();
      for (const c of Object.values(charts)) if (!c.isDisposed()) c.resize();
    }, 150);
  });
}

async function start() {
  setLang(state.lang);
  applyStatic();
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
