import type { Cell } from "../../engine";

/**
 * A small deterministic generator (mulberry32): the same sample every time.
 * @example createRandom(1)() // 0.6270739405881613
 */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SampleLanguage = "zh" | "en";
type Lang = SampleLanguage;

const CITIES: readonly [string, string][] = [
  ["杭州", "Hangzhou"],
  ["宁波", "Ningbo"],
  ["苏州", "Suzhou"],
  ["南京", "Nanjing"],
  ["上海", "Shanghai"],
  ["合肥", "Hefei"],
  ["广州", "Guangzhou"],
  ["深圳", "Shenzhen"],
  ["佛山", "Foshan"],
  ["厦门", "Xiamen"],
  ["福州", "Fuzhou"],
  ["南宁", "Nanning"],
  ["北京", "Beijing"],
  ["天津", "Tianjin"],
  ["石家庄", "Shijiazhuang"],
  ["济南", "Jinan"],
  ["青岛", "Qingdao"],
  ["太原", "Taiyuan"],
  ["武汉", "Wuhan"],
  ["长沙", "Changsha"],
  ["郑州", "Zhengzhou"],
  ["南昌", "Nanchang"],
  ["成都", "Chengdu"],
  ["重庆", "Chongqing"],
  ["昆明", "Kunming"],
  ["贵阳", "Guiyang"],
  ["西安", "Xi'an"],
  ["兰州", "Lanzhou"],
  ["沈阳", "Shenyang"],
  ["哈尔滨", "Harbin"],
];
/** Each city's region, in CITIES' order (成都 and 重庆 were 华中, 西安 and 兰州 西南, 沈阳 西北). */
const REGION_OF: readonly [string, string][] = [
  ...Array(6).fill(["华东", "East"]),
  ...Array(6).fill(["华南", "South"]),
  ...Array(6).fill(["华北", "North"]),
  ...Array(4).fill(["华中", "Central"]),
  ...Array(4).fill(["西南", "Southwest"]),
  ...Array(2).fill(["西北", "Northwest"]),
  ...Array(2).fill(["东北", "Northeast"]),
];
const WORDS: readonly [string, string][] = [
  ["恒达", "Hengda"],
  ["鑫源", "Xinyuan"],
  ["华信", "Huaxin"],
  ["永盛", "Yongsheng"],
  ["宏远", "Hongyuan"],
  ["金桥", "Jinqiao"],
  ["瑞丰", "Ruifeng"],
  ["联创", "Lianchuang"],
  ["同心", "Tongxin"],
  ["卓越", "Zhuoyue"],
  ["汇通", "Huitong"],
  ["新世纪", "New Century"],
  ["东方", "Dongfang"],
  ["百川", "Baichuan"],
  ["盛世", "Shengshi"],
  ["天成", "Tiancheng"],
  ["嘉禾", "Jiahe"],
  ["安泰", "Antai"],
];
const KINDS: readonly [string, string][] = [
  ["商贸有限公司", "Trading Co."],
  ["贸易有限公司", "Commerce Ltd."],
  ["实业有限公司", "Industrial Co."],
  ["经销部", "Distribution"],
  ["建材商行", "Building Supplies"],
];
const MGMT: readonly [string, string][] = [
  ["直营", "Direct"],
  ["总代理", "General agent"],
  ["省代", "Regional agent"],
  ["一级经销商", "Tier-1 dealer"],
  ["二级经销商", "Tier-2 dealer"],
  ["加盟商", "Franchise"],
];
const SALES: readonly [string, string][] = [
  ["批发", "Wholesale"],
  ["分销", "Distribution"],
  ["零售", "Retail"],
  ["工程（项目）", "Projects"],
  ["电商", "E-commerce"],
];
const SENS: readonly [string, string][] = [
  ["价格", "Price"],
  ["服务", "Service"],
  ["品牌", "Brand"],
  ["返利", "Rebate"],
];
const CREDIT = ["AAA", "AA", "A", "A", "BBB", "BB", "B", "CCC", "C", null];
const OWNERS: readonly [string, string][] = [
  ["张伟", "Zhang Wei"],
  ["王芳", "Wang Fang"],
  ["李强", "Li Qiang"],
  ["刘洋", "Liu Yang"],
  ["陈静", "Chen Jing"],
  ["杨磊", "Yang Lei"],
  ["赵敏", "Zhao Min"],
  ["黄勇", "Huang Yong"],
];

const COMPETITORS: readonly [string, string][] = [
  ["联科", "Lianke"],
  ["华达", "Huada"],
  ["金源", "Jinyuan"],
];

export type SampleRow = {
  name: [string, string];
  region: [string, string];
  mgmt: [string, string];
  sales: [string, string];
  revenue: number | null;
  revenueAsText: boolean;
  prior: number | null;
  years: number;
  credit: string | null;
  overdue: number;
  share: number | null;
  sens: [string, string];
  prospect: boolean;
  owner: [string, string] | null;
  override: [string, string] | null;
  note: [string, string] | null;
};

/**
 * The 300 distributors of the sample workbooks and the demo pane: heavy-tailed sales in 万元, a fifth
 * prospects, some sales typed as text, two overrides. Deterministic.
 * @example sampleRows().length // 300
 */
