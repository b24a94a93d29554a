// Browser tests of the 招商地图 page: the real service, Debian's chromium through playwright-core.
// Run from the repository root after the Release build: bash tests/browser/setup.sh && node --test tests/browser/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphql, repoRoot, startService } from './service.mjs';

const CHROMIUM = process.env.CHAINGRAPH_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// Every run keeps its screenshots (one per view) and the printed brief under artifacts/;
// CHAINGRAPH_UPDATE_SCREENSHOT=1 refreshes the screenshots in docs/.
const SHOTS = process.env.CHAINGRAPH_UPDATE_SCREENSHOT === '1' ? path.join(repoRoot, 'docs') : path.join(repoRoot, 'artifacts');
const shot = (name) => path.join(SHOTS, name);
const ARTIFACTS = path.join(repoRoot, 'artifacts');
const REGION = '441200';
const GAP = 'es-wet-separator';
const DIAGRAM_GAP = 'es-bms';
const EXPANSION_GAP = 'es-ess-cells'; // CATL's group is already in 肇庆 (瑞庆时代): an expansion target
const GBA = ['440100', '440300', '440600', '441900', '441300', '440700', '440400'];
const EDITOR_KEY = 'map-tests-editor-key';

let playwright = null;
let skip = false;
if (!fs.existsSync(CHROMIUM)) {
  skip = `chromium is not installed at ${CHROMIUM} (run: bash tests/browser/setup.sh as root)`;
} else {
  try {
    playwright = await import('playwright-core');
  } catch (error) {
    skip = `playwright-core is not installed (run: bash tests/browser/setup.sh): ${error.message}`;
  }
}
if (skip) {
  console.log(`# browser tests skipped: ${skip}`);
}
const hasTool = (tool) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return error.code !== 'ENOENT';
  }
};
const skipPrint = skip || (hasTool('pdftotext') && hasTool('pdfinfo') ? false
  : 'pdftotext and pdfinfo (poppler-utils) are not installed (run: bash tests/browser/setup.sh as root)');

const TARGETS = `query($r: ID!, $s: ID!, $n: Int, $scope: RecruitScope) { recruitTargets(regionCode: $r, segmentId: $s, first: $n, scope: $scope) {
  company { id nameZh nameEn } score anchorTies tieStrength credentials proximity distanceKm inPipeline groupLocal
  suppliesAnchors { id nameZh nameEn parent { id parent { id } } } nearestSite { id nameZh } } }`;
const OVERVIEW = `query($r: ID!) {
  chain(id: "energy-storage") { segments { id nameZh nameEn isLeaf category feeds { id } } }
  chainGaps(regionCode: $r, chainId: "energy-storage") {
    kind segment { id nameZh nameEn } reasons { direction anchor { nameZh nameEn } via { nameZh nameEn } }
    anchorCount linkedLocalCompanies declared committed pipelineProjects { id nameZh status investmentYuan } } }`;
const COMPANY = `query($id: ID!) { company(id: $id) {
  id nameZh nameEn tags stockCode founded employees revenueYuan website source
  supplies { customer { id nameZh parent { id parent { id } } } segment { id } confidence source }
  sites { id nameZh capacity since }
  projects { id nameZh status investmentYuan region { code } } } }`;
const SIMULATE = `query($ids: [ID!]!) { simulateRecruitment(regionCode: "${REGION}", chainId: "energy-storage", companyIds: $ids) {
  gapsBefore gapsAfter closedGaps { segment { id } } newGaps { segment { id } }
  changedGaps { segment { id } kindBefore kindAfter } coverageChanges { segment { id isLeaf } countBefore countAfter statusAfter } } }`;
const COMPARE = `query($codes: [ID!]!) { compareRegions(regionCodes: $codes, chainId: "energy-storage") {
  segment { id nameZh isLeaf } cells { region { code nameZh } localCompanyCount status locationQuotient } } }`;

/** Pixels painted on the canvases inside `selector` (ECharts draws on transparent canvases). */
function painted(page, selector) {
  return page.evaluate((sel) => {
    const canvases = [...document.querySelectorAll(`${sel} canvas`)];
    let count = 0;
    let total = 0;
    const colours = new Set();
    for (const canvas of canvases) {
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      total += canvas.width * canvas.height;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 0) {
          count++;
          if (colours.size < 256) colours.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
        }
      }
    }
    return { canvases: canvases.length, count, total, share: total ? count / total : 0, colours: colours.size };
  }, selector);
}

function assertDrawn(result, selector, minimumShare) {
  assert.ok(result.canvases >= 1, `${selector}: no canvas`);
  assert.ok(result.share >= minimumShare, `${selector}: only ${(100 * result.share).toFixed(2)}% of the canvas is drawn`);
  assert.ok(result.colours >= 3, `${selector}: only ${result.colours} colours`);
}

/**
 * The texts an ECharts chart draws (every line of every label): text, rectangle in the chart's pixels, and the
 * chart's size. A label cut off ends with …; one outside the chart is cut by its edge.
 */
function drawnTexts(page, id) {
  return page.evaluate((chartId) => {
    const c = window.chaingraphMap.charts[chartId];
    const texts = [];
    c.getZr().storage.getDisplayList(true).forEach((el) => {
      if (el.type !== 'tspan' || !el.style.text || el.invisible) return;
      const r = el.getBoundingRect().clone();
      r.applyTransform(el.getComputedTransform());
      texts.push({ text: String(el.style.text), x: r.x, y: r.y, width: r.width, height: r.height });
    });
    return { width: c.getWidth(), height: c.getHeight(), texts };
  }, id);
}

const intersect = (a, b, pad = 0) => a.x < b.x + b.width - pad && b.x < a.x + a.width - pad && a.y < b.y + b.height - pad && b.y < a.y + a.height - pad;

/** No text of chart `id` is cut off (…) or out of the chart. */
async function assertTextsWhole(page, id, where) {
  const { width, height, texts } = await drawnTexts(page, id);
  assert.ok(texts.length > 0, `${where} ${id}: no text`);
  assert.deepEqual(texts.filter((x) => x.text.includes('…')).map((x) => x.text), [], `${where} ${id}: labels cut off`);
  const out = texts.filter((x) => x.x < -1 || x.y < -1 || x.x + x.width > width + 1 || x.y + x.height > height + 1);
  assert.deepEqual(out.map((x) => x.text), [], `${where} ${id}: labels cut by the chart's edge`);
}

/**
 * The national targets map as drawn: the region's pin and name, the targets' points and their names (rank,
 * shown or not, rectangle), all in the chart's pixels.
 */
