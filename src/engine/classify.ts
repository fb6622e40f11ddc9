import type {
  CreditClass,
  ManagementModeCode,
  PotentialClass,
  SalesModeCode,
  SensitivityCode,
  ShareClass,
} from "./classes";
import { changedTo, foldText, matchForm, splitHeader, withoutGloss } from "./normalize";
import type { Rules, Tier } from "./rules";

const MANAGEMENT_MODE: Readonly<Record<string, ManagementModeCode>> = {
  直营: "direct",
  // Our own branches sell as we do.
  分公司: "direct",
  子公司: "direct",
  办事处: "direct",
  直销: "direct",
  自营: "direct",
  直供: "direct",
  公司直营: "direct",
  直营店: "direct",
  direct: "direct",
  directsales: "direct",
  companyowned: "direct",
  ownstore: "direct",
  companystore: "direct",
  总代理: "generalAgent",
  总代: "generalAgent",
  全国代理: "generalAgent",
  全国总代: "generalAgent",
  独家代理: "generalAgent",
  generalagent: "generalAgent",
  masterdistributor: "generalAgent",
  nationalagent: "generalAgent",
  exclusiveagent: "generalAgent",
  soleagent: "generalAgent",
  exclusivedistributor: "generalAgent",
  nationaldistributor: "generalAgent",
  区域代理: "regionalAgent",
  // An agent alone, as a ledger beside 总代理 and 经销商 writes it, is a region's (it was kept as written,
  // and its note named no one to coordinate through).
  代理: "regionalAgent",
  代理商: "regionalAgent",
  agent: "regionalAgent",
  // Agents who sell a territory on commission, as US and Indian channels name them (a broker, a rep
  // firm, a manufacturer's rep, a sales agent): a region's; a super stockist serves the stockists
  // (distributors) of its region, a general agent's place; a stockist is a distributor. Each was kept
  // as written, its note naming no one to coordinate through.
  salesagent: "regionalAgent",
  broker: "regionalAgent",
  repfirm: "regionalAgent",
  manufacturersrep: "regionalAgent",
  "manufacturer'srep": "regionalAgent",
  manufacturersrepresentative: "regionalAgent",
  "manufacturer'srepresentative": "regionalAgent",
  superstockist: "generalAgent",
  stockist: "primary",
  省代: "regionalAgent",
  省级代理: "regionalAgent",
  市代: "regionalAgent",
  市级代理: "regionalAgent",
  县代: "regionalAgent",
  县级代理: "regionalAgent",
  省级总代: "regionalAgent",
  省级总代理: "regionalAgent",
  省级总经销: "regionalAgent",
  区域总经销: "regionalAgent",
  总经销: "generalAgent",
  总经销商: "generalAgent",
  区域总代: "regionalAgent",
  地区代理: "regionalAgent",
  regionalagent: "regionalAgent",
  regionaldistributor: "regionalAgent",
  provincialagent: "regionalAgent",
  // A plain dealer beside 直营 (直营 / 经销): one that buys from us, a first-tier dealer (as 特约经销商).
  经销: "primary",
  经销商: "primary",
  一级经销: "primary",
  一级经销商: "primary",
  核心经销商: "primary",
  // A CRM's partner types in a two-tier channel: the distributor or dealer buys from us, the reseller
  // from the distributor (as 经销商 and 分销商).
  distributor: "primary",
  dealer: "primary",
  authorizeddealer: "primary",
  authoriseddealer: "primary",
  一级: "primary",
  一批: "primary",
  一级分销: "primary",
  一级代理: "primary",
  tier1: "primary",
  t1: "primary",
  tier1dealer: "primary",
  primarydealer: "primary",
  firsttierdealer: "primary",
  二级经销: "secondary",
  二级经销商: "secondary",
  二级: "secondary",
  二批: "secondary",
  二级分销: "secondary",
  分销商: "secondary",
  tier2: "secondary",
  t2: "secondary",
  tier3: "secondary",
  t3: "secondary",
  三级: "secondary",
  三级经销商: "secondary",
  tier2dealer: "secondary",
  secondarydealer: "secondary",
  subdealer: "secondary",
  subdistributor: "secondary",
  reseller: "secondary",
  valueaddedreseller: "secondary",
  var: "secondary",
  加盟: "franchise",
  加盟商: "franchise",
  加盟店: "franchise",
  特许经营: "franchise",
  franchise: "franchise",
  franchisee: "franchise",
};

/** The codes a sensitivity classifier gives for a text that names one. */
export const SENSITIVITY_CODES: ReadonlySet<string> = new Set<SensitivityCode>([
  "price",
  "service",
  "brand",
  "rebate",
  "quality",
  "relationship",
  "terms",
]);

/** The codes a management-mode classifier gives for a text that names one. */
export const MANAGEMENT_CODES: ReadonlySet<string> = new Set<ManagementModeCode>([
  "direct",
  "generalAgent",
  "regionalAgent",
  "primary",
  "secondary",
  "franchise",
]);

/** The codes a sales-mode classifier gives for a text that names one (any other text comes back as written). */
export const SALES_MODE_CODES: ReadonlySet<string> = new Set<SalesModeCode>([
  "wholesale",
  "distribution",
  "retail",
  "project",
  "ecommerce",
]);

const SALES_MODE: Readonly<Record<string, SalesModeCode>> = {
  批发: "wholesale",
  批发型: "wholesale",
  批发商: "wholesale",
  wholesale: "wholesale",
  wholesaler: "wholesale",
  分销: "distribution",
  分销型: "distribution",
  配送: "distribution",
  distribution: "distribution",
  distributor: "distribution",
  零售: "retail",
  零售型: "retail",
  门店: "retail",
  终端: "retail",
  商超: "retail",
  超市: "retail",
  卖场: "retail",
  ka卖场: "retail",
  retail: "retail",
  retailer: "retail",
  store: "retail",
  工程: "project",
  项目: "project",
  "工程(项目)": "project",
  工程项目: "project",
  工程渠道: "project",
  项目型: "project",
  project: "project",
  projects: "project",
  b2bproject: "project",
  contract: "project",
  // A CRM's Industry or Segment naming who buys by the project (HubSpot's Construction, a builder, a
  // contractor, the public sector by tender): each was kept as written and given no tactic.
  construction: "project",
  contractor: "project",
  contractors: "project",
  builder: "project",
  builders: "project",
  tender: "project",
  tenders: "project",
  government: "project",
  publicsector: "project",
  建筑: "project",
  建筑施工: "project",
  施工: "project",
  施工单位: "project",
  装修公司: "project",
  家装公司: "project",
  政府: "project",
  ka: "retail",
  keyaccount: "retail",
  keyaccounts: "retail",
  moderntrade: "retail",
  mt: "retail",
  chain: "retail",
  chainstore: "retail",
  chainstores: "retail",
  // Stores by their kind, as an FMCG or a pharma export writes its outlet types (Supermarket, Hypermarket,
  // Convenience, Grocery, Pharmacy, Department Store; 旗舰店 alone, a brand's own store): each was kept as
  // written, and the note said nothing of the channel. (Words, not parts of texts: 天猫旗舰店 is online.)
  supermarket: "retail",
  supermarkets: "retail",
  hypermarket: "retail",
  hypermarkets: "retail",
  convenience: "retail",
  conveniencestore: "retail",
  conveniencestores: "retail",
  cstore: "retail",
  grocery: "retail",
  grocerystore: "retail",
  grocer: "retail",
  pharmacy: "retail",
  pharmacies: "retail",
  drugstore: "retail",
  chemist: "retail",
  departmentstore: "retail",
  minimart: "retail",
  旗舰店: "retail",
  品牌旗舰店: "retail",
  o2o: "ecommerce",
  // The traditional trade, as 流通: goods passed on through wholesalers to small shops.
  generaltrade: "distribution",
  traditionaltrade: "distribution",
  gt: "distribution",
  tt: "distribution",
  社区团购: "ecommerce",
  电商: "ecommerce",
  网店: "ecommerce",
  线上: "ecommerce",
  电子商务: "ecommerce",
  直播: "ecommerce",
  天猫: "ecommerce",
  京东: "ecommerce",
  淘宝: "ecommerce",
  拼多多: "ecommerce",
  抖音: "ecommerce",
  ecommerce: "ecommerce",
  online: "ecommerce",
  marketplace: "ecommerce",
  onlinemarketplace: "ecommerce",
  "e-commerce": "ecommerce",
};

