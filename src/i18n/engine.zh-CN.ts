import type { EngineMessages, ExcelError, RegionLevel, SalesSpan } from "../engine";
import type { CurrencyCode } from "./format";
import {
  appendPart,
  clip,
  fewNames,
  formatDecimal,
  formatScore,
  formatFigure,
  formatInteger,
  formatPercent,
  formatMultiple,
  GROWTH_AS_MULTIPLE,
  formatMoney,
  formulaText,
  joinNonEmpty,
  memoByCurrency,
  shownText,
  withShownArgs,
} from "./format";

/** “华南”、“华北”；过多时列出前四张：“1月”、“2月”、“3月”、“4月”等6张表。 */
const sheetList = (sheets: readonly string[]): string =>
  fewNames(
    sheets.map((s) => `“${s}”`),
    "、",
    () => `等${sheets.length}张表`,
  );

/**
 * 销售额所属的期间：全年为“年”，1-10月、10月、近6个月照写，未写月份的本年累计为“本年累计”，合作以来的为
 * “历史累计”，未写月份的本期（用友“本期金额”）为“本期”。
 */
function periodZh(p: SalesSpan | undefined): string {
  if (!p) return "年";
  if (p === "toDate") return "本年累计";
  if (p === "lifetime") return "历史累计";
  if (p === "period") return "本期";
  if (p.average) return p.average === "month" ? "月均" : p.average === "week" ? "周均" : "日均";
  if (p.unnamed === "month") return "月";
  if (p.unnamed === "quarter") return "季度";
  if (p.from === undefined || p.to === undefined) return `近${p.months}个月`;
  return p.from === p.to ? `${p.from}月` : `${p.from}-${p.to}月`;
}

/** 合作年限：表中写0（今年才开始合作）说“合作不足1年”，不说“合作0年”。 */
/** The first rows of a kind, each with its label: 第5行“广东 汇总”、第9行“江苏 汇总”等. */
const examplesZh = (examples: readonly { row: number; label: string }[], count: number): string =>
  `${examples.map((e) => `第${e.row}行“${clip(e.label)}”`).join("、")}${count > examples.length ? "等" : ""}`;
const tenureZh = (years: number): string => (years === 0 ? "合作不足1年" : `合作${formatDecimal(years)}年`);

/**
 * A change on last year: 同比增长12.5%, 同比下降3%, 同比持平 where it is none (it read 同比增长0%), and from
 * ten times last year up the multiple, 增至上年的500倍 (it read 同比增长49900%).
 */
const yoyZh = (g: number): string =>
  g >= GROWTH_AS_MULTIPLE
    ? `增至上年的${formatMultiple(g)}倍`
    : g === 0
      ? "同比持平"
      : `同比${g > 0 ? "增长" : "下降"}${formatPercent(Math.abs(g))}`;
/** 日期写成“2026年10月2日”。 */
const dateZh = (d: Date): string => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;

/** 表中写到、但金额不按其计算的其他币种的中文名称。 */
const OTHER_CURRENCY_ZH: Readonly<Record<string, string>> = {
  SGD: "新加坡元",
  AUD: "澳元",
  CAD: "加元",
  TWD: "新台币",
  MOP: "澳门元",
  KRW: "韩元",
  THB: "泰铢",
  MYR: "林吉特",
  VND: "越南盾",
  RUB: "卢布",
  CHF: "瑞士法郎",
  INR: "印度卢比",
  IDR: "印尼盾",
  PHP: "菲律宾比索",
};

/** 币种名称：已知代码写中文名（人民币、美元），其他代码照写，认不出的文字加引号。 */
const currencyNameZh = (p: { currency: string; known: boolean }): string =>
  !p.known
    ? `“${p.currency}”`
    : ((Object.hasOwn(CURRENCY_ZH, p.currency) && p.currency !== "QTY"
        ? CURRENCY_ZH[p.currency as CurrencyCode]
        : OTHER_CURRENCY_ZH[p.currency]) ?? p.currency);

/** 币种的中文名称（人民币写全，不写“元”）。 */
const CURRENCY_ZH: Readonly<Record<CurrencyCode, string>> = {
  CNY: "人民币",
  USD: "美元",
  EUR: "欧元",
  HKD: "港元",
  GBP: "英镑",
  JPY: "日元",
  QTY: "数量",
};

/** 上年销售额的说法：全年为“去年”，部分月份为“去年同期”。 */
function priorZh(p: SalesSpan | undefined): string {
  return p === undefined ? "去年" : typeof p === "object" && p.average ? `去年${periodZh(p)}` : "去年同期";
}

/** What each of Excel's error values means, as its help pages explain it. */
const ERROR_ZH: Readonly<Record<ExcelError, string>> = {
  "#N/A": "查找不到匹配的值",
  "#DIV/0!": "除数为零",
  "#REF!": "引用的单元格已删除",
  "#VALUE!": "参与计算的值类型不对",
  "#NAME?": "公式中有无法识别的名称",
  "#NUM!": "数值无效或超出范围",
  "#NULL!": "引用的区域没有交集",
  "#SPILL!": "溢出区域被占用",
  "#CALC!": "计算出错",
  "#GETTING_DATA": "数据仍在加载",
  "#BUSY!": "仍在计算",
  "#FIELD!": "引用的字段不存在",
  "#BLOCKED!": "所需的功能被阻止",
  "#CONNECT!": "无法连接数据源",
  "#UNKNOWN!": "此版本 Excel 不支持的数据类型",
};

/** A level of region as a manager names it in 占本省份销售额. */
const LEVEL: Readonly<Record<RegionLevel, string>> = {
  province: "省份",
  state: "省份",
  city: "城市",
  district: "区县",
  region: "区域",
};

