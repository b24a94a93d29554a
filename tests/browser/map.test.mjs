// Browser tests of the 招商地图 page: the real service, Debian's chromium through playwright-core.
// Run from the repository root after the Release build: bash tests/browser/setup.sh && node --test tests/browser/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphql, repoRoot, startService } from './service.mjs';

const CHROMIUM = process.env.CHAINGRAPH_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// Every run keeps a screenshot under artifacts/; CHAINGRAPH_UPDATE_SCREENSHOT=1 refreshes the one in docs/.
const SCREENSHOT = process.env.CHAINGRAPH_UPDATE_SCREENSHOT === '1'
  ? path.join(repoRoot, 'docs', 'map-screenshot.png')
  : path.join(repoRoot, 'artifacts', 'map-screenshot.png');
const REGION = '441200';
const GAP = 'es-wet-separator';
const DIAGRAM_GAP = 'es-bms';

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

const TARGETS = `query($r: ID!, $s: ID!, $n: Int) { recruitTargets(regionCode: $r, segmentId: $s, first: $n) {
  company { id nameZh nameEn } score anchorTies credentials proximity distanceKm inPipeline
  suppliesAnchors { nameZh nameEn } nearestSite { id nameZh } } }`;
const OVERVIEW = `query($r: ID!) {
  chain(id: "energy-storage") { segments { id nameZh nameEn isLeaf } }
  chainGaps(regionCode: $r, chainId: "energy-storage") { kind segment { id nameZh nameEn } reasons { direction } } }`;

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

/** The rows of the targets table as the page shows them. */
function tableRows(page) {
  return page.$$eval('#targets-table tbody tr', (rows) => rows.map((tr) => ({
    id: tr.dataset.companyId,
    name: tr.querySelector('.cname').textContent.trim(),
    cells: [...tr.cells].map((td) => td.innerText.trim()),
  })));
}