function targetsMapDrawn(page) {
  return page.evaluate(() => {
    const c = window.chaingraphMap.charts['targets-map'];
    const rect = (el) => { const r = el.getBoundingRect().clone(); r.applyTransform(el.getComputedTransform()); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
    const series = c.getModel().getSeries();
    const pinSeries = series.find((s) => s.subType === 'effectScatter');
    const [targets, home] = series.filter((s) => s.subType === 'scatter');
    const pin = pinSeries.getData().getItemGraphicEl(0).childAt(0);
    const nameEl = home.getData().getItemGraphicEl(0).childAt(0).getTextContent();
    const data = targets.getData();
    const points = [];
    const labels = [];
    data.each((i) => {
      const el = data.getItemGraphicEl(i);
      points.push({ rank: i + 1, ...rect(el) });
      const label = el.childAt(0).getTextContent();
      if (label && data.getItemModel(i).get(['label', 'show'])) {
        labels.push({ rank: i + 1, text: label.style.text, shown: !label.ignore && !label.invisible && label.style.opacity !== 0, ...rect(label) });
      }
    });
    return { width: c.getWidth(), height: c.getHeight(), pin: rect(pin), name: { text: nameEl.style.text, ...rect(nameEl) }, points, labels };
  });
}

/** The five best targets are named on the national map, inside it, hiding neither the pin, nor the region's name, nor a point, nor one another. */
function assertTargetLabelsClear(drawn, where) {
  assert.equal(drawn.labels.length, Math.min(5, drawn.points.length), `${where}: the five best are named`);
  for (const label of drawn.labels) {
    const what = `${where}: label ${label.text}`;
    assert.ok(label.shown, `${what} is shown`);
    assert.ok(label.x >= -1 && label.y >= -1 && label.x + label.width <= drawn.width + 1 && label.y + label.height <= drawn.height + 1, `${what} is inside the map`);
    assert.ok(!intersect(label, drawn.pin, 1), `${what} is clear of the region's pin ${JSON.stringify(drawn.pin)}: ${JSON.stringify(label)}`);
    assert.ok(!intersect(label, drawn.name, 1), `${what} is clear of the region's name ${JSON.stringify(drawn.name)}`);
    for (const point of drawn.points) assert.ok(!intersect(label, point, 1), `${what} is clear of target ${point.rank}'s point`);
    for (const other of drawn.labels) if (other !== label) assert.ok(!intersect(label, other, 1), `${what} is clear of ${other.text}`);
  }
}

/** The rows of the targets table as the page shows them. */
function tableRows(page) {
  return page.$$eval('#targets-table tbody tr', (rows) => rows.map((tr) => ({
    id: tr.dataset.companyId,
    name: tr.querySelector('.cname').textContent.trim(),
    inPipeline: tr.querySelector('[data-field="inPipeline"]') !== null,
    groupLocal: tr.querySelector('[data-field="groupLocal"]') !== null,
    ticked: tr.querySelector('input[data-sim]').checked,
    cells: [...tr.cells].map((td) => td.innerText.trim()),
  })));
}

function assertRowsMatch(rows, targets, lang = 'zh') {
  assert.deepEqual(rows.map((r) => r.id), targets.map((x) => x.company.id), 'same companies in the same order');
  rows.forEach((row, i) => {
    const x = targets[i];
    assert.equal(row.name, lang === 'en' && x.company.nameEn ? x.company.nameEn : x.company.nameZh);
    assert.equal(row.cells[1], String(i + 1));
    assert.equal(row.cells[3], x.score.toFixed(3), `${x.company.id} score`);
    assert.equal(row.cells[4], String(x.anchorTies), `${x.company.id} anchorTies`);
    assert.equal(row.cells[5], x.tieStrength.toFixed(1), `${x.company.id} tieStrength`);
    assert.equal(row.cells[6], String(x.credentials), `${x.company.id} credentials`);
    assert.equal(row.cells[7], x.proximity.toFixed(3), `${x.company.id} proximity`);
    assert.equal(row.cells[8], x.distanceKm.toFixed(1), `${x.company.id} distanceKm`);
    assert.equal(row.inPipeline, x.inPipeline, `${x.company.id} inPipeline`);
    assert.equal(row.groupLocal, x.groupLocal, `${x.company.id} groupLocal`);
    assert.equal(row.cells[9], x.suppliesAnchors.map((a) => (lang === 'en' && a.nameEn ? a.nameEn : a.nameZh)).join(lang === 'en' ? ', ' : '、'), `${x.company.id} suppliesAnchors`);
    assert.ok(row.cells[10].startsWith(x.nearestSite.nameZh), `${x.company.id} nearestSite: ${row.cells[10]}`);
  });
}

const groupOf = (c) => { let top = c; while (top.parent) top = top.parent; return top.id; };

/** A gap's reasons as the page should word them: one per direction and anchor, with that anchor's segments. */
function reasonGroups(reasons) {
  const groups = new Map();
  for (const r of reasons) {
    const key = `${r.direction}|${r.anchor ? r.anchor.nameZh : ''}`;
    if (!groups.has(key)) groups.set(key, { direction: r.direction, anchor: r.anchor, vias: [] });
    const group = groups.get(key);
    if (!group.vias.some((v) => v.nameZh === r.via.nameZh)) group.vias.push(r.via);
  }
  return [...groups.values()];
}

const times = (text, part) => text.split(part).length - 1;

/** The flows (FEEDS arrows) of the chain diagram as drawn: source, target and whether it can be seen. */
function drawnFlows(page) {
  return page.evaluate(() => {
    const series = window.chaingraphMap.charts['chain-chart'].getModel().getSeriesByIndex(0);
    const edges = series.getEdgeData();
    const graph = series.getGraph();
    const flows = [];
    edges.each((i) => {
      const line = edges.getItemGraphicEl(i).childOfName('line');
      const edge = graph.getEdgeByIndex(i);
      flows.push({ source: edge.node1.id, target: edge.node2.id, visible: !line.invisible && line.style.lineWidth > 0 && (line.style.opacity ?? 1) > 0 });
    });
    return flows;
  });
}

/** Presses Tab until `selector` has the focus (at most `max` times); the number of presses. */
async function tabTo(page, selector, max = 400) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement && document.activeElement.matches(sel), selector)) return i;
  }
  throw new Error(`${selector} is not reachable with Tab`);
}

/** The test store's v2 facts that the seed may not have yet: a declared priority, scale, a plant's capacity, projects elsewhere. */
async function addFacts(url) {
  const write = (query, variables) => graphql(url, query, variables, EDITOR_KEY);
  await write(`mutation { upsertRegionPriority(regionCode: "${REGION}", segmentId: "${GAP}", source: "browser test: a declared priority") }`);
  const { company } = await graphql(url, 'query { company(id: "semcorp") { id nameZh nameEn uscc tags parentId } }');
  await write(`mutation($input: CompanyInput!) { upsertCompany(input: $input) { id } }`, {
    input: { ...company, stockCode: '002812.SZ', founded: 2006, revenueYuan: 12042000000, website: 'https://www.semcorp.com', source: 'browser test: scale figures' },
  });
  const { site } = await graphql(url, 'query { site(id: "semcorp-zhuhai") { id companyId nameZh regionCode lat lon kind segmentIds } }');
  await write(`mutation($input: SiteInput!) { upsertSite(input: $input) { id } }`, {
    input: { ...site, capacity: '16亿平方米/年', since: '2021-06-30', source: 'browser test: capacity' },
  });
  const project = (id, nameZh, regionCode, status, statusDate, investmentYuan) => write(`mutation($input: ProjectInput!) { upsertProject(input: $input) { id } }`, {
    input: { id, nameZh, companyId: 'semcorp', regionCode, segmentId: GAP, investmentYuan, status, statusDate, source: 'browser test' },
  });
  await project('test-semcorp-jiangmen', '恩捷股份江门隔膜项目（测试）', '440700', 'SIGNED', '2024-03-01', 5000000000);
  await project('test-semcorp-huizhou', '恩捷股份惠州隔膜项目（测试）', '441300', 'DROPPED', '2023-08-15', 3000000000);
  // a company without any scale figure, whatever the seed says (an upsert replaces the company's fields)
  const other = (await graphql(url, 'query { company(id: "sinoma-lithium") { id nameZh nameEn uscc tags parentId } }')).company;
  await write(`mutation($input: CompanyInput!) { upsertCompany(input: $input) { id } }`, { input: other });
}

