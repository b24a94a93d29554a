// Labels in Chinese (first) and English. Data names use nameZh / nameEn (nameEn where present).

const STRINGS = {
  zh: {
    title: '招商地图',
    subtitle: '产业链图谱 · 缺口 · 招商目标',
    region: '地区',
    regionCode: '地区代码',
    go: '查看',
    chain: '产业链',
    provinceGroup: '省及各市',
    districtGroup: '区县及园区',
    otherGroup: '其他',
    loading: '加载中…',
    chainDiagram: '产业链图谱',
    chainHint: '方块颜色表示本地覆盖程度，边框与角标表示缺口类型；悬停查看数量，点击环节查看招商目标。',
    gaps: '缺口环节',
    gapsHint: '点击缺口查看招商目标',
    noGaps: '没有缺口',
    status: '覆盖',
    kind: '缺口',
    legendStatus: '覆盖程度',
    legendGap: '缺口类型',
    legendFlow: '供给关系',
    flowForward: '上游 → 下游',
    flowLoop: '回收循环',
    targets: '招商目标',
    targetsHint: '在产业链图谱或缺口列表中点击一个缺口环节，这里列出值得招引的企业及其得分构成。',
    targetsFor: '招商目标：',
    notAGap: '该环节在本地不是缺口，下列为其招商候选企业。',
    reasons: '缺口原因',
    download: '下载目标库',
    noTargets: '没有候选企业',
    targetsMap: '目标企业最近站点（全国）',
    rank: '#',
    company: '企业',
    score: '得分',
    anchorTies: '链主关联',
    credentials: '资质',
    proximity: '邻近度',
    distanceKm: '距离 (km)',
    inPipeline: '在谈',
    suppliesAnchors: '供货链主',
    nearestSite: '最近站点',
    yes: '是',
    scoreNote: '得分 = 3×链主关联 + 1×资质 + 2×邻近度；邻近度 = max(0, 1 − 距离/1000 km)。',
    maps: '空间分布',
    regionMap: '本地站点',
    provinceMap: '全省站点',
    nationalMap: '全国站点',
    sitesCount: '个站点',
    pipeline: '项目储备',
    byStatus: '按项目状态',
    byCategory: '按环节类别',
    projects: '项目数',
    investment: '投资额（亿元）',
    kpiCompanies: '本地企业',
    kpiSites: '本地站点',
    kpiAnchors: '链主企业',
    kpiPipeline: '储备项目',
    kpiInvestment: '储备投资',
    kpiGaps: '缺口环节',
    yi: '亿元',
    localCompanyCount: '本地企业',
    localSiteCount: '本地站点',
    localAnchorCount: '链主企业',
    pipelineProjectCount: '储备项目',
    pipelineInvestmentYuan: '储备投资',
    home: '本地',
    disclaimer: '边界数据来自开源 npm 包，仅作示意，不是经审核的标准地图。',
    graphiql: 'GraphQL 接口',
    error: '出错了：',
    reasonUp: (anchor, via) => `${anchor}的「${via}」需要本环节产品（上游）`,
    reasonDown: (anchor, via) => `${anchor}的「${via}」产品进入本环节（下游）`,
    reasonDownLocal: (via) => `本地较强环节「${via}」的产品进入本环节（下游）`,
    anchorsCount: (n) => `${n} 家链主`,
    targetsCount: (n) => `${n} 家`,
  },
  en: {
    title: 'Investment-promotion map',
    subtitle: 'Chain diagram · gaps · recruitment targets',
    region: 'Region',
    regionCode: 'Region code',
    go: 'Go',
    chain: 'Chain',
    provinceGroup: 'Province and cities',
    districtGroup: 'Districts and parks',
    otherGroup: 'Other',
    loading: 'Loading…',
    chainDiagram: 'Chain diagram',
    chainHint: 'Fill colour: local coverage; border and badge: gap kind. Hover for counts, click a segment for its recruitment targets.',
    gaps: 'Gaps',
    gapsHint: 'Click a gap for its recruitment targets',
    noGaps: 'No gaps',
    status: 'Coverage',
    kind: 'Gap',
    legendStatus: 'Coverage',
    legendGap: 'Gap kind',
    legendFlow: 'Flows',
    flowForward: 'upstream → downstream',
    flowLoop: 'recycling loop',
    targets: 'Recruitment targets',
    targetsHint: 'Click a gap segment in the diagram or the gap list to list the companies worth recruiting, with every score component.',
    targetsFor: 'Targets: ',
    notAGap: 'This segment is not a gap here; these are its candidates.',
    reasons: 'Why it is a gap',
    download: 'Download target library',
    noTargets: 'No candidates',
    targetsMap: 'Nearest sites of the targets (China)',
    rank: '#',
    company: 'Company',
    score: 'Score',
    anchorTies: 'Anchor ties',
    credentials: 'Credentials',
    proximity: 'Proximity',
    distanceKm: 'Distance (km)',
    inPipeline: 'In pipeline',
    suppliesAnchors: 'Supplies anchors',
    nearestSite: 'Nearest site',
    yes: 'yes',
    scoreNote: 'score = 3·anchorTies + 1·credentials + 2·proximity; proximity = max(0, 1 − distance / 1000 km).',
    maps: 'Where they are',
    regionMap: 'Local sites',
    provinceMap: 'Sites in the province',
    nationalMap: 'Sites in China',
    sitesCount: 'sites',
    pipeline: 'Project pipeline',
    byStatus: 'By status',
    byCategory: 'By segment category',
    projects: 'Projects',
    investment: 'Investment (100 M yuan)',
    kpiCompanies: 'Local companies',
    kpiSites: 'Local sites',
    kpiAnchors: 'Anchors',
    kpiPipeline: 'Pipeline projects',
    kpiInvestment: 'Pipeline investment',
    kpiGaps: 'Gaps',
    yi: '× 100 M yuan',
    localCompanyCount: 'Local companies',
    localSiteCount: 'Local sites',
    localAnchorCount: 'Local anchors',
    pipelineProjectCount: 'Pipeline projects',
    pipelineInvestmentYuan: 'Pipeline investment',
    home: 'home',
    disclaimer: 'Boundaries come from open-source npm packages, for illustration only: not an official reviewed map.',
    graphiql: 'GraphQL API',
    error: 'Error: ',
    reasonUp: (anchor, via) => `${anchor}'s ${via} needs what this segment makes (upstream)`,
    reasonDown: (anchor, via) => `${anchor}'s ${via} output goes into this segment (downstream)`,
    reasonDownLocal: (via) => `the local strength ${via} feeds this segment (downstream)`,
    anchorsCount: (n) => `${n} anchor${n === 1 ? '' : 's'}`,
    targetsCount: (n) => `${n}`,
  },
};

