// Talks to the service like any other client: POST /graphql and the /api/map endpoints (same origin).

/** An answer with errors; `code` is the first error's extensions.code (NOT_FOUND, BAD_INPUT, ...). */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

// Where the service asks for an API key (ChainGraph:Security:RequireKeyForReads), the page asks the user once
// and keeps the key for this browser tab only (sessionStorage), sending it as X-Api-Key.
const KEY_STORAGE = 'chaingraph.apiKey';

function keyHeaders() {
  const key = sessionStorage.getItem(KEY_STORAGE);
  return key ? { 'X-Api-Key': key } : {};
}

export function hasApiKey() {
  return sessionStorage.getItem(KEY_STORAGE) !== null;
}

async function fetchWithKey(url, init = {}) {
  let response = await fetch(url, { ...init, headers: { ...(init.headers || {}), ...keyHeaders() } });
  if (response.status === 401) {
    const key = window.prompt('此服务需要 API 密钥 / This service needs an API key');
    if (key && key.trim()) {
      sessionStorage.setItem(KEY_STORAGE, key.trim());
      response = await fetch(url, { ...init, headers: { ...(init.headers || {}), ...keyHeaders() } });
    }
  }
  return response;
}

/** Downloads a file with the API key (a plain link cannot send one). */
export async function download(url, filename) {
  const response = await fetchWithKey(url);
  if (!response.ok) {
    throw new ApiError(`${response.status} ${url}`, undefined);
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

export async function graphql(query, variables) {
  const response = await fetchWithKey('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length > 0) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions && first.extensions.code);
  }
  return body.data;
}

export async function getJson(url) {
  const response = await fetchWithKey(url, { headers: { Accept: 'application/geo+json, application/json' } });
  const body = await response.json();
  if (!response.ok) {
    const first = body.errors && body.errors[0];
    throw new ApiError(first ? first.message : `${response.status} ${url}`, first && first.extensions && first.extensions.code);
  }
  return body;
}

const REGION_FIELDS = 'code nameZh nameEn level parentCode lat lon';

export const OVERVIEW = `
query Overview($r: ID!, $c: ID!) {
  region(code: $r) { ${REGION_FIELDS} parent { ${REGION_FIELDS} parent { ${REGION_FIELDS} parent { ${REGION_FIELDS} } } } }
  chain(id: $c) { id nameZh nameEn segments { id nameZh nameEn category parentId isLeaf feeds { id } } }
  chainCoverage(regionCode: $r, chainId: $c) {
    segment { id } status localCompanyCount localSiteCount localAnchorCount pipelineProjectCount pipelineInvestmentYuan declared
  }
  chainGaps(regionCode: $r, chainId: $c) {
    kind status segment { id } anchorCount linkedLocalCompanies declared committed
    pipelineProjects { id nameZh status statusDate investmentYuan company { id nameZh nameEn } }
    reasons { direction anchor { id nameZh nameEn } via { id nameZh nameEn } }
  }
  projectPipeline(regionCode: $r) {
    byStatus { status count investmentYuan undisclosedCount }
    byCategory { category count investmentYuan undisclosedCount }
  }
}`;

export const CHAINS = 'query Chains { chains { id nameZh nameEn } }';

export const REGIONS = `
query Regions($province: ID!, $city: ID!) {
  provinces: regions(level: PROVINCE) { ${REGION_FIELDS} }
  cities: regions(parentCode: $province) { ${REGION_FIELDS} }
  districts: regions(parentCode: $city) { ${REGION_FIELDS} }
}`;

const GROUP = 'id parent { id parent { id parent { id } } }';

export const TARGETS = `
query Targets($r: ID!, $s: ID!, $n: Int, $scope: RecruitScope) {
  recruitTargets(regionCode: $r, segmentId: $s, first: $n, scope: $scope) {
    company { id nameZh nameEn tags }
    score anchorTies tieStrength credentials proximity distanceKm inPipeline groupLocal
    suppliesAnchors { ${GROUP} nameZh nameEn }
    nearestSite { id nameZh lat lon kind region { code nameZh nameEn } }
  }
}`;

const SUPPLY_ROW = `supplierId customer { ${GROUP} nameZh nameEn } segment { id nameZh nameEn } confidence source`;
const PROJECT_ROW = `id nameZh status statusDate investmentYuan source segment { id nameZh nameEn }
  region { code nameZh nameEn parent { code parent { code parent { code } } } }`;

/** One company as the target detail and the brief show it. */
export const COMPANY = `
query Company($id: ID!) {
  company(id: $id) {
    id nameZh nameEn uscc tags stockCode founded employees revenueYuan website source
    anchorOf { id nameZh nameEn }
    supplies { ${SUPPLY_ROW} }
    parent { id nameZh nameEn supplies { ${SUPPLY_ROW} } projects { ${PROJECT_ROW} }
      parent { id nameZh nameEn supplies { ${SUPPLY_ROW} } parent { id nameZh nameEn } } }
    sites { id nameZh kind capacity since source region { code nameZh nameEn } segments { id nameZh nameEn } }
    projects { ${PROJECT_ROW} }
  }
}`;

export const COMPARE = `
query Compare($codes: [ID!]!, $c: ID!) {
  compareRegions(regionCodes: $codes, chainId: $c) {
    segment { id nameZh nameEn category isLeaf parentId }
    cells { region { code nameZh nameEn } localCompanyCount status locationQuotient }
  }
}`;

const GAP_ROW = 'kind status segment { id nameZh nameEn }';
export const SIMULATE = `
query Simulate($r: ID!, $c: ID!, $ids: [ID!]!) {
  simulateRecruitment(regionCode: $r, chainId: $c, companyIds: $ids) {
    gapsBefore gapsAfter
    closedGaps { ${GAP_ROW} }
    newGaps { ${GAP_ROW} }
    changedGaps { segment { id nameZh nameEn } kindBefore kindAfter statusBefore statusAfter }
    coverageChanges { segment { id nameZh nameEn isLeaf } countBefore countAfter statusBefore statusAfter }
  }
}`;

/** One query for several entities by key: `region(code)` or `company(id)` under aliases e0, e1, ... */
export function byKeys(kind, keys) {
  const field = kind === 'region' ? 'region(code: ' : 'company(id: ';
  const fields = kind === 'region' ? REGION_FIELDS : 'id nameZh nameEn';
  const vars = keys.map((_, i) => `$k${i}: ID!`).join(', ');
  const body = keys.map((_, i) => `e${i}: ${field}$k${i}) { ${fields} }`).join('\n  ');
  return {
    query: `query ByKeys(${vars}) {\n  ${body}\n}`,
    variables: Object.fromEntries(keys.map((k, i) => [`k${i}`, k])),
    read: (data) => keys.map((_, i) => data[`e${i}`]),
  };
}

export function exportUrl(region, segment, format, scope = 'NEW') {
  const q = new URLSearchParams({ region, segment, format });
  if (scope && scope !== 'NEW') q.set('scope', scope.toLowerCase());
  return `/api/export/targets?${q}`;
}

export function sitesUrl(region) {
  return `/api/map/sites.geojson?${new URLSearchParams({ region })}`;
}