describe('招商地图 page in chromium', () => {
  let service;
  let context;
  let page;
  let userDataDir;
  const consoleErrors = [];
  const external = [];
  const failed = [];

  before(async () => {
    if (skip) return;
    service = await startService({
      ChainGraph__Security__ApiKeys__0__Name: 'map-tests',
      ChainGraph__Security__ApiKeys__0__Sha256: crypto.createHash('sha256').update(EDITOR_KEY).digest('hex'),
      ChainGraph__Security__ApiKeys__0__Role: 'Editor',
    });
    await addFacts(service.url);
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingraph-chromium-'));
    context = await playwright.chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      locale: 'zh-CN',
      acceptDownloads: false,
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') {
        external.push(route.request().url());
        return route.abort();
      }
      return route.continue();
    });
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1' && !external.includes(request.url())) {
        external.push(request.url());
      }
    });
    const watch = (p) => {
      p.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      p.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
      p.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      p.on('requestfailed', (request) => failed.push(`failed ${request.url()}: ${request.failure()?.errorText}`));
    };
    context.on('page', watch);
    page = context.pages()[0] ?? (await context.newPage());
    watch(page);
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  after(async () => {
    if (context) await context.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    if (service) await service.stop();
  });

  const ready = (p = page) => p.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
  const open = async (query = '', p = page) => {
    await p.goto(`${service.url}/${query}`);
    await ready(p);
  };
  const waitTargets = (segment, scope = 'NEW', p = page) => p.waitForFunction(([s, sc]) => document.body.dataset.targets === s
    && window.chaingraphMap.state.targets && window.chaingraphMap.state.targets.scope === sc, [segment, scope], { timeout: 30000 });
  const chainLabels = (p = page) => p.evaluate(() => Object.fromEntries(window.chaingraphMap.charts['chain-chart'].getOption().series[0].data
    .filter((d) => !d.header).map((d) => [d.id, d.label.formatter])));

  it('loads at / with no console error and no request leaving 127.0.0.1', { skip, timeout: 120000 }, async () => {
    await open();
    assert.equal(await page.textContent('h1'), '招商地图');
    assert.match(await page.textContent('.kpi.place'), /肇庆市/);
    const options = await page.$$eval('#region-select option', (os) => os.map((o) => [o.value, o.textContent]));
    assert.ok(options.some(([v]) => v === '441200'), 'the region select lists 肇庆市');
    assert.ok(options.some(([v]) => v === '440100'), 'the region select lists the other cities of Guangdong');
    assert.ok(options.some(([v]) => v === '441202'), "the region select lists 肇庆's districts");
    assert.equal(await page.$eval('#region-select', (s) => s.value), REGION);
    assert.equal(await page.$eval('#chain-select', (s) => s.value), 'energy-storage');
    // issue 15: the targets panel is never empty while there is a gap: the first gap is selected
    const { chainGaps } = await graphql(service.url, OVERVIEW, { r: REGION });
    const first = chainGaps[0].segment.id;
    await waitTargets(first);
    assert.equal(await page.$eval(`#gap-list [data-gap="${first}"]`, (b) => b.classList.contains('selected')), true);
    assert.equal(await page.$$eval('#gap-list .gap-item.selected', (bs) => bs.length), 1);
    assertRowsMatch(await tableRows(page), (await graphql(service.url, TARGETS, { r: REGION, s: first, n: 20 })).recruitTargets);
    assert.match(page.url(), new RegExp(`segment=${first}(&|$)`));
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(external, []);
    assert.deepEqual(failed, []);
  });

  it('draws the chain diagram with every leaf segment and gap, the maps and the pipeline', { skip, timeout: 120000 }, async () => {
    await page.waitForTimeout(800); // the charts' entry animations
    assertDrawn(await painted(page, '#chain-chart'), '#chain-chart', 0.03);
    assertDrawn(await painted(page, '#region-map'), '#region-map', 0.05);
    assertDrawn(await painted(page, '#province-map'), '#province-map', 0.05);
    assertDrawn(await painted(page, '#pipeline-status'), '#pipeline-status', 0.01);
    assertDrawn(await painted(page, '#pipeline-category'), '#pipeline-category', 0.01);

    const expected = await graphql(service.url, OVERVIEW, { r: REGION });
    const shown = await page.evaluate(() => {
      const charts = window.chaingraphMap.charts;
      const nodes = charts['chain-chart'].getOption().series[0].data.filter((d) => !d.header);
      return {
        nodes: nodes.map((d) => d.id),
        badged: nodes.filter((d) => /^\{(FILL|STRENGTHEN|EXTEND)\|/.test(d.label.formatter)).map((d) => d.id),
        regionMap: charts['region-map'].getOption().geo[0].map,
        provinceMap: charts['province-map'].getOption().geo[0].map,
        highlighted: charts['province-map'].getOption().geo[0].regions.filter((r) => r.itemStyle && r.itemStyle.borderWidth === 2).map((r) => r.name),
        sites: charts['region-map'].getOption().series.reduce((n, s) => n + s.data.length, 0),
      };
    });
    const leaves = expected.chain.segments.filter((s) => s.isLeaf).map((s) => s.id);
    assert.deepEqual([...shown.nodes].sort(), [...leaves].sort());
    assert.deepEqual([...shown.badged].sort(), expected.chainGaps.map((g) => g.segment.id).sort());
    assert.equal(shown.regionMap, 'cg-441200');
    assert.equal(shown.provinceMap, 'cg-440000');
    assert.deepEqual(shown.highlighted, ['肇庆市']);
    const sites = await (await fetch(`${service.url}/api/map/sites.geojson?region=${REGION}`)).json();
    assert.equal(shown.sites, sites.features.length);
  });

  it("lists the gaps in the engine's order with 已签约/在建 and 规划重点 badges, anchors, linked local companies and pipeline projects", { skip, timeout: 120000 }, async () => {
    const { chainGaps } = await graphql(service.url, OVERVIEW, { r: REGION });
    const items = await page.$$eval('#gap-list [data-gap]', (list) => list.map((b) => ({
      id: b.dataset.gap,
      committed: b.dataset.committed === 'true',
      declared: b.dataset.declared === 'true',
      flags: [...b.querySelectorAll('.flag')].map((f) => f.textContent.trim()),
      anchors: b.querySelector('[data-field="anchorCount"]').textContent.trim(),
      linked: b.querySelector('[data-field="linkedLocalCompanies"]').textContent.trim(),
      projects: [...b.querySelectorAll('[data-project-id]')].map((p) => ({ id: p.dataset.projectId, text: p.textContent.trim() })),
    })));
    assert.deepEqual(items.map((i) => i.id), chainGaps.map((g) => g.segment.id), "the engine's order");
    // the declared priority added for the test puts the wet separator (one anchor) ahead of every FILL gap that is not
    // declared, 电池管理系统 (three anchors) included
    const at = chainGaps.findIndex((g) => g.segment.id === GAP);
    assert.ok(chainGaps[at].declared);
    assert.ok(chainGaps.slice(0, at).every((g) => g.kind === 'FILL' && g.declared), 'only declared FILL gaps before it');
    assert.ok(chainGaps.slice(at + 1).every((g) => g.kind !== 'FILL' || !g.declared || g.committed || g.anchorCount <= chainGaps[at].anchorCount));
    assert.ok(chainGaps.some((g) => g.committed), 'the seed has committed gaps');
    chainGaps.forEach((g, i) => {
      const item = items[i];
      assert.equal(item.committed, g.committed, `${g.segment.id} committed`);
      assert.equal(item.declared, g.declared, `${g.segment.id} declared`);
      const flags = [];
      if (g.declared) flags.push('规划重点');
      if (g.committed) flags.push(g.pipelineProjects.some((p) => p.status === 'STARTED') ? '在建' : '已签约');
      assert.deepEqual(item.flags, flags, `${g.segment.id} badges`);
      assert.equal(item.anchors, `链主 ${g.anchorCount}`);
      assert.equal(item.linked, `本地关联企业 ${g.linkedLocalCompanies}`);
      assert.deepEqual(item.projects.map((p) => p.id), g.pipelineProjects.map((p) => p.id), `${g.segment.id} pipeline projects`);
      item.projects.forEach((p, j) => {
        const project = g.pipelineProjects[j];
        assert.ok(p.text.includes(project.nameZh), p.text);
        if (project.investmentYuan === null) assert.ok(p.text.endsWith('未披露'), `an undisclosed amount is 未披露, not 0: ${p.text}`);
        else assert.ok(p.text.endsWith('亿元') && !p.text.endsWith(' 0 亿元'), p.text);
      });
    });
    assert.ok(items.some((i) => i.projects.some((p) => p.text.endsWith('未披露'))), 'the seed has an undisclosed pipeline amount');
  });

  it('lists the GraphQL recruitTargets of a gap clicked in the diagram or the gap list', { skip, timeout: 120000 }, async () => {
    // a click on the diagram's box for 电池管理系统(BMS)
    await page.$eval('#chain-chart', (el) => el.scrollIntoView());
    const at = await page.evaluate((id) => {
      const c = window.chaingraphMap.charts['chain-chart'];
      const node = c.getOption().series[0].data.find((d) => d.id === id);
      return c.convertToPixel({ seriesIndex: 0 }, [node.x, node.y]);
    }, DIAGRAM_GAP);
    const where = await page.$eval('#chain-chart', (el) => { const r = el.getBoundingClientRect(); return { x: r.left, y: r.top }; });
    await page.mouse.click(where.x + at[0] + 40, where.y + at[1]);
    await waitTargets(DIAGRAM_GAP);
    const bms = (await graphql(service.url, TARGETS, { r: REGION, s: DIAGRAM_GAP, n: 20 })).recruitTargets;
    assert.ok(bms.length > 0);
    assertRowsMatch(await tableRows(page), bms);

    // a click in the gap list
    await page.click(`#gap-list [data-gap="${GAP}"]`);
    await waitTargets(GAP);
    const targets = (await graphql(service.url, TARGETS, { r: REGION, s: GAP, n: 20 })).recruitTargets;
    assert.ok(targets.length > 0);
    assert.ok(targets.some((x) => x.company.id === 'semcorp'), '恩捷股份 is a target');
    assertRowsMatch(await tableRows(page), targets);
    assert.match(await page.textContent('#targets-title'), /湿法隔膜/);
    const gaps = (await graphql(service.url, OVERVIEW, { r: REGION })).chainGaps;
    const gap = gaps.find((g) => g.segment.id === GAP);
    assert.equal(await page.$$eval('.reasons li', (li) => li.length), reasonGroups(gap.reasons).length);
    assert.equal(await page.$eval(`#gap-list [data-gap="${GAP}"]`, (b) => b.classList.contains('selected')), true);
    assert.match(page.url(), new RegExp(`segment=${GAP}`));

    // the national map of their nearest sites
    await page.waitForTimeout(800);
    assertDrawn(await painted(page, '#targets-map'), '#targets-map', 0.03);
    const plotted = await page.evaluate(() => window.chaingraphMap.charts['targets-map'].getOption().series.find((s) => s.type === 'scatter').data.map((d) => d.target.company.id));
    assert.deepEqual(plotted, targets.map((x) => x.company.id));

    // the download buttons
    const csvHref = await page.getAttribute('#download-csv', 'href');
    const xlsxHref = await page.getAttribute('#download-xlsx', 'href');
    assert.equal(csvHref, `/api/export/targets?region=${REGION}&segment=${GAP}&format=csv`);
    assert.equal(xlsxHref, `/api/export/targets?region=${REGION}&segment=${GAP}&format=xlsx`);
    const csv = Buffer.from(await (await fetch(service.url + csvHref)).arrayBuffer());
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trim().split(/\r?\n/);
    assert.ok(lines[0].startsWith('排名,企业ID,企业名称'));
    const exported = (await graphql(service.url, TARGETS, { r: REGION, s: GAP, n: 100 })).recruitTargets; // the export's first 100
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[1]), exported.map((x) => x.company.id));
    const xlsx = Buffer.from(await (await fetch(service.url + xlsxHref)).arrayBuffer());
    assert.equal(xlsx.subarray(0, 2).toString('latin1'), 'PK');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(600);
    await page.screenshot({ path: shot('map-screenshot.png'), fullPage: true });
    assert.ok(fs.statSync(shot('map-screenshot.png')).size > 50000);
    assert.deepEqual(consoleErrors, []);
  });

  it("says each reason of a gap once: the direction as its badge, an anchor's segments on one line", { skip, timeout: 120000 }, async () => {
    const { chainGaps } = await graphql(service.url, OVERVIEW, { r: REGION });
    // a gap with an anchor that needs it for several of its segments
    const gap = chainGaps.find((g) => reasonGroups(g.reasons).length < g.reasons.length);
    assert.ok(gap, 'the seed has a gap with an anchor tied through several segments');
    const groups = reasonGroups(gap.reasons);
    await open(`?segment=${gap.segment.id}`);
    await waitTargets(gap.segment.id);
    const name = (x, lang) => (lang === 'en' && x.nameEn ? x.nameEn : x.nameZh);
    const check = async (selector, lang) => {
      const items = await page.$$eval(selector, (lis) => lis.map((li) => {
        const badge = li.querySelector('.dir');
        return { direction: badge.textContent.trim(), text: li.textContent.replace(badge.textContent, '').trim() };
      }));
      assert.equal(items.length, groups.length, `${selector}: one line per direction and anchor: ${items.map((x) => x.text).join(' / ')}`);
      items.forEach((item, i) => {
        const g = groups[i];
        assert.equal(item.direction, { zh: { UPSTREAM: '上游', DOWNSTREAM: '下游' }, en: { UPSTREAM: 'upstream', DOWNSTREAM: 'downstream' } }[lang][g.direction]);
        assert.doesNotMatch(item.text, lang === 'en' ? /upstream|downstream/i : /上游|下游/, `the badge says the direction, the text does not repeat it: ${item.text}`);
        if (g.anchor) assert.equal(times(item.text, name(g.anchor, lang)), 1, `${item.text} names ${name(g.anchor, lang)} once`);
        for (const via of g.vias) assert.equal(times(item.text, name(via, lang)), 1, `${item.text} names ${name(via, lang)} once`);
      });
    };
    await check('.reasons li', 'zh');
    const [first] = await tableRows(page);
    await page.click(`[data-detail="${first.id}"]`);
    await page.waitForSelector(`body[data-brief="${first.id}"]`);
    await check('#brief-doc .brief-reasons li', 'zh');
    await page.click('#brief-close');
    await page.click('[data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await check('.reasons li', 'en');
    await page.click('[data-lang="zh"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    assert.deepEqual(consoleErrors, []);
  });

  it('draws the flows of the selected segment and of the one under the mouse, not all at once', { skip, timeout: 120000 }, async () => {
    await open(`?segment=${GAP}`);
    await waitTargets(GAP);
    await page.waitForTimeout(600);
    const { chain } = await graphql(service.url, OVERVIEW, { r: REGION });
    const leaves = new Set(chain.segments.filter((s) => s.isLeaf).map((s) => s.id));
    const feeds = chain.segments.filter((s) => s.isLeaf).flatMap((s) => s.feeds.filter((f) => leaves.has(f.id) && f.id !== s.id).map((f) => `${s.id}>${f.id}`));
    const key = (f) => `${f.source}>${f.target}`;
    const of = (id) => feeds.filter((f) => f.startsWith(`${id}>`) || f.endsWith(`>${id}`)).sort();
    let flows = await drawnFlows(page);
    assert.deepEqual(flows.map(key).sort(), [...feeds].sort(), 'every FEEDS flow between leaves is in the diagram');
    assert.ok(of(GAP).length > 0 && of(DIAGRAM_GAP).length > 0);
    assert.deepEqual(flows.filter((f) => f.visible).map(key).sort(), of(GAP), 'only the selected segment\'s flows are drawn');

    // the mouse over a box draws its flows; moving away leaves the selected segment's
    const at = await page.evaluate((id) => {
      const c = window.chaingraphMap.charts['chain-chart'];
      const node = c.getOption().series[0].data.find((d) => d.id === id);
      return c.convertToPixel({ seriesIndex: 0 }, [node.x, node.y]);
    }, DIAGRAM_GAP);
    await page.$eval('#chain-chart', (el) => el.scrollIntoView());
    const box = await page.$eval('#chain-chart', (el) => { const r = el.getBoundingClientRect(); return { x: r.left, y: r.top }; });
    await page.mouse.move(box.x + at[0] + 30, box.y + at[1]);
    await page.waitForTimeout(400);
    flows = await drawnFlows(page);
    assert.deepEqual(flows.filter((f) => f.visible).map(key).sort(), of(DIAGRAM_GAP), 'the hovered segment\'s flows are drawn');
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.waitForTimeout(400);
    flows = await drawnFlows(page);
    assert.deepEqual(flows.filter((f) => f.visible).map(key).sort(), of(GAP));
    assert.deepEqual(consoleErrors, []);
  });

  it('says 暂无项目 where the region has no project, instead of empty axes', { skip, timeout: 120000 }, async () => {
    const { regions } = await graphql(service.url, 'query { regions(parentCode: "440000") { code } }');
    let empty = null;
    for (const { code } of regions) {
      const { projectPipeline } = await graphql(service.url, 'query($r: ID!) { projectPipeline(regionCode: $r) { byStatus { count } byCategory { count } } }', { r: code });
      if ([...projectPipeline.byStatus, ...projectPipeline.byCategory].every((b) => b.count === 0)) {
        empty = code;
        break;
      }
    }
    assert.ok(empty, 'the seed has a city of Guangdong without a project');
    const pipeline = () => page.evaluate(() => ['pipeline-status', 'pipeline-category'].map((id) => {
      const o = window.chaingraphMap.charts[id].getOption();
      return { titles: (o.title ?? []).filter((x) => x.show !== false).map((x) => x.text), axes: (o.xAxis ?? []).length + (o.yAxis ?? []).length, series: (o.series ?? []).length };
    }));
    await open(`?region=${empty}`);
    await page.waitForTimeout(500);
    assert.deepEqual(await pipeline(), [{ titles: ['暂无项目'], axes: 0, series: 0 }, { titles: ['暂无项目'], axes: 0, series: 0 }]);
    for (const id of ['pipeline-status', 'pipeline-category']) {
      assert.deepEqual((await drawnTexts(page, id)).texts.map((x) => x.text), ['暂无项目'], `${id} draws the words alone`);
    }
    await page.click('[data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.deepEqual((await pipeline()).map((p) => p.titles), [['No projects'], ['No projects']]);
    await page.click('[data-lang="zh"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    // a region with projects: the bars and both axes again, no words over them
    await page.selectOption('#region-select', REGION);
    await page.waitForFunction((r) => window.chaingraphMap.state.region === r && document.body.dataset.ready === 'true', REGION);
    assert.deepEqual(await pipeline(), [{ titles: [], axes: 3, series: 2 }, { titles: [], axes: 3, series: 2 }]);
    assert.deepEqual(consoleErrors, []);
  });

  it('switches the targets between 新引进, 增资扩产 and 全部 (scope)', { skip, timeout: 120000 }, async () => {
    await page.click(`#gap-list [data-gap="${EXPANSION_GAP}"]`);
    await waitTargets(EXPANSION_GAP);
    const pressed = () => page.$$eval('.scope [data-scope]', (bs) => bs.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.textContent.trim()));
    assert.deepEqual(await pressed(), ['新引进']);
    const byScope = {};
    for (const scope of ['NEW', 'EXPANSION', 'ALL']) {
      byScope[scope] = (await graphql(service.url, TARGETS, { r: REGION, s: EXPANSION_GAP, n: 20, scope })).recruitTargets;
    }
    assertRowsMatch(await tableRows(page), byScope.NEW);
    assert.ok(byScope.EXPANSION.length > 0 && byScope.EXPANSION.every((x) => x.groupLocal), 'the seed has an expansion target');
    assert.ok(byScope.NEW.every((x) => !x.groupLocal));

    for (const [scope, label] of [['EXPANSION', '增资扩产'], ['ALL', '全部']]) {
      await page.click(`.scope [data-scope="${scope}"]`);
      await waitTargets(EXPANSION_GAP, scope);
      assert.deepEqual(await pressed(), [label]);
      assertRowsMatch(await tableRows(page), byScope[scope]);
      assert.match(page.url(), new RegExp(`scope=${scope.toLowerCase()}`));
      const href = await page.getAttribute('#download-csv', 'href');
      assert.equal(href, `/api/export/targets?region=${REGION}&segment=${EXPANSION_GAP}&format=csv&scope=${scope.toLowerCase()}`);
      const csv = (await (await fetch(service.url + href)).text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      // the export holds up to 100 rows (the list 20)
      const all = (await graphql(service.url, TARGETS, { r: REGION, s: EXPANSION_GAP, n: 100, scope })).recruitTargets;
      assert.deepEqual(csv.slice(1).map((l) => l.split(',')[1]), all.map((x) => x.company.id), `the ${scope} export`);
    }
    assert.equal(await page.textContent('#targets-table tr[data-company-id="catl"] [data-field="groupLocal"]'), '增资扩产');
    await page.click('.scope [data-scope="NEW"]');
    await waitTargets(EXPANSION_GAP, 'NEW');
    assert.doesNotMatch(page.url(), /scope=/);
    assert.deepEqual(consoleErrors, []);
  });

  it("opens a target's detail by keyboard: scale, ties with confidence and source, sites, projects in other regions", { skip, timeout: 120000 }, async () => {
    await open(`?segment=${GAP}`);
    await waitTargets(GAP);
    const target = (await graphql(service.url, TARGETS, { r: REGION, s: GAP, n: 20 })).recruitTargets.find((x) => x.company.id === 'semcorp');
    const { company } = await graphql(service.url, COMPANY, { id: 'semcorp' });
    await page.focus('[data-detail="semcorp"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-brief="semcorp"]');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'brief-close', 'the focus moves into the detail');
    assert.match(page.url(), /target=semcorp/);
    const field = (name) => page.textContent(`#brief-doc [data-field="${name}"]`).then((x) => x.trim());
    assert.equal(await page.textContent('#brief-title').then((x) => x.trim().split(' ')[0]), company.nameZh);
    // issue 19: the scale the researcher adds, and 未披露 (never 0) where it is not known
    assert.equal(await field('stockCode'), '002812.SZ');
    assert.equal(await field('founded'), '2006年');
    assert.equal(company.employees, null);
    assert.equal(await field('employees'), '未披露');
    assert.equal(await field('revenueYuan'), '120.42 亿元');
    assert.equal(await page.getAttribute('#brief-doc [data-field="website"] a', 'href'), 'https://www.semcorp.com');
    assert.equal(await field('source'), 'browser test: scale figures');
    // score components, as recruitTargets gives them
    assert.equal(await field('score'), target.score.toFixed(3));
    assert.equal(await field('anchorTies'), String(target.anchorTies));
    assert.equal(await field('tieStrength'), target.tieStrength.toFixed(1));
    assert.equal(await field('credentials'), String(target.credentials));
    assert.equal(await field('distanceKm'), target.distanceKm.toFixed(1));
    assert.equal(await field('inPipeline'), target.inPipeline ? '是' : '否', '储备项目 is 是 or 否, never blank');
    // ties: the supply rows to the tied anchors' groups, with their confidence and source
    const tied = new Set(target.suppliesAnchors.map(groupOf));
    const expectedTies = company.supplies.filter((s) => tied.has(groupOf(s.customer)));
    assert.ok(expectedTies.length > 0);
    const ties = await page.$$eval('#brief-doc .ties-table tbody tr', (rows) => rows.map((tr) => ({
      confidence: tr.dataset.confidence, cells: [...tr.cells].map((td) => td.textContent.trim()),
    })));
    assert.deepEqual(ties.map((r) => [r.cells[2], r.confidence, r.cells[5]]), expectedTies.map((s) => [s.customer.nameZh, s.confidence, s.source ?? '']));
    assert.ok(ties.every((r) => ['已核实', '报道', '未核实'].includes(r.cells[4])));
    // sites with capacity and start date
    const sites = await page.$$eval('#brief-doc .sites-table tbody tr', (rows) => rows.map((tr) => ({
      id: tr.dataset.siteId, nearest: tr.classList.contains('nearest'),
      capacity: tr.querySelector('[data-field="capacity"]').textContent.trim(), since: tr.querySelector('[data-field="since"]').textContent.trim(),
    })));
    assert.deepEqual(sites.map((s) => s.id), company.sites.map((s) => s.id));
    sites.forEach((s, i) => {
      assert.equal(s.capacity, company.sites[i].capacity ?? '未披露');
      assert.equal(s.since, company.sites[i].since ?? '未披露');
      assert.equal(s.nearest, s.id === target.nearestSite.id);
    });
    assert.deepEqual(sites.find((s) => s.id === 'semcorp-zhuhai'), { id: 'semcorp-zhuhai', nearest: true, capacity: '16亿平方米/年', since: '2021-06-30' });
    // projects in other regions: a deal won elsewhere and one dropped
    const elsewhere = await page.$$eval('#brief-doc .projects-table[data-where="elsewhere"] tbody tr', (rows) => rows.map((tr) => ({
      id: tr.dataset.projectId, status: tr.dataset.status, text: tr.textContent.replace(/\s+/g, ' ').trim(),
    })));
    assert.deepEqual(elsewhere.map((p) => p.id).sort(), company.projects.filter((p) => !p.region.code.startsWith('4412')).map((p) => p.id).sort());
    assert.match(elsewhere.find((p) => p.id === 'test-semcorp-huizhou').text, /终止.*已终止.*30\.00 亿元/);
    assert.match(elsewhere.find((p) => p.id === 'test-semcorp-jiangmen').text, /签约.*落地他处.*50\.00 亿元/);

    await page.waitForTimeout(300);
    // the whole sheet in one picture: a viewport as tall as the sheet
    const tall = await page.$eval('.brief-sheet', (el) => Math.min(3000, el.scrollHeight + 60));
    await page.setViewportSize({ width: 1440, height: tall });
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('map-target.png') });
    await page.setViewportSize({ width: 1440, height: 900 });

    // Tab stays inside the detail; Escape closes it and gives the focus back
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => document.getElementById('brief').contains(document.activeElement)), 'the focus stays in the detail');
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('#brief', { state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.dataset.detail), 'semcorp');
    assert.doesNotMatch(page.url(), /target=/);

    // a company without any scale figure: 未披露 everywhere, never 0
    const other = (await graphql(service.url, COMPANY, { id: 'sinoma-lithium' })).company;
    assert.equal(other.stockCode ?? other.founded ?? other.employees ?? other.revenueYuan ?? other.website, null, 'sinoma-lithium has no scale figures in the test store');
    await page.click('[data-detail="sinoma-lithium"]');
    await page.waitForSelector('body[data-brief="sinoma-lithium"]');
    for (const name of ['stockCode', 'founded', 'employees', 'revenueYuan', 'website']) {
      assert.equal(await field(name), '未披露', name);
    }
    await page.click('#brief-close');
    await page.waitForSelector('#brief', { state: 'hidden' });
    assert.deepEqual(consoleErrors, []);
  });

  it('prints the brief (招商简报) on A4: the PDF read back with pdftotext', { skip: skipPrint, timeout: 120000 }, async () => {
    await open(`?segment=${GAP}&target=semcorp`);
    await page.waitForSelector('body[data-brief="semcorp"]');
    const target = (await graphql(service.url, TARGETS, { r: REGION, s: GAP, n: 20 })).recruitTargets.find((x) => x.company.id === 'semcorp');
    const { company } = await graphql(service.url, COMPANY, { id: 'semcorp' });
    const { chainGaps } = await graphql(service.url, OVERVIEW, { r: REGION });
    const gap = chainGaps.find((g) => g.segment.id === GAP);
    const tied = new Set(target.suppliesAnchors.map(groupOf));
    const tie = company.supplies.find((x) => tied.has(groupOf(x.customer)));
    const confidence = { VERIFIED: '已核实', REPORTED: '报道', UNVERIFIED: '未核实' }[tie.confidence];
    const pdf = path.join(ARTIFACTS, 'map-brief.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/, info);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
    assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      '招商简报', '肇庆市', '湿法隔膜', company.nameZh, '002812.SZ', '2006', '120.42 亿元', '员工人数', '未披露',
      '为何招引', gap.reasons.find((r) => r.anchor).anchor.nameZh, '与本地链主的供货关联', tie.customer.nameZh, confidence, '得分构成', target.score.toFixed(3), target.tieStrength.toFixed(1),
      target.distanceKm.toFixed(1), '高新技术企业', '站点', '16亿平方米/年', '2021-06-30', '恩捷股份江门隔膜项目（测试）', '已终止', '落地他处',
    ]) {
      assert.ok(flat.includes(expected), `the printed brief says ${expected}:\n${text}`);
    }
    for (const site of company.sites) assert.ok(flat.includes(site.nameZh), `the printed brief lists ${site.nameZh}`);
    for (const absent of ['空间分布', '项目储备', '缺口环节', '打印简报', '关闭']) {
      assert.ok(!flat.includes(absent), `the printed brief is the brief alone, without ${absent}`);
    }
    await page.click('#brief-close');
  });

  it('simulates recruiting the ticked targets (模拟招引) and highlights the changes on the chain diagram', { skip, timeout: 120000 }, async () => {
    await open(`?segment=${GAP}`);
    await waitTargets(GAP);
    assert.match(await page.textContent('#whatif'), /勾选/);
    const check = async (ids) => {
      await page.waitForSelector(`body[data-sim="${ids.join(',')}"]`, { timeout: 30000 });
      const s = (await graphql(service.url, SIMULATE, { ids })).simulateRecruitment;
      assert.equal((await page.textContent('#sim-gaps')).trim(), `${s.gapsBefore} → ${s.gapsAfter}`);
      const listed = (id) => page.$$eval(`#${id} [data-segment]`, (xs) => xs.map((x) => x.dataset.segment));
      assert.deepEqual(await listed('sim-closed'), s.closedGaps.map((g) => g.segment.id));
      assert.deepEqual(await listed('sim-changed'), s.changedGaps.map((g) => g.segment.id));
      assert.deepEqual(await listed('sim-new'), s.newGaps.map((g) => g.segment.id));
      assert.deepEqual(await listed('sim-coverage'), s.coverageChanges.map((c) => c.segment.id));
      const rows = await page.$$eval('#sim-coverage tbody tr', (trs) => trs.map((tr) => tr.cells[1].textContent.trim()));
      assert.deepEqual(rows, s.coverageChanges.map((c) => `${c.countBefore} → ${c.countAfter}`));
      const labels = await chainLabels();
      for (const g of s.closedGaps) assert.ok(labels[g.segment.id].startsWith('{sim_closed|'), `${g.segment.id} marked closed: ${labels[g.segment.id]}`);
      for (const g of s.changedGaps) assert.ok(labels[g.segment.id].startsWith('{sim_changed|'), `${g.segment.id} marked changed`);
      for (const g of s.newGaps) assert.ok(labels[g.segment.id].startsWith('{sim_new|'), `${g.segment.id} marked new`);
      const gapIds = new Set([...s.closedGaps, ...s.changedGaps, ...s.newGaps].map((g) => g.segment.id));
      for (const c of s.coverageChanges.filter((x) => x.segment.isLeaf && !gapIds.has(x.segment.id))) {
        assert.ok(labels[c.segment.id].startsWith('{sim_coverage|'), `${c.segment.id} marked as more coverage`);
      }
      const marked = Object.entries(labels).filter(([, l]) => l.startsWith('{sim_')).map(([id]) => id).sort();
      assert.deepEqual(marked, [...new Set([...gapIds, ...s.coverageChanges.filter((x) => x.segment.isLeaf).map((c) => c.segment.id)])].sort());
      assert.match(page.url(), new RegExp(`sim=${ids.join(',')}(&|$)`));
      return s;
    };
    await page.click('input[data-sim="semcorp"]');
    const one = await check(['semcorp']);
    assert.ok(one.changedGaps.some((g) => g.segment.id === GAP && g.kindBefore === 'FILL' && g.kindAfter === 'STRENGTHEN'), 'one separator maker makes the gap weak');
    await page.click('input[data-sim="sinoma-lithium"]');
    const two = await check(['semcorp', 'sinoma-lithium']);
    assert.ok(two.closedGaps.some((g) => g.segment.id === GAP), 'two close it');
    assert.deepEqual(await page.$$eval('[data-sim-chip]', (xs) => xs.map((x) => x.dataset.simChip)), ['semcorp', 'sinoma-lithium']);
    await page.$eval('#chain-chart', (el) => el.scrollIntoView());
    await page.waitForTimeout(600);
    await page.screenshot({ path: shot('map-whatif.png'), clip: await page.$eval('#chain-chart', (el) => {
      const top = el.closest('.card').getBoundingClientRect().top + window.scrollY;
      const bottom = document.getElementById('whatif').getBoundingClientRect().bottom + window.scrollY;
      return { x: 0, y: top - 8, width: document.documentElement.clientWidth, height: bottom - top + 16 };
    }), fullPage: true });

    // a chip's × takes a company out; 清空 clears the selection and the marks
    await page.click('[data-sim-remove="semcorp"]');
    await check(['sinoma-lithium']);
    assert.equal(await page.isChecked('input[data-sim="semcorp"]'), false);
    await page.click('#sim-clear');
    await page.waitForFunction(() => window.chaingraphMap.state.sim.length === 0 && window.chaingraphMap.state.simulation === null);
    await page.waitForTimeout(200);
    assert.ok(Object.values(await chainLabels()).every((l) => !l.startsWith('{sim_')));
    assert.doesNotMatch(page.url(), /sim=/);

    // a link may name companies that are in no list on screen: their names come from the API
    await open('?sim=catl');
    await page.waitForSelector('body[data-sim="catl"]', { timeout: 30000 });
    assert.match(await page.textContent('[data-sim-chip="catl"]'), /宁德时代/);
    assert.deepEqual(consoleErrors, []);
  });

  it('compares 肇庆 with the Greater Bay Area (区域对比) as a heatmap of the location quotient, sortable by a region', { skip, timeout: 120000 }, async () => {
    await open();
    const present = [];
    for (const code of GBA) if ((await graphql(service.url, 'query($r: ID!) { region(code: $r) { code } }', { r: code })).region) present.push(code);
    const defaults = [REGION, ...present];
    await page.click('[data-view-button="compare"]');
    await page.waitForSelector(`body[data-compare="${defaults.join(',')}"]`, { timeout: 30000 });
    assert.match(page.url(), /view=compare/);
    assert.equal(await page.isVisible('#chain-chart'), false, 'the chain view is hidden');
    assert.deepEqual(await page.$$eval('[data-region-chip]', (xs) => xs.map((x) => x.dataset.regionChip)), defaults);
    await page.waitForTimeout(300);
    assertDrawn(await painted(page, '#compare-chart'), '#compare-chart', 0.1);

    const rows = (await graphql(service.url, COMPARE, { codes: defaults })).compareRegions;
    const leaves = rows.filter((r) => r.segment.isLeaf);
    const heat = () => page.evaluate(() => {
      const o = window.chaingraphMap.charts['compare-chart'].getOption();
      return { x: o.xAxis[0].data, y: o.yAxis[0].data, data: o.series[0].data.map((d) => ({ value: d.value, cell: d.cell, segment: d.segment.id })) };
    });
    let shown = await heat();
    assert.deepEqual(shown.x, defaults);
    assert.deepEqual([...shown.y].sort(), leaves.map((r) => r.segment.id).sort());
    assert.equal(shown.data.length, leaves.length * defaults.length);
    for (const row of leaves) {
      row.cells.forEach((cell, xi) => {
        const item = shown.data.find((d) => d.segment === row.segment.id && d.value[0] === xi);
        assert.equal(item.value[1], shown.y.indexOf(row.segment.id));
        assert.equal(item.cell.locationQuotient, cell.locationQuotient, `${row.segment.id} ${cell.region.code} LQ`);
        assert.equal(item.value[2], cell.locationQuotient === null ? -1 : cell.locationQuotient);
        assert.equal(item.cell.status, cell.status);
        assert.equal(item.cell.localCompanyCount, cell.localCompanyCount);
      });
    }
    assert.equal(await page.$$eval('#compare-table tbody tr', (trs) => trs.length), leaves.length);

    // the tooltip: location quotient, status and count
    const row = leaves.find((r) => r.cells[0].localCompanyCount > 0 && r.cells[0].locationQuotient !== null);
    const index = shown.data.findIndex((d) => d.segment === row.segment.id && d.value[0] === 0);
    await page.evaluate((i) => window.chaingraphMap.charts['compare-chart'].dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: i }), index);
    await page.waitForTimeout(300);
    const tip = await page.$eval('#compare-chart', (el) => el.innerText);
    const statusZh = { STRONG: '较强', WEAK: '薄弱', MISSING: '缺失' };
    for (const expected of [row.segment.nameZh, '肇庆市', `区位熵: ${row.cells[0].locationQuotient.toFixed(2)}`, `覆盖: ${statusZh[row.cells[0].status]}`, `本地企业 ${row.cells[0].localCompanyCount}`]) {
      assert.ok(tip.includes(expected), `the tooltip says ${expected}: ${tip}`);
    }

    // sorted by 惠州's LQ, high to low (undefined last)
    const sortBy = present.includes('441300') ? '441300' : defaults[1];
    await page.selectOption('#compare-sort', sortBy);
    await page.waitForFunction((code) => window.chaingraphMap.state.compareSort === code, sortBy);
    shown = await heat();
    const column = defaults.indexOf(sortBy);
    const lqs = shown.y.map((id) => leaves.find((r) => r.segment.id === id).cells[column].locationQuotient);
    for (let i = 1; i < lqs.length; i++) {
      assert.ok(lqs[i - 1] === null ? lqs[i] === null : lqs[i] === null || lqs[i - 1] >= lqs[i], `sorted by ${sortBy}: ${lqs.join(' ')}`);
    }
    assert.match(page.url(), new RegExp(`sort=${sortBy}`));
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('map-compare.png'), fullPage: true });

    // a click on a region's name sorts by it. The full-page screenshot above resizes the page for a moment and the
    // chart lays itself out again after it: the label's place is measured again and the click repeated (at most three
    // times) when the first one landed during that layout
    for (let attempt = 1; ; attempt++) {
      const label = await page.evaluate(() => {
        const c = window.chaingraphMap.charts['compare-chart'];
        const x = c.convertToPixel({ xAxisIndex: 0 }, 0);
        const top = c.getModel().getComponent('grid').coordinateSystem.getRect().y;
        return { x, y: top - 12 };
      });
      const box = await page.$eval('#compare-chart', (el) => { const r = el.getBoundingClientRect(); return { x: r.left, y: r.top }; });
      await page.mouse.click(box.x + label.x, box.y + label.y);
      try {
        await page.waitForFunction((code) => window.chaingraphMap.state.compareSort === code, REGION, { timeout: 5000 });
        break;
      } catch (e) {
        if (attempt === 3) throw e;
        await page.waitForTimeout(500);
      }
    }

    // 2 to 10 regions: remove, add from the list, add a typed code, an unknown code, the default set again
    await page.click('[data-compare-remove="440700"]');
    const without = defaults.filter((c) => c !== '440700');
    await page.waitForSelector(`body[data-compare="${without.join(',')}"]`);
    assert.match(page.url(), new RegExp(`cmp=${without.join(',')}`));
    await page.selectOption('#compare-add', '440700');
    await page.waitForSelector(`body[data-compare="${[...without, '440700'].join(',')}"]`);
    await page.fill('#compare-code', '440000');
    await page.click('#compare-code-form button');
    await page.waitForSelector(`body[data-compare="${[...without, '440700', '440000'].join(',')}"]`);
    await page.fill('#compare-code', '449999');
    await page.click('#compare-code-form button');
    await page.waitForSelector('#error:not([hidden])');
    assert.match(await page.textContent('#error'), /NOT_FOUND/);
    assert.equal(await page.$$eval('[data-region-chip]', (xs) => xs.length), defaults.length + 1);
    while ((await page.$$('[data-region-chip]')).length > 2) {
      const codes = await page.$$eval('[data-region-chip]', (xs) => xs.map((x) => x.dataset.regionChip));
      await page.click(`[data-compare-remove="${codes[codes.length - 1]}"]`);
      await page.waitForSelector(`body[data-compare="${codes.slice(0, -1).join(',')}"]`);
    }
    assert.ok(await page.$$eval('[data-compare-remove]', (bs) => bs.every((b) => b.disabled)), 'two regions stay');
    await page.click('#compare-reset');
    await page.waitForSelector(`body[data-compare="${defaults.join(',')}"]`);
    assert.doesNotMatch(page.url(), /cmp=/);

    // parent segments on request
    await page.check('#compare-parents');
    await page.waitForFunction(() => window.chaingraphMap.state.compareParents);
    shown = await heat();
    assert.equal(shown.y.length, rows.length);
    await page.uncheck('#compare-parents');
    await page.click('[data-view-button="chain"]');
    await page.waitForSelector('#chain-chart', { state: 'visible' });
    assert.deepEqual(consoleErrors, []);
  });

  it('opens the same view from a shared link (deep-link round trip)', { skip, timeout: 180000 }, async () => {
    await open();
    // comparison: a chosen set, sorted by 深圳
    await page.click('[data-view-button="compare"]');
    await page.waitForFunction(() => document.body.dataset.compare);
    for (const code of ['440700', '440400']) {
      const before = await page.$$eval('[data-region-chip]', (xs) => xs.map((x) => x.dataset.regionChip));
      await page.click(`[data-compare-remove="${code}"]`);
      await page.waitForSelector(`body[data-compare="${before.filter((c) => c !== code).join(',')}"]`);
    }
    await page.selectOption('#compare-sort', '440300');
    await page.click('[data-view-button="chain"]');
    // chain view: a gap, the ALL scope, two what-if companies, a target's detail
    await page.click(`#gap-list [data-gap="${GAP}"]`);
    await waitTargets(GAP);
    await page.click('.scope [data-scope="ALL"]');
    await waitTargets(GAP, 'ALL');
    await page.click('input[data-sim="semcorp"]');
    await page.waitForSelector('body[data-sim="semcorp"]');
    await page.click('input[data-sim="senior"]');
    await page.waitForSelector('body[data-sim="semcorp,senior"]');
    await page.click('[data-detail="sinoma-lithium"]');
    await page.waitForSelector('body[data-brief="sinoma-lithium"]');
    const link = page.url();
    const query = new URL(link).searchParams;
    assert.equal(query.get('region'), REGION);
    assert.equal(query.get('chain'), 'energy-storage');
    assert.equal(query.get('segment'), GAP);
    assert.equal(query.get('scope'), 'all');
    assert.equal(query.get('sim'), 'semcorp,senior');
    assert.equal(query.get('target'), 'sinoma-lithium');
    assert.equal(query.get('sort'), '440300');
    const cmp = query.get('cmp').split(',');
    assert.ok(!cmp.includes('440700') && !cmp.includes('440400') && cmp[0] === REGION);
    const state = () => page.evaluate(() => {
      const s = window.chaingraphMap.state;
      return { region: s.region, chain: s.chain, segment: s.segment, scope: s.scope, view: s.view, compare: s.compare, compareSort: s.compareSort, sim: s.sim, target: s.target, lang: s.lang };
    });
    const sent = await state();
    const targets = await tableRows(page);
    const whatIf = await page.textContent('#whatif-body');
    const brief = await page.textContent('#brief-doc');

    // the link, opened in a new tab
    const other = await context.newPage();
    await other.goto(link);
    await ready(other);
    await other.waitForSelector('body[data-brief="sinoma-lithium"]', { timeout: 30000 });
    await other.waitForSelector('body[data-sim="semcorp,senior"]', { timeout: 30000 });
    assert.equal(other.url(), link, 'the page keeps the link as it was sent');
    const got = await other.evaluate(() => {
      const s = window.chaingraphMap.state;
      return { region: s.region, chain: s.chain, segment: s.segment, scope: s.scope, view: s.view, compare: s.compare, compareSort: s.compareSort, sim: s.sim, target: s.target, lang: s.lang };
    });
    assert.deepEqual(got, sent);
    assert.deepEqual(await tableRows(other), targets);
    assert.equal(await other.$eval(`#gap-list [data-gap="${GAP}"]`, (b) => b.classList.contains('selected')), true);
    assert.deepEqual(await other.$$eval('.scope [aria-pressed="true"]', (bs) => bs.map((b) => b.dataset.scope)), ['ALL']);
    assert.equal(await other.textContent('#whatif-body'), whatIf);
    assert.equal((await other.textContent('#brief-doc')).replace(/生成日期 \S+/, ''), brief.replace(/生成日期 \S+/, ''));
    const labels = await chainLabels(other);
    assert.ok(Object.values(labels).some((l) => l.startsWith('{sim_')), 'the what-if marks are on the diagram');
    await other.click('#brief-close');
    await other.click('[data-view-button="compare"]');
    await other.waitForSelector(`body[data-compare="${cmp.join(',')}"]`, { timeout: 30000 });
    assert.equal(await other.$eval('#compare-sort', (s) => s.value), '440300');
    const x = await other.evaluate(() => window.chaingraphMap.charts['compare-chart'].getOption().xAxis[0].data);
    assert.deepEqual(x, cmp);
    await other.close();
    await page.click('#brief-close');
    assert.deepEqual(consoleErrors, []);
  });

  it('switches the labels between 中文 and English', { skip, timeout: 120000 }, async () => {
    await open(`?segment=${GAP}&sim=semcorp`);
    await waitTargets(GAP);
    await page.waitForSelector('body[data-sim="semcorp"]');
    const targets = (await graphql(service.url, TARGETS, { r: REGION, s: GAP, n: 20 })).recruitTargets;
    const { chainGaps } = await graphql(service.url, OVERVIEW, { r: REGION });
    const gap = chainGaps.find((g) => g.segment.id === GAP);
    await page.click('[data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.textContent('h1'), 'Investment-promotion map');
    assert.match(await page.textContent('#gap-list'), /Fill/);
    assert.match(await page.textContent(`#gap-list [data-gap="${GAP}"]`), /Declared priority/);
    assert.match(await page.textContent('#gap-list'), /Under construction/);
    assert.equal((await page.textContent(`#gap-list [data-gap="${GAP}"] .name`)).trim(), gap.segment.nameEn);
    assert.match(await page.textContent('#targets-table thead'), /Company/);
    assert.match(await page.textContent('#targets-table thead'), /Tie strength/);
    assert.deepEqual(await page.$$eval('.scope [data-scope]', (bs) => bs.map((b) => b.textContent.trim())), ['New investors', 'Expansion', 'All']);
    assert.match(await page.textContent('#whatif'), /What-if recruitment/);
    assertRowsMatch(await tableRows(page), targets, 'en');
    const label = (await chainLabels())[GAP];
    assert.ok(label.endsWith(gap.segment.nameEn), label);
    assert.match(page.url(), /lang=en/);
    await page.click('[data-detail="semcorp"]');
    await page.waitForSelector('body[data-brief="semcorp"]');
    assert.match(await page.textContent('#brief-doc'), /Recruitment brief/);
    assert.equal((await page.textContent('#brief-doc [data-field="employees"]')).trim(), 'not disclosed');
    assert.equal(await page.textContent('#brief-print'), 'Print brief');
    await page.keyboard.press('Escape');
    await page.click('[data-view-button="compare"]');
    await page.waitForFunction(() => document.body.dataset.compare);
    assert.match(await page.textContent('#compare'), /Region comparison/);
    const x = await page.evaluate(() => {
      const c = window.chaingraphMap.charts['compare-chart'];
      const o = c.getOption();
      return o.xAxis[0].data.map((code) => o.xAxis[0].axisLabel.formatter(code));
    });
    assert.ok(x.some((l) => l.includes('Zhaoqing')), x.join());
    await page.click('[data-view-button="chain"]');

    await page.click('[data-lang="zh"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    assert.equal(await page.textContent('h1'), '招商地图');
    assert.equal((await page.textContent(`#gap-list [data-gap="${GAP}"] .name`)).trim(), gap.segment.nameZh);
    assert.match(await page.textContent('#targets-table thead'), /企业/);
    assert.deepEqual(consoleErrors, []);
  });

  it('is readable at 1366×768, 1440 and 1920 wide in 中文 and English (one header bar, no label cut off) and every flow is reachable by keyboard', { skip, timeout: 300000 }, async () => {
    for (const [lang, width, height] of [['zh', 1366, 768], ['zh', 1440, 900], ['zh', 1920, 1080], ['en', 1366, 768], ['en', 1440, 900], ['en', 1920, 1080]]) {
      await page.setViewportSize({ width, height });
      const where = `${lang} ${width}`;
      for (const view of ['', '&view=compare']) {
        const link = `?segment=${GAP}&sim=semcorp${view}${lang === 'en' ? '&lang=en' : ''}`;
        await open(link);
        try {
          await page.waitForSelector('body[data-sim="semcorp"]', { timeout: 30000 });
        } catch {
          // Seen once in many runs: the simulation of a deep link did not finish; opening the link again shows it.
          // The layout checked below does not depend on that race, which is noted for the page's own follow-up.
          await open(link);
          await page.waitForSelector('body[data-sim="semcorp"]', { timeout: 60000 });
        }
        if (view) await page.waitForFunction(() => document.body.dataset.compare);
        await page.waitForTimeout(700);
        const layout = await page.evaluate(() => {
          const small = [...document.querySelectorAll('main *, header *')].filter((el) => {
            if (!el.childNodes.length || ![...el.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim())) return false;
            const style = getComputedStyle(el);
            return style.display !== 'none' && el.getClientRects().length && parseFloat(style.fontSize) < 11;
          }).map((el) => `${el.tagName}.${el.className}: ${getComputedStyle(el).fontSize}`);
          const wraps = [...document.querySelectorAll('.table-wrap')].filter((w) => w.getClientRects().length && w.scrollWidth > w.clientWidth + 1).map((w) => w.parentElement.id || w.className);
          // the header is one bar: every part of it starts above the bottom of the shortest one
          const parts = [...document.querySelector('header').children].filter((el) => el.getClientRects().length).map((el) => el.getBoundingClientRect());
          const rowBottom = Math.min(...parts.map((r) => r.bottom));
          const context = document.createElement('canvas').getContext('2d');
          const placeholders = [...document.querySelectorAll('header input[placeholder], main input[placeholder]')].filter((el) => el.getClientRects().length).filter((el) => {
            const style = getComputedStyle(el);
            context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            return context.measureText(el.placeholder).width > el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          }).map((el) => `#${el.id}: ${el.placeholder}`);
          return {
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            header: document.querySelector('header').getBoundingClientRect().height,
            rows: parts.filter((r) => r.top >= rowBottom).length + 1,
            small, wraps, placeholders,
          };
        });
        assert.ok(layout.overflow <= 0, `${where}: the page scrolls sideways by ${layout.overflow}px`);
        assert.equal(layout.rows, 1, `${where}: the header wraps onto ${layout.rows} rows`);
        assert.ok(layout.header <= 64, `${where}: the header is ${layout.header}px tall`);
        assert.deepEqual(layout.small, [], `${where}: text below 11px`);
        assert.deepEqual(layout.wraps, [], `${where}: tables wider than their box`);
        assert.deepEqual(layout.placeholders, [], `${where}: placeholders cut off`);
        // issue 15: no label of a diagram or a map is cut off, and the diagram's boxes (wrapped names) do not overlap
        for (const id of view ? ['compare-chart'] : ['chain-chart', 'region-map', 'province-map', 'targets-map', 'pipeline-status', 'pipeline-category']) {
          await assertTextsWhole(page, id, where);
        }
        if (!view) {
          const boxes = await page.evaluate(() => {
            const data = window.chaingraphMap.charts['chain-chart'].getModel().getSeriesByIndex(0).getData();
            const list = [];
            data.each((i) => {
              const label = data.getItemGraphicEl(i).childAt(0).getTextContent();
              if (!label || data.getItemModel(i).get('header')) return;
              const r = label.getBoundingRect().clone();
              r.applyTransform(label.getComputedTransform());
              list.push({ id: data.getId(i), x: r.x, y: r.y, width: r.width, height: r.height });
            });
            return list;
          });
          assert.ok(boxes.length > 40, `${where}: ${boxes.length} boxes`);
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) assert.ok(!intersect(a, b, 0.5), `${where}: the boxes of ${a.id} and ${b.id} overlap`);
          }
          assertTargetLabelsClear(await targetsMapDrawn(page), where);
        }
      }
      await page.screenshot({ path: path.join(ARTIFACTS, `map-compare-${lang}-${width}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 768 });

    // keyboard only: a gap, the scope, a what-if tick, a target's detail, the comparison view
    await open();
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await tabTo(page, `#gap-list [data-gap="${DIAGRAM_GAP}"]`);
    await page.keyboard.press('Enter');
    await waitTargets(DIAGRAM_GAP);
    await tabTo(page, '.scope [data-scope="ALL"]');
    await page.keyboard.press('Enter');
    await waitTargets(DIAGRAM_GAP, 'ALL');
    const first = (await tableRows(page))[0].id;
    await tabTo(page, `input[data-sim="${first}"]`);
    await page.keyboard.press('Space');
    await page.waitForSelector(`body[data-sim="${first}"]`);
    await tabTo(page, `[data-detail="${first}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`body[data-brief="${first}"]`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#brief', { state: 'hidden' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await tabTo(page, '[data-view-button="compare"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.dataset.compare);
    await tabTo(page, '[data-compare-remove]');
    await tabTo(page, '#compare-sort');
    await page.click('[data-view-button="chain"]');
    await page.setViewportSize({ width: 1440, height: 900 });
    assert.deepEqual(consoleErrors, []);
  });

  it('loads a district chosen in the region select and reports a typed unknown code', { skip, timeout: 120000 }, async () => {
    await open();
    await page.selectOption('#region-select', '441202');
    await page.waitForFunction(() => window.chaingraphMap.state.region === '441202' && document.body.dataset.ready === 'true');
    assert.match(await page.textContent('.kpi.place'), /端州区/);
    const { chainGaps } = await graphql(service.url, OVERVIEW, { r: '441202' });
    assert.equal(await page.$$eval('#gap-list [data-gap]', (items) => items.length), chainGaps.length);
    const view = await page.evaluate(() => {
      const geo = window.chaingraphMap.charts['region-map'].getOption().geo[0];
      return { map: geo.map, highlighted: geo.regions.filter((r) => r.itemStyle && r.itemStyle.borderWidth === 2).map((r) => r.name) };
    });
    assert.deepEqual(view, { map: 'cg-441200', highlighted: ['端州区'] });
    await page.waitForTimeout(500);
    assertDrawn(await painted(page, '#region-map'), '#region-map', 0.05);

    await page.fill('#region-code', '449999');
    await page.click('#controls button[type=submit]');
    await page.waitForSelector('#error:not([hidden])');
    assert.match(await page.textContent('#error'), /NOT_FOUND/);
    assert.equal(await page.$eval('#region-select', (s) => s.value), '441202');
  });

  it('sent nothing beyond 127.0.0.1 and logged no error all along', { skip }, () => {
    assert.deepEqual(external, []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(failed, []);
  });
});

describe('the page on a service that needs a key for reads', () => {
  const KEY = 'map-reader-key';
  let service;
  let context;
  let userDataDir;

  before(async () => {
    if (skip) return;
    service = await startService({
      ChainGraph__Security__RequireKeyForReads: 'true',
      ChainGraph__Security__ApiKeys__0__Name: 'map-ui',
      ChainGraph__Security__ApiKeys__0__Sha256: crypto.createHash('sha256').update(KEY).digest('hex'),
      ChainGraph__Security__ApiKeys__0__Role: 'Reader',
    });
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingraph-chromium-'));
    context = await playwright.chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1440, height: 900 }, locale: 'zh-CN',
    });
  });

  after(async () => {
    if (context) await context.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    if (service) await service.stop();
  });

  it('asks for the key once and then reads with it', { skip, timeout: 120000 }, async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    const prompts = [];
    page.on('dialog', (dialog) => { prompts.push(dialog.message()); dialog.accept(KEY); });
    const keyed = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.headers()['x-api-key'] === KEY) keyed.push(request.url());
    });
    await page.goto(`${service.url}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
    assert.match(await page.textContent('.kpi.place'), /肇庆市/);
    assert.equal(prompts.length, 1, 'the page asks for the key once');
    assert.ok(keyed.length > 0, 'GraphQL requests carry the key');
  });
});
