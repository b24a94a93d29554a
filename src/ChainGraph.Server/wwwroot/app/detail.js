// The detail view of one recruitment target, which is also its printable brief (招商简报): the company and its
// scale, why it is worth recruiting (the gap's reasons, its ties to local anchors with their evidence, distance,
// credentials), its sites, its projects in this and other regions, and every component of its score.
import { e, n, t, yi, int, disclosed, joined, bracket, lang, reasonItems } from './i18n.js';
import { escapeHtml } from './chain.js';
import { GAP_COLORS } from './style.js';

const WON = new Set(['SIGNED', 'STARTED', 'COMPLETED', 'PRODUCING']);

/** The id at the top of an entity's parent chain (its group). */
function groupOf(entity) {
  let top = entity;
  while (top.parent) top = top.parent;
  return top.id;
}

/** The company and the companies above it in its group, nearest first. */
function upward(company) {
  const list = [];
  for (let c = company; c; c = c.parent) list.push(c);
  return list;
}

function isIn(regionCode, projectRegion) {
  for (let r = projectRegion; r; r = r.parent) if (r.code === regionCode) return true;
  return false;
}

const h = escapeHtml;

function fact(field, label, value, html = false) {
  return `<div class="fact"><dt>${h(label)}</dt><dd data-field="${field}"${value === t('undisclosed') ? ' class="undisclosed"' : ''}>${html ? value : h(value)}</dd></div>`;
}