function assertRowsMatch(rows, targets, lang = 'zh') {
  assert.deepEqual(rows.map((r) => r.id), targets.map((x) => x.company.id), 'same companies in the same order');
  rows.forEach((row, i) => {
    const x = targets[i];
    assert.equal(row.name, lang === 'en' && x.company.nameEn ? x.company.nameEn : x.company.nameZh);
    assert.equal(row.cells[0], String(i + 1));
    assert.equal(row.cells[2], x.score.toFixed(3), `${x.company.id} score`);
    assert.equal(row.cells[3], String(x.anchorTies), `${x.company.id} anchorTies`);
    assert.equal(row.cells[4], String(x.credentials), `${x.company.id} credentials`);
    assert.equal(row.cells[5], x.proximity.toFixed(3), `${x.company.id} proximity`);
    assert.equal(row.cells[6], x.distanceKm.toFixed(1), `${x.company.id} distanceKm`);
    assert.equal(row.cells[7] !== '', x.inPipeline, `${x.company.id} inPipeline`);
    assert.equal(row.cells[8], x.suppliesAnchors.map((a) => (lang === 'en' && a.nameEn ? a.nameEn : a.nameZh)).join('、'), `${x.company.id} suppliesAnchors`);
    assert.ok(row.cells[9].startsWith(x.nearestSite.nameZh), `${x.company.id} nearestSite: ${row.cells[9]}`);
  });
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
    service = await startService();
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
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failed.push(`failed ${request.url()}: ${request.failure()?.errorText}`));
  });

  after(async () => {
    if (context) await context.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    if (service) await service.stop();
  });

  const ready = () => page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });

  it('loads at / with no console error and no request leaving 127.0.0.1', { skip, timeout: 120000 }, async () => {
    await page.goto(`${service.url}/`);
    await ready();
    assert.equal(await page.textContent('h1'), '招商地图');
    assert.match(await page.textContent('.kpi.place'), /肇庆市/);
    const options = await page.$$eval('#region-select option', (os) => os.map((o) => [o.value, o.textContent]));
    assert.ok(options.some(([v]) => v === '441200'), 'the region select lists 肇庆市');
    assert.ok(options.some(([v]) => v === '440100'), 'the region select lists the other cities of Guangdong');
    assert.ok(options.some(([v]) => v === '441202'), "the region select lists 肇庆's districts");
    assert.equal(await page.$eval('#region-select', (s) => s.value), REGION);
    assert.equal(await page.$eval('#chain-select', (s) => s.value), 'energy-storage');
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
    assert.deepEqual(
      await page.$$eval('#gap-list [data-gap]', (items) => items.map((i) => i.dataset.gap)),
      ['FILL', 'STRENGTHEN', 'EXTEND'].flatMap((k) => expected.chainGaps.filter((g) => g.kind === k).map((g) => g.segment.id)));
    assert.equal(shown.regionMap, 'cg-441200');
    assert.equal(shown.provinceMap, 'cg-440000');
    assert.deepEqual(shown.highlighted, ['肇庆市']);
    const sites = await (await fetch(`${service.url}/api/map/sites.geojson?region=${REGION}`)).json();
    assert.equal(shown.sites, sites.features.length);
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
    await page.waitForSelector(`body[data-targets="${DIAGRAM_GAP}"]`, { timeout: 30000 });
    const bms = (await graphql(service.url, TARGETS, { r: REGION, s: DIAGRAM_GAP, n: 20 })).recruitTargets;
    assert.ok(bms.length > 0);
    assertRowsMatch(await tableRows(page), bms);

    // a click in the gap list
    await page.click(`#gap-list [data-gap="${GAP}"]`);
    await page.waitForSelector(`body[data-targets="${GAP}"]`, { timeout: 30000 });
    const targets = (await graphql(service.url, TARGETS, { r: REGION, s: GAP, n: 20 })).recruitTargets;
    assert.ok(targets.length > 0);
    assert.equal(targets[0].company.id, 'semcorp');
    assertRowsMatch(await tableRows(page), targets);
    assert.match(await page.textContent('#targets-title'), /湿法隔膜/);
    const gaps = (await graphql(service.url, OVERVIEW, { r: REGION })).chainGaps;
    const gap = gaps.find((g) => g.segment.id === GAP);
    assert.equal(await page.$$eval('.reasons li', (li) => li.length), gap.reasons.length);
    assert.equal(await page.$eval(`#gap-list [data-gap="${GAP}"]`, (b) => b.classList.contains('selected')), true);

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
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[1]), targets.map((x) => x.company.id));
    const xlsx = Buffer.from(await (await fetch(service.url + xlsxHref)).arrayBuffer());
    assert.equal(xlsx.subarray(0, 2).toString('latin1'), 'PK');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(600);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    assert.ok(fs.statSync(SCREENSHOT).size > 50000);
    assert.deepEqual(consoleErrors, []);
  });

  it('switches the labels between 中文 and English', { skip, timeout: 120000 }, async () => {
    const targets = (await graphql(service.url, TARGETS, { r: REGION, s: GAP, n: 20 })).recruitTargets;
    const { chainGaps } = await graphql(service.url, OVERVIEW, { r: REGION });
    const gap = chainGaps.find((g) => g.segment.id === GAP);
    await page.click('[data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.textContent('h1'), 'Investment-promotion map');
    assert.match(await page.textContent('#gap-list'), /Fill/);
    assert.equal((await page.textContent(`#gap-list [data-gap="${GAP}"] .name`)).trim(), gap.segment.nameEn);
    assert.match(await page.textContent('#targets-table thead'), /Company/);
    assertRowsMatch(await tableRows(page), targets, 'en');
    const label = await page.evaluate((id) => window.chaingraphMap.charts['chain-chart'].getOption().series[0].data.find((d) => d.id === id).label.formatter, GAP);
    assert.ok(label.endsWith(gap.segment.nameEn), label);
    assert.match(page.url(), /lang=en/);

    await page.click('[data-lang="zh"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    assert.equal(await page.textContent('h1'), '招商地图');
    assert.equal((await page.textContent(`#gap-list [data-gap="${GAP}"] .name`)).trim(), gap.segment.nameZh);
    assert.match(await page.textContent('#targets-table thead'), /企业/);
    assert.deepEqual(consoleErrors, []);
  });

  it('loads a district chosen in the region select and reports a typed unknown code', { skip, timeout: 120000 }, async () => {
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