const ENUMS = {
  zh: {
    STRONG: '较强', WEAK: '薄弱', MISSING: '缺失',
    FILL: '补链', STRENGTHEN: '强链', EXTEND: '延链',
    MATERIALS: '材料', CELLS: '电芯与电池', COMPONENTS: '配件与电控', EQUIPMENT: '生产装备', RECYCLING: '回收利用', APPLICATIONS: '系统与应用',
    UNCLASSIFIED: '未分类',
    LEAD: '线索', NEGOTIATING: '在谈', SIGNED: '签约', STARTED: '开工', COMPLETED: '竣工', PRODUCING: '投产', DROPPED: '终止',
    ANCHOR: '链主', HIGH_TECH: '高新技术企业', SRDI: '专精特新', LISTED: '上市',
    HQ: '总部', PLANT: '工厂', RND: '研发', BASE: '基地',
    UPSTREAM: '上游', DOWNSTREAM: '下游',
  },
  en: {
    STRONG: 'Strong', WEAK: 'Weak', MISSING: 'Missing',
    FILL: 'Fill', STRENGTHEN: 'Strengthen', EXTEND: 'Extend',
    MATERIALS: 'Materials', CELLS: 'Cells & packs', COMPONENTS: 'Components', EQUIPMENT: 'Equipment', RECYCLING: 'Recycling', APPLICATIONS: 'Applications',
    UNCLASSIFIED: 'Unclassified',
    LEAD: 'Lead', NEGOTIATING: 'Negotiating', SIGNED: 'Signed', STARTED: 'Started', COMPLETED: 'Completed', PRODUCING: 'Producing', DROPPED: 'Dropped',
    ANCHOR: 'Anchor', HIGH_TECH: 'High-tech', SRDI: 'SRDI', LISTED: 'Listed',
    HQ: 'HQ', PLANT: 'Plant', RND: 'R&D', BASE: 'Base',
    UPSTREAM: 'upstream', DOWNSTREAM: 'downstream',
  },
};

/** One-character badges for the gap kinds (Chinese in both languages: 补 强 延 are the planners' words). */
export const GAP_BADGE = { zh: { FILL: '补', STRENGTHEN: '强', EXTEND: '延' }, en: { FILL: 'F', STRENGTHEN: 'S', EXTEND: 'E' } };

let current = 'zh';

export function setLang(lang) {
  current = lang === 'en' ? 'en' : 'zh';
  document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';
}

export function lang() {
  return current;
}

/** A label; a function label is called with the arguments. */
export function t(key, ...args) {
  const value = STRINGS[current][key] ?? STRINGS.zh[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
}

/** An enum value's label (coverage status, gap kind, category, project status, tag, site kind). */
export function e(value) {
  return ENUMS[current][value] ?? value;
}

/** The name of an entity with nameZh / nameEn: English where present when English is chosen. */
export function n(entity) {
  if (!entity) {
    return '';
  }
  return current === 'en' && entity.nameEn ? entity.nameEn : entity.nameZh ?? entity.id ?? '';
}

/** Yuan as 亿元 (100 million yuan) with up to one decimal. */
export function yi(yuan) {
  const value = yuan / 1e8;
  return value.toLocaleString(current === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 1 });
}

/** Fills every [data-i18n] element's text (and [data-i18n-title] titles). */
export function applyStatic(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
  document.title = `${t('title')} · ChainGraph`;
}