const SENSITIVITY: Readonly<Record<string, SensitivityCode>> = {
  价格: "price",
  价格型: "price",
  价格敏感: "price",
  价格敏感型: "price",
  低价: "price",
  price: "price",
  pricesensitive: "price",
  pricedriven: "price",
  priceled: "price",
  cost: "price",
  margin: "price",
  利润: "price",
  毛利: "price",
  // Protection from cross-region selling is the price system's other half.
  渠道保护: "price",
  区域保护: "price",
  窜货: "price",
  交期: "service",
  delivery: "service",
  服务: "service",
  服务型: "service",
  服务敏感: "service",
  服务敏感型: "service",
  service: "service",
  servicesensitive: "service",
  servicelevel: "service",
  aftersales: "service",
  aftersalesservice: "service",
  support: "service",
  technicalsupport: "service",
  技术: "service",
  品牌: "brand",
  陈列: "brand",
  品牌型: "brand",
  品牌敏感: "brand",
  品牌敏感型: "brand",
  brand: "brand",
  brandsensitive: "brand",
  promotion: "brand",
  promotions: "brand",
  marketing: "brand",
  marketingsupport: "brand",
  advertising: "brand",
  返利: "rebate",
  返利型: "rebate",
  返点: "rebate",
  返利敏感: "rebate",
  返利敏感型: "rebate",
  政策: "rebate",
  rebate: "rebate",
  rebates: "rebate",
  incentive: "rebate",
  incentives: "rebate",
  质量: "quality",
  质量型: "quality",
  品质: "quality",
  产品: "quality",
  quality: "quality",
  关系: "relationship",
  关系型: "relationship",
  感情: "relationship",
  relationship: "relationship",
  // Payment terms (账期, 付款条件, Payment Terms): what a distributor short of cash weighs first (it was
  // kept as written, and the note named no lever).
  账期: "terms",
  账期敏感: "terms",
  账期敏感型: "terms",
  付款条件: "terms",
  付款方式: "terms",
  结算方式: "terms",
  信用期: "terms",
  赊销: "terms",
  // The spread, profit, market support, goodwill, reputation, stock, training as dealers name what they
  // weigh (each was kept as written, and the note named no lever): the price's, the brand's, the
  // relationship's, the service's (stock on hand is delivery), the quality's (its product training).
  差价: "price",
  价差: "price",
  profit: "price",
  市场支持: "brand",
  市场推广: "brand",
  口碑: "brand",
  人情: "relationship",
  客情: "relationship",
  客情关系: "relationship",
  库存: "service",
  库存支持: "service",
  stock: "service",
  stockavailability: "service",
  availability: "service",
  培训: "quality",
  产品培训: "quality",
  training: "quality",
  terms: "terms",
  paymentterms: "terms",
  creditterms: "terms",
  termssensitive: "terms",
};

/**
 * Words that name a class inside a longer text ("重服务", "看重品牌", "天猫旗舰店", "二级代理商"): a text
 * that holds the words of exactly one class is that class; one that holds two ("批发兼零售") is kept as
 * written, for the user to map in the rules' synonyms.
 */
const MANAGEMENT_WORDS: readonly (readonly [string, ManagementModeCode])[] = [
  ["直营", "direct"],
  ["直销", "direct"],
  ["直供", "direct"],
  ["自营", "direct"],
  ["总代", "generalAgent"],
  ["总经销", "generalAgent"],
  ["独家代理", "generalAgent"],
  ["独家经销", "generalAgent"],
  ["省代", "regionalAgent"],
  ["市代", "regionalAgent"],
  ["县代", "regionalAgent"],
  ["省级", "regionalAgent"],
  ["市级", "regionalAgent"],
  ["县级", "regionalAgent"],
  ["区域代理", "regionalAgent"],
  ["地区代理", "regionalAgent"],
  ["地级", "regionalAgent"],
  ["地市", "regionalAgent"],
  ["一级", "primary"],
  ["一批", "primary"],
  ["二级", "secondary"],
  ["二批", "secondary"],
  ["三级", "secondary"],
  ["特约经销", "primary"],
  ["授权经销", "primary"],
  ["分销商", "secondary"],
  ["加盟", "franchise"],
  ["特许", "franchise"],
  // A city's or a region's partner, or its sole dealer (城市合伙人, 区域独家): a region's agent.
  ["城市合伙人", "regionalAgent"],
  ["区域合伙人", "regionalAgent"],
  ["区域独家", "regionalAgent"],
];

const SALES_WORDS: readonly (readonly [string, SalesModeCode])[] = [
  ["批发", "wholesale"],
  ["分销", "distribution"],
  ["配送", "distribution"],
  // 流通: the traditional trade, goods passed on through wholesalers to small shops.
  ["流通", "distribution"],
  // The traditional and the modern trade in Chinese (传统渠道 as 流通, 现代渠道 as the chains and KA), a
  // second-tier wholesaler (二批), and shops by what they sell (烟酒店, 母婴店): each was kept as written.
  ["传统渠道", "distribution"],
  ["二批", "wholesale"],
  ["现代渠道", "retail"],
  ["烟酒店", "retail"],
  ["母婴店", "retail"],
  ["零售", "retail"],
  ["门店", "retail"],
  ["商超", "retail"],
  ["超市", "retail"],
  ["卖场", "retail"],
  ["便利店", "retail"],
  // 连锁: a chain of stores (连锁店, 连锁药房), selling to the end customer.
  ["连锁", "retail"],
  ["夫妻店", "retail"],
  ["药店", "retail"],
  ["药房", "retail"],
  ["社区店", "retail"],
  ["工装", "project"],
  ["专卖", "retail"],
  ["工程", "project"],
  ["项目", "project"],
  // Selling by tender (招投标, 政府采购, 集采): a project's registration and technical support.
  ["招投标", "project"],
  ["招标", "project"],
  ["投标", "project"],
  ["政府采购", "project"],
  // Government and enterprise accounts (政企), bought by tender and project.
  ["政企", "project"],
  ["集采", "project"],
  ["集中采购", "project"],
  ["电商", "ecommerce"],
  ["网店", "ecommerce"],
  ["线上", "ecommerce"],
  ["天猫", "ecommerce"],
  ["京东", "ecommerce"],
  ["淘宝", "ecommerce"],
  ["拼多多", "ecommerce"],
  ["抖音", "ecommerce"],
  ["直播", "ecommerce"],
  ["社区团购", "ecommerce"],
];

const SENSITIVITY_WORDS: readonly (readonly [string, SensitivityCode])[] = [
  ["价格", "price"],
  ["低价", "price"],
  ["服务", "service"],
  ["物流", "service"],
  ["交期", "service"],
  ["到货", "service"],
  ["品牌", "brand"],
  ["返利", "rebate"],
  ["返点", "rebate"],
  // A dealer sensitive to our channel policies (政策敏感, 看重政策): rebates, price support, incentives,
  // the rebate's lever (a clear stepped policy paid on time). It was kept as written, with no lever.
  // (政策 beside another lever, 价格政策, is that lever's.)
  ["政策敏感", "rebate"],
  ["看重政策", "rebate"],
  ["重视政策", "rebate"],
  ["政策支持", "rebate"],
  ["渠道政策", "rebate"],
  ["政策导向", "rebate"],
  ["政策型", "rebate"],
  ["奖励", "rebate"],
  ["激励", "rebate"],
  ["质量", "quality"],
  ["品质", "quality"],
  ["关系", "relationship"],
  ["感情", "relationship"],
  ["利润", "price"],
  ["毛利", "price"],
  ["交货", "service"],
  // After-sales and technical support are service; promotion and advertising the brand's lever (joint
  // promotion, store image).
  ["售后", "service"],
  ["技术支持", "service"],
  ["促销", "brand"],
  ["推广", "brand"],
  ["广告", "brand"],
  ["账期", "terms"],
  ["付款条件", "terms"],
  ["赊销", "terms"],
  ["leadtime", "service"],
];

/**
 * Levers listed in one cell (价格、返利; 服务+价格; Price / Brand): the first leads, as the manager wrote
 * them in order (the cell was kept as written, and the note named no lever at all).
 */
