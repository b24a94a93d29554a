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
    segment { id } status localCompanyCount localSiteCount localAnchorCount pipelineProjectCount pipelineInvestmentYuan
  }
  chainGaps(regionCode: $r, chainId: $c) {
    kind status segment { id }
    reasons { direction anchor { id nameZh nameEn } via { id nameZh nameEn } }
  }
  projectPipeline(regionCode: $r) {
    byStatus { status count investmentYuan }
    byCategory { category count investmentYuan }
  }
}`;

export const CHAINS = 'query Chains { chains { id nameZh nameEn } }';

export const REGIONS = `
query Regions($province: ID!, $city: ID!) {
  provinces: regions(level: PROVINCE) { ${REGION_FIELDS} }
  cities: regions(parentCode: $province) { ${REGION_FIELDS} }
  districts: regions(parentCode: $city) { ${REGION_FIELDS} }
}`;

export const TARGETS = `
query Targets($r: ID!, $s: ID!, $n: Int) {
  recruitTargets(regionCode: $r, segmentId: $s, first: $n) {
    company { id nameZh nameEn tags }
    score anchorTies credentials proximity distanceKm inPipeline
    suppliesAnchors { id nameZh nameEn }
    nearestSite { id nameZh lat lon kind region { code nameZh nameEn } }
  }
}`;

export function exportUrl(region, segment, format) {
  const q = new URLSearchParams({ region, segment, format });
  return `/api/export/targets?${q}`;
}

export function sitesUrl(region) {
  return `/api/map/sites.geojson?${new URLSearchParams({ region })}`;
}