function website(url) {
  if (!url) return h(t('undisclosed'));
  if (!/^https?:\/\//i.test(url)) return h(url);
  return `<a href="${h(url)}" target="_blank" rel="noopener noreferrer">${h(url)}</a>`;
}

function money(yuan) {
  return disclosed(yuan, (v) => `${yi(v, 2)} ${t('yi')}`);
}

function projectTable(projects, elsewhere) {
  if (projects.length === 0) return `<p class="hint">${h(t('noProjects'))}</p>`;
  return `<table class="brief-table projects-table" data-where="${elsewhere ? 'elsewhere' : 'here'}">
    <thead><tr><th>${h(t('projectName'))}</th><th>${h(t('siteRegion'))}</th><th>${h(t('segment'))}</th><th>${h(t('projectStatus'))}</th>
      <th>${h(t('projectDate'))}</th><th class="num">${h(t('projectInvestment'))}</th></tr></thead>
    <tbody>${projects.map((p) => {
      const flag = !elsewhere ? '' : p.status === 'DROPPED' ? `<span class="flag dropped">${h(t('droppedDeal'))}</span>`
        : WON.has(p.status) ? `<span class="flag won">${h(t('wonElsewhere'))}</span>` : '';
      return `<tr data-project-id="${h(p.id)}" data-status="${h(p.status)}">
        <td>${h(p.nameZh)}${p.source ? `<div class="src">${h(p.source)}</div>` : ''}</td>
        <td>${h(n(p.region))}</td><td>${h(p.segment ? n(p.segment) : '')}</td>
        <td><span class="pstatus ${h(p.status)}">${h(e(p.status))}</span> ${flag}</td>
        <td class="nowrap">${h(p.statusDate)}</td><td class="num">${h(money(p.investmentYuan))}</td></tr>`;
    }).join('')}</tbody></table>`;
}

/**
 * The detail / brief as HTML. `company` is the COMPANY query's answer; `target` its recruitTargets row (or null
 * when it is not among the first 100 of the scope), `rank` its place; `region`, `segment`, `gap` (or null),
 * `status` (the segment's coverage in the region) and `scope` describe the question it answers.
 */
export function briefHtml({ company, target, rank, region, segment, gap, status, scope, today }) {
  const chain = upward(company);
  const supplies = [];
  const seen = new Set();
  for (const c of chain) {
    for (const row of c.supplies ?? []) {
      const key = `${row.supplierId}|${row.customer.id}|${row.segment ? row.segment.id : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      supplies.push({ ...row, supplier: c });
    }
  }
  const anchorGroups = new Map();
  for (const a of target ? target.suppliesAnchors : []) {
    const g = groupOf(a);
    if (!anchorGroups.has(g)) anchorGroups.set(g, []);
    anchorGroups.get(g).push(a);
  }
  const tieRows = [];
  for (const [g, anchors] of anchorGroups) {
    const rows = supplies.filter((s) => groupOf(s.customer) === g);
    const names = joined(anchors.map(n));
    if (rows.length === 0) {
      tieRows.push(`<tr data-anchor-group="${h(g)}"><td>${h(names)}</td><td colspan="5" class="muted">${h(t('briefViaGroup'))}</td></tr>`);
    }
    for (const s of rows) {
      tieRows.push(`<tr data-anchor-group="${h(g)}" data-confidence="${h(s.confidence)}">
        <td>${h(names)}</td><td>${h(n(s.supplier))}</td><td>${h(n(s.customer))}</td><td>${h(s.segment ? n(s.segment) : '')}</td>
        <td><span class="conf ${h(s.confidence)}">${h(e(s.confidence))}</span></td><td class="src">${h(s.source ?? '')}</td></tr>`);
    }
  }
  const tiedGroups = new Set(anchorGroups.keys());
  const others = supplies.filter((s) => !tiedGroups.has(groupOf(s.customer)));

  const projects = [];
  const projectIds = new Set();
  for (const c of chain) {
    for (const p of c.projects ?? []) {
      if (!projectIds.has(p.id)) {
        projectIds.add(p.id);
        projects.push(p);
      }
    }
  }
  projects.sort((a, b) => (a.statusDate < b.statusDate ? 1 : a.statusDate > b.statusDate ? -1 : a.id < b.id ? -1 : 1));
  const here = projects.filter((p) => isIn(region.code, p.region));
  const elsewhere = projects.filter((p) => !isIn(region.code, p.region));

  const credentials = company.tags.filter((tag) => tag !== 'ANCHOR');
  const nearest = target ? target.nearestSite : null;
  const groupTop = chain.length > 1 ? chain[chain.length - 1] : null;

  const score = target ? `
    <table class="brief-table score-table">
      <thead><tr><th class="num">${h(t('score'))}</th><th class="num">${h(t('anchorTies'))}</th><th class="num">${h(t('tieStrength'))}</th>
        <th class="num">${h(t('credentials'))}</th><th class="num">${h(t('proximity'))}</th><th class="num">${h(t('distanceKm'))}</th>
        <th>${h(t('inPipeline'))}</th><th>${h(t('groupLocal'))}</th></tr></thead>
      <tbody><tr>
        <td class="num" data-field="score"><b>${target.score.toFixed(3)}</b></td>
        <td class="num" data-field="anchorTies">${target.anchorTies}</td>
        <td class="num" data-field="tieStrength">${target.tieStrength.toFixed(1)}</td>
        <td class="num" data-field="credentials">${target.credentials}</td>
        <td class="num" data-field="proximity">${target.proximity.toFixed(3)}</td>
        <td class="num" data-field="distanceKm">${target.distanceKm.toFixed(1)}</td>
        <td data-field="inPipeline">${h(target.inPipeline ? t('yes') : t('no'))}</td>
        <td data-field="groupLocal">${h(target.groupLocal ? t('yes') : t('no'))}</td>
      </tr></tbody>
    </table>
    <p class="note">${h(t('scoreNote'))}</p>` : `<p class="hint">${h(t('notInList'))}</p>`;

  return `
  <header class="brief-head">
    <div class="kicker">${h(t('brief'))} · ${h(t('briefFor', n(region), n(segment)))}
      ${gap ? `<span class="badge" style="background:${GAP_COLORS[gap.kind]}">${h(e(gap.kind))}</span>` : ''}
      <span class="status ${h(status)}">${h(e(status))}</span><span class="generated">${h(t('briefGenerated', today))}</span></div>
    <h2 id="brief-title" data-company-id="${h(company.id)}">${h(company.nameZh)}${company.nameEn ? ` <span class="en">${h(company.nameEn)}</span>` : ''}</h2>
    <div class="brief-tags">${company.tags.map((tag) => `<span class="tag${tag === 'ANCHOR' ? ' anchor' : ''}">${h(e(tag))}</span>`).join('')}
      ${target && target.groupLocal ? `<span class="tag expansion">${h(t('groupLocal'))}</span>` : ''}
      ${target && target.inPipeline ? `<span class="tag pipeline">${h(t('inPipeline'))}</span>` : ''}</div>
    ${target ? `<p class="rankline">${h(t('rankOf', rank, n(segment)))} · ${h(t('scope'))}: ${h(t(`scope${scope}`))}</p>` : ''}
  </header>

  <section class="brief-section" id="brief-company">
    <h3>${h(t('briefCompany'))}</h3>
    <dl class="facts">
      ${fact('stockCode', t('stockCode'), disclosed(company.stockCode))}
      ${fact('founded', t('founded'), disclosed(company.founded, (v) => `${v}${t('yearSuffix')}`))}
      ${fact('employees', t('employees'), disclosed(company.employees, (v) => `${int(v)}${t('people') ? ` ${t('people')}` : ''}`))}
      ${fact('revenueYuan', t('revenue'), money(company.revenueYuan))}
      ${fact('website', t('website'), website(company.website), true)}
      ${groupTop ? fact('group', t('group'), n(groupTop)) : ''}
      ${company.uscc ? fact('uscc', 'USCC', company.uscc) : ''}
      ${company.anchorOf.length ? fact('anchorOf', t('anchorOf'), joined(company.anchorOf.map(n))) : ''}
      ${fact('source', t('scaleSource'), disclosed(company.source))}
    </dl>
  </section>

  <section class="brief-section" id="brief-why">
    <h3>${h(t('briefWhy'))}</h3>
    ${gap ? `<ul class="brief-reasons">${reasonItems(gap.reasons).map((r) => `<li><span class="dir ${r.direction}">${h(e(r.direction))}</span> ${h(r.text)}</li>`).join('')}</ul>`
      : `<p class="hint">${h(t('notAGap'))}</p>`}
    <h4>${h(t('briefTies'))}</h4>
    ${tieRows.length ? `<table class="brief-table ties-table">
      <thead><tr><th>${h(t('anchor'))}</th><th>${h(t('supplier'))}</th><th>${h(t('customer'))}</th><th>${h(t('segment'))}</th><th>${h(t('confidence'))}</th><th>${h(t('source'))}</th></tr></thead>
      <tbody>${tieRows.join('')}</tbody></table>` : `<p class="hint">${h(t('briefNoTies'))}</p>`}
    <ul class="brief-points">
      ${nearest ? `<li data-field="distance">${h(t('distanceTo', nearest.nameZh ?? nearest.id, target.distanceKm.toFixed(0), n(region)))}</li>` : ''}
      <li data-field="credentialsList">${h(t('credentialsList'))}: ${credentials.length ? h(joined(credentials.map(e))) : h(t('none'))}</li>
      ${others.length ? `<li>${h(t('briefOtherSupplies'))}: ${others.map((s) => `${h(n(s.customer))}${s.segment ? h(bracket(n(s.segment))) : ''} <span class="conf ${h(s.confidence)}">${h(e(s.confidence))}</span>`).join(lang() === 'en' ? '; ' : '；')}</li>` : ''}
    </ul>
  </section>

  <section class="brief-section" id="brief-score">
    <h3>${h(t('briefScore'))}</h3>
    ${score}
  </section>

  <section class="brief-section" id="brief-sites">
    <h3>${h(t('briefSites'))}</h3>
    <table class="brief-table sites-table">
      <thead><tr><th>${h(t('siteName'))}</th><th>${h(t('siteKind'))}</th><th>${h(t('siteRegion'))}</th><th>${h(t('siteSegments'))}</th>
        <th>${h(t('capacity'))}</th><th>${h(t('since'))}</th></tr></thead>
      <tbody>${company.sites.map((s) => `<tr data-site-id="${h(s.id)}"${nearest && nearest.id === s.id ? ' class="nearest"' : ''}>
        <td>${h(s.nameZh ?? s.id)}${nearest && nearest.id === s.id ? ` <span class="flag nearest">${h(t('nearest'))}</span>` : ''}${s.source ? `<div class="src">${h(s.source)}</div>` : ''}</td>
        <td>${h(e(s.kind))}</td><td>${h(n(s.region))}</td><td>${h(joined(s.segments.map(n)))}</td>
        <td data-field="capacity"${s.capacity ? '' : ' class="undisclosed"'}>${h(disclosed(s.capacity))}</td>
        <td data-field="since" class="nowrap${s.since ? '' : ' undisclosed'}">${h(disclosed(s.since))}</td></tr>`).join('')}</tbody>
    </table>
  </section>

  <section class="brief-section" id="brief-projects">
    <h3>${h(t('briefProjects'))}</h3>
    <h4>${h(t('projectsElsewhere'))}</h4>
    ${projectTable(elsewhere, true)}
    <h4>${h(t('projectsHere'))}</h4>
    ${projectTable(here, false)}
  </section>`;
}