function firstListed(
  words: readonly (readonly [string, SensitivityCode])[],
  extra: Readonly<Record<string, string>>,
  text: string,
): string {
  const parts = text.split(/[、,，/／+＋;；&和及与]|\s+and\s+/).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === "")) return text.trim();
  const codes = parts.map((p) => lookup(SENSITIVITY, words, extra, p));
  return codes.every((c) => SENSITIVITY_CODES.has(c)) ? (codes[0] as string) : text.trim();
}

function lookup<T extends string>(
  table: Readonly<Record<string, T>>,
  words: readonly (readonly [string, T])[],
  extra: Readonly<Record<string, string>>,
  text: string,
): string {
  // A class changed (一级经销->总代理, 零售→电商): the one now (each was the first).
  const to = changedTo(text);
  if (to !== undefined && to !== "") return lookup(table, words, extra, to);
  const folded = foldText(text);
  for (const [word, code] of Object.entries(extra)) {
    if (foldText(word) === folded) return code;
  }
  const exact = table[folded];
  if (exact !== undefined) return exact;
  let found: T | undefined;
  for (const [word, code] of words) {
    if (!folded.includes(word) || code === found) continue;
    if (found !== undefined) return byHead(table, words, extra, text);
    found = code;
  }
  return found ?? byHead(table, words, extra, text);
}

/**
 * A text no class or two classes matched, read by what stands before its gloss (一级（省代）: 一级, where
 * 一级 and 省代 each named a class and the cell was kept as written; 批发（流通）: 批发); else as written.
 */
function byHead<T extends string>(
  table: Readonly<Record<string, T>>,
  words: readonly (readonly [string, T])[],
  extra: Readonly<Record<string, string>>,
  text: string,
): string {
  const head = withoutGloss(text);
  if (head === undefined) return text.trim();
  const code = lookup(table, words, extra, head);
  return code === head.trim() ? text.trim() : code;
}

/** Builds a cached classifier: a sheet has few distinct texts, so each is folded and looked up once. */
function cached(classify: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      v = text.trim() === "" ? "unknown" : classify(text);
      cache.set(text, v);
    }
    return v;
  };
}

/**
 * Builds the normaliser for management mode (管理模式): synonyms to a class code, other text kept as found.
 * @example createManagementModeClassifier({})("省代") // "regionalAgent"
 */
export function createManagementModeClassifier(
  extra: Readonly<Record<string, string>>,
): (text: string) => string {
  return cached((t) => {
    const code = lookup(MANAGEMENT_MODE, MANAGEMENT_WORDS, extra, t);
    if (MANAGEMENT_CODES.has(code)) return code;
    // A grade a brand gives its dealers before the kind (金牌代理, 钻石经销商, 银牌分销商, VIP经销商): the
    // kind decides (each was kept as written, the note naming no one to coordinate through).
    const bare = matchForm(t).trim().replace(DEALER_GRADE, "");
    if (bare === "" || bare === matchForm(t).trim()) return code;
    const kind = lookup(MANAGEMENT_MODE, MANAGEMENT_WORDS, extra, bare);
    return MANAGEMENT_CODES.has(kind) ? kind : code;
  });
}

/** A dealer's grade in a brand's programme, before its kind: 金牌, 银牌, 钻石, 白金, 五星, VIP, A级. */
const DEALER_GRADE =
  /^(?:金牌|银牌|铜牌|钻石|钻石级|白金|铂金|黄金|皇冠|[一二三四五1-5]星级?|vip|[abcs]级|[abcs]类)\s*/i;

/**
 * Builds the normaliser for sales mode (销售模式).
 * @example createSalesModeClassifier({})("工程（项目）") // "project"
 */
export function createSalesModeClassifier(extra: Readonly<Record<string, string>>): (text: string) => string {
  return cached((t) => lookup(SALES_MODE, SALES_WORDS, extra, t));
}

/**
 * Builds the normaliser for sensitivity type (敏感类型).
 * @example createSensitivityClassifier({})("价格敏感型") // "price"
 */
export function createSensitivityClassifier(
  extra: Readonly<Record<string, string>>,
): (text: string) => string {
  return cached((t) => {
    const code = lookup(SENSITIVITY, SENSITIVITY_WORDS, extra, t);
    return SENSITIVITY_CODES.has(code) ? code : firstListed(SENSITIVITY_WORDS, extra, t);
  });
}

const RATING: Readonly<Record<string, CreditClass>> = {
  aaa: "A",
  aa: "A",
  "a+": "A",
  a: "A",
  "aa+": "A",
  "aa-": "A",
  "a-": "A",
  优: "A",
  优秀: "A",
  好: "A",
  良好: "B",
  一级: "A",
  bbb: "B",
  bb: "B",
  "b+": "B",
  b: "B",
  "bbb+": "B",
  "bbb-": "B",
  "bb+": "B",
  "bb-": "B",
  "b-": "B",
  良: "B",
  较好: "B",
  二级: "B",
  ccc: "C",
  cc: "C",
  "c+": "C",
  c: "C",
  "c-": "C",
  中: "C",
  一般: "C",
  较差: "C",
  三级: "C",
  d: "D",
  差: "D",
  很差: "D",
  不良: "D",
  黑名单: "D",
  低风险: "A",
  中风险: "C",
  高风险: "D",
  四级: "D",
  无风险: "A",
  较低风险: "A",
  较高风险: "D",
  极高风险: "D",
  坏: "D",
  "1级": "A",
  "2级": "B",
  "3级": "C",
  "4级": "D",
  // Beyond D on a five- or six-grade scale: the worst there is here.
  e: "D",
  f: "D",
  // The five categories banks and finance teams grade receivables by (正常, 关注, 次级, 可疑, 损失).
  正常: "A",
  正常类: "A",
  关注: "B",
  关注类: "B",
  // A finance team's flags short of a grade: watched (观察, as 关注 is), a warning raised (预警: terms
  // tightened). Each was no rating, the account's A kept.
  观察: "B",
  预警: "C",
  次级: "C",
  次级类: "C",
  可疑: "D",
  可疑类: "D",
  损失: "D",
  损失类: "D",
  // The Chinese ordinals for grades (甲级 as A), and the words of a pass-fail review.
  甲: "A",
  乙: "B",
  丙: "C",
  丁: "D",
  优质: "A",
  合格: "B",
  不合格: "D",
  优良: "A",
  极差: "D",
  // Traffic lights, as finance teams colour a customer's credit: green, yellow (watch), red (stop).
  绿: "A",
  绿色: "A",
  绿灯: "A",
  黄: "C",
  黄色: "C",
  黄灯: "C",
  红: "D",
  红色: "D",
  红灯: "D",
  // The lists finance teams keep (白名单 clear, 灰名单 watched closely, 黑名单 stopped), an alert by its
  // colour (红色预警 as 红 is), and a record of default or none: each was no rating.
  白名单: "A",
  灰名单: "C",
  红色预警: "D",
  橙色预警: "C",
  黄色预警: "C",
  无不良记录: "A",
  有不良记录: "C",
  无逾期记录: "A",
  有逾期记录: "C",
  // An English credit status (Good Standing, Approved as 合格 is, On Watch, Restricted, Delinquent,
  // Declined, In Collections): each was an unknown rating, the account's class left to the days alone.
  goodstanding: "A",
  ingoodstanding: "A",
  approved: "B",
  creditapproved: "B",
  watch: "B",
  watchlist: "B",
  onwatch: "B",
  pastdue: "B",
  restricted: "C",
  creditrestricted: "C",
  delinquent: "C",
  declined: "D",
  creditdeclined: "D",
  collections: "D",
  incollections: "D",
  whitelist: "A",
  whitelisted: "A",
  greylist: "C",
  graylist: "C",
  blacklist: "D",
  blacklisted: "D",
  // English words, graded as their Chinese (良好 is B).
  excellent: "A",
  // A five-word scale (Excellent, Very Good, Good, Fair, Poor) and its neighbours; each was no rating.
  verygood: "A",
  good: "B",
  satisfactory: "B",
  average: "C",
  fair: "C",
  poor: "D",
  verypoor: "D",
  bad: "D",
  verybad: "D",
  lowrisk: "A",
  mediumrisk: "C",
  highrisk: "D",
  green: "A",
  yellow: "C",
  amber: "C",
  red: "D",
};