export function sampleRows(): SampleRow[] {
  const random = createRandom(20251129);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const rows: SampleRow[] = [];
  const used = new Set<string>();
  while (rows.length < 300) {
    const c = Math.floor(random() * CITIES.length);
    const city = CITIES[c] as [string, string];
    const word = pick(WORDS);
    const kind = pick(KINDS);
    const zh = `${city[0]}${word[0]}${kind[0]}`;
    if (used.has(zh)) continue;
    used.add(zh);
    const prospect = random() < 0.2;
    // Heavy-tailed sales, in 万元: a few large distributors carry most of the revenue.
    const revenue = prospect
      ? random() < 0.5
        ? null
        : 0
      : Math.round(Math.exp(random() * random() * 7.5) * 20) / 10;
    const growth = 0.6 + random() * 0.9;
    rows.push({
      name: [zh, `${city[1]} ${word[1]} ${kind[1]}`],
      region: REGION_OF[c] as [string, string],
      mgmt: pick(MGMT),
      sales: pick(SALES),
      revenue,
      revenueAsText: !prospect && random() < 0.06,
      prior: prospect || random() < 0.08 ? null : Math.round(((revenue ?? 0) / growth) * 10) / 10,
      years: prospect ? 0 : 1 + Math.floor(random() * 14),
      credit: prospect ? null : pick(CREDIT),
      overdue: prospect ? 0 : Math.floor(random() * random() * 140),
      share: random() < 0.7 ? Math.round(random() * random() * 600) / 1000 : null,
      sens: pick(SENS),
      prospect,
      owner: random() < 0.97 ? pick(OWNERS) : null,
      override: null,
      note: random() < 0.1 ? ["季度返利已结清", "Quarterly rebate settled"] : null,
    });
  }
  // An override or two, as planners write them.
  (rows[17] as SampleRow).override = ["重点", "Key"];
  (rows[42] as SampleRow).override = ["普通", "Ordinary"];
  return rows;
}

export const SAMPLE_HEADERS: Record<Lang, string[]> = {
  zh: [
    "序号",
    "经销商名称",
    "所属区域",
    "管理模式",
    "销售模式",
    "年度销售额（万元）",
    "去年销售额（万元）",
    "合作年限",
    "资信等级",
    "逾期天数",
    "区域市场占有率",
    "敏感类型",
    "客户状态",
    "负责人",
    "手动分级",
    "备注",
    "最近拜访日期",
    "竞品合作",
  ],
  en: [
    "No.",
    "Distributor",
    "Region",
    "Channel Type",
    "Sales Mode",
    "Annual Sales (RMB 10k)",
    "Prior Year Sales (RMB 10k)",
    "Years as Partner",
    "Credit Rating",
    "Days Overdue",
    "Market Share",
    "Sensitivity",
    "Status",
    "Owner",
    "Tier Override",
    "Notes",
    "Last Visit",
    "Competitor",
  ],
};

/**
 * The day the sample ledger was drawn up: its last visits run up to it. The demo tiers the sample as of
 * that day (the CLI's `npm run demo` too, with --as-of), so its next reviews read as they did then and
 * not as a year overdue.
 */
export const SAMPLE_AS_OF = new Date(Date.UTC(2025, 10, 30));

/**
 * The sample sheet as cells, A1 first: a title row, a blank row, the header, 300 rows and a totals row.
 * @example sampleSheet("zh")[2][1] // "经销商名称"
 */
export function sampleSheet(lang: SampleLanguage): Cell[][] {
  const k = lang === "zh" ? 0 : 1;
  const rows = sampleRows();
  // The visit dates and competitors come from a generator of their own, so the older columns keep
  // their values.
  const random = createRandom(20261129);
  const visits = rows.map((r) =>
    r.prospect && random() < 0.6
      ? null
      : new Date(Date.UTC(2025, 10, 29) - Math.floor(random() * 200) * 86_400_000),
  );
  const competitors = rows.map((r) =>
    r.prospect && random() < 0.5
      ? (COMPETITORS[Math.floor(random() * COMPETITORS.length)] as [string, string])
      : null,
  );
  const out: Cell[][] = [
    [lang === "zh" ? "2025年度经销商销售台账" : "Distributor sales ledger 2025"],
    [],
    SAMPLE_HEADERS[lang],
  ];
  rows.forEach((r, i) => {
    const revenue =
      r.revenue === null
        ? null
        : r.revenueAsText
          ? lang === "zh"
            ? `${r.revenue}万`
            : `${r.revenue * 10}k`
          : r.revenue;
    out.push([
      i + 1,
      r.name[k],
      r.region[k],
      r.mgmt[k],
      r.sales[k],
      revenue,
      r.prior,
      r.years || null,
      r.credit,
      r.prospect ? null : r.overdue,
      r.share,
      r.sens[k],
      r.prospect ? (lang === "zh" ? "潜在" : "Prospect") : lang === "zh" ? "合作中" : "Active",
      r.owner ? r.owner[k] : null,
      r.override ? r.override[k] : null,
      r.note ? r.note[k] : null,
      visits[i] ?? null,
      competitors[i]?.[k] ?? null,
    ]);
  });
  // The ledger's 合计 as Excel's SUM gives it: the figures typed as text ("15.3万") left out, as in the
  // sample workbooks (scripts/make-samples.ts); the run says so.
  const total = rows.reduce((s, r) => s + (r.revenueAsText ? 0 : (r.revenue ?? 0)), 0);
  out.push([null, lang === "zh" ? "合计" : "Total", null, null, null, Math.round(total * 10) / 10]);
  return out;
}
