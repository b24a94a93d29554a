// Labels in Chinese (first) and English. Data names use nameZh / nameEn (nameEn where present).

/** Segment names in Chinese corner brackets: 「A」、「B」. */
const quoted = (names) => names.map((x) => `「${x}」`).join('、');
/** Names as an English list: A, B and C. */
const listed = (names) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join(''));

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
    chainHint: '方块颜色表示本地覆盖程度，边框与角标表示缺口类型；悬停在环节上查看数量及其供给关系，点击环节查看招商目标。',
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
    flowsShown: '只画出选中环节与悬停环节的供给关系',
    targets: '招商目标',
    targetsHint: '在产业链图谱中点击一个环节，这里列出值得招引的企业及其得分构成。',
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
    inPipeline: '储备项目',
    suppliesAnchors: '供货链主',
    nearestSite: '最近站点',
    maps: '空间分布',
    regionMap: '本地站点',
    provinceMap: '全省站点',
    nationalMap: '全国站点',
    sitesCount: '个站点',
    pipeline: '项目储备',
    byStatus: '按项目状态',
    byCategory: '按环节类别',
    projects: '项目数',
    pipelineEmpty: '暂无项目',
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
    // the direction is the badge in front of the reason: the text does not say it again
    reasonUp: (anchor, vias) => `${anchor}的${quoted(vias)}需要本环节产品`,
    reasonDown: (anchor, vias) => `${anchor}的${quoted(vias)}产品进入本环节`,
    reasonDownLocal: (vias) => `本地较强环节${quoted(vias)}的产品进入本环节`,
    anchorsCount: (n) => `${n} 家链主`,
    targetsCount: (n) => `${n} 家`,
    viewChain: '产业链招商',
    viewCompare: '区域对比',
    views: '视图',
    committedSigned: '已签约',
    committedStarted: '在建',
    committedHint: '已有签约或在建项目：跟进落地，而非新招引',
    declared: '规划重点',
    declaredHint: '本地区已将该环节列为规划重点',
    anchorCount: '链主',
    linkedLocal: '本地关联企业',
    pipelineProjects: '储备项目',
    undisclosed: '未披露',
    scope: '招引范围',
    scopeNEW: '新引进',
    scopeEXPANSION: '增资扩产',
    scopeALL: '全部',
    scopeHint: { NEW: '集团尚未落户本地的企业', EXPANSION: '集团已在本地、可增资扩产的企业', ALL: '新引进与增资扩产' },
    tieStrength: '关联强度',
    groupLocal: '增资扩产',
    groupLocalHint: '集团已有企业在本地',
    simulate: '模拟',
    simulateTick: (name) => `勾选以模拟招引 ${name}`,
    details: '详情',
    detailsOf: (name) => `查看 ${name} 的详情与招商简报`,
    scoreNote: '得分 = 3×关联强度 + 1×资质 + 2×邻近度；关联强度 = 各关联链主集团供货记录的最高可信度权重之和（已核实 1.0，报道 0.6，未核实 0.3）；邻近度 = max(0, 1 − 距离/1000 km)。',
    whatIf: '模拟招引',
    whatIfHint: '在招商目标列表中勾选企业（最多 10 家），模拟它们各在本地新设一家工厂后，缺口与覆盖的变化。不会修改数据。',
    whatIfSelected: '已选企业',
    whatIfClear: '清空',
    whatIfRemove: (name) => `移除 ${name}`,
    whatIfMax: '最多可选 10 家企业',
    whatIfRunning: '模拟中…',
    gapsBeforeAfter: '缺口数',
    closedGaps: '补上的缺口',
    changedGaps: '类型变化的缺口',
    newGaps: '新出现的缺口',
    coverageChanges: '覆盖变化',
    noChange: '无',
    segment: '环节',
    before: '模拟前',
    after: '模拟后',
    localCompanies: '本地企业数',
    legendWhatIf: '模拟结果',
    simClosed: '补上',
    simChanged: '类型变化',
    simNew: '新缺口',
    simCoverage: '覆盖增加',
    compare: '区域对比',
    compareHint: '选择 2–10 个地区，比较产业链各环节的区位熵（区位熵 = 该环节占本地区产业链企业的比重 ÷ 全国数据中的比重；大于 1 表示更专业化）。悬停查看覆盖程度与企业数。',
    compareRegions: '对比地区',
    compareAdd: '添加地区',
    compareAddCode: '或输入地区代码',
    compareAddButton: '添加',
    compareRemove: (name) => `移除 ${name}`,
    compareReset: '恢复默认',
    compareMin: '至少选择 2 个地区',
    compareMax: '最多 10 个地区',
    compareSort: '排序',
    compareSortChain: '按产业链顺序',
    compareSortBy: (name) => `按 ${name} 区位熵（高→低）`,
    compareParents: '含上级环节',
    compareTable: '数据表',
    lq: '区位熵',
    lqNull: '无法计算',
    compareSortClick: '点击地区名可按其区位熵排序',
    brief: '招商简报',
    briefFor: (region, segment) => `${region} · ${segment}`,
    briefPrint: '打印简报',
    briefClose: '关闭',
    briefGenerated: (date) => `生成日期 ${date} · 数据来自 ChainGraph`,
    briefCompany: '企业概况',
    briefWhy: '为何招引',
    briefScore: '得分构成',
    briefSites: '站点',
    briefProjects: '项目',
    briefTies: '与本地链主的供货关联',
    briefNoTies: '与本地链主没有供货关联',
    briefViaGroup: '经集团内其他企业供货',
    briefOtherSupplies: '其他已知客户',
    stockCode: '股票代码',
    founded: '成立年份',
    employees: '员工人数',
    revenue: '营业收入',
    website: '网址',
    scaleSource: '数据来源',
    group: '所属集团',
    anchorOf: '链主产业链',
    credentialsList: '资质',
    none: '无',
    confidence: '可信度',
    source: '来源',
    supplier: '供货企业',
    customer: '客户',
    anchor: '链主',
    siteName: '站点',
    siteKind: '类型',
    siteRegion: '地区',
    siteSegments: '环节',
    capacity: '产能',
    since: '投产时间',
    nearest: '最近',
    projectName: '项目',
    projectStatus: '状态',
    projectDate: '日期',
    projectInvestment: '投资额',
    projectsElsewhere: '在其他地区的项目（近期投资、签约与终止）',
    projectsHere: '在本地区的项目',
    noProjects: '没有项目记录',
    wonElsewhere: '落地他处',
    droppedDeal: '已终止',
    rankOf: (rank, segment) => `「${segment}」招商目标第 ${rank} 名`,
    distanceTo: (site, km, region) => `最近站点 ${site} 距 ${region} ${km} 公里`,
    weights: '权重：关联强度 3，资质 1，邻近度 2',
    notInList: '该企业不在当前招引范围的前 100 名目标中。',
    people: '人',
    yearSuffix: '年',
    yes: '是',
    no: '否',
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
    chainHint: 'Fill colour: local coverage; border and badge: gap kind. Hover over a segment for its counts and flows; click it for its recruitment targets.',
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
    flowsShown: 'drawn for the selected segment and the one under the mouse',
    targets: 'Recruitment targets',
    targetsHint: 'Click a segment in the diagram to list the companies worth recruiting, with every score component.',
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
    maps: 'Where they are',
    regionMap: 'Local sites',
    provinceMap: 'Sites in the province',
    nationalMap: 'Sites in China',
    sitesCount: 'sites',
    pipeline: 'Project pipeline',
    byStatus: 'By status',
    byCategory: 'By segment category',
    projects: 'Projects',
    pipelineEmpty: 'No projects',
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
    reasonUp: (anchor, vias) => `${anchor}'s ${listed(vias)} need${vias.length > 1 ? '' : 's'} what this segment makes`,
    reasonDown: (anchor, vias) => `output from ${anchor}'s ${listed(vias)} goes into this segment`,
    reasonDownLocal: (vias) => `output from the local strength${vias.length > 1 ? 's' : ''} ${listed(vias)} goes into this segment`,
    anchorsCount: (n) => `${n} anchor${n === 1 ? '' : 's'}`,
    targetsCount: (n) => `${n}`,
    viewChain: 'Chain & targets',
    viewCompare: 'Region comparison',
    views: 'Views',
    committedSigned: 'Signed',
    committedStarted: 'Under construction',
    committedHint: 'A project is signed or under construction: follow it through rather than recruit',
    declared: 'Declared priority',
    declaredHint: 'The region has declared this segment a priority of its own',
    anchorCount: 'anchors',
    linkedLocal: 'linked local companies',
    pipelineProjects: 'pipeline projects',
    undisclosed: 'not disclosed',
    scope: 'Scope',
    scopeNEW: 'New investors',
    scopeEXPANSION: 'Expansion',
    scopeALL: 'All',
    scopeHint: { NEW: 'groups not yet in the region', EXPANSION: 'groups already in the region (增资扩产)', ALL: 'new investors and expansion' },
    tieStrength: 'Tie strength',
    groupLocal: 'Expansion',
    groupLocalHint: 'a company of its group is already in the region',
    simulate: 'What-if',
    simulateTick: (name) => `Tick to simulate recruiting ${name}`,
    details: 'Details',
    detailsOf: (name) => `Details and brief of ${name}`,
    scoreNote: 'score = 3·tieStrength + 1·credentials + 2·proximity; tieStrength = over the tied anchor groups, the best confidence weight of their supply rows (verified 1.0, reported 0.6, unverified 0.3), summed; proximity = max(0, 1 − distance / 1000 km).',
    whatIf: 'What-if recruitment',
    whatIfHint: 'Tick companies in the target list (up to 10) to see how the gaps and coverage would change if each opened a plant here. Nothing is stored.',
    whatIfSelected: 'Selected',
    whatIfClear: 'Clear',
    whatIfRemove: (name) => `Remove ${name}`,
    whatIfMax: 'At most 10 companies',
    whatIfRunning: 'Simulating…',
    gapsBeforeAfter: 'Gaps',
    closedGaps: 'Gaps closed',
    changedGaps: 'Gaps changing kind',
    newGaps: 'New gaps',
    coverageChanges: 'Coverage changes',
    noChange: 'none',
    segment: 'Segment',
    before: 'before',
    after: 'after',
    localCompanies: 'Local companies',
    legendWhatIf: 'What-if',
    simClosed: 'closed',
    simChanged: 'changes kind',
    simNew: 'new gap',
    simCoverage: 'more coverage',
    compare: 'Region comparison',
    compareHint: 'Choose 2 to 10 regions to compare the location quotient of every segment (LQ = the segment\'s share of the region\'s chain companies over its share in the whole data set; above 1 = more specialised). Hover for coverage and counts.',
    compareRegions: 'Regions',
    compareAdd: 'Add a region',
    compareAddCode: 'or a region code',
    compareAddButton: 'Add',
    compareRemove: (name) => `Remove ${name}`,
    compareReset: 'Default set',
    compareMin: 'Choose at least 2 regions',
    compareMax: 'At most 10 regions',
    compareSort: 'Order',
    compareSortChain: 'Chain order',
    compareSortBy: (name) => `By LQ of ${name} (high → low)`,
    compareParents: 'Include parent segments',
    compareTable: 'Data table',
    lq: 'LQ',
    lqNull: 'undefined',
    compareSortClick: 'Click a region\'s name to sort by its LQ',
    brief: 'Recruitment brief',
    briefFor: (region, segment) => `${region} · ${segment}`,
    briefPrint: 'Print brief',
    briefClose: 'Close',
    briefGenerated: (date) => `Generated ${date} · data from ChainGraph`,
    briefCompany: 'The company',
    briefWhy: 'Why recruit it',
    briefScore: 'Score components',
    briefSites: 'Sites',
    briefProjects: 'Projects',
    briefTies: 'Supply ties to local anchors',
    briefNoTies: 'No supply tie to a local anchor',
    briefViaGroup: 'supplied by another company of its group',
    briefOtherSupplies: 'Other known customers',
    stockCode: 'Stock code',
    founded: 'Founded',
    employees: 'Employees',
    revenue: 'Revenue',
    website: 'Website',
    scaleSource: 'Source',
    group: 'Group',
    anchorOf: 'Anchor of',
    credentialsList: 'Credentials',
    none: 'none',
    confidence: 'Confidence',
    source: 'Source',
    supplier: 'Supplier',
    customer: 'Customer',
    anchor: 'Anchor',
    siteName: 'Site',
    siteKind: 'Kind',
    siteRegion: 'Region',
    siteSegments: 'Segments',
    capacity: 'Capacity',
    since: 'Since',
    nearest: 'nearest',
    projectName: 'Project',
    projectStatus: 'Status',
    projectDate: 'Date',
    projectInvestment: 'Investment',
    projectsElsewhere: 'Projects in other regions (recent investments, deals won and dropped)',
    projectsHere: 'Projects in this region',
    noProjects: 'No projects on record',
    wonElsewhere: 'won elsewhere',
    droppedDeal: 'dropped',
    rankOf: (rank, segment) => `No. ${rank} among the targets for ${segment}`,
    distanceTo: (site, km, region) => `nearest site ${site} is ${km} km from ${region}`,
    weights: 'weights: tie strength 3, credentials 1, proximity 2',
    notInList: 'This company is not among the first 100 targets of this scope.',
    people: '',
    yearSuffix: '',
    yes: 'yes',
    no: 'no',
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
    VERIFIED: '已核实', REPORTED: '报道', UNVERIFIED: '未核实',
    NEW: '新引进', EXPANSION: '增资扩产', ALL: '全部',
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
    VERIFIED: 'verified', REPORTED: 'reported', UNVERIFIED: 'unverified',
    NEW: 'New investors', EXPANSION: 'Expansion', ALL: 'All',
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