/**
 * Maps a credit rating to A-D (AAA/AA → A, BBB → B, …; 优/良/中/差). Unknown text gives undefined.
 * @example creditFromRating("AA") // "A"
 */
export function creditFromRating(text: string): CreditClass | undefined {
  // A rating changed (A→C, AA -> B): the one now (A->C was A).
  const to = changedTo(text);
  if (to !== undefined) return to === "" ? undefined : creditFromRating(to);
  const t = matchForm(text)
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "")
    // 3A, 2A, 1A: the Chinese way of writing AAA, AA, A.
    .replace(/^([1-3])a(?=$|级|等|类)/, (_, n: string) => "a".repeat(Number(n)));
  // "AA级", "信用良好": the grade with its word.
  const rated =
    RATING[t] ??
    RATING[
      t.replace(/^(信用|资信)/, "").replace(/^([a-d][a-d+-]*|[甲乙丙丁])(?:级|等|类)(?:客户)?$/, "$1")
    ] ??
    creditFromStars(t);
  if (rated !== undefined) return rated;
  // A rating with its meaning beside it (A（良好）, AAA级（优秀）, C - 较差): each was an unknown rating.
  const head = withoutGloss(text);
  return head === undefined ? undefined : creditFromRating(head);
}

/**
 * Stars as CRMs show a rating: ★★★★☆ (filled and empty), ★★★ (of five), 4星, 四星级, 4 stars, 4-star.
 * Emoji stars come with a variation selector (⭐️ is U+2B50 U+FE0F as phones and Macs type it), which
 * NFKC keeps: creditFromStars drops them first.
 */
const STARS = /^(?:信用|资信)?(?:([★⭐]+)(☆*)|([1-5一二三四五])(?:星级?|-?stars?))$/;
const STAR_DIGITS = "一二三四五";

/**
 * A star rating as a class, by the share of stars filled (of the stars shown, else of five): four or
 * five of five is A, three B, two C, one or none D. A lone ★ is no rating (it may mark the row).
 * @example creditFromStars("★★★☆☆") // "B"
 */
function creditFromStars(t: string): CreditClass | undefined {
  const m = STARS.exec(t.replace(/[\uFE0E\uFE0F]/g, ""));
  if (!m) return undefined;
  let filled: number;
  let all = 5;
  if (m[1] !== undefined) {
    filled = [...m[1]].length;
    if ((m[2] ?? "") !== "") all = filled + (m[2] as string).length;
    // A lone ★ may mark a row as much as rate it: a rating of D is too much to read into it.
    else if (filled === 1) return undefined;
  } else filled = /\d/.test(m[3] as string) ? Number(m[3]) : STAR_DIGITS.indexOf(m[3] as string) + 1;
  if (filled > all || all > 10) return undefined;
  const share = filled / all;
  return share >= 0.8 ? "A" : share >= 0.6 ? "B" : share >= 0.4 ? "C" : "D";
}

/**
 * A credit score out of 100 (信用评分 85) as a class, by the rules' bands: at least minScoreA is A, minScoreB
 * B, minScoreC C, below it D (with the defaults, 80, 70 and 60: good, fair, a pass, a fail).
 * @example creditFromScore(72, DEFAULT_RULES) // "B"
 */
export function creditFromScore(score: number, rules: Rules): CreditClass {
  const c = rules.credit;
  return score >= c.minScoreA ? "A" : score >= c.minScoreB ? "B" : score >= c.minScoreC ? "C" : "D";
}

/** A level word as a rating: 高, 较高, 中, 中等, 较低, 低 and High, Medium, Low (信用高, 资信较低, 风险中 too). */
const LEVEL_WORD =
  /^(?:信用|资信|信誉|风险)?(?:等级)?(较高|偏高|高|中等|中|一般|较低|偏低|低|high|medium|med|moderate|low)(?:风险)?$/;

/**
 * The high-medium-low scale some teams rate credit on, read by what the column rates: a credit column's
 * 高 is good credit (A), its 中 fair (B), its 低 poor (C: terms tightened; D stays for 差, a blacklist or
 * 90 days overdue); a risk column's (风险等级, Risk Level) 高 is high risk (D), 中 C, 低 A, as 高风险,
 * 中风险 and 低风险 already read, wherever they stand. Undefined for any other text.
 * @example creditFromLevel("高", true) // "D"
 */
export function creditFromLevel(text: string, risk: boolean): CreditClass | undefined {
  // A level changed (高->低): the one now, by what the column rates.
  const to = changedTo(text);
  if (to !== undefined) return to === "" ? undefined : creditFromLevel(to, risk);
  const t = foldText(text);
  const m = LEVEL_WORD.exec(t);
  if (!m) return undefined;
  const w = m[1] as string;
  const level = /高|high/.test(w) ? 2 : /低|low/.test(w) ? 0 : 1;
  // 高风险 in a credit column is a risk still.
  if (risk || t.includes("风险")) return level === 2 ? "D" : level === 1 ? "C" : "A";
  return level === 2 ? "A" : level === 1 ? "B" : "C";
}

/** Whether a credit column's texts (each once) rate on a high-low scale: one says 高 or 低 (High, Low). */
export function ratesHighLow(texts: Iterable<string>): boolean {
  for (const t of texts) {
    const m = LEVEL_WORD.exec(foldText(t));
    if (m && /高|低|high|low/.test(m[1] as string)) return true;
  }
  return false;
}

/** A sales potential as a manager states it in a column of words: 高, 较大, Medium, Low … */
const POTENTIAL_WORD =
  /^(?:潜力)?(较高|偏高|很高|高|较大|很大|大|中等|中|一般|较低|偏低|很低|低|较小|很小|小|high|medium|med|moderate|low|h|m|l|a|b|c)(?:潜力|类|级)?$/;
/**
 * A potential in other words (有潜力, 待挖掘, 成长型; 成熟, 饱和; 无潜力, 衰退): each was no class, said on
 * its row, and the potential taken from the growth alone.
 */
const POTENTIAL_PHRASE: readonly (readonly [RegExp, PotentialClass])[] = [
  [
    /^(?:有潜力|潜力(?:很)?大|潜力强|强|较强|高潜|待挖掘|可挖掘|成长型?|增长型|高成长|快速成长|高速增长|快速增长|growing|growth|strong|s级|s类)$/,
    "high",
  ],
  [/^(?:成熟型?|稳定型?|潜力一般|mature|stable)$/, "medium"],
  [
    /^(?:无潜力|没有潜力|潜力(?:不大|有限|小|弱)|弱|较弱|饱和|衰退型?|萎缩|下滑|declining|saturated|weak|none)$/,
    "low",
  ],
];

/**
 * A stated sales potential (a 销售潜力 column of 高/中/低, High/Medium/Low): the manager's own class of
 * the course's dimension, which stands over the one growth gives. Undefined for anything else.
 * @example potentialFromWord("较高") // "high"
 */
export function potentialFromWord(text: string): PotentialClass | undefined {
  const to = changedTo(text);
  if (to !== undefined) return to === "" ? undefined : potentialFromWord(to);
  const folded = foldText(text);
  const phrase = POTENTIAL_PHRASE.find(([re]) => re.test(folded))?.[1];
  if (phrase !== undefined) return phrase;
  // Stars, as a CRM rates a lead (★★★★☆, 5星): four or five of five high, three medium, fewer low.
  const stars = creditFromStars(folded);
  if (stars !== undefined) return stars === "A" ? "high" : stars === "B" ? "medium" : "low";
  const m = POTENTIAL_WORD.exec(folded);
  if (!m) {
    // A class with its meaning beside it (高（重点培养）, 低 - 维持): by the class.
    const head = withoutGloss(text);
    return head === undefined ? undefined : potentialFromWord(head);
  }
  const w = m[1] as string;
  // A, B, C and H, M, L as potential grades write them (潜力等级 A/B/C).
  return /高|大|high|^[ah]$/.test(w) ? "high" : /低|小|low|^[cl]$/.test(w) ? "low" : "medium";
}

