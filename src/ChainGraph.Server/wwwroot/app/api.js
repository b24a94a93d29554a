// Talks to the service like any other client: POST /graphql and the /api/map endpoints (same origin).

/** An answer with errors; `code` is the first error's extensions.code (NOT_FOUND, BAD_INPUT, ...). */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

export async function graphql(query, variables) {
  const response = await fetch('/graphql', {
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
  const response = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' } });
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