/** The catalog's words, with amounts in `currency`. */
function buildZhCN(currency: CurrencyCode, goods: string): EngineMessages {
  const money = (amount: number): string => formatMoney("zh-CN", amount, currency, goods);
  // 按数量计的销售（年销量（吨））写作“销量”，不写“销售额”。
  const sales = currency === "QTY" ? "销量" : "销售额";
  /**
   * How the key places were filled: "手动指定1家、手动升级1家、销售额大户12家、按得分17家" (the ways with any;
   * `moved` of the `o` set by hand came by a move, 升级).
   */
  const keyWays = (o: number, c: number, s: number, moved: number): string =>
    [
      ...(o - moved > 0 ? [`手动指定${o - moved}家`] : []),
      ...(moved > 0 ? [`手动升级${moved}家`] : []),
      ...(c > 0 ? [`${sales}大户${c}家`] : []),
      ...(s > 0 ? [`按得分${s}家`] : []),
    ].join("、");
  // 晋级候选与最小重点客户的差距：已超出、持平（旧文案把持平也说成“已高于”）、或尚差一点。
  const standing = (gap: number | null): string =>
    gap !== null && gap < 0
      ? `${sales}已高于部分重点客户`
      : gap === 0
        ? `${sales}已与部分重点客户持平`
        : "接近重点客户线";
  return {
    language: "zh-CN",
    tier: { key: "重点客户", ordinary: "普通客户", prospect: "意向客户" },
    change: { new: "新增", same: "不变", promoted: "晋级", demoted: "降级" },
    outputHeader: {
      tier: "渠道分级",
      score: "重要性得分",
      change: "较上次变化",
      reason: "分级依据",
      nextReview: "下次复查",
      timeShare: "销售时间占比",
      hours: "月度工时",
      mgmtClass: "管理模式分类",
      salesClass: "销售模式分类",
      creditClass: "资信状况分类",
      potentialClass: "销售潜力分类",
      shareClass: "区域占有分类",
      sensitivityClass: "敏感类型分类",
      promotion: "晋级候选",
      note: "策略建议",
    },
    classes: {
      managementMode: {
        direct: "直营",
        generalAgent: "总代理",
        regionalAgent: "区域代理",
        primary: "一级经销",
        secondary: "二级经销",
        franchise: "加盟",
        unknown: "未知",
      },
      salesMode: {
        wholesale: "批发",
        distribution: "分销",
        retail: "零售",
        project: "工程(项目)",
        ecommerce: "电商",
        unknown: "未知",
      },
      credit: { A: "A", B: "B", C: "C", D: "D", unknown: "未知" },
      potential: { high: "高", medium: "中", low: "低", unknown: "未知" },
      regionalShare: { dominant: "主导", strong: "强势", competitive: "竞争", weak: "弱势", unknown: "未知" },
      sensitivity: {
        price: "价格",
        service: "服务",
        brand: "品牌",
        rebate: "返利",
        quality: "质量",
        relationship: "关系",
        terms: "账期",
        unknown: "未知",
      },
    },
    fieldName: {
      name: "名称",
      code: "客户编码",
      revenue: "销售额",
      priorRevenue: "上年销售额",
      growth: "增长率",
      region: "区域",
      credit: "资信等级",
      overdue: "逾期天数",
      marketShare: "市场占有率",
      marketPotential: "市场潜力",
      managementMode: "管理模式",
      salesMode: "销售模式",
      sensitivity: "敏感类型",
      tenure: "合作年限",
      strategic: "战略客户",
      status: "客户状态",
      override: "手动分级",
      owner: "负责人",
      lastVisit: "上次拜访",
      competitor: "竞品合作",
      intent: "意向度",
      ownGrade: "原有分级",
      hold: "信用冻结",
      creditLimit: "信用额度",
      balance: "应收余额",
      currency: "币种",
      ended: "停用状态",
    },
    yes: "是",
    percent: formatPercent,
    list: (items) => items.join("、"),
    columnWithoutHeader: (letter) => `${letter}列`,
    salesHeaderIn: (h, p) => (p === undefined || !h.startsWith("销售额（") ? h : `${periodZh(p)}${h}`),
    unallocatedTime: (share, tiers) =>
      `有${formatPercent(share)}的销售时间未分配：本表没有${tiers.join("和")}，课程留给${tiers.length > 1 ? "这两级" : "这一级"}的时间暂无客户可用。`,
    ownGrading: (c) => {
      const g = c.grade || "重点";
      const names = `${c.notKeyNames.join("、")}${c.notKeyCount > c.notKeyNames.length ? "等" : ""}`;
      const head =
        c.sheetKey === 0
          ? `表中“${c.header}”没有标为重点的客户`
          : c.sheetKey === 1
            ? `对照表中“${c.header}”：标为${g}的1家${c.bothKey === 1 ? "本次列为重点客户" : `（${names}）本次未列为重点客户`}`
            : `对照表中“${c.header}”：标为${g}的${c.sheetKey}家中，${
                c.bothKey === c.sheetKey
                  ? "本次都列为重点客户"
                  : `本次${c.bothKey}家列为重点客户，${c.notKeyCount}家未列入（${names}）`
              }`;
      const extra =
        c.keyNow === 0
          ? ""
          : `；本次另有${c.keyNow}家表中${c.sheetKey === 0 ? "" : `未标为${g}的`}客户列为重点客户`;
      return `${head}${extra}。`;
    },
    money,
    currency,
    goods,
    withCurrency: catalogIn,
    reason: {
      override: (t) => `手动指定：${t}`,
      moved: (up, from) => `手动${up ? "升级" : "降级"}（系统分级为${from}）`,
      moveKept: (up) =>
        up ? "手动升级：已是重点客户，维持不变" : "手动降级：普通客户已是有销售客户的最低一级，维持不变",
      noSales: () => "本期无销售",
      unreadableSales: (raw) => `${sales}“${shownText(raw)}”无法识别，按本期无销售处理`,
      negativeSales: (rev) => `${sales}为负（${money(rev)}），按本期无销售处理`,
      statusProspect: (s) => `客户状态为“${shownText(s)}”且本期无销售，列为意向客户`,
      statusActive: (s) => `客户状态为“${shownText(s)}”，视为现有客户`,
      belowMinimum: (rev, min) => `${sales}${money(rev)}低于客户门槛${money(min)}`,
      scorePlace: (place, places, score) =>
        `得分${formatScore(score)}，在按得分竞争重点名额的客户中排第${place}位（共${places}个名额）`,
      score: (score) => `得分${formatScore(score)}`,
      core: (share) => `属于合计贡献前${formatPercent(share)}${sales}的大客户之一`,
      keyLine: (n, o, c, s, held, moved) => {
        if (n === 0) return "本期没有重点客户名额";
        // 缓冲区按上次分级保留的，单独说明：名额之外多出的几家由此而来。
        const parts = joinNonEmpty(
          [keyWays(o, c, s - held, moved), held > 0 ? `另有${held}家在重点客户线附近，按上次分级保留` : ""],
          "，",
        );
        return `重点客户共${n}家${parts === "" ? "" : `（${parts}）`}`;
      },
      placesTaken: (n, o, c, s, moved) => {
        if (n === 0) return "本期没有重点客户名额";
        // 手动设为重点的多于名额时，照实说出多出几家（旧文案只数到名额为止）。
        const parts = joinNonEmpty([keyWays(o, c, s, moved), o > n ? `超出名额${o - n}家` : ""], "，");
        return `${n}个重点客户名额已满${parts === "" ? "" : `（${parts}）`}`;
      },
      belowGate: (gate) => `${sales}低于重点客户门槛${money(gate)}（有销售客户的中位数）`,
      heldPlaces: (t, places) => `距重点客户线${places}位以内，保持${t}`,
      cumulative: (before, target) =>
        `排在其前的客户累计占${sales}${formatPercent(before)}（重点客户覆盖前${formatPercent(target)}）`,
      threshold: (rev, min, above) =>
        `${sales}${money(rev)}${above ? "达到" : "低于"}重点客户门槛${money(min)}`,
      scoreThreshold: (score, min, above) =>
        `得分${formatScore(score)}${above ? "达到" : "低于"}重点客户门槛${formatDecimal(min)}分`,
      details: (d) => {
        let s = d.revenueShare !== null ? `占${sales}${formatPercent(d.revenueShare)}` : "";
        if (d.growth !== null) s = appendPart(s, "，", yoyZh(d.growth));
        if (d.tenureYears !== null) s = appendPart(s, "，", tenureZh(d.tenureYears));
        if (d.strategic) s = appendPart(s, "，", "战略客户");
        return s;
      },
      held: (t, band) => `处于${formatPercent(band)}缓冲区内，保持${t}`,
      join: (parts) => joinNonEmpty(parts, "；"),
    },
    note: {
      revenue: (yuan, share, growth, period) =>
        `${periodZh(period)}${sales}${money(yuan)}${share === null ? "" : `，占${formatPercent(share)}`}${
          growth === null ? "" : `，${yoyZh(growth)}`
        }`,
      regionProspects: (region, n) => (n === 1 ? `${region}仅此1家意向客户` : `${region}共有${n}家意向客户`),
      noSalesYears: (years) => `本期无销售，${tenureZh(years)}`,
      noSales: () => `本期${sales}为0`,
      lapsed: (prior, period) => `本期无销售（${priorZh(period)}${money(prior)}）`,
      winBack: "老客户停止进货：了解原因，争取恢复合作",
      noOrder: "尚未下单：了解原因，跟进订货",
      keyTarget: "尚未成交的重点客户：由重点客户小组牵头，争取首单",
      collectFirst: "老客户仍有逾期欠款：先收回欠款，再谈恢复合作",
      collectOwed: "老客户停止进货但仍有欠款：先对账收款，再谈恢复合作",
      noSalesOwed: (owed) => `本期无销售，应收余额${money(owed)}`,
      smallBuyer: "已有进货，但未达普通客户门槛：保持联系，争取上量",
      salesUnreadable: (raw, prior, period) =>
        `${sales}“${shownText(raw)}”无法识别${prior === null ? "" : `（${priorZh(period)}${money(prior)}）`}：修正后重新运行，再定分级`,
      salesNegative: (rev, prior, period) =>
        `${periodZh(period)}${sales}为负（${money(rev)}${prior === null ? "" : `，${priorZh(period)}${money(prior)}`}）：核实退货与冲账，再定分级`,
      base: {
        key: "重点客户小组统筹销售、市场、技术、生产，超越客户期望",
        ordinary: "由业务员按常规方法跟进，维持正常服务",
        ordinaryRising: "由业务员按常规方法跟进",
        prospect: "保持关注，争取首单，成交即转为普通客户",
      },
      demoted: (owned) =>
        owned
          ? "本次从重点客户降级：与负责人复盘原因，争取恢复"
          : "本次从重点客户降级，且无负责人：先指派负责人，复盘原因，争取恢复",
      keyAtRisk: (owned) =>
        owned
          ? "状态提示流失风险：本月与负责人一起拜访，查明原因，制定挽回措施"
          : "状态提示流失风险，且无负责人：尽快指派能力最强的人员，本月拜访，制定挽回措施",
      keyCreditD: (owned) =>
        owned
          ? "重点客户逾期严重：本月与负责人一起上门收款，查明原因"
          : "重点客户逾期严重，且无负责人：尽快指派能力最强的人员，本月上门收款",
      keyRatedD: (owned) =>
        owned
          ? "重点客户资信评为D：本月与负责人一起查明原因，防范坏账"
          : "重点客户资信评为D，且无负责人：尽快指派能力最强的人员，本月查明原因",
      keyLastYear: (prior, owned, period) =>
        `${priorZh(period)}${prior === null ? "" : `${money(prior)}，`}达重点客户水平${
          owned
            ? "：本月与负责人一起复盘原因，制定挽回措施"
            : "，且无负责人：尽快指派能力最强的人员，复盘原因，制定挽回措施"
        }`,
      keyFalling: (drop, owned) =>
        `销售下滑${drop === null ? "" : formatPercent(drop)}${
          owned ? "：本月与负责人一起复盘原因" : "，且无负责人：尽快指派能力最强的人员，复盘原因"
        }，制定挽回措施`,
      candidate: (increase, gap) =>
        `${increase !== null ? `增长额居前（同比增加${money(increase)}）` : standing(gap)}：奖励其发展行为，评估晋级重点客户${
          gap !== null && gap > 0 ? `（还差${money(gap)}）` : ""
        }`,
      candidateFalling: (gap, drop) =>
        `${standing(gap)}，但${drop === null ? "销售下滑" : `同比下降${formatPercent(drop)}`}：先查明原因，再评估晋级`,
      candidateUnpaid: (increase, gap, credit, overdue) =>
        `${increase !== null ? `增长额居前（同比增加${money(increase)}）` : standing(gap)}，但${
          overdue
            ? "逾期未回款：先收回欠款"
            : credit === "D"
              ? "资信D：现款现货，停止新增授信"
              : `资信${credit}：先核实资信、收紧账期`
        }，再评估晋级`,
      priority: "优先开发：安排专人拜访，争取首单",
      competitor: "目前与竞品合作，了解其需求与不满之处",
      intentHigh: "意向度高：尽快报价，促成试单",
      intentLow: "意向度低：定期联系即可，不宜投入过多",
      coordination: {
        direct: "由公司团队直接对接",
        generalAgent: "通过总代理的网络协调落实",
        regionalAgent: "与区域代理共同制定区域计划",
        secondary: "经由其上级经销商协调",
        franchise: "按加盟标准统一督导",
      },
      salesMode: {
        wholesale: "批发：严控跨区窜货与价格",
        distribution: "分销：帮助管理下级网点",
        retail: "零售：做好门店形象与陈列",
        project: "工程：做好项目报备与技术支持",
        ecommerce: "电商：管控线上价格",
      },
      sensitivity: {
        price: "价格敏感：稳定价格体系，严控窜货",
        service: "服务敏感：保证响应速度与到货时效",
        brand: "品牌敏感：联合推广，提升门店形象",
        rebate: "返利敏感：阶梯返利政策清晰，按时兑现",
        quality: "质量敏感：做好质量承诺、售后与产品培训",
        relationship: "关系导向：定期拜访，高层互访",
        terms: "账期敏感：在资信范围内讲清账期，按约对账回款",
      },
      potentialHigh: "潜力高：加大投入，落实发展奖励",
      potentialLow: "潜力低：控制服务成本",
      potentialLowLarge: "潜力低：查明下滑原因，稳住销量",
      shareDefend: "区域优势明显：巩固份额",
      shareWeak: "区域占有弱：加大支持或重新评估",
      creditC: (days, to) =>
        `资信C${days !== null && days > 0 ? `（${overdueText(days, to)}）` : ""}：收紧账期，盯紧回款`,
      creditD: (days, to) =>
        `资信D${days !== null && days > 0 ? `（${overdueText(days, to)}）` : ""}：现款现货，停止新增授信`,
      creditOverLimit: (c, over) =>
        `资信${c}（超信用额度${Number.isNaN(over) ? "" : formatPercent(over)}）：${c === "D" ? "现款现货，停止新增授信" : "超额部分收回前不再赊销，盯紧回款"}`,
      dispute: "法律纠纷中：现款现货，停止新增授信，了结前不给予奖励",
      hold: "供货或授信已冻结：现款现货，停止新增授信，解冻前不恢复赊销",
      creditHold: "资信D（供货或授信冻结）：现款现货，解冻前不恢复赊销",
      noOwner: "尚无负责人：尽快指派能力最强的人员",
      separator: "；",
      maxLength: 80,
    },
    prospectWhy: (x) => {
      const parts: string[] = [];
      if (x.share !== null) parts.push(`区域占有${x.share}`);
      if (x.potential !== null) parts.push(`销售潜力${x.potential}`);
      if (x.competitor) parts.push("目前与竞品合作");
      if (x.intent !== null) parts.push(x.intent === "high" ? "意向度高" : "意向度中等");
      return parts.join("，");
    },
    creditLabel: (c, days, to) =>
      days === null ? `${c}（有逾期）` : days > 0 ? `${c}（${overdueText(days, to)}）` : c,
    creditSevereLabel: (c) => `${c}（严重拖欠）`,
    creditDisputeLabel: (c) => `${c}（法律纠纷）`,
    creditHoldLabel: (c) => `${c}（供货或授信冻结）`,
    creditOverLimitLabel: (c, over) => `${c}（超信用额度${Number.isNaN(over) ? "" : formatPercent(over)}）`,
    shareOfRegionLabel: (c, share, level = "region") =>
      `${c}（占本${LEVEL[level]}${sales}${formatPercent(share)}）`,
    aloneInRegionLabel: (level = "region") => `未分类（本${LEVEL[level]}仅此一家有${sales}）`,
    reviewOverdue: "已逾期",
    watchFalling: (drop) => `销售下滑${formatPercent(drop)}`,
    watchKeyLastYear: (prior, period) => `${priorZh(period)}${money(prior)}，达重点客户水平`,
    watchRemoved: (last) => `已从表中删除（上次分级时${sales}${money(last)}）`,
    watchLeftOut: (reason, text, last) => {
      // The status is quoted where it says more than the label (黑名单, 流失), not "已停止合作（“停止合作”".
      const said = reason === "inactive" && /^已?停止合作$/.test(text.trim()) ? [] : [`“${text}”`];
      const parts = [...said, ...(last !== null && last > 0 ? [`上次分级时${sales}${money(last)}`] : [])];
      return `${reason === "inactive" ? "已停止合作" : "已不列为客户"}${parts.length > 0 ? `（${parts.join("，")}）` : ""}`;
    },
    leftOutReason: (reason, text) =>
      `仍在表中，但为“${text}”：${reason === "inactive" ? "已停止合作或停用" : "既不是客户也不是意向客户"}`,
    watchCredit: (label) => `资信${label}`,
    watchReason: {
      demoted: "本次降级",
      removed: "已从表中删除",
      falling: "销售下滑",
      credit: "资信C/D",
      noOwner: "没有负责人",
      atRisk: "状态提示流失风险",
      keyLastYear: "去年达重点客户水平",
      dispute: "法律纠纷中",
    },
    strategy: {
      tierSummary: {
        key: "对实现企业目标十分重要，占目前收入的很大一部分；失去他们将严重影响业务，且短期内难以恢复。由企业中能力最强的人负责。",
        ordinary:
          "不占整个收入的很大一部分，失去其中部分损失不大。由业务员按常规方法操作；为企业带来越来越多的营业收入时，可归入重点客户。",
        prospect:
          "现在还不是我们的客户，但需要我们的产品和服务，目前可能正与竞争对手有业务往来。业务员关注着他们，只要做成一笔买卖，就变成普通客户。",
      },
      tactics: {
        key: [
          "重点客户管理部与销售、市场、技术、生产等部门取得联系，协调他们的工作，满足客户及消费者的需要。",
          "超越客户的期望值。",
          "让企业中能力最强的人来负责处理与他们的关系。",
          "根据季度计划，将渠道品牌建设与重点客户的成功结合起来（如“六一工程”）。",
        ],
        ordinary: [
          "由业务员按常规方法进行操作。",
          "跟踪销售增长：为企业带来越来越多的营业收入时，将其归入重点客户。",
          "奖励客户的发展行为。",
        ],
        prospect: [
          "通过正常的开发手段发现他们，保持关注。",
          "了解其目前与哪些竞争对手往来、需要什么。",
          "只要做成一笔买卖，他们就变成了普通客户：争取首单。",
        ],
      },
      rewards: [
        "奖励使客户成长的行为，而不仅是其现有的进货量。",
        "将返利和支持与双方约定的增长目标挂钩，阶梯清楚、按时兑现。",
        "表彰开发新网点、新区域或新产品线的经销商。",
      ],
      careRules: [
        "不要随意做出承诺，在承诺前要仔细考虑。",
        "摸清并接受客户的习惯，我们不可改变客户的习惯。",
        "在调研或销售会议时，不要仅仅做个到场的听众：要提问，学习调查，要提出办法。",
        "要说真话。谎言是致命的，永远不要说谎。",
        "要清楚我们的生意不是客户的全部工作，他的工作压力还来自其他方面；他有许多工作上的烦恼，要理解、体谅他。",
        "不要隐瞒我们还有其他客户这一事实，也不要以此炫耀。",
        "要宣传我们的公司，为公司的信誉和名声负责；要使每一个为客户服务的人都清楚地知道客户的情况，让客户以与我们公司合作为荣。",
        "交流时，如果离开会议室时还在想“我不明白他的意思”，下一次就要问他，并保证没有误解。",
        "不要把时间浪费在揣测客户老板的期望上，要以我们计划的优势来说服他；如果需要帮助，让我们的上司去跟他的上司讲。",
        "提出不同意见是正常的：创造允许坦诚探讨的环境，让每一个成员都能表达自己的意见，即使与我们的有分歧；但已得到公认的观点，应在会议上明确表态支持。",
        "不要落在客户的后面，要保证他最早从我们这里取得信息；如要把消息直接告诉他的上司，必须是在无可奈何的情况下，并且值得这样做。",
        "使客户感觉自己的重要，让他在上司及公司其他同仁面前有好的形象。",
        "不要装出对客户的业务很熟悉的样子；吃不准就要问他，他是喜欢与别人谈论自己的业务的。",
        "在需要的时候向上司求援来解决客户的问题，不要害怕，不要试图掩盖问题，这样只会使情况更糟。",
        "辨别出并学会应对不必要的工作要求：用有说服力的观点让他明白这些工作不必要，不要表现出不愿做的样子，以免让人觉得我们主观臆断这些工作没有价值；但如果说服不了他，就认真地把这些工作做好。",
        "了解我们的竞争对手，清楚竞争对手正在做些什么。",
      ],
    },
    finding: withShownArgs({
      sheetEmpty: () => "工作表为空，没有可分级的数据。",
      noRows: (row) =>
        `第${row}行是表头，表头下没有经销商数据：没有可分级的客户，未写入任何内容。填入经销商后再运行。`,
      noAccounts: (row) =>
        `第${row}行表头下的各行都不是要分级的客户（原因见各行的提示）：没有可分级的客户，未写入任何内容。`,
      mergedOutput: (range, sheet, column) =>
        `工作表“${sheet}”的 ${range} 是合并单元格，正好位于要写入的“${column}”列。请先取消合并（开始 > 合并后居中）或把它移开，再重新运行。未写入任何内容。`,
      sameListSheets: (sheets, rows, sheet, accounts) =>
        `工作表${sheetList(sheets)}与“${sheet}”表头相同，另有${formatInteger(rows)}行客户，未一并分级：本次重点客户只在“${sheet}”的${formatInteger(accounts)}家中选出。如这些表是按区域分开记录的同一份经销商名单，请合并到一张表后重新运行。`,
      hiddenRows: (rows, count, accounts) =>
        `第${rows.join("、")}行${count > rows.length ? `等${formatInteger(count)}行` : ""}已隐藏（筛选或手动隐藏），仍与其他行一起分级并写入结果：分级是在全部${formatInteger(accounts)}家经销商中比较得出的，筛选只改变显示。如只想对其中一部分经销商分级，请把这些行复制到一张新表后再运行。`,
      priorYearSheet: (prior, sheet) =>
        `工作表“${prior}”与“${sheet}”表头相同、客户相同，像是上一年的台账：本表没有上年销售额，本次未计算同比增长。如需按同比评估潜力和晋级，请把“${prior}”的销售额作为一列（如“上年销售额”，可用VLOOKUP按经销商名称取数）加到本表，再运行。`,
      periodSheets: (sheets, sheet) =>
        `工作表${sheetList(sheets)}与“${sheet}”表头相同、客户相同，像是按月（季）分表的销售记录：本次只按“${sheet}”一张表的销售额分级，其他各期未计入。如需按全年分级，请先把各期销售额按客户汇总到一张表（可用数据透视表），再运行。`,
      besideOthers: ([a, b], [c, d]) =>
        `${a === b ? `${a}列` : `${a}至${b}列`}的表头与本工具的分级列相同，但本表没有保存的分级记录表明是本工具写入的（保存的数据已清除，或是您自己的列）：保持不变；本次结果写在${c}至${d}列。`,
      outsideTable: (table, tableRow, headerRow, first) =>
        `表格“${table}”自带的标题行在第${tableRow}行（“${first}”等），在读取的表头（第${headerRow}行）之上，说明表头没有提升为标题。本次结果写在表格旁边而不在表格内，对表格排序或筛选时分级列不会随之移动。请先提升标题（Power Query 中选“将第一行用作标题”，或删除第${tableRow}行），再运行。`,
      pivotTable: (name, range, source) =>
        `读取的行是数据透视表“${name}”（${range}）：分级列写在透视表旁边，刷新透视表、增减字段或重新排序后，透视表的行会移动，分级列却不动，分级就对不上经销商了。建议对透视表的源数据分级${source ? `（${source}）` : ""}；或把透视表复制后“选择性粘贴—数值”到新工作表，再对新表运行。`,
      sheetRenamed: (before, now) =>
        `上次分级的工作表“${before}”已改名为“${now}”：沿用原来的分级列和上次分级记录。`,
      sheetIsOutput: (sheet, kind, data) =>
        `工作表“${sheet}”是上次分级写入的${kind === "strategy" ? "分级策略表" : kind === "changeLog" ? "分级变更记录" : "设置表"}，不是经销商名单：请对${data ? `“${data}”` : "经销商工作表"}分级。未写入任何内容。`,
      outputDropped: (headers) => {
        const named = headers.map((h) => `“${h}”`).join("");
        return `上次写入的${named}列已不在表中（已删除或表头已改）：本次不再写入，以后也不会再加回，“规则 › 写入的列”中已取消勾选。如需恢复，请在窗格的“规则 › 写入的列”中勾选（规则文件中为 output 项），或在表头行右侧的空列中输入${headers.length === 1 ? named : `表头${named}`}，再运行分级。`;
      },
      outputOff: (columns) => {
        const list = columns.map((c) => `“${c.header}”（${c.letter}列）`).join("、");
        const one = columns.length === 1;
        return `规则中已取消写入${list}：上次写入的内容已清空，表头保留；如不需要，可删除${one ? "该列" : "这些列"}。需要时，在窗格的“规则 › 写入的列”中重新勾选（规则文件中为 output 项）即可。`;
      },
      noRoom: (sheet) =>
        `工作表“${sheet}”的数据已到 Excel 最后一列，右侧没有空间写入分级列。未写入任何内容。`,
      headerNotFound: () =>
        "未找到包含经销商名称列的表头（查找了“经销商名称”“客户名称”“Distributor”“Account”等）。请手动指定名称列。",
      headerDuplicate: (h, field, kept, at, keptAt) =>
        `${at}列“${h}”也像是${field}；已使用${keptAt}列“${kept}”，${at}列保持不动。`,
      grossTwin: (h, kept, at, keptAt) =>
        `${at}列“${h}”是扣除退货前的销售额：已按${keptAt}列“${kept}”（客户实际留下的）分级，${at}列保持不动。如需按扣除退货前的金额分级，请在列映射中指定${at}列。`,
      periodTwin: (h, kept, at, keptAt) =>
        `${at}列“${h}”是本期（报表查询期间）的销售额：已按${keptAt}列“${kept}”（本年至今）分级，${at}列保持不动。如需按本期分级，请在列映射中指定${at}列。`,
      currencyTwin: (h, kept, at, keptAt) =>
        `${at}列“${h}”是按各单据原币计的同一笔销售额：已按${keptAt}列“${kept}”（本位币，各客户可相比）分级，${at}列保持不动。`,
      taxedTwin: (h, kept, at, keptAt) =>
        `${at}列“${h}”是含税的同一笔销售额：已按${keptAt}列“${kept}”分级，${at}列保持不动。如需按含税金额分级，请在列映射中指定${at}列。`,
      averageUnstated: (h, at) =>
        `${at}列“${h}”是平均值，但没有写明是按月、按年还是按单平均：已按各客户的年销售额读取，备注中也写作年销售额。如是月均，请把表头改为“月均销售额”；如是每单平均，请改用销售总额列；然后重新运行。`,
      lifetimeSales: (h, at, prior) =>
        `销售额取自${at}列“${h}”，是合作以来的累计销售，不是本期销售额：早年进货多、如今进货少的客户仍按过去的业绩排名，已停止进货的客户也仍算作成交客户。` +
        (prior === null ? "" : `“${prior}”无法与之比较，不计算同比与增长。`) +
        `如有本年销售额，请在旁边补上该列后重新运行。`,
      regionLevel: (h, kept, at, keptAt, country) =>
        `区域按${keptAt}列“${kept}”汇总；${at}列“${h}”是另一级地域，保持不动。` +
        (country ? "" : `如要按${at}列汇总，请在列映射中改选。`),
      secondTable: (first, at, rows) =>
        `${at}列起是并排的第二张表（名称表头再次出现）：只对${first}列起的表分级，${at}列起的${rows}行未分级。请把各表的行放进同一张表后再运行。`,
      shareRegion: (at, h, level, peers, rAt, rh, coarser) =>
        coarser
          ? `区域占有按${at}列“${h}”计算，即客户${sales}占本${LEVEL[level]}的比例；${rAt}列“${rh}”下每处一般只有${Math.round(peers)}家有销售的客户，按它计算占比普遍虚高（一处只有一家即占100%）。区域汇总仍按${rAt}列“${rh}”。`
          : `区域占有按${at}列“${h}”计算，即客户${sales}占本${LEVEL[level]}的比例（每个${LEVEL[level]}一般有${Math.round(peers)}家有销售的客户）；按${rAt}列“${rh}”计算则范围过大，几乎所有客户都会是弱势。区域汇总仍按${rAt}列“${rh}”。`,
      headerGuessed: (h) => `未识别出名称表头；“${h}”列多为文字，暂作为名称列。请检查列映射。`,
      byReportTitle: (title, titleRow, name, sales) =>
        name === null
          ? `据第${titleRow}行的报表标题“${title}”，${sales?.letter}列“${sales?.header}”按销售额读取。如有误，请在列映射中指定。`
          : `表头中没有客户名称列；据第${titleRow}行的报表标题“${title}”，${name.letter}列${name.header ? `“${name.header}”` : ""}按客户名称读取${
              sales ? `，${sales.letter}列“${sales.header}”按销售额读取` : ""
            }。如有误，请在列映射中指定。`,
      laterYearGuessed: (h, prior) =>
        `“${h}”比“${prior}”晚一年，是表中最近一期的销售额：暂作为本期销售额，“${prior}”作为上年销售额。请检查列映射。`,
      yearGuessed: (h, prior) =>
        `未识别出销售额表头；“${h}”是表中最近一年的列，暂作为本期销售额${prior === null ? "" : `，“${prior}”作为上年销售额`}。请检查列映射。`,
      revenueGone: (date, amount) =>
        `上次分级（${date}）是按销售额分的，本次却未找到销售额列（表头可能改过或列已删除）：照此分级，重点客户将全部降级，因此本次不分级。${
          amount
            ? `${amount.letter}列“${amount.header}”是金额，如它就是销售额，请把它指定为销售额列；否则`
            : ""
        }请指定销售额列，或把表头改回原样后重新运行。`,
      pivotSummary: (h, at, summary) =>
        `${at}列“${h}”是数据透视表对销售额的${
          {
            count: "计数（每家的笔数）",
            average: "平均值（每笔的平均金额）",
            max: "最大值（单笔最大金额）",
            min: "最小值（单笔最小金额）",
            other: "统计值",
          }[summary]
        }，不是销售额。请在透视表中把该值字段的汇总方式改为“求和”（值字段设置 > 求和），再运行。未写入任何内容。`,
      noRevenueColumn: (amount, status) =>
        `未找到销售额列（查找了“年销售额”“销售额”“提货额”“年销量”“Revenue”等）：${
          status === undefined
            ? "所有客户均按本期无销售列为意向客户。"
            : `无法按销售额分级，只有“${status}”表明已是客户的列为普通客户，其余均列为意向客户。`
        }${
          amount
            ? `${amount.letter}列“${amount.header}”是金额，但看不出是本期的销售额；如按它分级，请把它指定为销售额列后重新运行。`
            : "请指定销售额列后重新运行。"
        }`,
      revenueSummed: (first, last, count) =>
        `表中没有合计列，销售额按“${first}”至“${last}”共${count}列相加。如只按其中一列分级，请在列映射中把该列指定为销售额。`,
      priorSummed: (first, last, count, byMonth) =>
        `上年销售额按“${first}”至“${last}”共${count}列相加，与本年${byMonth ? "同月" : "各列"}比较。`,
      lastRunOtherMonths: (date, before, now, nowPeriod) => {
        const span = (n: number | null): string => (n === null ? "年初至今" : n === 12 ? "全年" : `${n}个月`);
        return `上次分级（${date}）的销售额是${span(before)}的，本次是${nowPeriod === true ? "本期（未写明月份）" : span(now)}的，两次不可比：本次不按“较上次下滑”列入观察名单。变动记录中的上次销售额仍按上次的口径。`;
      },
      priorBesideParts: (prior, first, last) =>
        `“${first}”至“${last}”是本年的销售额，“${prior}”是上一年的，已作为上年销售额计算同比。如不对，请在列映射中更正。`,
      revenueGuessed: (h) =>
        `未识别出销售额表头；“${h}”列是左侧各月（季度）的合计，暂作为本期销售额。请检查列映射。`,
      dealList: (deal, stage, won, account, amount) =>
        `${
          deal
            ? `${deal.letter}列“${deal.header}”每行是一个商机，${stage.letter}列“${stage.header}”是其阶段`
            : `${stage.letter}列“${stage.header}”是每行商机的阶段`
        }（${won === null ? "有输单或未结单的" : `有“${clip(won)}”，也有其他阶段`}）：这是商机列表，不是每家经销商一行的台账。逐行分级会把每个商机当作一家客户，输单和未结单的金额也会算作销售额。请先按客户汇总赢单金额（插入 > 数据透视表：${
          account === null ? "客户" : `“${account}”`
        }作为行，${amount === null ? "金额" : `“${amount}”`}求和作为值，“${stage.header}”筛选为${
          won === null ? "赢单" : `“${clip(won)}”`
        }），再对汇总表运行。未写入任何内容。`,
      companyRevenue: (h, beside, dynamics) =>
        (dynamics
          ? `“${h}”出自 Microsoft Dynamics 365 导出的客户表（“${beside}”列即其标记），是客户自身的年收入（企业规模），`
          : `“${h}”与“${beside}”等企业资料列并列，应是客户自身的年营业额（企业规模），`) +
        "而不是它向我们采购的销售额：按它分级，" +
        "重点客户会是规模最大的企业，而不是我们的大客户。请加入一列我们对每家客户的销售额（如按客户汇总的已成交商机金额）" +
        "后重新运行；如这一列确是我们的销售额，请在列映射中把它指定为销售额。",
      mappingMissing: (field, wanted) => `为${field}指定的列“${wanted}”不在表头中。`,
      mappingMoved: (field, was, header, nth, count) =>
        `${field}上次指定为${was}列（${columnHeadedZh(header, nth, nth)}），现在${count === 0 ? `没有表头为“${header}”的列` : `表头为“${header}”的列只有${count}个`}：请重新指定${field}所在的列。`,
      mappingFollowed: (field, letter, was, header, nth, count) =>
        `${field}按所选的列读取：${columnHeadedZh(header, nth, count)}，现为${letter}列（指定时为${was}列），之后插入或移动过列。`,
      notANumber: (row, h, raw, consequence) => {
        const error = raw.trim();
        return Object.hasOwn(ERROR_ZH, error)
          ? `第${row}行：${h}是公式的错误值${error}（${ERROR_ZH[error as ExcelError]}）；请修正公式，${consequence}。`
          : `第${row}行：${h}“${raw}”不是数字；${consequence}。`;
      },
      tooLarge: (row, h, raw, consequence) =>
        `第${row}行：${h}“${raw}”数值过大（按该列的单位换算后超出可计算的范围），无法计算；${consequence}。`,
      uncalculated: (row, h, formula, count) =>
        `第${row}行：${h}是公式${formula === "" ? "" : `（${formulaText(formula)}）`}，文件中没有保存它的计算结果` +
        `${count > 1 ? `（此列共${formatInteger(count)}个这样的单元格）` : ""}；写出该文件的程序不计算公式。` +
        "请先用 Excel 或 WPS 打开并保存，再运行。",
      mixedCurrency: (row, h, byColumn, parts) =>
        `第${row}行：${byColumn ? `按“${h}”列，销售额有${parts.length}种币种` : `销售额列“${h}”的金额写有${parts.length}种币种`}：` +
        parts
          .map(
            (p, i) =>
              (p.presumed
                ? `未写币种的${formatInteger(p.count)}家（按${currencyNameZh(p)}）`
                : `${currencyNameZh(p)}${formatInteger(p.count)}家`) +
              (i === 0 ? "" : `（第${p.rows.join("、")}行${p.count > p.rows.length ? "等" : ""}）`),
          )
          .join("，") +
        "。不同币种的金额不能放在一起排名分级。请先按汇率换算成同一币种：" +
        (byColumn
          ? "新增一列“销售额（人民币）”，再重新运行（将按这一列分级）。"
          : "新增一列“销售额（人民币）”，并把它指定为销售额列，再重新运行。") +
        // 只有少数金额写了币种：也可能全部都是这一币种，只是其余没写。
        (parts[0]?.presumed && parts[1]
          ? `如全部金额都是${currencyNameZh(parts[1])}，请在表头注明（如“${h.trim()}（${currencyNameZh(parts[1])}）”），再运行。`
          : ""),
      negative: (row, h, raw) => `第${row}行：${h}“${raw}”为负数；按无销售额处理。`,
      changePastSales: (row, h, change, sales) =>
        `第${row}行：“${h}”为${change}，比本年销售额${sales}还多，上年销售额不可能为负；本次不计增长。请核对后再运行。`,
      notAYears: (row, h, raw) => `第${row}行：${h}“${raw}”既不是年数，也不是开始合作的年份或日期；已忽略。`,
      tenureTooLong: (row, h, raw, years) =>
        `第${row}行：${h}“${raw}”合${formatDecimal(Math.floor(years))}年，超过100年，不像合作年限（是月数，还是日期有误？）；本次不计。`,
      tierEdited: (row, h, typed, written, o, has) =>
        `第${row}行：${h}被手动改为“${clip(typed)}”（上次分级为“${written}”）。此列每次运行都会按规则重写，本次未采用这一修改；如需手动指定分级，请${has ? `填写“${o}”列` : `在表中增加一列“${o}”并填写`}，再运行。`,
      noteKept: (row, h, how) =>
        `${
          how === "kept"
            ? `第${row}行：${h}是手工填写的内容，本次照旧保留`
            : how === "edited"
              ? `第${row}行：${h}在上次运行后被手工改写，本次保留您的文字，不再自动更新`
              : `第${row}行（新增客户）：${h}是手工填写的内容，本次保留，不自动生成`
        }；如需按最新数据重新生成建议，清空该单元格后再运行。`,
      reviewKept: (row, h, date, visit) =>
        `第${row}行：${h}手工改为${date}，本次保留${visit === "" ? "" : `；“${visit}”记到该日或之后时，再按复查周期重新计算`}。`,
      notDaysSince: (row, h, raw) => `第${row}行：${h}“${raw}”不是天数；下次复查从今天起算。`,
      futureVisit: (row, h, raw, today) =>
        `第${row}行：${h}“${raw}”晚于今天（${dateZh(today)}），不是已发生的拜访，可能填错了；下次复查从今天起算。`,
      futureStart: (row, h, raw, today) =>
        `第${row}行：${h}“${raw}”晚于今天（${dateZh(today)}），合作尚未开始，可能填错了；已忽略。`,
      notADate: (row, h, raw) => `第${row}行：${h}“${raw}”不是日期（请写成2025-03-05）；下次复查从今天起算。`,
      ambiguousDate: (row, h, raw, monthFirst, dayFirst) =>
        `第${row}行：${h}“${raw}”可能是${dateZh(monthFirst)}，也可能是${dateZh(dayFirst)}（本列看不出月、日的先后）；请按年-月-日填写（如${dateZh(monthFirst)}写成${monthFirst.toISOString().slice(0, 10)}）。下次复查从今天起算。`,
      endedUnread: (row, h, raw) => `第${row}行：${h}“${raw}”既不是日期，也不是“是/否”；按仍在合作处理。`,
      notAFlag: (row, h, raw) => `第${row}行：${h}“${raw}”不是“是/否”；按“否”处理。`,
      unknownOverride: (row, h, raw) =>
        `第${row}行：${h}“${raw}”不是有效分级（请填写重点、普通或意向，或填写升级、降级以调整一级）；已忽略。`,
      unknownStatus: (row, h, raw) => `第${row}行：${h}“${raw}”不是可识别的客户状态；已忽略。`,
      unknownIntent: (row, h, raw) =>
        `第${row}行：${h}“${raw}”不是可识别的意向度（高/中/低、热/温/冷或成交概率，如70%）；已忽略。`,
      statusAnswer: (h, answer) => `${h.trim()}：${answer}`,
      remarkEnded: (row, h, remark) =>
        `第${row}行：${h}写着“${remark}”，像是已停止合作；本次仍按销售额分级。如确已停止合作，请加一列“客户状态”写明“停止合作”，或删去该行，再运行。`,
      remarkDispute: (row, h, remark) =>
        `第${row}行：${h}写着“${remark}”，像是有法律纠纷；本次未按现款现货处理。如属实，请加一列“客户状态”写明“法律诉讼中”，再运行。`,
      remarkOverdue: (row, h, remark, days, setting, overdueHeader) =>
        !setting
          ? `第${row}行：${h}写着“${remark}”，像是逾期${days}天；本表没有资信列，本次未按逾期处理。如属实，请加一列“逾期天数”填写天数，再运行。`
          : overdueHeader
            ? `第${row}行：“${overdueHeader}”为空，${h}写着“${remark}”：资信按逾期${days}天计。如已结清，请改写${h}；否则请在“${overdueHeader}”填写天数，再运行。`
            : `第${row}行：${h}写着“${remark}”：资信按逾期${days}天计。如已结清，请改写${h}；最好加一列“逾期天数”填写天数，再运行。`,
      remarkArrears: (row, h, remark, severe, setting, overdueHeader) => {
        const as = severe ? "视为严重拖欠，资信为D" : "视为有逾期（天数不详），资信至多为B";
        return !setting
          ? `第${row}行：${h}写着“${remark}”，像是${severe ? "严重拖欠" : "有逾期"}，但没写逾期天数；本表没有资信列，本次未按逾期处理。如属实，请加一列“逾期天数”填写天数，再运行。`
          : overdueHeader
            ? `第${row}行：“${overdueHeader}”为空，${h}写着“${remark}”：${as}。如已结清，请改写${h}；否则请在“${overdueHeader}”填写天数，再运行。`
            : `第${row}行：${h}写着“${remark}”，没写逾期天数：${as}。如已结清，请改写${h}；最好加一列“逾期天数”填写天数，再运行。`;
      },
      remarkOverLimit: (row, h, remark, setting) =>
        setting
          ? `第${row}行：${h}写着“${remark}”，像是欠款已超信用额度：资信至多为C（收紧账期，盯紧回款）。如已回到额度内，请改写${h}；最好加“信用额度”“应收余额”两列，再运行。`
          : `第${row}行：${h}写着“${remark}”，像是欠款已超信用额度；本表没有资信列，本次未按超额度处理。如属实，请加“信用额度”“应收余额”两列，再运行。`,
      remarkHold: (row, h, remark, credit) =>
        `第${row}行：${h}写着“${remark}”，像是已暂停供货或授信：仍按客户分级；${credit ? "资信按D处理（现款现货，停止新增授信）" : "建议现款现货，停止新增授信"}。恢复供货或授信后请改写${h}。`,
      unknownRating: (row, h, raw) =>
        `第${row}行：${h}“${raw}”不是可识别的资信等级（AAA-D、优/良/中/差、一级-三级、低/中/高风险、★★★☆☆）；已忽略。`,
      missingName: (row, h) => `第${row}行：${h}为空但该行有数据；已跳过该行。`,
      salesLinesByYear: (row, h, repeats, rows, yearHeader, years) =>
        `第${row}行起：每家经销商每年一行（“${yearHeader}”列：${years.join("、")}），${formatInteger(rows)}行中有${formatInteger(repeats)}行的${h}与上方某行相同，逐行分级会把同一家拆成多家，按经销商合计又会把几年的销售额加在一起。请先用数据透视表把各年排成列（插入 > 数据透视表：行为${h}，列为${yearHeader}，值为销售额求和），再对汇总表运行：最近一年为本期销售额，前一年为上年销售额。未写入任何内容。`,
      pivotYearsInRows: (row, h, years, repeats) =>
        `第${row}行起：这张数据透视表把年份放在行上（${years.join("、")}各自一组），${formatInteger(repeats)}家经销商在不同年份下重复出现，逐行分级会把往年的销售额当作本期、把同一家拆成多家。请在“数据透视表字段”窗格中把年份字段从“行”区域拖到“列”区域，使每家经销商一行、每年一列，再运行：最近一年为本期销售额，前一年为上年销售额。未写入任何内容。`,
      salesLines: (row, h, repeats, rows) =>
        `第${row}行起：${formatInteger(rows)}行中有${formatInteger(repeats)}行的${h}与上方某行相同，这是销售明细（每月或每单一行），不是每家经销商一行的台账，逐行分级会把同一家拆成多家。请先按经销商汇总（插入 > 数据透视表，按${h}对销售额求和），再对汇总表运行。未写入任何内容。`,
      inactiveName: (row, h, name) =>
        `第${row}行：${h}“${name}”在名称中注明停用、注销或作废；按停止合作跳过，不参与分级（如合作状态列另有说明，以状态为准）。`,
      testRecord: (row, h, name, revenue) =>
        revenue === null
          ? `第${row}行：${h}“${name}”像是测试数据，不是经销商；未参与分级。如是真实客户，请改用其正式名称。`
          : `第${row}行：${h}“${name}”像是测试数据，但本期有销售额${money(revenue)}：已按客户分级。如是测试数据，请删除该行。`,
      inactiveWithSales: (row, h, status, revenue) =>
        `第${row}行：${h}为“${status}”，按停止合作跳过，不参与分级；但本期销售额${money(revenue)}，未计入各项合计。如仍在合作，请更新状态后重新运行。`,
      notAccount: (row, h, kind) =>
        `第${row}行：${h}为“${kind}”，既不是客户，也不是要开发的意向客户，本期也没有销售：未参与分级。如确是客户，请修改${h}后重新运行。`,
      filledDown: (letter, h, rows, firstRow) =>
        `${letter}列“${h}”只在每组的第一行填写（报表隐藏了重复值）：其下${rows}个空白单元格（第一个在第${firstRow}行）已按上方的值读取。`,
      typedAsText: (letter, h, count, rows, example, value, convertible, total) => {
        const where = `第${rows.join("、")}行${count > rows.length ? "等" : ""}`;
        const left = total
          ? `，第${total.row}行“${total.label}”的${formatFigure(total.value)}就未计入这${formatInteger(count)}笔（共${formatFigure(total.missing)}）`
          : "";
        const figure = formatFigure(value);
        const fix = convertible
          ? "选中这些单元格，点旁边的错误提示按钮，选“转换为数字”"
          : `改为该列单位下的数值（如“${example}”改为${figure}）`;
        return `${letter}列“${h}”有${formatInteger(count)}个金额以文本形式录入（${where}，如“${example}”）：本次分级已按数值读取，但 Excel 的求和、排序和筛选不把文本当作数字${left}。建议${fix}。`;
      },
      regionAddress: (at, h, row, example, province) =>
        `${at}列“${h}”填的是详细地址（如第${row}行“${clip(example)}”）：区域按地址开头的省份汇总（如“${province}”），不把每个地址各算作一个区域。`,
      regionVariant: (row, h, text, first) =>
        `第${row}行：${h}“${text}”与前面的“${first}”是同一区域的不同写法，按“${first}”统计。`,
      noteRow: (row, h, text) => `第${row}行：${h}“${clip(text)}”是表格的说明文字，不是经销商，不参与分级。`,
      loneNameBelow: (row, h, text) =>
        `第${row}行：${h}“${clip(text)}”在数据下方、隔着空行，整行只有名称，已按意向客户分级。若是表格的说明文字，请在前面加“注：”或删除该行；若是经销商，请补全该行数据。`,
      subAccounts: (row, h, name, parts, total) =>
        `第${row}行：${h}“${name}”${
          parts === null
            ? ""
            : parts[0] === parts[1]
              ? `及其下第${parts[0]}行（下级客户或销售明细）`
              : `及其下第${parts[0]}-${parts[1]}行（下级客户或销售明细）`
        }合为一个客户分级，按第${total}行的合计计算。`,
      subAccountsFolded: (first, last, h, count, kind, e) => {
        const under =
          e.parts === null
            ? ""
            : e.parts[0] === e.parts[1]
              ? `及其下第${e.parts[0]}行`
              : `及其下第${e.parts[0]}-${e.parts[1]}行`;
        const by =
          kind === "own"
            ? "按客户所在行的合计计算"
            : kind === "total"
              ? "按各自合计行的数字计算"
              : "按明细各行之和计算（分类汇总行是计数、平均值等，不是合计）";
        const at =
          kind === "own"
            ? ""
            : kind === "total"
              ? `，合计在第${e.total}行`
              : `，分类汇总在第${e.total}行“${clip(e.label ?? "")}”`;
        return `第${first}-${last}行：${h}列出${formatInteger(count)}家客户，各带${
          kind === "summary" ? "销售明细" : "下级客户或销售明细"
        }：每家合为一个客户分级，${by}。如第${e.row}行“${clip(e.name)}”${under}${at}。${
          kind === "own" ? "明细行" : kind === "total" ? "明细行和合计行" : "明细行和分类汇总行"
        }不单独分级。`;
      },
      sumsAlone: (first, last, h, example, name) =>
        `第${first}-${last}行：${h}都是分类汇总的汇总行（如“${clip(example)}”），明细行不在表中：已按汇总金额分级，客户名称取汇总前的部分（如“${clip(name)}”）。`,
      linesSummed: (row, h, name, parts, total, label) =>
        `第${row}行：${h}“${name}”${
          parts === null
            ? ""
            : parts[0] === parts[1]
              ? `及其下第${parts[0]}行（销售明细）`
              : `及其下第${parts[0]}-${parts[1]}行（销售明细）`
        }合为一个客户分级，按各行之和计算：第${total}行“${clip(label)}”是分类汇总的计数、平均值等，不是合计。`,
      sectionHeading: (row, h, name) =>
        `第${row}行：${h}“${name}”是分组标题（一行只有区域名称），不是经销商，不参与分级。`,
      groupHeadsFolded: (first, last, h, count, examples) =>
        `第${first}-${last}行：${h}中有${formatInteger(count)}个分组行（${examplesZh(examples, count)}），其数字是下方各行的小计，不是经销商，不参与分级。`,
      totalsFolded: (first, last, h, count, examples) =>
        `第${first}-${last}行：${h}中有${formatInteger(count)}个合计或分类汇总行（${examplesZh(examples, count)}），不是经销商，不参与分级。`,
      groupHead: (row, h, name, first, last) =>
        `第${row}行：${h}“${name}”是分组行，其数字是第${first === last ? first : `${first}-${last}`}行的小计，不是经销商，不参与分级。`,
      duplicateKey: (row, h, name, rows, sum, line) =>
        `第${row}行：${h}“${name}”共${rows.length}行（第${fewNames(rows.map(String), "、", () => "等", 4)}行），合计${money(sum)}，达到重点客户线${money(line)}，但逐行分级，没有一行是重点客户。如是同一家经销商的几条产品线，请合并为一行再运行；如是重复录入，请删去多余的行；如是不同的经销商，请在名称上区分。`,
      duplicateName: (row, h, name, first) => `第${row}行：${h}“${name}”与第${first}行重复；两行均参与分级。`,
      sameNameOtherCode: (row, h, name, first, code, firstCode) =>
        `第${row}行：${h}“${name}”与第${first}行同名，但客户编码不同（${code}、${firstCode}）：按两家经销商分别分级。`,
      duplicateCode: (row, h, code, first, firstName) =>
        `第${row}行：${h}“${code}”与第${first}行（“${firstName}”）相同，但名称不同；两行均参与分级，请核对是否录入错误。`,
      renamed: (row, h, code, before, now) =>
        `第${row}行：${h}“${code}”上次名为“${before}”，现为“${now}”：按同一家经销商与上次比较。`,
      fieldGone: (field, h, credit, maybe) =>
        `${h === field ? `上次分级读取的“${h}”列本次未找到` : `上次分级从“${h}”列读取${field}，本次未找到该列`}（表头可能改过或列已删除）：本次分级未考虑${field}${credit ? "，逾期或资信差的客户不会再被提示" : ""}。${maybe ? `${maybe.letter}列“${maybe.header}”可能就是该列，如是，请在列映射中指定后重新运行。` : "如列还在，请在列映射中指定后重新运行。"}`,
      renamedAtRow: (row, before, now) =>
        `第${row}行：“${now}”上次在同一行名为“${before}”，视为同一家经销商改了名，与上次比较。如不是同一家，请在表中加一列客户编码后重新运行。`,
      renamedAtRows: (count, row, before, now) =>
        `有${count}行的经销商名称与上次不同，但与上次同一行的名称相近（如第${row}行“${now}”上次名为“${before}”），视为同一家经销商改了名，与上次比较。如其中有不是同一家的，请在表中加一列客户编码后重新运行。`,
      duplicateNameVariant: (row, h, name, first, firstName) =>
        `第${row}行：${h}“${name}”与第${first}行“${firstName}”仅空格、标点、全半角或大小写不同，可能是同一家经销商，销售额被拆在两行；两行均参与分级。`,
      total: (row, h, text) => `第${row}行：${h}“${text}”是合计行，不参与分级。`,
      summary: (row, h, text) => `第${row}行：${h}“${text}”是分类汇总行，不是经销商，不参与分级。`,
      tableTotal: (row, h, text) =>
        `第${row}行${text === "" ? "" : `（${h}“${text}”）`}是表格的汇总行，不参与分级。`,
      headerInData: (row, h, text) => `第${row}行：${h}“${text}”及同行各列是表头，不是经销商，不参与分级。`,
      ownerMissing: (row, h, name, text) =>
        `第${row}行：重点客户“${name}”${text === "" ? `没有${h}` : `的${h}为“${text}”，实际无人负责`}；重点客户应由我们能力最强的人员负责。`,
      ownerOverloaded: (h, owner, share, median) =>
        `${h}“${owner}”在重点客户上的销售时间占${formatPercent(share)}，而中位数为${formatPercent(median)}；建议分担。`,
      mappingConflict: (h, first, second) =>
        `“${h}”列同时被指定为${first}和${second}：请为每一项指定不同的列。`,
      rulesInvalid: (setting, value, expected) => `规则 ${setting} = ${value} 无效：${expected}。`,
      rulesRounded: (setting, value, used) => `规则 ${setting} = ${value}：复查按整月安排，按${used}个月计。`,
      rulesUnknown: (setting, suggestion) =>
        `规则中没有 ${setting} 这一项${suggestion ? `（是否应为 ${suggestion}？）` : ""}。`,
      noSales: (h, status) =>
        `${h}中没有大于零的销售额：${
          status === undefined
            ? "所有客户均列为意向客户。"
            : `无法按销售额分级，只有“${status}”表明已是客户的列为普通客户，其余均列为意向客户。`
        }`,
      salesLeftBlank: (date, had, blank, h, row) =>
        `上次分级（${date}）有销售额的${had}家客户中，本次有${blank}家的“${h}”为空（第一个在第${row}行）：照此分级，它们都将按本期无销售降级，因此本次不分级。如销售额尚未填完，请填完后重新运行；确无销售的，请填0。`,
      keySalesBlank: (row, name, sales, h) =>
        `第${row}行：“${name}”上次为重点客户（销售额${sales}），本次“${h}”为空，已按本期无销售分级。如尚未填写，请填入后重新运行；确无销售的，请填0。`,
      salesOutOfScale: (row, name, h, typed, sales, against, base, times) =>
        `第${row}行：“${name}”的“${h}”为${typed ? `${typed}（即${sales}）` : sales}，约为${"prior" in against ? `“${against.prior}”（${base}）` : `上次分级（${against.date}）时的${base}`}的${formatInteger(times)}倍，且高于其他任何一家客户：两个数是否有一个按别的单位填写（如按元填在万元列），或多输、少输了位数？本次按表中数值分级；如有误，请改正后重新运行。`,
      unitsApartPrior: (h, prior, times, below, count) =>
        `“${h}”的数值约为“${prior}”的${below ? `1/${formatInteger(times)}` : `${formatInteger(times)}倍`}（${count}家客户的中位数）：两列的单位可能不同（如一列按元、一列按万元填写）。照此计算，每家客户的同比增长都将失真，因此本次不分级。请统一两列的单位（或改正表头）后重新运行。`,
      unitsApartLastRun: (h, date, times, below, count) =>
        `本次“${h}”的数值约为上次分级（${date}）的${below ? `1/${formatInteger(times)}` : `${formatInteger(times)}倍`}（${count}家客户的中位数）：销售额的单位可能变了（如表头的“万元”改成了“元”，或按元填写而表头仍是“万元”）。照此比较，每家客户都将显示大起大落，因此本次不分级。请核对销售额的单位后重新运行。`,
      salesEmptied: (date, letter, h) =>
        `上次分级（${date}）是按销售额分的，本次${letter}列“${h}”却没有一行大于零的销售额（可能是新表尚未填写，或数据已被清空）：照此分级，重点客户将全部降级，因此本次不分级。请填入本期销售额后重新运行；如销售额在别的列，请在列映射中指定该列。`,
      overridesFillKeyPlaces: (byHand, places, name, revenue, share) =>
        `手动指定的${byHand}家重点客户${places === 1 ? "已占用唯一的重点客户名额" : `已占满全部${places}个重点客户名额`}：${sales}最大的“${name}”（${money(revenue)}，占${formatPercent(share)}）及其他未手动指定的客户都只能列为普通客户。如需按${sales}选出重点客户，请减少手动指定，或在规则中提高重点客户比例。`,
      noneAtThreshold: (by, min, best) =>
        `${
          by === "revenue"
            ? `没有客户的${sales}达到重点客户门槛${money(min)}（最高为${money(best)}）`
            : `没有客户的得分达到重点客户门槛${formatDecimal(min)}分（最高为${formatDecimal(best)}分）`
        }：本次除手动指定的客户外没有重点客户。请降低门槛或改用其他分级方法后再运行。`,
      periodUnknown: (h, prior, thisPeriod) =>
        thisPeriod
          ? `“${h}”是本期销售额，表中没有写明本期是哪几个月；“${prior}”是全年的：两者不可比，不计算同比与增长。请在表头写明月份（如“10月销售额”“1-10月销售额”），或改用上年同期的列，再运行。`
          : `“${h}”是年初至今的累计销售额，没有写明截至几月；“${prior}”是全年的：两者不可比，不计算同比与增长。请在表头写明月份（如“1-10月累计”），或改用上年同期的列，再运行。`,
      measureMismatch: (h, prior, goods) =>
        `“${goods ? h : prior}”是按数量计的销量，“${goods ? prior : h}”是金额：两者不可比，不计算同比与增长。请改用同一口径的上年列，再运行。`,
      currencyConflict: (h, named, formatted) =>
        `“${h}”写明的是${CURRENCY_ZH[named]}，但单元格中的金额是${CURRENCY_ZH[formatted]}：按表头的${CURRENCY_ZH[named]}计算。如实为${CURRENCY_ZH[formatted]}，请在表头写明（如“销售额（万${CURRENCY_ZH[formatted] === "人民币" ? "元" : CURRENCY_ZH[formatted]}）”）后重新运行。`,
      currencyByCountry: (h, country, place, currency) =>
        `“${h}”及其单元格都没有写明币种，“${country}”各行均为“${place}”：按${CURRENCY_ZH[currency]}计算。如为其他币种，请在表头注明（如“${h} (CNY)”），然后重新运行。`,
      currencyByStates: (h, states, some, currency) =>
        `“${h}”及其单元格都没有写明币种，“${states}”各行均为美国的州（${some.join("、")}等）：按${CURRENCY_ZH[currency]}计算。如为其他币种，请在表头注明（如“${h} (CNY)”），然后重新运行。`,
      noCurrency: (h) =>
        `“${h}”及其单元格都没有写明币种：按人民币（元）计算。如为其他币种，请在表头注明（如“${h} (USD)”），或在“更多规则”中选择币种（规则文件中为 sales.currency），然后重新运行。`,
      periodProrated: (h, months, prior, priorMonths, average, stated) => {
        if (average) {
          const per = average === "month" ? "月均" : average === "week" ? "周均" : "日均";
          return `“${h}”是${per}数，“${prior}”是${formatDecimal(priorMonths)}个月的合计：计算同比时，上年销售额也折算为${per}（按各月销售均匀计）。`;
        }
        const by = stated ? `（据第${stated.row}行“${stated.text}”）` : "";
        return `“${h}”是${formatDecimal(months)}个月的销售额${by}，“${prior}”是${formatDecimal(priorMonths)}个月的：计算同比时，上年销售额按${formatDecimal(months)}/${formatDecimal(priorMonths)}折算（按各月销售均匀计）。`;
      },
      overLimitMost: (over, limited, limit, balance) =>
        `有信用额度的${limited}家客户中，${over}家的“${balance}”超过“${limit}”，都按超额度降了资信：请核对两列的单位是否一致（如一列为万元、一列为元），有误请在表头注明单位后再运行。`,
      limitAlone: (h, isLimit) =>
        isLimit
          ? `本表有“${h}”，但没有应收余额列：无法判断哪些客户超信用额度，该列本次未使用。如需检查，请加上应收余额（或欠款余额）列后再运行。`
          : `本表有“${h}”，但没有信用额度列：无法判断哪些客户超信用额度，该列本次只用来识别仍有欠款的老客户。如需检查额度，请加上信用额度列后再运行。`,
      creditScoreScale: (h, highest) =>
        `“${h}”的分数最高为${formatInteger(highest)}，不是百分制：本次资信只按其他列判断。如需按分数评定，请按该分制设置A、B、C级的最低分（如300-850分制可设740、670、580）：在任务窗格“规则 › 更多规则 › 资信按信用评分”中设置，或在规则文件中设置credit.minScoreA、minScoreB、minScoreC，然后再运行。`,
      overdueAmount: (h, byCells) =>
        `“${h}”是逾期欠款的金额，不是天数${byCells === undefined ? "" : `（列中有${formatFigure(byCells)}这样的数；如确为天数，请将该列指定为逾期天数）`}：有金额的客户记为有逾期，资信最高为B，逾期天数表中未写明。如有逾期天数或账龄列，请一并提供。`,
      agingBuckets: (headers, oldest, days) =>
        `${headers.map((h) => `“${h}”`).join("、")}是账龄分段的欠款金额：每家客户按有欠款的最长一段计逾期天数（“${oldest}”有金额即按逾期${Number.isFinite(days.to) ? `${days.from}-${days.to}天` : `超过${days.from - 1}天`}计），资信状况随之而定。`,
      unitOfSales: (h, sales) =>
        `“${h}”未注明单位，数值与“${sales}”同一量级，已按相同单位读取。如单位不同，请在表头注明后重新运行。`,
      salesInVolume: (h) =>
        `“${h}”是按数量计的销量，不是金额：本次按销量分级，说明、分级依据和分级策略表中写的都是销量，不是金额。如表中另有销售额列，请把销售额指定为那一列，再运行。`,
      salesInPercent: (h, at, largest) =>
        `${at}列“${h}”的数字是百分比格式（最大一家${formatPercent(largest)}），是各家占总额的比例，不是金额：按它分级，说明、重点客户门槛和分级策略表里都写不出金额。如是数据透视表，请在值字段设置 > 值显示方式中选“无计算”，再运行；否则请把销售额指定为金额列。未写入任何内容。`,
      unitAssumed: (h, largest, currency) =>
        currency === "CNY" || currency === "QTY"
          ? `“${h}”列没有注明单位，已按元读取，最大的一家也只有${money(largest)}。如单位是万元，请在表头写明（如“${h}（万元）”），或在表头上方注明“单位：万元”，再运行。`
          : `“${h}”列没有注明单位，已按${CURRENCY_ZH[currency]}读取，最大的一家也只有${money(largest)}。如单位是千${CURRENCY_ZH[currency]}，请在表头写明（如“${h}（千${CURRENCY_ZH[currency]}）”），或在表头上方注明“单位：千${CURRENCY_ZH[currency]}”，再运行。`,
      holdStatus: (row, h, s, credit) =>
        `第${row}行：${h}为“${s}”：仍按客户分级；${credit ? "资信按D处理（现款现货，停止新增授信）" : "建议现款现货，停止新增授信"}。恢复供货或授信后请更新状态。`,
      disputeStatus: (row, h, s, credit) =>
        `第${row}行：${h}“${s}”表明与该客户有法律纠纷：${credit ? "资信按D处理（现款现货，停止新增授信）" : "建议现款现货，停止新增授信"}，纠纷了结后请更新状态。`,
      moveRefused: (row, h, typed, up, from) =>
        `第${row}行：${h}为“${typed}”，` +
        (from === "key"
          ? "该客户已是重点客户，无法再升级；保持重点客户。"
          : from === "ordinary"
            ? "普通客户已是有销售客户中最低的一级，无法再降级；保持普通客户。如确要列为意向客户（尚未成交的企业），请填写“意向客户”。"
            : up
              ? "该客户为意向客户（本期尚未成交），无从升级；保持意向客户。如要列为普通或重点客户，请直接填写“普通客户”或“重点客户”。"
              : "意向客户已是最低一级，无法再降级；保持意向客户。"),
      overrideProspectWithSales: (row, h, typed, revenue) =>
        `第${row}行：${h}为“${typed}”${typed === "意向客户" ? "" : "（意向客户）"}，但本期已有${sales}${money(revenue)}：按手动分级列为意向客户。意向客户是尚未成交的企业；如只想降低其优先级，请改为“普通客户”。`,
      prospectWithSales: (row, h, status) =>
        `第${row}行：${h}为“${status}”，但本期已有销售；按“成交即为客户”列为客户。`,
      notAccountWithSales: (row, h, kind, revenue) =>
        `第${row}行：${h}为“${kind}”，但本期已有${sales}${money(revenue)}；按“成交即为客户”列为客户。`,
      prospectBoughtBefore: (row, h, status, evidence, value) =>
        `第${row}行：${h}为“${status}”，但${evidence === "" ? "有逾期欠款" : `${evidence}为“${value}”`}，说明已有过合作；仍列为意向客户，按停止进货的老客户跟进。请核实客户状态。`,
      consequenceProspect: "该行按本期无销售处理",
      consequenceIgnored: "已忽略该值",
    }),
    expect: {
      object: "应为一组设置",
      version: (max) => `规则版本应在 1 到 ${max} 之间`,
      range: (min, max) => `应为 ${min} 到 ${max} 之间的数字`,
      shareRange: (min, max) => `应为 ${min} 到 ${max} 之间的比例（10%写作0.1或"10%"）`,
      oneOf: (allowed) => `应为以下之一：${allowed.join("、")}`,
      flag: "应为 true 或 false",
      wordMap: "应为“文字 → 分类代码”的对照表",
      sumToOne: "三类客户的销售时间占比之和必须为100%",
      positiveSum: "至少一个权重须大于零",
      ascending: "各档阈值须按顺序排列",
      above: (other) => `须大于 ${other}`,
      atMost: (other) => `不得大于 ${other}`,
      atLeast: (other) => `不得小于 ${other}`,
    },
  };
}

/** The catalog with amounts in `currency`, built once each. */
const catalogIn = memoByCurrency(buildZhCN);

/** 引擎的全部中文文字。 */
export const engineZhCN: EngineMessages = catalogIn("CNY");

/**
 * Days overdue as the cell gave them: 逾期113天, or an aging bucket: 逾期31-60天, 逾期超过90天 (an open
 * bucket's days are one past its figure).
 */
function overdueText(days: number, to: number | undefined): string {
  if (to === undefined || Number.isNaN(to)) return `逾期${formatInteger(days)}天`;
  return to === Number.POSITIVE_INFINITY
    ? `逾期超过${formatInteger(days - 1)}天`
    : `逾期${formatInteger(days)}-${formatInteger(to)}天`;
}

/** “表头为“销售额”的列”，或同名的列有 `count` 个时“第2个表头为“销售额”的列”。 */
function columnHeadedZh(header: string, nth: number, count: number): string {
  return count > 1 ? `第${nth}个表头为“${header}”的列` : `表头为“${header}”的列`;
}