/** A regional share as a manager states it in words (区域占有: 主导/强势/竞争/弱势, Strong, Weak …). */
const SHARE_WORD: readonly (readonly [RegExp, ShareClass])[] = [
  // Also the market positions marketing texts name (领导者, 挑战者, 追随者, 补缺者; Leader, Challenger,
  // Follower, Nicher), a rank in the region (第一, 第1, 龙头, No.1, Top 1, #1; 第二, 前三, Top 3) and a share
  // 高/低: each was no class, said on its row.
  [
    /^(?:主导|领导者?|领先|统治|龙头|垄断|绝对优势|(?:排名)?第[一1]名?|排名[一1]|首位|no\.?1|top1|#1|dominant|leader|leading|marketleader)$/,
    "dominant",
  ],
  [
    /^(?:强势|强|较强|很强|优势|相对优势|高|较高|很高|偏高|挑战者|(?:排名)?第[二三23]名?|排名[二三23]|前[三3]名?|前列|no\.?[23]|top[23]|#[23]|strong|challenger)$/,
    "strong",
  ],
  [/^(?:竞争|均势|一般|中等?|追随者|跟随者|competitive|contender|average|follower)$/, "competitive"],
  // A market not yet entered or just opened (空白市场, 新市场, 新开发): our share there is small.
  [
    /^(?:弱势|弱|较弱|很弱|劣势|低|较低|很低|偏低|极低|补缺者|空白|未覆盖|未进入|新|新进入|新开发|新开拓|weak|niche|nicher|low)$/,
    "weak",
  ],
];

/**
 * A regional share class stated in words (a 区域占有 column of 主导/强势/竞争/弱势): the manager's own
 * class of the course's dimension, as a market share would give one. Undefined for anything else.
 * @example shareFromWord("强势") // "strong"
 */
export function shareFromWord(text: string): ShareClass | undefined {
  // A class changed (弱势→强势, Weak -> Strong): the one now (Weak -> Strong was weak).
  const to = changedTo(text);
  if (to !== undefined) return to === "" ? undefined : shareFromWord(to);
  const t = foldText(text)
    .replace(/^市场/, "")
    .replace(/(?:型|地位|区域|市场)$/, "");
  const stated = SHARE_WORD.find(([re]) => re.test(t))?.[1];
  if (stated !== undefined) return stated;
  // A class with its meaning beside it (强势（本地第一）, 弱势 - 需扶持): by the class.
  const head = withoutGloss(text);
  return head === undefined ? undefined : shareFromWord(head);
}

/**
 * Maps days overdue to A-D with the rules' bands (default 0 → A, 1-30 → B, 31-90 → C, > 90 → D).
 * @example creditFromOverdue(45, DEFAULT_RULES) // "C"
 */
export function creditFromOverdue(days: number, rules: Rules): CreditClass {
  if (days <= rules.credit.maxDaysA) return "A";
  if (days <= rules.credit.maxDaysB) return "B";
  if (days <= rules.credit.maxDaysC) return "C";
  return "D";
}

const CREDIT_ORDER: readonly CreditClass[] = ["A", "B", "C", "D"];

/**
 * The worse of two credit classes (D worst); either may be missing. Credit is the worse of the rating
 * and the days-overdue band, so a good rating never hides a long overdue balance.
 * @example worseCredit("A", "D") // "D"
 */
export function worseCredit(a: CreditClass | undefined, b: CreditClass | undefined): CreditClass | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return CREDIT_ORDER.indexOf(a) >= CREDIT_ORDER.indexOf(b) ? a : b;
}

/**
 * Sales potential from year-on-year growth (≥ 30% high, ≥ 0 medium, below low by default).
 * @example potentialFromGrowth(0.35, DEFAULT_RULES) // "high"
 */
export function potentialFromGrowth(growth: number, rules: Rules): PotentialClass {
  if (growth >= rules.potential.highGrowth) return "high";
  if (growth >= rules.potential.lowGrowth) return "medium";
  return "low";
}

/**
 * Sales potential from headroom against a market potential: the untapped share of the market.
 * @example potentialFromHeadroom(0.6, DEFAULT_RULES) // "high"
 */
export function potentialFromHeadroom(headroom: number, rules: Rules): PotentialClass {
  if (headroom >= rules.potential.highHeadroom) return "high";
  if (headroom >= rules.potential.lowHeadroom) return "medium";
  return "low";
}

/**
 * Regional share class by Lanchester bands: ≥ 42% dominant, ≥ 26% strong, ≥ 11% competitive, else weak.
 * @example shareClass(0.3, DEFAULT_RULES) // "strong"
 */
export function shareClass(share: number, rules: Rules): ShareClass {
  if (share >= rules.regionalShare.dominant) return "dominant";
  if (share >= rules.regionalShare.strong) return "strong";
  if (share >= rules.regionalShare.competitive) return "competitive";
  return "weak";
}

const OVERRIDE: Readonly<Record<string, Tier>> = {
  重点: "key",
  重点客户: "key",
  大客户: "key",
  核心: "key",
  核心客户: "key",
  key: "key",
  keyaccount: "key",
  // S above A, as Chinese CRMs grade (S级客户: the strategic few); it was "not a valid tier", ignored.
  s: "key",
  s类: "key",
  s级: "key",
  s级客户: "key",
  s类客户: "key",
  a: "key",
  a类: "key",
  a级: "key",
  a级客户: "key",
  a类客户: "key",
  ka: "key",
  ka客户: "key",
  重要客户: "key",
  关键客户: "key",
  vip: "key",
  vip客户: "key",
  战略客户: "key",
  战略: "key",
  主要客户: "key",
  major: "key",
  majoraccount: "key",
  一类: "key",
  一类客户: "key",
  甲类: "key",
  core: "key",
  coreaccount: "key",
  strategic: "key",
  普通: "ordinary",
  普通客户: "ordinary",
  一般: "ordinary",
  一般客户: "ordinary",
  ordinary: "ordinary",
  ordinaryaccount: "ordinary",
  ordinarycustomer: "ordinary",
  regular: "ordinary",
  b: "ordinary",
  b类: "ordinary",
  b级: "ordinary",
  b级客户: "ordinary",
  b类客户: "ordinary",
  次要客户: "ordinary",
  standard: "ordinary",
  二类: "ordinary",
  二类客户: "ordinary",
  乙类: "ordinary",
  小客户: "ordinary",
  潜在: "prospect",
  潜在客户: "prospect",
  // 潜客 (潜在客户 shortened), 待开发 and 储备客户 (accounts held in reserve to develop): each was unknown.
  潜客: "prospect",
  待开发: "prospect",
  待开发客户: "prospect",
  储备客户: "prospect",
  意向: "prospect",
  意向客户: "prospect",
  可能成为你客户的企业: "prospect",
  准客户: "prospect",
  prospect: "prospect",
  c: "prospect",
  c类: "prospect",
  c级: "prospect",
  potential: "prospect",
  三类: "prospect",
  三类客户: "prospect",
  丙类: "prospect",
  lead: "prospect",
};

/** A move from one tier to another in words, folded (由重点调为普通, 从A降为B): the second. */
const FROM_TO = /^(?:由|从)\S+?(?:调整|调|降级|降|升级|升|提升|改|转|划)(?:为|到|至|成)(.+)$/;

/**
 * A move to a tier before the tier's word, folded: 提升为, 升为, 降为, 调整为, 改为, 列为, promote to, move to,
 * make, force, mark as (Make Key, Force Key, Mark as Key were unknown overrides);
 * and a tier kept, which is as much the planner's: 保持重点, 维持普通客户, 仍为重点, Keep as key (each was an
 * unknown override, while 保持 alone keeps the run's own tier).
 */
const MOVE_TO =
  /^(?:(?:提升|升级|升|降级|降|调整|调|改|列|转|划|设|设置|定|纳|归)(?:为|到|至|入|成)|(?:promote|demote|move|change|set|upgrade|downgrade)(?:d)?to|(?:make|force|mark|pin|flag)(?:ged|ed)?(?:it)?(?:as)?|(?:保持|维持|仍|继续)(?:为|是|列为|作为)?|(?:keep|stay|remain)(?:ed|s)?(?:it)?(?:as|at)?)/;

/**
 * An override cell that asks for no override (不调整, 保持, 维持, 按系统, Keep, No change, Auto): the
 * machine's tier stands, unsaid (each was an unknown override, said on its row).
 * @example keepsMachineTier("不调整") // true
 */
export function keepsMachineTier(text: string): boolean {
  return /^(?:不调整|无需调整|不需调整|不变|保持|保持不变|维持|维持不变|维持原级|按系统|按系统分级|系统分级|自动|默认|keep|keepasis|nochange|unchanged|auto|automatic|default|asis|system)$/.test(
    foldText(text),
  );
}

/**
 * Reads a tier as people write it in an override column or as the product wrote it: 重点/普通/潜在,
 * Key/Ordinary/Prospect, A/B/C. Unknown text gives undefined.
 * @example tierFromText("重点客户") // "key"
 */
export function tierFromText(text: string): Tier | undefined {
  // A change written as from → to (重点→普通, Key -> Ordinary, A→B): the tier it goes to. Read as a tier
  // with a gloss, Key -> Ordinary was key.
  const to = changedTo(text);
  if (to !== undefined) return to === "" ? undefined : tierFromText(to);
  const folded = foldText(text);
  const tier = OVERRIDE[folded];
  if (tier !== undefined) return tier;
  // From one tier to another in words (由重点调为普通, 从重点降为普通): the second.
  const fromTo = FROM_TO.exec(folded);
  if (fromTo?.[1]) return tierFromText(fromTo[1]);
  // A move to a tier, as a planner writes it (提升为重点, 降为普通客户, 调整为意向, Promote to Key): the tier
  // it names (each was an unknown override).
  const moved = MOVE_TO.exec(folded);
  if (moved) return OVERRIDE[folded.slice(moved[0].length)];
  // A tier with why beside it, as a planner types it (重点客户（老板指定）, 普通 - 观察): the tier.
  const head = withoutGloss(text);
  return head === undefined ? undefined : OVERRIDE[foldText(head)];
}

/**
 * A numbered tier in an override column, the first the top (Tier 1, T1, 一级, 1级客户; each was an unknown
 * override): 1 key, 2 ordinary, 3 prospect. Only there: elsewhere T1 and 一级 are a distributor's level
 * (一级经销商, the management mode), and a bare 1 is a rank or a priority as much as a tier.
 * @example numberedTier("Tier 1") // "key"
 */
export function numberedTier(text: string): Tier | undefined {
  const m = /^(?:(?:tier|t)([123])|([123一二三])级(?:客户)?)$/.exec(foldText(text));
  const n = m?.[1] ?? m?.[2];
  if (n === undefined) return undefined;
  return /[1一]/.test(n) ? "key" : /[2二]/.test(n) ? "ordinary" : "prospect";
}

/** A move by one tier with no tier named (升级, 降一级, 上调, 上升一级, Upgrade, Move down), folded. */
const MOVE_UP =
  /^(?:升级|升一级|升档|升一档|升|上调|上调一级|上调一档|上升|上升一级|上升一档|调高|调高一级|调升|调升一级|提级|提档|提一级|提一档|提升|提升一级|提高一级|晋级|晋升|↑|upgrade|up|moveup|promote|raise|bumpup|tierup)$/;
const MOVE_DOWN =
  /^(?:降级|降一级|降档|降一档|降|下调|下调一级|下调一档|下降|下降一级|下降一档|调低|调低一级|调降|调降一级|降低|降低一级|降低一档|↓|downgrade|down|movedown|demote|lower|tierdown)$/;

/**
 * An override cell that takes the account out of the key tier without naming another (取消重点, 移出重点,
 * 非重点, Not key, Remove from key; each was an unknown override): ordinary where it has sales, and the
 * run's own tier where it has none (a prospect is no key account either).
 * @example notKeyTier("取消重点客户") // true
 */
export function notKeyTier(text: string): boolean {
  const of = (folded: string): boolean =>
    /^(?:(?:取消|移出|撤销|退出|剔除|去掉)重点(?:客户)?(?:资格)?|(?:非|不列为?|不作为?|不再是?|不再列为)重点(?:客户)?|notkey|nokey|notakeyaccount|notkeyaccount|nolongerkey|removefromkey|removekey|dropfromkey)$/.test(
      folded,
    );
  if (of(foldText(text))) return true;
  const head = withoutGloss(text);
  return head !== undefined && of(foldText(head));
}

/**
 * An override cell that moves the account one tier from the run's own (升级, 降一级, 上调, Upgrade, Demote),
 * with why beside it or not (升级（年度大单）): 1 up, -1 down; undefined where it says no move. The tier it
 * lands on is the machine's one step up or down (see rankAccounts); each was an unknown override.
 * @example moveFromText("升级") // 1
 * @example moveFromText("Downgrade") // -1
 */
export function moveFromText(text: string): 1 | -1 | undefined {
  const of = (folded: string): 1 | -1 | undefined =>
    MOVE_UP.test(folded) ? 1 : MOVE_DOWN.test(folded) ? -1 : undefined;
  const move = of(foldText(text));
  if (move !== undefined) return move;
  const head = withoutGloss(text);
  return head === undefined ? undefined : of(foldText(head));
}

const STATUS: Readonly<Record<string, "prospect" | "active" | "inactive">> = {
  潜在: "prospect",
  潜在客户: "prospect",
  // 潜在客户 shortened, and a target to win (each was an unknown status).
  潜客: "prospect",
  目标客户: "prospect",
  意向: "prospect",
  意向客户: "prospect",
  洽谈中: "prospect",
  开发中: "prospect",
  未合作: "prospect",
  待审核: "prospect",
  审核中: "prospect",
  待签约: "prospect",
  待激活: "prospect",
  prospect: "prospect",
  lead: "prospect",
  potential: "prospect",
  pipeline: "prospect",
  opportunity: "prospect",
  subscriber: "prospect",
  线索: "prospect",
  商机: "prospect",
  // Steps of a deal before the first order (each was an unknown status on its row): a dealer to develop
  // first (重点开发), samples sent (样品阶段, 送样), a tender under way (招标中), terms being negotiated.
  重点开发: "prospect",
  重点开发客户: "prospect",
  样品阶段: "prospect",
  送样: "prospect",
  送样中: "prospect",
  样品测试: "prospect",
  招标中: "prospect",
  投标中: "prospect",
  negotiation: "prospect",
  negotiating: "prospect",
  proposal: "prospect",
  quoted: "prospect",
  // Trial orders placed, as 试单 is.
  trial: "active",
  老客户: "active",
  新客户: "active",
  closedwon: "active",
  won: "active",
  赢单: "active",
  evangelist: "active",
  合作中: "active",
  合作: "active",
  有效: "active",
  有效客户: "active",
  正常: "active",
  活跃: "active",
  在合作: "active",
  新签: "active",
  新开: "active",
  新开户: "active",
  新开发: "active",
  新开发客户: "active",
  已签约: "active",
  客户: "active",
  // A CRM's or a ledger's kinds of customer in a 客户类型 column.
  合作客户: "active",
  成交客户: "active",
  签约客户: "active",
  正式客户: "active",
  active: "active",
  customer: "active",
  signed: "active",
  new: "active",
  // A customer signed and set up, or woken again (each was an unknown status on its row): Onboarded, New
  // Account, Contracted, Live, Go-live, In Trial (as Trial), 已激活, 唤醒; set up but not yet active
  // (Pending Activation, as 待激活) and a lead that answers (Engaged) are prospects; a company shut down
  // has ended, as Out of Business has.
  onboarded: "active",
  newaccount: "active",
  contracted: "active",
  live: "active",
  golive: "active",
  intrial: "active",
  已激活: "active",
  唤醒: "active",
  已唤醒: "active",
  pendingactivation: "prospect",
  engaged: "prospect",
  shutdown: "inactive",
  停止合作: "inactive",
  终止: "inactive",
  已终止: "inactive",
  停用: "inactive",
  注销: "inactive",
  流失: "inactive",
  关闭: "inactive",
  暂停: "inactive",
  黑名单: "inactive",
  拉黑: "inactive",
  已拉黑: "inactive",
  清退: "inactive",
  淘汰: "inactive",
  // Out of the channel (退出 beside 合作中 and 暂停: an unknown status, the account tiered as a customer).
  退出: "inactive",
  已退网: "inactive",
  退网: "inactive",
  suspended: "inactive",
  blacklisted: "inactive",
  inactive: "inactive",
  closed: "inactive",
  terminated: "inactive",
  churned: "inactive",
  lost: "inactive",
  // A CRM's account cancelled, deactivated, archived or merged into another (as 合并至): ended (each was
  // an unknown status, said on its row, and the account tiered).
  cancelled: "inactive",
  canceled: "inactive",
  deactivated: "inactive",
  archived: "inactive",
  merged: "inactive",
  // Under evaluation, as 考察中: no deal yet.
  evaluation: "prospect",
  evaluating: "prospect",
  underevaluation: "prospect",
};

/**
 * A status that flags a customer at risk of ending: 流失预警, 有流失风险, 濒临流失, at risk, churn risk; a
 * dealer under watch or told to correct its conduct (观察, 重点观察, 整改, 限期整改: 窜货, a broken price);
 * and a contract run out or due (合同到期, 未续约, 待续约, contract expired, renewal due): a customer still,
 * whose renewal is the thing to act on (it was an unknown status, said on every such row).
 */
const RISK =
  /流失(?:预警|风险)|濒临流失|挽回|预警|观察|整改|合同(?:已)?到期|^(?:已)?到期$|到期未续|未续约|不续约|待续约|churnrisk|atrisk|riskof(?:churn|loss|losing)|probation|contractexpired|expiredcontract|renewaldue|notrenewed|pendingrenewal/;
/** A legal dispute with the account (法律诉讼, 仲裁中, 被执行, Litigation): a customer still, on cash terms. */
const DISPUTE =
  /(?<!无|没有|未|非)(?:诉讼|仲裁|起诉|纠纷|查封|被执行|失信|律师函|法务介入)|litigation|lawsuit|indispute|legaldispute|legalaction|legalproceedings|arbitration/;
/**
 * Deliveries or credit stopped while the account stays a customer: 暂停发货, 限制发货, 信用冻结, 账户冻结, 冻结, an
 * ERP's Credit Hold, Order Block, Delivery Block, Blocked (SAP's customer block: an unknown status, and
 * a blocked account with no sales this period a prospect to develop), a CRM's On Hold (an account status
 * beside Active and Inactive: business paused, not ended; it was an ending, and an account on hold
 * with sales this period left the plan and its totals). (Each was an ending or a customer
 * like any other: a key account on a delivery stop was told to exceed its expectations.) 解冻, 解除冻结
 * and Unblocked lift it.
 */
const HOLD =
  /(?<!解除|取消|未|无|非|没有|不)冻结|暂停(?:发货|供货|下单|出货|授信)|停止(?:发货|供货|授信)|(?<!解除|取消|未|无|不)限制(?:发货|供货|出货|下单|赊销|授信)|credithold|onhold|(?:order|delivery|billing)block|(?<!un)blocked|frozen/;
/** A hold lifted (已解冻, 解除冻结) or none (未冻结, Not on hold): no hold now. */
const LIFTED =
  /解冻|(?:解除|取消|未|无|非|没有|不)冻结|unfrozen|released|unblocked|not(?:on)?hold|nohold|notfrozen|notblocked/;

/**
 * Whether a status says deliveries or credit are stopped for a customer (暂停发货, 信用冻结, Credit Hold):
 * its sales decide its tier, its credit is D (no new credit, cash on delivery).
 * @example isHoldStatus("信用冻结") // true
 */
export function isHoldStatus(text: string): boolean {
  const t = foldText(text);
  return HOLD.test(t) && !LIFTED.test(t);
}

/** In a credit column, a word alone says the credit is stopped (暂停, 停止, Suspended), as 冻结 does. */
const CREDIT_STOPPED =
  /^(?:暂停|停止|止付|停用|停止赊销|禁止赊销|已锁定|锁定|suspended|stopped|hold|locked)$/;

/** What Business Central's Blocked column holds for a blocked customer: no delivery, no invoice, nothing. */
const BLOCKED_FOR = /^(?:ship|invoice|all)$/;

/**
 * Whether a hold column's cell says the account is held (冻结, 锁定, Credit Hold; Business Central's
 * Blocked: Ship, Invoice, All): each of these was "not yes/no", and the hold went unread.
 * @example isHoldWord("Ship") // true
 */
export function isHoldWord(text: string): boolean {
  return BLOCKED_FOR.test(foldText(text)) || isCreditHold(text);
}

/**
 * Whether a credit column's cell says the credit is stopped (冻结, 暂停, Credit Hold, Suspended), not
 * what it is rated: a hold (D, cash on delivery), as the same word in a status column is.
 * @example isCreditHold("冻结") // true
 */
export function isCreditHold(text: string): boolean {
  const t = foldText(text);
  return (HOLD.test(t) || CREDIT_STOPPED.test(t)) && !LIFTED.test(t);
}

/**
 * In a credit column, words that say the credit runs as usual, not what it is rated: no hold (已解冻,
 * 未冻结, Unfrozen, Released), Normal, Active, OK, Good Standing, Current. Nothing to read, nothing to say
 * (each was an unknown rating on its row; 正常 alone is A, the best of the five loan categories).
 */
const CREDIT_RUNNING =
  /^(?:已?解冻|(?:解除|取消|未|无|非|没有|不)冻结|正常状态|状态正常|可用|有效|启用|unfrozen|released|unblocked|not(?:on)?hold|nohold|notfrozen|notblocked|normal|active|ok|goodstanding|ingoodstanding|current|open|clear)$/;

/**
 * Whether a credit column's cell says the credit runs as usual (已解冻, Normal, Active): no rating, and
 * not an unknown one.
 * @example isCreditRunning("已解冻") // true
 */
export function isCreditRunning(text: string): boolean {
  return CREDIT_RUNNING.test(foldText(text));
}

/** In a credit column, the balance over the credit limit, in words (超信用额度, 额度用完, Over Limit). */
const CREDIT_OVER_LIMIT =
  /^(?:已?超(?:出|过)?(?:信用)?(?:额度|限额)|超限|额度(?:已)?(?:用完|用尽|不足)|overlimit|over(?:the)?creditlimit|creditlimitexceeded|exceeded(?:credit)?limit|limitexceeded)$/;

/**
 * Whether a credit column's cell says the account owes over its credit limit, without the figures: C,
 * as a balance over the limit is ("C（超信用额度）"; it was an unknown rating, and the account rated as
 * if it owed nothing).
 * @example isCreditOverLimit("超信用额度") // true
 */
export function isCreditOverLimit(text: string): boolean {
  return CREDIT_OVER_LIMIT.test(foldText(text));
}

/** A dispute settled (纠纷已解决, 诉讼已结案, 已和解, settled): no dispute now. */
const SETTLED = /已(?:结案|解决|和解|撤诉|了结)|结束|settled|resolved|closed/;

/**
 * A status in a longer text ("已停止合作", "停止合作（2024年）", "潜在客户-待跟进"): a risk or a return
 * first (流失预警 holds 流失), then the words of an ended relationship (不再合作 holds 合作), then a
 * prospect's (未合作 too), then a customer's.
 */
const STATUS_WORDS: readonly (readonly [RegExp, "prospect" | "active" | "inactive"])[] = [
  // A customer at risk of ending (流失预警, 有流失风险, 濒临流失, churn risk) has not ended: the accounts to
  // act on first, which the words of an ending below would skip. So is one taken back (恢复合作, 解冻).
  // Deliveries paused (暂停发货, a credit hold; an ERP's Credit Hold, Order Block, Delivery Block) pause no
  // relationship either.
  // (A risk that ended it, 停止合作（信用风险）, is an ending: only a risk of ending is named here.) So
  // is one in a legal dispute (法律诉讼): its sales decide, its credit is D. One bankrupt or in
  // liquidation (破产, 清算中) has ended: it was a prospect to win a first order from.
  [
    new RegExp(
      `${RISK.source}|${DISPUTE.source}|${HOLD.source}|恢复合作|重新合作|再次合作|解冻|(?:未|无|非|没有|不)冻结|reactivat|winback`,
    ),
    "active",
  ],
  // A deal won (Closed Won, 赢单, 已成交) made a customer: "closed" below is an account closed. So did a
  // lead converted (Salesforce's Closed - Converted, 已转化: it was an ending, by "closed").
  [/closedwon|dealwon|赢单|已成交|(?<!not|un)converted|已转化/, "active"],
  [
    /former|excustomer|pastcustomer|previouscustomer|lapsed|disqualif|前客户|原客户|输单|死单|重复客户|重复录入|并入|已合并|合并(?:至|到|入|进)|已转让|转给他人|被收购|mergedinto|acquiredby|停止|终止|流失|注销|关闭|关停|倒闭|破产|清算|歇业|停业|关店|闭店|关门|转行|bankrupt|liquidat|insolven|receivership|已退出|退出合作|解约|解除合作|不再合作|暂停|黑名单|清退|淘汰|取消资格|无效|inactive|closed|churn|terminat|lost|blacklist|suspend|defunct|outofbusiness|paused|marketfailed|projectcancell?ed/,
    "inactive",
  ],
  // A CRM's public pool (公海) and its early sales stages (跟进中, 初步接触, 需求确认, 报价; a lead
  // qualified by marketing or sales, MQL, SQL, SAL): no deal yet.
  [
    /潜在|意向|洽谈|在谈|谈判|接洽|待合作|储备|公海|跟进中|初步接触|接触中|需求确认|报价|开发中|待开发|未(?:正式)?合作|待审核|审核中|待签约|待激活|拟合作|考察|线索|商机|未成交|未签约?|未下单|未开户|未进货|未联系|未接触|未拜访|prospect|lead|pipeline|onboarding|opportunit|qualified|notcontacted|attemptedtocontact|opendeal|nurtur|negotiat|^(?:mql|sql|sal)$|^转介绍$/,
    "prospect",
  ],
  // A trial (试合作, 试销, 试单) is buying already, and so is a first order (首单), a renewal (续约中,
  // Renewal: a CRM's stage for a customer's next term; one due or pending is a risk, above), and
  // a CRM's deal stage once a deal is won (首次成交, 多次成交; 未成交 is a prospect's, above), and the
  // stages after it (回款, 售后, 复购, 续费, a trial in use: 试用中).
  [
    /合作中|在合作|已合作|正常合作|长期合作|稳定合作|(?<![未无没不])(?:正式|战略|深度)合作|试合作|试销|试单|首单|成交|续约|续签|新签|签约|活跃|active|customer|evangelist|channelpartner|reseller|renewed|renewal|正常(?:供货|经营|营业|交易|进货|提货|往来)|(?:经营|营业|合作|交易|供货|进货|往来)正常|有交易|已下单|已回款|已开户|(?:大|重点|核心|优质|战略|普通|一般|vip)客户|^vip$|keyaccount|^(?:回款中?|已回款|售后(?:服务|中)?|复购|重复购买|多次购买|续费|已续费|试用中?)$/,
    "active",
  ],
];

/**
 * Whether a status flags a customer at risk of ending (a key account so flagged goes on the watch list).
 * @example isRiskStatus("流失预警") // true
 */
/**
 * Whether a status says the account is in a legal dispute with us or its creditors: its credit is D.
 * @example isDisputeStatus("法律诉讼中") // true
 */
export function isDisputeStatus(text: string): boolean {
  const t = foldText(text);
  return DISPUTE.test(t) && !SETTLED.test(t);
}

export function isRiskStatus(text: string): boolean {
  return RISK.test(foldText(text));
}

const NEGATED_ACTIVE = /(?:不|非|未|没有?)(?:活跃|激活|合作中|在合作)|notactive|nonactive/;
/** A dormant account (休眠, 沉睡, 不活跃, dormant): a customer by name, not buying lately; its sales decide. */
// No trade lately (本年无交易, 无进货): the same, a customer by name not buying (an unknown status before).
const DORMANT = new RegExp(
  `${NEGATED_ACTIVE.source}|休眠|沉睡|沉默|睡眠|无(?:交易|进货|提货|业务)|dormant|idle`,
);

/**
 * Whether a status says the account is dormant: neither ended nor a customer by its status, so the
 * sales alone decide its tier (no sales: a prospect, whose note asks why a customer stopped buying).
 * @example isDormantStatus("休眠客户") // true
 */
export function isDormantStatus(text: string): boolean {
  return DORMANT.test(foldText(text));
}

/**
 * A status that names no standing on purpose, said by no finding: Other, 其他, 未知, and a CRM's partner
 * kinds that buy or not (Salesforce's Technology Partner, Installation Partner): the sales decide.
 */
// An ERP's record states say nothing of the relationship (已审核, 启用, 使用, 未使用: 金蝶's data and use
// states; 使用 was an unknown status on every row of a K/3 customer list). Nor
// does a follow-up task or a lead's temperature, which a customer has as much as a prospect (待跟进,
// 已拜访, 待回访, 观望, 待定; HubSpot's In Progress, Connected, Bad Timing; Hot, Warm, Cold): each was
// an unknown status, said on every such row.
// A CRM's partner kinds that name no stage (Zoho's Distributor, Partner, Integrator) are the same.
const NO_STANDING =
  /^(?:other|others|其他|其它|未知|unknown|technologypartner|installationpartner|partner|distributor|integrator|systemintegrator|已审核|审核通过|已提交|启用|已启用|(?:已|未|正常)?使用中?|在用|(?:待|需|重点|持续|已)?跟进|(?:待|已)(?:联系|拜访|回访)|观望中?|待定|待评估|inprogress|working-?contacted|contacted|connected|badtiming|open|pending|recycled|hot|warm|cold)$/;

/**
 * Whether a status text names no standing on purpose (Other, 其他): the sales decide, nothing to say.
 * @example isNoStanding("Other") // true
 */
export function isNoStanding(text: string): boolean {
  return NO_STANDING.test(foldText(text));
}

/**
 * A CRM's kinds of account that are no channel account at all: a competitor, a supplier, an investor,
 * the press, an analyst, our own staff (Zoho's Account Type: Competitor, Vendor, Investor, Press,
 * Analyst; Dynamics 365's Relationship Type: Influencer, Consultant, Supplier; 客户类型: 竞争对手, 供应商). Whole texts only: 竞品客户 (a competitor's customer) is a prospect.
 */
const NOT_ACCOUNT =
  /^(?:competitors?|competition|vendors?|suppliers?|investors?|press|media|analysts?|influencers?|consultants?|employees?|internal|竞争对手|竞争者|竞争厂家|竞品(?:厂家|公司|企业)|供应商|供货商|供方|投资方|投资人|投资者|股东|媒体|分析师|员工|内部(?:单位|员工)?)$/;

/**
 * Whether a status (a CRM's kind of account) says the row is no channel account: neither a customer nor
 * one to win (Competitor, Vendor, 竞争对手, 供应商).
 * @example isNotAccount("Competitor") // true
 * @example isNotAccount("竞品客户") // false
 */
export function isNotAccount(text: string): boolean {
  return NOT_ACCOUNT.test(foldText(text));
}

/** A status header that asks whether the account is still a customer: 是否合作中, 是否有效, Active?. */
const ACTIVE_QUESTION =
  /^(?:是否(?:正?在?合作中?|有效(?:客户)?|活跃(?:客户)?)|(?:is)?active(?:customer|account|partner)?)\??$/;

/**
 * Whether a status header asks a yes or no to "still a customer?" (是否合作中, 是否有效, Active?): its cells
 * are then read as one.
 * @example isActiveQuestion("Active") // true
 */
export function isActiveQuestion(header: string): boolean {
  return ACTIVE_QUESTION.test(foldText(splitHeader(header).text));
}

/**
 * Reads a status column: prospect, active (a customer even before its first recorded sale) or inactive.
 * @example statusFromText("停止合作") // "inactive"
 */
export function statusFromText(text: string): "prospect" | "active" | "inactive" | undefined {
  // A status changed (潜在->合作中, Active -> Churned): the one now (潜在->合作中 was a prospect).
  const to = changedTo(text);
  if (to !== undefined) return to === "" ? undefined : statusFromText(to);
  const folded = foldText(text);
  const exact = STATUS[folded];
  if (exact !== undefined) return exact;
  // A customer's word negated (不活跃, 非活跃, 未激活, not active), or 休眠, is a dormant account: neither
  // ended nor made a customer by its status (不活跃 read as 活跃 made customers of accounts without a sale).
  if (DORMANT.test(folded)) return undefined;
  for (const [words, status] of STATUS_WORDS) if (words.test(folded)) return status;
  return undefined;
}
