/** The input fields the engine understands. Only `name` is required. */
export type Field =
  | "name"
  | "revenue"
  | "priorRevenue"
  | "growth"
  | "region"
  | "credit"
  | "overdue"
  | "marketShare"
  | "marketPotential"
  | "managementMode"
  | "salesMode"
  | "sensitivity"
  | "tenure"
  | "strategic"
  | "status"
  | "override"
  | "owner"
  | "lastVisit"
  | "competitor";

export const FIELDS: readonly Field[] = [
  "name",
  "revenue",
  "priorRevenue",
  "growth",
  "region",
  "credit",
  "overdue",
  "marketShare",
  "marketPotential",
  "managementMode",
  "salesMode",
  "sensitivity",
  "tenure",
  "strategic",
  "status",
  "override",
  "owner",
  "lastVisit",
  "competitor",
];

export const REQUIRED_FIELDS: readonly Field[] = ["name"];

/**
 * Header words per field, already folded (see `foldText`): exact matches are sure, matches that
 * merely contain a word are less so. Order matters where one header could mean two fields: the
 * first field whose words match wins, so the more specific fields come first.
 */
export const FIELD_SYNONYMS: Readonly<
  Record<Field, { exact: readonly string[]; contains: readonly string[] }>
> = {
  lastVisit: {
    exact: [
      "上次拜访",
      "上次拜访日期",
      "最近拜访",
      "最近拜访日期",
      "最后拜访日期",
      "拜访日期",
      "lastvisit",
      "lastvisitdate",
      "lastcontact",
      "lastcontactdate",
    ],
    contains: ["拜访", "lastvisit", "lastcontact"],
  },
  competitor: {
    exact: [
      "竞品合作",
      "合作竞品",
      "竞争对手",
      "竞品",
      "现用品牌",
      "competitor",
      "competitorbrand",
      "buysfrom",
    ],
    contains: ["竞品", "竞争对手", "competitor"],
  },
  override: {
    exact: [
      "手动分级",
      "人工分级",
      "手工分级",
      "指定分级",
      "分级调整",
      "tieroverride",
      "manualtier",
      "override",
      "overridetier",
    ],
    contains: ["手动分级", "人工分级", "override"],
  },
  priorRevenue: {
    exact: [
      "去年销售额",
      "上年销售额",
      "上年度销售额",
      "去年销量",
      "上年回款",
      "去年回款额",
      "上年回款额",
      "上年同期销售额",
      "同期销售额",
      "prioryearsales",
      "lastyearsales",
      "prioryearrevenue",
      "lastyearrevenue",
      "prioryear",
      "pysales",
      "previousyearsales",
    ],
    contains: ["去年", "上年", "同期", "prioryear", "lastyear", "previousyear"],
  },
  growth: {
    exact: [
      "同比增长",
      "同比增长率",
      "增长率",
      "销售增长率",
      "增幅",
      "yoygrowth",
      "growth",
      "growthrate",
      "salesgrowth",
      "yoy",
    ],
    contains: ["增长率", "同比", "growth", "yoy"],
  },
  marketPotential: {
    exact: [
      "市场潜力",
      "市场容量",
      "潜在销售额",
      "区域市场容量",
      "marketpotential",
      "potential",
      "marketsize",
      "salespotential",
    ],
    contains: ["市场潜力", "市场容量", "marketpotential", "marketsize"],
  },
  marketShare: {
    exact: [
      "区域市场占有率",
      "市场占有率",
      "市场份额",
      "占有率",
      "区域占有率",
      "区域占有",
      "marketshare",
      "share",
      "regionalshare",
    ],
    contains: ["占有率", "市场份额", "marketshare"],
  },
  revenue: {
    exact: [
      "年销售额",
      "年度销售额",
      "销售额",
      "回款额",
      "销售收入",
      "年销量",
      "销售金额",
      "本年销售额",
      "今年销售额",
      "年回款",
      "年度回款",
      "营业额",
      "annualsales",
      "revenue",
      "sales",
      "annualrevenue",
      "salesamount",
      "turnover",
      "currentyearsales",
      "ytdsales",
    ],
    contains: ["销售额", "回款", "营业额", "销售收入", "revenue", "sales", "turnover"],
  },
  name: {
    exact: [
      "经销商名称",
      "经销商",
      "客户名称",
      "单位名称",
      "客户",
      "公司名称",
      "渠道商",
      "代理商",
      "代理商名称",
      "分销商",
      "名称",
      "distributor",
      "dealer",
      "account",
      "customername",
      "customer",
      "distributorname",
      "dealername",
      "accountname",
      "company",
      "companyname",
      "name",
      "partner",
      "partnername",
    ],
    contains: [
      "经销商",
      "客户名",
      "单位名",
      "公司名",
      "代理商",
      "distributor",
      "dealer",
      "customername",
      "accountname",
    ],
  },
  region: {
    exact: [
      "所属区域",
      "区域",
      "省份",
      "大区",
      "地区",
      "片区",
      "销售区域",
      "城市",
      "region",
      "territory",
      "area",
      "province",
      "salesregion",
    ],
    contains: ["区域", "省份", "大区", "地区", "region", "territory"],
  },
  credit: {
    exact: [
      "资信等级",
      "信用等级",
      "资信状况",
      "信用评级",
      "资信",
      "信用",
      "creditrating",
      "credit",
      "creditgrade",
      "creditstanding",
    ],
    contains: ["资信", "信用", "credit"],
  },
  overdue: {
    exact: [
      "逾期天数",
      "账龄",
      "账龄天数",
      "逾期",
      "超期天数",
      "daysoverdue",
      "overdue",
      "overduedays",
      "dayspastdue",
      "dpd",
    ],
    contains: ["逾期", "账龄", "超期", "overdue", "pastdue"],
  },
  managementMode: {
    exact: [
      "管理模式",
      "渠道类型",
      "渠道模式",
      "经销类型",
      "客户类型",
      "合作模式",
      "channeltype",
      "managementmode",
      "channel",
      "channelmode",
      "partnertype",
    ],
    contains: ["管理模式", "渠道类型", "channeltype", "managementmode"],
  },
  salesMode: {
    exact: ["销售模式", "销售方式", "业务模式", "salesmode", "saleschannel", "businessmodel", "salesmodel"],
    contains: ["销售模式", "销售方式", "salesmode"],
  },
  sensitivity: {
    exact: [
      "敏感类型",
      "敏感因素",
      "关注点",
      "客户敏感度",
      "sensitivity",
      "sensitivitytype",
      "keydriver",
      "buyingdriver",
    ],
    contains: ["敏感", "sensitiv"],
  },
  tenure: {
    exact: [
      "合作年限",
      "合作年数",
      "合作时间",
      "合作开始时间",
      "合作起始日期",
      "合作开始日期",
      "开始合作时间",
      "签约日期",
      "yearsaspartner",
      "tenure",
      "partnersince",
      "customersince",
      "yearsofpartnership",
      "relationshipyears",
    ],
    contains: [
      "合作年",
      "合作时间",
      "合作开始",
      "起始日期",
      "tenure",
      "partnersince",
      "customersince",
      "yearsaspartner",
    ],
  },
  strategic: {
    exact: [
      "战略客户",
      "战略合作",
      "是否战略客户",
      "战略标识",
      "strategic",
      "strategicaccount",
      "strategicflag",
    ],
    contains: ["战略", "strategic"],
  },
  status: {
    exact: ["客户状态", "状态", "合作状态", "status", "accountstatus", "customerstatus"],
    contains: ["状态", "status"],
  },
  owner: {
    exact: [
      "负责人",
      "业务员",
      "销售代表",
      "客户经理",
      "销售人员",
      "跟进人",
      "owner",
      "salesrep",
      "accountmanager",
      "rep",
      "accountowner",
      "salesperson",
    ],
    contains: ["负责人", "业务员", "销售代表", "客户经理", "owner", "salesrep", "accountmanager"],
  },
};

/** The order in which `detectColumns` tries fields, most specific first. */
export const FIELD_MATCH_ORDER: readonly Field[] = Object.keys(FIELD_SYNONYMS) as Field[];