/** Yuan as 亿元 (100 million yuan) with up to one decimal (or `digits`). */
export function yi(yuan, digits = 1) {
  const value = yuan / 1e8;
  return value.toLocaleString(current === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: digits > 1 ? digits : 0 });
}

/** A whole number with thousands separators. */
export function int(value) {
  return Number(value).toLocaleString(current === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 0 });
}

/** Names joined as a list: 、 in Chinese, a comma in English. */
export function joined(names) {
  return names.join(current === 'en' ? ', ' : '、');
}

/** A remark in brackets after a name: （…） in Chinese, (…) in English. */
export function bracket(text) {
  return current === 'en' ? ` (${text})` : `（${text}）`;
}

/** A figure that may be undisclosed (null or empty): 未披露 / not disclosed, never 0. */
export function disclosed(value, format = String) {
  return value === null || value === undefined || value === '' ? t('undisclosed') : format(value);
}

/**
 * A gap's reasons in words, one line per direction and anchor (the anchor's segments named together, so that an
 * anchor working in three segments reads once), in the engine's order: [{ direction, text }].
 */
export function reasonItems(reasons) {
  const groups = [];
  const byKey = new Map();
  for (const r of reasons) {
    const key = `${r.direction}|${r.anchor ? r.anchor.id ?? r.anchor.nameZh : ''}`;
    let group = byKey.get(key);
    if (!group) {
      group = { direction: r.direction, anchor: r.anchor ?? null, vias: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    const via = n(r.via);
    if (!group.vias.includes(via)) group.vias.push(via);
  }
  return groups.map((g) => ({
    direction: g.direction,
    text: g.direction === 'UPSTREAM' ? t('reasonUp', n(g.anchor), g.vias)
      : g.anchor ? t('reasonDown', n(g.anchor), g.vias) : t('reasonDownLocal', g.vias),
  }));
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
